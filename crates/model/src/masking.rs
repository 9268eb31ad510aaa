//! A document's masked copy as the diary records it (issue 14): which file it was made from,
//! what was masked, what verification proved. Pure: the copy itself is made and verified by
//! `diarievakt-redact` in a worker; here the gate learns whether a recorded copy still holds.
//!
//! A copy is bound to the original's SHA-256 and to the decisions it was made from: a finding
//! decided differently since, or another file, and the copy no longer counts (it is *inaktuell*)
//! – the gate then treats the document as if there were no copy.

use crate::gate::{FileReview, Verdict};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A region the registrar masks by hand: a box drawn on a page, or (`bbox: None`) the whole page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DrawnMask {
    pub page: u32,
    /// `[left, bottom, right, top]` in PDF points; `None`: the whole page.
    #[ts(optional)]
    pub bbox: Option<[f32; 4]>,
    /// The label shown on the mask ("Personnummer", "Hälsa", "Maskerat" …).
    pub label: String,
}

/// One masked thing, for the window, the audit trail and the DPO: never the masked text itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MaskedItem {
    pub page: u32,
    pub label: String,
    /// The finding it masks; `None` for a region drawn by hand or a whole page.
    #[ts(optional)]
    pub finding_id: Option<String>,
}

/// A verified masked copy of a document's file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MaskedCopy {
    pub original_sha256: String,
    pub sha256: String,
    pub size: u64,
    pub pages: u32,
    /// [`decisions_digest`] when the copy was made.
    pub decisions: String,
    pub masked: Vec<MaskedItem>,
    pub drawn: Vec<DrawnMask>,
    /// What verification proved (Swedish).
    pub checks: Vec<String>,
    pub by: String,
    pub at: String,
}

impl MaskedCopy {
    /// The file name the web diary gives the copy.
    pub fn file_name(original: &str) -> String {
        let stem = original.strip_suffix(".pdf").or_else(|| original.strip_suffix(".PDF")).unwrap_or(original);
        format!("{stem} (maskerad).pdf")
    }

    /// Pages masked whole.
    pub fn whole_pages(&self) -> Vec<u32> {
        self.drawn.iter().filter(|d| d.bbox.is_none()).map(|d| d.page).collect()
    }

    /// Does the copy still hold for `review` (the original's scan with today's decisions)?
    pub fn is_current(&self, review: &FileReview) -> bool {
        self.original_sha256 == review.sha256 && self.decisions == decisions_digest(review, &self.drawn)
    }
}

/// Binds a copy to what it was made from: the original, every finding's decision, and the
/// regions drawn by hand. Any change gives another digest.
pub fn decisions_digest(review: &FileReview, drawn: &[DrawnMask]) -> String {
    use sha2::Digest;
    let mut decided: Vec<String> = review.findings.iter().map(|f| format!("{}={:?}", f.id, f.verdict)).collect();
    decided.sort();
    let drawn = serde_json::to_string(drawn).unwrap_or_default();
    let s = format!("file={}|findings={}|drawn={drawn}", review.sha256, decided.join(","));
    hex::encode(sha2::Sha256::digest(s.as_bytes()))
}

/// What a copy of `review` with `drawn` masks: every finding decided *Får inte publiceras*, and
/// the regions drawn by hand. Each finding's label is its category's Swedish name.
pub fn masked_items(review: &FileReview, drawn: &[DrawnMask]) -> Vec<MaskedItem> {
    review
        .findings
        .iter()
        .filter(|f| f.verdict == Some(Verdict::MustNotPublish))
        .map(|f| MaskedItem { page: f.page, label: f.category.mask_label().to_string(), finding_id: Some(f.id.clone()) })
        .chain(drawn.iter().map(|d| MaskedItem { page: d.page, label: d.label.clone(), finding_id: None }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::ReviewFinding;
    use diarievakt_detect::Category;

    fn review(verdict: Option<Verdict>) -> FileReview {
        FileReview {
            sha256: "a".repeat(64),
            pages: 2,
            error: None,
            pages_without_text: vec![],
            findings: vec![ReviewFinding {
                id: "p1-personal_id-1".into(),
                category: Category::PersonalId,
                severity: Category::PersonalId.severity(),
                page: 1,
                text: "19811218-9876".into(),
                boxes: vec![[72.0, 700.0, 160.0, 712.0]],
                explanation: String::new(),
                verdict,
                reason: None,
            }],
            pages_read: vec![],
        }
    }

    #[test]
    fn a_copy_holds_until_a_decision_or_a_drawn_region_changes() {
        let r = review(Some(Verdict::MustNotPublish));
        let drawn = vec![DrawnMask { page: 2, bbox: None, label: "Maskerat".into() }];
        let copy = MaskedCopy {
            original_sha256: r.sha256.clone(),
            sha256: "b".repeat(64),
            size: 1,
            pages: 2,
            decisions: decisions_digest(&r, &drawn),
            masked: masked_items(&r, &drawn),
            drawn: drawn.clone(),
            checks: vec![],
            by: "Rita".into(),
            at: "2026-12-02T10:00:00Z".into(),
        };
        assert!(copy.is_current(&r));
        assert_eq!(copy.masked.len(), 2);
        assert_eq!(copy.masked[0].label, "Personnummer");
        assert_eq!(copy.whole_pages(), vec![2]);
        assert!(!copy.is_current(&review(Some(Verdict::NotPersonalData))), "another decision voids it");
        assert!(!copy.is_current(&review(None)));
        let mut other = r.clone();
        other.sha256 = "c".repeat(64);
        assert!(!copy.is_current(&other), "another file voids it");
        assert_ne!(decisions_digest(&r, &drawn), decisions_digest(&r, &[]), "a drawn region is part of the binding");
        assert_eq!(MaskedCopy::file_name("Brev.pdf"), "Brev (maskerad).pdf");
    }
}
