//! Diarienummer (`RS/399/2021`: series / running number / year) and handlingsnummer (`RS/399/2021:3`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct CaseNumber {
    pub series: String,
    pub seq: u32,
    pub year: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct DocumentNumber {
    pub case: CaseNumber,
    pub seq: u32,
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.series, self.seq, self.year)
    }
}

impl fmt::Display for DocumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.case, self.seq)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Ogiltigt diarienummer ”{0}”: skriv serie/löpnummer/år, till exempel RS/399/2021.")]
pub struct NumberError(pub String);

/// A series code: 1–10 capital letters (RF, RS, HSN, …).
pub fn valid_series_code(s: &str) -> bool {
    (1..=10).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_uppercase() || "ÅÄÖ".contains(c))
}

impl FromStr for CaseNumber {
    type Err = NumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || NumberError(s.to_string());
        let mut parts = s.trim().split('/');
        let (Some(series), Some(seq), Some(year), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(err());
        };
        if !valid_series_code(series) {
            return Err(err());
        }
        let seq: u32 = seq.parse().map_err(|_| err())?;
        let year: i32 = year.parse().map_err(|_| err())?;
        if seq == 0 || !(1900..=2999).contains(&year) {
            return Err(err());
        }
        Ok(CaseNumber { series: series.to_string(), seq, year })
    }
}

impl FromStr for DocumentNumber {
    type Err = NumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (c, d) = s.trim().rsplit_once(':').ok_or_else(|| NumberError(s.to_string()))?;
        let seq: u32 = d.parse().map_err(|_| NumberError(s.to_string()))?;
        if seq == 0 {
            return Err(NumberError(s.to_string()));
        }
        Ok(DocumentNumber { case: c.parse()?, seq })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let n: CaseNumber = "RS/399/2021".parse().unwrap();
        assert_eq!(n, CaseNumber { series: "RS".into(), seq: 399, year: 2021 });
        assert_eq!(n.to_string(), "RS/399/2021");
        let d: DocumentNumber = "HSN/12/2024:3".parse().unwrap();
        assert_eq!(d.seq, 3);
        assert_eq!(d.to_string(), "HSN/12/2024:3");
    }

    #[test]
    fn rejects() {
        for s in ["", "RS/399", "rs/1/2021", "RS/0/2021", "RS/x/2021", "RS/1/21", "RS/1/2021/4"] {
            assert!(s.parse::<CaseNumber>().is_err(), "{s}");
        }
        assert!("RS/1/2021:0".parse::<DocumentNumber>().is_err());
    }
}
