//! The pool with real worker processes and real PDFium: the same results as scanning in-process,
//! warm workers reused, and every kind of worker failure – crash, hang, runaway allocation, a job
//! abandoned half-way – ending in a Swedish error for that job only, with the next job served by a
//! fresh worker.

mod common;

use common::{pool, read, sha, tight};
use diarievakt_worker::protocol::Fault;
use diarievakt_worker::{Limits, Pool, WorkerError};
use std::time::{Duration, Instant};

async fn scan(p: &Pool, name: &str) -> diarievakt_pdf::ScanReport {
    let bytes = read(name);
    p.scan(name, &sha(&bytes), &bytes, &mut |_, _| {}).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_scans_exactly_like_the_library_and_tells_progress() {
    let p = pool(1, tight());
    for name in ["d001.pdf", "d002.pdf", "d004.pdf", "d007.pdf"] {
        let bytes = read(name);
        let mut seen = Vec::new();
        let got = p.scan(name, &sha(&bytes), &bytes, &mut |page, pages| seen.push((page, pages))).await.unwrap();
        let want = diarievakt_pdf::scan_bytes_with(name, sha(&bytes), &bytes, |_, _| {});
        assert_eq!(got, want, "{name}");
        assert_eq!(seen, (1..=want.pages).map(|i| (i, want.pages)).collect::<Vec<_>>(), "{name}: progress page by page");
    }
    assert!(scan(&p, "d002.pdf").await.findings.iter().any(|f| f.category == diarievakt_detect::Category::PersonalId));
    let sizes = p.page_sizes(&read("d001.pdf")).await.unwrap();
    assert_eq!(sizes, diarievakt_pdf::page_sizes(&read("d001.pdf")).unwrap());
    let r = p.render(&read("d001.pdf"), 1, 300, &[]).await.unwrap();
    assert_eq!(r.width_px, 300);
    assert!(r.png.starts_with(b"\x89PNG"));
    assert_eq!(p.stats().started, 1, "one warm worker did it all");
}

/// A scan nobody watches (the inventory's) is quiet – the worker skips the per-page progress – and
/// reports exactly what a watched one does, OCR pages included.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quiet_scan_reports_the_same_as_a_watched_one() {
    let p = pool(1, tight());
    for name in ["d001.pdf", "d004.pdf", "d011.pdf"] {
        let bytes = read(name);
        let opts = diarievakt_pdf::ScanOptions::default();
        let quiet = p.scan_cached(name, &sha(&bytes), &bytes, &opts, Vec::new(), None, &mut |_| {}).await.unwrap();
        let mut seen = 0;
        let watched = p.scan_cached(name, &sha(&bytes), &bytes, &opts, Vec::new(), Some(&mut |_| seen += 1), &mut |_| {}).await.unwrap();
        assert_eq!(quiet, watched, "{name}");
        assert!(seen as u32 >= watched.pages, "{name}: the watched scan told every page");
        assert!(quiet.error.is_none(), "{name}: {:?}", quiet.error);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workers_are_started_on_demand_and_kept_warm() {
    let p = pool(2, tight());
    assert_eq!(p.stats().started, 0, "nothing runs before it is needed");
    p.warm().await.unwrap();
    assert_eq!(p.stats().started, 2);
    let names: Vec<String> = (1..=12).map(|i| format!("d{i:03}.pdf")).collect();
    let all = futures_util::future::join_all(names.iter().map(|n| scan(&p, n))).await;
    assert_eq!(all.len(), 12);
    assert!(all.iter().all(|r| r.error.is_none()));
    let s = p.stats();
    assert_eq!((s.started, s.replaced), (2, 0), "{s:?}");
}

fn faulty(limits: Limits) -> Pool {
    pool(1, limits).with_test_faults()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_fails_that_job_only_and_the_next_job_gets_a_fresh_worker() {
    let p = faulty(tight());
    assert!(scan(&p, "d001.pdf").await.error.is_none());
    let e = p.fault(Fault::Abort).await.unwrap_err();
    assert!(matches!(e, WorkerError::Crashed(_)), "{e:?}");
    assert!(e.to_string().starts_with("Filen kunde inte läsas: PDF-läsaren kraschade"), "{e}");
    assert!(e.to_string().contains("signal 6"), "{e}");
    let r = scan(&p, "d002.pdf").await;
    assert!(r.error.is_none() && !r.findings.is_empty(), "{r:?}");
    let s = p.stats();
    assert_eq!((s.started, s.replaced), (2, 1), "{s:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hang_is_cut_off_at_the_time_limit() {
    let p = faulty(Limits { silence: Duration::from_secs(2), ..tight() });
    let t = Instant::now();
    let e = p.fault(Fault::Hang).await.unwrap_err();
    assert_eq!(e, WorkerError::Timeout(2));
    assert!(e.to_string().contains("tog mer än 2 s"), "{e}");
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    assert!(scan(&p, "d003.pdf").await.error.is_none(), "served by a new worker");
    assert_eq!(p.stats().replaced, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_runaway_allocation_stops_at_the_memory_limit() {
    let p = faulty(Limits { memory_mb: 512, ..tight() });
    let t = Instant::now();
    let e = p.fault(Fault::Allocate).await.unwrap_err();
    assert!(matches!(e, WorkerError::Crashed(_)), "{e:?}");
    assert!(t.elapsed() < Duration::from_secs(20), "stopped by the limit, not the clock: {:?}", t.elapsed());
    assert!(scan(&p, "d005.pdf").await.error.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_abandoned_half_way_kills_its_worker() {
    let p = faulty(tight());
    // The caller gives up (a closed viewer, a cancelled attach): the future is dropped mid-job.
    let gave_up = tokio::time::timeout(Duration::from_millis(300), p.fault(Fault::Hang)).await;
    assert!(gave_up.is_err());
    // The hanging worker was not put back: the next job starts a new one and is answered.
    assert!(scan(&p, "d006.pdf").await.error.is_none());
    assert_eq!(p.stats().started, 2);
}

#[tokio::test]
async fn faults_are_refused_unless_the_pool_is_a_test_pool() {
    let p = pool(1, tight());
    let (reply, _) = p.call(&diarievakt_worker::protocol::Request::Fault { kind: Fault::Abort }, &[], &mut |_| {}).await.unwrap();
    assert!(matches!(reply, diarievakt_worker::protocol::Reply::Failed { .. }), "{reply:?}");
    assert_eq!(p.stats().replaced, 0);
}

#[tokio::test]
async fn a_file_over_the_size_limit_is_refused_before_any_worker_sees_it() {
    let p = pool(1, Limits { max_file_mb: 1, ..tight() });
    let big = vec![b'%'; 3 << 20];
    let r = p.scan("stor.pdf", "x", &big, &mut |_, _| {}).await.unwrap();
    assert_eq!(r.error.as_deref(), Some("Filen kunde inte läsas: den är på 3 MB, och största tillåtna storlek är 1 MB."));
    assert_eq!(p.stats().started, 0);
}

#[tokio::test]
async fn a_worker_that_cannot_start_is_an_error_not_a_clean_file() {
    let p = Pool::new(Some(diarievakt_worker::WorkerSpec::program("/finns/inte/diarievakt")), 1, tight());
    let e = p.scan("a.pdf", "x", b"%PDF-1.4", &mut |_, _| {}).await.unwrap_err();
    assert!(matches!(e, WorkerError::Start(_)), "{e:?}");
    assert!(e.to_string().contains("finns inte"), "the OS error in Swedish: {e}");
}

/// A scan nobody watches (the inventory's), as the inventory sends it.
async fn quiet(p: &Pool, name: &str) -> diarievakt_pdf::ScanReport {
    let bytes = read(name);
    let opts = diarievakt_pdf::ScanOptions::default();
    p.scan_cached(name, &sha(&bytes), &bytes, &opts, Vec::new(), None, &mut |_| {}).await.unwrap()
}

/// Two jobs sent to one worker at once (the inventory's quiet scan waits in the pipe behind a
/// job): when the worker fails on the first – a crash or a hang – the first gets the error and the
/// second is sent again to a fresh worker and answered as if nothing happened.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_job_queued_behind_a_failing_one_is_sent_again() {
    let p = faulty(Limits { silence: Duration::from_secs(2), ..tight() });
    p.warm().await.unwrap();
    let want = diarievakt_pdf::scan_bytes_with("d002.pdf", sha(&read("d002.pdf")), &read("d002.pdf"), |_, _| {});
    for fault in [Fault::Abort, Fault::Hang] {
        let (failed, behind) = tokio::join!(p.fault(fault), quiet(&p, "d002.pdf"));
        let e = failed.unwrap_err();
        assert!(matches!(e, WorkerError::Crashed(_) | WorkerError::Timeout(2)), "{fault:?}: {e:?}");
        assert_eq!(behind, want, "{fault:?}: the job behind is answered in full");
    }
    let s = p.stats();
    assert_eq!((s.started, s.replaced), (3, 2), "one worker at a time, replaced after each failure: {s:?}");
    // Four quiet scans at once on one worker (limits that leave OCR its time): two sent, two
    // waiting for room; all answered by that one worker, each exactly as scanned alone.
    let p = pool(1, tight());
    let names = ["d001.pdf", "d003.pdf", "d004.pdf", "d005.pdf"];
    let all = futures_util::future::join_all(names.iter().map(|n| quiet(&p, n))).await;
    for (name, got) in names.iter().zip(&all) {
        let bytes = read(name);
        assert_eq!(got, &diarievakt_pdf::scan_bytes_with(name, sha(&bytes), &bytes, |_, _| {}), "{name}");
    }
    assert_eq!(p.stats().started, 1);
}

/// A job someone waits to see (a page of the viewer) is never queued behind another file: with
/// the only worker busy it waits for it, and when that worker hangs it is served by the next.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watched_job_waits_for_a_free_worker_rather_than_behind_a_file() {
    let p = faulty(Limits { silence: Duration::from_secs(2), ..tight() });
    let (hung, page) = tokio::join!(p.fault(Fault::Hang), async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        p.page_sizes(&read("d001.pdf")).await
    });
    assert_eq!(hung.unwrap_err(), WorkerError::Timeout(2));
    assert_eq!(page.unwrap(), diarievakt_pdf::page_sizes(&read("d001.pdf")).unwrap(), "served, not failed with the hang");
    let s = p.stats();
    assert_eq!((s.started, s.replaced), (2, 1), "{s:?}");
}
