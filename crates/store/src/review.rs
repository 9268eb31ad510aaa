//! Scans, decisions, consents and the review queue. Every change is appended to the audit trail
//! in the same transaction.

use crate::{now, Result, Store, StoreError, ROWS_PER_STATEMENT};
use diarievakt_model::{Consent, User, Verdict};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use ts_rs::TS;

/// A file's scan as stored: the findings are kept as the scanner's JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StoredScan {
    pub sha256: String,
    pub scanned_at: String,
    pub pages: u32,
    pub pages_without_text: Vec<u32>,
    pub error: Option<String>,
    /// JSON array of findings, each with at least `id`, `category`, `page`, `text`.
    pub findings_json: String,
    /// JSON array of how each page was read (`pages_read` of `scan-json.md`); `[]` before OCR.
    #[serde(default = "empty_json_array")]
    pub pages_read_json: String,
}

fn empty_json_array() -> String {
    "[]".into()
}

/// How many pages of a stored `pages_read` were read by OCR.
fn ocr_pages(pages_read_json: &str) -> usize {
    serde_json::from_str::<Vec<serde_json::Value>>(pages_read_json)
        .map(|v| v.iter().filter(|p| p.get("how").and_then(|h| h.as_str()).is_some_and(|h| h != "text")).count())
        .unwrap_or(0)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StoredDecision {
    pub finding_id: String,
    pub verdict: Verdict,
    pub reason: Option<String>,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    Confirmation,
    Approval,
}

impl ConsentKind {
    fn id(self) -> &'static str {
        match self {
            ConsentKind::Confirmation => "confirmation",
            ConsentKind::Approval => "approval",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Pending,
    Approved,
    Returned,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewRequest {
    pub id: i64,
    pub document: String,
    pub sha256: String,
    pub fingerprint: String,
    pub reasons: Vec<String>,
    pub requested_by: String,
    pub requested_at: String,
    pub status: RequestStatus,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    pub comment: Option<String>,
}

fn verdict_id(v: Verdict) -> &'static str {
    match v {
        Verdict::NotPersonalData => "not_personal_data",
        Verdict::MayPublish => "may_publish",
        Verdict::MustNotPublish => "must_not_publish",
    }
}

fn verdict_from(s: &str) -> Result<Verdict> {
    Ok(match s {
        "not_personal_data" => Verdict::NotPersonalData,
        "may_publish" => Verdict::MayPublish,
        "must_not_publish" => Verdict::MustNotPublish,
        _ => return Err(StoreError::Db(format!("okänt beslut {s}"))),
    })
}

fn status_from(s: &str) -> RequestStatus {
    match s {
        "approved" => RequestStatus::Approved,
        "returned" => RequestStatus::Returned,
        _ => RequestStatus::Pending,
    }
}

impl Store {
    pub async fn save_scan(&self, user: &User, scan: &StoredScan) -> Result<()> {
        self.save_scans(user, std::slice::from_ref(scan), &[]).await
    }

    /// Stores several scans, and the inventory rows `(path, sha256, size)` that point at them, in one
    /// transaction (one sync to disk for a whole batch of the inventory).
    pub async fn save_scans(&self, user: &User, scans: &[StoredScan], inventory: &[(String, String, u64)]) -> Result<()> {
        // One statement per table for a whole batch (see `ROWS_PER_STATEMENT`). A file that occurs
        // twice in a batch (two copies scanned at once) is written once, as its last scan: one
        // statement must not touch a row twice (PostgreSQL refuses it).
        let scans = last_of_each(scans, |s| s.sha256.as_str());
        let inventory: Vec<(&str, &str, u64)> =
            last_of_each(inventory, |r| r.0.as_str()).into_iter().map(|(p, sha, size)| (p.as_str(), sha.as_str(), *size)).collect();
        let mut tx = self.write_tx().await?;
        for chunk in scans.chunks(ROWS_PER_STATEMENT) {
            let sql = format!(
                "INSERT INTO scans (sha256, scanned_at, pages, pages_without_text, error, findings, pages_read) VALUES {}
                 ON CONFLICT (sha256) DO UPDATE SET scanned_at = excluded.scanned_at, pages = excluded.pages,
                   pages_without_text = excluded.pages_without_text, error = excluded.error, findings = excluded.findings,
                   pages_read = excluded.pages_read",
                crate::values_list(chunk.len(), 7)
            );
            // Only our own placeholders are formatted into the statement; every value is bound.
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for scan in chunk {
                q = q
                    .bind(&scan.sha256)
                    .bind(&scan.scanned_at)
                    .bind(scan.pages as i64)
                    .bind(serde_json::to_string(&scan.pages_without_text).unwrap())
                    .bind(&scan.error)
                    .bind(&scan.findings_json)
                    .bind(&scan.pages_read_json);
            }
            q.execute(&mut *tx).await?;
        }
        let details: Vec<String> = scans
            .iter()
            .map(|scan| {
                // Counted without building the findings: only their number is logged.
                let n = serde_json::from_str::<Vec<serde::de::IgnoredAny>>(&scan.findings_json).map(|v| v.len()).unwrap_or(0);
                let detail = match &scan.error {
                    Some(e) => format!("kunde inte läsas: {e}"),
                    None => match ocr_pages(&scan.pages_read_json) {
                        0 => format!("{} sidor, {n} fynd, {} sidor utan text", scan.pages, scan.pages_without_text.len()),
                        k => {
                            format!("{} sidor ({k} lästa med OCR), {n} fynd, {} sidor utan text", scan.pages, scan.pages_without_text.len())
                        }
                    },
                };
                detail
            })
            .collect();
        let entries: Vec<(Option<&str>, &str)> = scans.iter().zip(&details).map(|(s, d)| (Some(s.sha256.as_str()), d.as_str())).collect();
        let head = Self::audit_many_in(&mut tx, user, "granskning", "fil", &entries).await?;
        for chunk in inventory.chunks(ROWS_PER_STATEMENT) {
            Self::inventory_rows(&mut tx, chunk).await?;
        }
        tx.commit().await?;
        match head {
            Some(h) => self.sync_audit_head(&h),
            None => Ok(()),
        }
    }

    pub async fn scan(&self, sha256: &str) -> Result<Option<StoredScan>> {
        let row = sqlx::query("SELECT * FROM scans WHERE sha256 = $1").bind(sha256).fetch_optional(self.pool()).await?;
        Ok(row.map(|r| StoredScan {
            sha256: r.get("sha256"),
            scanned_at: r.get("scanned_at"),
            pages: r.get::<i64, _>("pages") as u32,
            pages_without_text: serde_json::from_str(r.get::<&str, _>("pages_without_text")).unwrap_or_default(),
            error: r.get("error"),
            findings_json: r.get("findings"),
            pages_read_json: r.try_get("pages_read").unwrap_or_else(|_| empty_json_array()),
        }))
    }

    /// Records decisions on findings of one file (one or many: a whole category at once).
    pub async fn decide(
        &self,
        user: &User,
        subject: &str,
        sha256: &str,
        ids: &[String],
        verdict: Verdict,
        reason: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let at = now();
        for id in ids {
            sqlx::query(
                "INSERT INTO decisions (sha256, finding_id, verdict, reason, user_id, at) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (sha256, finding_id) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason,
                   user_id = excluded.user_id, at = excluded.at",
            )
            .bind(sha256)
            .bind(id)
            .bind(verdict_id(verdict))
            .bind(reason)
            .bind(user.id)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
        }
        let detail = format!("{} fynd: {}{}", ids.len(), verdict.label_sv(), reason.map(|r| format!(" – {r}")).unwrap_or_default());
        let hash = Self::audit_in(&mut tx, user, "beslut", subject, Some(sha256), &detail).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }

    pub async fn decisions(&self, sha256: &str) -> Result<Vec<StoredDecision>> {
        let rows = sqlx::query(
            "SELECT d.finding_id, d.verdict, d.reason, d.at, u.display_name FROM decisions d JOIN users u ON u.id = d.user_id WHERE d.sha256 = $1",
        )
        .bind(sha256)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(StoredDecision {
                    finding_id: r.get("finding_id"),
                    verdict: verdict_from(r.get("verdict"))?,
                    reason: r.get("reason"),
                    by: r.get("display_name"),
                    at: r.get("at"),
                })
            })
            .collect()
    }

    pub async fn consent(&self, document: &str, kind: ConsentKind) -> Result<Option<Consent>> {
        let row = sqlx::query(
            "SELECT c.sha256, c.fingerprint, c.at, u.display_name FROM consents c JOIN users u ON u.id = c.user_id WHERE c.document = $1 AND c.kind = $2",
        )
        .bind(document)
        .bind(kind.id())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| Consent { sha256: r.get("sha256"), fingerprint: r.get("fingerprint"), by: r.get("display_name"), at: r.get("at") }))
    }

    /// Records a confirmation or an approval, and (for a confirmation) sets the box, in one transaction.
    pub async fn give_consent(
        &self,
        user: &User,
        document: &str,
        kind: ConsentKind,
        sha256: &str,
        fingerprint: &str,
        detail: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO consents (document, kind, sha256, fingerprint, user_id, at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (document, kind) DO UPDATE SET sha256 = excluded.sha256, fingerprint = excluded.fingerprint,
               user_id = excluded.user_id, at = excluded.at",
        )
        .bind(document)
        .bind(kind.id())
        .bind(sha256)
        .bind(fingerprint)
        .bind(user.id)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        if kind == ConsentKind::Confirmation {
            let n = sqlx::query("UPDATE documents SET publish_file = 1, updated_by = $1, updated_at = $2 WHERE number = $3")
                .bind(user.id)
                .bind(now())
                .bind(document)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound(format!("Handlingen {document} finns inte.")));
            }
        }
        let action = match kind {
            ConsentKind::Confirmation => "bekräftelse",
            ConsentKind::Approval => "godkännande",
        };
        let hash = Self::audit_in(&mut tx, user, action, document, Some(sha256), detail).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }

    /// Voids a document's consents and unticks its box (the file, a marking or the rules changed).
    /// Returns whether anything was voided.
    pub async fn void_consents(&self, user: &User, document: &str, why: &str) -> Result<bool> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query("DELETE FROM consents WHERE document = $1").bind(document).execute(&mut *tx).await?.rows_affected();
        let m = sqlx::query("UPDATE documents SET publish_file = 0 WHERE number = $1 AND publish_file = 1")
            .bind(document)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n + m == 0 {
            return Ok(false);
        }
        let hash = Self::audit_in(&mut tx, user, "bekräftelse upphävd", document, None, why).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)?;
        Ok(true)
    }

    pub async fn request_review(&self, user: &User, document: &str, sha256: &str, fingerprint: &str, reasons: &[String]) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO review_requests (document, sha256, fingerprint, reasons, requested_by, requested_at, status)
             VALUES ($1, $2, $3, $4, $5, $6, 'pending') RETURNING id",
        )
        .bind(document)
        .bind(sha256)
        .bind(fingerprint)
        .bind(serde_json::to_string(reasons).unwrap())
        .bind(user.id)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let hash = Self::audit_in(&mut tx, user, "skickad för granskning", document, Some(sha256), &reasons.join(" ")).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)?;
        Ok(id)
    }

    /// Closes a pending request. An approval also records the team lead's consent, in the same transaction.
    pub async fn decide_review(&self, user: &User, id: i64, approve: bool, comment: Option<&str>) -> Result<ReviewRequest> {
        let mut tx = self.write_tx().await?;
        let row = sqlx::query("SELECT document, sha256, fingerprint, status FROM review_requests WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("Granskningsärende {id} finns inte.")))?;
        if row.get::<&str, _>("status") != "pending" {
            return Err(StoreError::Invalid("Granskningen är redan avgjord.".into()));
        }
        let (document, sha256, fingerprint): (String, String, String) = (row.get("document"), row.get("sha256"), row.get("fingerprint"));
        let status = if approve { "approved" } else { "returned" };
        sqlx::query("UPDATE review_requests SET status = $1, decided_by = $2, decided_at = $3, comment = $4 WHERE id = $5")
            .bind(status)
            .bind(user.id)
            .bind(now())
            .bind(comment)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if approve {
            sqlx::query(
                "INSERT INTO consents (document, kind, sha256, fingerprint, user_id, at) VALUES ($1, 'approval', $2, $3, $4, $5)
                 ON CONFLICT (document, kind) DO UPDATE SET sha256 = excluded.sha256, fingerprint = excluded.fingerprint,
                   user_id = excluded.user_id, at = excluded.at",
            )
            .bind(&document)
            .bind(&sha256)
            .bind(&fingerprint)
            .bind(user.id)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        let action = if approve { "godkännande" } else { "återsänd" };
        let hash = Self::audit_in(&mut tx, user, action, &document, Some(&sha256), comment.unwrap_or("")).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)?;
        self.review_requests(None, Some(id), None).await?.pop().ok_or_else(|| StoreError::NotFound(id.to_string()))
    }

    /// The queue: all requests, or those with `status`, or those of one `document`, newest first;
    /// or one by id.
    pub async fn review_requests(
        &self,
        status: Option<RequestStatus>,
        id: Option<i64>,
        document: Option<&str>,
    ) -> Result<Vec<ReviewRequest>> {
        let rows = sqlx::query(
            "SELECT r.*, a.display_name AS requester, b.display_name AS decider FROM review_requests r
             JOIN users a ON a.id = r.requested_by LEFT JOIN users b ON b.id = r.decided_by
             WHERE ($1 IS NULL OR r.status = $1) AND ($2 IS NULL OR r.id = $2) AND ($3 IS NULL OR r.document = $3)
             ORDER BY r.id DESC",
        )
        .bind(status.map(|s| match s {
            RequestStatus::Pending => "pending",
            RequestStatus::Approved => "approved",
            RequestStatus::Returned => "returned",
        }))
        .bind(id)
        .bind(document)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| ReviewRequest {
                id: r.get("id"),
                document: r.get("document"),
                sha256: r.get("sha256"),
                fingerprint: r.get("fingerprint"),
                reasons: serde_json::from_str(r.get::<&str, _>("reasons")).unwrap_or_default(),
                requested_by: r.get("requester"),
                requested_at: r.get("requested_at"),
                status: status_from(r.get("status")),
                decided_by: r.get("decider"),
                decided_at: r.get("decided_at"),
                comment: r.get("comment"),
            })
            .collect())
    }
}

/// The last item of each key, in the order of their last occurrence.
fn last_of_each<'a, T>(items: &'a [T], key: impl Fn(&'a T) -> &'a str) -> Vec<&'a T> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<&T> = items.iter().rev().filter(|i| seen.insert(key(i))).collect();
    out.reverse();
    out
}
