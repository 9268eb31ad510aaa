//! The inventory's parts that need no worker process: listing the files, the rows and their risk
//! order, the team lead's verdict and the report with its rendered pages. Real SQLite, real
//! PDFium, real corpus PDFs; the scans are made in this process and stored as a run stores them.
//! (`run_inventory` itself, with worker processes, is tested in crates/cli/tests.)

mod common;
use diarievakt_core::inventory::{pdfs_below, InventoryProgress, InventoryRow};
use diarievakt_core::{severity_rgba, stored_scan, Workstation};
use diarievakt_detect::{Category, Severity};
use diarievakt_model::{Role, User};
use std::path::{Path, PathBuf};

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf").join(name)
}

/// Scans the files in this process and stores them with their inventory rows, in one batch.
/// Without OCR, so that d011's scanned page stays a page that cannot be reviewed (what these
/// tests are about; OCR in the inventory is tested in crates/cli/tests/inventory.rs).
async fn store_scans(ws: &Workstation, user: &User, files: &[PathBuf]) {
    let (mut scans, mut rows) = (Vec::new(), Vec::new());
    for f in files {
        let name = f.display().to_string();
        let r = match std::fs::read(f) {
            Ok(b) => diarievakt_pdf::scan_bytes_opts(
                &name,
                diarievakt_store::sha256_of(&b),
                &b,
                &diarievakt_pdf::ScanOptions::with_ocr(false),
                |_| {},
            ),
            Err(_) => diarievakt_pdf::scan_file(f),
        };
        let findings: Vec<serde_json::Value> = r.findings.iter().map(|x| serde_json::to_value(x).unwrap()).collect();
        scans.push(stored_scan(&r.sha256, r.pages, r.pages_without_text.clone(), r.error.clone(), &findings));
        rows.push((f.display().to_string(), r.sha256.clone(), std::fs::metadata(f).unwrap().len()));
    }
    ws.store().save_scans(user, &scans, &rows).await.unwrap();
}

fn row<'a>(rows: &'a [InventoryRow], name: &str) -> &'a InventoryRow {
    rows.iter().find(|r| r.path.ends_with(name)).unwrap_or_else(|| panic!("{name} is not in the inventory"))
}

#[test]
fn pdfs_below_walks_folders_sorted_and_keeps_named_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("b/c")).unwrap();
    for f in ["b/c/z.pdf", "b/a.PDF", "b/notes.txt", "a.pdf", "utan-ändelse"] {
        std::fs::write(d.join(f), b"x").unwrap();
    }
    let found = pdfs_below(&[d.to_path_buf(), d.join("utan-ändelse")]);
    let rel: Vec<String> = found.iter().map(|p| p.strip_prefix(d).unwrap().display().to_string()).collect();
    assert_eq!(rel, ["a.pdf", "b/a.PDF", "b/c/z.pdf", "utan-ändelse"]);
}

#[test]
fn progress_line_is_swedish() {
    let mut p = InventoryProgress {
        files_total: 10,
        files_done: 4,
        skipped: 1,
        pages: 12,
        findings: 7,
        errors: 1,
        pages_per_second: 2.5,
        ..Default::default()
    };
    assert_eq!(p.line_sv(), "Filer 4/10 (1 redan granskade) · sidor 12 · fynd 7 · fel 1 · 2.5 sidor/s · beräknar tid…");
    p.eta_seconds = Some(125.0);
    assert!(p.line_sv().ends_with("klart om ca 2 min 5 s"), "{}", p.line_sv());
    p.eta_seconds = Some(3725.0);
    assert!(p.line_sv().ends_with("klart om ca 1 h 2 min"), "{}", p.line_sv());
    p.cancelled = true;
    assert!(p.line_sv().contains("avbruten") && p.line_sv().contains("kör igen"), "{}", p.line_sv());
    p.cancelled = false;
    p.finished = true;
    assert!(p.line_sv().ends_with("· klart"), "{}", p.line_sv());
}

#[tokio::test]
async fn rows_by_risk_verdicts_for_team_leads_only() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(&dir.path().join("data")).await.unwrap();
    let lead = common::person(&ws, "tl", "Tea Teamledare", Role::Teamledare).await;
    let reg = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let docs = dir.path().join("publicerat");
    std::fs::create_dir_all(&docs).unwrap();
    for n in ["d001.pdf", "d002.pdf", "d011.pdf"] {
        std::fs::copy(corpus(n), docs.join(n)).unwrap();
    }
    std::fs::write(docs.join("inte-pdf.pdf"), "Det här är en textfil.\n").unwrap();
    store_scans(&ws, &lead, &pdfs_below(std::slice::from_ref(&docs))).await;

    let rows = ws.inventory_rows().await.unwrap();
    let order: Vec<(&str, u8)> = rows.iter().map(|r| (Path::new(&r.path).file_name().unwrap().to_str().unwrap(), r.risk)).collect();
    assert_eq!(order, [("d002.pdf", 3), ("d011.pdf", 2), ("inte-pdf.pdf", 2), ("d001.pdf", 1)], "risk first, then path");
    let d002 = row(&rows, "d002.pdf");
    assert_eq!(d002.risk_label, "Hög risk");
    assert!(d002.high > 0 && d002.categories.iter().any(|(c, n)| *c == Category::PersonalId && *n > 0));
    assert!(d002.worst.len() <= 6 && d002.worst[0].category.severity() == Severity::High);
    let pnr = d002.worst.iter().find(|w| w.category == Category::PersonalId).expect("a personnummer among the worst");
    assert!(pnr.text.contains("XXXX"), "personnummer masked: {}", pnr.text);
    assert_eq!(row(&rows, "d011.pdf").pages_without_text, [1]);
    assert!(row(&rows, "inte-pdf.pdf").error.as_deref().is_some_and(|e| e.contains("inte en PDF")));
    assert_eq!(row(&rows, "d001.pdf").risk_label, "Personuppgifter");

    let path = d002.path.clone();
    let pd = diarievakt_core::UnpublishOptions { personal_data: true, ..Default::default() };
    let e = ws.unpublish_inventoried(&reg, &path, "Personnummer i klartext", &pd).await.unwrap_err();
    assert!(e.message.contains("teamledare"), "{}", e.message);
    assert!(ws.set_inventory_verdict(&lead, &path, "kanske").await.is_err(), "only avpublicera or ok");
    assert!(ws.set_inventory_verdict(&lead, &path, "avpublicera").await.unwrap_err().message.contains("orsak"), "a reason is required");
    assert!(ws.unpublish_inventoried(&lead, &path, "  ", &pd).await.is_err(), "a reason is required");
    let done = ws.unpublish_inventoried(&lead, &path, "Personnummer i klartext", &pd).await.unwrap();
    assert!(done.opened && done.incident.is_some(), "{done:?}");
    assert_eq!(row(&ws.inventory_rows().await.unwrap(), "d002.pdf").verdict.as_deref(), Some("avpublicera"));
    let audit = ws.store().audit_entries(None).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "avpublicerad" && a.user_id == lead.id && a.subject == path), "the verdict is audited");
    assert!(!audit.iter().any(|a| a.action == "avpublicerad" && a.user_id == reg.id));
    // Another system's file: on the withdrawal list for its owner, in the incident's report.
    let w = &done.withdrawal;
    assert_eq!((w.path.as_deref(), w.document.as_deref()), (Some(path.as_str()), None));
    assert!(w.categories.iter().any(|c| c.category == Category::PersonalId && c.count > 0), "{:?}", w.categories);
    assert!(w.people >= 1);
    let out = tempfile::tempdir().unwrap();
    let files = ws.write_incident_report(done.incident.unwrap(), out.path()).await.unwrap();
    let csv = std::fs::read_to_string(files.withdrawal_csv.expect("a withdrawal list")).unwrap();
    assert!(csv.lines().nth(1).unwrap().contains(&w.sha256) && csv.contains("d002.pdf"), "{csv}");
    let again = ws.unpublish_inventoried(&lead, &path, "Personnummer i klartext", &pd).await.unwrap_err();
    assert!(again.message.contains("redan"), "{}", again.message);
    assert!(ws.withdrawal_done(&reg, w.id).await.is_err(), "only a team lead or the DPO records it taken down");
    let w2 = ws.withdrawal_done(&lead, w.id).await.unwrap();
    assert!(w2.done_at.is_some() && w2.done_by.as_deref() == Some(lead.display_name.as_str()));
}

fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG file");
    (u32::from_be_bytes(png[16..20].try_into().unwrap()), u32::from_be_bytes(png[20..24].try_into().unwrap()))
}

#[tokio::test]
async fn report_renders_the_riskiest_pages_with_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(&dir.path().join("data")).await.unwrap();
    let lead = common::person(&ws, "tl", "Tea Teamledare", Role::Teamledare).await;
    let docs = dir.path().join("publicerat");
    std::fs::create_dir_all(&docs).unwrap();
    for n in ["d001.pdf", "d002.pdf", "d011.pdf", "d003.pdf"] {
        std::fs::copy(corpus(n), docs.join(n)).unwrap();
    }
    store_scans(&ws, &lead, &pdfs_below(std::slice::from_ref(&docs))).await;
    // A file scanned once and gone since: noted in the report, not fatal.
    std::fs::remove_file(docs.join("d003.pdf")).unwrap();

    let out = dir.path().join("rapport");
    let (html_path, csv_path) = ws.write_inventory_report(&out).await.unwrap();
    let html = std::fs::read_to_string(&html_path).unwrap();
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    assert_eq!(csv.lines().count(), 1 + 4);
    assert!(!html.contains("3804229957"), "personnummer masked in the report's text");

    let rows = ws.inventory_rows().await.unwrap();
    let d002 = row(&rows, "d002.pdf");
    let d011 = row(&rows, "d011.pdf");
    let img = |r: &InventoryRow, page: u32| format!("rapport-sidor/{}-s{page}.png", &r.sha256[..12]);
    // d002: high findings, both pages have findings → both rendered; d011: its page without text.
    for (r, p) in [(d002, 1), (d002, 2), (d011, 1)] {
        let name = img(r, p);
        assert!(html.contains(&format!("<img loading=\"lazy\" src=\"{name}\"")), "{name} is shown: {html}");
        let (w, h) = png_size(&std::fs::read(out.join(&name)).unwrap());
        assert!((880..=920).contains(&w) && h > w, "an A4 page about 900 px wide: {w}×{h}");
    }
    // d001 has normal findings only: listed, not rendered.
    assert!(!std::fs::read_dir(out.join("rapport-sidor")).unwrap().any(|e| {
        let n = e.unwrap().file_name().to_string_lossy().into_owned();
        n.starts_with(&row(&rows, "d001.pdf").sha256[..12])
    }));
    assert!(html.contains("Filen kunde inte läsas för sidbilder"), "the vanished d003 is noted");
    assert!(!html.contains("Gränsen på"), "no cap reached");

    // The highlights are burnt in: where a high finding is, the report's page differs from a plain one.
    let scan = ws.store().scan(&d002.sha256).await.unwrap().unwrap();
    let findings: Vec<serde_json::Value> = serde_json::from_str(&scan.findings_json).unwrap();
    let f = findings.iter().find(|f| f["category"] == "personal_id").expect("d002 has a personnummer");
    let page = f["page"].as_u64().unwrap() as u32;
    let bbox: [f32; 4] = serde_json::from_value(f["bbox"].clone()).unwrap();
    let bytes = std::fs::read(docs.join("d002.pdf")).unwrap();
    let plain = diarievakt_pdf::render_page(&bytes, page, 900, &[]).unwrap();
    let size = &diarievakt_pdf::page_sizes(&bytes).unwrap()[page as usize - 1];
    let decode = |png: &[u8]| image::load_from_memory_with_format(png, image::ImageFormat::Png).unwrap().into_rgba8();
    let ours = decode(&std::fs::read(out.join(img(d002, page))).unwrap());
    let plain = decode(&plain.png);
    assert_eq!(ours.dimensions(), plain.dimensions());
    let [x0, y0, x1, y1] = diarievakt_pdf::render::to_pixels(bbox, size.width, size.height, ours.width(), ours.height());
    let (cx, cy) = (((x0 + x1) / 2) as u32, ((y0 + y1) / 2) as u32);
    assert_ne!(ours.get_pixel(cx, cy), plain.get_pixel(cx, cy), "the finding is highlighted");
    assert_eq!(ours.get_pixel(x0 as u32, y0 as u32).0[..3], severity_rgba(Severity::High)[..3], "framed in the high colour");
    let far = (ours.width() - 3, ours.height() - 3);
    assert_eq!(ours.get_pixel(far.0, far.1), plain.get_pixel(far.0, far.1), "the rest of the page as it is");

    // Writing the report again replaces the images, it does not pile them up.
    ws.write_inventory_report(&out).await.unwrap();
    assert_eq!(std::fs::read_dir(out.join("rapport-sidor")).unwrap().count(), 3);
}

/// A batch larger than one multi-row statement, with a file that occurs twice (two copies scanned at
/// once): every row is stored, the twice-seen scan once, and the audit chain stays whole – one
/// entry per stored scan, chained in order.
#[tokio::test]
async fn a_large_batch_with_a_file_twice_is_stored_whole_and_the_audit_chain_holds() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(&dir.path().join("data")).await.unwrap();
    let lead = common::person(&ws, "tl", "Tea Teamledare", Role::Teamledare).await;
    let before = ws.store().verify_audit().await.unwrap();
    let finding = serde_json::json!({"page": 1, "category": "phone", "severity": "normal", "text": "070-123 45 67",
        "confidence": 0.9, "explanation": "Telefonnummer", "boxes": [[1.0, 1.0, 2.0, 2.0]]});
    let (mut scans, mut rows) = (Vec::new(), Vec::new());
    for i in 0..70u32 {
        // File 69 has the same bytes as file 0.
        let sha = format!("{:064x}", i % 69);
        scans.push(stored_scan(&sha, 1 + i % 3, vec![], None, std::slice::from_ref(&finding)));
        rows.push((format!("/publicerat/f{i:03}.pdf"), sha, 1000 + i as u64));
    }
    ws.store().save_scans(&lead, &scans, &rows).await.unwrap();
    let listed = ws.inventory_rows().await.unwrap();
    assert_eq!(listed.len(), 70, "every path is a row");
    assert!(listed.iter().all(|r| r.normal == 1 && r.pages >= 1), "every row points at its stored scan");
    let twice: Vec<_> = listed.iter().filter(|r| r.sha256 == format!("{:064x}", 0)).collect();
    assert_eq!(twice.len(), 2, "both copies are rows of the one scan");
    let after = ws.store().verify_audit().await.unwrap();
    assert!(after.ok, "the audit chain is whole: {:?}", after.problems);
    assert_eq!(after.entries, before.entries + 69, "one entry per stored scan");
}
