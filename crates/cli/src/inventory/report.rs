//! The inventory report: an HTML page a team lead can read and a CSV for spreadsheets.
//! Personnummer are masked in the report itself: it points at the data, it does not copy it.

use anyhow::Context;
use diarievakt_core::Workstation;
use diarievakt_detect::{personnummer, Category, Severity};
use diarievakt_model::html::escape;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

struct Row {
    path: String,
    pages: u32,
    pages_without_text: Vec<u32>,
    error: Option<String>,
    high: usize,
    normal: usize,
    categories: BTreeMap<Category, usize>,
    worst: Vec<(u32, Category, String)>,
    verdict: Option<String>,
}

impl Row {
    /// 3: high-severity findings, 2: pages that cannot be checked or unreadable, 1: normal findings only, 0: clean.
    fn risk(&self) -> u8 {
        if self.high > 0 {
            3
        } else if self.error.is_some() || !self.pages_without_text.is_empty() {
            2
        } else if self.normal > 0 {
            1
        } else {
            0
        }
    }
}

fn risk_label(r: u8) -> &'static str {
    match r {
        3 => "Hög risk",
        2 => "Kan inte granskas",
        1 => "Personuppgifter",
        _ => "Inga fynd",
    }
}

fn shown(text: &str) -> String {
    personnummer::mask(text).0
}

pub async fn write(ws: &Workstation, dir: &Path) -> anyhow::Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(dir).with_context(|| format!("Rapportmappen {} kunde inte skapas", dir.display()))?;
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let page = ws.store().inventory(500, offset).await.map_err(|e| anyhow::anyhow!(e.to_string()))?;
        if page.is_empty() {
            break;
        }
        offset += page.len() as u32;
        for item in page {
            let scan = item.scan;
            let findings: Vec<serde_json::Value> =
                scan.as_ref().and_then(|s| serde_json::from_str(&s.findings_json).ok()).unwrap_or_default();
            let mut categories = BTreeMap::new();
            let (mut high, mut normal) = (0, 0);
            let mut worst = Vec::new();
            for f in &findings {
                let Ok(c) = serde_json::from_value::<Category>(f["category"].clone()) else { continue };
                *categories.entry(c).or_insert(0) += 1;
                if c.severity() == Severity::High {
                    high += 1;
                } else {
                    normal += 1;
                }
                worst.push((f["page"].as_u64().unwrap_or(0) as u32, c, f["text"].as_str().unwrap_or("").to_string()));
            }
            worst.sort_by_key(|(p, c, _)| (std::cmp::Reverse(c.severity()), *p));
            worst.dedup_by(|a, b| a.1 == b.1 && a.2 == b.2);
            worst.truncate(6);
            rows.push(Row {
                path: item.path,
                pages: scan.as_ref().map_or(0, |s| s.pages),
                pages_without_text: scan.as_ref().map(|s| s.pages_without_text.clone()).unwrap_or_default(),
                error: scan.as_ref().and_then(|s| s.error.clone()).or_else(|| scan.is_none().then(|| "inte granskad".to_string())),
                high,
                normal,
                categories,
                worst,
                verdict: item.verdict,
            });
        }
    }
    rows.sort_by(|a, b| b.risk().cmp(&a.risk()).then(b.high.cmp(&a.high)).then(a.path.cmp(&b.path)));

    let html_path = dir.join("rapport.html");
    let csv_path = dir.join("rapport.csv");
    std::fs::write(&html_path, html(&rows)).context("rapport.html kunde inte skrivas")?;
    std::fs::write(&csv_path, csv(&rows)).context("rapport.csv kunde inte skrivas")?;
    Ok((html_path, csv_path))
}

fn html(rows: &[Row]) -> String {
    let mut by_risk = [0usize; 4];
    let mut by_cat: BTreeMap<Category, (usize, usize)> = BTreeMap::new();
    let mut pages = 0u64;
    let mut scanned_pages = 0usize;
    for r in rows {
        by_risk[r.risk() as usize] += 1;
        pages += r.pages as u64;
        scanned_pages += r.pages_without_text.len();
        for (c, n) in &r.categories {
            let e = by_cat.entry(*c).or_default();
            e.0 += n;
            e.1 += 1;
        }
    }
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>Inventering av publicerade handlingar</title>\n<style>\n");
    o.push_str("body{font-family:\"DejaVu Sans\",system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;font-size:14px}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}th{background:#f3f3f3}.r3{color:#8a1f1f;font-weight:bold}.r2{color:#6b4e00;font-weight:bold}.r1{color:#163f63}.kort{display:inline-block;margin:0 1rem .5rem 0;padding:.5rem .9rem;border:1px solid #ccc;border-radius:.3rem}.kort b{display:block;font-size:1.4rem}\n");
    o.push_str("</style>\n</head>\n<body>\n<h1>Inventering av publicerade handlingar</h1>\n");
    let _ = writeln!(o, "<p>{} dokument, {} sidor. Personnummer visas maskerade i rapporten.</p>", rows.len(), pages);
    o.push_str("<h2>Risk</h2>\n<div>");
    for r in [3u8, 2, 1, 0] {
        let _ = write!(o, "<span class=\"kort r{r}\"><b>{}</b>{}</span>", by_risk[r as usize], risk_label(r));
    }
    let _ = writeln!(o, "</div>\n<p>{scanned_pages} inskannade sidor saknar text och kan inte granskas automatiskt.</p>");
    o.push_str("<h2>Fynd per kategori</h2>\n<table><thead><tr><th>Kategori</th><th>Allvarlighet</th><th>Fynd</th><th>Dokument</th></tr></thead><tbody>\n");
    for (c, (n, docs)) in &by_cat {
        let _ = writeln!(o, "<tr><td>{}</td><td>{}</td><td>{n}</td><td>{docs}</td></tr>", c.label_sv(), c.severity().label_sv());
    }
    o.push_str("</tbody></table>\n<h2>Dokument</h2>\n<table><thead><tr><th>Risk</th><th>Fil</th><th>Sidor</th><th>Hög</th><th>Normal</th><th>Värsta fynd</th><th>Sidor utan text</th><th>Beslut</th></tr></thead><tbody>\n");
    for r in rows {
        let worst: Vec<String> =
            r.worst.iter().map(|(p, c, t)| format!("s. {p}: {} – ”{}”", c.label_sv(), escape(&shown(t)))).collect();
        let pwt = r.pages_without_text.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ");
        let mut worst_cell = worst.join("<br>");
        if let Some(e) = &r.error {
            worst_cell = format!("Kunde inte läsas: {}", escape(e));
        }
        let _ = writeln!(
            o,
            "<tr><td class=\"r{0}\">{1}</td><td>{2}</td><td>{3}</td><td>{4}</td><td>{5}</td><td>{6}</td><td>{7}</td><td>{8}</td></tr>",
            r.risk(),
            risk_label(r.risk()),
            escape(&r.path),
            r.pages,
            r.high,
            r.normal,
            worst_cell,
            pwt,
            escape(r.verdict.as_deref().unwrap_or(""))
        );
    }
    o.push_str("</tbody></table>\n</body>\n</html>\n");
    o
}

fn csv_field(s: &str) -> String {
    if s.contains([';', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(rows: &[Row]) -> String {
    // A byte-order mark and semicolons: what a Swedish spreadsheet expects.
    let mut o = String::from("\u{feff}risk;fil;sidor;sidor_utan_text;fel;hög;normal;kategorier;beslut\n");
    for r in rows {
        let cats: Vec<String> = r.categories.iter().map(|(c, n)| format!("{} {n}", c.label_sv())).collect();
        let pwt = r.pages_without_text.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(" ");
        let _ = writeln!(
            o,
            "{};{};{};{};{};{};{};{};{}",
            csv_field(risk_label(r.risk())),
            csv_field(&r.path),
            r.pages,
            csv_field(&pwt),
            csv_field(r.error.as_deref().unwrap_or("")),
            r.high,
            r.normal,
            csv_field(&cats.join(", ")),
            csv_field(r.verdict.as_deref().unwrap_or(""))
        );
    }
    o
}
