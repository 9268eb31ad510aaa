//! `diarievakt audit verify` and `diarievakt audit export [--case NUMMER]`.

use crate::diary::{open, runtime, DataDir};
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum AuditCommand {
    /// Kontrollera att granskningsloggen är obruten (ingen post ändrad, borttagen eller flyttad).
    Verify,
    /// Skriv granskningsloggen som JSON, för hela diariet eller ett ärende med dess filers granskning och incidenter (för dataskyddsombudet); kontrollen av kedjan på stderr.
    Export {
        /// Diarienummer, t.ex. RS/399/2021.
        #[arg(long)]
        case: Option<String>,
    },
}

pub fn run(dd: &DataDir, cmd: AuditCommand) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        match cmd {
            AuditCommand::Verify => {
                let r = ws.audit_verify().await.map_err(|e| anyhow::anyhow!(e.message))?;
                if r.ok {
                    println!("Granskningsloggen är obruten: {} poster.", r.entries);
                    Ok(ExitCode::SUCCESS)
                } else {
                    for p in &r.problems {
                        println!("FEL: {p}");
                    }
                    println!("Granskningsloggen är inte obruten ({} poster, {} fel).", r.entries, r.problems.len());
                    Ok(ExitCode::from(1))
                }
            }
            AuditCommand::Export { case } => {
                let entries = ws.audit_trail(case.as_deref()).await.map_err(|e| anyhow::anyhow!(e.message))?;
                println!("{}", serde_json::to_string_pretty(&entries)?);
                // The entries on stdout (JSON), the chain's verification beside them for the reader.
                let r = ws.audit_verify().await.map_err(|e| anyhow::anyhow!(e.message))?;
                if r.ok {
                    eprintln!("Granskningsloggen är obruten: {} poster.", r.entries);
                } else {
                    eprintln!("Granskningsloggen är INTE obruten ({} poster): {}", r.entries, r.problems.join(" "));
                    return Ok(ExitCode::from(1));
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}
