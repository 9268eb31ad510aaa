//! `diarievakt redact IN.pdf --decisions SCAN.json --out OUT.pdf`, as `scan-json.md` specifies
//! it: the decisions are `scan --json`'s own line with verdicts added; exit 0 written and
//! verified, 1 refused (no OUT.pdf left), 2 usage or I/O.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf").join(name)
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_diarievakt"))
}

fn pdftotext(p: &Path) -> String {
    let out = Command::new("pdftotext").args(["-q", "-enc", "UTF-8"]).arg(p).arg("-").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `scan --json` of `file`, with every high-severity finding decided: personnummer and names
/// *must_not_publish*, the rest *not_personal_data*.
fn decisions(file: &Path) -> serde_json::Value {
    let out = bin().args(["scan", "--json"]).arg(file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut v: serde_json::Value = serde_json::from_str(String::from_utf8(out.stdout).unwrap().lines().next().unwrap()).unwrap();
    for f in v["findings"].as_array_mut().unwrap() {
        let verdict = match (f["category"].as_str().unwrap(), f["severity"].as_str().unwrap()) {
            ("personal_id" | "name", _) => "must_not_publish",
            (_, "high") => "not_personal_data",
            _ => continue,
        };
        f["verdict"] = verdict.into();
    }
    v
}

#[test]
fn redact_writes_a_verified_copy_or_refuses_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus("d007.pdf");
    let v = decisions(&input);
    let masked: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "must_not_publish")
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect();
    assert!(masked.len() >= 2, "{v}");
    let json = dir.path().join("beslut.json");
    std::fs::write(&json, serde_json::to_string(&v).unwrap()).unwrap();
    let out = dir.path().join("maskerad.pdf");

    let run = |input: &Path, json: &Path, out: &Path| {
        bin().arg("redact").arg(input).arg("--decisions").arg(json).arg("--out").arg(out).output().unwrap()
    };
    let r = run(&input, &json, &out);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let said = String::from_utf8_lossy(&r.stdout);
    assert!(said.contains("Maskerad kopia") && said.contains("pdftotext"), "{said}");
    let text = pdftotext(&out);
    for m in &masked {
        assert!(!text.contains(m.as_str()), "«{m}» is gone");
    }
    assert!(text.contains("Personnummer"), "the masks are labelled: {text}");

    // Another file's decisions: refused, and the earlier OUT.pdf does not stay behind.
    let other = corpus("d017.pdf");
    let r = run(&other, &json, &out);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("annan fil"));
    assert!(!out.exists(), "no OUT.pdf is left after a refusal");

    // An undecided high-severity finding: refused.
    let mut undecided = v.clone();
    for f in undecided["findings"].as_array_mut().unwrap() {
        if f["severity"] == "high" {
            f.as_object_mut().unwrap().remove("verdict");
        }
    }
    std::fs::write(&json, serde_json::to_string(&undecided).unwrap()).unwrap();
    let r = run(&input, &json, &out);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("saknar beslut"));
    assert!(!out.exists());

    // Usage: not JSON, a missing input.
    std::fs::write(&json, "inte json").unwrap();
    assert_eq!(run(&input, &json, &out).status.code(), Some(2));
    assert_eq!(run(&dir.path().join("saknas.pdf"), &json, &out).status.code(), Some(2));
}
