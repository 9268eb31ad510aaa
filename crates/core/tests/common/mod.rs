#![allow(dead_code)]
//! Helpers shared by the core's integration tests.

use diarievakt_model::{Direction, Document};
use std::path::PathBuf;

/// A file of the shared development corpus (`../shared/corpus/dev/pdf`).
pub fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf").join(name)
}

/// An incoming document of type `ty`, without a file.
pub fn doc(title: &str, ty: &str) -> Document {
    Document {
        number: None,
        title: title.into(),
        public_title: None,
        direction: Direction::Incoming,
        date: "2021-06-01".parse().unwrap(),
        counterpart: Some("Avsändare".into()),
        document_type: ty.into(),
        secrecy: None,
        personal_data: false,
        file: None,
        publish_file: false,
    }
}

/// The password every test account gets.
pub const PASSWORD: &str = "ett långt lösenord";

/// A person with `role`, added by the desk's administrator (created on first use) and signed in
/// with a password, as in the window: nobody picks their own role.
#[allow(dead_code)]
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
