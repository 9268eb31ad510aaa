//! Reading what a person sees on a page that has no usable text layer.
//!
//! One job: a page image (gray, rendered by PDFium in the worker) → recognised words with boxes
//! in PDF points and their confidence ([`recognise`]), how well the page was read ([`Quality`],
//! judged by [`Policy`]), and the cheap test that tells which text pages carry ink their text
//! layer does not explain ([`ink`]).
//!
//! Why the `tesseract` command and not the C API (crates `tesseract`/`leptess`): the command is
//! Debian's own Tesseract 5.3 (`tesseract-ocr`, `-swe`, `-eng`), so the build needs no libclang
//! and no `-dev` packages, and a recogniser that crashes or loops on a hostile image takes down
//! a child process of the (already isolated) worker, never the worker's PDFium state. The image
//! goes in on the child's stdin and the TSV comes back on its stdout: no page image is ever
//! written to disk. The cost is the model load per call (about 0.3 s of CPU, measured; small
//! against 1–7 s of recognition per page), which `scripts/bench-ocr.sh` includes in its figure.

pub mod ink;
mod quality;
mod tesseract;

pub use quality::{combine, measure, Policy, Quality, LOW_WORD_CONFIDENCE};
pub use tesseract::{available, recognise, recognise_with, Languages, OcrError, RecogniseOptions};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// `[left, bottom, right, top]` in PDF points, origin bottom-left (as the text layer's boxes).
pub type BBox = [f32; 4];

/// An 8-bit gray image, row by row, 0 black … 255 white.
#[derive(Clone)]
pub struct Gray {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl std::fmt::Debug for Gray {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gray({}×{})", self.width, self.height)
    }
}

impl Gray {
    pub fn new(width: u32, height: u32, pixels: Vec<u8>) -> Gray {
        assert_eq!(pixels.len(), width as usize * height as usize, "gray image size");
        Gray { width, height, pixels }
    }

    /// The rectangle `x0..x1, y0..y1` (pixels, clamped to the image) as an image of its own.
    pub fn crop(&self, x0: u32, y0: u32, x1: u32, y1: u32) -> Gray {
        let (x1, y1) = (x1.min(self.width), y1.min(self.height));
        let (x0, y0) = (x0.min(x1), y0.min(y1));
        let (w, h) = (x1 - x0, y1 - y0);
        let mut pixels = Vec::with_capacity(w as usize * h as usize);
        for y in y0..y1 {
            let row = y as usize * self.width as usize;
            pixels.extend_from_slice(&self.pixels[row + x0 as usize..row + x1 as usize]);
        }
        Gray { width: w, height: h, pixels }
    }

    /// Binary PGM (P5), which Tesseract's image reader takes on stdin.
    pub fn to_pgm(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.pixels);
        out
    }
}

/// Where an image sits on its page: pixels of the image ↔ PDF points of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The page's size in points.
    pub page_width: f32,
    pub page_height: f32,
    /// Pixels per point of the rendered page.
    pub scale_x: f32,
    pub scale_y: f32,
    /// The image's top-left corner in pixels of the whole rendered page (non-zero for a crop).
    pub offset_x: u32,
    pub offset_y: u32,
}

impl Placement {
    /// A whole page of `page_width`×`page_height` points rendered `width_px`×`height_px`.
    pub fn page(page_width: f32, page_height: f32, width_px: u32, height_px: u32) -> Placement {
        Placement {
            page_width,
            page_height,
            scale_x: width_px as f32 / page_width.max(1.0),
            scale_y: height_px as f32 / page_height.max(1.0),
            offset_x: 0,
            offset_y: 0,
        }
    }

    /// The same page, for a crop starting at pixel (`x`, `y`).
    pub fn crop(self, x: u32, y: u32) -> Placement {
        Placement { offset_x: self.offset_x + x, offset_y: self.offset_y + y, ..self }
    }

    /// A pixel box of the image (`left, top, width, height`) in PDF points.
    pub fn to_points(&self, left: u32, top: u32, width: u32, height: u32) -> BBox {
        let x0 = (left + self.offset_x) as f32 / self.scale_x;
        let x1 = (left + self.offset_x + width) as f32 / self.scale_x;
        let top_pt = (top + self.offset_y) as f32 / self.scale_y;
        let bottom_pt = (top + self.offset_y + height) as f32 / self.scale_y;
        [x0, self.page_height - bottom_pt, x1, self.page_height - top_pt]
    }

    /// A box in points as pixels of this image `[x0, y0, x1, y1]` (origin top-left), clamped at 0.
    pub fn to_pixels(&self, b: BBox) -> [i64; 4] {
        let ox = self.offset_x as f32;
        let oy = self.offset_y as f32;
        [
            (b[0] * self.scale_x - ox).floor() as i64,
            ((self.page_height - b[3]) * self.scale_y - oy).floor() as i64,
            (b[2] * self.scale_x - ox).ceil() as i64,
            ((self.page_height - b[1]) * self.scale_y - oy).ceil() as i64,
        ]
    }
}

/// One recognised word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub text: String,
    /// In PDF points of the page.
    pub bbox: BBox,
    /// Tesseract's confidence, 0–1.
    pub confidence: f32,
    /// Words of one line share it (block, paragraph and line numbers of the TSV, made unique per call).
    pub line: u32,
    /// The same for paragraphs: a new paragraph starts a new run of text for the detector.
    pub paragraph: u32,
    /// Where the word sits in the image that was read: `[x0, y0, x1, y1]` pixels (origin top-left).
    #[serde(skip)]
    pub pixels: [u32; 4],
}

/// How a page was read (`scan-json.md`, "How each page was read").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum How {
    /// The text layer only.
    #[serde(rename = "text")]
    Text,
    /// The page image only (no usable text layer, or ink the text layer did not explain).
    #[serde(rename = "ocr")]
    Ocr,
    /// Both: images inside the page, or ink the text layer did not explain, were read too.
    #[serde(rename = "text+ocr")]
    TextAndOcr,
}

/// How one page was read, as the scan reports it and the gate judges it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PageRead {
    pub page: u32,
    pub how: How,
    /// The mean word confidence, 0–1; `None` when nothing was read by OCR.
    pub ocr_confidence: Option<f32>,
    /// What was measured (words, low-confidence words, unexplained ink); `None` without OCR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<Quality>,
    /// OCR was needed but could not run (Swedish); the page then stays "kan inte granskas".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr_error: Option<String>,
    /// Why OCR was run on the page (Swedish), e.g. "sidan saknar textlager".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr_reason: Option<String>,
    /// Whether the page counts as reviewed depends on this reading: the page (or a large part of
    /// it) holds nothing else. The gate judges such a page's [`Quality`] again with the rules in force.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub judged: bool,
}

impl PageRead {
    pub fn text(page: u32) -> PageRead {
        PageRead { page, how: How::Text, ocr_confidence: None, quality: None, ocr_error: None, ocr_reason: None, judged: false }
    }

    pub fn used_ocr(&self) -> bool {
        self.how != How::Text
    }
}

/// The explanation's suffix on a finding read by OCR: "läst med OCR (säkerhet 91 %)".
pub fn explanation_suffix(confidence: f32) -> String {
    format!("läst med OCR (säkerhet {} %)", (confidence * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_maps_pixels_to_points_and_back() {
        // An A4 page (595×842 pt) at 300 dpi: 2480×3508 px.
        let p = Placement::page(595.0, 842.0, 2480, 3508);
        let b = p.to_points(240, 252, 128, 44);
        assert!((b[0] - 240.0 / (2480.0 / 595.0)).abs() < 0.01);
        assert!(b[3] > b[1] && b[2] > b[0]);
        assert!((b[3] - (842.0 - 252.0 * 842.0 / 3508.0)).abs() < 0.05, "{b:?}");
        let px = p.to_pixels(b);
        assert!((px[0] - 240).abs() <= 1 && (px[1] - 252).abs() <= 1 && (px[2] - 368).abs() <= 1 && (px[3] - 296).abs() <= 1, "{px:?}");
        // A crop: the same word found in a crop at (200, 200) lands on the same points.
        let c = p.crop(200, 200);
        let bc = c.to_points(40, 52, 128, 44);
        for k in 0..4 {
            assert!((bc[k] - b[k]).abs() < 0.01);
        }
    }

    #[test]
    fn crop_and_pgm() {
        let g = Gray::new(4, 3, (0..12).collect());
        let c = g.crop(1, 1, 3, 3);
        assert_eq!((c.width, c.height, c.pixels.clone()), (2, 2, vec![5, 6, 9, 10]));
        let pgm = c.to_pgm();
        assert!(pgm.starts_with(b"P5\n2 2\n255\n"));
        assert_eq!(&pgm[pgm.len() - 4..], &[5, 6, 9, 10]);
        assert_eq!(g.crop(3, 2, 10, 10).pixels, vec![11]);
    }

    #[test]
    fn page_read_json_matches_the_spec() {
        let r = PageRead { ocr_confidence: Some(0.91), how: How::TextAndOcr, ..PageRead::text(3) };
        let v = serde_json::to_string(&r).unwrap();
        assert!(v.contains("\"how\":\"text+ocr\"") && v.contains("\"ocr_confidence\":0.91") && v.contains("\"page\":3"), "{v}");
        assert!(!v.contains("ocr_error"), "empty fields are left out: {v}");
        let back: PageRead = serde_json::from_str(r#"{"page":1,"how":"ocr","ocr_confidence":null}"#).unwrap();
        assert_eq!(back.how, How::Ocr);
    }
}
