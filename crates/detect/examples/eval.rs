//! Scan text for evaluation with `../shared/corpus/score.py`, without PDFium.
//!
//! `eval heldout DIR OUT`: every `DIR/*.txt` with inline gold `[[category|text]]` (pages split by a form
//! feed) becomes `OUT/gold.json` (the markup) and `OUT/scan.jsonl` (detect() on the stripped text).
//! `eval pdf CORPUS OUT.jsonl`: every document of `CORPUS/gold.json`, page by page through poppler's
//! `pdftotext -layout`, scanned into scan JSON lines (a page without text is listed in
//! `pages_without_text`).
//! `MIN_CONFIDENCE=0.3` keeps weaker findings (for `data/calibrate.py`).

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The plain text and each gold span's (category, text).
fn strip(marked: &str) -> (String, Vec<(String, String)>) {
    let (text, gold) = diarievakt_detect::clause::train::strip_gold(marked);
    let spans = gold.into_iter().map(|(c, a, b)| (c, text[a..b].to_string())).collect();
    (text, spans)
}

fn min_confidence() -> f32 {
    std::env::var("MIN_CONFIDENCE").ok().and_then(|v| v.parse().ok()).unwrap_or(diarievakt_detect::Options::DEFAULT_MIN_CONFIDENCE)
}

fn findings(page: usize, text: &str, doc: &mut diarievakt_detect::DocumentContext) -> Vec<Value> {
    let opts = diarievakt_detect::Options { min_confidence: min_confidence() };
    diarievakt_detect::detect_page(text, &opts, doc)
        .into_iter()
        .map(|f| {
            json!({"page": page, "category": f.category.id(), "severity": f.severity().id(), "text": f.text,
                   "confidence": f.confidence, "explanation": f.explanation})
        })
        .collect()
}

fn heldout(dir: &Path, out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    let mut gold_docs = Vec::new();
    let mut scan = String::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let marked = std::fs::read_to_string(&f).unwrap();
        let mut gold = Vec::new();
        let mut found = Vec::new();
        let pages: Vec<&str> = marked.split('\u{c}').collect();
        let mut doc = diarievakt_detect::DocumentContext::default();
        for (i, p) in pages.iter().enumerate() {
            let (text, g) = strip(p);
            for (c, t) in g {
                gold.push(json!({"page": i + 1, "category": c, "text": t}));
            }
            found.extend(findings(i + 1, &text, &mut doc));
        }
        gold_docs.push(json!({"file": name, "pages": pages.len(), "pages_without_text": [], "findings": gold}));
        scan.push_str(&json!({"file": name, "pages": pages.len(), "pages_without_text": [], "findings": found, "error": null}).to_string());
        scan.push('\n');
    }
    std::fs::write(out.join("gold.json"), serde_json::to_string_pretty(&gold_docs).unwrap()).unwrap();
    std::fs::write(out.join("scan.jsonl"), scan).unwrap();
}

fn page_text(pdf: &Path, page: u64) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string(), "-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let raw = String::from_utf8_lossy(&out.stdout).to_string();
    raw.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

fn pdf(corpus: &Path, out: &Path) {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(corpus.join("gold.json")).unwrap()).unwrap();
    let mut scan = String::new();
    let mut total = std::time::Duration::ZERO;
    let mut npages = 0;
    for doc in gold.as_array().unwrap() {
        let file = doc["file"].as_str().unwrap();
        let path = corpus.join(file);
        let pages = doc["pages"].as_u64().unwrap();
        let mut found = Vec::new();
        let mut empty = Vec::new();
        let mut ctx = diarievakt_detect::DocumentContext::default();
        for p in 1..=pages {
            let t = page_text(&path, p);
            if t.trim().is_empty() {
                empty.push(p);
                continue;
            }
            let t0 = std::time::Instant::now();
            found.extend(findings(p as usize, &t, &mut ctx));
            total += t0.elapsed();
            npages += 1;
        }
        scan.push_str(&json!({"file": file, "pages": pages, "pages_without_text": empty, "findings": found, "error": null}).to_string());
        scan.push('\n');
    }
    std::fs::write(out, scan).unwrap();
    eprintln!("{npages} text pages, detect {:.0} µs/page", total.as_micros() as f64 / npages.max(1) as f64);
}

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    diarievakt_detect::warm_up();
    match a.first().map(String::as_str) {
        Some("heldout") if a.len() == 3 => heldout(Path::new(&a[1]), Path::new(&a[2])),
        Some("pdf") if a.len() == 3 => pdf(Path::new(&a[1]), Path::new(&a[2])),
        _ => {
            eprintln!("usage: eval heldout DIR OUT | eval pdf CORPUS OUT.jsonl");
            std::process::exit(2);
        }
    }
}
