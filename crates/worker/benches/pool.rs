//! The worker pool against scanning in this process, on the development corpus (66 pages):
//! one core in-process, the pool with one and with two workers (warm), and what it costs to start
//! a worker (process start, PDFium bound, answering a ping) – the price of a restart.
//!
//! `cargo bench -p diarievakt-worker --bench pool` (the worker binary must be built: cargo does so).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use diarievakt_worker::{Limits, Pool, WorkerSpec};
use std::path::{Path, PathBuf};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "pdf")).collect();
    files.sort();
    files.into_iter().map(|p| (p.display().to_string(), std::fs::read(&p).unwrap())).collect()
}

fn spec() -> WorkerSpec {
    WorkerSpec { program: PathBuf::from(env!("CARGO_BIN_EXE_diarievakt-pdf-worker")), args: vec![] }
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    // The text path, as the inventory's speed goal and the pdftotext comparison mean it: OCR off
    // (OCR costs about a second a page whichever process runs it; `scripts/bench-ocr.sh` measures it).
    let text = diarievakt_pdf::ScanOptions::with_ocr(false);
    let scan = |n: &str, b: &[u8]| diarievakt_pdf::scan_bytes_opts(n, String::new(), b, &text, |_| {});
    let pages: u64 = docs.iter().map(|(n, b)| scan(n, b).pages as u64).sum();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Elements(pages));
    g.sample_size(10);
    g.bench_function("in-process, one core", |b| b.iter(|| docs.iter().map(|(n, bytes)| scan(n, bytes).findings.len()).sum::<usize>()));
    for n in [1usize, 2] {
        let pool = Pool::new(Some(spec()), n, Limits::default());
        rt.block_on(pool.warm()).unwrap();
        g.bench_function(format!("pool, {n} worker(s)"), |b| {
            b.iter(|| {
                rt.block_on(async {
                    use futures_util::StreamExt;
                    futures_util::stream::iter(docs.iter().map(|(name, bytes)| {
                        let (pool, text) = (&pool, &text);
                        async move { pool.scan_with(name, "bench", bytes, text, &mut |_| {}).await.unwrap().findings.len() }
                    }))
                    .buffer_unordered(2 * n)
                    .fold(0usize, |a, x| async move { a + x })
                    .await
                })
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("worker");
    g.sample_size(20);
    g.bench_function("start and first answer (restart cost)", |b| {
        b.iter(|| {
            let pool = Pool::new(Some(spec()), 1, Limits::default());
            rt.block_on(pool.warm()).unwrap();
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
