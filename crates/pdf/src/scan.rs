//! Scanning a PDF for personal data: page text through [`crate::extract`], findings through
//! `diarievakt-detect`, mapped back to boxes on the page. The result is the JSON of
//! `scan-json.md`.

use crate::extract::{BBox, PageText};
use crate::library::PdfError;
pub use crate::read::{ScanOptions, ScanProgress};
use diarievakt_detect::{Category, DocumentContext, Finding, Options, Severity};
use diarievakt_ocr::PageRead;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScanFinding {
    pub page: u32,
    pub category: Category,
    pub severity: Severity,
    pub text: String,
    pub confidence: f32,
    /// Union of the characters' boxes, `[left, bottom, right, top]`.
    pub bbox: BBox,
    /// One box per line when the finding wraps a line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boxes: Option<Vec<BBox>>,
    pub explanation: String,
    /// `ocr` when the finding was read from the page image, not from its text layer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// For a finding read by OCR: the mean confidence of its words, 0–1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr_confidence: Option<f32>,
}

/// Where a finding was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Text,
    Ocr,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScanReport {
    pub file: String,
    pub sha256: String,
    pub pages: u32,
    /// Pages that could not be reviewed: no usable text layer and not read well enough by OCR
    /// (or OCR could not run), outlined text not read, large images not read.
    pub pages_without_text: Vec<u32>,
    pub findings: Vec<ScanFinding>,
    pub error: Option<String>,
    /// How each page was read (`scan-json.md`, "How each page was read"). Empty in reports
    /// written before OCR.
    #[serde(default)]
    pub pages_read: Vec<PageRead>,
}

fn union(bs: &[BBox]) -> BBox {
    let mut u = bs[0];
    for b in &bs[1..] {
        u = [u[0].min(b[0]), u[1].min(b[1]), u[2].max(b[2]), u[3].max(b[3])];
    }
    u
}

fn round(b: BBox) -> BBox {
    b.map(|v| (v * 10.0).round() / 10.0)
}

/// A detector's finding on page `p` as a scan finding with its boxes; `None` when it has no box.
pub(crate) fn to_finding(p: &PageText, f: Finding) -> Option<ScanFinding> {
    let boxes = p.boxes_for(f.start, f.end);
    if boxes.is_empty() {
        return None;
    }
    let text = f.text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(ScanFinding {
        page: p.page,
        category: f.category,
        severity: f.category.severity(),
        text,
        confidence: f.confidence,
        bbox: round(union(&boxes)),
        boxes: (boxes.len() > 1).then(|| boxes.into_iter().map(round).collect()),
        explanation: f.explanation,
        source: None,
        ocr_confidence: None,
    })
}

/// Findings on one page of a document whose earlier pages went through the same `doc` (a surname
/// alone on page 3 of a judgement that named the person on page 1 is found).
pub fn scan_page_in(p: &PageText, doc: &mut DocumentContext) -> Vec<ScanFinding> {
    diarievakt_detect::detect_page(&p.text, &Options::default(), doc).into_iter().filter_map(|f| to_finding(p, f)).collect()
}

/// Scans bytes already read; `file` names them in the report.
pub fn scan_bytes(file: &str, bytes: &[u8]) -> ScanReport {
    let sha256 = hex::encode(Sha256::digest(bytes));
    scan_bytes_with(file, sha256, bytes, |_, _| {})
}

/// Scans bytes whose SHA-256 is already known, with OCR as [`ScanOptions::default`], telling
/// `progress(pages_done, pages)` after each page (for a progress bar). Never fails: what cannot
/// be read is in `error`.
pub fn scan_bytes_with(file: &str, sha256: String, bytes: &[u8], mut progress: impl FnMut(u32, u32)) -> ScanReport {
    scan_bytes_opts(file, sha256, bytes, &ScanOptions::default(), |p| {
        if !p.ocr {
            progress(p.page, p.pages)
        }
    })
}

/// Scans bytes: every page's text layer, and by OCR what the text layer does not hold (see
/// [`crate::read`]). `progress` hears each page when it is done, and each page before OCR starts
/// on it. Never fails: what cannot be read is in `error`.
pub fn scan_bytes_opts(file: &str, sha256: String, bytes: &[u8], opts: &ScanOptions, progress: impl FnMut(ScanProgress)) -> ScanReport {
    scan_bytes_cached(file, sha256, bytes, opts, &[], progress, |_| {})
}

/// [`scan_bytes_opts`] with earlier OCR readings of the file; `on_read` hears each page newly read
/// by OCR (see [`crate::read::read_pages_cached`]).
pub fn scan_bytes_cached(
    file: &str,
    sha256: String,
    bytes: &[u8],
    opts: &ScanOptions,
    cache: &[crate::read::OcrPage],
    progress: impl FnMut(ScanProgress),
    on_read: impl FnMut(&crate::read::OcrPage),
) -> ScanReport {
    match crate::read::read_pages_cached(bytes, opts, cache, progress, on_read) {
        Ok(read) => ScanReport {
            file: file.into(),
            sha256,
            pages: read.pages.len() as u32,
            pages_without_text: read.pages.iter().filter(|p| !p.reviewed).map(|p| p.read.page).collect(),
            findings: read.pages.iter().flat_map(|p| p.findings.iter().cloned()).collect(),
            // What PDFium could read is shown, but a file it had to repair is never clean: another
            // reader may show more than was reviewed.
            error: crate::structure::damage(bytes).map(|why| {
                format!("Filen är skadad ({why}). PDF-läsaren har reparerat den för att visa den, men en annan läsare kan visa mer än det som granskades. Begär en ny fil från avsändaren.")
            }),
            pages_read: read.pages.into_iter().map(|p| p.read).collect(),
        },
        Err(e) => ScanReport { file: file.into(), sha256, error: Some(e.to_string()), ..Default::default() },
    }
}

/// Scans one file. Never fails: what cannot be read is reported in `error`.
pub fn scan_file(path: &Path) -> ScanReport {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => scan_bytes(&name, &bytes),
        Err(e) => ScanReport { file: name, error: Some(PdfError::Io(crate::io_error_sv(&e)).to_string()), ..Default::default() },
    }
}
