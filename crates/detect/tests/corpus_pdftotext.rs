//! Runs detect() on the dev corpus (`../shared/corpus/dev`), page by page, with text from poppler's
//! `pdftotext` standing in for the PDF layer, and scores it like `score.py`. Skipped when pdftotext or
//! the corpus is missing.

mod common;
use common::overlaps;
use diarievakt_detect::detect;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn page_text(pdf: &PathBuf, page: u64) -> Option<String> {
    let out = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string(), "-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    let raw = String::from_utf8_lossy(&out.stdout).to_string();
    Some(raw.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n"))
}

#[test]
fn dev_corpus_scores() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
    let Ok(gold) = std::fs::read_to_string(dir.join("gold.json")) else {
        eprintln!("no corpus at {}; skipped", dir.display());
        return;
    };
    if Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!("pdftotext not installed; skipped");
        return;
    }
    let gold: Value = serde_json::from_str(&gold).unwrap();
    let (mut tp, mut fn_, mut fp) = (0usize, 0usize, 0usize);
    let (mut high_tp, mut high_fn) = (0usize, 0usize);
    for doc in gold.as_array().unwrap() {
        let pdf = dir.join(doc["file"].as_str().unwrap());
        let no_text: Vec<u64> = doc["pages_without_text"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
        let pages = doc["pages"].as_u64().unwrap();
        let mut found: Vec<(u64, &'static str, String)> = Vec::new();
        for p in 1..=pages {
            let Some(t) = page_text(&pdf, p) else { return };
            for f in detect(&t) {
                found.push((p, f.category.id(), f.text));
            }
        }
        let golds = doc["findings"].as_array().unwrap();
        for g in golds {
            let (gp, gc, gt) = (g["page"].as_u64().unwrap(), g["category"].as_str().unwrap(), g["text"].as_str().unwrap());
            let high = !matches!(gc, "name" | "address" | "phone" | "email" | "bank_account" | "vehicle");
            let hit = no_text.contains(&gp) || found.iter().any(|(p, c, t)| *p == gp && *c == gc && overlaps(gt, t));
            if hit {
                tp += 1;
                high_tp += high as usize;
            } else {
                fn_ += 1;
                high_fn += high as usize;
                eprintln!("missed {} p{gp} {gc} {gt:?}", doc["file"]);
            }
        }
        for (p, c, t) in &found {
            if !golds.iter().any(|g| g["page"].as_u64() == Some(*p) && overlaps(g["text"].as_str().unwrap(), t)) {
                fp += 1;
                eprintln!("false positive {} p{p} {c} {t:?}", doc["file"]);
            }
        }
    }
    let recall = tp as f64 / (tp + fn_) as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    let high_recall = high_tp as f64 / (high_tp + high_fn).max(1) as f64;
    eprintln!("recall {recall:.3} precision {precision:.3} high recall {high_recall:.3}");
    assert!(recall >= 0.95 && precision >= 0.9 && high_recall >= 0.98, "recall {recall:.3} precision {precision:.3} high {high_recall:.3}");
}
