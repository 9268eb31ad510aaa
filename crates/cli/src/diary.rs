//! The diary subcommands: `import`, `export-json`, `preview`, `export`.

use anyhow::Context;
use diarievakt_core::{parse_records, preview, Workstation};
use diarievakt_model::{Audience, Rules, User};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct DataDir {
    /// Datamapp (standard: användarens datamapp, eller DIARIEVAKT_DATA_DIR).
    #[arg(long, global = true)]
    pub data_dir: Option<PathBuf>,
}

impl DataDir {
    pub fn path(&self) -> PathBuf {
        self.data_dir.clone().unwrap_or_else(diarievakt_core::paths::data_dir)
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime")
}

pub async fn open(dir: &Path) -> anyhow::Result<Workstation> {
    Workstation::open(dir).await.map_err(|e| anyhow::anyhow!(e.message))
}

/// Who a headless command acts as. Team mode: the database login of the URL (`--user`, when
/// given, must name it). A desk: an existing account (`--user`, else `DIARIEVAKT_USER`, else the
/// OS user) signed in with the password in `DIARIEVAKT_PASSWORD` – a command picks no role either.
pub async fn acting(ws: &Workstation, name: Option<String>) -> anyhow::Result<User> {
    let name = name.or_else(|| std::env::var("DIARIEVAKT_USER").ok()).filter(|n| !n.trim().is_empty());
    if let Some(me) = ws.session() {
        if let Some(n) = name.filter(|n| n.trim() != me.username) {
            anyhow::bail!("I teamläget arbetar kommandot som databasinloggningen {}, inte som {n}.", me.username);
        }
        return Ok(me.clone());
    }
    let username = name.or_else(|| std::env::var("USER").ok()).ok_or_else(|| anyhow::anyhow!("Ange användaren med --user."))?;
    let password = std::env::var("DIARIEVAKT_PASSWORD")
        .map_err(|_| anyhow::anyhow!("Ange lösenordet för {username} i miljövariabeln DIARIEVAKT_PASSWORD."))?;
    ws.sign_in(&username, &password).await.map_err(|e| anyhow::anyhow!(e.message))
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// Registrerings-JSON: ett ärende eller en lista av ärenden.
    file: PathBuf,
    /// Användaren som registreringen bokförs på (standard: DIARIEVAKT_USER, annars inloggad systemanvändare; lösenordet i DIARIEVAKT_PASSWORD).
    #[arg(long)]
    user: Option<String>,
}

pub fn import(dd: &DataDir, a: ImportArgs) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&a.file).with_context(|| format!("Filen {} kunde inte läsas", a.file.display()))?;
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        let user = acting(&ws, a.user).await?;
        let s = ws.import_json(&user, &text).await.map_err(|e| anyhow::anyhow!(e.message))?;
        for n in &s.imported {
            println!("Importerat: {n}");
        }
        for n in &s.notices {
            eprintln!("Observera: {n}");
        }
        for e in &s.errors {
            eprintln!("Inte importerat: {e}");
        }
        println!("{} ärenden importerade, {} med fel.", s.imported.len(), s.errors.len());
        Ok(if s.errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
    })
}

pub fn export_json(dd: &DataDir) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        println!("{}", ws.export_json().await.map_err(|e| anyhow::anyhow!(e.message))?);
        Ok(ExitCode::SUCCESS)
    })
}

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum AudienceArg {
    External,
    Internal,
}

#[derive(clap::Args)]
pub struct PreviewArgs {
    /// Skriv projektionen som JSON (annars webbdiariets HTML).
    #[arg(long)]
    json: bool,
    #[arg(long, value_enum, default_value = "external")]
    audience: AudienceArg,
    /// Regelfil (standard: datamappens rules.toml, annars rutinens regler).
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Registrerings-JSON.
    file: PathBuf,
}

/// `preview` needs no database: it projects the file's cases with the rules in force.
pub fn preview_cmd(dd: &DataDir, a: PreviewArgs) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&a.file).with_context(|| format!("Filen {} kunde inte läsas", a.file.display()))?;
    let rules = match &a.rules {
        Some(p) => {
            let t = std::fs::read_to_string(p).with_context(|| format!("Regelfilen {} kunde inte läsas", p.display()))?;
            Rules::parse(&t, &p.display().to_string())?
        }
        None => diarievakt_core::load_rules(&dd.path()).map_err(|e| anyhow::anyhow!(e.message))?,
    };
    let audience = match a.audience {
        AudienceArg::External => Audience::External,
        AudienceArg::Internal => Audience::Internal,
    };
    let records = parse_records(&text).map_err(|e| anyhow::anyhow!(e.message))?;
    for r in &records {
        // A file outside the database has no recorded scans or confirmations: no document file
        // is shown (fail closed), exactly as the export would treat it.
        let p = preview(r, &rules, audience, &[]);
        for w in &p.warnings {
            let whom = match w.document {
                None => r.case.number.clone().unwrap_or_else(|| "ärendet".into()),
                Some(i) => r.documents[i as usize].number.clone().unwrap_or_else(|| format!("handling {}", i + 1)),
            };
            eprintln!("Varning ({whom}, {}): {}", w.field, w.message);
        }
        if a.json {
            println!("{}", serde_json::to_string(&p.projection)?);
        } else {
            print!("{}", p.html);
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// Mapp som det externa webbdiariet skrivs till (ersätts helt).
    #[arg(long)]
    out: PathBuf,
}

pub fn export(dd: &DataDir, a: ExportArgs) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        let s = ws.export_site(&a.out).await.map_err(|e| anyhow::anyhow!(e.message))?;
        println!(
            "Webbdiariet exporterat till {}: {} ärenden, {} handlingar, {} publicerade dokumentfiler.",
            s.out_dir, s.cases, s.documents, s.files
        );
        Ok(ExitCode::SUCCESS)
    })
}
