//! A PDF worker that crashes or hangs cannot hurt the workstation: the attach fails with a Swedish
//! message, nothing is stored, the case and the drafts are as they were, and the next file is read
//! by a fresh worker. Real SQLite file, real worker processes.

mod common;
use common::{corpus, doc};
use diarievakt_core::Workstation;
use diarievakt_model::{Case, Role};
use diarievakt_worker::{Limits, Pool, WorkerSpec};
use std::time::Duration;

fn shell(script: &str) -> WorkerSpec {
    WorkerSpec { program: "/bin/sh".into(), args: vec!["-c".into(), script.into()] }
}

fn case() -> Case {
    serde_json::from_value(serde_json::json!({ "title": "Synpunkt på vården", "case_type": "Allmänt ärende", "registered": "2021-06-01" }))
        .unwrap()
}

#[tokio::test]
async fn a_crashing_or_hanging_worker_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let limits = Limits { silence: Duration::from_secs(2), ..Limits::default() };
    for (label, worker, want) in [
        ("crash", shell("kill -SEGV $$"), "PDF-läsaren kraschade på filen (minnesfel, signal 11)"),
        ("hang", shell("sleep 600"), "granskningen tog mer än 2 s och avbröts"),
    ] {
        let data = dir.path().join(label);
        {
            let ws = Workstation::open(&data).await.unwrap();
            let u = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
            let rec = ws.save_case(&u, "RS", case()).await.unwrap();
            ws.save_document(&u, &rec.case.number.clone().unwrap(), doc("Brev från medborgare", "Skrivelse")).await.unwrap();
            ws.save_draft(&u, "ny-handling", "{\"title\":\"Halvskrivet\"}").await.unwrap();
        }
        let ws = Workstation::open_with_pool(&data, Pool::new(Some(worker), 1, limits)).await.unwrap();
        let u = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
        let number = ws.search("").await.unwrap()[0].number.clone();
        let before = ws.get_case(&number).await.unwrap();
        let e = ws.attach_pdf(&u, &corpus("d002.pdf")).await.unwrap_err();
        assert!(e.message.starts_with("Filen kunde inte läsas: ") && e.message.contains(want), "{label}: {}", e.message);
        assert_eq!(ws.get_case(&number).await.unwrap(), before, "{label}: the case is unchanged");
        assert_eq!(ws.drafts(&u).await.unwrap().len(), 1, "{label}: the draft is kept");
        let sha = diarievakt_store::sha256_of(&std::fs::read(corpus("d002.pdf")).unwrap());
        assert!(!ws.store().has_scan(&sha).await.unwrap(), "{label}: nothing recorded as reviewed");
        assert!(ws.store().files().read(&sha).await.is_err(), "{label}: the refused file is not archived");
        assert_eq!(ws.pdf().stats().replaced, 1, "{label}");
    }
    // And with the real worker, the same diary takes the file.
    let ws = Workstation::open(&dir.path().join("crash")).await.unwrap();
    let u = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let f = ws.attach_pdf(&u, &corpus("d002.pdf")).await.unwrap();
    assert!(ws.file_review(&f.sha256).await.unwrap().unwrap().findings.len() > 1);
}
