//! Prints the findings of detect() on a text file (or stdin): category, confidence, text, explanation.
use std::io::Read;
fn main() {
    let mut t = String::new();
    match std::env::args().nth(1) {
        Some(p) => t = std::fs::read_to_string(p).expect("read"),
        None => {
            std::io::stdin().read_to_string(&mut t).expect("stdin");
        }
    }
    for f in diarievakt_detect::detect(&t) {
        println!("{:<18} {:.2} {:?} — {}", f.category.id(), f.confidence, f.text, f.explanation);
    }
}
