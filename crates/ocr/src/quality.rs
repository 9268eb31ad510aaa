//! How well a page image was read, and when that is good enough for the page to count as reviewed.
//!
//! Tesseract's confidence alone is not proof: it reads "Märta" as "Marta" with 95 %, and on a page
//! of handwriting it may read the one printed line well and skip the rest. So a page is judged on
//! three measures, all of which must pass: the mean word confidence, the share of words read with
//! low confidence, and the share of the page's ink that no confidently read word covers (the
//! "unreadable areas": handwriting, stamps, photos, text too blurred to segment).

use crate::{Gray, Word};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A word below this confidence is counted as not read (Tesseract's own noise floor is about
/// there: on clean 300-dpi print nearly every word is above 0.85, on handwriting most are below).
pub const LOW_WORD_CONFIDENCE: f32 = 0.6;

/// A pixel darker than this is ink.
const INK: u8 = 128;

/// What was measured on one image (or, summed, on one page).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct Quality {
    /// Words read (with at least one letter or digit).
    pub words: u32,
    /// Mean word confidence, 0–1 (0 when no word was read).
    pub mean_confidence: f32,
    /// Share of the words below [`LOW_WORD_CONFIDENCE`], 0–1.
    pub low_confidence_share: f32,
    /// Share of the ink (ruled lines left out) outside every confidently read word, 0–1.
    pub unexplained_ink: f32,
    /// Ink pixels counted (ruled lines left out), for summing several images of one page.
    #[serde(default)]
    pub ink_pixels: u64,
}

/// The thresholds (the rules file's `[ocr]` section, see `assets/rules.toml`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Policy {
    pub min_mean_confidence: f32,
    pub max_low_confidence_share: f32,
    pub max_unexplained_ink: f32,
}

impl Default for Policy {
    /// Measured, see the README's "OCR (inlästa sidor)": clean and degraded prints of letters read
    /// at 0.90–0.96 mean with < 5 % low words and < 10 % unexplained ink; handwriting, a page
    /// upside down and a heavy blur fall far below on at least one measure.
    fn default() -> Self {
        Policy { min_mean_confidence: 0.80, max_low_confidence_share: 0.20, max_unexplained_ink: 0.25 }
    }
}

fn pct(v: f32) -> i64 {
    (v * 100.0).round() as i64
}

impl Policy {
    /// Why the page does not count as reviewed (Swedish); empty when it was read well enough.
    pub fn judge(&self, q: &Quality) -> Vec<String> {
        let mut why = Vec::new();
        if q.words == 0 {
            if q.unexplained_ink > 0.0 {
                why.push("ingen text kunde läsas på sidan".to_string());
            }
            return why;
        }
        if q.mean_confidence < self.min_mean_confidence {
            why.push(format!("säkerheten är {} % (kravet är minst {} %)", pct(q.mean_confidence), pct(self.min_mean_confidence)));
        }
        if q.low_confidence_share > self.max_low_confidence_share {
            why.push(format!(
                "{} % av orden är osäkert lästa (högst {} % tillåts)",
                pct(q.low_confidence_share),
                pct(self.max_low_confidence_share)
            ));
        }
        if q.unexplained_ink > self.max_unexplained_ink {
            why.push(format!(
                "{} % av det som syns på sidan kunde inte läsas som text, t.ex. handskrift, bilder eller stämplar (högst {} % tillåts)",
                pct(q.unexplained_ink),
                pct(self.max_unexplained_ink)
            ));
        }
        why
    }

    pub fn readable(&self, q: &Quality) -> bool {
        self.judge(q).is_empty()
    }
}

fn has_alnum(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// Ink pixels that are not part of a long straight run (a form's rules and frames, table lines):
/// those are drawn, not written, and no OCR word would ever cover them.
pub(crate) fn ink_mask(img: &Gray) -> Vec<bool> {
    let (w, h) = (img.width as usize, img.height as usize);
    // At 300 dpi a third of an inch; never shorter than 12 px on small crops.
    let long = (w.max(h) / 25).clamp(12, 100);
    let mut mask: Vec<bool> = img.pixels.iter().map(|&p| p < INK).collect();
    let mut line = vec![false; w * h];
    for y in 0..h {
        let mut x = 0;
        while x < w {
            if mask[y * w + x] {
                let s = x;
                while x < w && mask[y * w + x] {
                    x += 1;
                }
                if x - s >= long {
                    line[y * w + s..y * w + x].iter_mut().for_each(|v| *v = true);
                }
            } else {
                x += 1;
            }
        }
    }
    for x in 0..w {
        let mut y = 0;
        while y < h {
            if mask[y * w + x] {
                let s = y;
                while y < h && mask[y * w + x] {
                    y += 1;
                }
                if y - s >= long {
                    (s..y).for_each(|k| line[k * w + x] = true);
                }
            } else {
                y += 1;
            }
        }
    }
    for (m, l) in mask.iter_mut().zip(&line) {
        *m &= !l;
    }
    mask
}

/// Measures how well `words` (as read from `img`) cover it.
pub fn measure(img: &Gray, words: &[Word]) -> Quality {
    let counted: Vec<&Word> = words.iter().filter(|w| has_alnum(&w.text)).collect();
    let n = counted.len();
    let mean = if n == 0 { 0.0 } else { counted.iter().map(|w| w.confidence).sum::<f32>() / n as f32 };
    let low = if n == 0 { 0.0 } else { counted.iter().filter(|w| w.confidence < LOW_WORD_CONFIDENCE).count() as f32 / n as f32 };
    let mask = ink_mask(img);
    let (w, h) = (img.width as usize, img.height as usize);
    let mut covered = vec![false; w * h];
    let pad = 3u32;
    for word in counted.iter().filter(|x| x.confidence >= LOW_WORD_CONFIDENCE) {
        let [x0, y0, x1, y1] = word.pixels;
        let (x0, y0) = (x0.saturating_sub(pad) as usize, y0.saturating_sub(pad) as usize);
        let (x1, y1) = (((x1 + pad) as usize).min(w), ((y1 + pad) as usize).min(h));
        for y in y0..y1 {
            covered[y * w + x0..y * w + x1.max(x0)].iter_mut().for_each(|c| *c = true);
        }
    }
    let ink = mask.iter().filter(|&&m| m).count() as u64;
    let outside = mask.iter().zip(&covered).filter(|(&m, &c)| m && !c).count() as u64;
    // Specks of dust on an empty page are not text nobody read.
    let unexplained = if ink * 2000 < (w * h) as u64 { 0.0 } else { outside as f32 / ink as f32 };
    Quality { words: n as u32, mean_confidence: mean, low_confidence_share: low, unexplained_ink: unexplained, ink_pixels: ink }
}

/// Several images read on one page (a scan cut in parts, images inside a text page) as one measure,
/// each weighted by its words (confidences) or its ink (unexplained share).
pub fn combine(parts: &[Quality]) -> Quality {
    let words: u32 = parts.iter().map(|q| q.words).sum();
    let ink: u64 = parts.iter().map(|q| q.ink_pixels).sum();
    let wmean = |f: fn(&Quality) -> f32| {
        if words == 0 {
            0.0
        } else {
            parts.iter().map(|q| f(q) * q.words as f32).sum::<f32>() / words as f32
        }
    };
    Quality {
        words,
        mean_confidence: wmean(|q| q.mean_confidence),
        low_confidence_share: wmean(|q| q.low_confidence_share),
        unexplained_ink: if ink == 0 {
            parts.iter().map(|q| q.unexplained_ink).fold(0.0, f32::max)
        } else {
            parts.iter().map(|q| q.unexplained_ink * q.ink_pixels as f32).sum::<f32>() / ink as f32
        },
        ink_pixels: ink,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, conf: f32, px: [u32; 4]) -> Word {
        Word { text: text.into(), bbox: [0.0; 4], confidence: conf, line: 0, paragraph: 0, pixels: px }
    }

    /// A white image with black blocks ("ink") at the given pixel boxes.
    fn image(w: u32, h: u32, blocks: &[[u32; 4]]) -> Gray {
        let mut px = vec![255u8; (w * h) as usize];
        for b in blocks {
            for y in b[1]..b[3] {
                for x in b[0]..b[2] {
                    // A checker pattern: ink, but no long straight runs.
                    if (x + y) % 2 == 0 {
                        px[(y * w + x) as usize] = 0;
                    }
                }
            }
        }
        Gray::new(w, h, px)
    }

    #[test]
    fn ink_covered_by_confident_words_is_explained() {
        let img = image(400, 200, &[[10, 10, 110, 40], [200, 100, 300, 130]]);
        let both = [word("Anna", 0.95, [8, 8, 112, 42]), word("Berg", 0.93, [198, 98, 302, 132])];
        let q = measure(&img, &both);
        assert_eq!(q.words, 2);
        assert!(q.unexplained_ink < 0.01, "{q:?}");
        // One of the two blocks read with low confidence: half the ink is unexplained.
        let one = [both[0].clone(), word("B3rg", 0.3, [198, 98, 302, 132])];
        let q = measure(&img, &one);
        assert!((q.unexplained_ink - 0.5).abs() < 0.05 && (q.low_confidence_share - 0.5).abs() < 0.01, "{q:?}");
        assert!(!Policy::default().readable(&q));
        // Nothing read at all on a page with ink: never clean.
        let q = measure(&img, &[]);
        assert_eq!(Policy::default().judge(&q), ["ingen text kunde läsas på sidan"]);
    }

    #[test]
    fn ruled_lines_and_dust_are_not_unread_text() {
        let mut img = image(400, 200, &[[10, 10, 110, 40]]);
        for x in 0..400 {
            img.pixels[(150 * 400 + x) as usize] = 0; // a form's rule across the page
        }
        let q = measure(&img, &[word("Anna", 0.95, [8, 8, 112, 42])]);
        assert!(q.unexplained_ink < 0.01, "{q:?}");
        let blank = image(400, 200, &[[50, 50, 52, 52]]);
        assert_eq!(measure(&blank, &[]).unexplained_ink, 0.0);
        assert!(Policy::default().readable(&measure(&blank, &[])), "an empty page is not unreadable");
    }

    #[test]
    fn the_policy_says_why_in_swedish() {
        let q = Quality { words: 40, mean_confidence: 0.62, low_confidence_share: 0.45, unexplained_ink: 0.6, ink_pixels: 1000 };
        let why = Policy::default().judge(&q);
        assert_eq!(why.len(), 3, "{why:?}");
        assert!(why[0].contains("säkerheten är 62 %") && why[0].contains("minst 80 %"));
        assert!(why[2].contains("handskrift"));
        let good = Quality { words: 200, mean_confidence: 0.93, low_confidence_share: 0.02, unexplained_ink: 0.05, ink_pixels: 1000 };
        assert!(Policy::default().readable(&good));
        let c = combine(&[good, q]);
        assert_eq!(c.words, 240);
        assert!((c.mean_confidence - (0.93 * 200.0 + 0.62 * 40.0) / 240.0).abs() < 1e-4);
        assert!((c.unexplained_ink - 0.325).abs() < 1e-4);
    }
}
