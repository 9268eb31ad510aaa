//! Where the program keeps its data: the user's data directory (directories crate), or
//! `DIARIEVAKT_DATA_DIR` when set (tests, servers, a second profile).

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "DIARIEVAKT_DATA_DIR";

pub fn data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    directories::ProjectDirs::from("se", "Diarievakt", "Diarievakt")
        .map(|p| p.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".diarievakt"))
}
