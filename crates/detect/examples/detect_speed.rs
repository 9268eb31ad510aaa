//! How fast detect() is on text the process has not seen and on text it has: every file given is
//! detected once (cold: the rule automata build their states) and then again (warm).
//!
//!     cargo run --release -p diarievakt-detect --example detect_speed -- FILE...
fn main() {
    let t0 = std::time::Instant::now();
    diarievakt_detect::warm_up();
    println!("compile: {:.0} ms", t0.elapsed().as_secs_f64() * 1000.0);
    let texts: Vec<String> = std::env::args().skip(1).filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    for pass in ["cold", "warm"] {
        let t = std::time::Instant::now();
        let n: usize = texts.iter().map(|x| diarievakt_detect::detect(x).len()).sum();
        let s = t.elapsed().as_secs_f64();
        println!(
            "{pass}: {} files, {} kB, {n} findings in {:.0} ms ({:.0} kB/s)",
            texts.len(),
            bytes / 1000,
            s * 1000.0,
            bytes as f64 / 1000.0 / s
        );
    }
}
