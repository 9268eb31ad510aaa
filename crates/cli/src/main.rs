//! `diarievakt`: the headless program. Every subcommand is a thin wrapper over the core crates,
//! so CI and servers get exactly what the window does.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod audit;
mod db;
mod diary;
mod incident;
mod inventory;
mod redact;
mod scan;
mod users;

#[derive(Parser)]
#[command(name = "diarievakt", version, about = "Diarievakt – granskning av personuppgifter före publicering i webbdiariet")]
struct Cli {
    #[command(flatten)]
    data: diary::DataDir,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Granska PDF-filer efter personuppgifter (filer eller mappar).
    Scan(scan::Args),
    /// Gör en maskerad kopia av en PDF utifrån besluten på fynden (från scan --json), kontrollerad
    /// innan den skrivs.
    Redact(redact::Args),
    /// Läs in ärenden från registrerings-JSON.
    Import(diary::ImportArgs),
    /// Skriv hela diariet som registrerings-JSON.
    ExportJson,
    /// Visa vad webbdiariet visar för ärendena i en registrerings-JSON.
    Preview(diary::PreviewArgs),
    /// Skriv det externa webbdiariet som statisk HTML med publicerade filer.
    Export(diary::ExportArgs),
    /// Inventera redan publicerade PDF-filer (alla kärnor, kan avbrytas och återupptas).
    Inventory(inventory::Args),
    /// Ta bort en publicerad fil ur webbdiariet (avpublicera) och öppna personuppgiftsincidenten.
    Unpublish(incident::UnpublishArgs),
    /// Personuppgiftsincidenter: lista, visa, ändra status, bedöma, komplettera, skriva rapport.
    #[command(subcommand)]
    Incident(incident::IncidentCommand),
    /// Granskningsloggen: kontrollera eller exportera.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Personer och roller: lägga till, ge och återkalla roller, byta lösenord.
    #[command(subcommand)]
    User(users::UserCommand),
    /// Teamdiariet i PostgreSQL: installera, kopiera in en dators diarium.
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Diariets regler i teamläget (lagras i databasen, samma på alla datorer).
    #[command(subcommand)]
    Rules(users::RulesCommand),
}

fn main() -> ExitCode {
    // Started by the worker pool as a PDF worker: this process parses PDFs and nothing else.
    diarievakt_worker::main_hook();
    let cli = Cli::parse();
    let _log = match &cli.command {
        Command::Scan(_) | Command::Redact(_) | Command::Preview(_) | Command::Db(_) => None,
        _ => diarievakt_core::logging::init(&cli.data.path()),
    };
    let result = match cli.command {
        Command::Scan(a) => scan::run(&cli.data, a),
        Command::Redact(a) => redact::run(&cli.data, a),
        Command::Import(a) => diary::import(&cli.data, a),
        Command::ExportJson => diary::export_json(&cli.data),
        Command::Preview(a) => diary::preview_cmd(&cli.data, a),
        Command::Export(a) => diary::export(&cli.data, a),
        Command::Audit(c) => audit::run(&cli.data, c),
        Command::Unpublish(a) => incident::unpublish(&cli.data, a),
        Command::Incident(c) => incident::run(&cli.data, c),
        Command::Inventory(a) => inventory::run(&cli.data, a),
        Command::User(c) => users::run(&cli.data, c),
        Command::Db(c) => db::run(c),
        Command::Rules(c) => users::rules(&cli.data, c),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("Fel: {e:#}");
            ExitCode::from(2)
        }
    }
}
