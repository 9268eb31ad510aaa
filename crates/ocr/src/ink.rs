//! Ink the text layer does not explain: outlined text (print drivers, design tools, "flatten"
//! steps, Ghostscript's `-dNoOutputFonts`), text in Type 3 glyphs without a Unicode map.
//!
//! Two steps, so that ordinary text pages keep the text-page speed budget:
//! 1. [`worth_rendering`]: from the page's objects alone (counted by the PDF crate while it reads
//!    the text): many small filled paths shaped like glyphs, or text objects that yield no
//!    characters, against little extracted text. Most text pages stop here.
//! 2. [`unexplained_share`]: the suspicious page rendered small (72 dpi) in gray; the share of the
//!    page covered by ink outside the boxes of the extracted characters and images (ruled lines
//!    left out). Only above [`MIN_UNEXPLAINED_SHARE`] is the page read by OCR.

use crate::quality::ink_mask;
use crate::Gray;

/// What the PDF crate counts among a page's objects (form XObjects included).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageObjects {
    /// Characters of the text layer that carry text.
    pub visible_chars: usize,
    /// Filled paths the size of a glyph (at most 60 pt each way) with curves or several segments:
    /// how an outlined letter looks.
    pub glyph_paths: usize,
    /// Text objects whose text could not be extracted (no Unicode for their glyphs, e.g. Type 3).
    pub opaque_text_objects: usize,
}

/// The resolution of the second step's render.
pub const CHECK_DPI: f32 = 72.0;

/// Ink outside the text layer's and the images' boxes covering this share of the page (after
/// ruled lines are left out) makes the page worth OCR: about two lines of 10-pt text.
pub const MIN_UNEXPLAINED_SHARE: f32 = 0.002;

/// Step 1: do the page's objects draw more letters than its text layer holds?
pub fn worth_rendering(o: &PageObjects) -> bool {
    let outlined = o.glyph_paths >= 20 && o.glyph_paths * 2 > o.visible_chars;
    let opaque = o.opaque_text_objects >= 5;
    outlined || opaque
}

/// Step 2: the share of `img`'s pixels that are ink outside every box of `explained` (pixels,
/// `[x0, y0, x1, y1]`, origin top-left).
pub fn unexplained_share(img: &Gray, explained: &[[i64; 4]]) -> f32 {
    let (w, h) = (img.width as i64, img.height as i64);
    if w == 0 || h == 0 {
        return 0.0;
    }
    let mut mask = ink_mask(img);
    for b in explained {
        let (x0, y0, x1, y1) = ((b[0] - 1).max(0), (b[1] - 1).max(0), (b[2] + 1).min(w), (b[3] + 1).min(h));
        for y in y0..y1.max(y0) {
            for x in x0..x1.max(x0) {
                mask[(y * w + x) as usize] = false;
            }
        }
    }
    mask.iter().filter(|&&m| m).count() as f32 / (w * h) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlined_pages_are_worth_rendering_text_pages_are_not() {
        // ghostscript's -dNoOutputFonts: one filled path per glyph, no text at all.
        assert!(worth_rendering(&PageObjects { visible_chars: 0, glyph_paths: 241, opaque_text_objects: 0 }));
        // A letter with a vector logo of a dozen shapes.
        assert!(!worth_rendering(&PageObjects { visible_chars: 1800, glyph_paths: 14, opaque_text_objects: 0 }));
        // A text page whose logo has lettering drawn as 60 paths: still mostly text.
        assert!(!worth_rendering(&PageObjects { visible_chars: 1500, glyph_paths: 60, opaque_text_objects: 0 }));
        assert!(worth_rendering(&PageObjects { visible_chars: 30, glyph_paths: 0, opaque_text_objects: 12 }));
    }

    #[test]
    fn ink_inside_the_text_boxes_is_explained() {
        let (w, h) = (200u32, 100u32);
        let mut px = vec![255u8; (w * h) as usize];
        for y in 10..20 {
            for x in (10..60).step_by(2) {
                px[(y * w + x) as usize] = 0; // "text" the layer explains
            }
            for x in (100..150).step_by(2) {
                px[(y * w + x) as usize] = 0; // outlined "text" it does not
            }
        }
        let img = Gray::new(w, h, px);
        let all = unexplained_share(&img, &[]);
        let half = unexplained_share(&img, &[[10, 10, 60, 20]]);
        assert!((all - 500.0 / 20000.0).abs() < 1e-4, "{all}");
        assert!((half - all / 2.0).abs() < 1e-4, "{half}");
        assert!(half > MIN_UNEXPLAINED_SHARE);
        assert_eq!(unexplained_share(&img, &[[0, 0, 200, 100]]), 0.0);
    }
}
