//! The publication rules (rule 6: configuration the system owner edits; the routine's defaults ship
//! in `assets/rules.toml`). A malformed file is refused with a Swedish message naming the line:
//! the program never falls back to looser rules.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// The routine's defaults.
pub const DEFAULT_RULES: &str = include_str!("../../../assets/rules.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    External,
    Internal,
}

impl Audience {
    pub fn id(self) -> &'static str {
        match self {
            Audience::External => "external",
            Audience::Internal => "internal",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseField {
    Number,
    Title,
    CaseType,
    Status,
    Registered,
    PublishDate,
    Unit,
    Officer,
    Description,
    Counterpart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentField {
    Number,
    Title,
    Direction,
    Date,
    DocumentType,
    Counterpart,
    File,
}

impl CaseField {
    pub fn id(self) -> &'static str {
        match self {
            CaseField::Number => "number",
            CaseField::Title => "title",
            CaseField::CaseType => "case_type",
            CaseField::Status => "status",
            CaseField::Registered => "registered",
            CaseField::PublishDate => "publish_date",
            CaseField::Unit => "unit",
            CaseField::Officer => "officer",
            CaseField::Description => "description",
            CaseField::Counterpart => "counterpart",
        }
    }
    /// Rule 1: always shown.
    const REQUIRED: [CaseField; 5] =
        [CaseField::Number, CaseField::Title, CaseField::Status, CaseField::Registered, CaseField::PublishDate];
}

impl DocumentField {
    pub fn id(self) -> &'static str {
        match self {
            DocumentField::Number => "number",
            DocumentField::Title => "title",
            DocumentField::Direction => "direction",
            DocumentField::Date => "date",
            DocumentField::DocumentType => "document_type",
            DocumentField::Counterpart => "counterpart",
            DocumentField::File => "file",
        }
    }
    const REQUIRED: [DocumentField; 4] = [DocumentField::Number, DocumentField::Title, DocumentField::Date, DocumentField::DocumentType];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SecretCaseType {
    pub case_type: String,
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AudienceRules {
    pub name: String,
    pub case_fields: Vec<CaseField>,
    pub document_fields: Vec<DocumentField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub auto_publish_document_types: Vec<String>,
    #[serde(default)]
    pub secret_case_types: Vec<SecretCaseType>,
    pub audiences: BTreeMap<Audience, AudienceRules>,
    /// When a page read by OCR counts as reviewed (issue 12). Left out of the file: the defaults.
    #[serde(default, skip_serializing_if = "OcrRules::is_default")]
    #[ts(as = "Option<OcrRules>", optional)]
    pub ocr: OcrRules,
    /// Masked copies (issue 14). Left out of the file: the defaults.
    #[serde(default, skip_serializing_if = "MaskingRules::is_default")]
    #[ts(as = "Option<MaskingRules>", optional)]
    pub masking: MaskingRules,
}

/// The `[masking]` section: what a verified masked copy still needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields, default)]
pub struct MaskingRules {
    /// A copy that masks high-severity data (personnummer, health, offences …) still needs the
    /// team lead's approval: the second pair of eyes checks that the masks cover what they should.
    pub high_needs_team_lead: bool,
}

impl Default for MaskingRules {
    fn default() -> Self {
        MaskingRules { high_needs_team_lead: true }
    }
}

impl MaskingRules {
    pub fn is_default(&self) -> bool {
        *self == MaskingRules::default()
    }
}

/// The `[ocr]` section: thresholds in whole per cent. A page (or a large image) read by OCR counts
/// as reviewed only when all three hold; otherwise it needs the team lead, as a scanned page did
/// before. Defaults and why: the README's "OCR (inlästa sidor)".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields, default)]
pub struct OcrRules {
    /// Read pages without a usable text layer by OCR at all. Off: such pages are only flagged.
    pub enabled: bool,
    /// The lowest mean word confidence.
    pub min_mean_confidence: u8,
    /// The largest share of words read with low confidence (below 60 %).
    pub max_low_confidence_words: u8,
    /// The largest share of the page's ink (ruled lines left out) that no confidently read word covers.
    pub max_unreadable_ink: u8,
    /// The resolution pages are rendered at for OCR (dots per inch). 300 reads small print and
    /// poor scans best; 200 is faster (see the README's figures).
    pub dpi: u16,
}

impl Default for OcrRules {
    fn default() -> Self {
        OcrRules { enabled: true, min_mean_confidence: 80, max_low_confidence_words: 20, max_unreadable_ink: 25, dpi: 300 }
    }
}

impl OcrRules {
    pub fn is_default(&self) -> bool {
        *self == OcrRules::default()
    }

    /// The thresholds as the OCR crate applies them (shares, 0–1).
    pub fn policy(&self) -> diarievakt_ocr::Policy {
        diarievakt_ocr::Policy {
            min_mean_confidence: self.min_mean_confidence as f32 / 100.0,
            max_low_confidence_share: self.max_low_confidence_words as f32 / 100.0,
            max_unexplained_ink: self.max_unreadable_ink as f32 / 100.0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    #[error("Regelfilen {file} har ett fel på rad {line}: {message}")]
    Syntax { file: String, line: usize, message: String },
    #[error("Regelfilen {file} är ogiltig: {message}")]
    Invalid { file: String, message: String },
}

fn same_type(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Rules {
    /// The routine's defaults, shipped with the program.
    pub fn defaults() -> Rules {
        Rules::parse(DEFAULT_RULES, "assets/rules.toml").expect("the shipped rules are valid")
    }

    /// Parses and checks a rules file; `file` names it in messages.
    pub fn parse(text: &str, file: &str) -> Result<Rules, RulesError> {
        let rules: Rules = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1).unwrap_or(1);
            RulesError::Syntax { file: file.into(), line, message: translate(e.message()) }
        })?;
        rules.check().map_err(|message| RulesError::Invalid { file: file.into(), message })?;
        Ok(rules)
    }

    fn check(&self) -> Result<(), String> {
        for a in [Audience::External, Audience::Internal] {
            let Some(r) = self.audiences.get(&a) else {
                return Err(format!("målgruppen [audiences.{}] saknas", a.id()));
            };
            for f in CaseField::REQUIRED {
                if !r.case_fields.contains(&f) {
                    return Err(format!("[audiences.{}] måste visa ärendefältet ”{}” (rutinens regel 1)", a.id(), f.id()));
                }
            }
            for f in DocumentField::REQUIRED {
                if !r.document_fields.contains(&f) {
                    return Err(format!("[audiences.{}] måste visa handlingsfältet ”{}” (rutinens regel 1)", a.id(), f.id()));
                }
            }
        }
        let o = &self.ocr;
        if !(50..=100).contains(&o.min_mean_confidence) {
            return Err("[ocr] min_mean_confidence ska vara mellan 50 och 100 (procent)".into());
        }
        if o.max_low_confidence_words > 50 || o.max_unreadable_ink > 60 {
            return Err("[ocr] max_low_confidence_words får vara högst 50 och max_unreadable_ink högst 60 (procent)".into());
        }
        if !(150..=600).contains(&o.dpi) {
            return Err("[ocr] dpi ska vara mellan 150 och 600".into());
        }
        for s in &self.secret_case_types {
            if s.case_type.trim().is_empty() || s.reference.trim().is_empty() {
                return Err("varje sekretessbelagd ärendetyp behöver både case_type och reference".into());
            }
        }
        Ok(())
    }

    /// Rule 4: the reference a case type is secret under by default.
    pub fn secret_by_default(&self, case_type: &str) -> Option<&str> {
        self.secret_case_types.iter().find(|s| same_type(&s.case_type, case_type)).map(|s| s.reference.as_str())
    }

    /// Rule 3: document types whose file publishes without the box.
    pub fn publishes_automatically(&self, document_type: &str) -> bool {
        self.auto_publish_document_types.iter().any(|t| same_type(t, document_type))
    }

    pub fn audience(&self, a: Audience) -> &AudienceRules {
        &self.audiences[&a]
    }
}

/// The toml crate speaks English; the system owner reads Swedish. Translate the common cases and
/// keep the original for the rest.
fn translate(msg: &str) -> String {
    let m = msg.trim();
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        return format!("okänt värde {rest}");
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        return format!("okänt fält {rest}");
    }
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("fältet {rest} saknas");
    }
    if m.starts_with("invalid type") {
        return format!("fel typ av värde ({m})");
    }
    format!("ogiltig TOML ({m})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_routine() {
        let r = Rules::defaults();
        assert_eq!(r.secret_by_default("orosanmälan"), Some("OSL 26 kap. 1 §"));
        assert!(r.publishes_automatically("Protokollsutdrag"));
        assert!(r.publishes_automatically("Styrande dokument"));
        assert!(!r.publishes_automatically("Skrivelse"));
    }

    #[test]
    fn malformed_names_the_line() {
        let bad = DEFAULT_RULES.replace("\"file\"]", "\"file\"");
        let e = Rules::parse(&bad, "rules.toml").unwrap_err().to_string();
        assert!(e.starts_with("Regelfilen rules.toml har ett fel på rad "), "{e}");
        let bad = DEFAULT_RULES.replace("\"unit\", \"officer\"", "\"unit\", \"officerare\"");
        let e = Rules::parse(&bad, "rules.toml").unwrap_err();
        match e {
            RulesError::Syntax { line, message, .. } => {
                assert_eq!(line, 24, "{message}");
                assert!(message.contains("okänt värde"), "{message}");
            }
            e => panic!("{e}"),
        }
    }

    #[test]
    fn ocr_thresholds_default_and_are_checked() {
        let r = Rules::defaults();
        assert_eq!(r.ocr, OcrRules::default());
        assert!(r.ocr.enabled && r.ocr.min_mean_confidence == 80);
        // The section is optional: a rules file written before OCR gets the defaults.
        let start = DEFAULT_RULES.find("[ocr]").expect("the shipped file documents the section");
        let old = Rules::parse(&DEFAULT_RULES[..start], "rules.toml").unwrap();
        assert_eq!(old.ocr, OcrRules::default());
        // And is left out of the serialised rules when default, so existing consents stay valid.
        assert!(!serde_json::to_string(&old).unwrap().contains("ocr"));
        let strict = format!("{}[ocr]\nmin_mean_confidence = 90\n", &DEFAULT_RULES[..start]);
        let r = Rules::parse(&strict, "rules.toml").unwrap();
        assert_eq!((r.ocr.min_mean_confidence, r.ocr.max_unreadable_ink), (90, 25));
        assert!(serde_json::to_string(&r).unwrap().contains("\"min_mean_confidence\":90"));
        let loose = format!("{}[ocr]\nmin_mean_confidence = 20\n", &DEFAULT_RULES[..start]);
        let e = Rules::parse(&loose, "rules.toml").unwrap_err().to_string();
        assert!(e.contains("[ocr] min_mean_confidence"), "{e}");
    }

    #[test]
    fn never_looser_than_rule_1() {
        let bad = DEFAULT_RULES.replacen("\"number\", \"title\", ", "", 1);
        let e = Rules::parse(&bad, "rules.toml").unwrap_err().to_string();
        assert!(e.contains("regel 1"), "{e}");
    }
}
