//! `diarievakt scan [--json] PATH...`: personal data in PDF files (files or folders).
//!
//! Every file is scanned in the worker pool (one warm worker per core), so a file that crashes or
//! hangs PDFium gets an error line of its own and the scan goes on. Results are printed in the
//! order the files were given.

use diarievakt_core::inventory::pdfs_below;
use diarievakt_detect::Severity;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use diarievakt_pdf::ScanOptions;
use diarievakt_pdf::{PdfError, ScanReport};
use diarievakt_worker::Pool;
use futures_util::StreamExt;

/// Reads one file and scans it in a worker; what cannot be read is the report's error.
async fn scan_one(pool: &Pool, options: &ScanOptions, f: &std::path::Path) -> ScanReport {
    let name = f.display().to_string();
    match tokio::fs::read(f).await {
        Ok(bytes) => {
            let sha256 = diarievakt_store::sha256_of(&bytes);
            match pool.scan_with(&name, &sha256, &bytes, options, &mut |_| {}).await {
                Ok(r) => r,
                Err(e) => unread(name, sha256, e.to_string()),
            }
        }
        Err(e) => unread(name, String::new(), PdfError::Io(diarievakt_pdf::io_error_sv(&e)).to_string()),
    }
}

fn unread(file: String, sha256: String, error: String) -> ScanReport {
    ScanReport { file, sha256, error: Some(error), ..Default::default() }
}

#[derive(clap::Args)]
pub struct Args {
    /// Skriv JSON Lines (en rad per dokument) i stället för en sammanfattning.
    #[arg(long)]
    json: bool,
    /// Läs inte sidor med OCR (bara textlagret): sidor som skulle behöva OCR flaggas som
    /// ogranskade. Samma som DIARIEVAKT_OCR=0.
    #[arg(long)]
    utan_ocr: bool,
    /// PDF-filer eller mappar.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(dd: &crate::diary::DataDir, args: Args) -> anyhow::Result<ExitCode> {
    // The rules in force (the data folder's rules.toml, else the routine's) set the OCR thresholds.
    let rules = diarievakt_core::load_rules(&dd.path()).map_err(|e| anyhow::anyhow!(e.message))?;
    let mut options = diarievakt_core::scan_options(&rules);
    options.ocr &= !args.utan_ocr;
    let mut files = Vec::new();
    for p in &args.paths {
        if p.is_dir() {
            files.extend(pdfs_below(std::slice::from_ref(p)));
        } else {
            files.push(p.clone()); // named explicitly: scanned (or refused with a reason) whatever its name
        }
    }
    let pool = Pool::for_this_machine();
    let reports: Vec<ScanReport> = crate::diary::runtime().block_on(async {
        futures_util::stream::iter(files.iter().map(|f| scan_one(&pool, &options, f))).buffered(pool.size()).collect().await
    });
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut unreadable, mut docs, mut high, mut normal, mut scanned_pages) = (0, 0, 0, 0, 0);
    for r in &reports {
        docs += 1;
        if r.error.is_some() {
            unreadable += 1;
        }
        if args.json {
            serde_json::to_writer(&mut out, &r)?;
            writeln!(out)?;
            continue;
        }
        let h = r.findings.iter().filter(|x| x.severity == Severity::High).count();
        high += h;
        normal += r.findings.len() - h;
        scanned_pages += r.pages_without_text.len();
        writeln!(out, "{}", r.file)?;
        if let Some(e) = &r.error {
            writeln!(out, "  FEL: {e}")?;
            continue;
        }
        let mut by_cat: BTreeMap<_, usize> = BTreeMap::new();
        for x in &r.findings {
            *by_cat.entry(x.category).or_default() += 1;
        }
        writeln!(out, "  {} sidor, {} fynd ({} med hög allvarlighetsgrad)", r.pages, r.findings.len(), h)?;
        for (c, n) in by_cat {
            writeln!(out, "    {:<40} {n}", c.label_sv())?;
        }
        let ocr: Vec<String> = r
            .pages_read
            .iter()
            .filter(|p| p.used_ocr())
            .map(|p| match (p.ocr_confidence, &p.ocr_error) {
                (_, Some(_)) => format!("{} (kunde inte läsas)", p.page),
                (Some(c), None) => format!("{} (säkerhet {} %)", p.page, (c * 100.0).round()),
                (None, None) => format!("{} (ingen text)", p.page),
            })
            .collect();
        if !ocr.is_empty() {
            writeln!(out, "  Sidor lästa med OCR: {}", ocr.join(", "))?;
        }
        if let Some(e) = r.pages_read.iter().find_map(|p| p.ocr_error.as_ref()) {
            writeln!(out, "  {e}")?;
        }
        if !r.pages_without_text.is_empty() {
            let ps: Vec<String> = r.pages_without_text.iter().map(|p| p.to_string()).collect();
            writeln!(out, "  Sidor som inte kan granskas automatiskt (inskannade eller för svårlästa): {}", ps.join(", "))?;
        }
    }
    if !args.json {
        writeln!(
            out,
            "\n{docs} dokument: {high} fynd med hög och {normal} med normal allvarlighetsgrad, {scanned_pages} inskannade sidor, {unreadable} dokument kunde inte läsas."
        )?;
    }
    out.flush()?;
    Ok(if unreadable > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
