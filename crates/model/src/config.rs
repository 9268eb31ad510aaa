//! The diary's lists (series, case and document types, units, the OSL picklist): configuration
//! the system owner can replace with a `diary.toml` in the data directory.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const DEFAULT_DIARY: &str = include_str!("../../../assets/diary.toml");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SeriesConfig {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OslReference {
    pub reference: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct DiaryConfig {
    pub series: Vec<SeriesConfig>,
    pub case_types: Vec<String>,
    pub document_types: Vec<String>,
    #[serde(default)]
    pub units: Vec<String>,
    #[serde(default)]
    pub osl: Vec<OslReference>,
    /// The personuppgiftsansvarig (name and organisation number) for incident reports to IMY.
    #[serde(default)]
    pub organisation: Option<String>,
}

impl DiaryConfig {
    pub fn parse(text: &str, file: &str) -> Result<DiaryConfig, String> {
        let c: DiaryConfig = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1).unwrap_or(1);
            format!("Inställningsfilen {file} har ett fel på rad {line}: {}", e.message().trim())
        })?;
        if c.series.is_empty() {
            return Err(format!("Inställningsfilen {file} måste ha minst en diarieserie."));
        }
        for s in &c.series {
            if !crate::number::valid_series_code(&s.code) {
                return Err(format!("Inställningsfilen {file}: seriekoden ”{}” ska skrivas med versaler, till exempel RS.", s.code));
            }
        }
        Ok(c)
    }

    pub fn defaults() -> DiaryConfig {
        DiaryConfig::parse(DEFAULT_DIARY, "assets/diary.toml").expect("the shipped diary.toml is valid")
    }
}
