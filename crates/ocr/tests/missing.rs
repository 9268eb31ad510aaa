//! Without Tesseract (or without a language model) the OCR crate says so in Swedish; it never
//! returns an empty reading that a caller could take for a clean page. Its own test binary: it
//! sets `DIARIEVAKT_TESSERACT` for this process.

use diarievakt_ocr::{available, recognise, Gray, Languages, OcrError, Placement};

#[test]
fn missing_tesseract_is_a_swedish_error_not_an_empty_page() {
    // Real Tesseract first: it is installed by scripts/setup.sh and reads a blank image as nothing.
    available(&Languages::default()).expect("tesseract with swe and eng (scripts/setup.sh)");
    let e = available(&Languages(vec!["swe".into(), "klingon".into()])).unwrap_err();
    assert_eq!(e, OcrError::Language("klingon".into()));
    assert!(e.to_string().contains("tesseract-ocr-klingon"), "{e}");
    let blank = Gray::new(200, 100, vec![255; 20_000]);
    let at = Placement::page(200.0, 100.0, 200, 100);
    assert_eq!(recognise(&blank, at).unwrap(), vec![]);

    std::env::set_var("DIARIEVAKT_TESSERACT", "/finns/inte/tesseract");
    let e = recognise(&blank, at).unwrap_err();
    assert!(matches!(e, OcrError::Missing(_)), "{e:?}");
    assert!(e.to_string().starts_with("OCR kunde inte köras: Tesseract saknas"), "{e}");
    assert!(available(&Languages::default()).is_err());
}
