//! Finding and binding libpdfium. The path never depends on the working directory:
//! `DIARIEVAKT_PDFIUM` (a file or a folder) wins, then the folders beside and above the executable.

use pdfium_render::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum PdfError {
    #[error("PDF-biblioteket (PDFium) saknas: {0}. Kör scripts/setup.sh eller ange sökvägen i DIARIEVAKT_PDFIUM.")]
    LibraryMissing(String),
    #[error("Filen kunde inte läsas: {0}")]
    Io(String),
    #[error("Filen är inte en PDF.")]
    NotPdf,
    #[error("PDF-filen är krypterad eller lösenordsskyddad och kan inte granskas.")]
    Encrypted,
    #[error("PDF-filen är skadad och kan inte läsas ({0}).")]
    Damaged(String),
    #[error("Sidan {0} finns inte; filen har {1} sidor.")]
    NoSuchPage(u32, u32),
}

pub const ENV_VAR: &str = "DIARIEVAKT_PDFIUM";
const LIB_NAME: &str = "libpdfium.so";

fn candidates() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(v) = std::env::var_os(ENV_VAR) {
        let p = PathBuf::from(v);
        out.push(if p.is_dir() { p.join(LIB_NAME) } else { p });
        return out; // an explicit setting is never second-guessed
    }
    if let Ok(exe) = std::env::current_exe() {
        let exe = exe.canonicalize().unwrap_or(exe);
        for dir in exe.ancestors().skip(1) {
            out.push(dir.join(LIB_NAME));
            out.push(dir.join("vendor/pdfium").join(LIB_NAME));
            out.push(dir.join("lib/diarievakt").join(LIB_NAME));
        }
    }
    // Cargo runs tests from target/…/deps; the workspace's vendor folder is found through the manifest.
    out.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../vendor/pdfium").join(LIB_NAME));
    out.push(PathBuf::from("/usr/lib/diarievakt").join(LIB_NAME));
    out
}

fn bind() -> Result<Pdfium, PdfError> {
    let cands = candidates();
    let found = cands.iter().find(|p| p.is_file()).ok_or_else(|| {
        PdfError::LibraryMissing(format!(
            "hittades inte (sökte bland annat i {})",
            cands.first().map(|p| p.display().to_string()).unwrap_or_default()
        ))
    })?;
    let bindings =
        Pdfium::bind_to_library(found).map_err(|e| PdfError::LibraryMissing(format!("{} kunde inte laddas: {e}", found.display())))?;
    tracing::info!(path = %found.display(), "PDFium bound");
    Ok(Pdfium::new(bindings))
}

/// The process-wide PDFium instance (PDFium itself is not re-entrant; `thread_safe` serialises calls).
pub fn pdfium() -> Result<&'static Pdfium, PdfError> {
    static PDFIUM: OnceLock<Result<Pdfium, PdfError>> = OnceLock::new();
    PDFIUM.get_or_init(bind).as_ref().map_err(Clone::clone)
}
