//! Training and cross-validation of the clause model (used by `examples/train_clauses.rs`; not on the
//! scanning path).

use super::{features, segments, Model, BUCKETS, CATS, NCATS, SCALE};
use crate::perceptron::{Averaged, Rng};

/// A document with inline gold `[[category|text]]` (the held-out sets' markup): the plain text and
/// each span's category id and byte range in it.
pub fn strip_gold(marked: &str) -> (String, Vec<(String, usize, usize)>) {
    let mut out = String::with_capacity(marked.len());
    let mut gold = Vec::new();
    let mut rest = marked;
    while let Some(p) = rest.find("[[") {
        out.push_str(&rest[..p]);
        let after = &rest[p + 2..];
        let (Some(q), Some(bar)) = (after.find("]]"), after.find('|')) else {
            out.push_str(&rest[p..]);
            rest = "";
            break;
        };
        if bar > q {
            out.push_str(&rest[p..p + 2]);
            rest = after;
            continue;
        }
        let start = out.len();
        out.push_str(&after[bar + 1..q]);
        gold.push((after[..bar].to_string(), start, out.len()));
        rest = &after[q + 2..];
    }
    out.push_str(rest);
    (out, gold)
}

/// One clause of a training page: its features and the categories of the gold spans it overlaps.
pub struct Example {
    pub feats: Vec<u32>,
    pub gold: [bool; NCATS],
}

/// The clauses of one page of plain text with its gold spans, read as the detector reads them (quote
/// markers of an e-mail removed, same offsets).
pub fn page_examples(text: &str, gold: &[(String, usize, usize)]) -> Vec<Example> {
    let dequoted = crate::text::without_quote_marks(text);
    let t: &str = dequoted.as_deref().unwrap_or(text);
    let segs = segments(t);
    let mut out = Vec::with_capacity(segs.len());
    for (i, &(a, b)) in segs.iter().enumerate() {
        if !t[a..b].chars().any(char::is_alphabetic) {
            continue;
        }
        let mut feats = Vec::new();
        features(t, &segs, i, &mut feats);
        let mut y = [false; NCATS];
        for (cat, ga, gb) in gold {
            if *ga < b && *gb > a {
                if let Some(c) = CATS.iter().position(|c| c.id() == cat) {
                    y[c] = true;
                }
            }
        }
        out.push(Example { feats, gold: y });
    }
    out
}

/// Averaged perceptron, one binary classifier per category; deterministic for a given seed.
pub fn train(data: &[&Example], epochs: usize, seed: u64) -> Vec<f32> {
    let mut tr = Averaged::new(BUCKETS * NCATS);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(seed | 1);
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let e = data[k];
            tr.t += 1;
            for c in 0..NCATS {
                let s: f32 = e.feats.iter().map(|&h| tr.w[h as usize * NCATS + c]).sum();
                let y = if e.gold[c] { 1.0 } else { -1.0 };
                if y * s <= 0.0 {
                    for &h in &e.feats {
                        tr.upd(h as usize * NCATS + c, y);
                    }
                }
            }
        }
    }
    tr.finish()
}

pub fn quantise(w: &[f32]) -> Vec<i16> {
    crate::perceptron::quantise(w, SCALE)
}

/// The sparse file format read by [`Model::from_bytes`].
pub fn to_bytes(q: &[i16]) -> Vec<u8> {
    crate::perceptron::to_sparse(b"CLS1", q)
}

/// Clause-level counts per category at one threshold: (true positives, predicted, gold).
pub fn evaluate(m: &Model, data: &[&Example], threshold: f32) -> [(usize, usize, usize); NCATS] {
    let mut out = [(0, 0, 0); NCATS];
    for e in data {
        let s = m.scores(&e.feats);
        for c in 0..NCATS {
            let p = s[c] > threshold;
            out[c].0 += (p && e.gold[c]) as usize;
            out[c].1 += p as usize;
            out[c].2 += e.gold[c] as usize;
        }
    }
    out
}
