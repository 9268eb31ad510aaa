//! The one projection: (case, documents, rules, audience) → what that audience's diary shows.
//!
//! This is the only place the routine's rules live. The preview pane, `diarievakt preview` and the
//! web-diary export all call [`project`], so what the registrar sees is what gets published.

use crate::diary::{clean_opt, CaseRecord, CaseStatus, Direction, Document, FileRef, Secrecy};
use crate::gate::{self, Clearance};
use crate::masking::MaskedCopy;
use crate::rules::{Audience, CaseField, DocumentField, Rules};
use chrono::NaiveDate;
use diarievakt_detect::personnummer;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Marking {
    Secrecy,
    PersonalData,
}

/// A field the projection leaves out, and why (in Swedish, for the registrar).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Hidden {
    pub field: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProjectedCase {
    pub number: Option<String>,
    pub title: String,
    pub case_type: Option<String>,
    pub description: Option<String>,
    pub counterpart: Option<String>,
    pub status: CaseStatus,
    pub registered: NaiveDate,
    pub publish_date: Option<NaiveDate>,
    pub unit: Option<String>,
    pub officer: Option<String>,
    pub markings: Vec<Marking>,
    /// The OSL reference of the secrecy marking, as the public sees it.
    pub secrecy_reference: Option<String>,
    pub hidden: Vec<Hidden>,
    /// Fields in which a personnummer was masked (rule 5); the registrar is warned.
    pub masked: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProjectedDocument {
    pub number: Option<String>,
    pub title: String,
    pub direction: Direction,
    pub date: NaiveDate,
    pub counterpart: Option<String>,
    pub document_type: String,
    pub markings: Vec<Marking>,
    pub secrecy_reference: Option<String>,
    pub file: Option<FileRef>,
    pub hidden: Vec<Hidden>,
    pub masked: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Projection {
    pub audience: Audience,
    /// The audience's name, e.g. "Externt webbdiarium".
    pub audience_name: String,
    pub case: ProjectedCase,
    pub documents: Vec<ProjectedDocument>,
}

/// Writes an OSL reference the way the diary shows it: "OSL 26 kap. 1 §".
pub fn osl(reference: &str) -> String {
    let r = reference.trim();
    if r.to_uppercase().starts_with("OSL") {
        r.to_string()
    } else {
        format!("OSL {r}")
    }
}

/// Why an item's details are hidden: the effective markings of one item.
#[derive(Debug, Clone, Default)]
struct Marks {
    secrecy: Option<String>,
    /// Set when the secrecy comes from the case type (rule 4), naming the type.
    secrecy_by_type: Option<String>,
    personal_data: bool,
}

impl Marks {
    fn of(secrecy: &Option<Secrecy>, personal_data: bool) -> Marks {
        Marks { secrecy: secrecy.as_ref().map(|s| osl(&s.reference)), secrecy_by_type: None, personal_data }
    }
    fn any(&self) -> bool {
        self.secrecy.is_some() || self.personal_data
    }
    fn list(&self) -> Vec<Marking> {
        let mut v = Vec::new();
        if self.secrecy.is_some() {
            v.push(Marking::Secrecy);
        }
        if self.personal_data {
            v.push(Marking::PersonalData);
        }
        v
    }
    /// "Ärendet är sekretessmarkerat (OSL 26 kap. 1 §)"; `None` when unmarked.
    fn reason(&self, case: bool) -> Option<String> {
        let (subject, secret) = if case { ("Ärendet", "sekretessmarkerat") } else { ("Handlingen", "sekretessmarkerad") };
        if let Some(r) = &self.secrecy {
            return Some(match &self.secrecy_by_type {
                Some(t) => format!("{subject} är {secret} ({r}; ärendetypen {t} är alltid sekretessmarkerad)"),
                None => format!("{subject} är {secret} ({r})"),
            });
        }
        self.personal_data.then(|| format!("{subject} innehåller personuppgifter"))
    }
}

struct Out<'a> {
    hidden: &'a mut Vec<Hidden>,
    masked: &'a mut Vec<String>,
}

impl Out<'_> {
    /// Rule 5: any personnummer left in a shown text is masked, and the field is named.
    fn text(&mut self, field: &str, value: &str) -> String {
        let (masked, n) = personnummer::mask(value);
        if n > 0 {
            self.masked.push(field.to_string());
        }
        masked
    }
    /// An optional text field: shown when `allowed`, else hidden with `reason` if it had a value.
    fn opt(&mut self, field: &str, value: Option<&str>, hide: Option<String>) -> Option<String> {
        let value = value?;
        match hide {
            Some(reason) => {
                self.hidden.push(Hidden { field: field.into(), reason });
                None
            }
            None => Some(self.text(field, value)),
        }
    }
}

fn not_shown(audience_name: &str) -> String {
    format!("Fältet visas inte i {}", audience_name.to_lowercase())
}

/// The projection of one case and its documents for one audience, with no recorded clearances:
/// no file publishes (fail closed). See [`project_with`].
pub fn project(record: &CaseRecord, rules: &Rules, audience: Audience) -> Projection {
    project_with(record, rules, audience, &[])
}

/// The projection with what is recorded about each document's file (`clearances[i]` belongs to
/// `record.documents[i]`; missing entries mean nothing is recorded).
pub fn project_with(record: &CaseRecord, rules: &Rules, audience: Audience, clearances: &[Clearance]) -> Projection {
    let ar = rules.audience(audience);
    let c = &record.case;
    let mut case_marks = Marks::of(&c.secrecy, c.personal_data);
    if case_marks.secrecy.is_none() {
        if let Some(r) = rules.secret_by_default(&c.case_type) {
            case_marks.secrecy = Some(osl(r));
            case_marks.secrecy_by_type = Some(c.case_type.trim().to_string());
        }
    }
    let case_reason = case_marks.reason(true);
    let shows = |f: CaseField| ar.case_fields.contains(&f);

    let mut hidden = Vec::new();
    let mut masked = Vec::new();
    let mut out = Out { hidden: &mut hidden, masked: &mut masked };
    let config_hide = |f: CaseField| (!shows(f)).then(|| not_shown(&ar.name));
    // Rule 1: the public title replaces the title, and the title then never appears.
    let title = match clean_opt(&c.public_title) {
        Some(p) => out.text("title", p),
        None => out.text("title", c.title.trim()),
    };
    let case_type = out.opt("case_type", Some(c.case_type.trim()).filter(|s| !s.is_empty()), config_hide(CaseField::CaseType));
    // Rule 2: a marked case shows neither description nor counterpart.
    let detail_hide = |f: CaseField| case_reason.clone().or_else(|| config_hide(f));
    let description = out.opt("description", clean_opt(&c.description), detail_hide(CaseField::Description));
    let counterpart = out.opt("counterpart", clean_opt(&c.counterpart), detail_hide(CaseField::Counterpart));
    let unit = out.opt("unit", clean_opt(&c.unit), config_hide(CaseField::Unit));
    let officer = out.opt("officer", clean_opt(&c.officer), config_hide(CaseField::Officer));

    let case = ProjectedCase {
        number: c.number.clone(),
        title,
        case_type,
        description,
        counterpart,
        status: c.status,
        registered: c.registered,
        publish_date: c.publish_date,
        unit,
        officer,
        markings: case_marks.list(),
        secrecy_reference: case_marks.secrecy.clone(),
        hidden,
        masked,
    };
    let documents = record
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| project_document(record, d, &case_marks, case_reason.as_deref(), rules, audience, clearances.get(i)))
        .collect();
    Projection { audience, audience_name: ar.name.clone(), case, documents }
}

/// Rule 3 and the gate: why a document's file is not published, or `None` when it is.
pub fn file_withheld(
    record: &CaseRecord,
    doc: &Document,
    case_reason: Option<&str>,
    rules: &Rules,
    audience: Audience,
    clearance: Option<&Clearance>,
) -> Option<String> {
    let ar = rules.audience(audience);
    doc.file.as_ref()?;
    if !ar.document_fields.contains(&DocumentField::File) {
        return Some(format!("Dokumentfiler visas inte i {}", ar.name.to_lowercase()));
    }
    let doc_reason = Marks::of(&doc.secrecy, doc.personal_data).reason(false);
    let marked = doc_reason.as_deref().or(case_reason);
    gate::evaluate(record, doc, marked, rules, clearance).withheld
}

/// The reason a case's details are hidden (rules 2 and 4), if they are.
pub fn case_marking_reason(record: &CaseRecord, rules: &Rules) -> Option<String> {
    let c = &record.case;
    let mut m = Marks::of(&c.secrecy, c.personal_data);
    if m.secrecy.is_none() {
        if let Some(r) = rules.secret_by_default(&c.case_type) {
            m.secrecy = Some(osl(r));
            m.secrecy_by_type = Some(c.case_type.trim().to_string());
        }
    }
    m.reason(true)
}

/// The gate for document `i` of `record`.
pub fn gate_for(record: &CaseRecord, i: usize, rules: &Rules, clearance: Option<&Clearance>) -> gate::Gate {
    let doc = &record.documents[i];
    let doc_reason = Marks::of(&doc.secrecy, doc.personal_data).reason(false);
    let case_reason = case_marking_reason(record, rules);
    gate::evaluate(record, doc, doc_reason.as_deref().or(case_reason.as_deref()), rules, clearance)
}

fn project_document(
    record: &CaseRecord,
    d: &Document,
    case_marks: &Marks,
    case_reason: Option<&str>,
    rules: &Rules,
    audience: Audience,
    clearance: Option<&Clearance>,
) -> ProjectedDocument {
    let ar = rules.audience(audience);
    let marks = Marks::of(&d.secrecy, d.personal_data);
    // A document in a marked case is treated as marked for its details too: when in doubt, hide.
    let reason = marks.reason(false).or_else(|| case_marks.any().then(|| case_reason.unwrap_or_default().to_string()));
    let mut hidden = Vec::new();
    let mut masked = Vec::new();
    let mut out = Out { hidden: &mut hidden, masked: &mut masked };
    let title = match clean_opt(&d.public_title) {
        Some(p) => out.text("title", p),
        None => out.text("title", d.title.trim()),
    };
    let config_hide = |f: DocumentField| (!ar.document_fields.contains(&f)).then(|| not_shown(&ar.name));
    let counterpart = out.opt("counterpart", clean_opt(&d.counterpart), reason.clone().or_else(|| config_hide(DocumentField::Counterpart)));
    let document_type = out.text("document_type", d.document_type.trim());
    let file = match file_withheld(record, d, case_reason, rules, audience, clearance) {
        Some(reason) => {
            hidden.push(Hidden { field: "file".into(), reason });
            None
        }
        None => d.file.as_ref().map(|f| {
            let (name, n) = personnummer::mask(&f.name);
            if n > 0 {
                masked.push("file".into());
            }
            // A verified masked copy publishes in the original's place, never both.
            match gate::current_copy(d, clearance) {
                Some(c) => {
                    masked.push("file_content".into());
                    FileRef { name: MaskedCopy::file_name(&name), sha256: c.sha256.clone(), size: Some(c.size), pages: Some(c.pages) }
                }
                None => FileRef { name, ..f.clone() },
            }
        }),
    };
    ProjectedDocument {
        number: d.number.clone(),
        title,
        direction: d.direction,
        date: d.date,
        counterpart,
        document_type,
        markings: marks.list(),
        secrecy_reference: marks.secrecy.clone(),
        file,
        hidden,
        masked,
    }
}
