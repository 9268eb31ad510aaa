//! The form's own text checked for personal data as the registrar types (issue 3): what would be
//! published is run through the detector, so a warning is raised exactly where the web diary
//! would show personal data.

use crate::diary::{clean_opt, CaseRecord};
use crate::projection::{project, Projection};
use crate::rules::{Audience, Rules};
use diarievakt_detect::{detect, personnummer, Category};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormWarning {
    /// `None` for the case, else the index of the document in the record.
    pub document: Option<u32>,
    pub field: String,
    pub category: Category,
    pub message: String,
}

fn field_label(field: &str) -> &'static str {
    match field {
        "title" => "Rubriken",
        "public_title" => "Den publika rubriken",
        "description" => "Beskrivningen",
        "counterpart" => "Motparten",
        _ => "Fältet",
    }
}

fn first_finding(text: &str) -> Option<(Category, String)> {
    detect(text).into_iter().max_by(|a, b| a.severity().cmp(&b.severity()).then(b.start.cmp(&a.start))).map(|f| (f.category, f.text))
}

/// Checks one item's published text fields; `has_public_title` says whether the title shown is the public one.
fn check_item(
    out: &mut Vec<FormWarning>,
    document: Option<u32>,
    source: &[(&str, Option<&str>)],
    projected: &[(&str, Option<&str>)],
    has_public_title: bool,
) {
    // Rule 5: a personnummer anywhere is masked, but the registrar is told.
    for (field, value) in source {
        if let Some(v) = value {
            if !personnummer::find_all(v).is_empty() {
                out.push(FormWarning {
                    document,
                    field: field.to_string(),
                    category: Category::PersonalId,
                    message: format!(
                        "{} innehåller ett personnummer. Det maskeras i webbdiariet, men ta bort det ur fältet.",
                        field_label(field)
                    ),
                });
            }
        }
    }
    for (field, value) in projected {
        let Some(v) = value else { continue };
        let Some((category, text)) = first_finding(v) else { continue };
        if category == Category::PersonalId {
            continue; // already masked and warned above
        }
        let message = match *field {
            "title" if !has_public_title => {
                format!("Rubriken innehåller personuppgifter ({}: ”{}”) och publiceras. Ange en publik rubrik.", category.label_sv(), text)
            }
            _ => format!(
                "{} innehåller personuppgifter ({}: ”{}”) och publiceras. Ta bort uppgiften eller markera posten för personuppgifter.",
                field_label(if *field == "title" { "public_title" } else { field }),
                category.label_sv(),
                text
            ),
        };
        out.push(FormWarning {
            document,
            field: if *field == "title" && has_public_title { "public_title".into() } else { field.to_string() },
            category,
            message,
        });
    }
}

/// Warnings for everything in the record that the external web diary would show with personal data.
pub fn check_form(record: &CaseRecord, rules: &Rules) -> Vec<FormWarning> {
    check_projection(record, &project(record, rules, Audience::External))
}

/// As [`check_form`], for a projection the caller already has.
pub fn check_projection(record: &CaseRecord, p: &Projection) -> Vec<FormWarning> {
    let mut out = Vec::new();
    let c = &record.case;
    check_item(
        &mut out,
        None,
        &[
            ("title", Some(c.title.as_str())),
            ("public_title", clean_opt(&c.public_title)),
            ("description", clean_opt(&c.description)),
            ("counterpart", clean_opt(&c.counterpart)),
        ],
        &[
            ("title", Some(p.case.title.as_str())),
            ("description", p.case.description.as_deref()),
            ("counterpart", p.case.counterpart.as_deref()),
        ],
        clean_opt(&c.public_title).is_some(),
    );
    for (i, (d, pd)) in record.documents.iter().zip(&p.documents).enumerate() {
        check_item(
            &mut out,
            Some(i as u32),
            &[("title", Some(d.title.as_str())), ("public_title", clean_opt(&d.public_title)), ("counterpart", clean_opt(&d.counterpart))],
            &[("title", Some(pd.title.as_str())), ("counterpart", pd.counterpart.as_deref())],
            clean_opt(&d.public_title).is_some(),
        );
    }
    out
}
