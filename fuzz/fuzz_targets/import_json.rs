//! The registration-JSON import (`diarievakt_model::diary::parse_records`, spec: shared/spec/registration-json.md)
//! on arbitrary bytes, followed by what an import does with an accepted record before it is stored:
//! validation, normalisation, and (as the form's preview does) the projection, its page and the
//! form's checks. None of it may panic; accepted records and numbers must round-trip.
#![no_main]

use chrono::NaiveDate;
use diarievakt_model::{
    check_form, html, project, validate_case, validate_document, Audience, CaseNumber, CaseRecord, DocumentNumber, Rules,
};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn rules() -> &'static Rules {
    static R: OnceLock<Rules> = OnceLock::new();
    R.get_or_init(Rules::defaults)
}

fuzz_target!(|data: &[u8]| {
    // The CLI and the window read the file as UTF-8 first; anything else is refused before parsing.
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(records) = diarievakt_model::diary::parse_records(text) else { return };
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    for r in records {
        // Accepted JSON re-serialises and parses back to the same record.
        let again = serde_json::to_string(&r).expect("an accepted record serialises");
        let back: CaseRecord = serde_json::from_str(&again).expect("a serialised record parses");
        assert_eq!(back, r, "record does not round-trip through JSON");

        let _ = validate_case(&r.case, today);
        for d in &r.documents {
            let _ = validate_document(d, today);
        }
        let r = CaseRecord {
            case: r.case.normalised(),
            documents: r.documents.into_iter().map(|d| d.normalised()).collect(),
        };
        for n in r.case.number.iter() {
            if let Ok(parsed) = n.parse::<CaseNumber>() {
                assert_eq!(parsed.to_string().parse::<CaseNumber>().ok(), Some(parsed), "case number {n:?} round-trip");
            }
        }
        for n in r.documents.iter().filter_map(|d| d.number.as_ref()) {
            if let Ok(parsed) = n.parse::<DocumentNumber>() {
                assert_eq!(parsed.to_string().parse::<DocumentNumber>().ok(), Some(parsed), "document number {n:?} round-trip");
            }
        }
        for a in [Audience::External, Audience::Internal] {
            let p = project(&r, rules(), a);
            let _ = html::case_page(&p);
        }
        let _ = check_form(&r, rules());
    }
});
