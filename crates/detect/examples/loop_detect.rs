//! Development helper for profiling: runs detect() on the bench pages many times.
fn main() {
    let pages = [
        include_str!("../benches/pages/protokoll.txt"),
        include_str!("../benches/pages/riktlinje.txt"),
        include_str!("../benches/pages/beslut.txt"),
        include_str!("../benches/pages/blandat.txt"),
    ];
    diarievakt_detect::warm_up();
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        for p in &pages {
            k += diarievakt_detect::detect(p).len();
        }
    }
    let el = t.elapsed();
    let bytes: usize = pages.iter().map(|p| p.len()).sum();
    eprintln!("{k} findings; {:.1} µs per KiB", el.as_secs_f64() * 1e6 / (n as f64 * bytes as f64 / 1024.0));
}
