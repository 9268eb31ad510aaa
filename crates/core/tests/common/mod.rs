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
