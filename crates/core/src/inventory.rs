//! The inventory of already published files, for the `diarievakt inventory` command and the
//! desktop app alike.
//!
//! PDFium is not re-entrant, so the work is spread over worker processes (`diarievakt scan --json`
//! on batches of [`BATCH`] files), one per job. Every batch is stored in one transaction as it
//! arrives, keyed by the file's SHA-256: an interrupted or cancelled run goes on where it stopped,
//! and a file already scanned is never scanned again. Nothing but the current batches is held in
//! memory.

use crate::{AppError, Result, Workstation};
use diarievakt_detect::{personnummer, Category, Severity};
use diarievakt_model::{Role, User};
use diarievakt_store::StoredScan;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;
use ts_rs::TS;

mod report;

/// Files per worker process: large enough that starting a worker (PDFium, dictionaries) costs
/// little per file, small enough that a cancelled run stops soon and a crash loses little.
pub const BATCH: usize = 32;

/// Rows read from the store at a time when the inventory is listed.
const PAGE: u32 = 500;

/// The name of the worker executable (the headless command).
const WORKER: &str = "diarievakt";

/// Where an inventory run is, reported after every batch.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct InventoryProgress {
    pub files_total: u32,
    /// Files dealt with: scanned now, found already scanned, or failed.
    pub files_done: u32,
    /// Files already scanned by an earlier run (or at registration), recorded without a new scan.
    pub skipped: u32,
    pub pages: u64,
    pub findings: u64,
    /// Files that could not be read (damaged, encrypted, not a PDF) or whose worker failed.
    pub errors: u32,
    pub pages_per_second: f64,
    /// Seconds left at the current pace; `None` until there is a pace to go by.
    pub eta_seconds: Option<f64>,
    pub finished: bool,
    /// The run was stopped before every file was dealt with; a later run goes on from here.
    pub cancelled: bool,
}

impl InventoryProgress {
    /// The progress line the command prints (and the app may show as is).
    pub fn line_sv(&self) -> String {
        let tail = if self.cancelled {
            "avbruten – det som hann granskas är sparat, kör igen för att fortsätta".to_string()
        } else if self.finished {
            "klart".to_string()
        } else {
            match self.eta_seconds {
                Some(s) => format!("klart om ca {}", fmt_duration(s)),
                None => "beräknar tid…".into(),
            }
        };
        format!(
            "Filer {}/{} ({} redan granskade) · sidor {} · fynd {} · fel {} · {:.1} sidor/s · {}",
            self.files_done, self.files_total, self.skipped, self.pages, self.findings, self.errors, self.pages_per_second, tail
        )
    }
}

fn fmt_duration(s: f64) -> String {
    let s = s.max(0.0).round() as u64;
    if s >= 3600 {
        format!("{} h {} min", s / 3600, (s % 3600) / 60)
    } else if s >= 60 {
        format!("{} min {} s", s / 60, s % 60)
    } else {
        format!("{s} s")
    }
}

/// One of a document's worst findings, as the report and the app's list show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct WorstFinding {
    pub page: u32,
    pub category: Category,
    /// The matched text with personnummer masked: the inventory points at the data, it does not
    /// copy it.
    pub text: String,
}

/// One inventoried file with what its scan found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InventoryRow {
    pub path: String,
    pub sha256: String,
    pub pages: u32,
    pub pages_without_text: Vec<u32>,
    /// Why the file could not be scanned (Swedish), if it could not.
    pub error: Option<String>,
    pub high: u32,
    pub normal: u32,
    /// Findings per category, in the categories' order.
    pub categories: Vec<(Category, u32)>,
    /// At most six findings, high severity first, then by page.
    pub worst: Vec<WorstFinding>,
    /// 3: high-severity findings, 2: cannot be checked (pages without text, unreadable),
    /// 1: normal findings only, 0: nothing found.
    pub risk: u8,
    pub risk_label: String,
    /// `avpublicera` or `ok`, once a team lead has decided.
    pub verdict: Option<String>,
}

/// The Swedish label of a risk level.
pub fn risk_label(risk: u8) -> &'static str {
    match risk {
        3 => "Hög risk",
        2 => "Kan inte granskas",
        1 => "Personuppgifter",
        _ => "Inga fynd",
    }
}

fn masked(text: &str) -> String {
    personnummer::mask(text).0
}

impl InventoryRow {
    fn from_item(item: diarievakt_store::InventoryItem) -> InventoryRow {
        let scan = item.scan;
        let findings: Vec<serde_json::Value> = scan.as_ref().and_then(|s| serde_json::from_str(&s.findings_json).ok()).unwrap_or_default();
        let mut categories: BTreeMap<Category, u32> = BTreeMap::new();
        let (mut high, mut normal) = (0, 0);
        let mut worst = Vec::new();
        for f in &findings {
            let Ok(c) = serde_json::from_value::<Category>(f["category"].clone()) else { continue };
            *categories.entry(c).or_insert(0) += 1;
            if c.severity() == Severity::High {
                high += 1;
            } else {
                normal += 1;
            }
            worst.push((f["page"].as_u64().unwrap_or(0) as u32, c, f["text"].as_str().unwrap_or("")));
        }
        worst.sort_by_key(|(p, c, _)| (std::cmp::Reverse(c.severity()), *p));
        worst.dedup_by(|a, b| a.1 == b.1 && a.2 == b.2);
        worst.truncate(6);
        let pages_without_text = scan.as_ref().map(|s| s.pages_without_text.clone()).unwrap_or_default();
        let error = match &scan {
            Some(s) => s.error.clone(),
            None => Some("inte granskad".to_string()),
        };
        let risk = if high > 0 {
            3
        } else if error.is_some() || !pages_without_text.is_empty() {
            2
        } else if normal > 0 {
            1
        } else {
            0
        };
        InventoryRow {
            path: item.path,
            sha256: item.sha256,
            pages: scan.as_ref().map_or(0, |s| s.pages),
            pages_without_text,
            error,
            high,
            normal,
            categories: categories.into_iter().collect(),
            worst: worst.into_iter().map(|(page, category, t)| WorstFinding { page, category, text: masked(t) }).collect(),
            risk,
            risk_label: risk_label(risk).to_string(),
            verdict: item.verdict,
        }
    }
}

/// The `diarievakt` executable that does the scanning: `DIARIEVAKT_CLI` if set, else the one
/// beside the running program or in one of the three folders above it (Cargo runs tests from
/// `target/debug/deps`, the command is in `target/debug`).
pub fn find_worker() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DIARIEVAKT_CLI") {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p); // an explicit setting is never second-guessed
    }
    let exe = std::env::current_exe().ok()?;
    let exe = exe.canonicalize().unwrap_or(exe);
    let name = format!("{WORKER}{}", std::env::consts::EXE_SUFFIX);
    exe.ancestors().skip(1).take(4).map(|d| d.join(&name)).find(|p| p.is_file())
}

/// Every PDF below the paths, sorted, found without holding more than the list of names. A file
/// named explicitly is taken whatever its name.
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

/// What one line of a worker's `scan --json` output comes to.
struct Scanned {
    /// The scan to store and the inventory row `(path, sha256, size)` pointing at it; `None` for a
    /// file that could not even be hashed (it is retried on the next run).
    stored: Option<(StoredScan, (String, String, u64))>,
    pages: u64,
    findings: u64,
    error: bool,
}

fn parse_line(line: &str) -> Option<Scanned> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let file = v["file"].as_str().unwrap_or_default().to_string();
    let sha = v["sha256"].as_str().unwrap_or_default().to_string();
    let pages = v["pages"].as_u64().unwrap_or(0);
    let pwt: Vec<u32> = serde_json::from_value(v["pages_without_text"].clone()).unwrap_or_default();
    let error = v["error"].as_str().map(str::to_string);
    let findings: Vec<serde_json::Value> = serde_json::from_value(v["findings"].clone()).unwrap_or_default();
    let mut out = Scanned { stored: None, pages, findings: findings.len() as u64, error: error.is_some() };
    if sha.len() == 64 {
        let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        let scan = crate::stored_scan(&sha, pages as u32, pwt, error, &findings);
        out.stored = Some((scan, (file, sha, size)));
    }
    Some(out)
}

/// Runs `diarievakt scan --json` on a batch; returns the batch's size and what the worker printed.
async fn scan_batch(worker: PathBuf, batch: Vec<PathBuf>) -> Result<(usize, String)> {
    let mut cmd = tokio::process::Command::new(&worker);
    cmd.arg("scan").arg("--json").args(&batch).stdin(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    // A worker of its own process group: Ctrl-C at the terminal reaches the command only, which
    // then lets the running batches finish so that their work is kept.
    #[cfg(unix)]
    cmd.process_group(0);
    let out = cmd
        .output()
        .await
        .map_err(|e| AppError::new(format!("Granskningsprocessen {} kunde inte startas: {e}", worker.display())))?;
    Ok((batch.len(), String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// The clock and counters behind [`InventoryProgress`].
struct Meter {
    p: InventoryProgress,
    started: Instant,
    /// Files handed to a worker and back (the pace the time left is estimated from).
    scanned_files: u32,
}

impl Meter {
    fn snapshot(&mut self) -> InventoryProgress {
        let elapsed = self.started.elapsed().as_secs_f64().max(0.001);
        self.p.pages_per_second = self.p.pages as f64 / elapsed;
        let rate = self.scanned_files as f64 / elapsed;
        let left = self.p.files_total.saturating_sub(self.p.files_done);
        self.p.eta_seconds = if left == 0 {
            Some(0.0)
        } else if rate > 0.0 {
            Some(left as f64 / rate)
        } else {
            None
        };
        self.p.clone()
    }
}

impl Workstation {
    /// Inventories the PDFs below `paths` with `jobs` worker processes of `worker` (see
    /// [`find_worker`]), calling `on` once at the start and after every batch.
    ///
    /// A file whose hash is already scanned is only recorded. A damaged, encrypted or unreadable
    /// file is stored with its error and counted in `errors`; it never stops the run. When
    /// `cancel` is set no new batch is started: the running ones finish and are stored, and the
    /// result says `cancelled` (a later run goes on from there).
    pub async fn run_inventory(
        &self,
        user: &User,
        paths: &[PathBuf],
        jobs: usize,
        worker: &Path,
        cancel: Arc<AtomicBool>,
        on: impl Fn(&InventoryProgress) + Send + Sync,
    ) -> Result<InventoryProgress> {
        let jobs = jobs.max(1);
        let files = {
            let paths = paths.to_vec();
            tokio::task::spawn_blocking(move || pdfs_below(&paths))
                .await
                .map_err(|e| AppError::new(format!("Mapparna kunde inte läsas: {e}")))?
        };
        let mut m = Meter {
            p: InventoryProgress { files_total: files.len() as u32, ..Default::default() },
            started: Instant::now(),
            scanned_files: 0,
        };
        on(&m.snapshot());
        tracing::info!(files = files.len(), jobs, worker = %worker.display(), "inventory started");

        let mut next = files.into_iter();
        let mut running: tokio::task::JoinSet<Result<(usize, String)>> = tokio::task::JoinSet::new();
        let mut exhausted = false;
        loop {
            while running.len() < jobs && !exhausted && !cancel.load(Ordering::SeqCst) {
                let batch = self.next_batch(user, &mut next, &mut m, &cancel, &on).await?;
                if cancel.load(Ordering::SeqCst) {
                    break; // those files stay for the next run
                }
                if batch.is_empty() {
                    exhausted = true;
                    break;
                }
                running.spawn(scan_batch(worker.to_path_buf(), batch));
            }
            let Some(done) = running.join_next().await else { break };
            let (n, stdout) = done.map_err(|e| AppError::new(format!("Granskningsprocessen avbröts: {e}")))??;
            let (mut scans, mut rows) = (Vec::new(), Vec::new());
            let mut seen = 0;
            for line in stdout.lines().filter(|l| !l.trim().is_empty()) {
                // A line that is not JSON (a worker that died mid-line) counts as unreported.
                let Some(s) = parse_line(line) else { continue };
                if let Some((scan, row)) = s.stored {
                    scans.push(scan);
                    rows.push(row);
                }
                m.p.pages += s.pages;
                m.p.findings += s.findings;
                m.p.errors += s.error as u32;
                seen += 1;
            }
            // One transaction per batch: one sync to disk, and a batch is stored whole or not at all.
            self.store().save_scans(user, &scans, &rows).await?;
            // A worker that died mid-batch (e.g. PDFium crashed on a file) loses no other file:
            // what it did not report is counted as an error and will be retried on the next run.
            m.p.errors += n.saturating_sub(seen) as u32;
            m.p.files_done += n as u32;
            m.scanned_files += n as u32;
            on(&m.snapshot());
        }
        m.p.cancelled = m.p.files_done < m.p.files_total;
        m.p.finished = !m.p.cancelled;
        let end = m.snapshot();
        on(&end);
        tracing::info!(done = end.files_done, total = end.files_total, errors = end.errors, cancelled = end.cancelled, "inventory ended");
        Ok(end)
    }

    /// The next files to scan, at most [`BATCH`]: files already scanned are recorded on the way
    /// (one transaction per chunk of them) and counted as skipped. Empty when no file is left.
    async fn next_batch(
        &self,
        user: &User,
        next: &mut std::vec::IntoIter<PathBuf>,
        m: &mut Meter,
        cancel: &AtomicBool,
        on: &(impl Fn(&InventoryProgress) + Send + Sync),
    ) -> Result<Vec<PathBuf>> {
        let mut batch = Vec::new();
        while batch.len() < BATCH && !cancel.load(Ordering::SeqCst) {
            let candidates: Vec<PathBuf> = next.by_ref().take(BATCH - batch.len()).collect();
            if candidates.is_empty() {
                break;
            }
            // Hashing reads whole files: off the async threads, one file in memory at a time.
            let hashed = tokio::task::spawn_blocking(move || {
                candidates
                    .into_iter()
                    .map(|f| {
                        let h = std::fs::read(&f).ok().map(|b| (diarievakt_store::sha256_of(&b), b.len() as u64));
                        (f, h)
                    })
                    .collect::<Vec<_>>()
            })
            .await
            .map_err(|e| AppError::new(format!("Filerna kunde inte läsas: {e}")))?;
            let mut known = Vec::new();
            for (f, h) in hashed {
                match h {
                    Some((sha, size)) if self.store().has_scan(&sha).await? => known.push((f.display().to_string(), sha, size)),
                    // Not scanned yet, or unreadable: the worker scans it or reports its error.
                    _ => batch.push(f),
                }
            }
            if !known.is_empty() {
                self.store().save_scans(user, &[], &known).await?;
                m.p.skipped += known.len() as u32;
                m.p.files_done += known.len() as u32;
                on(&m.snapshot());
            }
        }
        Ok(batch)
    }

    /// Every inventoried file with what its scan found, highest risk first, then by path. Read
    /// from the store [`PAGE`] rows at a time; a row keeps only the counts and six findings.
    pub async fn inventory_rows(&self) -> Result<Vec<InventoryRow>> {
        let mut rows = Vec::new();
        let mut offset = 0;
        loop {
            let page = self.store().inventory(PAGE, offset).await?;
            if page.is_empty() {
                break;
            }
            offset += page.len() as u32;
            rows.extend(page.into_iter().map(InventoryRow::from_item));
        }
        rows.sort_by(|a, b| b.risk.cmp(&a.risk).then_with(|| a.path.cmp(&b.path)));
        Ok(rows)
    }

    /// A team lead's call on an inventoried file: `avpublicera` (take it off the web) or `ok`.
    /// Audited.
    pub async fn set_inventory_verdict(&self, user: &User, path: &str, verdict: &str) -> Result<()> {
        if user.role != Role::Teamledare {
            return Err(AppError::new("Bara en teamledare kan besluta om en inventerad fil ska avpubliceras."));
        }
        self.store().set_inventory_verdict(user, path, verdict).await?;
        tracing::info!(user = user.id, verdict, "inventory verdict");
        Ok(())
    }

    /// Writes the inventory report to `dir`: `rapport.html` (with the riskiest documents' pages
    /// rendered with their findings highlighted, in `rapport-sidor/`) and `rapport.csv`.
    pub async fn write_inventory_report(&self, dir: &Path) -> Result<(PathBuf, PathBuf)> {
        report::write(self, dir).await
    }
}
