//! Times detect() on a text file after warm-up: µs per call (median of rounds).
fn main() {
    let p = std::env::args().nth(1).expect("file");
    let t = std::fs::read_to_string(p).expect("read");
    let t0 = std::time::Instant::now();
    diarievakt_detect::warm_up();
    eprintln!("warm-up {:?}", t0.elapsed());
    let mut v = Vec::new();
    for _ in 0..std::env::var("ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(15) {
        let t0 = std::time::Instant::now();
        for _ in 0..20 {
            std::hint::black_box(diarievakt_detect::detect(std::hint::black_box(&t)));
        }
        v.push(t0.elapsed().as_micros() as f64 / 20.0);
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{} bytes: median {:.0} µs/call, min {:.0}", t.len(), v[v.len() / 2], v[0]);
}
