//! `diarievakt inventory` on real corpus files: parallel workers, a damaged file listed with its
//! error, a report, and a rerun that scans nothing again.

use std::process::Command;

#[test]
fn inventory_scans_reports_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("publicerat");
    std::fs::create_dir_all(docs.join("2019")).unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf");
    for n in ["d001.pdf", "d002.pdf", "d004.pdf"] {
        std::fs::copy(corpus.join(n), docs.join("2019").join(n)).unwrap();
    }
    std::fs::write(docs.join("trasig.PDF"), b"%PDF-1.4 trasig").unwrap();
    let data = dir.path().join("data");
    let report = dir.path().join("rapport");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_diarievakt"))
            .arg("--data-dir")
            .arg(&data)
            .args(["inventory", "--jobs", "2", "--report"])
            .arg(&report)
            .arg(&docs)
            .output()
            .unwrap()
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "a damaged file makes the run report failure: {stdout}");
    assert!(stdout.contains("Filer 4/4 (0 redan granskade)"), "{stdout}");
    assert!(stdout.contains("fel 1"), "{stdout}");
    let html = std::fs::read_to_string(report.join("rapport.html")).unwrap();
    assert!(html.contains("Hög risk") && html.contains("d002.pdf"));
    assert!(html.contains("Kan inte granskas"), "the scanned page of d004 and the damaged file");
    assert!(html.contains("ÅÅMMDD-XXXX") && !html.contains("3804229957"), "personnummer masked in the report");
    let csv = std::fs::read_to_string(report.join("rapport.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 1 + 4, "header and every file, the damaged one with its error");
    assert!(csv.lines().any(|l| l.contains("trasig.PDF") && l.contains("skadad")), "{csv}");

    // Resume: nothing with a known hash is scanned again (the damaged file's error is recorded too).
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("(4 redan granskade)") && stdout.contains("sidor 0"), "{stdout}");
}
