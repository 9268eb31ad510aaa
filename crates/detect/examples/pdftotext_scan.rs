//! Development helper: scans PDFs with poppler's `pdftotext` (not PDFium) and prints the same JSON
//! Lines as `diarievakt scan --json`, so the detector can be scored before the PDF layer is ready.
//!
//! cargo run --release -p diarievakt-detect --example pdftotext_scan -- DIR_OR_PDF... > scan.jsonl
//! With `-` as the only argument it reads text from stdin and prints the findings.

use diarievakt_detect::detect;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

fn page_count(p: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(p).output().expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|v| v.trim().parse().unwrap_or(0)))
        .unwrap_or(0)
}

fn page_text(p: &Path, n: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &n.to_string(), "-l", &n.to_string(), "-layout", "-enc", "UTF-8"])
        .arg(p)
        .arg("-")
        .output()
        .expect("pdftotext");
    let raw = String::from_utf8_lossy(&out.stdout);
    // Rebuild as the PDF layer does: single spaces, one line per line, no empty lines.
    raw.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn esc(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() == 1 && args[0] == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).unwrap();
        let min = std::env::var("DV_MIN").ok().and_then(|v| v.parse().ok()).unwrap_or(0.5);
        for f in diarievakt_detect::detect_with(&s, &diarievakt_detect::Options { min_confidence: min }) {
            println!("{:<18} {:.2} {:?}  — {}", f.category.id(), f.confidence, f.text, f.explanation);
        }
        return;
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for a in &args {
        let p = PathBuf::from(a);
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(&p).unwrap().filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "pdf")).collect();
            v.sort();
            files.extend(v);
        } else {
            files.push(p);
        }
    }
    let verbose = std::env::var("DV_VERBOSE").is_ok();
    for f in files {
        let n = page_count(&f);
        let mut findings = Vec::new();
        let mut empty = Vec::new();
        for pg in 1..=n {
            let t = page_text(&f, pg);
            if t.trim().is_empty() {
                empty.push(pg.to_string());
                continue;
            }
            if verbose {
                eprintln!("=== {} p{}\n{}", f.display(), pg, t);
            }
            for d in detect(&t) {
                if verbose {
                    eprintln!("  {:<18} {:.2} {:?}  — {}", d.category.id(), d.confidence, d.text, d.explanation);
                }
                findings.push(format!(
                    "{{\"page\":{},\"category\":\"{}\",\"severity\":\"{}\",\"text\":\"{}\",\"confidence\":{:.2}}}",
                    pg,
                    d.category.id(),
                    d.severity().id(),
                    esc(&d.text),
                    d.confidence
                ));
            }
        }
        println!(
            "{{\"file\":\"{}\",\"pages\":{},\"pages_without_text\":[{}],\"findings\":[{}],\"error\":null}}",
            esc(&f.display().to_string()),
            n,
            empty.join(","),
            findings.join(",")
        );
    }
}
