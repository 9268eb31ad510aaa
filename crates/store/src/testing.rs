//! Throwaway team diaries on a PostgreSQL server, for the tests and benchmarks (never used by
//! the product). A region's DBA does the same by hand: a database owned by a login with
//! CREATEROLE, then `diarievakt db init` as that login.

use crate::backend::init_postgres;
use crate::Result;
use diarievakt_model::Role;
use std::sync::atomic::{AtomicU32, Ordering};

/// The password of every login a [`TestTeam`] makes.
pub const PASSWORD: &str = "ett långt lösenord";

static GROUPS: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

/// A fresh database `dv_<name>` owned by `<name>_owner` (the diary's first administrator).
pub struct TestTeam {
    pub name: String,
    pub db: String,
    superuser: String,
}

impl TestTeam {
    /// Makes the database on the server whose superuser URL is `superuser` and installs the
    /// diary in it. `name` gets the process id and a counter, so tests can run side by side.
    pub async fn new(superuser: &str, name: &str) -> Result<TestTeam> {
        static N: AtomicU32 = AtomicU32::new(0);
        let name = format!("{name}{}_{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst));
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(superuser).await?;
        // The group roles are cluster-wide: made once, before parallel inits race for them.
        GROUPS
            .get_or_try_init(|| async {
                for r in Role::ALL {
                    let role = r.database_role();
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
                    )))
                    .execute(&pool)
                    .await?;
                }
                Ok::<(), crate::StoreError>(())
            })
            .await?;
        let team = TestTeam { db: format!("dv_{name}"), name, superuser: superuser.to_string() };
        let owner = team.login("owner");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{PASSWORD}'"))).execute(&pool).await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {} OWNER {owner}", team.db))).execute(&pool).await?;
        pool.close().await;
        init_postgres(&team.url("owner")).await?;
        Ok(team)
    }

    /// The login name of `who` in this team (`owner`, or one added later).
    pub fn login(&self, who: &str) -> String {
        format!("{}_{who}", self.name)
    }

    /// The URL that connects as `who` with [`PASSWORD`].
    pub fn url(&self, who: &str) -> String {
        self.url_with(&self.login(who), PASSWORD)
    }

    /// The URL for any login and password (wrong ones included).
    pub fn url_with(&self, login: &str, password: &str) -> String {
        let mut u = url::Url::parse(&self.superuser).expect("superuser URL");
        let _ = u.set_username(login);
        let _ = u.set_password(Some(password));
        u.set_path(&self.db);
        u.to_string()
    }

    /// The URL without a login, as a desk's `config.toml` names the server.
    pub fn plain_url(&self) -> String {
        let mut u = url::Url::parse(&self.superuser).expect("superuser URL");
        let _ = u.set_username("");
        let _ = u.set_password(None);
        u.set_path(&self.db);
        u.to_string()
    }
}
