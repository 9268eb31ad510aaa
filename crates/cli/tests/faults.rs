//! Faults around the data directory, with the real command in its own process: killed with
//! SIGKILL during an export, SQLite busy in another process, the disk full under a write limit.
//! Nothing committed is lost, nothing half-written is published, and the message is Swedish and
//! says what to do.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

mod common;

fn cmd(data: &Path) -> Command {
    common::diarievakt(data)
}

fn ok(out: Output) -> String {
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{s}\n{}", String::from_utf8_lossy(&out.stderr));
    s
}

/// `n` cases with two documents each, as registration JSON.
fn cases(n: usize, from: usize) -> String {
    let all: Vec<serde_json::Value> = (from..from + n)
        .map(|i| {
            serde_json::json!({
                "case": {"number": format!("RS/{}/2021", i + 1), "title": format!("Ärende nummer {i} om väghållning"), "case_type": "Allmänt ärende", "registered": "2021-06-01",
                          "description": "Beskrivning ".repeat(40)},
                "documents": [
                    {"number": format!("RS/{}/2021:1", i + 1), "title": format!("Skrivelse {i}"), "direction": "incoming", "date": "2021-06-01", "document_type": "Skrivelse"},
                    {"number": format!("RS/{}/2021:2", i + 1), "title": format!("Svar {i}"), "direction": "outgoing", "date": "2021-06-03", "document_type": "Skrivelse"}
                ]
            })
        })
        .collect();
    serde_json::to_string(&all).unwrap()
}

fn import(data: &Path, json: &str) -> Output {
    let f = data.with_extension(format!("{}.json", json.len()));
    std::fs::write(&f, json).unwrap();
    cmd(data).arg("import").arg(&f).output().unwrap()
}

/// The site is whole: its search file parses and every case in it has its page.
fn site_is_whole(out: &Path) -> usize {
    let feed: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(out.join("sok.json")).expect("sok.json")).expect("whole JSON");
    assert!(std::fs::read_to_string(out.join("index.html")).unwrap().contains("</html>"));
    for p in &feed {
        let number = p["case"]["number"].as_str().unwrap();
        let page = out.join("arenden").join(diarievakt_model::html::case_file_name(number));
        let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        assert!(html.contains("</html>"), "{} is whole", page.display());
    }
    feed.len()
}

#[test]
fn an_export_killed_at_any_moment_leaves_the_old_site_or_the_new() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let site = dir.path().join("webbdiarium");
    ok(import(&data, &cases(150, 0)));
    ok(cmd(&data).arg("export").arg("--out").arg(&site).output().unwrap());
    assert_eq!(site_is_whole(&site), 150);
    ok(import(&data, &cases(150, 150)));
    for delay_ms in [5u64, 15, 30, 60, 100, 150, 250, 400] {
        let mut child = cmd(&data).arg("export").arg("--out").arg(&site).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let n = site_is_whole(&site);
        assert!(n == 150 || n == 300, "after {delay_ms} ms: {n} cases");
    }
    ok(cmd(&data).arg("export").arg("--out").arg(&site).output().unwrap());
    assert_eq!(site_is_whole(&site), 300);
    let s = ok(cmd(&data).args(["audit", "verify"]).output().unwrap());
    assert!(s.contains("Granskningsloggen är obruten"), "{s}");
}

#[test]
fn a_database_busy_in_another_process_is_a_swedish_message_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    ok(import(&data, &cases(3, 0)));
    let db = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().is_some_and(|n| n == "diarievakt.sqlite"))
        .expect("the diary's database file");
    // Another program holds a write lock for longer than the command waits.
    let mut holder = Command::new("python3")
        .arg("-c")
        .arg("import sqlite3,sys,time\nc=sqlite3.connect(sys.argv[1],isolation_level=None)\nc.execute('BEGIN EXCLUSIVE')\nprint('held',flush=True)\ntime.sleep(120)")
        .arg(&db)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(holder.stdout.as_mut().unwrap()), &mut line).unwrap();
    assert_eq!(line.trim(), "held");
    let f = dir.path().join("fler.json");
    std::fs::write(&f, cases(2, 3)).unwrap();
    let out = cmd(&data).env("DIARIEVAKT_BUSY_TIMEOUT_MS", "1500").arg("import").arg(&f).output().unwrap();
    let _ = holder.kill();
    let _ = holder.wait();
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!out.status.success(), "{all}");
    assert!(all.contains("Databasen är upptagen av en annan process. Försök igen om en stund."), "{all}");
    // Nothing was lost, and once the other program is gone the same import goes through.
    let before: Vec<serde_json::Value> = serde_json::from_str(&ok(cmd(&data).arg("export-json").output().unwrap())).unwrap();
    assert_eq!(before.len(), 3);
    ok(cmd(&data).arg("import").arg(&f).output().unwrap());
    let after: Vec<serde_json::Value> = serde_json::from_str(&ok(cmd(&data).arg("export-json").output().unwrap())).unwrap();
    assert_eq!(after.len(), 5);
}

#[test]
fn a_full_disk_during_an_import_keeps_what_was_committed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    ok(import(&data, &cases(5, 0)));
    let used: u64 = std::fs::read_dir(&data).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).max().unwrap();
    let f = dir.path().join("stor.json");
    std::fs::write(&f, cases(400, 5)).unwrap();
    // A file-size limit a little above the diary's size: the writes of a large import run into it
    // the way they would into a full disk (SIGXFSZ ignored, so the write fails with EFBIG).
    let limit = used + (256 << 10);
    let mut c = cmd(&data);
    c.arg("import").arg(&f);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        c.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit { rlim_cur: limit, rlim_max: limit };
            libc::setrlimit(libc::RLIMIT_FSIZE, &lim);
            Ok(())
        });
    }
    let out = c.output().unwrap();
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!out.status.success(), "the import ran into the limit: {all}");
    assert!(all.contains("Databasen kunde inte skriva till disken"), "{all}");
    assert!(!all.contains("transaction depth"), "a failed commit does not poison later writes: {all}");
    // What was committed before is all there, and the audit chain holds.
    let now: Vec<serde_json::Value> = serde_json::from_str(&ok(cmd(&data).arg("export-json").output().unwrap())).unwrap();
    assert!(now.len() >= 5 && now.len() < 405, "{}", now.len());
    assert!(now.iter().take(5).all(|r| r["case"]["title"].as_str().unwrap().starts_with("Ärende nummer")));
    let s = ok(cmd(&data).args(["audit", "verify"]).output().unwrap());
    assert!(s.contains("Granskningsloggen är obruten"), "{s}");
}
