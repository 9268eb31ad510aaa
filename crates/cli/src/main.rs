//! `diarievakt`: the headless program. Every subcommand is a thin wrapper over the core crates,
//! so CI and servers get exactly what the window does.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod scan;

#[derive(Parser)]
#[command(name = "diarievakt", version, about = "Diarievakt – granskning av personuppgifter före publicering i webbdiariet")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Granska PDF-filer efter personuppgifter (filer eller mappar).
    Scan(scan::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(a) => scan::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("Fel: {e:#}");
            ExitCode::from(2)
        }
    }
}
