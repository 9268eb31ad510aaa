//! `diarievakt db copy`: moves a desk's diary (SQLite) into a team's database (PostgreSQL) with
//! everything it holds – people, cases, documents, files, scans, decisions, consents, masked copies, the queue,
//! the inventory and the audit trail with its ids and hashes – and proves it: every table's count
//! equal, and the copied chain verifies on the target.

use crate::backend::Backend;
use crate::{Result, Store, StoreError};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;

/// Column kinds: every column of the diary is an integer or a text.
#[derive(Clone, Copy)]
enum K {
    I,
    T,
}
use K::{I, T};

/// The tables in an order that satisfies the foreign keys, with their columns.
const TABLES: &[(&str, &[(&str, K)])] = &[
    ("users", &[("id", I), ("username", T), ("display_name", T), ("role", T), ("created_at", T)]),
    ("series", &[("code", T), ("name", T)]),
    ("number_counters", &[("series", T), ("year", I), ("last", I)]),
    ("files", &[("sha256", T), ("size", I), ("pages", I), ("added_at", T)]),
    (
        "cases",
        &[
            ("id", I),
            ("number", T),
            ("series", T),
            ("seq", I),
            ("year", I),
            ("title", T),
            ("public_title", T),
            ("description", T),
            ("case_type", T),
            ("counterpart", T),
            ("status", T),
            ("registered", T),
            ("publish_date", T),
            ("officer", T),
            ("unit", T),
            ("secrecy_reference", T),
            ("personal_data", I),
            ("doc_counter", I),
            ("search_text", T),
            ("created_by", I),
            ("created_at", T),
            ("updated_by", I),
            ("updated_at", T),
            ("version", I),
        ],
    ),
    (
        "documents",
        &[
            ("id", I),
            ("case_id", I),
            ("seq", I),
            ("number", T),
            ("title", T),
            ("public_title", T),
            ("direction", T),
            ("date", T),
            ("counterpart", T),
            ("document_type", T),
            ("secrecy_reference", T),
            ("personal_data", I),
            ("file_sha256", T),
            ("file_name", T),
            ("publish_file", I),
            ("created_by", I),
            ("created_at", T),
            ("updated_by", I),
            ("updated_at", T),
            ("version", I),
        ],
    ),
    ("drafts", &[("user_id", I), ("key", T), ("body", T), ("updated_at", T)]),
    ("changes", &[("id", I), ("at", T), ("user_id", I), ("action", T), ("entity", T), ("ref", T)]),
    (
        "audit",
        &[("id", I), ("at", T), ("user_id", I), ("action", T), ("subject", T), ("sha256", T), ("detail", T), ("prev", T), ("hash", T)],
    ),
    (
        "scans",
        &[("sha256", T), ("scanned_at", T), ("pages", I), ("pages_without_text", T), ("error", T), ("findings", T), ("pages_read", T)],
    ),
    ("decisions", &[("sha256", T), ("finding_id", T), ("verdict", T), ("reason", T), ("user_id", I), ("at", T)]),
    ("consents", &[("document", T), ("kind", T), ("sha256", T), ("fingerprint", T), ("user_id", I), ("at", T)]),
    (
        "review_requests",
        &[
            ("id", I),
            ("document", T),
            ("sha256", T),
            ("fingerprint", T),
            ("reasons", T),
            ("requested_by", I),
            ("requested_at", T),
            ("status", T),
            ("decided_by", I),
            ("decided_at", T),
            ("comment", T),
        ],
    ),
    ("inventory", &[("path", T), ("sha256", T), ("size", I), ("scanned_at", T), ("verdict", T), ("verdict_by", I), ("verdict_at", T)]),
    ("settings", &[("key", T), ("value", T), ("updated_by", I), ("updated_at", T)]),
];

/// What a copy moved, table by table, and the proof.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CopySummary {
    pub tables: Vec<(String, u64)>,
    pub files: u64,
    pub audit_entries: u64,
}

impl Store {
    /// Copies this desk's diary into `target` (a team database, connected as the login that owns
    /// it, freshly initialised and empty).
    pub async fn copy_to(&self, target: &Store) -> Result<CopySummary> {
        if self.backend() != Backend::Sqlite || target.backend() != Backend::Postgres {
            return Err(StoreError::Invalid("Kopieringen går från ett lokalt diarium (sqlite:) till en PostgreSQL-databas.".into()));
        }
        let source_audit = self.verify_audit().await?;
        if !source_audit.ok {
            return Err(StoreError::Invalid(format!(
                "Det lokala diariets granskningslogg håller inte ({}); det kopieras inte.",
                source_audit.problems.join(" ")
            )));
        }
        for t in ["cases", "audit", "review_requests", "inventory", "scans"] {
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {t}"))).fetch_one(target.pool()).await?;
            if n > 0 {
                return Err(StoreError::Invalid(format!(
                    "Måldatabasen är inte tom (tabellen {t} har {n} rader): kopiera bara till ett nytt diarium."
                )));
            }
        }
        let mut tx = target.pool().begin().await?;
        // The target's own placeholder rows (made by db init) give way to the desk's people, whose
        // ids the audit chain's hashes contain.
        sqlx::query("DELETE FROM users").execute(&mut *tx).await?;
        let mut summary = CopySummary { tables: Vec::new(), files: 0, audit_entries: source_audit.entries };
        for (table, cols) in TABLES {
            let names = cols.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ");
            let params = (1..=cols.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
            // Constant table and column names only.
            let rows: Vec<AnyRow> = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {names} FROM {table}"))).fetch_all(self.pool()).await?;
            let insert = format!("INSERT INTO {table} ({names}) VALUES ({params})");
            for r in &rows {
                let mut q = sqlx::query(sqlx::AssertSqlSafe(insert.clone()));
                for (i, (_, k)) in cols.iter().enumerate() {
                    q = match k {
                        I => q.bind(r.try_get::<Option<i64>, _>(i)?),
                        T => q.bind(r.try_get::<Option<String>, _>(i)?),
                    };
                }
                q.execute(&mut *tx).await?;
            }
            if cols.first().is_some_and(|(c, _)| *c == "id") {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"
                )))
                .execute(&mut *tx)
                .await?;
            }
            summary.tables.push((table.to_string(), rows.len() as u64));
        }
        let shas: Vec<String> = sqlx::query_scalar("SELECT sha256 FROM files").fetch_all(self.pool()).await?;
        for sha in shas {
            // A file recorded by hash only (an import without the file) stays that way.
            if !self.files().contains(&sha).await {
                continue;
            }
            let bytes = self.files().read(&sha).await?;
            sqlx::query("INSERT INTO file_blobs (sha256, data) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING")
                .bind(&sha)
                .bind(bytes)
                .execute(&mut *tx)
                .await?;
            summary.files += 1;
        }
        // Masked copies after the files: each row names its copy's bytes, which come with it.
        let copies: Vec<AnyRow> =
            sqlx::query("SELECT original_sha256, sha256, record, user_id, at FROM masked_copies").fetch_all(self.pool()).await?;
        for r in &copies {
            let sha: String = r.try_get(1)?;
            let bytes = self.files().read(&sha).await?;
            sqlx::query("INSERT INTO file_blobs (sha256, data) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING")
                .bind(&sha)
                .bind(bytes)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO masked_copies (original_sha256, sha256, record, user_id, at) VALUES ($1, $2, $3, $4, $5)")
                .bind(r.try_get::<String, _>(0)?)
                .bind(&sha)
                .bind(r.try_get::<String, _>(2)?)
                .bind(r.try_get::<i64, _>(3)?)
                .bind(r.try_get::<String, _>(4)?)
                .execute(&mut *tx)
                .await?;
        }
        summary.tables.push(("masked_copies".to_string(), copies.len() as u64));
        let head: Option<String> =
            sqlx::query_scalar("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetch_optional(self.pool()).await?;
        sqlx::query("UPDATE audit_head SET hash = $1, entries = $2 WHERE id = 1")
            .bind(head.unwrap_or_else(|| crate::audit::GENESIS.to_string()))
            .bind(source_audit.entries as i64)
            .execute(&mut *tx)
            .await?;
        // Local roles become grants only when the logins exist; the copy never creates logins
        // (`diarievakt user add` does, on purpose). The owner keeps its own row.
        sqlx::query("SELECT diarievakt_me()").execute(&mut *tx).await?;
        tx.commit().await?;

        // The proof: counts equal, the chain verifies on the target.
        for (table, n) in &summary.tables {
            let m: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"))).fetch_one(target.pool()).await?;
            // users: the owner's own row may come in addition.
            let ok = if table == "users" { m >= *n as i64 } else { m == *n as i64 };
            if !ok {
                return Err(StoreError::Db(format!("kopian av {table} har {m} rader, källan {n}")));
            }
        }
        let check = target.verify_audit().await?;
        if !check.ok || check.entries != source_audit.entries {
            return Err(StoreError::Db(format!("granskningsloggen håller inte i målet: {}", check.problems.join(" "))));
        }
        Ok(summary)
    }
}
