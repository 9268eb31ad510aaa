//! Pages per second over the development corpus (`../shared/corpus/dev/pdf`):
//! - `bare_pdfium_text`: PDFium's own page text (`FPDFText_GetText` through `text().all()`), the floor;
//! - `extract_with_boxes`: our page text with a box for every character;
//! - `scan`: extraction plus detection, what `diarievakt scan` does per file, on the text layer
//!   (OCR off: the corpus's image pages are only flagged; OCR has its own budget,
//!   `scripts/bench-ocr.sh`). With OCR on, this bench measured Tesseract on the image pages.
//!
//! The whole scan should stay at 0.8× bare PDFium extraction or better (issue 10).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use diarievakt_pdf::{extract_bytes, pdfium, scan_bytes_opts, ScanOptions};
use std::hint::black_box;
use std::path::PathBuf;

fn corpus() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let pages: u64 = docs.iter().map(|d| extract_bytes(d).unwrap().len() as u64).sum();
    let mut g = c.benchmark_group("dev_corpus");
    g.throughput(Throughput::Elements(pages)); // criterion reports elements/s = pages/s
    g.sample_size(20);
    g.bench_function("bare_pdfium_text", |b| {
        let p = pdfium().unwrap();
        b.iter(|| {
            for d in &docs {
                let doc = p.load_pdf_from_byte_slice(d, None).unwrap();
                for page in doc.pages().iter() {
                    black_box(page.text().unwrap().all());
                }
            }
        })
    });
    g.bench_function("extract_with_boxes", |b| b.iter(|| docs.iter().for_each(|d| drop(black_box(extract_bytes(d).unwrap())))));
    let text_only = ScanOptions { ocr: false, ..ScanOptions::default() };
    g.bench_function("scan", |b| {
        b.iter(|| docs.iter().for_each(|d| drop(black_box(scan_bytes_opts("x.pdf", String::new(), d, &text_only, |_| {})))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
