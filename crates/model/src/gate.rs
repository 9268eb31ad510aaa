//! The publication gate (issue 5): when may *Publicera dokumentfil* be ticked, and when does a
//! file actually publish. Enforced here, in the core, and applied by the projection itself, so no
//! path (window, IPC, import, export) can publish a file without a recorded confirmation bound to
//! the file's SHA-256 and to the markings and rules in force when it was given.

use crate::diary::{CaseRecord, Document};
use crate::rules::Rules;
use diarievakt_detect::{Category, Severity};
use diarievakt_ocr::PageRead;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A decision on one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Inte en personuppgift.
    NotPersonalData,
    /// Får publiceras (with a reason).
    MayPublish,
    /// Får inte publiceras.
    MustNotPublish,
}

impl Verdict {
    pub fn label_sv(self) -> &'static str {
        match self {
            Verdict::NotPersonalData => "Inte en personuppgift",
            Verdict::MayPublish => "Får publiceras",
            Verdict::MustNotPublish => "Får inte publiceras",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewFinding {
    /// Stable id of the finding within its file (page, category, position).
    pub id: String,
    pub category: Category,
    pub severity: Severity,
    pub page: u32,
    pub text: String,
    /// Where the finding sits on its page: `[left, bottom, right, top]` in PDF points, one box per
    /// line when it wraps.
    #[serde(default)]
    pub boxes: Vec<[f32; 4]>,
    /// Why the detector flagged it (Swedish).
    #[serde(default)]
    pub explanation: String,
    pub verdict: Option<Verdict>,
    pub reason: Option<String>,
}

impl ReviewFinding {
    pub fn severity(&self) -> Severity {
        self.category.severity()
    }
}

/// A file's scan with the decisions taken on its findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FileReview {
    pub sha256: String,
    pub pages: u32,
    /// Why the file could not be read, if it could not.
    pub error: Option<String>,
    pub pages_without_text: Vec<u32>,
    pub findings: Vec<ReviewFinding>,
    /// How each page was read (text layer, OCR, both); empty for scans made before OCR.
    #[serde(default)]
    pub pages_read: Vec<PageRead>,
}

impl FileReview {
    /// The pages read by OCR, with their mean confidence.
    pub fn ocr_pages(&self) -> impl Iterator<Item = &PageRead> {
        self.pages_read.iter().filter(|p| p.used_ocr())
    }

    /// Pages that do not count as reviewed under `rules`: those the scan could not review, and
    /// those whose OCR reading the rules in force no longer accept. Fail closed: a page judged by
    /// its OCR reading without a recorded quality is not reviewed.
    pub fn unreviewed_pages(&self, rules: &Rules) -> Vec<u32> {
        let policy = rules.ocr.policy();
        let mut out = self.pages_without_text.clone();
        for p in self.pages_read.iter().filter(|p| p.judged) {
            let ok = p.ocr_error.is_none() && p.quality.as_ref().is_some_and(|q| policy.readable(q));
            if !ok && !out.contains(&p.page) {
                out.push(p.page);
            }
        }
        out.sort_unstable();
        out
    }
}

/// Why a page is not reviewed, in Swedish.
fn unreviewed_reason(r: &FileReview, page: u32, rules: &Rules) -> Option<String> {
    let read = r.pages_read.iter().find(|p| p.page == page && p.used_ocr())?;
    let what = read.ocr_reason.as_deref().unwrap_or("sidan kräver OCR");
    Some(if let Some(e) = &read.ocr_error {
        format!("Sidan {page} kan inte granskas automatiskt ({what}): {}", e.trim_end_matches('.'))
    } else if let Some(q) = &read.quality {
        let why = rules.ocr.policy().judge(q);
        let why = if why.is_empty() { "läsningen räckte inte".to_string() } else { why.join(", ") };
        format!("Sidan {page} lästes med OCR men kan inte granskas automatiskt: {why}")
    } else {
        format!("Sidan {page} kan inte granskas automatiskt ({what})")
    })
}

/// A recorded act: a person confirmed publication, or a team lead approved it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Consent {
    pub sha256: String,
    /// [`fingerprint`] at the time: a change of file, marking or rules voids the consent.
    pub fingerprint: String,
    pub by: String,
    pub at: String,
}

/// Everything recorded about one document's file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Clearance {
    pub review: Option<FileReview>,
    pub confirmation: Option<Consent>,
    pub approval: Option<Consent>,
    /// The file was taken off the web diary (*Avpublicera*): it stays withheld whatever else is
    /// recorded, until the document gets another file.
    #[serde(default)]
    #[ts(optional)]
    pub withdrawal: Option<crate::incident::Withdrawal>,
    /// The verified masked copy made of this file, if any (issue 14). It publishes in the
    /// original's place while it holds ([`current_copy`]).
    #[serde(default)]
    #[ts(optional)]
    pub masked_copy: Option<crate::masking::MaskedCopy>,
}

/// The masked copy that publishes in place of `doc`'s file: recorded for this very file, made
/// from today's decisions, and (for a withdrawn file) made after the withdrawal.
pub fn current_copy<'a>(doc: &Document, clearance: Option<&'a Clearance>) -> Option<&'a crate::masking::MaskedCopy> {
    let file = doc.file.as_ref()?;
    let c = clearance?;
    let copy = c.masked_copy.as_ref()?;
    let review = c.review.as_ref().filter(|r| r.sha256 == file.sha256)?;
    if copy.original_sha256 != file.sha256 || !copy.is_current(review) {
        return None;
    }
    if let Some(w) = c.withdrawal.as_ref().filter(|w| w.sha256 == file.sha256) {
        if copy.at <= w.at {
            return None;
        }
    }
    Some(copy)
}

/// The gate's verdict on one document, for the window and for the projection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Gate {
    /// The box may be offered (it still needs the explicit confirmation).
    pub box_available: bool,
    /// Why the box is not available (Swedish).
    pub blockers: Vec<String>,
    /// Why a team lead must approve before the box can be set (Swedish).
    pub approval_reasons: Vec<String>,
    pub approved: bool,
    pub confirmed: bool,
    /// The file publishes now (given rule 3 as well).
    pub publishes: bool,
    /// Why the file does not publish, when it has one and does not.
    pub withheld: Option<String>,
    /// The SHA-256 of the masked copy that publishes in the original's place, when one holds.
    #[ts(optional)]
    pub masked_copy: Option<String>,
    /// Why a recorded masked copy no longer counts (Swedish).
    #[ts(optional)]
    pub masked_copy_note: Option<String>,
    /// What a confirmation or an approval given now is bound to ([`fingerprint_for`]).
    pub fingerprint: String,
}

/// Binds a consent to the file, the markings of the document and its case, the case type and the
/// rules in force.
pub fn fingerprint(record: &CaseRecord, doc: &Document, rules: &Rules) -> String {
    use std::fmt::Write;
    let c = &record.case;
    let mut s = String::new();
    let _ = write!(
        s,
        "file={}|doc_secrecy={:?}|doc_pd={}|type={}|case_secrecy={:?}|case_pd={}|case_type={}|rules={}",
        doc.file.as_ref().map(|f| f.sha256.as_str()).unwrap_or(""),
        doc.secrecy.as_ref().map(|s| s.reference.trim()),
        doc.personal_data,
        doc.document_type.trim(),
        c.secrecy.as_ref().map(|s| s.reference.trim()),
        c.personal_data,
        c.case_type.trim(),
        serde_json::to_string(rules).unwrap_or_default(),
    );
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(s.as_bytes()))
}

/// [`fingerprint`], bound also to the masked copy that would publish (its SHA-256 and the
/// decisions it was made from): a consent names and binds both files.
pub fn fingerprint_for(record: &CaseRecord, doc: &Document, rules: &Rules, clearance: Option<&Clearance>) -> String {
    let base = fingerprint(record, doc, rules);
    match current_copy(doc, clearance) {
        None => base,
        Some(c) => {
            use sha2::Digest;
            hex::encode(sha2::Sha256::digest(format!("{base}|copy={}|decisions={}", c.sha256, c.decisions).as_bytes()))
        }
    }
}

fn page_list(pages: &[u32]) -> String {
    pages.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ")
}

/// The gate for `doc`, a document of `record`. `marked` is the reason the document or its case is
/// marked (rules 2–4), if it is; the projection computes it.
pub fn evaluate(record: &CaseRecord, doc: &Document, marked: Option<&str>, rules: &Rules, clearance: Option<&Clearance>) -> Gate {
    let mut g = Gate::default();
    let Some(file) = &doc.file else {
        g.blockers.push("Handlingen har ingen dokumentfil.".into());
        return g;
    };
    if let Some(r) = marked {
        let why = format!("{r}: dokumentfilen publiceras aldrig");
        g.blockers.push(format!("{why}."));
        g.withheld = Some(why);
        return g;
    }
    let copy = current_copy(doc, clearance);
    g.masked_copy = copy.map(|c| c.sha256.clone());
    if let Some(c) = clearance.and_then(|c| c.masked_copy.as_ref()).filter(|_| copy.is_none()) {
        g.masked_copy_note = Some(if c.original_sha256 != file.sha256 {
            "Den maskerade kopian gjordes av en annan fil och gäller inte längre.".into()
        } else {
            "Den maskerade kopian gäller inte längre: besluten har ändrats sedan den skapades. Skapa en ny kopia.".into()
        });
    }
    if let Some(w) = clearance.and_then(|c| c.withdrawal.as_ref()).filter(|w| w.sha256 == file.sha256 && copy.is_none()) {
        // The reason stays in the window: the projection's reason is public (the JSON feed).
        let day = w.at.get(..10).unwrap_or(&w.at);
        g.blockers.push(format!("Dokumentfilen avpublicerades {day} av {}: {}.", w.by, w.reason.trim_end_matches('.')));
        g.withheld = Some(format!("Dokumentfilen är avpublicerad ({day})"));
        return g;
    }
    let fp = fingerprint_for(record, doc, rules, clearance);
    g.fingerprint = fp.clone();
    let valid = |c: Option<&Consent>| c.is_some_and(|c| c.sha256 == file.sha256 && c.fingerprint == fp);
    match clearance.and_then(|c| c.review.as_ref()).filter(|r| r.sha256 == file.sha256) {
        None => g.blockers.push("Filen är inte granskad ännu.".into()),
        Some(r) => {
            if let Some(e) = &r.error {
                g.blockers.push(format!("Filen kunde inte läsas ({e}) och kan därför inte publiceras."));
            }
            let high = |f: &&ReviewFinding| f.severity() == Severity::High;
            let undecided = r.findings.iter().filter(high).filter(|f| f.verdict.is_none()).count();
            if undecided > 0 {
                g.blockers.push(format!("{undecided} fynd med hög allvarlighetsgrad är inte beslutade."));
            }
            let must_not = r.findings.iter().filter(|f| f.verdict == Some(Verdict::MustNotPublish)).count();
            match copy {
                // The copy publishes without them: what it masks needs the team lead only when
                // the rules say so for high-severity data.
                Some(_) => {
                    let high_masked = r.findings.iter().filter(high).filter(|f| f.verdict == Some(Verdict::MustNotPublish)).count();
                    if high_masked > 0 && rules.masking.high_needs_team_lead {
                        g.approval_reasons.push(format!(
                            "Den maskerade kopian döljer {high_masked} känsliga fynd: teamledaren kontrollerar maskeringen."
                        ));
                    }
                }
                None if must_not > 0 => g.approval_reasons.push(format!("{must_not} fynd är beslutade ”Får inte publiceras”.")),
                None => {}
            }
            let overrides = r.findings.iter().filter(high).filter(|f| f.verdict == Some(Verdict::MayPublish)).count();
            if overrides > 0 {
                g.approval_reasons.push(format!("{overrides} känsliga fynd är beslutade ”Får publiceras” (undantag)."));
            }
            // A scanned page without OCR detail keeps the old message; a page read by OCR says why
            // its reading was not good enough (or why OCR could not run).
            // A page the copy masks whole shows nothing: it needs no reading.
            let whole = copy.map(|c| c.whole_pages()).unwrap_or_default();
            let unreviewed: Vec<u32> = r.unreviewed_pages(rules).into_iter().filter(|p| !whole.contains(p)).collect();
            let (explained, plain): (Vec<u32>, Vec<u32>) = unreviewed.iter().partition(|&&p| unreviewed_reason(r, p, rules).is_some());
            if !plain.is_empty() {
                g.approval_reasons.push(format!("Sidan/sidorna {} är inskannade och kan inte granskas automatiskt.", page_list(&plain)));
            }
            for p in explained {
                g.approval_reasons.push(format!("{}.", unreviewed_reason(r, p, rules).expect("partitioned").trim_end_matches('.')));
            }
        }
    }
    g.box_available = g.blockers.is_empty();
    g.approved = valid(clearance.and_then(|c| c.approval.as_ref()));
    g.confirmed = valid(clearance.and_then(|c| c.confirmation.as_ref()));
    let cleared = g.box_available && (g.approval_reasons.is_empty() || g.approved);
    let auto = rules.publishes_automatically(&doc.document_type);
    g.publishes = cleared && ((doc.publish_file && g.confirmed) || auto);
    if !g.publishes {
        g.withheld = Some(if !g.blockers.is_empty() {
            format!("{} (publiceras inte)", g.blockers.join(" ").trim_end_matches('.'))
        } else if !cleared {
            format!("Väntar på teamledarens godkännande: {}", g.approval_reasons.join(" ").trim_end_matches('.'))
        } else if !doc.publish_file {
            "Publicera dokumentfil är inte ikryssad".into()
        } else {
            "Publiceringen är inte bekräftad för den här filen, markeringen och reglerna".into()
        });
    }
    g
}
