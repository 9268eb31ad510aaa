//! A statistical name recogniser: a greedy averaged-perceptron tagger over capitalised tokens.
//!
//! Each capitalised token gets one of three tags (outside, person, other entity) from hashed
//! features: the word, its affixes and shape, the words around it, capitalisation, position in the
//! sentence, membership of the name lists (`data/names.tsv`) and the tags given to the tokens before.
//! Tokens that are not capitalised are outside without being scored, both in training and at run
//! time (it keeps a page cheap). The weights are trained on the Swedish NER corpus of Webbnyheter 2012
//! (CC BY 4.0, see `data/NOTICE.md`) by `cargo run -p diarievakt-detect --release --example train`,
//! and shipped quantised to 16 bits in `data/ner.bin` (only the non-zero weights).

use crate::lexicon::{self, FIRST, LAST, PLACE, WORD};
use std::sync::OnceLock;

/// Number of hash buckets (a power of two).
pub const BUCKETS: usize = 1 << 18;
/// Tags: outside, person, other entity (organisation, place, work).
pub const NTAGS: usize = 3;
pub const O: u8 = 0;
pub const PER: u8 = 1;
pub const ENT: u8 = 2;

static WEIGHTS: &[u8] = include_bytes!("../../data/ner.bin");

/// One token as the tagger sees it.
#[derive(Debug, Clone)]
pub struct Item {
    pub lower: String,
    pub cap: bool,
    pub upper: bool,
    pub word: bool,
    /// First token of a sentence, a line or after a colon or a bullet.
    pub initial: bool,
    /// Hash of the original form's shape (Xxxx, xxxx, X.X, dd ...).
    pub shape: u64,
}

impl Item {
    pub fn new(text: &str, initial: bool) -> Item {
        let text = text.trim_start_matches('\u{ad}');
        let mut lower = String::with_capacity(text.len());
        lexicon::lower_into(text, &mut lower);
        if lower.contains('\u{ad}') {
            lower.retain(|c| c != '\u{ad}');
        }
        let first = text.chars().next().unwrap_or(' ');
        let word = first.is_alphabetic();
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let upper = letters >= 2 && text.chars().all(|c| !c.is_lowercase());
        Item { shape: shape_hash(text), lower, cap: first.is_uppercase(), upper, word, initial }
    }
    /// A token no feature looks at: only what decides whether it is scored.
    pub fn light(text: &str, initial: bool) -> Item {
        let first = text.chars().next().unwrap_or(' ');
        Item {
            lower: String::new(),
            cap: first.is_uppercase(),
            upper: false,
            word: first.is_alphabetic() && !first.is_uppercase(),
            initial,
            shape: 0,
        }
    }
    /// Whether a token of this text would be scored (cheap test before building an [`Item`]).
    pub fn would_score(text: &str) -> bool {
        let mut cs = text.chars();
        let Some(first) = cs.next() else { return false };
        first.is_alphabetic() && first.is_uppercase() && (cs.all(|c| !c.is_alphabetic()) || text.chars().any(|c| c.is_lowercase()))
    }
    /// Whether the tagger scores this token (a capitalised word, not all capitals).
    pub fn scored(&self) -> bool {
        self.word && self.cap && !self.upper
    }
}

fn shape_hash(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut last = 0u8;
    let mut n = 0;
    for c in s.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else {
            c as u8
        };
        if k == last {
            n += 1;
            if n >= 2 {
                continue;
            }
        } else {
            n = 0;
        }
        last = k;
        h = (h ^ k as u64).wrapping_mul(0x100_0000_01b3);
    }
    h
}

#[inline]
fn hstr(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    h
}

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 31)
}

fn suffix(s: &str, n: usize) -> &str {
    let mut it = s.char_indices().rev();
    let mut start = s.len();
    for _ in 0..n {
        match it.next() {
            Some((i, _)) => start = i,
            None => return s,
        }
    }
    &s[start..]
}

fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Per-token values computed once, combined into features by hashing.
pub struct Prep {
    lower: Vec<u64>,
    shape: Vec<u64>,
    dict: Vec<u64>,
    cue: Vec<bool>,
    items: Vec<Item>,
}

const CUES: &[&str] = &[
    "herr",
    "fru",
    "dr",
    "doktor",
    "professor",
    "kung",
    "drottning",
    "prins",
    "prinsessan",
    "påven",
    "minister",
    "ministern",
    "statsminister",
    "statsministern",
    "ordförande",
    "vd",
    "chef",
    "chefen",
    "tränare",
    "tränaren",
    "förbundskapten",
    "talesperson",
    "talesman",
    "presidenten",
    "president",
    "premiärminister",
    "kommissionär",
    "författaren",
    "regissören",
    "skådespelaren",
    "sångaren",
    "artisten",
    "spelaren",
    "forskaren",
    "läkaren",
    "advokat",
    "advokaten",
    "åklagare",
    "åklagaren",
    "domare",
    "domaren",
    "polisen",
    "handläggare",
    "handläggaren",
    "sekreterare",
    "ledamot",
    "ledamoten",
    "rektor",
    "rektorn",
    "kommunalråd",
    "kommunalrådet",
    "regionråd",
    "biskop",
    "biskopen",
    "präst",
    "prästen",
    "kyrkoherde",
    "kyrkoherden",
    "imam",
    "rabbin",
    "pastor",
    "pastorn",
    "sjuksköterska",
    "sjuksköterskan",
    "kurator",
    "socialsekreterare",
    "enhetschef",
    "målsäganden",
    "tilltalade",
    "vittnet",
    "sonen",
    "dottern",
    "maken",
    "makan",
    "hustrun",
    "mannen",
    "frun",
    "bror",
    "syster",
    "mamma",
    "pappa",
    "morbror",
    "farbror",
    "moster",
    "faster",
    "kollegan",
    "vän",
    "vännen",
    "kompis",
    "sambo",
    "sambon",
];

fn dict_code(lower: &str, cap: bool) -> u64 {
    let f = lexicon::flags(lower);
    let mut code = (f & (FIRST | LAST | WORD | PLACE)) as u64;
    if f & (FIRST | LAST) == 0 && lower.ends_with('s') && lower.len() > 3 {
        let g = lexicon::flags(&lower[..lower.len() - 1]);
        if g & (FIRST | LAST) != 0 {
            code |= 32 | (g & (FIRST | LAST)) as u64;
        }
    }
    if f == 0 && lexicon::is_word(lower) {
        code |= 64;
    }
    if cap {
        code |= 128;
    }
    code
}

impl Prep {
    pub fn new(items: Vec<Item>) -> Prep {
        let n = items.len();
        let mut p = Prep {
            lower: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            dict: Vec::with_capacity(n),
            cue: Vec::with_capacity(n),
            items,
        };
        for it in &p.items {
            p.lower.push(if it.lower.is_empty() { 0x5556 } else { hstr(&it.lower) });
            p.shape.push(it.shape);
            // Dictionary look-ups only for the tokens that are scored or next to one.
            if it.lower.is_empty() {
                p.dict.push(1 << 11);
                p.cue.push(false);
                continue;
            }
            p.dict.push(if it.word { dict_code(&it.lower, it.cap) } else { 1 << 10 });
            p.cue.push(crate::word_set!(CUES).contains(it.lower.as_str()));
        }
        p
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Feature hashes of token `i` given the tags before it.
    pub fn features(&self, i: usize, prev: u8, prev2: u8, out: &mut Vec<u32>) {
        out.clear();
        let n = self.items.len();
        let it = &self.items[i];
        let w = &it.lower;
        let mut f = |tid: u64, v: u64| out.push((mix(tid, v) as usize & (BUCKETS - 1)) as u32);
        const NONE: u64 = 0x5555;
        // The value of the token `k` places from `i` in one of the per-token columns, or NONE
        // beyond the sentence.
        let near = |col: &[u64], k: isize| -> u64 {
            let j = i as isize + k;
            if j < 0 || j >= n as isize {
                NONE
            } else {
                col[j as usize]
            }
        };
        let lw = |k: isize| near(&self.lower, k);
        let sh = |k: isize| near(&self.shape, k);
        let dc = |k: isize| near(&self.dict, k);
        let pt = prev as u64;
        let pt2 = prev2 as u64;
        f(1, 0);
        f(2, self.lower[i]);
        f(3, hstr(suffix(w, 2)));
        f(4, hstr(suffix(w, 3)));
        f(5, hstr(suffix(w, 4)));
        f(6, hstr(prefix(w, 3)));
        f(7, self.shape[i]);
        f(8, self.dict[i]);
        f(9, mix(self.dict[i], it.initial as u64));
        f(10, it.initial as u64);
        f(11, lw(-1));
        f(12, lw(1));
        f(13, lw(-2));
        f(14, lw(2));
        f(15, sh(-1));
        f(16, sh(1));
        f(17, dc(-1));
        f(18, dc(1));
        f(19, mix(dc(-1), self.dict[i]));
        f(20, mix(self.dict[i], dc(1)));
        f(21, pt);
        f(22, mix(pt, pt2));
        f(23, mix(pt, self.dict[i]));
        f(24, mix(pt, self.shape[i]));
        f(25, mix(lw(-1), self.lower[i]));
        f(26, mix(self.lower[i], lw(1)));
        f(27, (i > 0 && self.cue[i - 1]) as u64);
        f(28, mix(pt, hstr(suffix(w, 3))));
        f(29, mix(sh(-1), self.shape[i]));
        f(30, mix(self.shape[i], sh(1)));
        f(31, (w.chars().count().min(12)) as u64);
        f(32, mix(lw(-1), self.dict[i]));
        f(33, mix(self.dict[i], lw(1)));
        f(34, mix(dc(1), dc(2)));
        f(35, mix(pt, lw(-1)));
        f(36, mix(self.shape[i], it.initial as u64));
        f(37, hstr(suffix(w, 1)));
        f(38, mix(dc(-2), dc(-1)));
        f(39, mix(mix(pt, self.dict[i]), dc(1)));
    }
}

/// The weights: `BUCKETS * NTAGS` 16-bit values.
pub struct Model {
    w: Vec<i16>,
}

impl Model {
    /// Reads the sparse file format: `NER1`, then (u32 index, i16 weight) little-endian pairs.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        crate::perceptron::from_sparse(b, b"NER1", BUCKETS * NTAGS).map(|w| Model { w })
    }
    pub fn from_weights(w: Vec<i16>) -> Model {
        Model { w }
    }
    fn scores(&self, feats: &[u32]) -> [i32; NTAGS] {
        let mut s = [0i32; NTAGS];
        for &h in feats {
            let b = h as usize * NTAGS;
            for (t, v) in s.iter_mut().enumerate() {
                *v += self.w[b + t] as i32;
            }
        }
        s
    }

    /// Tags every token; for each, (tag, margin of PER over the best other tag, in weight units).
    pub fn tag(&self, p: &Prep) -> Vec<(u8, i32)> {
        self.tag_except(p, &[])
    }

    /// Like [`Model::tag`], but the tokens marked in `skip` are outside without being scored.
    pub fn tag_except(&self, p: &Prep, skip: &[bool]) -> Vec<(u8, i32)> {
        let n = p.len();
        let mut out = vec![(O, i32::MIN / 2); n];
        let mut feats = Vec::with_capacity(40);
        let (mut prev, mut prev2) = (O, O);
        #[allow(clippy::needless_range_loop)]
        for i in 0..n {
            let mut tag = O;
            if p.items[i].scored() && !skip.get(i).copied().unwrap_or(false) {
                p.features(i, prev, prev2, &mut feats);
                let s = self.scores(&feats);
                tag = argmax(&s);
                let other = s[O as usize].max(s[ENT as usize]);
                out[i] = (tag, s[PER as usize] - other);
            }
            prev2 = prev;
            prev = tag;
        }
        out
    }
}

pub fn argmax(s: &[i32; NTAGS]) -> u8 {
    let mut b = 0;
    for t in 1..NTAGS {
        if s[t] > s[b] {
            b = t;
        }
    }
    b as u8
}

/// The shipped model, loaded once; None if the data file is missing or of another size.
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(WEIGHTS)).as_ref()
}

/// Margin in weight units that counts as one unit of confidence (the scale of the quantised weights).
pub const SCALE: f32 = 256.0;

pub mod train;
