//! Extraction and scanning with the real PDFium on the shared corpus and on files made to fail.

use diarievakt_pdf::{extract_bytes, scan_bytes, scan_file, PdfError};
use std::path::PathBuf;
use std::process::Command;

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf").join(name)
}

#[test]
fn corpus_text_reads_with_swedish_letters() {
    let pages = extract_bytes(&std::fs::read(corpus("d002.pdf")).unwrap()).unwrap();
    assert_eq!(pages.len(), 2);
    assert!(pages[0].text.starts_with("Klagomål på vården"), "{}", &pages[0].text[..80]);
    assert!(!pages[0].text.contains("  "), "single spaces");
    // Every visible character has a box inside the page.
    for (c, b) in pages[0].text.chars().zip(&pages[0].boxes) {
        if !c.is_whitespace() {
            let b = b.expect("a box for every visible character");
            assert!(b[0] >= 0.0 && b[2] <= 700.0 && b[1] >= 0.0 && b[3] <= 900.0, "{c}: {b:?}");
        }
    }
}

/// The boxes agree with poppler's `pdftotext -bbox` (which counts y from the top).
#[test]
fn boxes_match_poppler() {
    let path = corpus("d002.pdf");
    let pages = extract_bytes(&std::fs::read(&path).unwrap()).unwrap();
    let out = Command::new("pdftotext").args(["-f", "1", "-l", "1", "-bbox"]).arg(&path).arg("-").output().unwrap();
    let xml = String::from_utf8_lossy(&out.stdout);
    let height: f32 =
        xml.split("page width=").nth(1).unwrap().split("height=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
    let word = xml.lines().find(|l| l.contains(">vården<")).expect("poppler finds the word");
    let attr = |k: &str| -> f32 { word.split(&format!("{k}=\"")).nth(1).unwrap().split('"').next().unwrap().parse().unwrap() };
    let start = pages[0].text.find("vården").unwrap();
    let ours = pages[0].boxes_for(start, start + "vården".len());
    assert_eq!(ours.len(), 1);
    let b = ours[0];
    assert!((b[0] - attr("xMin")).abs() < 2.0, "{b:?} vs {word}");
    assert!((b[2] - attr("xMax")).abs() < 2.0, "{b:?} vs {word}");
    assert!((b[3] - (height - attr("yMin"))).abs() < 3.0, "{b:?} vs {word}");
}

#[test]
fn image_only_pages_are_never_clean() {
    // d004 page 1 is a scan (see gold.json): read by OCR, with its personnummer found there; with
    // OCR off it is flagged as before. Either way it never counts as "nothing found".
    let bytes = std::fs::read(corpus("d004.pdf")).unwrap();
    let r = scan_file(&corpus("d004.pdf"));
    assert!(r.error.is_none());
    assert_eq!(r.pages_read[0].how, diarievakt_pdf::How::Ocr);
    assert!(r.findings.iter().any(|f| f.page == 1 && f.category == diarievakt_detect::Category::PersonalId && f.source.is_some()));
    let off = diarievakt_pdf::scan_bytes_opts("d004.pdf", "x".into(), &bytes, &diarievakt_pdf::ScanOptions::with_ocr(false), |_| {});
    assert_eq!(off.pages_without_text, [1]);
    assert!(off.findings.iter().all(|f| f.page != 1));
    let r = scan_file(&corpus("d002.pdf"));
    assert!(r.pages_without_text.is_empty());
}

#[test]
fn findings_carry_page_box_and_reason() {
    let r = scan_file(&corpus("d002.pdf"));
    let pnr = r.findings.iter().find(|f| f.category == diarievakt_detect::Category::PersonalId).expect("the personnummer");
    assert_eq!(pnr.page, 1);
    assert!(pnr.bbox[2] > pnr.bbox[0] && pnr.bbox[3] > pnr.bbox[1]);
    assert!(!pnr.explanation.is_empty());
    assert_eq!(r.sha256.len(), 64);
    let json = serde_json::to_value(&r).unwrap();
    for k in ["file", "sha256", "pages", "pages_without_text", "findings", "error", "pages_read"] {
        assert!(json.get(k).is_some(), "{k}");
    }
}

#[test]
fn bad_files_get_a_swedish_error_and_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(corpus("d002.pdf")).unwrap();
    let r = scan_bytes("brev.pdf", "Hej! Det här är ett brev, ingen PDF.".as_bytes());
    assert_eq!(r.error.as_deref(), Some(PdfError::NotPdf.to_string().as_str()));
    let r = scan_bytes("trasig.pdf", &bytes[..bytes.len() / 4]);
    assert!(r.error.as_deref().unwrap().contains("skadad"), "{r:?}");
    assert!(r.findings.is_empty());
    // An encrypted PDF, made with fpdf2 (installed by scripts/setup.sh).
    let enc = dir.path().join("krypterad.pdf");
    let py = format!(
        "from fpdf import FPDF\npdf = FPDF()\npdf.set_encryption(owner_password='a', user_password='hemligt')\npdf.add_page()\npdf.set_font('helvetica', size=12)\npdf.cell(text='19811218-9876')\npdf.output(r'{}')\n",
        enc.display()
    );
    let ok = Command::new("python3").arg("-c").arg(py).status().unwrap().success();
    assert!(ok, "fpdf2 could not write the encrypted test file");
    let r = scan_file(&enc);
    assert_eq!(r.error.as_deref(), Some(PdfError::Encrypted.to_string().as_str()), "{r:?}");
    let missing = scan_file(&dir.path().join("finns-inte.pdf"));
    assert!(missing.error.unwrap().starts_with("Filen kunde inte läsas"));
}

#[test]
fn words_split_across_lines_are_joined() {
    // A PDF whose lines break inside words, with a hard hyphen and a soft hyphen, made with fpdf2.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("avstavning.pdf");
    let py = format!(
        "from fpdf import FPDF\npdf = FPDF()\npdf.add_page()\npdf.add_font('dv', fname='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')\npdf.set_font('dv', size=12)\nfor line in ['Patienten har varit sjuk-', 'skriven sedan mars och har hälso-', 'och sjukvårdskontakter.']:\n    pdf.cell(text=line, new_x='LMARGIN', new_y='NEXT')\npdf.output(r'{}')\n",
        out.display()
    );
    assert!(Command::new("python3").arg("-c").arg(py).status().unwrap().success());
    let pages = extract_bytes(&std::fs::read(&out).unwrap()).unwrap();
    let t = &pages[0].text;
    assert!(t.contains("sjukskriven"), "{t}");
    assert!(t.contains("hälso- och sjukvårdskontakter"), "{t}");
    let at = t.find("sjukskriven").unwrap();
    assert_eq!(pages[0].boxes_for(at, at + "sjukskriven".len()).len(), 2, "one box per line");
}

/// The fuzzers' findings (`fuzz/regressions/`): a page tree that promises a page PDFium cannot
/// load read as zero pages with no error – clean, and publishable. Every kept input must now be
/// refused with a Swedish error, or read with at least one page.
#[test]
fn fuzz_findings_fail_closed() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/zero-pages");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let r = scan_file(&path);
        assert!(r.pages >= 1 || r.error.is_some(), "{} read as {} pages without an error", path.display(), r.pages);
        if let Some(e) = &r.error {
            assert!(e.contains("skadad"), "{e}");
        }
        assert!(diarievakt_pdf::page_count(&path).is_err_and(|e| e.to_string().contains("kunde inte läsas")), "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 1, "no regression inputs in {}", dir.display());
}
