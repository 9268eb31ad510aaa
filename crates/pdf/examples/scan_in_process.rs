//! Scans PDF files in this one process, one after another, and prints pages per second: the
//! one-core in-process baseline that `scripts/bench-inventory.sh` compares the worker pool with.
//! The product never does this (every PDF is parsed in a worker process). OCR is off, as in the
//! inventory runs it is compared with (`--utan-ocr`).
//!
//! `cargo run --release -p diarievakt-pdf --example scan_in_process -- DIR`

use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: scan_in_process DIR");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    let t = Instant::now();
    let (mut pages, mut findings) = (0u64, 0usize);
    for f in &files {
        // The text path (OCR off), as the inventory's speed goal and the pdftotext comparison
        // mean it: OCR costs seconds a page whichever process runs it (scripts/bench-ocr.sh).
        let bytes = std::fs::read(f).expect("file");
        let r = diarievakt_pdf::scan_bytes_opts(
            &f.display().to_string(),
            String::new(),
            &bytes,
            &diarievakt_pdf::ScanOptions::with_ocr(false),
            |_| {},
        );
        pages += r.pages as u64;
        findings += r.findings.len();
    }
    let s = t.elapsed().as_secs_f64();
    println!("{} filer, {pages} sidor, {findings} fynd på {s:.2} s: {:.1} sidor/s (en process, en kärna)", files.len(), pages as f64 / s);
}
