//! Trains the name recogniser and writes `data/ner.bin`; with `--cv K`, prints K-fold
//! cross-validated precision, recall and F1 for person names instead.
//!
//! cargo run -p diarievakt-detect --release --example train -- ../shared/corpus/ner-train/train_corpus.txt [--cv 5] [--out PATH]

use diarievakt_detect::ner::{self, train};

const EPOCHS: usize = 12;
const SEED: u64 = 0x5eed_0010;

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = tp as f64 / pred.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("corpus path");
    let cv = args.iter().position(|a| a == "--cv").map(|i| args[i + 1].parse::<usize>().unwrap());
    let out = args
        .iter()
        .position(|a| a == "--out")
        .map(|i| args[i + 1].clone())
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/ner.bin").to_string());
    let text = std::fs::read_to_string(path).expect("read corpus");
    let data = train::read_corpus(&text);
    eprintln!("{} sentences", data.len());
    if let Some(k) = cv {
        let mut tot = train::Counts::default();
        for fold in 0..k {
            let (test, trn): (Vec<usize>, Vec<usize>) = (0..data.len()).partition(|i| i % k == fold);
            let w = train::train(&data, &trn, EPOCHS, SEED + fold as u64);
            let m = ner::Model::from_weights(train::quantise(&w));
            let c = train::evaluate(&m, &data, &test, 0);
            let (p, r, f) = prf(c.span_tp, c.span_pred, c.span_gold);
            eprintln!("fold {fold}: PER spans P {p:.3} R {r:.3} F1 {f:.3}");
            tot.span_tp += c.span_tp;
            tot.span_pred += c.span_pred;
            tot.span_gold += c.span_gold;
            tot.tok_tp += c.tok_tp;
            tot.tok_pred += c.tok_pred;
            tot.tok_gold += c.tok_gold;
        }
        let (p, r, f) = prf(tot.span_tp, tot.span_pred, tot.span_gold);
        println!("{k}-fold PER names (exact span): P {p:.3} R {r:.3} F1 {f:.3} ({} gold)", tot.span_gold);
        let (p, r, f) = prf(tot.tok_tp, tot.tok_pred, tot.tok_gold);
        println!("{k}-fold PER tokens: P {p:.3} R {r:.3} F1 {f:.3} ({} gold)", tot.tok_gold);
        return;
    }
    let all: Vec<usize> = (0..data.len()).collect();
    let w = train::train(&data, &all, EPOCHS, SEED);
    let q = train::quantise(&w);
    let max = q.iter().map(|v| v.unsigned_abs()).max().unwrap_or(0);
    let nz = q.iter().filter(|v| **v != 0).count();
    std::fs::write(&out, train::to_bytes(&q)).expect("write weights");
    eprintln!("wrote {out}: {} weights, {nz} non-zero, max |w| {max}", q.len());
}
