//! What the review window's document viewer needs: attaching with a scan that reports progress,
//! page sizes and rendered pages of a stored file, and the confirmation's view of what the
//! external web diary will show once the box is set.

use crate::{preview, AppError, Preview, Result, Workstation};
use diarievakt_detect::Severity;
use diarievakt_model::gate::fingerprint_for;
use diarievakt_model::{gate_for, Audience, Consent, FileRef, FileReview, Gate, User};
use diarievakt_store::ReviewRequest;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::Arc;
use ts_rs::TS;

/// What an attach reports while it runs: the file is in the archive (the form can show it at
/// once), then the scan's progress page by page, then what the scan found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AttachEvent {
    Attached {
        file: FileRef,
    },
    /// `page` of `pages` is done, or (`ocr`) is being read by OCR now.
    Progress {
        page: u32,
        pages: u32,
        ocr: bool,
    },
    Scanned {
        findings: u32,
        high: u32,
        pages_without_text: Vec<u32>,
        ocr_pages: Vec<u32>,
    },
}

/// One page of a stored file, for the viewer: its size in points and whether it has a text layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PageInfo {
    pub page: u32,
    pub width: f32,
    pub height: f32,
    /// The page does not count as reviewed (scanned and not read well enough by OCR, or OCR could not run).
    pub without_text: bool,
    /// The page was read by OCR (all of it, or its images), with the mean word confidence.
    pub read_by_ocr: bool,
    pub ocr_confidence: Option<f32>,
}

/// The confirmation dialog: the external preview as it will be once confirmed, the findings and
/// the decisions taken, and what the person must type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ConfirmationView {
    pub document: String,
    pub file_name: String,
    pub sha256: String,
    pub gate: Gate,
    pub review: FileReview,
    /// The external web diary's page for the case with this file published.
    pub preview: Preview,
    /// The explicit act: the handlingsnummer to type.
    pub type_to_confirm: String,
    /// The masked copy that publishes in the original's place, when one holds: the dialog names
    /// both files and their SHA-256s.
    #[ts(optional)]
    pub masked_copy: Option<diarievakt_model::MaskedCopy>,
}

/// The colour a finding of this severity is highlighted with in rendered reports (RGBA, alpha is
/// the fill's opacity). The window uses the same two colours in its stylesheet.
pub fn severity_rgba(s: Severity) -> [u8; 4] {
    match s {
        Severity::High => [200, 30, 30, 80],
        Severity::Normal => [230, 160, 0, 80],
    }
}

impl Workstation {
    /// Attaches a PDF and scans it, telling `on` what happens: first [`AttachEvent::Attached`]
    /// (the file is refused with a Swedish reason if PDFium cannot open it), then the scan's
    /// progress, then its result, recorded under the file's hash. A file already scanned is not
    /// scanned again.
    pub async fn attach_pdf_with(&self, user: &User, path: &Path, on: impl Fn(AttachEvent) + Send + Sync + 'static) -> Result<FileRef> {
        self.writer(user).await?;
        let p = path.to_path_buf();
        let bytes = tokio::task::spawn_blocking(move || std::fs::read(&p))
            .await
            .map_err(|e| AppError::new(format!("Filen kunde inte läsas: {e}")))?
            .map_err(|e| AppError::new(format!("Filen {} kunde inte läsas: {}.", path.display(), diarievakt_pdf::io_error_sv(&e))))?;
        // Opened in a worker process: a file that crashes PDFium is refused, the window stays.
        let sizes = self.pdf().page_sizes(&bytes).await?;
        if sizes.is_empty() {
            return Err(diarievakt_pdf::PdfError::Damaged("inga sidor".into()).into());
        }
        let stored = self.store().files().put_bytes(&bytes).await?;
        let n = sizes.len() as u32;
        self.store().record_file(&stored.sha256, stored.size, Some(n)).await?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "dokument.pdf".into());
        let file = FileRef { name, sha256: stored.sha256.clone(), size: Some(stored.size), pages: Some(n) };
        let on = Arc::new(on);
        on(AttachEvent::Attached { file: file.clone() });
        if !self.store().has_scan(&stored.sha256).await? {
            self.scan_and_record(user, &stored.sha256, bytes, on.clone()).await?;
        } else if let Some(r) = self.file_review(&stored.sha256).await? {
            on(scanned_event(&r));
        }
        tracing::info!(sha256 = %stored.sha256, pages = n, "file attached and scanned");
        Ok(file)
    }

    /// Scans a file of the archive that has no scan yet (e.g. the program stopped during the scan
    /// at attach). The gate keeps the box unavailable until this has run.
    pub async fn scan_stored(&self, user: &User, sha256: &str, on: impl Fn(AttachEvent) + Send + Sync + 'static) -> Result<FileReview> {
        self.writer(user).await?;
        let bytes = self.store().files().read(sha256).await?;
        if !self.store().has_scan(sha256).await? {
            self.scan_and_record(user, sha256, bytes, Arc::new(on)).await?;
        }
        self.file_review(sha256).await?.ok_or_else(|| AppError::new("Granskningen kunde inte sparas."))
    }

    async fn scan_and_record(
        &self,
        user: &User,
        sha256: &str,
        bytes: Vec<u8>,
        on: Arc<impl Fn(AttachEvent) + Send + Sync + 'static>,
    ) -> Result<()> {
        let progress = on.clone();
        let sha = sha256.to_string();
        // A file PDFium opened but cannot read page by page is recorded with its error: the gate
        // then refuses the box (fail closed) and says why.
        // A worker that crashes or hangs on the file gives a report with the error: recorded, so
        // the gate fails closed and says why.
        let options = self.scan_options();
        let mut on_progress =
            |p: diarievakt_pdf::ScanProgress| progress(AttachEvent::Progress { page: p.page, pages: p.pages, ocr: p.ocr });
        let Some(report) = self.scan_reusing_ocr("", &sha, &bytes, &options, Some(&mut on_progress), true).await? else {
            tracing::info!(sha256, "scan cancelled");
            return Err(AppError::new(
                "Granskningen avbröts. Filen är bifogad men ogranskad och publiceras inte; välj Granska nu för att granska den.",
            ));
        };
        self.record_report(user, sha256, &report).await?;
        if let Some(r) = self.file_review(sha256).await? {
            on(scanned_event(&r));
        }
        Ok(())
    }

    /// Stops every file scan running on this workstation (the window's *Avbryt granskningen*). The
    /// files stay attached without a scan, so the gate keeps them unpublished until they are
    /// scanned again.
    pub fn cancel_scans(&self) {
        self.scan_cancel.send_modify(|n| *n += 1);
    }

    /// Scans a file in a worker, giving it the file's kept OCR readings (those pages are not read
    /// again) and keeping each page newly read by OCR as it arrives – also when the scan then fails
    /// or is cancelled; without `progress` the scan is quiet (`diarievakt_worker::Pool::scan_cached`).
    /// `cancellable`: [`Workstation::cancel_scans`] stops it, and the answer is
    /// `None` (the window's scans; the inventory has its own cancel, between files).
    pub(crate) async fn scan_reusing_ocr(
        &self,
        name: &str,
        sha256: &str,
        bytes: &[u8],
        options: &diarievakt_pdf::ScanOptions,
        progress: Option<&mut (dyn FnMut(diarievakt_pdf::ScanProgress) + Send)>,
        cancellable: bool,
    ) -> Result<Option<diarievakt_pdf::ScanReport>> {
        let mut cancelled = self.scan_cancel.subscribe();
        // Without OCR no reading is used: no query for them.
        let cache = if options.ocr { self.ocr_cache(sha256, options.dpi).await? } else { Vec::new() };
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let mut on_read = |page| drop(tx.send(page));
        let scan = self.pdf().scan_cached(name, sha256, bytes, options, cache, progress, &mut on_read);
        let outcome = tokio::select! {
            r = scan => Some(r),
            _ = cancelled.changed(), if cancellable => None,
        };
        while let Ok(page) = rx.try_recv() {
            self.keep_ocr_page(sha256, &page).await;
        }
        Ok(outcome.transpose()?)
    }

    /// The OCR readings kept for a file at `dpi` (unreadable ones are skipped: read again).
    async fn ocr_cache(&self, sha256: &str, dpi: u32) -> Result<Vec<diarievakt_pdf::OcrPage>> {
        Ok(self.store().ocr_pages(sha256, dpi).await?.into_iter().filter_map(|(_, body)| serde_json::from_str(&body).ok()).collect())
    }

    /// Keeps one page's OCR reading. A cache: failing to keep it costs a second reading later,
    /// never a wrong result, so it is logged and not passed on.
    async fn keep_ocr_page(&self, sha256: &str, page: &diarievakt_pdf::OcrPage) {
        let body = serde_json::to_string(page).expect("an OCR reading serialises");
        if let Err(e) = self.store().save_ocr_page(sha256, page.page, page.dpi, &body).await {
            tracing::warn!(sha256, page = page.page, error = %e, "OCR reading not kept");
        }
    }

    /// The pages of a stored file, for the viewer.
    pub async fn file_pages(&self, sha256: &str) -> Result<Vec<PageInfo>> {
        let bytes = self.store().files().read(sha256).await?;
        let review = self.file_review(sha256).await?;
        let without = review.as_ref().map(|r| r.unreviewed_pages(self.rules())).unwrap_or_default();
        let sizes = self.pdf().page_sizes(&bytes).await?;
        Ok(sizes
            .into_iter()
            .map(|s| {
                let read = review.as_ref().and_then(|r| r.ocr_pages().find(|p| p.page == s.page));
                PageInfo {
                    page: s.page,
                    width: s.width,
                    height: s.height,
                    without_text: without.contains(&s.page),
                    read_by_ocr: read.is_some(),
                    ocr_confidence: read.and_then(|p| p.ocr_confidence),
                }
            })
            .collect())
    }

    /// A page of a stored file as PNG, `width_px` wide, with the findings burnt in when
    /// `highlights` is set (the window draws its own, clickable ones over a clean page).
    pub async fn render_page(&self, sha256: &str, page: u32, width_px: u32, highlights: bool) -> Result<Vec<u8>> {
        let bytes = self.store().files().read(sha256).await?;
        let marks: Vec<diarievakt_pdf::Highlight> = if highlights {
            self.file_review(sha256)
                .await?
                .map(|r| {
                    r.findings
                        .iter()
                        .filter(|f| f.page == page)
                        .flat_map(|f| f.boxes.iter().map(|b| diarievakt_pdf::Highlight { bbox: *b, rgba: severity_rgba(f.severity) }))
                        .collect()
                })
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let r = self.pdf().render(&bytes, page, width_px, &marks).await?;
        Ok(r.png)
    }

    /// What the confirmation dialog shows before the box is set: the gate must already allow it
    /// (scanned, every high finding decided, a team lead's approval where one is needed).
    pub async fn confirmation_view(&self, user: &User, document: &str) -> Result<ConfirmationView> {
        let (mut record, i) = self.document_index(document).await?;
        let mut clearances = self.clearances(&record).await?;
        let gate = gate_for(&record, i, self.rules(), clearances.get(i));
        if !gate.box_available {
            return Err(AppError::new(format!("Publicera dokumentfil kan inte kryssas i: {}", gate.blockers.join(" "))));
        }
        if !gate.approval_reasons.is_empty() && !gate.approved {
            return Err(AppError::new(format!("En teamledare måste godkänna publiceringen först: {}", gate.approval_reasons.join(" "))));
        }
        let file = record.documents[i].file.clone().ok_or_else(|| AppError::new("Handlingen har ingen dokumentfil."))?;
        let review = clearances[i].review.clone().ok_or_else(|| AppError::new("Filen är inte granskad ännu."))?;
        // The page as it will be once confirmed: the same projection, with the confirmation that
        // the act would record.
        record.documents[i].publish_file = true;
        let fp = fingerprint_for(&record, &record.documents[i], self.rules(), clearances.get(i));
        clearances[i].confirmation =
            Some(Consent { sha256: file.sha256.clone(), fingerprint: fp, by: user.display_name.clone(), at: String::new() });
        let preview = preview(&record, self.rules(), Audience::External, &clearances);
        Ok(ConfirmationView {
            document: document.to_string(),
            file_name: file.name,
            sha256: file.sha256,
            gate,
            review,
            preview,
            type_to_confirm: document.to_string(),
            masked_copy: diarievakt_model::gate::current_copy(&record.documents[i], clearances.get(i)).cloned(),
        })
    }

    /// Opens an inventoried file in the viewer: it is copied into the archive (so the viewer works
    /// on it by its hash, like any attached file), provided it is still the file that was scanned.
    pub async fn open_inventory_file(&self, path: &Path) -> Result<FileRef> {
        let bytes = std::fs::read(path)
            .map_err(|e| AppError::new(format!("Filen {} kunde inte läsas: {}.", path.display(), diarievakt_pdf::io_error_sv(&e))))?;
        let sha = diarievakt_store::sha256_of(&bytes);
        if !self.store().has_scan(&sha).await? {
            return Err(AppError::new(format!(
                "Filen {} har ändrats sedan den inventerades (eller har aldrig inventerats). Kör inventeringen igen.",
                path.display()
            )));
        }
        let stored = self.store().files().put_bytes(&bytes).await?;
        let pages = self.store().scan(&sha).await?.map(|s| s.pages);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "dokument.pdf".into());
        Ok(FileRef { name, sha256: stored.sha256, size: Some(stored.size), pages })
    }

    /// The review requests of one document, newest first: the registrar sees the team lead's answer.
    pub async fn requests_for(&self, document: &str) -> Result<Vec<ReviewRequest>> {
        Ok(self.store().review_requests(None, None, Some(document)).await?)
    }
}

fn scanned_event(r: &FileReview) -> AttachEvent {
    AttachEvent::Scanned {
        findings: r.findings.len() as u32,
        high: r.findings.iter().filter(|f| f.severity == Severity::High).count() as u32,
        pages_without_text: r.pages_without_text.clone(),
        ocr_pages: r.ocr_pages().map(|p| p.page).collect(),
    }
}
