//! The worker process: reads jobs from stdin, answers on stdout, one at a time.

use crate::protocol::{read_frame, write_frame, Fault, Reply, Request};
use std::io::{self, BufReader, BufWriter, Write};

/// The first argument that makes a program a worker (see [`main_hook`]).
pub const WORKER_ARG: &str = "--pdf-worker";

/// How often a quiet scan tells its progress (see `Request::Scan::quiet`).
const QUIET_PROGRESS: std::time::Duration = std::time::Duration::from_secs(1);

/// The worker's address-space limit in MiB, set by the pool in the worker's environment.
pub(crate) const ENV_MEMORY_MB: &str = "DIARIEVAKT_WORKER_MEMORY_MB";
/// Set to `1` by tests only: the worker then honours [`Request::Fault`].
pub(crate) const ENV_TEST_FAULTS: &str = "DIARIEVAKT_WORKER_TEST_FAULTS";

static SELF_WORKER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Call first thing in `main`: started with [`WORKER_ARG`], the program becomes a worker and never
/// returns; otherwise it is recorded that this program can serve as its own worker
/// ([`crate::WorkerSpec::locate`] then starts copies of it).
pub fn main_hook() {
    if std::env::args_os().nth(1).is_some_and(|a| a == WORKER_ARG) {
        serve();
    }
    SELF_WORKER.store(true, std::sync::atomic::Ordering::SeqCst);
}

pub(crate) fn is_self_worker() -> bool {
    SELF_WORKER.load(std::sync::atomic::Ordering::SeqCst)
}

/// Limits the worker's own process: an address-space limit (a file that makes PDFium allocate
/// without bound fails the allocation instead of exhausting the machine), no core dumps (a dump
/// would write a citizen's document to disk), and a nice level below the window's.
fn apply_limits() {
    // SAFETY: setrlimit and nice only change this process's limits and priority.
    unsafe {
        let none = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        libc::setrlimit(libc::RLIMIT_CORE, &none);
        if let Some(mb) = std::env::var(ENV_MEMORY_MB).ok().and_then(|v| v.parse::<u64>().ok()) {
            let bytes = mb.saturating_mul(1 << 20) as libc::rlim_t;
            let lim = libc::rlimit { rlim_cur: bytes, rlim_max: bytes };
            libc::setrlimit(libc::RLIMIT_AS, &lim);
        }
        libc::nice(2);
    }
}

/// The worker loop: never returns. Exits 0 when its input ends (the pool closed it).
pub fn serve() -> ! {
    apply_limits();
    let faults = std::env::var(ENV_TEST_FAULTS).is_ok_and(|v| v == "1");
    let mut input = BufReader::with_capacity(1 << 16, io::stdin().lock());
    let mut output = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    loop {
        let (req, payload) = match read_frame::<Request>(&mut input) {
            Ok(Some(job)) => job,
            Ok(None) => std::process::exit(0),
            Err(_) => std::process::exit(3), // the pool sent something else: nothing to answer
        };
        if handle(&mut output, req, &payload, faults).is_err() {
            std::process::exit(4); // the pool went away
        }
    }
}

fn handle(out: &mut impl Write, req: Request, pdf: &[u8], faults: bool) -> io::Result<()> {
    match req {
        Request::Ping => write_frame(out, &Reply::Pong { pid: std::process::id() }, &[]),
        Request::Scan { name, sha256, options, ocr_cache, quiet } => {
            // Both callbacks write to `out`; a cell lets them share it.
            let out = std::cell::RefCell::new(out);
            let failed = std::cell::RefCell::new(None);
            let send = |reply: &Reply| {
                if failed.borrow().is_none() {
                    *failed.borrow_mut() = write_frame(&mut **out.borrow_mut(), reply, &[]).err();
                }
            };
            let last = std::cell::Cell::new(std::time::Instant::now());
            let report = diarievakt_pdf::scan_bytes_cached(
                &name,
                sha256,
                pdf,
                &options,
                &ocr_cache,
                |p| {
                    // A quiet scan: a frame per page would cost both processes a write, a wake-up and a
                    // decode per page for nobody (the inventory scans thousands of small files).
                    if !quiet || p.ocr || last.get().elapsed() >= QUIET_PROGRESS {
                        last.set(std::time::Instant::now());
                        send(&Reply::Progress { page: p.page, pages: p.pages, ocr: p.ocr })
                    }
                },
                |page| send(&Reply::OcrRead { page: page.clone() }),
            );
            let (out, failed) = (out.into_inner(), failed.into_inner());
            if let Some(e) = failed {
                return Err(e);
            }
            write_frame(out, &Reply::Scanned { report }, &[])
        }
        Request::PageSizes => match diarievakt_pdf::page_sizes(pdf) {
            Ok(sizes) => write_frame(out, &Reply::Sizes { sizes }, &[]),
            Err(e) => write_frame(out, &Reply::Failed { error: e.to_string() }, &[]),
        },
        Request::Render { page, width_px, highlights } => match diarievakt_pdf::render_page(pdf, page, width_px, &highlights) {
            Ok(r) => write_frame(out, &Reply::Rendered { width_px: r.width_px, height_px: r.height_px }, &r.png),
            Err(e) => write_frame(out, &Reply::Failed { error: e.to_string() }, &[]),
        },
        Request::Redact { plan, options, scan, tamper } => {
            let copy = match diarievakt_redact::mask(pdf, &plan, &options) {
                Ok(c) => c,
                Err(e) => return write_frame(out, &Reply::Refused { reasons: vec![e.to_string()] }, &[]),
            };
            let bytes = match tamper.filter(|_| faults) {
                Some(text) => diarievakt_redact::testing::append_text_revision(&copy.pdf, &text),
                None => copy.pdf,
            };
            let mut failed = None;
            let verified = diarievakt_redact::verify_with(&bytes, &plan, copy.pages, &scan, |p| {
                if failed.is_none() {
                    failed = write_frame(out, &Reply::Progress { page: p.page, pages: p.pages, ocr: p.ocr }, &[]).err();
                }
            });
            if let Some(e) = failed {
                return Err(e);
            }
            match verified {
                Ok(verification) => {
                    write_frame(out, &Reply::Redacted { pages: copy.pages, verification, encodings: copy.encodings }, &bytes)
                }
                Err(refused) => write_frame(out, &Reply::Refused { reasons: refused.reasons }, &[]),
            }
        }
        Request::Fault { kind } if faults => match kind {
            Fault::Abort => std::process::abort(),
            Fault::Hang => loop {
                std::thread::sleep(std::time::Duration::from_secs(3600));
            },
            Fault::Allocate => {
                // Like a decoder that trusts a huge size field: grows until the limit stops it.
                let mut hoard: Vec<Vec<u8>> = Vec::new();
                loop {
                    let mut block = vec![0u8; 64 << 20];
                    block[0] = 1;
                    hoard.push(block);
                }
            }
        },
        Request::Fault { .. } => write_frame(out, &Reply::Failed { error: "Okänt uppdrag.".into() }, &[]),
    }
}
