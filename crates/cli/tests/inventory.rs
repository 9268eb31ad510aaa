//! `diarievakt inventory` on real corpus files: parallel workers, a damaged file listed with its
//! error, a copy scanned once, a report, and a rerun that scans nothing again.

mod common;
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
    // A second copy of d002, read while the first is still being scanned: scanned once.
    std::fs::copy(corpus.join("d002.pdf"), docs.join("2019").join("kopia-av-d002.pdf")).unwrap();
    std::fs::write(docs.join("trasig.PDF"), b"%PDF-1.4 trasig").unwrap();
    let data = dir.path().join("data");
    let report = dir.path().join("rapport");
    let run = || common::diarievakt(&data).args(["inventory", "--jobs", "2", "--report"]).arg(&report).arg(&docs).output().unwrap();
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "a damaged file makes the run report failure: {stdout}");
    assert!(stdout.contains("Filer 5/5 (1 redan granskade)"), "the copy is only recorded: {stdout}");
    assert!(stdout.contains("fel 1"), "{stdout}");
    let html = std::fs::read_to_string(report.join("rapport.html")).unwrap();
    assert!(html.contains("Hög risk") && html.contains("d002.pdf"));
    assert!(html.contains("Kan inte granskas"), "the scanned page of d004 and the damaged file");
    assert!(html.contains("ÅÅMMDD-XXXX") && !html.contains("3804229957"), "personnummer masked in the report");
    let csv = std::fs::read_to_string(report.join("rapport.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 1 + 5, "header and every file, the damaged one with its error");
    assert_eq!(csv.lines().filter(|l| l.contains("d002.pdf") && l.contains("Hög risk")).count(), 2, "the copy has the scan's risk: {csv}");
    assert!(csv.lines().any(|l| l.contains("trasig.PDF") && l.contains("skadad")), "{csv}");

    // Resume: nothing with a known hash is scanned again (the damaged file's error is recorded too).
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("(5 redan granskade)") && stdout.contains("sidor 0"), "{stdout}");
}

/// The core's inventory API end to end, with this crate's `diarievakt` as the worker: damaged and
/// non-PDF files counted as errors and stored with them, cancellation before the start and between
/// batches, a rerun that only scans what is left, and the rows in risk order.
mod api {
    use diarievakt_core::inventory::{pdfs_below, InventoryProgress, BATCH};
    use diarievakt_core::Workstation;
    use diarievakt_model::Role;
    use diarievakt_worker::{Limits, Pool, WorkerSpec};
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};

    fn pool(program: PathBuf) -> Pool {
        Pool::new(Some(WorkerSpec::program(program)), 2, Limits::default())
    }

    fn worker() -> PathBuf {
        PathBuf::from(env!("CARGO_BIN_EXE_diarievakt"))
    }

    /// 40 corpus files (more than one batch), a truncated PDF and a text file named .pdf.
    fn published(root: &Path) -> PathBuf {
        let docs = root.join("publicerat");
        std::fs::create_dir_all(&docs).unwrap();
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf");
        for i in 1..=40 {
            let n = format!("d{i:03}.pdf");
            std::fs::copy(corpus.join(&n), docs.join(&n)).unwrap();
        }
        let whole = std::fs::read(corpus.join("d002.pdf")).unwrap();
        std::fs::write(docs.join("trunkerad.pdf"), &whole[..whole.len() / 2]).unwrap();
        std::fs::write(docs.join("text.pdf"), "Det här är ingen PDF.\n").unwrap();
        docs
    }

    #[test]
    fn the_worker_is_found_beside_the_tests() {
        let found = WorkerSpec::locate().expect("target/debug/diarievakt is found from target/debug/deps");
        assert_eq!(found.program.canonicalize().unwrap(), worker().canonicalize().unwrap());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn run_cancel_resume_and_rows() {
        let dir = tempfile::tempdir().unwrap();
        let docs = published(dir.path());
        let total = pdfs_below(std::slice::from_ref(&docs)).len() as u32;
        assert_eq!(total, 42);
        assert!(total as usize > BATCH, "more than one batch");
        let ws = Workstation::open_with_pool(&dir.path().join("data"), pool(worker())).await.unwrap();
        let user = crate::common::person(&ws, "inv", "Inga Inventerare", Role::Teamledare).await;
        let paths = [docs.clone()];

        // Cancelled before the start: nothing is scanned, nothing is lost.
        let seen = Mutex::new(Vec::<InventoryProgress>::new());
        let p =
            ws.run_inventory(&user, &paths, 2, Arc::new(AtomicBool::new(true)), |p| seen.lock().unwrap().push(p.clone())).await.unwrap();
        assert!(p.cancelled && !p.finished, "{p:?}");
        assert_eq!((p.files_total, p.files_done, p.pages), (total, 0, 0));
        assert_eq!(seen.lock().unwrap()[0].files_total, total, "told at the start");
        assert!(ws.inventory_rows().await.unwrap().is_empty());

        // Cancelled once the first files are done: what was done is stored, the rest is left for
        // the next run.
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = cancel.clone();
        let p = ws
            .run_inventory(&user, &paths, 1, cancel, move |p| {
                if p.files_done > 0 {
                    flag.store(true, Ordering::SeqCst);
                }
            })
            .await
            .unwrap();
        assert!(p.cancelled, "{p:?}");
        assert!(p.files_done > 0 && p.files_done < total - 2, "stopped early: {p:?}");
        assert_eq!(p.errors, 0, "the damaged files sort last: {p:?}");
        assert!(p.pages >= p.files_done as u64 && p.findings > 0);
        let first = p.files_done;
        assert_eq!(ws.inventory_rows().await.unwrap().len() as u32, first, "every file done is stored");

        // The next run scans only what is left, the damaged and non-PDF files counted as errors.
        let calls = Mutex::new(0);
        let p = ws.run_inventory(&user, &paths, 2, Arc::new(AtomicBool::new(false)), |_| *calls.lock().unwrap() += 1).await.unwrap();
        assert!(p.finished && !p.cancelled, "{p:?}");
        assert_eq!((p.files_done, p.skipped, p.errors), (total, first, 2), "{p:?}");
        assert_eq!(p.eta_seconds, Some(0.0));
        assert!(p.pages_per_second > 0.0);
        assert!(*calls.lock().unwrap() >= 3, "at the start, after a stored batch, at the end");
        assert!(p.line_sv().starts_with(&format!("Filer {total}/{total} ({first} redan granskade)")), "{}", p.line_sv());

        // And once everything is known, nothing is scanned again, not even the unreadable files.
        let p = ws.run_inventory(&user, &paths, 2, Arc::new(AtomicBool::new(false)), |_| {}).await.unwrap();
        assert_eq!((p.files_done, p.skipped, p.pages, p.errors), (total, total, 0, 0), "{p:?}");

        let rows = ws.inventory_rows().await.unwrap();
        assert_eq!(rows.len() as u32, total);
        for w in rows.windows(2) {
            assert!(w[0].risk > w[1].risk || (w[0].risk == w[1].risk && w[0].path < w[1].path), "{} before {}", w[0].path, w[1].path);
        }
        let by = |name: &str| rows.iter().find(|r| r.path.ends_with(name)).unwrap();
        assert!(by("trunkerad.pdf").error.as_deref().is_some_and(|e| e.contains("skadad")), "{:?}", by("trunkerad.pdf").error);
        assert!(by("text.pdf").error.as_deref().is_some_and(|e| e.contains("inte en PDF")), "{:?}", by("text.pdf").error);
        assert_eq!((by("text.pdf").risk, by("d002.pdf").risk, by("d001.pdf").risk), (2, 3, 1));
        assert_eq!(rows[0].risk, 3);
    }

    /// A worker that cannot be started is a Swedish error, not a panic or a silent empty run.
    #[tokio::test]
    async fn a_missing_worker_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let docs = published(dir.path());
        let ws = Workstation::open_with_pool(&dir.path().join("data"), pool(dir.path().join("finns-inte"))).await.unwrap();
        let user = crate::common::person(&ws, "inv", "Inga Inventerare", Role::Teamledare).await;
        let e = ws.run_inventory(&user, &[docs], 1, Arc::new(AtomicBool::new(false)), |_| {}).await.unwrap_err();
        assert!(e.message.contains("kunde inte startas"), "{}", e.message);
        assert!(ws.inventory_rows().await.unwrap().is_empty(), "nothing is recorded as scanned");
    }
}

/// Ctrl-C: the command stops starting files, keeps what the running ones did, says so and exits
/// with 130; the next run goes on from there.
#[test]
fn ctrl_c_keeps_the_work_done() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("publicerat");
    std::fs::create_dir_all(&docs).unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf");
    for i in 1..=60 {
        let n = format!("d{i:03}.pdf");
        std::fs::copy(corpus.join(&n), docs.join(&n)).unwrap();
    }
    let data = dir.path().join("data");
    let cmd = || {
        let mut c = common::diarievakt(&data);
        c.args(["inventory", "--jobs", "1"]).arg(&docs);
        c
    };
    let mut child = cmd().stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    // The progress line at the start says the run is under way (and Ctrl-C is being listened for).
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut stderr = String::new();
    std::io::BufRead::read_line(&mut err, &mut stderr).unwrap();
    assert!(stderr.starts_with("Filer 0/60"), "{stderr}");
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    std::io::Read::read_to_string(&mut err, &mut stderr).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(130), "{stdout}\n{stderr}");
    assert!(stderr.contains("Avbryter"), "{stderr}");
    assert!(stdout.contains("avbruten"), "{stdout}");
    let done: u32 = stdout.split("Filer ").nth(1).and_then(|s| s.split('/').next()).unwrap().parse().unwrap();
    assert!(done < 60, "{stdout}");

    let out = cmd().output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains(&format!("Filer 60/60 ({done} redan granskade)")), "what the first run stored is kept: {stdout}");
}
