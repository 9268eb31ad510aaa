//! Scanning a PDF for personal data: page text through [`crate::extract`], findings through
//! `diarievakt-detect`, mapped back to boxes on the page. The result is the JSON of
//! `scan-json.md`.

use crate::extract::{extract_bytes_with, BBox, PageText};
use crate::library::PdfError;
use diarievakt_detect::{detect, Category, Severity};
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScanReport {
    pub file: String,
    pub sha256: String,
    pub pages: u32,
    pub pages_without_text: Vec<u32>,
    pub findings: Vec<ScanFinding>,
    pub error: Option<String>,
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

/// Findings on one page of text.
pub fn scan_page(p: &PageText) -> Vec<ScanFinding> {
    detect(&p.text)
        .into_iter()
        .filter_map(|f| {
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
            })
        })
        .collect()
}

/// Scans bytes already read; `file` names them in the report.
pub fn scan_bytes(file: &str, bytes: &[u8]) -> ScanReport {
    let sha256 = hex::encode(Sha256::digest(bytes));
    scan_bytes_with(file, sha256, bytes, |_, _| {})
}

/// Scans bytes whose SHA-256 is already known, telling `progress(pages_done, pages)` after each
/// page's text is read (for a progress bar). Never fails: what cannot be read is in `error`.
pub fn scan_bytes_with(file: &str, sha256: String, bytes: &[u8], progress: impl FnMut(u32, u32)) -> ScanReport {
    match extract_bytes_with(bytes, progress) {
        Ok(pages) => ScanReport {
            file: file.into(),
            sha256,
            pages: pages.len() as u32,
            pages_without_text: pages.iter().filter(|p| p.without_text()).map(|p| p.page).collect(),
            findings: pages.iter().flat_map(scan_page).collect(),
            // What PDFium could read is shown, but a file it had to repair is never clean: another
            // reader may show more than was reviewed.
            error: crate::structure::damage(bytes).map(|why| {
                format!("Filen är skadad ({why}). PDF-läsaren har reparerat den för att visa den, men en annan läsare kan visa mer än det som granskades. Begär en ny fil från avsändaren.")
            }),
        },
        Err(e) => ScanReport { file: file.into(), sha256, pages: 0, pages_without_text: vec![], findings: vec![], error: Some(e.to_string()) },
    }
}

/// Scans one file. Never fails: what cannot be read is reported in `error`.
pub fn scan_file(path: &Path) -> ScanReport {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => scan_bytes(&name, &bytes),
        Err(e) => ScanReport {
            file: name,
            sha256: String::new(),
            pages: 0,
            pages_without_text: vec![],
            findings: vec![],
            error: Some(PdfError::Io(crate::io_error_sv(&e)).to_string()),
        },
    }
}
