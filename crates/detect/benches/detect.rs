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
    diarievakt_detect::warm_up();
    let mut g = c.benchmark_group("detect_page");
    for (name, text) in PAGES {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| detect(black_box(text))));
    }
    g.finish();
    c.bench_function("warm_up_first_call", |b| b.iter(|| diarievakt_detect::warm_up()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
