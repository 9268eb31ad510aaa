//! Trains the clause model (`src/clause/`) on the hand-written development sets and writes
//! `data/clause.bin`; with `--cv`, prints leave-one-set-out clause-level precision and recall per
//! category at several thresholds instead (how `clause::THRESHOLD` was chosen).
//!
//! cargo run -p diarievakt-detect --release --example train_clauses -- [--cv] [--out PATH]
//!
//! The sets named in [`HELD_OUT`] are never trained on: they are scored once at the end of a round.

use diarievakt_detect::clause::{self, train, CATS};
use std::path::Path;

/// Held-out sets: scored, never trained on. When one has served, move it out of this list
/// (final17: scored in session 16; final18: written in session 16 for the next round).
const HELD_OUT: &[&str] = &["final17", "final18"];
const EPOCHS: usize = 6;
const BAGS: u64 = 8;
fn epochs() -> usize {
    std::env::var("EPOCHS").ok().and_then(|v| v.parse().ok()).unwrap_or(EPOCHS)
}
const SEED: u64 = 0x5eed_c1a5;

/// Several perceptrons trained in different orders, their weights averaged: one order's model
/// gave a sentence −7 and another +1, so the average is what is shipped.
fn bagged(data: &[&train::Example]) -> Vec<f32> {
    let n: u64 = std::env::var("BAGS").ok().and_then(|v| v.parse().ok()).unwrap_or(BAGS);
    let mut acc: Vec<f32> = Vec::new();
    for k in 0..n {
        let w = train::train(data, epochs(), SEED.wrapping_add(k.wrapping_mul(0x9e37_79b9)));
        if acc.is_empty() {
            acc = w;
        } else {
            acc.iter_mut().zip(&w).for_each(|(a, b)| *a += b);
        }
    }
    acc.iter_mut().for_each(|a| *a /= n as f32);
    acc
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cv = args.iter().any(|a| a == "--cv");
    let out = args
        .iter()
        .position(|a| a == "--out")
        .map(|i| args[i + 1].clone())
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/clause.bin").to_string());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout");
    let mut sets: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/heldout")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|s| !HELD_OUT.contains(&s.as_str()))
        .collect();
    sets.sort();
    // (set index, example)
    let mut data = Vec::new();
    for (si, s) in sets.iter().enumerate() {
        let mut files: Vec<_> = std::fs::read_dir(dir.join(s)).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        for f in files {
            let marked = std::fs::read_to_string(&f).unwrap();
            for page in marked.split('\u{c}') {
                let (text, gold) = train::strip_gold(page);
                data.extend(train::page_examples(&text, &gold).into_iter().map(|e| (si, e)));
            }
        }
    }
    eprintln!("{} sets, {} clauses", sets.len(), data.len());
    if cv {
        let thresholds = [-4.0f32, -2.0, 0.0, 2.0];
        let mut tot = vec![[(0usize, 0usize, 0usize); clause::NCATS]; thresholds.len()];
        for (si, name) in sets.iter().enumerate() {
            let trn: Vec<&train::Example> = data.iter().filter(|d| d.0 != si).map(|d| &d.1).collect();
            let tst: Vec<&train::Example> = data.iter().filter(|d| d.0 == si).map(|d| &d.1).collect();
            let m = clause::Model::from_weights(train::quantise(&bagged(&trn)));
            for (k, th) in thresholds.iter().enumerate() {
                for (c, r) in train::evaluate(&m, &tst, *th).iter().enumerate() {
                    tot[k][c].0 += r.0;
                    tot[k][c].1 += r.1;
                    tot[k][c].2 += r.2;
                }
            }
            eprintln!("left out {name}");
        }
        for (k, th) in thresholds.iter().enumerate() {
            let (tp, pred, gold) = tot[k].iter().fold((0, 0, 0), |a, r| (a.0 + r.0, a.1 + r.1, a.2 + r.2));
            let (p, r) = (tp as f64 / pred.max(1) as f64, tp as f64 / gold.max(1) as f64);
            let f2 = if p + r > 0.0 { 5.0 * p * r / (4.0 * p + r) } else { 0.0 };
            print!("threshold {th:>4}: all P {p:.3} R {r:.3} F2 {f2:.3} |");
            for (c, r) in tot[k].iter().enumerate() {
                print!(" {} {:.2}/{:.2}", CATS[c].id(), r.0 as f64 / r.1.max(1) as f64, r.0 as f64 / r.2.max(1) as f64);
            }
            println!();
        }
        return;
    }
    let all: Vec<&train::Example> = data.iter().map(|d| &d.1).collect();
    let q = train::quantise(&bagged(&all));
    let nz = q.iter().filter(|v| **v != 0).count();
    std::fs::write(&out, train::to_bytes(&q)).expect("write weights");
    eprintln!("wrote {out}: {nz} non-zero weights");
}
