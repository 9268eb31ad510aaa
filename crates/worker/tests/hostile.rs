//! Hostile and broken files through real workers: each gives a Swedish error or a bounded, correct
//! result, the pool keeps serving the next file, and nothing damaged passes as clean.

mod common;

use common::{pages_pdf, pool, read, sha, stream, text_pdf, tight};
use diarievakt_pdf::ScanReport;
use diarievakt_worker::{Limits, Pool};
use std::io::Write;
use std::time::{Duration, Instant};

async fn scan(p: &Pool, name: &str, bytes: &[u8]) -> ScanReport {
    p.scan(name, &sha(bytes), bytes, &mut |_, _| {}).await.unwrap()
}

/// After whatever the last file did, the pool still scans a real file correctly.
async fn still_serves(p: &Pool) {
    let r = scan(p, "d002.pdf", &read("d002.pdf")).await;
    assert!(r.error.is_none() && !r.findings.is_empty(), "{r:?}");
}

fn limits() -> Limits {
    Limits { silence: Duration::from_secs(30), job: Duration::from_secs(90), ..tight() }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sound_hand_made_file_is_read() {
    let p = pool(1, limits());
    let r = scan(&p, "brev.pdf", &text_pdf("Personnummer 19811218-9876")).await;
    assert_eq!(r.error, None, "{r:?}");
    assert!(r.findings.iter().any(|f| f.text == "19811218-9876"), "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn not_a_pdf_truncated_encrypted_header_and_empty() {
    let p = pool(1, limits());
    let r = scan(&p, "text.pdf", b"Det h\xc3\xa4r \xc3\xa4r ingen PDF.\n").await;
    assert_eq!(r.error.as_deref(), Some("Filen är inte en PDF."));
    let whole = read("d002.pdf");
    let r = scan(&p, "halv.pdf", &whole[..whole.len() / 2]).await;
    assert!(r.error.as_deref().is_some_and(|e| e.contains("skadad")), "{r:?}");
    assert!(r.findings.is_empty() || r.error.is_some());
    let r = scan(&p, "tom.pdf", b"").await;
    assert!(r.error.is_some(), "{r:?}");
    // Encrypted with a user password, made with fpdf2 (installed by scripts/setup.sh).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("krypterad.pdf");
    let py = format!(
        "from fpdf import FPDF\npdf = FPDF()\npdf.set_encryption(owner_password='a', user_password='hemligt')\npdf.add_page()\npdf.set_font('helvetica', size=12)\npdf.cell(text='19811218-9876')\npdf.output(r'{}')\n",
        path.display()
    );
    assert!(std::process::Command::new("python3").arg("-c").arg(py).status().unwrap().success(), "fpdf2 wrote the file");
    let r = scan(&p, "krypterad.pdf", &std::fs::read(&path).unwrap()).await;
    assert_eq!(r.error.as_deref(), Some("PDF-filen är krypterad eller lösenordsskyddad och kan inte granskas."), "{r:?}");
    still_serves(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bytes_flipped_throughout_never_pass_as_clean() {
    let p = pool(1, limits());
    for (name, step) in [("d002.pdf", 97usize), ("d007.pdf", 211), ("d001.pdf", 1009)] {
        let mut b = read(name);
        for i in (64..b.len()).step_by(step) {
            b[i] ^= 0x55;
        }
        let r = scan(&p, name, &b).await;
        assert!(r.error.is_some(), "{name} with every {step}th byte flipped was passed as clean: {r:?}");
    }
    still_serves(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_xref_that_loops_is_damage() {
    let p = pool(1, limits());
    let mut b = text_pdf("Hej");
    let find = |b: &[u8], w: &[u8]| b.windows(w.len()).rposition(|x| x == w).unwrap();
    let x = find(&b, b"startxref\n") + 10;
    let start: String = b[x..].iter().take_while(|c| c.is_ascii_digit()).map(|&c| c as char).collect();
    let at = find(&b, b"/Root 1 0 R") + 11;
    b.splice(at..at, format!(" /Prev {start}").into_bytes());
    let r = scan(&p, "slinga.pdf", &b).await;
    assert!(r.error.as_deref().is_some_and(|e| e.contains("slinga")), "{r:?}");
    still_serves(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_nesting_is_bounded() {
    let p = pool(1, limits());
    let depth = 200_000;
    let nested = format!("<< /Type /Catalog /Pages 2 0 R /X {}{} >>", "[".repeat(depth), "]".repeat(depth));
    let b = common::pdf_of(&[
        nested.into_bytes(),
        b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        stream("", b"BT /F1 12 Tf 72 720 Td (Djup) Tj ET"),
        b"<< >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>".to_vec(),
    ]);
    let t = Instant::now();
    let r = scan(&p, "djup.pdf", &b).await;
    assert!(t.elapsed() < Duration::from_secs(60));
    // Either read (the page says "Djup") or refused: never a crash of anything but the worker.
    assert!(r.error.is_some() || r.pages == 1, "{r:?}");
    still_serves(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_image_is_bounded_when_scanned_and_rendered() {
    let p = pool(1, limits());
    let img =
        stream("/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB /BitsPerComponent 8", b"\x00\x00\x00");
    let b = pages_pdf(1, stream("", b"q 500 0 0 700 40 60 cm /Im1 Do Q"), vec![img], "/XObject << /Im1 6 0 R >>");
    let r = scan(&p, "bild.pdf", &b).await;
    // The image holds 3 bytes of its 10 GB: PDFium draws nothing, so a reader sees an empty page.
    // The page is either refused, flagged, or read by OCR (and found empty) – never skipped unread.
    let read = r.pages_read.first().is_some_and(|p| p.page == 1 && p.how != diarievakt_ocr::How::Text);
    assert!(r.error.is_some() || r.pages_without_text == vec![1] || read, "an image page without text is flagged or read: {r:?}");
    let t = Instant::now();
    let rendered = p.render(&b, 1, 800, &[]).await;
    assert!(t.elapsed() < Duration::from_secs(60));
    if let Ok(img) = rendered {
        assert_eq!(img.width_px, 800);
    }
    still_serves(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zip_bomb_content_stream_is_bounded() {
    let p = pool(1, limits());
    // 256 MB of spaces compress to a few hundred kB.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let block = vec![b' '; 1 << 20];
    for _ in 0..256 {
        z.write_all(&block).unwrap();
    }
    z.write_all(b"BT /F1 12 Tf 72 720 Td (19811218-9876) Tj ET").unwrap();
    let bomb = z.finish().unwrap();
    let b = pages_pdf(1, stream("/Filter /FlateDecode", &bomb), vec![], "");
    let t = Instant::now();
    let r = scan(&p, "bomb.pdf", &b).await;
    assert!(t.elapsed() < Duration::from_secs(90), "{:?}", t.elapsed());
    assert!(r.error.is_some() || r.findings.iter().any(|f| f.text == "19811218-9876"), "read right or refused: {r:?}");
    still_serves(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_empty_pages_give_a_bounded_correct_result() {
    let p = pool(1, limits());
    let b = pages_pdf(2000, stream("", b""), vec![], "");
    let mut last = (0, 0);
    let r = p.scan("tomma.pdf", &sha(&b), &b, &mut |page, pages| last = (page, pages)).await.unwrap();
    assert_eq!((r.error.as_deref(), r.pages, r.findings.len()), (None, 2000, 0), "{:?}", r.error);
    assert_eq!(last, (2000, 2000));
    still_serves(&p).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_200_mb_file_is_scanned_or_refused_within_its_limits() {
    let p = pool(1, Limits { memory_mb: 2048, ..limits() });
    // One page that names a personnummer, then 200 MB of an unused stream.
    let padding = stream("", &vec![b'0'; 200 << 20]);
    let b = pages_pdf(1, stream("", b"BT /F1 12 Tf 72 720 Td (19811218-9876) Tj ET"), vec![padding], "");
    assert!(b.len() > 200 << 20);
    let r = scan(&p, "stor.pdf", &b).await;
    assert_eq!(r.error, None);
    assert!(r.findings.iter().any(|f| f.text == "19811218-9876"), "{r:?}");
    // Over the configured size limit: refused with the sizes, before any worker reads it.
    let small = pool(1, Limits { max_file_mb: 100, ..limits() });
    let r = scan(&small, "stor.pdf", &b).await;
    assert!(r.error.as_deref().is_some_and(|e| e.contains("största tillåtna storlek är 100 MB")), "{r:?}");
    still_serves(&p).await;
}
