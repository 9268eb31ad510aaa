//! `diarievakt inventory PATH... [--report DIR] [--jobs N]`: the inventory of already published
//! files.
//!
//! PDFium is not re-entrant, so the work is spread over worker processes (`diarievakt scan --json`
//! on small batches), one per core. Every result is stored as it arrives, keyed by the file's
//! SHA-256: an interrupted run (Ctrl-C) goes on where it stopped, and a file already scanned is
//! never scanned again. Nothing but the current batch is held in memory.

use crate::diary::{open, runtime, DataDir};
use anyhow::Context;
use diarievakt_core::Workstation;
use diarievakt_model::{Role, User};
use diarievakt_store::StoredScan;
use std::collections::VecDeque;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

mod report;

#[derive(clap::Args)]
pub struct Args {
    /// Mappar eller filer med publicerade PDF-filer.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Skriv rapporten (rapport.html och rapport.csv) till den här mappen.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Antal parallella granskningsprocesser (standard: antalet kärnor).
    #[arg(long)]
    jobs: Option<usize>,
    /// Användaren som inventeringen bokförs på (standard: inloggad systemanvändare).
    #[arg(long)]
    user: Option<String>,
}

/// Every PDF below the paths, sorted, found without holding more than the list of names.
pub fn pdfs_below(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) {
        if p.is_dir() {
            if let Ok(rd) = std::fs::read_dir(p) {
                let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    walk(&e, out);
                }
            }
        } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
            out.push(p.to_path_buf());
        }
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            out.push(p.clone());
        } else {
            walk(p, &mut out);
        }
    }
    out
}

#[derive(Default)]
struct Progress {
    files_total: usize,
    files_done: usize,
    skipped: usize,
    pages: u64,
    findings: u64,
    errors: usize,
    started: Option<Instant>,
    scanned_files: usize,
}

impl Progress {
    fn line(&self) -> String {
        let elapsed = self.started.map(|s| s.elapsed().as_secs_f64()).unwrap_or(0.0).max(0.001);
        let rate = self.scanned_files as f64 / elapsed;
        let left = self.files_total.saturating_sub(self.files_done);
        let eta = if rate > 0.0 { format!("klart om ca {}", fmt_duration(left as f64 / rate)) } else { "beräknar tid…".into() };
        format!(
            "Filer {}/{} ({} redan granskade) · sidor {} · fynd {} · fel {} · {:.1} sidor/s · {}",
            self.files_done,
            self.files_total,
            self.skipped,
            self.pages,
            self.findings,
            self.errors,
            self.pages as f64 / elapsed,
            eta
        )
    }
}

fn fmt_duration(s: f64) -> String {
    let s = s.round() as u64;
    if s >= 3600 {
        format!("{} h {} min", s / 3600, (s % 3600) / 60)
    } else if s >= 60 {
        format!("{} min {} s", s / 60, s % 60)
    } else {
        format!("{s} s")
    }
}

async fn inventory_user(ws: &Workstation, name: Option<String>) -> anyhow::Result<User> {
    let username = name.or_else(|| std::env::var("USER").ok()).unwrap_or_else(|| "inventering".into());
    Ok(match ws.store().user(&username).await.map_err(|e| anyhow::anyhow!(e.to_string()))? {
        Some(u) => u,
        None => ws.sign_in(&username, &username, Role::Teamledare).await.map_err(|e| anyhow::anyhow!(e.message))?,
    })
}

/// Parses one line of `scan --json` output into the scan to store and its inventory row; returns
/// also (pages, findings, error?) for the progress line.
fn parse_result(line: &str) -> anyhow::Result<(Option<(StoredScan, (String, String, u64))>, (u64, u64, bool))> {
    let v: serde_json::Value = serde_json::from_str(line).context("granskningsprocessen skrev ogiltig JSON")?;
    let file = v["file"].as_str().unwrap_or_default().to_string();
    let sha = v["sha256"].as_str().unwrap_or_default().to_string();
    let pages = v["pages"].as_u64().unwrap_or(0);
    let pwt: Vec<u32> = serde_json::from_value(v["pages_without_text"].clone()).unwrap_or_default();
    let error = v["error"].as_str().map(str::to_string);
    let findings: Vec<serde_json::Value> = serde_json::from_value(v["findings"].clone()).unwrap_or_default();
    let counts = (pages, findings.len() as u64, error.is_some());
    if sha.len() != 64 {
        return Ok((None, counts)); // unreadable file: nothing to key it by, retried on the next run
    }
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let scan = diarievakt_core::stored_scan(&sha, pages as u32, pwt, error, &findings);
    Ok((Some((scan, (file, sha, size))), counts))
}

pub fn run(dd: &DataDir, a: Args) -> anyhow::Result<ExitCode> {
    let exe = std::env::current_exe().context("programfilen hittades inte")?;
    let jobs = a.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    runtime().block_on(async move {
        let ws = open(&dd.path()).await?;
        let user = inventory_user(&ws, a.user.clone()).await?;
        let files = pdfs_below(&a.paths);
        let tty = std::io::stderr().is_terminal();
        let mut prog = Progress { files_total: files.len(), started: Some(Instant::now()), ..Default::default() };

        // Resumable: a file whose hash is already scanned is only recorded, not scanned again.
        let mut todo: VecDeque<PathBuf> = VecDeque::new();
        for f in &files {
            let bytes = match std::fs::read(f) {
                Ok(b) => b,
                Err(_) => {
                    todo.push_back(f.clone()); // the scanner reports the error for this file
                    continue;
                }
            };
            let sha = diarievakt_store::sha256_of(&bytes);
            if ws.store().has_scan(&sha).await.map_err(|e| anyhow::anyhow!(e.to_string()))? {
                ws.store().record_inventory(&f.display().to_string(), &sha, bytes.len() as u64).await.map_err(|e| anyhow::anyhow!(e.to_string()))?;
                prog.skipped += 1;
                prog.files_done += 1;
            } else {
                todo.push_back(f.clone());
            }
        }

        // Large enough that starting a worker (PDFium, dictionaries) costs little per file.
        const BATCH: usize = 32;
        let mut running = tokio::task::JoinSet::new();
        let mut last_print = Instant::now() - Duration::from_secs(10);
        let spawn = |running: &mut tokio::task::JoinSet<anyhow::Result<(usize, String)>>, batch: Vec<PathBuf>| {
            let exe = exe.clone();
            running.spawn(async move {
                let out = tokio::process::Command::new(&exe)
                    .arg("scan")
                    .arg("--json")
                    .args(&batch)
                    .stdin(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .output()
                    .await
                    .context("granskningsprocessen kunde inte startas")?;
                Ok((batch.len(), String::from_utf8_lossy(&out.stdout).into_owned()))
            });
        };
        while !todo.is_empty() || !running.is_empty() {
            while running.len() < jobs && !todo.is_empty() {
                let n = todo.len().min(BATCH);
                spawn(&mut running, todo.drain(..n).collect());
            }
            let Some(done) = running.join_next().await else { break };
            let (n, stdout) = done.context("granskningsprocessen avbröts")??;
            let mut seen = 0;
            let (mut scans, mut rows) = (Vec::new(), Vec::new());
            for line in stdout.lines().filter(|l| !l.trim().is_empty()) {
                let (stored, (pages, findings, err)) = parse_result(line)?;
                if let Some((scan, row)) = stored {
                    scans.push(scan);
                    rows.push(row);
                }
                prog.pages += pages;
                prog.findings += findings;
                prog.errors += err as usize;
                seen += 1;
            }
            // One transaction per batch: one sync to disk, and a batch is stored whole or not at all.
            ws.store().save_scans(&user, &scans, &rows).await.map_err(|e| anyhow::anyhow!(e.to_string()))?;
            // A worker that died mid-batch (e.g. PDFium crashed on a file) loses no other file:
            // what it did not report is counted as an error and will be retried on the next run.
            prog.errors += n.saturating_sub(seen);
            prog.files_done += n;
            prog.scanned_files += n;
            if tty {
                eprint!("\r\x1b[2K{}", prog.line());
            } else if last_print.elapsed() > Duration::from_secs(5) {
                eprintln!("{}", prog.line());
                last_print = Instant::now();
            }
        }
        if tty {
            eprintln!();
        }
        println!("{}", prog.line());
        if let Some(dir) = &a.report {
            let (html, csv) = report::write(&ws, dir).await?;
            println!("Rapporten är skriven: {} och {}", html.display(), csv.display());
        }
        let _ = std::io::stdout().flush();
        Ok(if prog.errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
    })
}
