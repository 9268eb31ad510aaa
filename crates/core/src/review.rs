//! The publication gate's side of the workstation: scans, decisions, confirmation, the team
//! lead's queue and the audit trail. Roles and every gate condition are checked here.

use crate::{AppError, Result, Workstation};
use diarievakt_detect::Category;
use diarievakt_model::gate::fingerprint_for;
use diarievakt_model::{gate_for, CaseRecord, Clearance, FileReview, Gate, ReviewFinding, Role, User, Verdict};
use diarievakt_store::{AuditEntry, AuditReport, ConsentKind, RequestStatus, ReviewRequest, StoredScan};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The gate of every document of a case, for the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DocumentGate {
    pub document: Option<String>,
    pub gate: Gate,
    pub review: Option<FileReview>,
}

/// A stable id for a finding of a file: page, category and where it sits.
pub fn finding_id(f: &serde_json::Value) -> String {
    if let Some(id) = f.get("id").and_then(|v| v.as_str()) {
        return id.to_string();
    }
    let page = f.get("page").and_then(|v| v.as_u64()).unwrap_or(0);
    let cat = f.get("category").and_then(|v| v.as_str()).unwrap_or("?");
    let at = f.get("bbox").map(|b| b.to_string()).unwrap_or_default();
    let text = f.get("text").and_then(|v| v.as_str()).unwrap_or("");
    // FNV-1a: only tells the findings of one file apart; the file itself is bound by its SHA-256.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in format!("{at}|{text}").bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("p{page}-{cat}-{h:016x}")
}

/// A scan as the store keeps it: every finding gets its stable id.
pub fn stored_scan(
    sha256: &str,
    pages: u32,
    pages_without_text: Vec<u32>,
    error: Option<String>,
    findings: &[serde_json::Value],
) -> StoredScan {
    let findings = findings.iter().cloned().map(with_id).collect();
    scan_of(sha256, pages, pages_without_text, error, findings, "[]".into())
}

/// A worker's scan report as the store keeps it: findings with ids, and how each page was read.
pub fn stored_report(sha256: &str, report: &diarievakt_pdf::ScanReport) -> StoredScan {
    // Each finding becomes a JSON object once and gets its id in place: the inventory stores
    // thousands of findings a second, on the cores its workers need.
    let findings = report.findings.iter().map(|f| with_id(serde_json::to_value(f).expect("finding serialises"))).collect();
    let pages_read = serde_json::to_string(&report.pages_read).expect("pages_read serialises");
    scan_of(sha256, report.pages, report.pages_without_text.clone(), report.error.clone(), findings, pages_read)
}

fn with_id(mut f: serde_json::Value) -> serde_json::Value {
    let id = finding_id(&f);
    if let Some(o) = f.as_object_mut() {
        o.insert("id".into(), id.into());
    }
    f
}

fn scan_of(
    sha256: &str,
    pages: u32,
    pages_without_text: Vec<u32>,
    error: Option<String>,
    findings: Vec<serde_json::Value>,
    pages_read_json: String,
) -> StoredScan {
    StoredScan {
        sha256: sha256.into(),
        scanned_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        pages,
        pages_without_text,
        error,
        findings_json: serde_json::to_string(&findings).expect("json"),
        pages_read_json,
    }
}

/// A stored finding's boxes on its page (`[left, bottom, right, top]`, points): `boxes` when it
/// wraps a line, else its `bbox`.
pub(crate) fn finding_boxes(f: &serde_json::Value) -> Vec<[f32; 4]> {
    let boxes: Option<Vec<[f32; 4]>> = f.get("boxes").and_then(|b| serde_json::from_value(b.clone()).ok());
    match boxes {
        Some(b) if !b.is_empty() => b,
        _ => f.get("bbox").and_then(|b| serde_json::from_value(b.clone()).ok()).map(|b| vec![b]).unwrap_or_default(),
    }
}

fn review_from(scan: &StoredScan, decisions: &[diarievakt_store::StoredDecision]) -> FileReview {
    let raw: Vec<serde_json::Value> = serde_json::from_str(&scan.findings_json).unwrap_or_default();
    let findings = raw
        .iter()
        .filter_map(|f| {
            let category: Category = serde_json::from_value(f.get("category")?.clone()).ok()?;
            let id = finding_id(f);
            let d = decisions.iter().find(|d| d.finding_id == id);
            let boxes = finding_boxes(f);
            Some(ReviewFinding {
                id,
                category,
                severity: category.severity(),
                page: f.get("page").and_then(|v| v.as_u64()).unwrap_or(0) as u32,
                text: f.get("text").and_then(|v| v.as_str()).unwrap_or("").to_string(),
                boxes,
                explanation: f.get("explanation").and_then(|v| v.as_str()).unwrap_or("").to_string(),
                verdict: d.map(|d| d.verdict),
                reason: d.and_then(|d| d.reason.clone()),
            })
        })
        .collect();
    FileReview {
        sha256: scan.sha256.clone(),
        pages: scan.pages,
        error: scan.error.clone(),
        pages_without_text: scan.pages_without_text.clone(),
        findings,
        // Unreadable here means an older or damaged record: the gate then sees no OCR reading and
        // keeps the scan's own `pages_without_text`, which never clears a page by itself.
        pages_read: serde_json::from_str(&scan.pages_read_json).unwrap_or_default(),
    }
}

impl Workstation {
    pub async fn file_review(&self, sha256: &str) -> Result<Option<FileReview>> {
        let Some(scan) = self.store().scan(sha256).await? else { return Ok(None) };
        let decisions = self.store().decisions(sha256).await?;
        Ok(Some(review_from(&scan, &decisions)))
    }

    /// What is recorded about each document's file, parallel to `record.documents`.
    pub async fn clearances(&self, record: &CaseRecord) -> Result<Vec<Clearance>> {
        let mut out = Vec::with_capacity(record.documents.len());
        for d in &record.documents {
            let mut c = Clearance::default();
            if let Some(f) = &d.file {
                c.review = self.file_review(&f.sha256).await?;
                c.masked_copy = self.store().masked_copy(&f.sha256).await?;
                if let Some(n) = &d.number {
                    c.confirmation = self.store().consent(n, ConsentKind::Confirmation).await?;
                    c.approval = self.store().consent(n, ConsentKind::Approval).await?;
                    c.withdrawal = self.store().withdrawal_of(n, &f.sha256).await?;
                }
            }
            out.push(c);
        }
        Ok(out)
    }

    pub async fn gates(&self, record: &CaseRecord) -> Result<Vec<DocumentGate>> {
        let clearances = self.clearances(record).await?;
        Ok(record
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| DocumentGate {
                document: d.number.clone(),
                gate: gate_for(record, i, self.rules(), clearances.get(i)),
                review: clearances[i].review.clone(),
            })
            .collect())
    }

    /// Stores a worker's scan report for a file.
    pub async fn record_report(&self, user: &User, sha256: &str, report: &diarievakt_pdf::ScanReport) -> Result<()> {
        self.writer(user).await?;
        Ok(self.store().save_scan(user, &stored_report(sha256, report)).await?)
    }

    /// How scans read pages: OCR on (unless `DIARIEVAKT_OCR=0`, or the rules file turns it off)
    /// with the rules file's thresholds.
    pub fn scan_options(&self) -> diarievakt_pdf::ScanOptions {
        scan_options(self.rules())
    }

    /// Stores a scan result (JSON per `scan-json.md`) for a file.
    pub async fn record_scan(
        &self,
        user: &User,
        sha256: &str,
        pages: u32,
        pages_without_text: Vec<u32>,
        error: Option<String>,
        findings: &[serde_json::Value],
    ) -> Result<()> {
        self.writer(user).await?;
        let scan = stored_scan(sha256, pages, pages_without_text, error, findings);
        Ok(self.store().save_scan(user, &scan).await?)
    }

    pub(crate) async fn document_index(&self, document: &str) -> Result<(CaseRecord, usize)> {
        let case_number =
            document.rsplit_once(':').map(|(c, _)| c).ok_or_else(|| AppError::new(format!("Ogiltigt handlingsnummer {document}.")))?;
        let record = self.get_case(case_number).await?;
        let i = record
            .documents
            .iter()
            .position(|d| d.number.as_deref() == Some(document))
            .ok_or_else(|| AppError::new(format!("Handlingen {document} finns inte.")))?;
        Ok((record, i))
    }

    /// A decision on findings of a document's file (one finding, or a whole category).
    pub async fn decide(&self, user: &User, document: &str, ids: &[String], verdict: Verdict, reason: Option<&str>) -> Result<()> {
        self.writer(user).await?;
        let (record, i) = self.document_index(document).await?;
        let f = record.documents[i].file.as_ref().ok_or_else(|| AppError::new("Handlingen har ingen dokumentfil."))?;
        if verdict == Verdict::MayPublish && reason.map(str::trim).unwrap_or("").is_empty() {
            return Err(AppError::new("Ange skälet till att uppgiften får publiceras."));
        }
        let review = self.file_review(&f.sha256).await?.ok_or_else(|| AppError::new("Filen är inte granskad ännu."))?;
        for id in ids {
            if !review.findings.iter().any(|x| &x.id == id) {
                return Err(AppError::new(format!("Fyndet {id} finns inte i filen.")));
            }
        }
        self.store().decide(user, document, &f.sha256, ids, verdict, reason).await?;
        Ok(())
    }

    /// Ticks *Publicera dokumentfil*: only with the gate open, the handlingsnummer typed as the
    /// explicit act, and a team lead's approval where one is needed. Recorded with the file's hash.
    pub async fn confirm_publication(&self, user: &User, document: &str, typed: &str) -> Result<Gate> {
        self.writer(user).await?;
        let (record, i) = self.document_index(document).await?;
        let clearances = self.clearances(&record).await?;
        let gate = gate_for(&record, i, self.rules(), clearances.get(i));
        if !gate.box_available {
            return Err(AppError::new(format!("Publicera dokumentfil kan inte kryssas i: {}", gate.blockers.join(" "))));
        }
        if !gate.approval_reasons.is_empty() && !gate.approved {
            return Err(AppError::new(format!("En teamledare måste godkänna publiceringen först: {}", gate.approval_reasons.join(" "))));
        }
        if typed.trim() != document {
            return Err(AppError::new(format!("Skriv handlingsnumret {document} för att bekräfta publiceringen.")));
        }
        let doc = &record.documents[i];
        let f = doc.file.as_ref().expect("gate checked the file");
        let fp = gate.fingerprint.clone();
        let detail = match &gate.masked_copy {
            Some(copy) => format!(
                "Publicera dokumentfil bekräftad för den maskerade kopian av {} (original {}, kopia {copy}; {} fynd beslutade)",
                f.name,
                f.sha256,
                clearances[i].review.as_ref().map_or(0, |r| r.findings.len())
            ),
            None => format!(
                "Publicera dokumentfil bekräftad för {} ({} fynd beslutade)",
                f.name,
                clearances[i].review.as_ref().map_or(0, |r| r.findings.len())
            ),
        };
        self.store().give_consent(user, document, ConsentKind::Confirmation, &f.sha256, &fp, &detail).await?;
        let record = self.get_case(&record.case.number.clone().unwrap_or_default()).await?;
        let clearances = self.clearances(&record).await?;
        Ok(gate_for(&record, i, self.rules(), clearances.get(i)))
    }

    /// Sends a document's file to the team lead's queue, with the gate's reasons.
    pub async fn request_review(&self, user: &User, document: &str, note: Option<&str>) -> Result<i64> {
        self.writer(user).await?;
        let (record, i) = self.document_index(document).await?;
        let doc = &record.documents[i];
        let f = doc.file.as_ref().ok_or_else(|| AppError::new("Handlingen har ingen dokumentfil."))?;
        let clearances = self.clearances(&record).await?;
        let gate = gate_for(&record, i, self.rules(), clearances.get(i));
        let mut reasons = gate.approval_reasons.clone();
        reasons.extend(gate.blockers.iter().cloned());
        if let Some(n) = note.map(str::trim).filter(|n| !n.is_empty()) {
            reasons.push(format!("Kommentar: {n}"));
        }
        if reasons.is_empty() {
            reasons.push("Registratorn ber om en granskning.".into());
        }
        Ok(self.store().request_review(user, document, &f.sha256, &gate.fingerprint, &reasons).await?)
    }

    /// Automatically published types (Protokollsutdrag, Styrande dokument) are scanned too: one
    /// whose file has high-severity findings is stopped by the gate, and is sent to the team lead's
    /// queue once per file so that someone decides it.
    pub(crate) async fn queue_stopped_auto_publications(&self, user: &User, record: &CaseRecord) -> Result<()> {
        let clearances = self.clearances(record).await?;
        for (i, d) in record.documents.iter().enumerate() {
            let (Some(n), Some(f)) = (&d.number, &d.file) else { continue };
            if !self.rules().publishes_automatically(&d.document_type) {
                continue;
            }
            let Some(review) = clearances[i].review.as_ref() else { continue };
            let high = review.findings.iter().filter(|x| x.severity() == diarievakt_detect::Severity::High).count();
            if high == 0 && review.pages_without_text.is_empty() && review.error.is_none() {
                continue;
            }
            let gate = gate_for(record, i, self.rules(), clearances.get(i));
            if gate.publishes || self.requests_for(n).await?.iter().any(|r| r.sha256 == f.sha256) {
                continue;
            }
            let mut reasons = vec![format!(
                "{} publiceras automatiskt, men filen har {high} känsliga fynd: den automatiska publiceringen är stoppad tills fynden är beslutade.",
                d.document_type
            )];
            reasons.extend(gate.blockers.iter().chain(gate.approval_reasons.iter()).cloned());
            self.store().request_review(user, n, &f.sha256, &gate.fingerprint, &reasons).await?;
        }
        Ok(())
    }

    /// Approves or returns a request. Only a team lead may.
    pub async fn decide_review(&self, user: &User, id: i64, approve: bool, comment: Option<&str>) -> Result<ReviewRequest> {
        if !self.granted(user).await?.has(Role::Teamledare) {
            return Err(AppError::new("Bara en teamledare kan godkänna eller returnera en granskning."));
        }
        if !approve && comment.map(str::trim).unwrap_or("").is_empty() {
            return Err(AppError::new("Skriv en kommentar till registratorn när du returnerar."));
        }
        Ok(self.store().decide_review(user, id, approve, comment).await?)
    }

    pub async fn review_queue(&self, pending_only: bool) -> Result<Vec<ReviewRequest>> {
        Ok(self.store().review_requests(pending_only.then_some(RequestStatus::Pending), None, None).await?)
    }

    pub async fn audit_verify(&self) -> Result<AuditReport> {
        Ok(self.store().verify_audit().await?)
    }

    /// The audit trail: the whole chain, or everything about one case – its entries and its
    /// documents', the scans and decisions of its files, and the incidents its files are in.
    pub async fn audit_trail(&self, case_number: Option<&str>) -> Result<Vec<AuditEntry>> {
        let Some(case) = case_number else { return Ok(self.store().audit_entries(None).await?) };
        let record = self.get_case(case).await?;
        let shas: Vec<String> = record.documents.iter().filter_map(|d| d.file.as_ref().map(|f| f.sha256.clone())).collect();
        let prefix = format!("{case}:");
        let incidents: Vec<String> = self
            .store()
            .withdrawals()
            .await?
            .into_iter()
            .filter(|w| w.document.as_deref().is_some_and(|d| d.starts_with(&prefix)))
            .filter_map(|w| w.incident.map(|i| format!("incident:{i}")))
            .collect();
        Ok(self
            .store()
            .audit_entries(None)
            .await?
            .into_iter()
            .filter(|e| {
                e.subject == case
                    || e.subject.starts_with(&prefix)
                    || incidents.contains(&e.subject)
                    || e.sha256.as_ref().is_some_and(|s| shas.contains(s))
            })
            .collect())
    }

    /// After a change: any consent that no longer matches the file, markings or rules is voided
    /// and the box unticked. Takes the case as just read and returns it as it now stands (read
    /// again only when something was voided).
    pub(crate) async fn settle_consents(&self, user: &User, record: CaseRecord) -> Result<CaseRecord> {
        let mut voided = false;
        let clearances = self.clearances(&record).await?;
        for (i, d) in record.documents.iter().enumerate() {
            let Some(n) = &d.number else { continue };
            let current = d.file.as_ref().map(|f| (f.sha256.clone(), fingerprint_for(&record, d, self.rules(), clearances.get(i))));
            for kind in [ConsentKind::Confirmation, ConsentKind::Approval] {
                if let Some(c) = self.store().consent(n, kind).await? {
                    if current.as_ref() != Some(&(c.sha256.clone(), c.fingerprint.clone())) {
                        voided |= self.store().void_consents(user, n, "Filen, en markering eller reglerna har ändrats.").await?;
                        break;
                    }
                }
            }
            if d.publish_file && self.store().consent(n, ConsentKind::Confirmation).await?.is_none() {
                voided |= self.store().void_consents(user, n, "Publicera dokumentfil saknar bekräftelse.").await?;
            }
        }
        match (voided, record.case.number.clone()) {
            (true, Some(number)) => self.get_case(&number).await,
            _ => Ok(record),
        }
    }
}

/// How scans read pages under `rules`: OCR on unless the rules or `DIARIEVAKT_OCR=0` turn it off
/// (the inventory's text-only benchmark), with the rules' thresholds.
pub fn scan_options(rules: &diarievakt_model::Rules) -> diarievakt_pdf::ScanOptions {
    let p = rules.ocr.policy();
    let env_off = std::env::var("DIARIEVAKT_OCR").is_ok_and(|v| v == "0");
    diarievakt_pdf::ScanOptions {
        ocr: rules.ocr.enabled && !env_off,
        min_mean_confidence: p.min_mean_confidence,
        max_low_confidence_share: p.max_low_confidence_share,
        max_unexplained_ink: p.max_unexplained_ink,
        dpi: rules.ocr.dpi as u32,
    }
}
