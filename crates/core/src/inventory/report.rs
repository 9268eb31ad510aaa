//! The inventory report: an HTML page a team lead can read and a CSV for spreadsheets.
//!
//! Personnummer are masked in the report's text: it points at the data, it does not copy it. The
//! riskiest documents' pages are rendered beside the report with their findings highlighted, so
//! the team lead sees where they are without opening every file; that is bounded (see the
//! constants) so a large inventory still gives a report of reasonable size.

use super::InventoryRow;
use crate::{severity_rgba, AppError, Result, Workstation};
use diarievakt_detect::{Category, Severity};
use diarievakt_model::html::escape;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Documents whose pages are rendered, at most (the first ones in the report's order).
pub const MAX_RENDERED_DOCUMENTS: usize = 300;
/// Pages rendered per document, at most.
pub const MAX_PAGES_PER_DOCUMENT: usize = 3;
/// The rendered pages' width in pixels.
pub const PAGE_WIDTH_PX: u32 = 900;
/// The folder beside the report that holds the rendered pages.
pub const PAGES_DIR: &str = "rapport-sidor";

/// One rendered page: its number and its file name in [`PAGES_DIR`].
struct PageImage {
    page: u32,
    file: String,
    width: u32,
    height: u32,
}

/// What was rendered for one file (by hash: two paths with the same content share the images).
#[derive(Default)]
struct Rendered {
    images: Vec<PageImage>,
    /// Why there are no (or not all) images, in Swedish.
    note: Option<String>,
    /// Pages with findings or without text that were left out by the cap.
    more_pages: usize,
}

/// A document gets page images when it has high-severity findings or pages without text (and
/// could be read): those are the ones a team lead must look at.
fn wants_images(r: &InventoryRow) -> bool {
    r.error.is_none() && (r.high > 0 || !r.pages_without_text.is_empty())
}

pub(super) async fn write(ws: &Workstation, dir: &Path) -> Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(dir).map_err(|e| AppError::new(format!("Rapportmappen {} kunde inte skapas: {e}", dir.display())))?;
    let rows = ws.inventory_rows().await?;
    let pages_dir = dir.join(PAGES_DIR);
    clear_old_images(&pages_dir)?;

    let wanted: Vec<usize> = (0..rows.len()).filter(|&i| wants_images(&rows[i])).collect();
    let left_out = wanted.len().saturating_sub(MAX_RENDERED_DOCUMENTS);
    let mut rendered: HashMap<String, Rendered> = HashMap::new();
    for &i in wanted.iter().take(MAX_RENDERED_DOCUMENTS) {
        let r = &rows[i];
        if rendered.contains_key(&r.sha256) {
            continue;
        }
        let out = render_document(ws, r, &pages_dir).await?;
        rendered.insert(r.sha256.clone(), out);
    }

    let html_path = dir.join("rapport.html");
    let csv_path = dir.join("rapport.csv");
    let fail = |name: &str, e: std::io::Error| AppError::new(format!("{name} kunde inte skrivas: {e}"));
    let f = std::fs::File::create(&html_path).map_err(|e| fail("rapport.html", e))?;
    let mut w = BufWriter::new(f);
    html(&mut w, &rows, &rendered, left_out).and_then(|_| w.flush()).map_err(|e| fail("rapport.html", e))?;
    let f = std::fs::File::create(&csv_path).map_err(|e| fail("rapport.csv", e))?;
    let mut w = BufWriter::new(f);
    csv(&mut w, &rows).and_then(|_| w.flush()).map_err(|e| fail("rapport.csv", e))?;
    Ok((html_path, csv_path))
}

/// Removes the images of an earlier report in the same folder, so the folder holds only what the
/// new report shows.
fn clear_old_images(pages_dir: &Path) -> Result<()> {
    let fail = |e: std::io::Error| AppError::new(format!("Mappen {} kunde inte förberedas: {e}", pages_dir.display()));
    std::fs::create_dir_all(pages_dir).map_err(fail)?;
    for e in std::fs::read_dir(pages_dir).map_err(fail)?.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "png") && p.is_file() {
            std::fs::remove_file(&p).map_err(fail)?;
        }
    }
    Ok(())
}

/// Renders the pages of one document the report shows, read again from its path. A file that
/// cannot be read any more, or has changed since it was scanned, gets a note instead of images.
async fn render_document(ws: &Workstation, row: &InventoryRow, pages_dir: &Path) -> Result<Rendered> {
    let findings: Vec<serde_json::Value> =
        ws.store().scan(&row.sha256).await?.and_then(|s| serde_json::from_str(&s.findings_json).ok()).unwrap_or_default();
    // Page → (has a high finding, highlights).
    let mut by_page: BTreeMap<u32, (bool, Vec<diarievakt_pdf::Highlight>)> = BTreeMap::new();
    for f in &findings {
        let Ok(c) = serde_json::from_value::<Category>(f["category"].clone()) else { continue };
        let Some(page) = f["page"].as_u64() else { continue };
        let e = by_page.entry(page as u32).or_default();
        e.0 |= c.severity() == Severity::High;
        let rgba = severity_rgba(c.severity());
        e.1.extend(crate::review::finding_boxes(f).into_iter().map(|bbox| diarievakt_pdf::Highlight { bbox, rgba }));
    }
    for p in &row.pages_without_text {
        by_page.entry(*p).or_default();
    }
    // The pages that matter most first: high findings, then any finding, then pages without text.
    let mut order: Vec<(u32, bool, bool)> = by_page.iter().map(|(p, (high, hl))| (*p, *high, !hl.is_empty())).collect();
    order.sort_by_key(|&(p, high, any)| (!high, !any, p));
    let chosen: BTreeSet<u32> = order.iter().take(MAX_PAGES_PER_DOCUMENT).map(|x| x.0).collect();
    let more_pages = by_page.len() - chosen.len();
    let jobs: Vec<(u32, Vec<diarievakt_pdf::Highlight>)> =
        by_page.into_iter().filter(|(p, _)| chosen.contains(p)).map(|(p, (_, hl))| (p, hl)).collect();

    let mut out = render_pages(ws, Path::new(&row.path), &row.sha256, pages_dir, jobs).await;
    out.more_pages = more_pages;
    Ok(out)
}

/// Renders the chosen pages in the worker pool, one page at a time per worker.
async fn render_pages(
    ws: &Workstation,
    path: &Path,
    sha256: &str,
    dir: &Path,
    jobs: Vec<(u32, Vec<diarievakt_pdf::Highlight>)>,
) -> Rendered {
    let mut out = Rendered::default();
    let bytes = match tokio::fs::read(path).await {
        Ok(b) => b,
        Err(e) => {
            out.note = Some(format!("Filen kunde inte läsas för sidbilder: {}.", diarievakt_pdf::io_error_sv(&e)));
            return out;
        }
    };
    if diarievakt_store::sha256_of(&bytes) != sha256 {
        out.note = Some("Filen har ändrats sedan den granskades; sidbilderna visas inte. Kör inventeringen igen.".into());
        return out;
    }
    let prefix = &sha256[..sha256.len().min(12)];
    let mut failed = Vec::new();
    for (page, highlights) in jobs {
        match ws.pdf().render(&bytes, page, PAGE_WIDTH_PX, &highlights).await {
            Ok(r) => {
                let file = format!("{prefix}-s{page}.png");
                match std::fs::write(dir.join(&file), &r.png) {
                    Ok(()) => out.images.push(PageImage { page, file, width: r.width_px, height: r.height_px }),
                    Err(e) => failed.push(format!("sidan {page} ({})", diarievakt_pdf::io_error_sv(&e))),
                }
            }
            Err(e) => failed.push(format!("sidan {page} ({e})")),
        }
    }
    if !failed.is_empty() {
        out.note = Some(format!("Kunde inte ritas: {}.", failed.join(", ")));
    }
    out
}

const STYLE: &str = "body{font-family:\"DejaVu Sans\",system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;font-size:14px}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}th{background:#f3f3f3}.r3{color:#8a1f1f;font-weight:bold}.r2{color:#6b4e00;font-weight:bold}.r1{color:#163f63}.kort{display:inline-block;margin:0 1rem .5rem 0;padding:.5rem .9rem;border:1px solid #ccc;border-radius:.3rem}.kort b{display:block;font-size:1.4rem}.dok{margin:0 0 2rem;padding-top:.5rem;border-top:2px solid #ccc}.sidor{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figure img{max-width:450px;height:auto;border:1px solid #999}figcaption{font-size:12px;color:#444}.not{color:#6b4e00}\n";

fn html(o: &mut impl Write, rows: &[InventoryRow], rendered: &HashMap<String, Rendered>, left_out: usize) -> std::io::Result<()> {
    let mut by_risk = [0usize; 4];
    let mut by_cat: BTreeMap<Category, (u64, u64)> = BTreeMap::new();
    let mut pages = 0u64;
    let mut scanned_pages = 0usize;
    for r in rows {
        by_risk[r.risk.min(3) as usize] += 1;
        pages += r.pages as u64;
        scanned_pages += r.pages_without_text.len();
        for (c, n) in &r.categories {
            let e = by_cat.entry(*c).or_default();
            e.0 += *n as u64;
            e.1 += 1;
        }
    }
    write!(o, "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>Inventering av publicerade handlingar</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<h1>Inventering av publicerade handlingar</h1>\n")?;
    writeln!(
        o,
        "<p>Rapporten skrevs {}. {} dokument, {} sidor. Personnummer visas maskerade i rapportens text.</p>",
        chrono::Local::now().format("%Y-%m-%d"),
        rows.len(),
        pages
    )?;
    o.write_all(b"<h2>Risk</h2>\n<div>")?;
    for r in [3u8, 2, 1, 0] {
        write!(o, "<span class=\"kort r{r}\"><b>{}</b>{}</span>", by_risk[r as usize], super::risk_label(r))?;
    }
    writeln!(o, "</div>\n<p>{scanned_pages} inskannade sidor saknar text och kan inte granskas automatiskt.</p>")?;
    o.write_all(b"<h2>Fynd per kategori</h2>\n<table><thead><tr><th>Kategori</th><th>Allvarlighet</th><th>Fynd</th><th>Dokument</th></tr></thead><tbody>\n")?;
    for (c, (n, docs)) in &by_cat {
        writeln!(o, "<tr><td>{}</td><td>{}</td><td>{n}</td><td>{docs}</td></tr>", c.label_sv(), c.severity().label_sv())?;
    }
    o.write_all("</tbody></table>\n<h2>Dokument</h2>\n<table><thead><tr><th>Risk</th><th>Fil</th><th>Sidor</th><th>Hög</th><th>Normal</th><th>Värsta fynd</th><th>Sidor utan text</th><th>Beslut</th></tr></thead><tbody>\n".as_bytes())?;
    let anchor = |i: usize| format!("d{i}");
    let mut shown = 0;
    for (i, r) in rows.iter().enumerate() {
        let worst: Vec<String> =
            r.worst.iter().map(|w| format!("s. {}: {} – ”{}”", w.page, w.category.label_sv(), escape(&w.text))).collect();
        let pwt = r.pages_without_text.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ");
        let worst_cell = match &r.error {
            Some(e) => format!("Kunde inte läsas: {}", escape(e)),
            None => worst.join("<br>"),
        };
        let has_section = wants_images(r) && shown < MAX_RENDERED_DOCUMENTS && rendered.contains_key(&r.sha256);
        let file_cell = if has_section {
            shown += 1;
            format!("<a href=\"#{}\">{}</a>", anchor(i), escape(&r.path))
        } else {
            escape(&r.path)
        };
        writeln!(
            o,
            "<tr><td class=\"r{0}\">{1}</td><td>{2}</td><td>{3}</td><td>{4}</td><td>{5}</td><td>{6}</td><td>{7}</td><td>{8}</td></tr>",
            r.risk,
            escape(&r.risk_label),
            file_cell,
            r.pages,
            r.high,
            r.normal,
            worst_cell,
            pwt,
            escape(r.verdict.as_deref().unwrap_or(""))
        )?;
    }
    o.write_all(b"</tbody></table>\n")?;

    if !rendered.is_empty() || left_out > 0 {
        o.write_all("<h2>Sidbilder</h2>\n".as_bytes())?;
        writeln!(
            o,
            "<p>Sidor ur dokumenten med hög risk eller sidor utan text, med fynden markerade (rött: hög allvarlighetsgrad, gult: normal). \
             Högst {MAX_PAGES_PER_DOCUMENT} sidor per dokument och {MAX_RENDERED_DOCUMENTS} dokument. Sidbilderna visar sidorna som de är publicerade, \
             personnummer omaskerade: hantera mappen {PAGES_DIR} som de publicerade filerna.</p>"
        )?;
        if left_out > 0 {
            writeln!(
                o,
                "<p class=\"not\">Gränsen på {MAX_RENDERED_DOCUMENTS} dokument nåddes: ytterligare {left_out} dokument med hög risk eller sidor utan text har inga sidbilder i rapporten. Öppna dem från listan ovan.</p>"
            )?;
        }
        let mut shown = 0;
        for (i, r) in rows.iter().enumerate() {
            if !wants_images(r) || shown >= MAX_RENDERED_DOCUMENTS {
                continue;
            }
            let Some(img) = rendered.get(&r.sha256) else { continue };
            shown += 1;
            writeln!(o, "<section class=\"dok\" id=\"{}\">\n<h3>{}</h3>", anchor(i), escape(&r.path))?;
            writeln!(
                o,
                "<p class=\"r{}\">{} · {} fynd med hög och {} med normal allvarlighetsgrad</p>",
                r.risk,
                escape(&r.risk_label),
                r.high,
                r.normal
            )?;
            if let Some(n) = &img.note {
                writeln!(o, "<p class=\"not\">{}</p>", escape(n))?;
            }
            o.write_all(b"<div class=\"sidor\">\n")?;
            for p in &img.images {
                let without = if r.pages_without_text.contains(&p.page) { " (utan text, granska manuellt)" } else { "" };
                writeln!(
                    o,
                    "<figure><img loading=\"lazy\" src=\"{PAGES_DIR}/{}\" width=\"{}\" height=\"{}\" alt=\"Sida {} med fynden markerade\"><figcaption>Sida {}{without}</figcaption></figure>",
                    escape(&p.file),
                    p.width,
                    p.height,
                    p.page,
                    p.page
                )?;
            }
            o.write_all(b"</div>\n")?;
            if img.more_pages > 0 {
                let s = if img.more_pages == 1 { "sida" } else { "sidor" };
                writeln!(o, "<p class=\"not\">Ytterligare {} {s} med fynd eller utan text visas inte här.</p>", img.more_pages)?;
            }
            o.write_all(b"</section>\n")?;
        }
    }
    o.write_all(b"</body>\n</html>\n")
}

fn csv_field(s: &str) -> String {
    if s.contains([';', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(o: &mut impl Write, rows: &[InventoryRow]) -> std::io::Result<()> {
    // A byte-order mark and semicolons: what a Swedish spreadsheet expects.
    o.write_all("\u{feff}risk;fil;sidor;sidor_utan_text;fel;hög;normal;kategorier;beslut\n".as_bytes())?;
    for r in rows {
        let cats: Vec<String> = r.categories.iter().map(|(c, n)| format!("{} {n}", c.label_sv())).collect();
        let pwt = r.pages_without_text.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(" ");
        writeln!(
            o,
            "{};{};{};{};{};{};{};{};{}",
            csv_field(&r.risk_label),
            csv_field(&r.path),
            r.pages,
            csv_field(&pwt),
            csv_field(r.error.as_deref().unwrap_or("")),
            r.high,
            r.normal,
            csv_field(&cats.join(", ")),
            csv_field(r.verdict.as_deref().unwrap_or(""))
        )?;
    }
    Ok(())
}
