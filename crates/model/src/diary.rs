//! The diary model: a case (ärende) with its documents (handlingar), in the shape of the
//! registration JSON (`../shared/spec/registration-json.md`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Ärendestatus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
pub enum CaseStatus {
    #[default]
    #[serde(rename = "Pågående")]
    Ongoing,
    #[serde(rename = "Vilande")]
    Dormant,
    #[serde(rename = "Avslutat")]
    Closed,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 3] = [CaseStatus::Ongoing, CaseStatus::Dormant, CaseStatus::Closed];
    pub fn label_sv(self) -> &'static str {
        match self {
            CaseStatus::Ongoing => "Pågående",
            CaseStatus::Dormant => "Vilande",
            CaseStatus::Closed => "Avslutat",
        }
    }
    pub fn from_label(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.label_sv() == s)
    }
}

/// A document's direction: inkommen, utgående or upprättad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Incoming,
    Outgoing,
    Internal,
}

impl Direction {
    pub const ALL: [Direction; 3] = [Direction::Incoming, Direction::Internal, Direction::Outgoing];
    pub fn id(self) -> &'static str {
        match self {
            Direction::Incoming => "incoming",
            Direction::Outgoing => "outgoing",
            Direction::Internal => "internal",
        }
    }
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.id() == s)
    }
    pub fn label_sv(self) -> &'static str {
        match self {
            Direction::Incoming => "Inkommande",
            Direction::Outgoing => "Utgående",
            Direction::Internal => "Upprättad",
        }
    }
    /// The label of the document's date for this direction.
    pub fn date_label_sv(self) -> &'static str {
        match self {
            Direction::Incoming => "Inkom",
            Direction::Outgoing => "Expedierad",
            Direction::Internal => "Upprättad",
        }
    }
}

/// A secrecy marking with its reference in the Public Access to Information and Secrecy Act (OSL).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Secrecy {
    /// E.g. "OSL 26 kap. 1 §".
    pub reference: String,
}

/// An attached file, kept in the content-addressed store under its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct FileRef {
    pub name: String,
    pub sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub size: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub pages: Option<u32>,
}

/// Ärende.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Case {
    /// Diarienummer, e.g. `RS/399/2021`; `None` until the case is registered.
    #[serde(default)]
    pub number: Option<String>,
    /// Ärendemening.
    pub title: String,
    /// Publik rubrik: shown instead of the title wherever the diary is published.
    #[serde(default)]
    pub public_title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// Ärendetyp.
    pub case_type: String,
    /// Avsändare / motpart.
    #[serde(default)]
    pub counterpart: Option<String>,
    #[serde(default)]
    pub status: CaseStatus,
    /// Registreringsdatum.
    pub registered: NaiveDate,
    /// Publiceringsdatum.
    #[serde(default)]
    pub publish_date: Option<NaiveDate>,
    /// Handläggare.
    #[serde(default)]
    pub officer: Option<String>,
    /// Enhet.
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub secrecy: Option<Secrecy>,
    /// Personuppgiftsmarkering.
    #[serde(default)]
    pub personal_data: bool,
}

/// Handling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Document {
    /// Handlingsnummer, e.g. `RS/399/2021:3`; `None` until registered.
    #[serde(default)]
    pub number: Option<String>,
    pub title: String,
    #[serde(default)]
    pub public_title: Option<String>,
    pub direction: Direction,
    /// Inkom / upprättad / expedierad.
    pub date: NaiveDate,
    #[serde(default)]
    pub counterpart: Option<String>,
    /// Handlingstyp.
    pub document_type: String,
    #[serde(default)]
    pub secrecy: Option<Secrecy>,
    #[serde(default)]
    pub personal_data: bool,
    #[serde(default)]
    pub file: Option<FileRef>,
    /// The box *Publicera dokumentfil*.
    #[serde(default)]
    pub publish_file: bool,
}

/// One case with its documents: the unit of the registration JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaseRecord {
    pub case: Case,
    #[serde(default)]
    pub documents: Vec<Document>,
}

/// Trims a free-text field; an empty one is absent.
pub fn clean_opt(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl Case {
    /// Normalises free text: trimmed, empty optional fields become `None`.
    pub fn normalised(mut self) -> Self {
        self.title = self.title.trim().to_string();
        self.case_type = self.case_type.trim().to_string();
        for f in [&mut self.public_title, &mut self.description, &mut self.counterpart, &mut self.officer, &mut self.unit] {
            *f = clean_opt(f).map(str::to_string);
        }
        if let Some(s) = &self.secrecy {
            if s.reference.trim().is_empty() {
                // Keep the marking: an empty reference is a validation error, never a silent unmark.
                self.secrecy = Some(Secrecy { reference: String::new() });
            }
        }
        self
    }
}

impl Document {
    pub fn normalised(mut self) -> Self {
        self.title = self.title.trim().to_string();
        self.document_type = self.document_type.trim().to_string();
        for f in [&mut self.public_title, &mut self.counterpart] {
            *f = clean_opt(f).map(str::to_string);
        }
        self
    }
}

/// Parses registration JSON (`shared/spec/registration-json.md`): one record or an array of
/// records, with a Swedish error naming the line or the record that is wrong.
pub fn parse_records(text: &str) -> Result<Vec<CaseRecord>, String> {
    let v: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("JSON-filen går inte att läsa (rad {}, kolumn {}): {e}", e.line(), e.column()))?;
    let items = match v {
        serde_json::Value::Array(a) => a,
        v => vec![v],
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            serde_json::from_value::<CaseRecord>(v).map_err(|e| format!("Ärende nummer {} i JSON-filen är ofullständigt: {e}", i + 1))
        })
        .collect()
}
