//! The registrar's workstation without a window.
//!
//! [`Workstation`] is the one API the Tauri shell's commands and the `diarievakt` command call:
//! every decision (validation, numbering, the rules, the projection, the checks) is made here or
//! below, never in the UI.

pub mod bindings;
pub use diarievakt_model::config;
mod incidents;
pub mod inventory;
pub mod logging;
mod masking;
pub mod paths;
mod review;
mod viewer;
mod workstation;

pub use incidents::{
    display_time, masked, parse_discovered, reference_in_name, IncidentReport, IncidentReportFiles, IncidentUpdate, IncidentView,
    UnpublishOptions, Unpublished,
};
pub use masking::{plan_for, MaskedCopyView};
pub use review::{finding_id, scan_options, stored_report, stored_scan, DocumentGate};
pub use viewer::{severity_rgba, AttachEvent, ConfirmationView, PageInfo};

pub use config::DiaryConfig;
pub use workstation::*;
