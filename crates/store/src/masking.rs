//! Masked copies (issue 14): which verified copy stands in for which original file. The copy's
//! bytes are in the archive like any file; recording it and its audit entry is one transaction.

use crate::{Result, Store, StoreError};
use diarievakt_model::{MaskedCopy, User};
use sqlx::Row;

impl Store {
    /// Records `copy` for its original (replacing an earlier copy of the same file). The copy's
    /// bytes must already be in the archive.
    pub async fn save_masked_copy(&self, user: &User, document: &str, copy: &MaskedCopy, detail: &str) -> Result<()> {
        if copy.sha256 == copy.original_sha256 {
            return Err(StoreError::Invalid("En maskerad kopia kan inte vara originalet självt.".into()));
        }
        if !self.files().contains(&copy.sha256).await {
            return Err(StoreError::Invalid("Den maskerade kopian finns inte i arkivet.".into()));
        }
        let record = serde_json::to_string(copy).expect("a masked copy serialises");
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO masked_copies (original_sha256, sha256, record, user_id, at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (original_sha256) DO UPDATE SET sha256 = excluded.sha256, record = excluded.record,
               user_id = excluded.user_id, at = excluded.at",
        )
        .bind(&copy.original_sha256)
        .bind(&copy.sha256)
        .bind(&record)
        .bind(user.id)
        .bind(&copy.at)
        .execute(&mut *tx)
        .await?;
        let hash = Self::audit_in(&mut tx, user, "maskerad kopia", document, Some(&copy.original_sha256), detail).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }

    /// The copy recorded for the file `original_sha256`, if any.
    pub async fn masked_copy(&self, original_sha256: &str) -> Result<Option<MaskedCopy>> {
        let row = sqlx::query("SELECT record FROM masked_copies WHERE original_sha256 = $1")
            .bind(original_sha256)
            .fetch_optional(self.pool())
            .await?;
        // A record this program cannot read counts as no copy: the original's own rules apply.
        Ok(row.and_then(|r| serde_json::from_str(&r.get::<String, _>("record")).ok()))
    }

    /// Removes the copy of `original_sha256` (the original's own rules apply again).
    pub async fn remove_masked_copy(&self, user: &User, document: &str, original_sha256: &str) -> Result<bool> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query("DELETE FROM masked_copies WHERE original_sha256 = $1")
            .bind(original_sha256)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Ok(false);
        }
        let hash = Self::audit_in(&mut tx, user, "maskerad kopia borttagen", document, Some(original_sha256), "").await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)?;
        Ok(true)
    }

    /// Records a refused copy in the audit trail: nothing else changes.
    pub async fn audit_refused_copy(&self, user: &User, document: &str, original_sha256: &str, detail: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let hash = Self::audit_in(&mut tx, user, "maskerad kopia vägrad", document, Some(original_sha256), detail).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }
}
