//! `diarievakt scan [--json] PATH...`

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Skriv JSON Lines (en rad per dokument) i stället för en sammanfattning.
    #[arg(long)]
    json: bool,
    /// PDF-filer eller mappar.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("scan är inte implementerat ännu")
}
