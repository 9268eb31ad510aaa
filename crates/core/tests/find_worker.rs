//! `find_worker` and its environment variable. A test binary of its own: it is the only test
//! that sets an environment variable, and setting one while other threads read theirs is unsound.

use diarievakt_core::inventory::find_worker;

#[test]
fn find_worker_honours_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("min-diarievakt");
    std::fs::write(&exe, b"").unwrap();
    std::env::set_var("DIARIEVAKT_CLI", &exe);
    assert_eq!(find_worker(), Some(exe.clone()));
    std::env::set_var("DIARIEVAKT_CLI", dir.path().join("finns-inte"));
    assert_eq!(find_worker(), None, "an explicit setting is never second-guessed");
    std::env::remove_var("DIARIEVAKT_CLI");
    // Without it: beside the test binary (target/debug/deps) or above it, if the command is built.
    if let Some(w) = find_worker() {
        assert!(w.file_name().unwrap().to_string_lossy().starts_with("diarievakt"));
        let exe = std::env::current_exe().unwrap().canonicalize().unwrap();
        assert!(exe.ancestors().skip(1).take(4).any(|d| w.parent() == Some(d)), "{}", w.display());
    }
}
