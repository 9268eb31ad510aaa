//! TypeScript declarations of every type that crosses the IPC boundary, generated from the Rust
//! types (ts-rs) into `ui/src/lib/bindings.ts`. A test keeps the file current; nobody writes these
//! types twice by hand.

use ts_rs::{Config, TS};

macro_rules! decls {
    ($cfg:expr, $($t:ty),* $(,)?) => {{
        let mut out = String::new();
        $( out.push_str("export "); out.push_str(&<$t as TS>::decl($cfg)); out.push_str("\n\n"); )*
        out
    }};
}

/// The whole bindings file.
pub fn typescript() -> String {
    let cfg = Config::new().with_large_int("number");
    let body = decls!(
        &cfg,
        diarievakt_detect::Category,
        diarievakt_detect::Severity,
        diarievakt_model::Case,
        diarievakt_model::CaseRecord,
        diarievakt_model::CaseStatus,
        diarievakt_model::Direction,
        diarievakt_model::Document,
        diarievakt_model::FileRef,
        diarievakt_model::Secrecy,
        diarievakt_model::FieldError,
        diarievakt_model::Role,
        diarievakt_model::User,
        diarievakt_model::FormWarning,
        diarievakt_model::Audience,
        diarievakt_model::Marking,
        diarievakt_model::Hidden,
        diarievakt_model::Projection,
        diarievakt_model::projection::ProjectedCase,
        diarievakt_model::projection::ProjectedDocument,
        diarievakt_model::Rules,
        diarievakt_model::rules::AudienceRules,
        diarievakt_model::rules::SecretCaseType,
        diarievakt_model::rules::CaseField,
        diarievakt_model::rules::DocumentField,
        diarievakt_model::rules::OcrRules,
        diarievakt_model::rules::MaskingRules,
        diarievakt_model::DrawnMask,
        diarievakt_model::MaskedItem,
        diarievakt_model::MaskedCopy,
        crate::MaskedCopyView,
        diarievakt_model::PageRead,
        diarievakt_model::How,
        diarievakt_model::Quality,
        diarievakt_store::CaseSummary,
        diarievakt_store::Draft,
        diarievakt_store::Change,
        diarievakt_store::Account,
        crate::config::DiaryConfig,
        crate::config::SeriesConfig,
        crate::config::OslReference,
        crate::AppError,
        crate::Preview,
        crate::Setup,
        crate::SignInInfo,
        crate::CategoryInfo,
        crate::ExportSummary,
        crate::ImportSummary,
        crate::DocumentGate,
        diarievakt_model::Gate,
        diarievakt_model::FileReview,
        diarievakt_model::ReviewFinding,
        diarievakt_model::Verdict,
        diarievakt_model::Consent,
        diarievakt_store::ReviewRequest,
        diarievakt_store::RequestStatus,
        diarievakt_store::AuditEntry,
        diarievakt_store::AuditReport,
        crate::AttachEvent,
        crate::PageInfo,
        crate::ConfirmationView,
        crate::inventory::InventoryProgress,
        crate::inventory::InventoryRow,
        crate::inventory::WorstFinding,
        diarievakt_model::incident::IncidentState,
        diarievakt_model::incident::Risk,
        diarievakt_model::incident::Clock,
        diarievakt_model::incident::CategoryCount,
        diarievakt_model::incident::Withdrawal,
        diarievakt_model::incident::IncidentNote,
        diarievakt_model::incident::Incident,
        diarievakt_model::incident::NotificationField,
        crate::UnpublishOptions,
        crate::Unpublished,
        crate::IncidentView,
        crate::IncidentUpdate,
        crate::IncidentReportFiles,
    );
    format!("// Generated from the Rust types by `cargo test -p diarievakt-core bindings`. Do not edit.\n\n{body}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn bindings_are_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let want = super::typescript();
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
            if std::env::var_os("CI").is_some() {
                panic!("ui/src/lib/bindings.ts was out of date; regenerated it – commit the change");
            }
        }
    }
}
