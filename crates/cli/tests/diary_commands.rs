//! The headless diary commands, run as a user would: the built binary on a fresh data directory.

mod common;
use std::path::Path;
use std::process::Output;

fn run(data: &Path, args: &[&str]) -> Output {
    common::diarievakt(data).args(args).output().unwrap()
}

const RECORD: &str = r#"[{"case": {"number": "RS/399/2021", "title": "Rutin för publicering i webbdiariet",
  "description": "Beskrivning", "case_type": "Allmänt ärende", "counterpart": "Kommunen", "status": "Pågående",
  "registered": "2021-06-01", "publish_date": "2021-06-02", "secrecy": null, "personal_data": false},
 "documents": [{"number": "RS/399/2021:1", "title": "Protokollsutdrag", "direction": "internal", "date": "2021-06-01",
   "document_type": "Protokollsutdrag", "counterpart": "Anna 19811218-9876", "file": null, "publish_file": true},
  {"number": "RS/399/2021:2", "title": "Yttrande", "direction": "outgoing", "date": "2021-06-03",
   "document_type": "Yttrande", "secrecy": {"reference": "21 kap. 1 §"}, "counterpart": "Hemlig mottagare"}]},
 {"case": {"number": "HSN/5/2022", "title": "Orosanmälan", "case_type": "Orosanmälan", "registered": "2022-01-10",
   "description": "Uppgifter om ett barn", "counterpart": "Skolan"}}]"#;

#[test]
fn import_export_preview_and_audit() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let json = dir.path().join("arenden.json");
    std::fs::write(&json, RECORD).unwrap();

    let out = run(&data, &["import", json.to_str().unwrap(), "--user", "tester"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("2 ärenden importerade"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Publicera dokumentfil fördes inte över"));

    let out = run(&data, &["export-json"]);
    let back: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(back.as_array().unwrap().len(), 2);
    assert_eq!(back[1]["documents"][1]["secrecy"]["reference"], "21 kap. 1 §");

    let out = run(&data, &["preview", "--json", "--audience", "external", json.to_str().unwrap()]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["documents"][0]["counterpart"], "Anna ÅÅMMDD-XXXX", "rule 5");
    assert!(lines[0]["documents"][1]["counterpart"].is_null(), "rule 2");
    assert_eq!(lines[1]["case"]["markings"][0], "secrecy", "rule 4");
    assert!(lines[1]["case"]["description"].is_null());
    assert!(String::from_utf8_lossy(&out.stderr).contains("personnummer"));

    let site = dir.path().join("webbdiarium");
    let out = run(&data, &["export", "--out", site.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(site.join("index.html").is_file());
    assert!(site.join("arenden/RS-399-2021.html").is_file());
    let feed: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(site.join("sok.json")).unwrap()).unwrap();
    assert_eq!(feed.as_array().unwrap().len(), 2);
    let html = run(&data, &["preview", "--audience", "external", json.to_str().unwrap()]);
    let page = std::fs::read_to_string(site.join("arenden/HSN-5-2022.html")).unwrap();
    assert!(String::from_utf8_lossy(&html.stdout).contains(&page), "headless preview renders the exported page");

    let out = run(&data, &["audit", "verify"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));

    let bad = dir.path().join("trasig.json");
    std::fs::write(&bad, "{\n  \"case\": ").unwrap();
    let out = run(&data, &["import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("JSON-filen går inte att läsa (rad 2"));
}

#[test]
fn incidents_on_a_fresh_diary_and_unpublish_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = run(&data, &["incident", "list"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Inga incidenter.");
    let out = run(&data, &["incident", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list, serde_json::json!([]));
    let out = run(&data, &["incident", "show", "7"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Incident 7 finns inte"));

    let json = dir.path().join("arenden.json");
    std::fs::write(&json, RECORD).unwrap();
    assert!(run(&data, &["import", json.to_str().unwrap()]).status.success());
    let out = run(&data, &["unpublish", "RS/399/2021:1", "--reason", "Personnummer i motpart"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("har ingen dokumentfil"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(&data, &["unpublish", "RS/399/2021:1"]);
    assert!(!out.status.success(), "the reason is required");
    let out = run(&data, &["unpublish", "RS/1/1999:1", "--reason", "finns inte"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&data, &["incident", "state", "1", "kanske"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Okänd status"));
}
