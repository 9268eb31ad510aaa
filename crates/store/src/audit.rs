//! The hash-chained audit trail. Each entry's hash covers its content and the previous entry's
//! hash, so changing, removing or reordering any entry breaks the chain from there on. The newest
//! hash is also kept outside the entries – in `audit.head` beside a desk's database, in the
//! `audit_head` row of a team's – so cutting entries off the end is detected too.
//!
//! On PostgreSQL an entry is appended only by the database's own function `diarievakt_audit`,
//! which takes the acting user from the session (`session_user`) and computes the same hash;
//! no login may insert, change or delete audit rows directly.

use crate::backend::Backend;
use crate::{now, Result, Store, StoreError, Tx, ROWS_PER_STATEMENT};
use diarievakt_model::User;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::Row;
use ts_rs::TS;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub user_id: i64,
    pub user: String,
    pub action: String,
    /// The case or document number the entry concerns.
    pub subject: String,
    pub sha256: Option<String>,
    pub detail: String,
    pub prev: String,
    pub hash: String,
}

/// What `audit verify` found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditReport {
    pub entries: u64,
    pub ok: bool,
    pub problems: Vec<String>,
}

fn entry_hash(prev: &str, at: &str, user_id: i64, action: &str, subject: &str, sha256: Option<&str>, detail: &str) -> String {
    let mut h = Sha256::new();
    for part in [prev, at, &user_id.to_string(), action, subject, sha256.unwrap_or(""), detail] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

impl Store {
    fn head_path(&self) -> std::path::PathBuf {
        self.data_dir().join("audit.head")
    }

    /// Appends an entry inside the caller's transaction. The head file is written by
    /// [`Store::sync_audit_head`] after the commit.
    pub(crate) async fn audit_in(
        tx: &mut Tx,
        user: &User,
        action: &str,
        subject: &str,
        sha256: Option<&str>,
        detail: &str,
    ) -> Result<String> {
        if (**tx).backend_name() == "PostgreSQL" {
            let hash: String = sqlx::query_scalar("SELECT diarievakt_audit($1, $2, $3, $4)")
                .bind(action)
                .bind(subject)
                .bind(sha256)
                .bind(detail)
                .fetch_one(&mut **tx)
                .await?;
            return Ok(hash);
        }
        let head = Self::chain_in(tx, user, action, subject, &[(sha256, detail)]).await?;
        Ok(head.expect("one entry was appended"))
    }

    /// Several entries of one action on one kind of subject – `(sha256, detail)` each – chained in
    /// order inside the transaction, as [`Store::audit_in`] entry by entry would chain them (the
    /// inventory stores 32 scans at a time). Returns the last entry's hash (`None` for no entries).
    pub(crate) async fn audit_many_in(
        tx: &mut Tx,
        user: &User,
        action: &str,
        subject: &str,
        entries: &[(Option<&str>, &str)],
    ) -> Result<Option<String>> {
        if (**tx).backend_name() == "PostgreSQL" {
            // The server chains the entries (diarievakt_audit), one call each.
            let mut head = None;
            for (sha256, detail) in entries {
                head = Some(Self::audit_in(tx, user, action, subject, *sha256, detail).await?);
            }
            return Ok(head);
        }
        Self::chain_in(tx, user, action, subject, entries).await
    }

    /// The SQLite chain: one look-up of the previous hash, the entries' hashes computed in order, and
    /// one INSERT per [`ROWS_PER_STATEMENT`] entries.
    async fn chain_in(tx: &mut Tx, user: &User, action: &str, subject: &str, entries: &[(Option<&str>, &str)]) -> Result<Option<String>> {
        if entries.is_empty() {
            return Ok(None);
        }
        let prev: Option<String> = sqlx::query_scalar("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetch_optional(&mut **tx).await?;
        let mut prev = prev.unwrap_or_else(|| GENESIS.to_string());
        let at = now();
        let mut rows = Vec::with_capacity(entries.len());
        for &(sha256, detail) in entries {
            let hash = entry_hash(&prev, &at, user.id, action, subject, sha256, detail);
            rows.push((sha256, detail, std::mem::replace(&mut prev, hash.clone()), hash));
        }
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            let sql = format!(
                "INSERT INTO audit (at, user_id, action, subject, sha256, detail, prev, hash) VALUES {}",
                crate::values_list(chunk.len(), 8)
            );
            // Only our own placeholders are formatted into the statement; every value is bound.
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for (sha256, detail, p, h) in chunk {
                q = q.bind(&at).bind(user.id).bind(action).bind(subject).bind(*sha256).bind(*detail).bind(p.as_str()).bind(h.as_str());
            }
            q.execute(&mut **tx).await?;
        }
        Ok(Some(prev))
    }

    pub(crate) fn sync_audit_head(&self, hash: &str) -> Result<()> {
        if self.backend() == Backend::Postgres {
            return Ok(());
        }
        // Two commits may write the head at once (two registrations in two tasks): the writes take
        // turns in this process, and another process (the command beside the app) writes its own
        // temporary file. The later commit's head can still be renamed
        // first; the file then holds an earlier entry of the chain for a moment, which
        // `verify_audit` accepts (only a head that is not in the chain means entries were cut off),
        // and the next entry writes the newest again.
        static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let tmp = self.head_path().with_extension(format!("head.tmp.{}", std::process::id()));
        let _turn = LOCK.lock().unwrap_or_else(|e| e.into_inner());
        std::fs::write(&tmp, hash).and_then(|_| std::fs::rename(&tmp, self.head_path())).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            StoreError::io("granskningsloggens huvud kunde inte skrivas", e)
        })
    }

    /// Appends one entry to the audit trail in its own transaction.
    pub async fn audit(&self, user: &User, action: &str, subject: &str, sha256: Option<&str>, detail: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let hash = Self::audit_in(&mut tx, user, action, subject, sha256, detail).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }

    /// Entries whose subject is `prefix` or one of its documents (`prefix:n`), oldest first.
    pub async fn audit_entries(&self, prefix: Option<&str>) -> Result<Vec<AuditEntry>> {
        let rows = match prefix {
            Some(p) => {
                sqlx::query(
                    "SELECT a.*, u.display_name FROM audit a JOIN users u ON u.id = a.user_id
                     WHERE a.subject = $1 OR a.subject LIKE $2 ESCAPE '\\' ORDER BY a.id",
                )
                .bind(p)
                .bind(crate::documents_of(p))
                .fetch_all(self.pool())
                .await?
            }
            None => {
                sqlx::query("SELECT a.*, u.display_name FROM audit a JOIN users u ON u.id = a.user_id ORDER BY a.id")
                    .fetch_all(self.pool())
                    .await?
            }
        };
        Ok(rows
            .iter()
            .map(|r| AuditEntry {
                id: r.get("id"),
                at: r.get("at"),
                user_id: r.get("user_id"),
                user: r.get("display_name"),
                action: r.get("action"),
                subject: r.get("subject"),
                sha256: r.get("sha256"),
                detail: r.get("detail"),
                prev: r.get("prev"),
                hash: r.get("hash"),
            })
            .collect())
    }

    /// Walks the whole chain and reports every break in Swedish.
    pub async fn verify_audit(&self) -> Result<AuditReport> {
        let rows = sqlx::query("SELECT id, at, user_id, action, subject, sha256, detail, prev, hash FROM audit ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        let mut problems = Vec::new();
        let mut expected_prev = GENESIS.to_string();
        for r in &rows {
            let id: i64 = r.get("id");
            let prev: String = r.get("prev");
            let hash: String = r.get("hash");
            let sha: Option<String> = r.get("sha256");
            let computed =
                entry_hash(&prev, r.get("at"), r.get("user_id"), r.get("action"), r.get("subject"), sha.as_deref(), r.get("detail"));
            if computed != hash {
                problems.push(format!("Post {id} har ändrats i efterhand (innehållet stämmer inte med sin kontrollsumma)."));
            }
            if prev != expected_prev {
                problems.push(format!("Kedjan är bruten före post {id}: en post har tagits bort eller flyttats."));
            }
            expected_prev = hash;
        }
        if self.backend() == Backend::Postgres {
            let row = sqlx::query("SELECT hash, entries FROM audit_head WHERE id = 1").fetch_one(self.pool()).await?;
            let (head, entries): (String, i64) = (row.get("hash"), row.get("entries"));
            if head != expected_prev {
                problems.push("Loggens senaste poster saknas: kedjans slut stämmer inte med databasens huvudpost (audit_head).".into());
            }
            if entries != rows.len() as i64 {
                problems.push(format!("Loggen har {} poster men databasen har räknat {entries}.", rows.len()));
            }
            return Ok(AuditReport { entries: rows.len() as u64, ok: problems.is_empty(), problems });
        }
        match std::fs::read_to_string(self.head_path()) {
            // The head names an entry the chain no longer has: entries were cut off the end. (A head
            // one or two entries behind the end is two commits that wrote it out of turn, or a crash
            // between a commit and its head: no entry is missing.)
            Ok(head) if !rows.is_empty() && !rows.iter().any(|r| r.get::<String, _>("hash") == head.trim()) => {
                problems.push("Loggens senaste poster saknas: kedjans slut stämmer inte med audit.head.".into())
            }
            Ok(head) if rows.is_empty() && head.trim() != GENESIS => problems.push("Granskningsloggen har tömts.".into()),
            Err(_) if !rows.is_empty() => problems.push("Filen audit.head saknas; kedjans slut kan inte bekräftas.".into()),
            _ => {}
        }
        Ok(AuditReport { entries: rows.len() as u64, ok: problems.is_empty(), problems })
    }
}
