//! The diary model and the routine's rules, free of any window, database or PDF library.
//!
//! - [`diary`]: ärenden and handlingar, the registration JSON's shape.
//! - [`number`]: diarienummer and handlingsnummer.
//! - [`validate`]: field-level validation with Swedish messages.
//! - [`rules`]: the publication rules file (RS/399/2021's defaults in `assets/rules.toml`).
//! - [`projection`]: the one function that decides what a diary shows.
//! - [`html`]: the web diary's pages, shared by the preview and the export.
//! - [`config`]: the diary's lists (series, case and document types, units, OSL), `diary.toml`.

pub mod check;
pub mod config;
pub mod diary;
pub mod gate;
pub mod html;
pub mod incident;
pub mod masking;
pub mod number;
pub mod projection;
pub mod rules;
pub mod user;
pub mod validate;

pub use check::{check_form, FormWarning};
pub use diarievakt_ocr::{How, PageRead, Quality};
pub use diary::{Case, CaseRecord, CaseStatus, Direction, Document, FileRef, Secrecy};
pub use gate::{Clearance, Consent, FileReview, Gate, ReviewFinding, Verdict};
pub use masking::{DrawnMask, MaskedCopy, MaskedItem};
pub use number::{CaseNumber, DocumentNumber};
pub use projection::{gate_for, project, project_with, Hidden, Marking, Projection};
pub use rules::{Audience, MaskingRules, OcrRules, Rules, RulesError};
pub use user::{Role, User};
pub use validate::{validate_case, validate_document, FieldError};
