//! `WorkerSpec::locate` and its environment variable. A test binary of its own: it is the only
//! test that sets an environment variable, and setting one while other threads read theirs is unsound.

use diarievakt_worker::{WorkerSpec, WORKER_ARG};

#[test]
fn locate_honours_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("min-diarievakt");
    std::fs::write(&exe, b"").unwrap();
    std::env::set_var("DIARIEVAKT_WORKER", &exe);
    let spec = WorkerSpec::locate().unwrap();
    assert_eq!((spec.program.as_path(), spec.args.as_slice()), (exe.as_path(), &[WORKER_ARG.into()][..]));
    std::env::set_var("DIARIEVAKT_WORKER", dir.path().join("finns-inte"));
    assert_eq!(WorkerSpec::locate(), None, "an explicit setting is never second-guessed");
    std::env::remove_var("DIARIEVAKT_WORKER");
    // Without it: the `diarievakt` command beside the test binary (target/debug/deps) or above it.
    if let Some(w) = WorkerSpec::locate() {
        assert!(w.program.file_name().unwrap().to_string_lossy().starts_with("diarievakt"));
        let exe = std::env::current_exe().unwrap().canonicalize().unwrap();
        assert!(exe.ancestors().skip(1).take(4).any(|d| w.program.parent() == Some(d)), "{}", w.program.display());
    }
}
