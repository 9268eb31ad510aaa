//! OCR through the real PDFium and the real Tesseract (issue 12), on PDFs made at test time by
//! `tests/fixtures/ocr_pdfs.py` (pillow, fpdf2, ghostscript): a scanned letter, the same letter
//! badly scanned, a handwriting-like page, a digital page with a pasted scan, and a participant
//! list with six personnummer as text and as outlines.

use diarievakt_detect::Category;
use diarievakt_pdf::{render_page, scan_bytes_opts, How, ScanOptions, ScanReport, Source};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("diarievakt-ocr-pdf-{}", std::process::id()));
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ocr_pdfs.py");
        let st = std::process::Command::new("python3").arg(&script).arg(&dir).status().expect("python3 runs");
        assert!(st.success(), "the fixture script failed (needs pillow, fpdf2, ghostscript: scripts/setup.sh)");
        dir
    })
}

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap()
}

fn scan(name: &str, opts: &ScanOptions) -> ScanReport {
    scan_bytes_opts(name, "x".into(), &bytes(name), opts, |_| {})
}

fn layout() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(fixtures().join("layout.json")).unwrap()).unwrap()
}

/// The box (points) where the letter drew `word`.
fn drawn(word: &str) -> [f32; 4] {
    let l = layout();
    let w = l["words"].as_array().unwrap().iter().find(|w| w["text"].as_str().unwrap().trim_end_matches(',') == word).expect(word);
    let b: Vec<f32> = w["box"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
    [b[0], b[1], b[2], b[3]]
}

fn overlap(a: [f32; 4], b: [f32; 4]) -> f32 {
    let w = (a[2].min(b[2]) - a[0].max(b[0])).max(0.0);
    let h = (a[3].min(b[3]) - a[1].max(b[1])).max(0.0);
    w * h / ((b[2] - b[0]) * (b[3] - b[1]))
}

fn find<'a>(r: &'a ScanReport, cat: Category, text: &str) -> &'a diarievakt_pdf::ScanFinding {
    r.findings.iter().find(|f| f.category == cat && f.text.contains(text)).unwrap_or_else(|| panic!("{cat:?} {text} in {:#?}", r.findings))
}

fn pnr() -> String {
    layout()["pnr"].as_str().unwrap().to_string()
}

/// Share of dark pixels inside `b` (points) on the page rendered `w` px wide.
fn ink_in(pdf: &[u8], b: [f32; 4], w: u32) -> f32 {
    let r = render_page(pdf, 1, w, &[]).unwrap();
    let img = image::load_from_memory(&r.png).unwrap().to_luma8();
    let s = w as f32 / 595.28;
    let (x0, x1) = ((b[0] * s) as u32, (b[2] * s) as u32);
    let (y0, y1) = (((841.89 - b[3]) * s) as u32, ((841.89 - b[1]) * s) as u32);
    let (mut dark, mut all) = (0, 0);
    for y in y0..y1 {
        for x in x0..x1 {
            all += 1;
            dark += (img.get_pixel(x, y).0[0] < 128) as u32;
        }
    }
    dark as f32 / all.max(1) as f32
}

#[test]
fn a_scanned_letter_is_read_and_its_findings_sit_on_their_words() {
    let r = scan("brev.pdf", &ScanOptions::default());
    assert_eq!(r.error, None);
    assert_eq!(r.pages_read.len(), 1);
    let p = &r.pages_read[0];
    assert_eq!(p.how, How::Ocr);
    assert!(p.ocr_confidence.unwrap() > 0.85, "{p:?}");
    assert!(r.pages_without_text.is_empty(), "a page read well enough leaves pages_without_text: {p:?}");
    let pnr = pnr();
    let id = find(&r, Category::PersonalId, &pnr);
    assert_eq!(id.text, pnr);
    assert_eq!(id.source, Some(Source::Ocr));
    assert!(id.explanation.contains("läst med OCR (säkerhet "), "{}", id.explanation);
    // Each finding's box covers the word the letter drew there (boxes in PDF points).
    assert!(overlap(id.bbox, drawn(&pnr)) > 0.8, "{:?} vs {:?}", id.bbox, drawn(&pnr));
    let name = find(&r, Category::Name, "Anna Lindberg");
    assert!(overlap(name.bbox, drawn("Anna")) > 0.8 && overlap(name.bbox, drawn("Lindberg")) > 0.8, "{:?}", name.bbox);
    let health = find(&r, Category::Health, "diabetes");
    assert!(overlap(health.bbox, drawn("diabetes")) > 0.8, "{:?}", health.bbox);
}

#[test]
fn a_badly_scanned_letter_is_still_read_and_highlighted_on_its_words() {
    // 200 dpi, rotated 2°, speckled, JPEG quality 35.
    let pdf = bytes("brev-dalig.pdf");
    let r = scan_bytes_opts("brev-dalig.pdf", "x".into(), &pdf, &ScanOptions::default(), |_| {});
    let pnr = pnr();
    for (cat, text, word) in [
        (Category::PersonalId, pnr.as_str(), pnr.as_str()),
        (Category::Name, "Anna Lindberg", "Lindberg"),
        (Category::Health, "diabetes", "diabetes"),
    ] {
        let f = find(&r, cat, text);
        // The rotation moves words a few points from where they were drawn, never a line away.
        let d = drawn(word);
        assert!((f.bbox[1] - d[1]).abs() < 14.0 && f.bbox[3] - f.bbox[1] < 20.0, "{cat:?}: {:?} vs {d:?}", f.bbox);
        // A pixel test on the rendered page: the highlight frames ink (the word), not empty paper.
        assert!(ink_in(&pdf, f.bbox, 1240) > 0.08, "{cat:?}: no ink under {:?}", f.bbox);
    }
}

#[test]
fn handwriting_stays_flagged_with_its_measures() {
    let r = scan("handskrift.pdf", &ScanOptions::default());
    assert_eq!(r.pages_without_text, [1], "{:?}", r.pages_read);
    let q = r.pages_read[0].quality.expect("measured");
    assert!(!ScanOptions::default().policy().readable(&q), "{q:?}");
    assert!(q.unexplained_ink > 0.5, "most of the ink is not text that was read: {q:?}");
    assert!(r.pages_read[0].judged);
}

#[test]
fn an_image_inside_a_text_page_is_read_and_found_on_the_image() {
    let r = scan("bild-i-text.pdf", &ScanOptions::default());
    let p = &r.pages_read[0];
    assert_eq!(p.how, How::TextAndOcr, "{p:?}");
    let want = layout()["people"][1][1].as_str().unwrap().to_string();
    let f = find(&r, Category::PersonalId, &want);
    assert_eq!(f.source, Some(Source::Ocr));
    // The image is placed at x 72–492, y 260–470 from the top of the page.
    let img = [72.0, 841.89 - 470.0, 492.0, 841.89 - 260.0];
    assert!(f.bbox[0] >= img[0] && f.bbox[2] <= img[2] && f.bbox[1] >= img[1] && f.bbox[3] <= img[3], "{:?}", f.bbox);
    assert!(r.pages_without_text.is_empty(), "the image was read well: {p:?}");
    // The text layer's own findings are still there, from the text layer.
    assert!(r.findings.iter().all(|f| f.source == Some(Source::Ocr) || f.source.is_none()));
}

#[test]
fn outlined_text_is_read_by_ocr_and_never_passes_as_clean() {
    // The case: a participant list with six personnummer drawn as outlines.
    let r = scan("deltagare-konturer.pdf", &ScanOptions::default());
    let p = &r.pages_read[0];
    assert_eq!(p.how, How::Ocr, "{p:?}");
    assert!(p.ocr_reason.as_deref().unwrap().contains("konturer"));
    let people = layout()["people"].as_array().unwrap().clone();
    for person in &people {
        let pnr = person[1].as_str().unwrap();
        let f = find(&r, Category::PersonalId, pnr);
        assert_eq!(f.source, Some(Source::Ocr));
    }
    // The same list as text: read from the text layer, nothing rendered for OCR.
    let t = scan("deltagare.pdf", &ScanOptions::default());
    assert_eq!(t.pages_read[0].how, How::Text);
    assert_eq!(t.findings.iter().filter(|f| f.category == Category::PersonalId).count(), people.len());
    // The boxes agree: OCR's box for a personnummer lies on the text layer's box for it.
    let pnr = people[0][1].as_str().unwrap();
    let (a, b) = (find(&r, Category::PersonalId, pnr).bbox, find(&t, Category::PersonalId, pnr).bbox);
    assert!(overlap(b, a) > 0.7, "{a:?} vs {b:?}");
}

#[test]
fn without_ocr_every_page_that_needs_it_is_flagged() {
    let off = ScanOptions::with_ocr(false);
    for name in ["brev.pdf", "deltagare-konturer.pdf", "bild-i-text.pdf", "handskrift.pdf"] {
        let r = scan(name, &off);
        assert_eq!(r.pages_without_text, [1], "{name}: {:?}", r.pages_read);
        assert!(r.pages_read[0].ocr_error.as_deref().unwrap().contains("OCR är avstängt"), "{name}");
        assert!(r.findings.iter().all(|f| f.source.is_none()), "{name}: nothing was read by OCR");
    }
    assert!(scan("deltagare.pdf", &off).pages_without_text.is_empty());
}

/// The cheap ink test costs text pages nothing: not one text page of the shared development corpus
/// is read by OCR, and every page the corpus marks as scanned is.
#[test]
fn the_corpus_text_pages_are_not_read_by_ocr() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
    let (mut text_pages, mut needless) = (0, Vec::new());
    for doc in gold.as_array().unwrap() {
        let file = doc["file"].as_str().unwrap();
        let scanned: Vec<u64> = doc["pages_without_text"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let r = scan_bytes_opts(file, "x".into(), &bytes, &ScanOptions::with_ocr(false), |_| {});
        for p in &r.pages_read {
            if scanned.contains(&(p.page as u64)) {
                assert_eq!(p.how, How::Ocr, "{file} page {}", p.page);
            } else {
                text_pages += 1;
                if p.how != How::Text {
                    needless.push(format!("{file} s. {}: {:?}", p.page, p.ocr_reason));
                }
            }
        }
    }
    assert!(text_pages > 40);
    assert!(needless.is_empty(), "text pages sent to OCR: {needless:?}");
}
