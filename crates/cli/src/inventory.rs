//! `diarievakt inventory PATH... [--report DIR] [--jobs N]`: the inventory of already published
//! files. The work is done by [`diarievakt_core::Workstation::run_inventory`] in long-lived worker
//! processes (copies of this very program); this prints its progress and the report.
//!
//! Ctrl-C stops the run without losing anything: no new file is started, the running ones finish
//! and are stored, and the next run goes on from there. A second Ctrl-C stops at once.

use crate::diary::{runtime, DataDir};
use diarievakt_core::inventory::InventoryProgress;
use diarievakt_core::Workstation;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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
    /// Teamledaren som inventeringen bokförs på (standard: DIARIEVAKT_USER, annars inloggad systemanvändare; lösenordet i DIARIEVAKT_PASSWORD).
    #[arg(long)]
    user: Option<String>,
    /// Läs inte sidor med OCR (bara textlagret, som i textsidornas hastighetsmätning): sidor som
    /// skulle behöva OCR flaggas som ogranskade. Samma som DIARIEVAKT_OCR=0.
    #[arg(long)]
    utan_ocr: bool,
}

pub fn run(dd: &DataDir, a: Args) -> anyhow::Result<ExitCode> {
    if a.utan_ocr {
        // Read by the core's scan options; set before any thread or worker starts.
        std::env::set_var("DIARIEVAKT_OCR", "0");
    }
    let jobs = a.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    runtime().block_on(async move {
        // `--jobs` workers: the workstation's own pool has one per core.
        let pool = diarievakt_worker::Pool::new(diarievakt_worker::WorkerSpec::locate(), jobs, diarievakt_worker::Limits::default());
        let ws = Workstation::open_with_pool(&dd.path(), pool).await.map_err(|e| anyhow::anyhow!(e.message))?;
        let user = crate::diary::acting(&ws, a.user.clone()).await?;

        let cancel = Arc::new(AtomicBool::new(false));
        let flag = cancel.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                flag.store(true, Ordering::SeqCst);
                eprintln!("\nAvbryter: de pågående granskningarna avslutas och sparas. Tryck Ctrl-C igen för att avbryta direkt.");
                if tokio::signal::ctrl_c().await.is_ok() {
                    std::process::exit(130);
                }
            }
        });
        tokio::task::yield_now().await; // the listener is in place before the first worker starts

        let tty = std::io::stderr().is_terminal();
        let last_print = Mutex::new(Instant::now() - Duration::from_secs(10));
        let on = |p: &InventoryProgress| {
            if tty {
                eprint!("\r\x1b[2K{}", p.line_sv());
            } else if let Ok(mut last) = last_print.lock() {
                if last.elapsed() > Duration::from_secs(5) {
                    eprintln!("{}", p.line_sv());
                    *last = Instant::now();
                }
            }
        };
        let end = ws.run_inventory(&user, &a.paths, jobs, cancel, on).await.map_err(|e| anyhow::anyhow!(e.message))?;
        if tty {
            eprintln!();
        }
        println!("{}", end.line_sv());
        if let Some(dir) = &a.report {
            let (html, csv) = ws.write_inventory_report(dir).await.map_err(|e| anyhow::anyhow!(e.message))?;
            println!("Rapporten är skriven: {} och {}", html.display(), csv.display());
        }
        let _ = std::io::stdout().flush();
        Ok(if end.cancelled {
            ExitCode::from(130)
        } else if end.errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    })
}
