//! `diarievakt scan` through the worker pool: the results in the order given, a file whose name is
//! not UTF-8, a missing file and a file that is not a PDF each with a Swedish error, and the scan
//! going on past them.

use std::os::unix::ffi::OsStrExt;
use std::process::Command;

#[test]
fn odd_names_and_bad_files_get_swedish_errors_and_the_scan_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf");
    // A Latin-1 file name, as a file copied from an old Windows share would have.
    let odd = dir.path().join(std::ffi::OsStr::from_bytes(b"beslut-\xe5\xe4\xf6.pdf"));
    std::fs::copy(corpus.join("d002.pdf"), &odd).unwrap();
    let text = dir.path().join("inte-pdf.pdf");
    std::fs::write(&text, "hej").unwrap();
    let missing = dir.path().join("finns-inte.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_diarievakt"))
        .args(["scan", "--json"])
        .arg(&odd)
        .arg(&missing)
        .arg(&text)
        .arg(corpus.join("d001.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "unreadable files make the exit status 1");
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 4);
    assert!(rows[0]["file"].as_str().unwrap().contains("beslut-"), "{}", rows[0]);
    assert!(rows[0]["error"].is_null() && !rows[0]["findings"].as_array().unwrap().is_empty(), "{}", rows[0]);
    assert_eq!(rows[1]["error"], "Filen kunde inte läsas: filen eller mappen finns inte");
    assert_eq!(rows[2]["error"], "Filen är inte en PDF.");
    assert!(rows[3]["file"].as_str().unwrap().ends_with("d001.pdf") && rows[3]["error"].is_null(), "in the order given");
}
