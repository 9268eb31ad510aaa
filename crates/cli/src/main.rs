//! `diarievakt`: the headless program. Every subcommand is a thin wrapper over the core crates,
//! so CI and servers get exactly what the window does.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod audit;
mod diary;
mod inventory;
mod scan;

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
    /// Granskningsloggen: kontrollera eller exportera.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
}

fn main() -> ExitCode {
    // Started by the worker pool as a PDF worker: this process parses PDFs and nothing else.
    diarievakt_worker::main_hook();
    let cli = Cli::parse();
    let _log = match &cli.command {
        Command::Scan(_) | Command::Preview(_) => None,
        _ => diarievakt_core::logging::init(&cli.data.path()),
    };
    let result = match cli.command {
        Command::Scan(a) => scan::run(a),
        Command::Import(a) => diary::import(&cli.data, a),
        Command::ExportJson => diary::export_json(&cli.data),
        Command::Preview(a) => diary::preview_cmd(&cli.data, a),
        Command::Export(a) => diary::export(&cli.data, a),
        Command::Audit(c) => audit::run(&cli.data, c),
        Command::Inventory(a) => inventory::run(&cli.data, a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("Fel: {e:#}");
            ExitCode::from(2)
        }
    }
}
