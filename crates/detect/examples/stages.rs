//! Development helper: time per detector stage on the bench pages.
fn main() {
    let pages = [
        include_str!("../benches/pages/protokoll.txt"),
        include_str!("../benches/pages/riktlinje.txt"),
        include_str!("../benches/pages/beslut.txt"),
        include_str!("../benches/pages/blandat.txt"),
    ];
    diarievakt_detect::warm_up();
    let bytes: usize = pages.iter().map(|p| p.len()).sum();
    for st in ["tokenize", "pnr", "email", "phone", "bank", "address", "vehicle", "names", "sensitive", "sentences"] {
        let n = 500;
        let t = std::time::Instant::now();
        let mut k = 0;
        for _ in 0..n {
            for p in &pages {
                k += diarievakt_detect::__stage(p, st);
            }
        }
        let el = t.elapsed();
        println!("{st:10} {:6.1} µs per KiB ({k})", el.as_secs_f64() * 1e6 / (n as f64 * bytes as f64 / 1024.0));
    }
}
