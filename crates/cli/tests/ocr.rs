//! `diarievakt scan --json` with OCR, through real worker processes, real PDFium and real Tesseract
//! (issue 12): the outlined participant list that used to pass as clean, `--utan-ocr`, and a
//! machine without Tesseract (fail closed, Swedish error).

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("diarievakt-ocr-cli-{}", std::process::id()));
    if !dir.join("deltagare-konturer.pdf").exists() {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ocr_pdfs.py");
        assert!(Command::new("python3").arg(script).arg(&dir).status().unwrap().success(), "fixture script");
    }
    dir
}

fn scan(args: &[&str], files: &[PathBuf], env: &[(&str, &str)]) -> Vec<serde_json::Value> {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_diarievakt"));
    cmd.arg("--data-dir").arg(data.path()).arg("scan").arg("--json").args(args).args(files);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn personnummer(r: &serde_json::Value) -> Vec<(String, Option<String>)> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["category"] == "personal_id")
        .map(|f| (f["text"].as_str().unwrap().to_string(), f["source"].as_str().map(String::from)))
        .collect()
}

#[test]
fn outlined_personnummer_are_found_or_the_page_is_flagged_never_clean() {
    let dir = fixtures();
    let files = [dir.join("deltagare-konturer.pdf"), dir.join("brev.pdf")];
    let layout: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("layout.json")).unwrap()).unwrap();
    let want: Vec<String> = layout["people"].as_array().unwrap().iter().map(|p| p[1].as_str().unwrap().to_string()).collect();

    // With OCR: all six personnummer, read by OCR; the page is read well and leaves pages_without_text.
    let r = scan(&[], &files, &[]);
    let found = personnummer(&r[0]);
    for p in &want {
        assert!(found.iter().any(|(t, s)| t == p && s.as_deref() == Some("ocr")), "{p} in {found:?}");
    }
    assert_eq!(r[0]["pages_read"][0]["how"], "ocr");
    assert!(r[0]["pages_read"][0]["ocr_confidence"].as_f64().unwrap() > 0.8);
    assert_eq!(r[0]["pages_without_text"], serde_json::json!([]));
    assert_eq!(r[1]["pages_read"][0]["how"], "ocr");

    // Without OCR: no finding can be read, so the page is flagged – never clean.
    let r = scan(&["--utan-ocr"], &files, &[]);
    for doc in &r {
        assert_eq!(doc["pages_without_text"], serde_json::json!([1]), "{doc}");
        assert!(personnummer(doc).is_empty());
    }
    // The same through the environment (what the inventory's text-only benchmark uses).
    let r = scan(&[], &files[..1], &[("DIARIEVAKT_OCR", "0")]);
    assert_eq!(r[0]["pages_without_text"], serde_json::json!([1]));

    // Tesseract missing: a Swedish error on the page, and the page stays flagged.
    let r = scan(&[], &files[..1], &[("DIARIEVAKT_TESSERACT", "/finns/inte/tesseract")]);
    assert_eq!(r[0]["pages_without_text"], serde_json::json!([1]), "{}", r[0]);
    let e = r[0]["pages_read"][0]["ocr_error"].as_str().unwrap();
    assert!(e.starts_with("OCR kunde inte köras: Tesseract saknas"), "{e}");
    assert!(r[0]["error"].is_null(), "the file itself was read; only the page could not be");
}
