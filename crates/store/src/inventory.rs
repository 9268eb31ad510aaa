//! The inventory of already published files.

use crate::{now, Result, Store, StoreError, StoredScan};
use diarievakt_model::User;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use ts_rs::TS;

/// One file of the inventory with its scan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InventoryItem {
    pub path: String,
    pub sha256: String,
    pub size: u64,
    pub scanned_at: String,
    /// `avpublicera` or `ok`, once a team lead has decided.
    pub verdict: Option<String>,
    pub scan: Option<StoredScan>,
}

impl Store {
    /// True when a file with this hash has been scanned (by the inventory or at registration).
    pub async fn has_scan(&self, sha256: &str) -> Result<bool> {
        let n: Option<String> =
            sqlx::query_scalar("SELECT sha256 FROM scans WHERE sha256 = $1").bind(sha256).fetch_optional(self.pool()).await?;
        Ok(n.is_some())
    }

    /// The SHA-256 of every scanned file, read once: the inventory asks this set instead of the
    /// database for each of its files. 32 bytes a scan (a diary with a million scans: 32 MB).
    pub async fn scan_hashes(&self) -> Result<std::collections::HashSet<[u8; 32]>> {
        let rows: Vec<String> = sqlx::query_scalar("SELECT sha256 FROM scans").fetch_all(self.pool()).await?;
        Ok(rows.iter().filter_map(|h| sha256_bytes(h)).collect())
    }

    pub async fn record_inventory(&self, path: &str, sha256: &str, size: u64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        Self::inventory_rows(&mut tx, &[(path, sha256, size)]).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Several inventory rows `(path, sha256, size)` in one statement (distinct paths).
    pub(crate) async fn inventory_rows(tx: &mut crate::Tx, rows: &[(&str, &str, u64)]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "INSERT INTO inventory (path, sha256, size, scanned_at) VALUES {}
             ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, scanned_at = excluded.scanned_at",
            crate::values_list(rows.len(), 4)
        );
        let at = now();
        // Only our own placeholders are formatted into the statement; every value is bound.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (path, sha256, size) in rows {
            q = q.bind(*path).bind(*sha256).bind(*size as i64).bind(&at);
        }
        q.execute(&mut **tx).await?;
        Ok(())
    }

    /// Every inventoried file with its scan, ordered by path. Scans are loaded one page at a time
    /// by the caller's `limit`/`offset`, so memory stays bounded however large the inventory.
    pub async fn inventory(&self, limit: u32, offset: u32) -> Result<Vec<InventoryItem>> {
        let rows = sqlx::query(
            "SELECT i.path, i.sha256, i.size, i.scanned_at, i.verdict, s.scanned_at AS s_at, s.pages, s.pages_without_text, s.error, s.findings, s.pages_read
             FROM inventory i LEFT JOIN scans s ON s.sha256 = i.sha256 ORDER BY i.path LIMIT $1 OFFSET $2",
        )
        .bind(limit as i64)
        .bind(offset as i64)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let sha256: String = r.get("sha256");
                let scan = r.get::<Option<String>, _>("s_at").map(|at| StoredScan {
                    sha256: sha256.clone(),
                    scanned_at: at,
                    pages: r.get::<i64, _>("pages") as u32,
                    pages_without_text: serde_json::from_str(r.get::<&str, _>("pages_without_text")).unwrap_or_default(),
                    error: r.get("error"),
                    findings_json: r.get("findings"),
                    pages_read_json: r.get::<Option<String>, _>("pages_read").unwrap_or_else(|| "[]".into()),
                });
                InventoryItem {
                    path: r.get("path"),
                    sha256,
                    size: r.get::<i64, _>("size") as u64,
                    scanned_at: r.get("scanned_at"),
                    verdict: r.get("verdict"),
                    scan,
                }
            })
            .collect())
    }

    pub async fn inventory_count(&self) -> Result<u64> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM inventory").fetch_one(self.pool()).await?;
        Ok(n as u64)
    }

    /// A team lead's call on an inventoried file: `avpublicera` or `ok`. Audited.
    pub async fn set_inventory_verdict(&self, user: &User, path: &str, verdict: &str) -> Result<()> {
        if verdict != "avpublicera" && verdict != "ok" {
            return Err(StoreError::Invalid(format!("Okänt beslut ”{verdict}”: använd avpublicera eller ok.")));
        }
        let mut tx = self.write_tx().await?;
        let sha: Option<String> =
            sqlx::query_scalar("UPDATE inventory SET verdict = $1, verdict_by = $2, verdict_at = $3 WHERE path = $4 RETURNING sha256")
                .bind(verdict)
                .bind(user.id)
                .bind(now())
                .bind(path)
                .fetch_optional(&mut *tx)
                .await?;
        let sha = sha.ok_or_else(|| StoreError::NotFound(format!("Filen {path} finns inte i inventeringen.")))?;
        let action = if verdict == "ok" { "inventering ok" } else { "avpublicera" };
        let hash = Self::audit_in(&mut tx, user, action, path, Some(&sha), "").await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }
}

/// A SHA-256 in hex as its 32 bytes (`None` if it is not one).
fn sha256_bytes(hex_digest: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(hex_digest, &mut out).ok()?;
    Some(out)
}
