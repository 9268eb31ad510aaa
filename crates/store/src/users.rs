//! People and their roles.
//!
//! One desk (SQLite): local accounts with an argon2id password hash; the first start creates an
//! administrator, who adds people and grants roles. On one desk whoever can write the data
//! directory could replace the file, so the boundary there is the operating system's.
//!
//! A team (PostgreSQL): each person is a database login; the server checks the password
//! (scram-sha-256, or LDAP configured on the server) and the app never sees a hash. Roles are
//! memberships in the group roles `diarievakt_*`, granted by an administrator with CREATEROLE;
//! the database's own privileges and row-level policies enforce them (migrations/postgres).

use crate::backend::Backend;
use crate::{now, Result, Store, StoreError, Tx};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use diarievakt_model::{Role, User};
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::time::Duration;
use ts_rs::TS;

/// One account as the administrator sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Account {
    pub username: String,
    pub display_name: String,
    pub roles: Vec<Role>,
    /// SQLite: a password is set. PostgreSQL: the login exists and may log in.
    pub can_sign_in: bool,
}

/// Usernames: lower-case letters, digits, `.`, `_`, `-`; 1–63 characters (a PostgreSQL login
/// name, and safe in every message).
pub fn valid_username(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b[0].is_ascii_alphanumeric()
        && b.iter().all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-'))
}

fn check_username(s: &str) -> Result<()> {
    if valid_username(s) {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "Ogiltigt användarnamn ”{s}”: använd små bokstäver a–z, siffror, punkt, bindestreck eller understreck (högst 63 tecken)."
        )))
    }
}

fn check_password(p: &str) -> Result<()> {
    if p.chars().count() < 8 {
        return Err(StoreError::Invalid("Lösenordet måste ha minst 8 tecken.".into()));
    }
    Ok(())
}

fn hash_password(p: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(p.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Db(format!("lösenordet kunde inte hashas: {e}")))
}

/// A hash of a password nobody has, verified when the username is unknown so that a wrong
/// username takes as long as a wrong password (no account enumeration by timing).
fn dummy_hash() -> &'static str {
    static H: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    H.get_or_init(|| hash_password("diarievakt-ingen-användare").unwrap_or_default())
}

/// The wait after a failed sign-in: slows guessing, the same for every kind of failure.
pub const FAILED_SIGN_IN_DELAY: Duration = Duration::from_millis(1000);

fn user_from(r: &AnyRow, roles: Vec<Role>) -> User {
    User { id: r.get("id"), username: r.get("username"), display_name: r.get("display_name"), role: User::primary(&roles), roles }
}

impl Store {
    async fn roles_of(&self, user_id: i64, username: &str) -> Result<Vec<Role>> {
        let names: Vec<String> = match self.backend() {
            Backend::Sqlite => {
                sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1").bind(user_id).fetch_all(self.pool()).await?
            }
            Backend::Postgres => {
                sqlx::query_scalar(
                    "SELECT g.rolname::text FROM pg_roles l CROSS JOIN pg_roles g
                     WHERE l.rolname = $1 AND g.rolname LIKE 'diarievakt\\_%' AND pg_has_role(l.oid, g.oid, 'MEMBER')",
                )
                .bind(username)
                .fetch_all(self.pool())
                .await?
            }
        };
        let prefix = if self.backend() == Backend::Postgres { "diarievakt_" } else { "" };
        let mut roles: Vec<Role> = Role::ALL.into_iter().filter(|r| names.iter().any(|n| n.strip_prefix(prefix) == Some(r.id()))).collect();
        roles.dedup();
        Ok(roles)
    }

    /// Every account (the placeholder for unknown sign-ins excluded), by name.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query("SELECT id, username, display_name FROM users WHERE username <> '' ORDER BY display_name")
            .fetch_all(self.pool())
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let roles = self.roles_of(r.get("id"), r.get("username")).await?;
            out.push(user_from(r, roles));
        }
        Ok(out)
    }

    pub async fn user(&self, username: &str) -> Result<Option<User>> {
        if username.is_empty() {
            return Ok(None);
        }
        let row = sqlx::query("SELECT id, username, display_name FROM users WHERE username = $1")
            .bind(username)
            .fetch_optional(self.pool())
            .await?;
        match row {
            Some(r) => {
                let roles = self.roles_of(r.get("id"), r.get("username")).await?;
                Ok(Some(user_from(&r, roles)))
            }
            None => Ok(None),
        }
    }

    /// Accounts with their roles, for `diarievakt user list` and the administrator's view.
    pub async fn accounts(&self) -> Result<Vec<Account>> {
        let rows = sqlx::query("SELECT id, username, display_name, password_hash FROM users WHERE username <> '' ORDER BY username")
            .fetch_all(self.pool())
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let username: String = r.get("username");
            let roles = self.roles_of(r.get("id"), &username).await?;
            let can_sign_in = match self.backend() {
                Backend::Sqlite => r.get::<Option<String>, _>("password_hash").is_some(),
                Backend::Postgres => {
                    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM pg_roles WHERE rolname = $1 AND rolcanlogin")
                        .bind(&username)
                        .fetch_one(self.pool())
                        .await?
                        > 0
                }
            };
            out.push(Account { username, display_name: r.get("display_name"), roles, can_sign_in });
        }
        Ok(out)
    }

    /// Whether the diary has an administrator who can sign in (SQLite: else the first start
    /// asks for one).
    pub async fn has_admin(&self) -> Result<bool> {
        match self.backend() {
            Backend::Sqlite => {
                let n: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.role = 'admin' AND u.password_hash IS NOT NULL",
                )
                .fetch_one(self.pool())
                .await?;
                Ok(n > 0)
            }
            Backend::Postgres => Ok(true),
        }
    }

    /// The first start of a desk's diary: creates its administrator. Refused once one exists, so
    /// nobody can make themselves administrator later by this path.
    pub async fn create_first_admin(&self, username: &str, display_name: &str, password: &str) -> Result<User> {
        if self.backend() != Backend::Sqlite {
            return Err(StoreError::Invalid("I teamläge skapas administratören med ”diarievakt db init”.".into()));
        }
        let mut tx = self.write_tx().await?;
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.role = 'admin' AND u.password_hash IS NOT NULL",
        )
        .fetch_one(&mut *tx)
        .await?;
        if n > 0 {
            return Err(StoreError::Denied("Diariet har redan en administratör: be den lägga till dig.".into()));
        }
        let user = Self::put_local_account(&mut tx, username, display_name, &[Role::Admin], Some(password)).await?;
        let head = Self::audit_in(
            &mut tx,
            &user,
            "användare skapad",
            &format!("användare:{}", user.username),
            None,
            "administratör (första start)",
        )
        .await?;
        tx.commit().await?;
        self.sync_audit_head(&head)?;
        Ok(user)
    }

    async fn put_local_account(tx: &mut Tx, username: &str, display_name: &str, roles: &[Role], password: Option<&str>) -> Result<User> {
        let username = username.trim();
        let display_name = display_name.trim();
        check_username(username)?;
        if display_name.is_empty() {
            return Err(StoreError::Invalid("Ange personens namn.".into()));
        }
        let hash = match password {
            Some(p) => {
                check_password(p)?;
                Some(hash_password(p)?)
            }
            None => None,
        };
        let existing: Option<(i64, Option<String>)> = sqlx::query("SELECT id, password_hash FROM users WHERE username = $1")
            .bind(username)
            .fetch_optional(&mut **tx)
            .await?
            .map(|r| (r.get("id"), r.get("password_hash")));
        let id =
            match existing {
                // An account from before sign-in had passwords: it gets one now.
                Some((id, None)) => {
                    sqlx::query("UPDATE users SET display_name = $1, password_hash = $2 WHERE id = $3")
                        .bind(display_name)
                        .bind(&hash)
                        .bind(id)
                        .execute(&mut **tx)
                        .await?;
                    id
                }
                Some((_, Some(_))) => return Err(StoreError::Invalid(format!("Användaren ”{username}” finns redan."))),
                None => sqlx::query_scalar(
                    "INSERT INTO users (username, display_name, role, created_at, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(username)
                .bind(display_name)
                .bind(User::primary(roles).id())
                .bind(now())
                .bind(&hash)
                .fetch_one(&mut **tx)
                .await?,
            };
        for r in roles {
            sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(r.id())
                .execute(&mut **tx)
                .await?;
        }
        let roles: Vec<String> = sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1").bind(id).fetch_all(&mut **tx).await?;
        let roles: Vec<Role> = Role::ALL.into_iter().filter(|r| roles.iter().any(|n| n == r.id())).collect();
        Ok(User { id, username: username.to_string(), display_name: display_name.to_string(), role: User::primary(&roles), roles })
    }

    /// Signs in to a desk's diary: the password is checked against its argon2id hash. A wrong
    /// password and an unknown username get the same message after the same delay, and the
    /// attempt is recorded in the audit trail (the name typed is not: it is often a password).
    pub async fn sign_in_local(&self, username: &str, password: &str) -> Result<User> {
        let username = username.trim();
        let row = if valid_username(username) {
            sqlx::query("SELECT id, username, display_name, password_hash FROM users WHERE username = $1")
                .bind(username)
                .fetch_optional(self.pool())
                .await?
        } else {
            None
        };
        let hash: Option<String> = row.as_ref().and_then(|r| r.get("password_hash"));
        let ok = {
            let h = hash.clone().unwrap_or_else(|| dummy_hash().to_string());
            let pw = password.to_string();
            tokio::task::spawn_blocking(move || {
                PasswordHash::new(&h).is_ok_and(|p| Argon2::default().verify_password(pw.as_bytes(), &p).is_ok())
            })
            .await
            .unwrap_or(false)
        };
        match (row, ok && hash.is_some()) {
            (Some(r), true) => {
                let roles = self.roles_of(r.get("id"), username).await?;
                let user = user_from(&r, roles);
                self.audit(&user, "inloggning", &format!("användare:{}", user.username), None, "").await?;
                Ok(user)
            }
            (row, _) => {
                let who = match &row {
                    Some(r) => User {
                        id: r.get("id"),
                        username: r.get("username"),
                        display_name: r.get("display_name"),
                        role: Role::Registrator,
                        roles: vec![],
                    },
                    None => {
                        let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE username = ''").fetch_one(self.pool()).await?;
                        User { id, username: String::new(), display_name: String::new(), role: Role::Registrator, roles: vec![] }
                    }
                };
                let subject = if row.is_some() { format!("användare:{}", who.username) } else { "användare:okänd".into() };
                self.audit(&who, "misslyckad inloggning", &subject, None, "").await?;
                tokio::time::sleep(FAILED_SIGN_IN_DELAY).await;
                Err(StoreError::BadLogin)
            }
        }
    }

    /// Team mode: the login this store is connected as, with the roles the server grants it.
    pub async fn me(&self) -> Result<User> {
        let id: i64 = sqlx::query_scalar("SELECT diarievakt_me()").fetch_one(self.pool()).await?;
        let row = sqlx::query("SELECT id, username, display_name FROM users WHERE id = $1").bind(id).fetch_one(self.pool()).await?;
        let roles = self.roles_of(id, row.get("username")).await?;
        Ok(user_from(&row, roles))
    }

    fn require_admin(admin: &User) -> Result<()> {
        if admin.has(Role::Admin) {
            Ok(())
        } else {
            Err(StoreError::Denied("Bara en administratör kan lägga till personer och ge roller.".into()))
        }
    }

    /// Adds a person with roles (and a password: SQLite always; PostgreSQL when the login is new
    /// and not managed by the directory).
    pub async fn add_user(&self, admin: &User, username: &str, display_name: &str, roles: &[Role], password: Option<&str>) -> Result<User> {
        Self::require_admin(admin)?;
        check_username(username.trim())?;
        let username = username.trim();
        match self.backend() {
            Backend::Sqlite => {
                let Some(password) = password else {
                    return Err(StoreError::Invalid("Ange ett lösenord för den nya användaren.".into()));
                };
                let mut tx = self.write_tx().await?;
                let user = Self::put_local_account(&mut tx, username, display_name, roles, Some(password)).await?;
                let detail = roles.iter().map(|r| r.label_sv()).collect::<Vec<_>>().join(", ");
                let head = Self::audit_in(&mut tx, admin, "användare skapad", &format!("användare:{username}"), None, &detail).await?;
                tx.commit().await?;
                self.sync_audit_head(&head)?;
                Ok(user)
            }
            Backend::Postgres => {
                if display_name.trim().is_empty() {
                    return Err(StoreError::Invalid("Ange personens namn.".into()));
                }
                let mut tx = self.write_tx().await?;
                let exists: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM pg_roles WHERE rolname = $1").bind(username).fetch_one(&mut *tx).await?;
                if exists == 0 {
                    let ddl: String = match password {
                        Some(p) => {
                            check_password(p)?;
                            sqlx::query_scalar("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)")
                                .bind(username)
                                .bind(p)
                                .fetch_one(&mut *tx)
                                .await?
                        }
                        // A login whose password the directory (LDAP) checks.
                        None => {
                            sqlx::query_scalar("SELECT format('CREATE ROLE %I LOGIN', $1::text)").bind(username).fetch_one(&mut *tx).await?
                        }
                    };
                    sqlx::query(sqlx::AssertSqlSafe(ddl)).execute(&mut *tx).await?;
                }
                sqlx::query(
                    "INSERT INTO users (username, display_name, role, created_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name",
                )
                .bind(username)
                .bind(display_name.trim())
                .bind(User::primary(roles).id())
                .bind(now())
                .execute(&mut *tx)
                .await?;
                for r in roles {
                    Self::pg_grant(&mut tx, username, *r, true).await?;
                }
                let detail = roles.iter().map(|r| r.label_sv()).collect::<Vec<_>>().join(", ");
                Self::audit_in(&mut tx, admin, "användare skapad", &format!("användare:{username}"), None, &detail).await?;
                tx.commit().await?;
                self.user(username).await?.ok_or_else(|| StoreError::NotFound(format!("Användaren ”{username}” finns inte.")))
            }
        }
    }

    async fn pg_grant(tx: &mut Tx, username: &str, role: Role, grant: bool) -> Result<()> {
        let sql = if grant {
            "SELECT format('GRANT %I TO %I', $1::text, $2::text)"
        } else {
            "SELECT format('REVOKE %I FROM %I', $1::text, $2::text)"
        };
        let ddl: String = sqlx::query_scalar(sql).bind(role.database_role()).bind(username).fetch_one(&mut **tx).await?;
        sqlx::query(sqlx::AssertSqlSafe(ddl)).execute(&mut **tx).await?;
        if role == Role::Admin {
            // Adding people needs CREATEROLE on the login itself (not inherited from a group).
            let ddl: String = sqlx::query_scalar(if grant {
                "SELECT format('ALTER ROLE %I CREATEROLE', $1::text)"
            } else {
                "SELECT format('ALTER ROLE %I NOCREATEROLE', $1::text)"
            })
            .bind(username)
            .fetch_one(&mut **tx)
            .await?;
            sqlx::query(sqlx::AssertSqlSafe(ddl)).execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// Grants or revokes one role. The last administrator of a desk cannot lose the role.
    pub async fn set_role(&self, admin: &User, username: &str, role: Role, grant: bool) -> Result<User> {
        Self::require_admin(admin)?;
        let target = self.user(username).await?.ok_or_else(|| StoreError::NotFound(format!("Användaren ”{username}” finns inte.")))?;
        let mut tx = self.write_tx().await?;
        match self.backend() {
            Backend::Sqlite => {
                if grant {
                    sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                        .bind(target.id)
                        .bind(role.id())
                        .execute(&mut *tx)
                        .await?;
                } else {
                    sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = $2")
                        .bind(target.id)
                        .bind(role.id())
                        .execute(&mut *tx)
                        .await?;
                    let admins: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.role = 'admin' AND u.password_hash IS NOT NULL",
                    )
                    .fetch_one(&mut *tx)
                    .await?;
                    if admins == 0 {
                        return Err(StoreError::Invalid("Diariet måste ha minst en administratör.".into()));
                    }
                }
            }
            Backend::Postgres => Self::pg_grant(&mut tx, username, role, grant).await?,
        }
        let action = if grant { "roll given" } else { "roll återkallad" };
        let head = Self::audit_in(&mut tx, admin, action, &format!("användare:{username}"), None, role.label_sv()).await?;
        tx.commit().await?;
        self.sync_audit_head(&head)?;
        self.user(username).await?.ok_or_else(|| StoreError::NotFound(format!("Användaren ”{username}” finns inte.")))
    }

    /// Sets a new password (SQLite: the administrator, or the person themselves).
    pub async fn set_password(&self, actor: &User, username: &str, password: &str) -> Result<()> {
        if actor.username != username {
            Self::require_admin(actor)?;
        }
        check_password(password)?;
        let mut tx = self.write_tx().await?;
        match self.backend() {
            Backend::Sqlite => {
                let n = sqlx::query("UPDATE users SET password_hash = $1 WHERE username = $2")
                    .bind(hash_password(password)?)
                    .bind(username)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound(format!("Användaren ”{username}” finns inte.")));
                }
            }
            Backend::Postgres => {
                let ddl: String = sqlx::query_scalar("SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text)")
                    .bind(username)
                    .bind(password)
                    .fetch_one(&mut *tx)
                    .await?;
                sqlx::query(sqlx::AssertSqlSafe(ddl)).execute(&mut *tx).await?;
            }
        }
        let head = Self::audit_in(&mut tx, actor, "lösenord ändrat", &format!("användare:{username}"), None, "").await?;
        tx.commit().await?;
        self.sync_audit_head(&head)
    }

    /// A setting kept in the diary itself (the rules file in team mode), if set.
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(&self.pool).await?)
    }

    /// Sets a setting; only an administrator (the database refuses anyone else in team mode).
    pub async fn set_setting(&self, admin: &User, key: &str, value: &str) -> Result<()> {
        Self::require_admin(admin)?;
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO settings (key, value, updated_by, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(value)
        .bind(admin.id)
        .bind(crate::now())
        .execute(&mut *tx)
        .await?;
        let head = Self::audit_in(&mut tx, admin, "inställning ändrad", &format!("inställning:{key}"), None, "").await?;
        tx.commit().await?;
        self.sync_audit_head(&head)
    }
}
