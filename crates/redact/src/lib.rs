//! Masked copies (*maskerad kopia*, issue 14): the data decided *Får inte publiceras* really gone,
//! proven before anything leaves.
//!
//! A black box drawn over text is not a redaction: the text stays in the file under the box. So the
//! copy is never an edited original. Every page is rendered to pixels (without annotations or form
//! fields), the masked areas are filled solid in those pixels, and the pixels are written as a new
//! PDF of image pages ([`write`]). Nothing of the original's objects survives: no text layer, fonts,
//! hidden or white text, text outside the page box, images under images, annotations, forms,
//! attachments, JavaScript, links, bookmarks, optional content, Info dictionary, XMP or earlier
//! revisions. The price is a copy without a text layer (a reader cannot search it) and larger than
//! a text PDF; see `encode` for how a 10-page letter stays well under a megabyte.
//!
//! Why every page and not only the masked ones: a page copied as objects carries whatever the
//! original put there – including what a reader never sees – and proving such a page clean is the
//! hard problem this crate exists to avoid. A rasterised page holds exactly what the review saw.
//!
//! [`verify`] then re-opens the copy and proves, failing closed, that (a) no masked string can be
//! extracted by PDFium or by poppler's `pdftotext`, (b) a fresh scan of the copy with OCR finds
//! none of them, (c) every masked area is solid in the rendered copy, and (d) the file holds nothing
//! but pages (an independent parser, lopdf, walks every object against a whitelist).

mod encode;
mod structure;
pub mod testing;
mod verify;
mod write;

use serde::{Deserialize, Serialize};

pub use structure::structure_problems;
pub use verify::{verify, verify_with, Verification};

/// A box in PDF points: `[left, bottom, right, top]`, origin bottom-left (as in `scan-json.md`).
pub type BBox = [f32; 4];

/// One masked area on a page, with the label shown on it ("Personnummer", "Hälsa" …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MaskArea {
    /// 1-based.
    pub page: u32,
    /// One box per line when the masked text wraps; the label goes on the first.
    pub boxes: Vec<BBox>,
    pub label: String,
    /// The text under the mask (what verification must not find in the copy); empty for a
    /// region drawn by hand.
    #[serde(default)]
    pub text: String,
}

/// What to mask: areas, and pages masked whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MaskPlan {
    pub areas: Vec<MaskArea>,
    /// Pages masked whole (1-based), with the label shown on them.
    #[serde(default)]
    pub whole_pages: Vec<(u32, String)>,
}

impl MaskPlan {
    /// The strings that must not be readable in the copy.
    pub fn masked_strings(&self) -> Vec<String> {
        let mut v: Vec<String> = self.areas.iter().map(|a| a.text.trim().to_string()).filter(|t| !t.is_empty()).collect();
        v.sort();
        v.dedup();
        v
    }

    pub fn is_empty(&self) -> bool {
        self.areas.is_empty() && self.whole_pages.is_empty()
    }
}

/// How the copy is made.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MaskOptions {
    /// Resolution of text-like pages (stored 1 bit per pixel).
    pub text_dpi: u32,
    /// Resolution of pages with photos or colour (stored as JPEG).
    pub photo_dpi: u32,
    pub jpeg_quality: u8,
    /// Points added on every side of a box: the characters' boxes are tight, ink is not.
    pub padding: f32,
}

impl Default for MaskOptions {
    fn default() -> Self {
        MaskOptions { text_dpi: 200, photo_dpi: 150, jpeg_quality: 70, padding: 1.5 }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RedactError {
    #[error(transparent)]
    Pdf(#[from] diarievakt_pdf::PdfError),
    #[error("Maskeringen avser sidan {0}, men filen har {1} sidor.")]
    NoSuchPage(u32, u32),
    #[error("Den maskerade kopian kunde inte skapas: {0}")]
    Failed(String),
}

/// A finished masked copy.
#[derive(Debug, Clone)]
pub struct MaskedCopy {
    pub pdf: Vec<u8>,
    pub pages: u32,
    /// How each page was stored, for the benchmark and the figures.
    pub encodings: Vec<encode::Encoding>,
}

pub use encode::Encoding;

/// Makes the masked copy of `original` (no verification: see [`verify`]).
pub fn mask(original: &[u8], plan: &MaskPlan, opts: &MaskOptions) -> Result<MaskedCopy, RedactError> {
    let pdfium = diarievakt_pdf::pdfium()?;
    let doc = diarievakt_pdf::extract::open_bytes(pdfium, original)?;
    let all = diarievakt_pdf::extract::pages(&doc)?;
    let n = all.len() as u32;
    for p in plan.areas.iter().map(|a| a.page).chain(plan.whole_pages.iter().map(|w| w.0)) {
        if p == 0 || p > n {
            return Err(RedactError::NoSuchPage(p, n));
        }
    }
    let mut pages = Vec::with_capacity(n as usize);
    for (i, page) in all.enumerate() {
        let page = page?;
        let number = i as u32 + 1;
        let whole = plan.whole_pages.iter().find(|w| w.0 == number).map(|w| w.1.clone());
        let areas: Vec<&MaskArea> = plan.areas.iter().filter(|a| a.page == number).collect();
        pages.push(encode::page(&page, &areas, whole.as_deref(), opts)?);
    }
    let encodings = pages.iter().map(|p| p.encoding).collect();
    Ok(MaskedCopy { pdf: write::pdf(&pages), pages: n, encodings })
}

/// Makes the copy and verifies it; a copy that fails verification is an error with the reasons.
pub fn redact(
    original: &[u8],
    plan: &MaskPlan,
    opts: &MaskOptions,
    scan: &diarievakt_pdf::ScanOptions,
) -> Result<(MaskedCopy, Verification), Refused> {
    let copy = mask(original, plan, opts).map_err(|e| Refused { reasons: vec![e.to_string()] })?;
    let v = verify(&copy.pdf, plan, copy.pages, scan)?;
    Ok((copy, v))
}

/// Why a copy may not be published: every failed check, in Swedish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[error("Den maskerade kopian godtas inte: {}", reasons.join(" "))]
pub struct Refused {
    pub reasons: Vec<String>,
}
