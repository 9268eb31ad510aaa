//! Helpers shared by the command's tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The password of every test account.
pub const PASSWORD: &str = "ett långt lösenord";

/// `diarievakt --data-dir DATA …` acting as the desk's account `tester` (administrator, team
/// lead and registrar), created the first time the data directory is used.
pub fn diarievakt(data: &Path) -> Command {
    if !data.join("diarievakt.sqlite").exists() {
        let mut add = Command::new(env!("CARGO_BIN_EXE_diarievakt"));
        add.arg("--data-dir").arg(data).args(["user", "add", "tester", "--name", "Tessa Testare"]);
        add.args(["--role", "admin", "--role", "teamledare", "--role", "registrator", "--password-stdin"]);
        let mut child = add.stdin(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
        writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
        assert!(child.wait().unwrap().success(), "the test account could be created");
    }
    let mut c = Command::new(env!("CARGO_BIN_EXE_diarievakt"));
    c.arg("--data-dir").arg(data).env("DIARIEVAKT_USER", "tester").env("DIARIEVAKT_PASSWORD", PASSWORD);
    c
}

/// A person with `role`, added by the administrator `admin` (created on first use), signed in.
pub async fn person(ws: &diarievakt_core::Workstation, username: &str, name: &str, role: diarievakt_model::Role) -> diarievakt_model::User {
    let admin = if ws.store().has_admin().await.unwrap() {
        ws.sign_in("admin", PASSWORD).await.unwrap()
    } else {
        ws.create_first_admin("admin", "Ada Administratör", PASSWORD).await.unwrap()
    };
    if ws.store().user(username).await.unwrap().is_none() {
        ws.add_user(&admin, username, name, &[role], Some(PASSWORD)).await.unwrap();
    }
    ws.sign_in(username, PASSWORD).await.unwrap()
}
