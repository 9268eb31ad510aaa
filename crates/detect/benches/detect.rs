//! detect() on a few realistic pages (written for this bench: a protocol, a guideline, a decision and
//! a mixed page of sensitive sentences). Reports time per page.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use diarievakt_detect::detect;
use std::hint::black_box;

const PAGES: &[(&str, &str)] = &[
    ("protokoll", include_str!("pages/protokoll.txt")),
    ("riktlinje", include_str!("pages/riktlinje.txt")),
    ("beslut", include_str!("pages/beslut.txt")),
    ("blandat", include_str!("pages/blandat.txt")),
];

fn bench(c: &mut Criterion) {
    let t0 = std::time::Instant::now();
    diarievakt_detect::warm_up();
    eprintln!("warm-up (dictionaries and patterns, once per process): {:?}", t0.elapsed());
    let mut g = c.benchmark_group("detect_page");
    for (name, text) in PAGES {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| detect(black_box(text))));
    }
    // A dense A4 page holds about 3 500 characters.
    let full: String = PAGES.iter().map(|p| p.1).collect::<Vec<_>>().join("\n").chars().take(3500).collect();
    g.throughput(Throughput::Bytes(full.len() as u64));
    g.bench_function("full_a4_page", |b| b.iter(|| detect(black_box(&full))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
