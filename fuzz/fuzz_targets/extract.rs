//! Whole PDF bytes through PDFium and the text reconstruction (`diarievakt_pdf::extract_bytes`).
//!
//! Needs `DIARIEVAKT_PDFIUM` (scripts/fuzz.sh sets it to vendor/pdfium/libpdfium.so). PDFium is a
//! prebuilt, uninstrumented C++ library: coverage comes from our Rust code and pdfium-render only,
//! and a crash *inside* PDFium (a SIGSEGV without a Rust panic message) is a hostile input for the
//! worker process, kept under fuzz/regressions/pdfium-crash/, not a bug in this crate.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let pages = match diarievakt_pdf::extract_bytes(data) {
        Ok(pages) => pages,
        // A fuzzer without PDFium would only ever see this error: stop at once instead.
        Err(diarievakt_pdf::PdfError::LibraryMissing(e)) => panic!("PDFium not bound (set DIARIEVAKT_PDFIUM): {e}"),
        Err(_) => return,
    };
    assert!(!pages.is_empty(), "Ok with no pages");
    for (i, p) in pages.iter().enumerate() {
        assert_eq!(p.page as usize, i + 1, "page numbers not 1, 2, …");
        assert_eq!(p.offsets.len(), p.boxes.len(), "page {}: {} offsets, {} boxes", p.page, p.offsets.len(), p.boxes.len());
        let mut prev: Option<usize> = None;
        for &o in &p.offsets {
            assert!(o < p.text.len(), "page {}: offset {o} outside a text of {} bytes", p.page, p.text.len());
            assert!(p.text.is_char_boundary(o), "page {}: offset {o} not on a char boundary", p.page);
            assert!(prev.is_none_or(|q| o > q), "page {}: offsets not strictly increasing at {o}", p.page);
            prev = Some(o);
        }
        // One offset per character of the text.
        assert_eq!(p.offsets.len(), p.text.chars().count(), "page {}: offsets do not cover every character", p.page);
        for b in p.boxes.iter().flatten() {
            assert!(b[2] >= b[0] && b[3] >= b[1], "page {}: inverted box {b:?}", p.page);
        }
        let lines = p.boxes_for(0, p.text.len());
        assert!(lines.len() <= p.boxes.len());
        let _ = p.boxes_for(p.text.len() / 2, p.text.len());
        let _ = p.without_text();
    }
});
