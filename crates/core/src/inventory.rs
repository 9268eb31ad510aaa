//! The inventory of already published files, for the `diarievakt inventory` command and the
//! desktop app alike.
//!
//! The files are scanned by the workstation's long-lived worker processes
//! ([`diarievakt_worker::Pool`]), [`diarievakt_worker::DEPTH`] per worker of `jobs` at a time (one
//! scanned, one waiting in the worker's pipe), each file read once: hashed here, and if its
//! hash is new, handed to a worker as bytes. Results are stored [`BATCH`] at a time in one
//! transaction, keyed by the file's SHA-256: an interrupted or cancelled run goes on where it
//! stopped, and a file already scanned is never scanned again. At most `(DEPTH + 1) × jobs` files are
//! in memory at once.

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

/// Files stored per transaction: one sync to disk per batch, and little lost if the program dies.
pub const BATCH: usize = 32;

/// Files up to this size are read and hashed without a blocking thread (see `inventory_file`).
const INLINE_READ: u64 = 1 << 20;

/// Rows read from the store at a time when the inventory is listed.
const PAGE: u32 = 500;

/// Where an inventory run is, reported after every stored batch (and at most every quarter second
/// in between).
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

/// What became of one file.
enum Outcome {
    /// Its hash was scanned before: only the inventory row is recorded.
    Known((String, String, u64)),
    /// Scanned now (or refused with its error, which is stored: the file is then "Kan inte granskas").
    Scanned { scan: StoredScan, row: (String, String, u64), pages: u64, findings: u64, error: bool },
    /// Could not even be read from disk: counted as an error and tried again on the next run.
    Unreadable,
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
    /// Inventories the PDFs below `paths`, `jobs` files at a time in the worker pool, calling `on`
    /// at the start, after every stored batch and at the end.
    ///
    /// A file whose hash is already scanned is only recorded. A damaged, encrypted or unreadable
    /// file – or one that crashes or hangs its worker – is stored with its error and counted in
    /// `errors`; it never stops the run. When `cancel` is set no new file is started: the running
    /// ones finish and are stored, and the result says `cancelled` (a later run goes on from there).
    pub async fn run_inventory(
        &self,
        user: &User,
        paths: &[PathBuf],
        jobs: usize,
        cancel: Arc<AtomicBool>,
        on: impl Fn(&InventoryProgress) + Send + Sync,
    ) -> Result<InventoryProgress> {
        use futures_util::stream::{FuturesUnordered, StreamExt};
        if !self.granted(user).await?.has(Role::Teamledare) {
            return Err(AppError::new("Bara en teamledare kan inventera publicerade filer."));
        }
        let jobs = jobs.max(1);
        let files = {
            let paths = paths.to_vec();
            tokio::task::spawn_blocking(move || pdfs_below(&paths))
                .await
                .map_err(|e| AppError::new(format!("Mapparna kunde inte läsas: {e}")))?
        };
        // Which files are scanned already, asked once for the run rather than once per file (a
        // query per file kept the database's thread and the parent's cores busy while the
        // workers waited). A file this run scans joins the set as its scan starts, so a second
        // copy of it is only recorded.
        let known = std::sync::Mutex::new(self.store().scan_hashes().await?);
        let mut m = Meter {
            p: InventoryProgress { files_total: files.len() as u32, ..Default::default() },
            started: Instant::now(),
            scanned_files: 0,
        };
        on(&m.snapshot());
        tracing::info!(files = files.len(), jobs, "inventory started");

        // `DEPTH` scans per worker at once: while a worker scans one file the next waits in its
        // pipe, so it starts that the moment it has answered (it used to wait for the parent to read
        // the answer and send the next). One more file per worker in flight, so reading and hashing
        // the next file overlaps the scans. A full batch is stored while the scans go on (a commit
        // with its audit entries and a sync to disk takes tens of milliseconds, during which the
        // workers used to wait); the next batch waits for the one being stored, so batches stay in
        // order and a batch is stored whole or not at all.
        let scans = tokio::sync::Semaphore::new(jobs * diarievakt_worker::DEPTH);
        let mut next = files.into_iter();
        let mut running = FuturesUnordered::new();
        let (mut scanned, mut rows): (Vec<StoredScan>, Vec<(String, String, u64)>) = (Vec::new(), Vec::new());
        let mut saving: Option<std::pin::Pin<Box<dyn std::future::Future<Output = Result<()>> + Send + '_>>> = None;
        let mut told = Instant::now();
        loop {
            while running.len() < (diarievakt_worker::DEPTH + 1) * jobs && !cancel.load(Ordering::SeqCst) {
                let Some(f) = next.next() else { break };
                running.push(self.inventory_file(f, &scans, &known));
            }
            if running.is_empty() && saving.is_none() {
                break;
            }
            tokio::select! {
                outcome = running.next(), if !running.is_empty() => {
                    let Some(outcome) = outcome else { continue };
                    m.p.files_done += 1;
                    match outcome? {
                        Outcome::Known(row) => {
                            m.p.skipped += 1;
                            rows.push(row);
                        }
                        Outcome::Scanned { scan, row, pages, findings, error } => {
                            m.scanned_files += 1;
                            m.p.pages += pages;
                            m.p.findings += findings;
                            m.p.errors += error as u32;
                            scanned.push(scan);
                            rows.push(row);
                        }
                        Outcome::Unreadable => {
                            m.scanned_files += 1;
                            m.p.errors += 1;
                        }
                    }
                }
                stored = async { saving.as_mut().expect("guarded").await }, if saving.is_some() => {
                    saving = None;
                    stored?;
                    on(&m.snapshot());
                    told = Instant::now();
                }
            }
            if rows.len() >= BATCH && saving.is_none() {
                // One transaction per batch: one sync to disk, and a batch is stored whole or not at all.
                let (batch_scans, batch_rows) = (std::mem::take(&mut scanned), std::mem::take(&mut rows));
                saving = Some(Box::pin(async move { Ok(self.store().save_scans(user, &batch_scans, &batch_rows).await?) }));
            } else if told.elapsed().as_millis() >= 250 {
                on(&m.snapshot());
                told = Instant::now();
            }
        }
        if !rows.is_empty() {
            self.store().save_scans(user, &scanned, &rows).await?;
        }
        m.p.cancelled = m.p.files_done < m.p.files_total;
        m.p.finished = !m.p.cancelled;
        let end = m.snapshot();
        on(&end);
        tracing::info!(done = end.files_done, total = end.files_total, errors = end.errors, cancelled = end.cancelled, "inventory ended");
        Ok(end)
    }

    /// Reads one file once: hashes it, and if the hash is new, scans the bytes in a worker.
    async fn inventory_file(
        &self,
        path: PathBuf,
        scans: &tokio::sync::Semaphore,
        known: &std::sync::Mutex<std::collections::HashSet<[u8; 32]>>,
    ) -> Result<Outcome> {
        let read_and_hash = |p: &Path| std::fs::read(p).map(|b| (diarievakt_store::sha256_digest(&b), b));
        // A small file (almost every one an inventory finds) is read where we are: it takes tens of
        // microseconds, less than handing it to a blocking thread and back. A large one is read on
        // a blocking thread, so that the workers' answers are not held up meanwhile.
        let small = std::fs::metadata(&path).is_ok_and(|m| m.len() <= INLINE_READ);
        let read = if small {
            read_and_hash(&path)
        } else {
            let p = path.clone();
            tokio::task::spawn_blocking(move || read_and_hash(&p))
                .await
                .map_err(|e| AppError::new(format!("Filerna kunde inte läsas: {e}")))?
        };
        let Ok((digest, bytes)) = read else { return Ok(Outcome::Unreadable) };
        let sha = diarievakt_store::sha256_hex(&digest);
        let name = path.display().to_string();
        let size = bytes.len() as u64;
        // Asked and marked in one step: of two copies in flight at once, one is scanned.
        let first = known.lock().expect("known lock").insert(digest);
        if !first {
            return Ok(Outcome::Known((name, sha, size)));
        }
        let report = {
            let _slot = scans.acquire().await.expect("the semaphore is never closed");
            self.scan_reusing_ocr(&name, &sha, &bytes, &self.scan_options(), None, false)
                .await?
                .ok_or_else(|| AppError::new("Granskningen avbröts."))?
        };
        drop(bytes);
        let (pages, n, error) = (report.pages as u64, report.findings.len() as u64, report.error.is_some());
        let scan = crate::review::stored_report(&sha, &report);
        Ok(Outcome::Scanned { scan, row: (name, sha, size), pages, findings: n, error })
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
        if !self.granted(user).await?.has(Role::Teamledare) {
            return Err(AppError::new("Bara en teamledare kan besluta om en inventerad fil ska avpubliceras."));
        }
        if verdict == "avpublicera" {
            // Taking a file down needs its reason and opens the incident: `unpublish_inventoried`.
            return Err(AppError::new("Avpublicera kräver en orsak: använd Avpublicera… (diarievakt unpublish --inventerad)."));
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
