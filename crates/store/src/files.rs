//! The content-addressed file store: every attached file is kept once, under its SHA-256, in the
//! data directory. Writes go to a temporary file that is synced and then renamed, so a crash never
//! leaves a half-written file under a valid name.

use sha2::{Digest, Sha256};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::StoreError;
use sqlx::AnyPool;

/// Where the files are: a folder in the data directory (one desk), or the team's database
/// (`file_blobs`, keyed by SHA-256), so a team never depends on a shared folder.
#[derive(Debug, Clone)]
pub struct FileStore {
    root: PathBuf,
    db: Option<AnyPool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub size: u64,
}

pub fn sha256_of(bytes: &[u8]) -> String {
    sha256_hex(&sha256_digest(bytes))
}

/// The SHA-256 of `bytes` as its 32 bytes (the inventory's set of scanned files holds these).
pub fn sha256_digest(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// A SHA-256 as the hex the store keys files by.
pub fn sha256_hex(digest: &[u8; 32]) -> String {
    hex::encode(digest)
}

impl FileStore {
    pub fn new(root: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let root = root.into();
        fs::create_dir_all(&root).map_err(|e| StoreError::io("filarkivet kunde inte skapas", e))?;
        Ok(FileStore { root, db: None })
    }

    /// Files kept in the team's database.
    pub(crate) fn in_database(pool: AnyPool) -> Self {
        FileStore { root: PathBuf::new(), db: Some(pool) }
    }

    fn check(sha256: &str) -> Result<(), StoreError> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) {
            return Err(StoreError::Invalid(format!("Ogiltig filreferens ”{sha256}”.")));
        }
        Ok(())
    }

    /// The path a file with this hash has in the store (it may not exist).
    pub fn path_of(&self, sha256: &str) -> Result<PathBuf, StoreError> {
        Self::check(sha256)?;
        Ok(self.root.join(&sha256[..2]).join(sha256))
    }

    pub async fn contains(&self, sha256: &str) -> bool {
        if let Some(db) = &self.db {
            if Self::check(sha256).is_err() {
                return false;
            }
            let n: Result<Option<String>, _> =
                sqlx::query_scalar("SELECT sha256 FROM file_blobs WHERE sha256 = $1").bind(sha256).fetch_optional(db).await;
            return matches!(n, Ok(Some(_)));
        }
        self.path_of(sha256).map(|p| p.is_file()).unwrap_or(false)
    }

    /// Copies `src` into the store; returns its hash and size.
    pub async fn put_file(&self, src: &Path) -> Result<Stored, StoreError> {
        let mut f = fs::File::open(src).map_err(|e| StoreError::io("filen kunde inte öppnas", e))?;
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).map_err(|e| StoreError::io("filen kunde inte läsas", e))?;
        self.put_bytes(&bytes).await
    }

    pub async fn put_bytes(&self, bytes: &[u8]) -> Result<Stored, StoreError> {
        let sha256 = sha256_of(bytes);
        let stored = Stored { sha256, size: bytes.len() as u64 };
        if let Some(db) = &self.db {
            sqlx::query("INSERT INTO file_blobs (sha256, data) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING")
                .bind(&stored.sha256)
                .bind(bytes)
                .execute(db)
                .await?;
            return Ok(stored);
        }
        let dest = self.path_of(&stored.sha256)?;
        if dest.is_file() {
            return Ok(stored);
        }
        let dir = dest.parent().expect("store paths have a parent");
        fs::create_dir_all(dir).map_err(|e| StoreError::io("filarkivet kunde inte skrivas", e))?;
        let tmp = dir.join(format!(".{}.tmp{}", stored.sha256, std::process::id()));
        let write = || -> std::io::Result<()> {
            let mut out = fs::File::create(&tmp)?;
            out.write_all(bytes)?;
            out.sync_all()?;
            fs::rename(&tmp, &dest)?;
            fs::File::open(dir)?.sync_all()
        };
        write().map_err(|e| {
            let _ = fs::remove_file(&tmp);
            StoreError::io("filen kunde inte sparas i filarkivet", e)
        })?;
        Ok(stored)
    }

    pub async fn read(&self, sha256: &str) -> Result<Vec<u8>, StoreError> {
        let bytes = match &self.db {
            Some(db) => {
                Self::check(sha256)?;
                let b: Option<Vec<u8>> =
                    sqlx::query_scalar("SELECT data FROM file_blobs WHERE sha256 = $1").bind(sha256).fetch_optional(db).await?;
                b.ok_or_else(|| StoreError::NotFound(format!("Filen {sha256} saknas i filarkivet.")))?
            }
            None => {
                let p = self.path_of(sha256)?;
                fs::read(&p).map_err(|e| StoreError::io("filen saknas i filarkivet", e))?
            }
        };
        if sha256_of(&bytes) != sha256 {
            return Err(StoreError::Invalid(format!("Filen {sha256} i filarkivet har ändrats eller är skadad; den används inte.")));
        }
        Ok(bytes)
    }
}
