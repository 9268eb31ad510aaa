//! Proving a copy before it may be published. Every check reads the copy itself, as a reader
//! (or a reader's tool) would; a check that cannot run refuses the copy (fail closed).

use crate::encode::box_pixels;
use crate::{BBox, MaskPlan, Refused};
use diarievakt_pdf::ScanOptions;
use pdfium_render::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// What was proven about a copy, in Swedish, for the audit trail and the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verification {
    pub checks: Vec<String>,
    pub pages: u32,
    /// Pages the fresh scan read by OCR.
    pub ocr_pages: u32,
}

/// Lower-case letter-and-digit runs: how two texts are compared, whatever the spacing.
fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(|t| t.to_lowercase()).collect()
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

/// Does `text` hold `needle` (as a run of words, or – for numbers such as personnummer – as its
/// digits, however they are spaced or split)?
fn holds(text_tokens: &[String], text_digits: &str, needle: &str, labels: &HashSet<String>) -> bool {
    let want: Vec<String> = tokens(needle).into_iter().filter(|t| !labels.contains(t)).collect();
    if !want.is_empty() && text_tokens.windows(want.len()).any(|w| w == want.as_slice()) {
        return true;
    }
    let d = digits(needle);
    d.len() >= 6 && text_digits.contains(&d)
}

fn area(b: BBox) -> f32 {
    (b[2] - b[0]).max(0.0) * (b[3] - b[1]).max(0.0)
}

fn overlap(a: BBox, b: BBox) -> f32 {
    area([a[0].max(b[0]), a[1].max(b[1]), a[2].min(b[2]), a[3].min(b[3])])
}

/// Checks `copy` (the masked copy of a file, `pages` pages) against `plan`.
pub fn verify(copy: &[u8], plan: &MaskPlan, pages: u32, scan: &ScanOptions) -> Result<Verification, Refused> {
    verify_with(copy, plan, pages, scan, |_| {})
}

/// [`verify`], telling how the fresh scan goes (it reads every page by OCR: seconds per page).
pub fn verify_with(
    copy: &[u8],
    plan: &MaskPlan,
    pages: u32,
    scan: &ScanOptions,
    progress: impl FnMut(diarievakt_pdf::ScanProgress),
) -> Result<Verification, Refused> {
    let mut problems = Vec::new();
    let mut checks = Vec::new();
    let strings = plan.masked_strings();
    let labels: HashSet<String> =
        plan.areas.iter().map(|a| a.label.as_str()).chain(plan.whole_pages.iter().map(|w| w.1.as_str())).flat_map(tokens).collect();

    let mut label_texts: Vec<String> =
        plan.areas.iter().map(|a| a.label.to_lowercase()).chain(plan.whole_pages.iter().map(|w| w.1.to_lowercase())).collect();
    label_texts.sort_by_key(|l| std::cmp::Reverse(l.len()));
    label_texts.dedup();

    // (d) Nothing but pages.
    let structure = crate::structure_problems(copy, pages);
    if structure.is_empty() {
        checks.push(
            "Kopian innehåller bara sidor: inga kommentarer, formulär, bilagor, skript, metadata, bokmärken eller tidigare versioner."
                .into(),
        );
    }
    problems.extend(structure);

    // (a) Text, by two extractors: only the masks' labels may be there.
    let mut extracted: Vec<(&str, String)> = Vec::new();
    match diarievakt_pdf::extract_bytes(copy) {
        Ok(p) => extracted.push(("PDFium", p.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join("\n"))),
        Err(e) => problems.push(format!("Kopian kunde inte läsas med PDFium: {e}")),
    }
    match pdftotext(copy) {
        Ok(t) => extracted.push(("pdftotext", t)),
        Err(e) => problems.push(e),
    }
    for (tool, text) in &extracted {
        // The labels are left out first: a label read between two words, or run together with
        // one (pdftotext joins text that overlaps), must not hide them.
        let mut plain = text.to_lowercase();
        for l in &label_texts {
            plain = plain.replace(l.as_str(), " ");
        }
        let tt: Vec<String> = tokens(&plain).into_iter().filter(|t| !labels.contains(t)).collect();
        let td = digits(text);
        let found: Vec<&String> = strings.iter().filter(|s| holds(&tt, &td, s, &labels)).collect();
        let other = tt.len();
        if !found.is_empty() {
            problems.push(format!("{} av de maskerade uppgifterna kan läsas ut ur kopian med {tool}.", found.len()));
        } else if other > 0 {
            problems.push(format!("Kopian innehåller text ({other} ord) som {tool} kan läsa ut, utöver maskeringarnas etiketter."));
        } else {
            checks.push(format!("Ingen text utöver maskeringarnas etiketter kan läsas ut med {tool}."));
        }
    }

    // (c) Every mask is solid in the copy as it is drawn.
    match solid(copy, plan) {
        Ok(0) => {}
        Ok(n) => checks.push(format!("Alla {n} maskerade områden är helt täckta i kopian.")),
        Err(e) => problems.push(e),
    }

    // (b) A fresh scan of the copy, reading every page by OCR, finds nothing that was masked.
    let report = diarievakt_pdf::scan_bytes_opts("kopia", String::new(), copy, &ScanOptions { ocr: true, ..scan.clone() }, progress);
    let ocr_pages = report.pages_read.iter().filter(|p| p.used_ocr()).count() as u32;
    if let Some(e) = &report.error {
        problems.push(format!("Kopian kunde inte granskas på nytt: {e}"));
    } else if !scan.ocr || ocr_pages == 0 && pages > 0 {
        problems.push("Kopian kunde inte läsas med OCR, så det går inte att visa att det maskerade är borta.".into());
    } else {
        let mut seen = 0;
        for f in &report.findings {
            let t = tokens(&f.text);
            if !t.is_empty() && t.iter().all(|w| labels.contains(w)) {
                continue; // the label on a mask, read back
            }
            let fboxes = f.boxes.clone().unwrap_or_else(|| vec![f.bbox]);
            let under_mask = plan
                .areas
                .iter()
                .filter(|a| a.page == f.page)
                .flat_map(|a| a.boxes.iter())
                .any(|m| fboxes.iter().any(|b| overlap(*b, *m) > 0.25 * area(*b)))
                || plan.whole_pages.iter().any(|w| w.0 == f.page);
            let (tt, td) = (t.clone(), digits(&f.text));
            let same = strings.iter().any(|s| holds(&tt, &td, s, &labels) || holds(&tokens(s), &digits(s), &f.text, &labels));
            if under_mask || same {
                seen += 1;
                problems.push(format!(
                    "En ny granskning av kopian hittar fortfarande {} på sidan {}{}.",
                    f.category.label_sv().to_lowercase(),
                    f.page,
                    if under_mask { " under en maskering" } else { "" }
                ));
            }
        }
        if seen == 0 {
            checks.push(format!("En ny granskning av kopian med OCR ({ocr_pages} av {pages} sidor) hittar inget av det som maskerades."));
        }
    }

    problems.sort();
    problems.dedup();
    if problems.is_empty() {
        Ok(Verification { checks, pages, ocr_pages })
    } else {
        Err(Refused { reasons: problems })
    }
}

/// Text as poppler's `pdftotext` reads it (a second extractor, which also reads form fields).
fn pdftotext(copy: &[u8]) -> Result<String, String> {
    let dir =
        tempfile::tempdir().map_err(|e| format!("Kopian kunde inte kontrolleras med pdftotext ({}).", diarievakt_pdf::io_error_sv(&e)))?;
    let path = dir.path().join("kopia.pdf");
    std::fs::write(&path, copy)
        .map_err(|e| format!("Kopian kunde inte kontrolleras med pdftotext ({}).", diarievakt_pdf::io_error_sv(&e)))?;
    let out = std::process::Command::new("pdftotext").args(["-q", "-enc", "UTF-8"]).arg(&path).arg("-").output();
    match out {
        Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => Err(format!("pdftotext kunde inte läsa kopian (slutstatus {}).", o.status.code().unwrap_or(-1))),
        Err(_) => Err("pdftotext (Debian-paketet poppler-utils) saknas, så kopian kan inte kontrolleras och godtas inte.".into()),
    }
}

/// Renders every masked page of the copy and checks that each mask is dark all through (its
/// label aside). Returns the number of masks checked.
fn solid(copy: &[u8], plan: &MaskPlan) -> Result<usize, String> {
    let pdfium = diarievakt_pdf::pdfium().map_err(|e| e.to_string())?;
    let doc = diarievakt_pdf::extract::open_bytes(pdfium, copy).map_err(|e| format!("Kopian kunde inte öppnas: {e}"))?;
    let mut masked_pages: Vec<u32> = plan.areas.iter().map(|a| a.page).chain(plan.whole_pages.iter().map(|w| w.0)).collect();
    masked_pages.sort_unstable();
    masked_pages.dedup();
    let mut checked = 0;
    let mut bad = Vec::new();
    for p in masked_pages {
        let page = doc.pages().get((p - 1) as PdfPageIndex).map_err(|_| format!("Kopian saknar sidan {p}."))?;
        let (pw, ph) = (page.width().value, page.height().value);
        let cfg = PdfRenderConfig::new().set_target_width(((pw / 72.0) * 100.0) as Pixels);
        let img = page
            .render_with_config(&cfg)
            .and_then(|b| b.as_image())
            .map_err(|e| format!("Kopians sida {p} kunde inte ritas ({e:?})."))?
            .into_luma8();
        let (w, h) = img.dimensions();
        let whole = plan.whole_pages.iter().any(|x| x.0 == p);
        let boxes: Vec<BBox> = if whole {
            vec![[0.0, 0.0, pw, ph]]
        } else {
            plan.areas.iter().filter(|a| a.page == p).flat_map(|a| a.boxes.clone()).collect()
        };
        for b in boxes {
            checked += 1;
            // The mask as given, without the padding: every pixel inside must be covered.
            let Some(r) = box_pixels(b, -1.0, pw, ph, w, h) else { continue };
            let (mut dark, mut all) = (0u64, 0u64);
            for y in r[1]..r[3] {
                for x in r[0]..r[2] {
                    all += 1;
                    if img.get_pixel(x, y).0[0] < 80 {
                        dark += 1;
                    }
                }
            }
            if all > 0 && dark * 100 < all * 75 {
                bad.push(p);
            }
        }
    }
    bad.dedup();
    if bad.is_empty() {
        Ok(checked)
    } else {
        Err(format!(
            "En maskering är inte helt täckt i kopian (sidan {}).",
            bad.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ")
        ))
    }
}
