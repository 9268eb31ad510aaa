//! `diarievakt db …`: set up a team's PostgreSQL diary and move a desk's diary into it.

use crate::diary::runtime;
use diarievakt_store::backend::{init_postgres, redact_url};
use diarievakt_store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum DbCommand {
    /// Installera diariets tabeller, roller och regler i en tom PostgreSQL-databas. Körs av
    /// databasens ägare (en inloggning med CREATEROLE); ägaren blir diariets första administratör.
    Init {
        /// postgres://ägare@server/databas (lösenordet i URL:en eller i PGPASSWORD).
        #[arg(long)]
        url: String,
    },
    /// Kopiera en dators diarium (ärenden, handlingar, filer, granskningar, beslut, granskningsloggen)
    /// till en nyss installerad teamdatabas. Personerna läggs till på nytt i teamläget: lösenord
    /// lämnar aldrig datorn.
    Copy {
        /// Datamappen med det lokala diariet: sqlite:/sökväg/till/mapp
        #[arg(long)]
        from: String,
        /// postgres://ägare@server/databas
        #[arg(long)]
        to: String,
    },
}

fn with_pgpassword(url: &str) -> String {
    match (url::Url::parse(url), std::env::var("PGPASSWORD")) {
        (Ok(mut u), Ok(pw)) if u.password().is_none() && !pw.is_empty() => {
            let _ = u.set_password(Some(&pw));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

pub fn run(cmd: DbCommand) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        match cmd {
            DbCommand::Init { url } => {
                init_postgres(&with_pgpassword(&url)).await?;
                println!("Teamdiariet är installerat i {}.", redact_url(&url));
            }
            DbCommand::Copy { from, to } => {
                let dir = PathBuf::from(
                    from.strip_prefix("sqlite:").ok_or_else(|| anyhow::anyhow!("--from ska vara sqlite:/sökväg/till/datamapp"))?,
                );
                if !dir.join(diarievakt_store::DB_FILE).exists() {
                    anyhow::bail!("Det finns inget diarium i {}.", dir.display());
                }
                let source = Store::open(&dir).await?;
                let target = Store::connect(&dir, &with_pgpassword(&to)).await?;
                let s = source.copy_to(&target).await?;
                for (table, n) in &s.tables {
                    println!("{table}: {n}");
                }
                println!("{} filer och {} poster i granskningsloggen kopierade och kontrollerade.", s.files, s.audit_entries);
                source.close().await;
                target.close().await;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
