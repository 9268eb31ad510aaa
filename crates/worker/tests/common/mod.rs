//! Helpers shared by the worker crate's tests: a pool of this crate's own worker binary, and corpus files.

#![allow(dead_code)]

use diarievakt_worker::{Limits, Pool, WorkerSpec};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub fn worker() -> WorkerSpec {
    WorkerSpec { program: PathBuf::from(env!("CARGO_BIN_EXE_diarievakt-pdf-worker")), args: vec![] }
}

/// Tight limits, so that a test of a hang or a runaway allocation ends in seconds.
pub fn tight() -> Limits {
    Limits { memory_mb: 1024, silence: Duration::from_secs(20), job: Duration::from_secs(60), max_file_mb: 512 }
}

pub fn pool(size: usize, limits: Limits) -> Pool {
    Pool::new(Some(worker()), size, limits)
}

pub fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf").join(name)
}

pub fn read(name: &str) -> Vec<u8> {
    std::fs::read(corpus(name)).unwrap()
}

pub fn sha(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// A PDF of the given objects (numbered from 1; object 1 is the catalog) with a correct
/// cross-reference table, for hostile test files that must be built byte by byte.
pub fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).into_bytes());
        out.extend(o);
        out.extend(b"\nendobj\n");
    }
    let x = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").into_bytes());
    }
    out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n", objects.len() + 1).into_bytes());
    out
}

/// A stream object's bytes: dictionary entries, then the data.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    [format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes(), data.to_vec(), b"\nendstream".to_vec()].concat()
}

/// Catalog, pages and `n` pages with the same content stream (object 4) and a Helvetica font.
pub fn pages_pdf(n: usize, content: Vec<u8>, extra: Vec<Vec<u8>>, resources: &str) -> Vec<u8> {
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 6 + extra.len() + i)).collect();
    let mut objs = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        content,
        b"<< >>".to_vec(),
    ];
    objs.extend(extra);
    for _ in 0..n {
        objs.push(
            format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> {resources} >> >>")
                .into_bytes(),
        );
    }
    pdf_of(&objs)
}

/// A page that says `text` (Helvetica, Latin-1 only).
pub fn text_pdf(text: &str) -> Vec<u8> {
    pages_pdf(1, stream("", format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET").as_bytes()), vec![], "")
}
