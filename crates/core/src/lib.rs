//! The registrar's workstation without a window.
//!
//! [`Workstation`] is the one API the Tauri shell's commands and the `diarievakt` command call:
//! every decision (validation, numbering, the rules, the projection, the checks) is made here or
//! below, never in the UI.

pub mod bindings;
pub mod config;
pub mod inventory;
pub mod logging;
pub mod paths;
mod review;
mod viewer;
mod workstation;

pub use review::{finding_id, stored_scan, DocumentGate};
pub use viewer::{severity_rgba, AttachEvent, ConfirmationView, PageInfo};

pub use config::DiaryConfig;
pub use workstation::*;
