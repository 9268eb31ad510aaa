//! The name dictionary and the Swedish word list, compiled once into hash tables.
//!
//! `data/names.tsv` holds lower-cased tokens with flags (first name, surname, ordinary word, place,
//! short); `data/words.txt` holds ordinary Swedish words that are no names. Both are made by
//! `data/make_lists.py` and included in the binary.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

pub const FIRST: u8 = 1;
pub const LAST: u8 = 2;
/// Also an ordinary Swedish word (berg, stig, frisk).
pub const WORD: u8 = 4;
/// A place or another proper noun (Falun, Jämtland).
pub const PLACE: u8 = 8;
/// Two letters or fewer.
pub const SHORT: u8 = 16;

static NAMES_TSV: &str = include_str!("../data/names.tsv");
static WORDS_TXT: &str = include_str!("../data/words.txt");

/// FxHash: a fast non-cryptographic hash for short keys (no untrusted-input concerns here).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().unwrap())).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

fn names() -> &'static HashMap<&'static str, u8, FxBuild> {
    static M: OnceLock<HashMap<&'static str, u8, FxBuild>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = HashMap::with_capacity_and_hasher(40_000, FxBuild::default());
        for line in NAMES_TSV.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((k, f)) = line.split_once('\t') else {
                continue;
            };
            let mut flags = 0u8;
            for c in f.bytes() {
                flags |= match c {
                    b'F' => FIRST,
                    b'L' => LAST,
                    b'W' => WORD,
                    b'P' => PLACE,
                    b'S' => SHORT,
                    _ => 0,
                };
            }
            m.insert(k, flags);
        }
        m
    })
}

fn words() -> &'static HashSet<&'static str, FxBuild> {
    static M: OnceLock<HashSet<&'static str, FxBuild>> = OnceLock::new();
    M.get_or_init(|| {
        let mut s = HashSet::with_capacity_and_hasher(120_000, FxBuild::default());
        s.extend(WORDS_TXT.lines());
        s
    })
}

/// Loads the tables now rather than on first use.
pub fn warm_up() {
    names();
    words();
}

/// Flags of a lower-cased token; 0 if unknown.
#[inline]
pub fn flags(lower: &str) -> u8 {
    names().get(lower).copied().unwrap_or(0)
}

/// Whether a lower-cased token is an ordinary Swedish word (in either list).
pub fn is_word(lower: &str) -> bool {
    words().contains(lower) || flags(lower) & WORD != 0
}

/// Whether the lower-cased token is a compound ending in an ordinary word of four letters or more
/// (socialstyrelsen, vårdförbundet): such a token is no name of a person.
pub fn is_compound_word(lower: &str) -> bool {
    let w = words();
    let mut idx: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
    idx.push(lower.len());
    let n = idx.len() - 1;
    if n < 7 {
        return false;
    }
    for k in 3..=(n - 4) {
        let tail = &lower[idx[k]..];
        if w.contains(tail) {
            return true;
        }
    }
    false
}

/// Number of entries (first names, surnames) for reports.
pub fn sizes() -> (usize, usize, usize, usize) {
    let m = names();
    let f = m.values().filter(|v| **v & FIRST != 0).count();
    let l = m.values().filter(|v| **v & LAST != 0).count();
    let p = m.values().filter(|v| **v & PLACE != 0).count();
    (f, l, p, words().len())
}

/// Lower-cases `s` into `buf` (cleared first) without allocating when `buf` has room.
#[inline]
pub fn lower_into(s: &str, buf: &mut String) {
    buf.clear();
    buf.reserve(s.len() + 4);
    if s.is_ascii() {
        buf.push_str(s);
        buf.make_ascii_lowercase();
    } else {
        for c in s.chars() {
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else if c.is_lowercase() {
                buf.push(c);
            } else {
                for l in c.to_lowercase() {
                    buf.push(l);
                }
            }
        }
    }
}

/// A word list compiled once into a hash set: `word_set!(LIST).contains(w)`.
#[macro_export]
#[doc(hidden)]
macro_rules! word_set {
    ($list:expr) => {{
        static S: std::sync::OnceLock<std::collections::HashSet<&'static str, $crate::lexicon::FxBuild>> = std::sync::OnceLock::new();
        S.get_or_init(|| $list.iter().copied().collect())
    }};
}
