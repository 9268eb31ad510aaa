//! The diary database: one store API over two backends – an embedded SQLite file (one desk; WAL,
//! full sync) or a team's PostgreSQL server – plus the content-addressed file store.
//!
//! The SQL is written once (sqlx's `Any` driver; `$n` parameters, text dates, integer booleans);
//! what differs per backend sits in [`backend`]: connecting, migrations, how a write transaction
//! begins, the audit append and the privileges (PostgreSQL enforces roles itself).
//!
//! Numbering is done inside the registering transaction: the counter row for (series, year) is
//! bumped as the transaction's first statement (SQLite's write lock, PostgreSQL's row lock), so
//! concurrent registrations queue and a rolled-back one gives its number back.

mod audit;
pub mod backend;
mod cases;
mod copy;
mod files;
mod incidents;
mod inventory;
mod masking;
mod ocr;
mod review;
pub mod testing;
pub mod users;

pub use audit::{AuditEntry, AuditReport};
pub use incidents::{IncidentFields, IncidentLink, NewWithdrawal};
pub use inventory::InventoryItem;
pub use review::{ConsentKind, RequestStatus, ReviewRequest, StoredDecision, StoredScan};

pub use backend::{Backend, Location};
pub use copy::CopySummary;
pub use files::{sha256_digest, sha256_hex, sha256_of, FileStore, Stored};
pub use users::{valid_username, Account};

use chrono::{NaiveDate, Utc};
use diarievakt_model::{Case, CaseStatus, User};
use serde::{Deserialize, Serialize};
use sqlx::{Any, AnyPool, Transaction};
use std::path::{Path, PathBuf};
use ts_rs::TS;

pub(crate) type Tx = Transaction<'static, Any>;

/// Rows written by one multi-row INSERT: a batch of the inventory (32 files) in one statement per
/// table, well inside SQLite's and PostgreSQL's limits on bound parameters.
pub(crate) const ROWS_PER_STATEMENT: usize = 32;

/// `($1, $2, …), ($k+1, …)`: the VALUES of a multi-row INSERT of `rows` rows of `cols` columns.
pub(crate) fn values_list(rows: usize, cols: usize) -> String {
    let mut s = String::with_capacity(rows * cols * 5);
    for r in 0..rows {
        if r > 0 {
            s.push_str(", ");
        }
        s.push('(');
        for c in 0..cols {
            if c > 0 {
                s.push_str(", ");
            }
            s.push_str(&format!("${}", r * cols + c + 1));
        }
        s.push(')');
    }
    s
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("Disken är full: ändringen sparades inte. Frigör utrymme och försök igen – inget av det som redan sparats har förlorats.")]
    DiskFull,
    #[error("Databasen är upptagen av en annan process. Försök igen om en stund.")]
    Busy,
    #[error("Databasen kunde inte skriva till disken (disken kan vara full, eller filen för stor för filsystemet eller skadad): ändringen sparades inte. Frigör utrymme och försök igen, eller kontakta systemförvaltaren – inget av det som redan sparats har förlorats.")]
    WriteFailed,
    #[error("Databasen är skrivskyddad: ändringen sparades inte. Kontrollera behörigheterna på datamappen (eller be systemförvaltaren om hjälp) – inget av det som redan sparats har förlorats.")]
    ReadOnly,
    #[error("Fel användarnamn eller lösenord.")]
    BadLogin,
    #[error("{0}")]
    Denied(String),
    #[error("{0}")]
    Conflict(String),
    #[error("Databasservern kunde inte nås: {0}")]
    Unreachable(String),
    #[error("Databasfel: {0}")]
    Db(String),
    #[error("{what}: {detail}")]
    Io { what: String, detail: String },
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NotFound(String),
}

impl StoreError {
    pub(crate) fn io(what: &str, e: std::io::Error) -> StoreError {
        if e.raw_os_error() == Some(28) {
            return StoreError::DiskFull;
        }
        let first = what.chars().next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
        StoreError::Io {
            what: format!("{first}{}", &what[what.chars().next().map_or(0, char::len_utf8)..]),
            detail: diarievakt_oserr::io_error_sv(&e),
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if let Some(db) = e.as_database_error() {
            if let Some(pg) = backend::postgres_error(db) {
                return pg;
            }
            match db.code().as_deref() {
                Some("13") => return StoreError::DiskFull,
                Some("5") | Some("6") => return StoreError::Busy,
                Some(c) if c == "8" || c.parse::<i32>().is_ok_and(|n| n & 0xff == 8) => return StoreError::ReadOnly,
                // SQLITE_IOERR and its extended codes (778 is IOERR_WRITE, 1034 IOERR_FSYNC …).
                Some(c) if c.parse::<i32>().is_ok_and(|n| n & 0xff == 10) => return StoreError::WriteFailed,
                Some(c) if c.parse::<i32>().is_ok_and(|n| n & 0xff == 13) => return StoreError::DiskFull,
                _ => {}
            }
        }
        if let sqlx::Error::Io(io) = &e {
            if io.raw_os_error() == Some(28) {
                return StoreError::DiskFull;
            }
            return StoreError::Unreachable(diarievakt_oserr::io_error_sv(io));
        }
        if let sqlx::Error::PoolTimedOut = &e {
            return StoreError::Unreachable("inget svar inom tidsgränsen".into());
        }
        StoreError::Db(e.to_string())
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError::Db(format!("databasen kunde inte uppgraderas: {e}"))
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A diary series (RF Regionfullmäktige, RS Regionstyrelsen, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Series {
    pub code: String,
    pub name: String,
}

/// One row of the case list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaseSummary {
    pub number: String,
    pub title: String,
    pub public_title: Option<String>,
    pub case_type: String,
    pub counterpart: Option<String>,
    pub status: CaseStatus,
    pub registered: NaiveDate,
    pub secret: bool,
    pub personal_data: bool,
    pub documents: u32,
    pub updated_at: String,
}

/// A saved draft: what was typed in a form that is not yet saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Draft {
    pub key: String,
    pub body: String,
    pub updated_at: String,
}

/// An entry of the change log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Change {
    pub at: String,
    pub user: String,
    pub action: String,
    pub entity: String,
    #[serde(rename = "ref")]
    #[ts(rename = "ref")]
    pub reference: String,
}

pub const DB_FILE: &str = "diarievakt.sqlite";

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    files: FileStore,
    data_dir: PathBuf,
}

pub(crate) fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub(crate) fn date_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::Db(format!("ogiltigt datum i databasen: {s}")))
}

pub(crate) fn status_str(s: CaseStatus) -> &'static str {
    s.label_sv()
}

/// Lower-cased text the case list searches: number, titles, counterpart, date.
pub(crate) fn search_text(c: &Case, number: &str) -> String {
    let mut s = String::new();
    for part in [
        Some(number),
        Some(c.title.as_str()),
        c.public_title.as_deref(),
        c.counterpart.as_deref(),
        Some(&date_str(c.registered)),
        Some(c.case_type.as_str()),
    ]
    .into_iter()
    .flatten()
    {
        s.push_str(&part.to_lowercase());
        s.push('\u{1f}');
    }
    s
}

/// Escapes LIKE's wildcards (`%`, `_`) and the escape character itself, for `ESCAPE '\\'`.
fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// The case list's pattern: `query` anywhere, case-insensitively.
pub(crate) fn like_pattern(q: &str) -> String {
    format!("%{}%", escape_like(&q.trim().to_lowercase()))
}

/// The pattern for a case's documents: `RS/1/2021:` followed by anything.
pub(crate) fn documents_of(case_number: &str) -> String {
    format!("{}:%", escape_like(case_number))
}

impl Store {
    /// Opens (creating if needed) the embedded SQLite diary and file store in `data_dir`.
    pub async fn open(data_dir: &Path) -> Result<Store> {
        let pool = backend::open_sqlite(data_dir).await?;
        let files = FileStore::new(data_dir.join("filer"))?;
        Ok(Store { pool, backend: Backend::Sqlite, files, data_dir: data_dir.to_path_buf() })
    }

    /// Connects to a team's PostgreSQL diary as the login in `url` (its password in the URL or
    /// `PGPASSWORD`). Never migrates: an older schema gives a message to run `diarievakt db init`.
    pub async fn connect(data_dir: &Path, url: &str) -> Result<Store> {
        let pool = backend::connect_postgres(url).await?;
        backend::check_schema(&pool).await?;
        Ok(Store { files: FileStore::in_database(pool.clone()), pool, backend: Backend::Postgres, data_dir: data_dir.to_path_buf() })
    }

    /// Opens the diary `location` names.
    pub async fn open_at(data_dir: &Path, location: &Location) -> Result<Store> {
        match location {
            Location::Sqlite => Store::open(data_dir).await,
            Location::Postgres(url) => Store::connect(data_dir, url).await,
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn files(&self) -> &FileStore {
        &self.files
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub(crate) async fn write_tx(&self) -> Result<Tx> {
        Ok(self.pool.begin_with(self.backend.begin_write()).await?)
    }

    /// Records a change in the change log and the audit chain, in the caller's transaction.
    /// Returns the new audit head (written out by [`Store::sync_audit_head`] after the commit).
    pub(crate) async fn log(tx: &mut Tx, user: &User, action: &str, entity: &str, reference: &str) -> Result<String> {
        sqlx::query("INSERT INTO changes (at, user_id, action, entity, ref) VALUES ($1, $2, $3, $4, $5)")
            .bind(now())
            .bind(user.id)
            .bind(action)
            .bind(entity)
            .bind(reference)
            .execute(&mut **tx)
            .await?;
        Self::audit_in(tx, user, action, reference, None, entity).await
    }
}
