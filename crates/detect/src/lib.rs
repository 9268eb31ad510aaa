//! Swedish personal-data detection on plain text.
//!
//! The input is text as it reads (a PDF page rebuilt into lines, or a form field); the output is a list
//! of [`Finding`]s with byte ranges into that text, so callers can map them back to character boxes.
//! Nothing here knows about PDFs, windows or storage.

mod category;
pub mod personnummer;

pub use category::{Category, Severity};

use serde::Serialize;

/// One piece of personal data found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub category: Category,
    /// Byte range into the text given to [`detect`]; always on char boundaries.
    pub start: usize,
    pub end: usize,
    /// The matched text, as it appears in the input.
    pub text: String,
    /// 0.0 ..= 1.0
    pub confidence: f32,
    /// A short Swedish explanation of why it was flagged (which rule, which context).
    pub explanation: String,
}

impl Finding {
    pub fn severity(&self) -> Severity {
        self.category.severity()
    }
}

/// Finds all personal data in `text`, ordered by start offset.
pub fn detect(text: &str) -> Vec<Finding> {
    let mut out: Vec<Finding> = personnummer::find_all(text)
        .into_iter()
        .map(|m| Finding {
            category: Category::PersonalId,
            start: m.start,
            end: m.end,
            text: text[m.start..m.end].to_string(),
            confidence: 0.99,
            explanation: m.explanation(),
        })
        .collect();
    out.sort_by_key(|f| (f.start, f.end));
    out
}
