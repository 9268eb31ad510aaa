//! What differs between the two backends, side by side: where the diary is, connecting,
//! migrations, how a write transaction begins, and PostgreSQL's errors in Swedish. Everything
//! else in the store is the same SQL on both.

use crate::{Result, StoreError};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::error::DatabaseError;
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

pub const DB_FILE: &str = crate::DB_FILE;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// The group roles `db init` creates, one per [`diarievakt_model::Role`].
pub const GROUP_ROLES: [&str; 5] =
    ["diarievakt_registrator", "diarievakt_handlaggare", "diarievakt_teamledare", "diarievakt_dataskyddsombud", "diarievakt_admin"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One desk: the embedded file `diarievakt.sqlite` in the data directory.
    Sqlite,
    /// A team: one PostgreSQL database, each person signed in with their own login.
    Postgres,
}

impl Backend {
    /// SQLite: BEGIN IMMEDIATE takes the write lock at once, so a transaction that reads and then
    /// writes never fails half-way because another writer committed in between. PostgreSQL locks
    /// rows as it goes (the counter row for numbering, the audit head for the chain).
    pub(crate) fn begin_write(self) -> &'static str {
        match self {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        }
    }
}

/// Where a data directory's diary lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite,
    /// A `postgres://` URL (with or without user and password).
    Postgres(String),
}

impl Location {
    /// `DIARIEVAKT_DATABASE_URL` wins; else `database_url` in the data directory's `config.toml`;
    /// else the embedded SQLite file.
    pub fn resolve(data_dir: &Path) -> Result<Location> {
        if let Ok(url) = std::env::var("DIARIEVAKT_DATABASE_URL") {
            if !url.trim().is_empty() {
                return Location::parse(url.trim());
            }
        }
        let path = data_dir.join("config.toml");
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Location::Sqlite),
            Err(e) => return Err(StoreError::io("config.toml kunde inte läsas", e)),
        };
        let value: toml::Table =
            text.parse().map_err(|e: toml::de::Error| StoreError::Invalid(format!("config.toml kunde inte läsas: {}", e.message())))?;
        match value.get("database_url") {
            None => Ok(Location::Sqlite),
            Some(toml::Value::String(s)) => Location::parse(s.trim()),
            Some(_) => Err(StoreError::Invalid("config.toml: database_url ska vara en text, t.ex. \"postgres://server/diarium\".".into())),
        }
    }

    pub fn parse(url: &str) -> Result<Location> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Location::Postgres(url.to_string()))
        } else if url.starts_with("sqlite:") {
            Ok(Location::Sqlite)
        } else {
            Err(StoreError::Invalid(format!("Databasadressen ska börja med postgres:// (fick ”{}”).", redact_url(url))))
        }
    }

    pub fn is_team(&self) -> bool {
        matches!(self, Location::Postgres(_))
    }
}

/// A URL fit for a log or a message: the password replaced.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(ogiltig adress)".into(),
    }
}

/// The URL with this login and password in place of any it had.
pub fn with_login(url: &str, user: &str, password: &str) -> Result<String> {
    let mut u = url::Url::parse(url).map_err(|_| StoreError::Invalid("Databasadressen är ogiltig.".into()))?;
    u.set_username(user).map_err(|_| StoreError::Invalid("Databasadressen är ogiltig.".into()))?;
    u.set_password(Some(password)).map_err(|_| StoreError::Invalid("Databasadressen är ogiltig.".into()))?;
    Ok(u.to_string())
}

/// The login a URL names (or `PGUSER`, or the OS user, as libpq would).
pub fn login_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .map(|u| u.username().to_string())
        .filter(|u| !u.is_empty())
        .or_else(|| std::env::var("PGUSER").ok())
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_default()
}

/// How long a write waits for another process's lock before the user is told the database is
/// busy: 30 s, or `DIARIEVAKT_BUSY_TIMEOUT_MS` (for a system owner who wants a shorter wait).
fn busy_timeout() -> Duration {
    std::env::var("DIARIEVAKT_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_millis)
        .unwrap_or(Duration::from_secs(30))
}

pub(crate) async fn open_sqlite(data_dir: &Path) -> Result<AnyPool> {
    sqlx::any::install_default_drivers();
    std::fs::create_dir_all(data_dir).map_err(|e| StoreError::io("datamappen kunde inte skapas", e))?;
    let url = sqlx::sqlite::SqliteConnectOptions::new().filename(data_dir.join(DB_FILE)).create_if_missing(true);
    let url = sqlx::ConnectOptions::to_url_lossy(&url);
    let opts = <AnyConnectOptions as sqlx::ConnectOptions>::from_url(&url)?;
    let busy = busy_timeout().as_millis();
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                // WAL; FULL: a committed registration survives a killed process and a power cut.
                conn.execute(sqlx::AssertSqlSafe(format!(
                    "PRAGMA busy_timeout = {busy}; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                )))
                .await?;
                Ok(())
            })
        })
        // A connection whose COMMIT failed (a full disk, an I/O error) can come back still inside
        // its transaction; reused, every later write would fail with it. Such a connection is
        // closed instead, and the next write gets a fresh one.
        .after_release(|conn, _| Box::pin(async move { Ok(!sqlx::Connection::is_in_transaction(conn)) }))
        .connect_with(opts)
        .await?;
    SQLITE_MIGRATIONS.run(&pool).await?;
    Ok(pool)
}

pub(crate) async fn connect_postgres(url: &str) -> Result<AnyPool> {
    sqlx::any::install_default_drivers();
    let opts = AnyConnectOptions::from_str(url).map_err(|_| StoreError::Invalid("Databasadressen är ogiltig.".into()))?;
    let pool = AnyPoolOptions::new()
        .max_connections(4)
        .min_connections(0)
        .acquire_timeout(Duration::from_secs(15))
        .after_release(|conn, _| Box::pin(async move { Ok(!sqlx::Connection::is_in_transaction(conn)) }))
        .connect_with(opts)
        .await?;
    Ok(pool)
}

/// The newest migration this program knows for PostgreSQL.
fn latest(m: &Migrator) -> i64 {
    m.iter().map(|m| m.version).max().unwrap_or(0)
}

/// Ordinary logins never migrate: a database older (or newer) than this program is refused
/// with what to do.
pub(crate) async fn check_schema(pool: &AnyPool) -> Result<()> {
    let found: std::result::Result<Option<i64>, sqlx::Error> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success").fetch_one(pool).await;
    let found = match found {
        Ok(v) => v.unwrap_or(0),
        Err(e) if e.as_database_error().and_then(|d| d.code()).as_deref() == Some("42P01") => 0,
        Err(e) => return Err(e.into()),
    };
    let want = latest(&POSTGRES_MIGRATIONS);
    if found < want {
        return Err(StoreError::Invalid(format!(
            "Diariets databas har en äldre version ({found}) än programmet ({want}). Be administratören köra ”diarievakt db init --url …” mot servern."
        )));
    }
    if found > want {
        return Err(StoreError::Invalid(format!(
            "Diariets databas är nyare ({found}) än programmet ({want}). Uppdatera Diarievakt på den här datorn."
        )));
    }
    Ok(())
}

/// `diarievakt db init`: creates or reuses the cluster-wide group roles, migrates the schema,
/// and makes the login that runs it an administrator of the diary. Safe to run again.
pub async fn init_postgres(url: &str) -> Result<()> {
    let pool = connect_postgres(url).await?;
    for role in GROUP_ROLES {
        // Identifiers are constants: no user input reaches this SQL.
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )))
        .execute(&pool)
        .await
        .map_err(|e| match StoreError::from(e) {
            StoreError::Denied(_) => StoreError::Denied(
                "Rollerna kunde inte skapas: ”db init” ska köras av en inloggning med CREATEROLE som äger databasen.".into(),
            ),
            other => other,
        })?;
    }
    POSTGRES_MIGRATIONS.run(&pool).await?;
    // The one who initialises is the first administrator.
    sqlx::query("GRANT diarievakt_admin TO CURRENT_USER").execute(&pool).await?;
    sqlx::query("SELECT diarievakt_me()").execute(&pool).await?;
    pool.close().await;
    Ok(())
}

/// PostgreSQL's errors a user can meet, in Swedish; `None` for the rest (and for SQLite's).
pub(crate) fn postgres_error(db: &dyn DatabaseError) -> Option<StoreError> {
    let code = db.code()?;
    // SQLite's (extended) result codes have at most four digits; PostgreSQL's SQLSTATEs are
    // always five characters (28P01, 42501 …).
    if code.len() != 5 {
        return None;
    }
    let msg = db.message();
    Some(match &*code {
        "28P01" | "28000" => StoreError::BadLogin,
        "42501" => {
            // Our own functions raise Swedish messages; the server's own are in English.
            if msg.contains('å') || msg.contains('ä') || msg.contains('ö') || msg.starts_with("Inloggningen") {
                StoreError::Denied(msg.to_string())
            } else {
                StoreError::Denied("Du har inte behörighet till det här i diariet (servern nekade).".into())
            }
        }
        "42P01" | "42883" => StoreError::Invalid(
            "Diariet är inte installerat i databasen, eller är av en äldre version: be administratören köra ”diarievakt db init --url …”."
                .into(),
        ),
        "3D000" => StoreError::Unreachable("databasen finns inte på servern".into()),
        "53100" => StoreError::DiskFull,
        "40001" | "40P01" | "55P03" => StoreError::Busy,
        "57P01" | "57P02" | "57P03" => StoreError::Unreachable("servern startas om eller stängs".into()),
        c if c.starts_with("08") => StoreError::Unreachable("anslutningen bröts".into()),
        _ => return None,
    })
}
