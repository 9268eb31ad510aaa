//! Masked copies in the workstation (issue 14): made from the decisions in a worker, verified
//! there, stored in the archive and recorded with its audit entry – or refused with every reason
//! and nothing stored. The gate and the projection then publish the copy, never the original.

use crate::{AppError, Result, Workstation};
use diarievakt_detect::Severity;
use diarievakt_model::gate::current_copy;
use diarievakt_model::masking::{decisions_digest, masked_items};
use diarievakt_model::{DrawnMask, FileReview, MaskedCopy, User, Verdict};
use diarievakt_redact::{MaskArea, MaskPlan};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the window shows about a document's masked copy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MaskedCopyView {
    pub document: String,
    pub copy: MaskedCopy,
    /// The copy still holds for today's decisions (else it is *inaktuell* and does not publish).
    pub current: bool,
}

/// The plan for a copy of `review`: every finding decided *Får inte publiceras*, and the regions
/// drawn by hand (a region without a box masks its whole page).
pub fn plan_for(review: &FileReview, drawn: &[DrawnMask]) -> MaskPlan {
    let mut plan = MaskPlan::default();
    for f in review.findings.iter().filter(|f| f.verdict == Some(Verdict::MustNotPublish)) {
        plan.areas.push(MaskArea { page: f.page, boxes: f.boxes.clone(), label: f.category.mask_label().into(), text: f.text.clone() });
    }
    for d in drawn {
        match d.bbox {
            Some(b) => plan.areas.push(MaskArea { page: d.page, boxes: vec![b], label: d.label.clone(), text: String::new() }),
            None => plan.whole_pages.push((d.page, d.label.clone())),
        }
    }
    plan
}

fn summary(items: &[diarievakt_model::MaskedItem]) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for i in items {
        match counts.iter_mut().find(|(l, _)| *l == i.label) {
            Some((_, n)) => *n += 1,
            None => counts.push((i.label.clone(), 1)),
        }
    }
    counts.iter().map(|(l, n)| format!("{l} {n}")).collect::<Vec<_>>().join(", ")
}

impl Workstation {
    /// Makes, verifies and records the masked copy of `document`'s file.
    pub async fn create_masked_copy(&self, user: &User, document: &str, drawn: Vec<DrawnMask>) -> Result<MaskedCopyView> {
        self.make_masked_copy(user, document, drawn, None).await
    }

    /// Tests only: [`Self::create_masked_copy`] with a masker that fails (`tamper` is written back
    /// onto the copy after masking; honoured only by a pool started with test faults).
    #[doc(hidden)]
    pub async fn create_masked_copy_tampered(
        &self,
        user: &User,
        document: &str,
        drawn: Vec<DrawnMask>,
        tamper: &str,
    ) -> Result<MaskedCopyView> {
        self.make_masked_copy(user, document, drawn, Some(tamper.to_string())).await
    }

    async fn make_masked_copy(&self, user: &User, document: &str, drawn: Vec<DrawnMask>, tamper: Option<String>) -> Result<MaskedCopyView> {
        self.writer(user).await?;
        let me = self.granted(user).await?;
        let (record, i) = self.document_index(document).await?;
        let doc = &record.documents[i];
        let file = doc.file.as_ref().ok_or_else(|| AppError::new("Handlingen har ingen dokumentfil att maskera."))?;
        let review = self.file_review(&file.sha256).await?.ok_or_else(|| AppError::new("Filen är inte granskad ännu."))?;
        if let Some(e) = &review.error {
            return Err(AppError::new(format!("Filen kunde inte läsas ({e}) och kan inte maskeras.")));
        }
        let undecided = review.findings.iter().filter(|f| f.severity() == Severity::High && f.verdict.is_none()).count();
        if undecided > 0 {
            return Err(AppError::new(format!(
                "Besluta alla fynd med hög allvarlighetsgrad först ({undecided} återstår): kopian görs av besluten."
            )));
        }
        for d in &drawn {
            if d.page == 0 || d.page > review.pages {
                return Err(AppError::new(format!("Sidan {} finns inte; filen har {} sidor.", d.page, review.pages)));
            }
            if d.label.trim().is_empty() {
                return Err(AppError::new("Ett maskerat område behöver en etikett (till exempel ”Maskerat”)."));
            }
        }
        let plan = plan_for(&review, &drawn);
        if plan.is_empty() {
            return Err(AppError::new(
                "Det finns inget att maskera: besluta fynd ”Får inte publiceras”, rita ett område eller maskera en hel sida.",
            ));
        }
        let bytes = self.store().files().read(&file.sha256).await?;
        let outcome = self.pdf().redact(&bytes, &plan, &self.scan_options(), tamper, &mut |_| {}).await?;
        let made = match outcome {
            Ok(m) => m,
            Err(reasons) => {
                let detail = reasons.join(" ");
                self.store().audit_refused_copy(user, document, &file.sha256, &detail).await?;
                return Err(AppError::new(format!("Den maskerade kopian godtas inte och publiceras inte: {detail}")));
            }
        };
        let stored = self.store().files().put_bytes(&made.pdf).await?;
        let items = masked_items(&review, &drawn);
        let copy = MaskedCopy {
            original_sha256: file.sha256.clone(),
            sha256: stored.sha256.clone(),
            size: made.pdf.len() as u64,
            pages: made.pages,
            decisions: decisions_digest(&review, &drawn),
            masked: items.clone(),
            drawn,
            checks: made.verification.checks.clone(),
            by: me.display_name.clone(),
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        };
        let detail = format!(
            "Maskerad kopia av {} (original {}, kopia {}): {} maskerade ({}); verifierad: {}",
            file.name,
            file.sha256,
            copy.sha256,
            items.len(),
            summary(&items),
            copy.checks.join(" ")
        );
        self.store().save_masked_copy(user, document, &copy, &detail).await?;
        // A consent given before bound the original alone: it no longer holds, and the box goes.
        let record = self.get_case(&record.case.number.clone().unwrap_or_default()).await?;
        self.settle_consents(user, record).await?;
        Ok(MaskedCopyView { document: document.to_string(), copy, current: true })
    }

    /// The masked copy recorded for `document`'s file, if any.
    pub async fn masked_copy(&self, document: &str) -> Result<Option<MaskedCopyView>> {
        let (record, i) = self.document_index(document).await?;
        let clearances = self.clearances(&record).await?;
        let Some(copy) = clearances[i].masked_copy.clone() else { return Ok(None) };
        let current = current_copy(&record.documents[i], clearances.get(i)).is_some();
        Ok(Some(MaskedCopyView { document: document.to_string(), copy, current }))
    }

    /// Removes `document`'s masked copy: the original's own rules apply again.
    pub async fn remove_masked_copy(&self, user: &User, document: &str) -> Result<()> {
        self.writer(user).await?;
        let (record, i) = self.document_index(document).await?;
        let file = record.documents[i].file.as_ref().ok_or_else(|| AppError::new("Handlingen har ingen dokumentfil."))?;
        if !self.store().remove_masked_copy(user, document, &file.sha256).await? {
            return Err(AppError::new("Handlingen har ingen maskerad kopia."));
        }
        let record = self.get_case(&record.case.number.clone().unwrap_or_default()).await?;
        self.settle_consents(user, record).await?;
        Ok(())
    }
}
