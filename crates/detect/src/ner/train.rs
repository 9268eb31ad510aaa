//! Training and cross-validation of the tagger (used by `examples/train.rs`; not on the scanning path).

use super::{argmax, Item, Model, Prep, BUCKETS, ENT, NTAGS, O, PER};
use crate::perceptron::{Averaged, Rng};

/// A sentence: its prepared tokens and the gold tags.
pub struct Sentence {
    pub prep: Prep,
    pub gold: Vec<u8>,
}

pub fn initial_after(prev: Option<&str>) -> bool {
    prev.is_none_or(|p| matches!(p, "." | ":" | "!" | "?" | "-" | "–" | "•" | "\"" | "”" | "»" | "«"))
}

/// Reads `TOKEN<whitespace>TAG` lines; an empty line ends a sentence.
pub fn read_corpus(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut toks: Vec<(String, u8)> = Vec::new();
    let flush = |toks: &mut Vec<(String, u8)>, out: &mut Vec<Sentence>| {
        if toks.is_empty() {
            return;
        }
        let mut items = Vec::with_capacity(toks.len());
        for i in 0..toks.len() {
            let prev = if i > 0 { Some(toks[i - 1].0.as_str()) } else { None };
            items.push(Item::new(&toks[i].0, initial_after(prev)));
        }
        let gold = toks.iter().map(|t| t.1).collect();
        out.push(Sentence { prep: Prep::new(items), gold });
        toks.clear();
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut toks, &mut out);
            continue;
        }
        let mut parts = line.rsplitn(2, char::is_whitespace);
        let tag = parts.next().unwrap_or("0");
        let Some(tok) = parts.next() else { continue };
        let t = match tag {
            "PER" => PER,
            "ORG" | "LOC" | "MISC" => ENT,
            _ => O,
        };
        toks.push((tok.trim().to_string(), t));
    }
    flush(&mut toks, &mut out);
    out
}

/// The tags' scores under the weights being trained, in fixed point like the shipped model.
fn scores(w: &[f32], feats: &[u32]) -> [i32; NTAGS] {
    let mut s = [0f32; NTAGS];
    for &h in feats {
        for (t, v) in s.iter_mut().enumerate() {
            *v += w[h as usize * NTAGS + t];
        }
    }
    s.map(|v| (v * 1024.0) as i32)
}

/// Trains on the sentences `idx` of `data`; returns averaged weights.
pub fn train(data: &[Sentence], idx: &[usize], epochs: usize, seed: u64) -> Vec<f32> {
    let mut tr = Averaged::new(BUCKETS * NTAGS);
    let mut order = idx.to_vec();
    let mut rng = Rng(seed | 1);
    let mut feats = Vec::with_capacity(40);
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let s = &data[si];
            let (mut prev, mut prev2) = (O, O);
            for i in 0..s.prep.len() {
                let mut tag = O;
                if s.prep.items()[i].scored() {
                    tr.t += 1;
                    s.prep.features(i, prev, prev2, &mut feats);
                    let guess = argmax(&scores(&tr.w, &feats));
                    let gold = s.gold[i];
                    if guess != gold {
                        for &h in &feats {
                            tr.upd(h as usize * NTAGS + gold as usize, 1.0);
                            tr.upd(h as usize * NTAGS + guess as usize, -1.0);
                        }
                    }
                    tag = guess;
                }
                prev2 = prev;
                prev = tag;
            }
        }
    }
    tr.finish()
}

/// Quantises averaged weights to 16 bits (one perceptron unit = [`super::SCALE`]).
pub fn quantise(w: &[f32]) -> Vec<i16> {
    crate::perceptron::quantise(w, super::SCALE)
}

/// The sparse file format read by [`Model::from_bytes`].
pub fn to_bytes(q: &[i16]) -> Vec<u8> {
    crate::perceptron::to_sparse(b"NER1", q)
}

const PARTICLES: &[&str] =
    &["von", "af", "de", "van", "der", "den", "di", "da", "du", "la", "le", "al", "el", "bin", "ibn", "ben", "dos", "del"];

/// Person-name spans (token ranges) in a tag sequence; a lower-case particle between two person
/// tokens ("von", "af", "de") joins them.
pub fn spans(tags: &[u8], items: &[Item]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == PER && items[i].cap {
            let mut j = i + 1;
            loop {
                if j < tags.len() && tags[j] == PER {
                    j += 1;
                } else if j + 1 < tags.len() && !items[j].cap && tags[j + 1] == PER && PARTICLES.contains(&items[j].lower.as_str()) {
                    j += 2;
                } else {
                    break;
                }
            }
            out.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Counts (true positives, predicted, gold) of person spans and of person tokens.
#[derive(Default, Debug, Clone, Copy)]
pub struct Counts {
    pub span_tp: usize,
    pub span_pred: usize,
    pub span_gold: usize,
    pub tok_tp: usize,
    pub tok_pred: usize,
    pub tok_gold: usize,
}

pub fn evaluate(model: &Model, data: &[Sentence], idx: &[usize], min_margin: i32) -> Counts {
    let mut c = Counts::default();
    for &si in idx {
        let s = &data[si];
        let tagged = model.tag(&s.prep);
        let pred: Vec<u8> = tagged
            .iter()
            .map(|&(t, m)| {
                if t == PER && m >= min_margin {
                    PER
                } else if t == PER {
                    O
                } else {
                    t
                }
            })
            .collect();
        let gold_caps: Vec<u8> = s.gold.iter().zip(s.prep.items()).map(|(&g, it)| if it.scored() || g != PER { g } else { PER }).collect();
        let ps = spans(&pred, s.prep.items());
        let gs = spans(&gold_caps, s.prep.items());
        c.span_pred += ps.len();
        c.span_gold += gs.len();
        c.span_tp += ps.iter().filter(|p| gs.contains(p)).count();
        if std::env::var_os("NER_DEBUG").is_some() {
            let txt = |(a, b): (usize, usize)| s.prep.items()[a..b].iter().map(|x| x.lower.as_str()).collect::<Vec<_>>().join(" ");
            let ctx = s.prep.items().iter().map(|x| x.lower.as_str()).collect::<Vec<_>>().join(" ");
            for p in ps.iter().filter(|p| !gs.contains(p)) {
                eprintln!("FP [{}] in: {}", txt(*p), ctx.chars().take(110).collect::<String>());
            }
            for g in gs.iter().filter(|g| !ps.contains(g)) {
                eprintln!("FN [{}] in: {}", txt(*g), ctx.chars().take(110).collect::<String>());
            }
        }
        for (i, it) in s.prep.items().iter().enumerate() {
            let g = s.gold[i] == PER && it.word;
            let p = pred[i] == PER;
            c.tok_gold += g as usize;
            c.tok_pred += p as usize;
            c.tok_tp += (g && p) as usize;
        }
    }
    c
}
