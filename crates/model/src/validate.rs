//! Validation with Swedish messages addressed to a field, so the form can show them beside it.

use crate::diary::{Case, Document};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldError {
    /// The field's JSON name (`title`, `secrecy`, `date`, …).
    pub field: String,
    pub message: String,
}

fn err(field: &str, message: impl Into<String>) -> FieldError {
    FieldError { field: field.into(), message: message.into() }
}

const MAX_TITLE: usize = 1000;

fn check_title(out: &mut Vec<FieldError>, title: &str, public_title: &Option<String>) {
    if title.trim().is_empty() {
        out.push(err("title", "Rubriken måste fyllas i."));
    } else if title.chars().count() > MAX_TITLE {
        out.push(err("title", format!("Rubriken får vara högst {MAX_TITLE} tecken.")));
    }
    if public_title.as_ref().is_some_and(|p| p.chars().count() > MAX_TITLE) {
        out.push(err("public_title", format!("Den publika rubriken får vara högst {MAX_TITLE} tecken.")));
    }
}

fn check_secrecy(out: &mut Vec<FieldError>, secrecy: &Option<crate::Secrecy>) {
    if let Some(s) = secrecy {
        if s.reference.trim().is_empty() {
            out.push(err("secrecy", "En sekretessmarkering kräver en hänvisning till OSL, till exempel ”OSL 26 kap. 1 §”."));
        }
    }
}

pub fn validate_case(case: &Case, today: NaiveDate) -> Vec<FieldError> {
    let mut out = Vec::new();
    check_title(&mut out, &case.title, &case.public_title);
    if case.case_type.trim().is_empty() {
        out.push(err("case_type", "Välj en ärendetyp."));
    }
    check_secrecy(&mut out, &case.secrecy);
    if case.registered > today {
        out.push(err("registered", "Registreringsdatum kan inte ligga i framtiden."));
    }
    if let Some(p) = case.publish_date {
        if p < case.registered {
            out.push(err("publish_date", "Publiceringsdatum kan inte vara före registreringsdatum."));
        }
    }
    out
}

pub fn validate_document(doc: &Document, today: NaiveDate) -> Vec<FieldError> {
    let mut out = Vec::new();
    check_title(&mut out, &doc.title, &doc.public_title);
    if doc.document_type.trim().is_empty() {
        out.push(err("document_type", "Välj en handlingstyp."));
    }
    check_secrecy(&mut out, &doc.secrecy);
    if doc.date > today {
        let what = doc.direction.date_label_sv().to_lowercase();
        out.push(err("date", format!("Datumet ({what}) kan inte ligga i framtiden.")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Direction, Secrecy};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    pub(crate) fn case() -> Case {
        Case {
            number: None,
            title: "Rutin för publicering".into(),
            public_title: None,
            description: None,
            case_type: "Allmänt ärende".into(),
            counterpart: None,
            status: Default::default(),
            registered: d("2021-06-01"),
            publish_date: None,
            officer: None,
            unit: None,
            secrecy: None,
            personal_data: false,
        }
    }

    #[test]
    fn case_rules() {
        let today = d("2021-06-10");
        assert!(validate_case(&case(), today).is_empty());
        let mut c = case();
        c.title = "  ".into();
        c.secrecy = Some(Secrecy { reference: " ".into() });
        c.registered = d("2021-07-01");
        c.publish_date = Some(d("2021-06-30"));
        let fields: Vec<_> = validate_case(&c, today).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "secrecy", "registered", "publish_date"]);
    }

    #[test]
    fn document_date_not_in_future() {
        let doc = Document {
            number: None,
            title: "Skrivelse".into(),
            public_title: None,
            direction: Direction::Incoming,
            date: d("2021-06-11"),
            counterpart: None,
            document_type: "Skrivelse".into(),
            secrecy: None,
            personal_data: false,
            file: None,
            publish_file: false,
        };
        let e = validate_document(&doc, d("2021-06-10"));
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].field, "date");
        assert!(e[0].message.contains("inkom"));
        assert!(validate_document(&doc, d("2021-06-11")).is_empty());
    }
}
