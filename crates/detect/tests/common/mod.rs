//! Helpers shared by the detector's tests: what was found, assertions on it, and score.py's rule
//! for when a finding matches a gold span.

#![allow(dead_code)]

use diarievakt_detect::{detect, Category};
use std::collections::HashSet;

pub fn found(text: &str) -> Vec<(Category, String)> {
    detect(text).into_iter().map(|f| (f.category, f.text)).collect()
}

pub fn has(text: &str, cat: Category, needle: &str) {
    let f = found(text);
    assert!(f.iter().any(|(c, t)| *c == cat && t.contains(needle)), "expected {cat:?} {needle:?} in {text:?}, got {f:?}");
}

pub fn none_of(text: &str, cat: Category) {
    let f = found(text);
    assert!(!f.iter().any(|(c, _)| *c == cat), "expected no {cat:?} in {text:?}, got {f:?}");
}

/// detect() on `text` does not panic, and every finding starts and ends on a character boundary
/// (what the fuzz regressions check).
pub fn detects_on_char_boundaries(text: &str) {
    for f in detect(text) {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end), "{f:?}");
    }
}

pub fn norm(s: &str) -> String {
    s.replace('\u{ad}', "").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

pub fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// score.py's rule: containment either way or half of the gold words, and not 60 characters longer.
pub fn overlaps(gold: &str, found: &str) -> bool {
    let (g, f) = (norm(gold), norm(found));
    if g.is_empty() || f.is_empty() || f.chars().count() > g.chars().count() + 60 {
        return false;
    }
    if g.contains(&f) || f.contains(&g) {
        return true;
    }
    let (gw, fw) = (words(&g), words(&f));
    !gw.is_empty() && gw.intersection(&fw).count() * 2 >= gw.len()
}
