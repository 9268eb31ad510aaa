//! Whole PDFs through a worker process, as the app and the inventory scan them
//! (`diarievakt_worker::Pool::scan_with`): whatever the bytes, the caller gets a report – pages
//! read, or a Swedish error – and never a panic or a hang; a worker that crashed or hung is killed
//! and replaced, and the next input is scanned by a fresh one.
//!
//! Coverage comes from this side (the frames, the report, the pool); the worker is the
//! `diarievakt-pdf-worker` binary of the main build (`target/debug/`, or `DIARIEVAKT_WORKER`), so
//! a crash inside PDFium is the worker's, contained, and shows up here as a report with an error.
//! OCR is off: seconds per page would starve the fuzzer (the OCR path has its own tests).
#![no_main]

use diarievakt_worker::{Limits, Pool, WorkerSpec};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

struct Harness {
    rt: tokio::runtime::Runtime,
    pool: Pool,
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let program = std::env::var_os("DIARIEVAKT_WORKER")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/debug/diarievakt-pdf-worker"));
        assert!(program.is_file(), "the worker {} is missing: build the workspace first (scripts/build.sh)", program.display());
        // Tighter than the app's limits, below libFuzzer's own -timeout, so the pool (not
        // libFuzzer) stops a worker that hangs.
        let limits = Limits { memory_mb: 1024, silence: Duration::from_secs(6), job: Duration::from_secs(8), max_file_mb: 64 };
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        Harness { rt, pool: Pool::new(Some(WorkerSpec { program, args: vec![] }), 1, limits) }
    })
}

fuzz_target!(|data: &[u8]| {
    let h = harness();
    let opts = diarievakt_pdf::ScanOptions::with_ocr(false);
    let r = h.rt.block_on(h.pool.scan_with("fuzz.pdf", "fuzz", data, &opts, &mut |_| {})).expect("a worker can always be started");
    match &r.error {
        Some(e) => {
            assert!(!e.trim().is_empty(), "an empty error");
            // Findings may come with an error (a damaged file read in part): the error is what
            // keeps it from counting as reviewed.
            assert!(!e.contains("PDFium saknas"), "PDFium not bound in the worker (set DIARIEVAKT_PDFIUM): {e}");
        }
        None => {
            assert!(r.pages >= 1, "read with no pages");
            for f in &r.findings {
                assert!(f.page >= 1 && f.page <= r.pages, "a finding on page {} of {}", f.page, r.pages);
                assert!(f.bbox[2] >= f.bbox[0] && f.bbox[3] >= f.bbox[1], "an inverted box {:?}", f.bbox);
            }
            assert!(r.pages_without_text.iter().all(|p| *p >= 1 && *p <= r.pages));
        }
    }
});
