//! Masked copies on real files: corpus documents, and trap files built here byte by byte with the
//! personal data hidden where a black box drawn in an editor would leave it.

use diarievakt_pdf::{scan_bytes_opts, ScanOptions};
use diarievakt_redact::{mask, redact, structure_problems, verify, MaskArea, MaskOptions, MaskPlan};
use pdfium_render::prelude::*;
use std::path::PathBuf;

fn corpus(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/pdf").join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Every high-severity finding and every name of a scan, masked with its category's label – what
/// a registrar who decided them all *Får inte publiceras* asks for.
fn plan_for(bytes: &[u8]) -> MaskPlan {
    let report = scan_bytes_opts("f.pdf", String::new(), bytes, &ScanOptions::default(), |_| {});
    assert!(report.error.is_none(), "{:?}", report.error);
    MaskPlan {
        areas: report
            .findings
            .iter()
            .filter(|f| f.severity == diarievakt_detect::Severity::High || f.category == diarievakt_detect::Category::Name)
            .map(|f| MaskArea {
                page: f.page,
                boxes: f.boxes.clone().unwrap_or_else(|| vec![f.bbox]),
                label: f.category.mask_label().to_string(),
                text: f.text.clone(),
            })
            .collect(),
        whole_pages: vec![],
    }
}

fn pdftotext(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.pdf");
    std::fs::write(&p, bytes).unwrap();
    let out = std::process::Command::new("pdftotext").args(["-q", "-enc", "UTF-8"]).arg(&p).arg("-").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pdfium_text(bytes: &[u8]) -> String {
    diarievakt_pdf::extract_bytes(bytes).unwrap().iter().map(|p| p.text.clone()).collect::<Vec<_>>().join("\n")
}

/// Every byte of the file with every stream decompressed: what any tool could dig out.
fn everything(bytes: &[u8]) -> String {
    let mut all = String::from_utf8_lossy(bytes).into_owned();
    if let Ok(doc) = lopdf::Document::load_mem(bytes) {
        for o in doc.objects.values() {
            if let lopdf::Object::Stream(s) = o {
                if let Ok(c) = s.decompressed_content() {
                    all.push_str(&String::from_utf8_lossy(&c));
                }
            }
        }
    }
    all
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase()
}

/// Page `page` rendered 100 dpi wide, grey.
fn grey(bytes: &[u8], page: u32) -> (image::GrayImage, f32, f32) {
    let pdfium = diarievakt_pdf::pdfium().unwrap();
    let doc = pdfium.load_pdf_from_byte_slice(bytes, None).unwrap();
    let p = doc.pages().get((page - 1) as PdfPageIndex).unwrap();
    let (pw, ph) = (p.width().value, p.height().value);
    let cfg = PdfRenderConfig::new().set_target_width(((pw / 72.0) * 100.0) as i32).render_annotations(false).render_form_data(false);
    let img = p.render_with_config(&cfg).unwrap().as_image().unwrap().into_luma8();
    (img, pw, ph)
}

fn inside(x: u32, y: u32, r: [i64; 4]) -> bool {
    (x as i64) >= r[0] && (x as i64) < r[2] && (y as i64) >= r[1] && (y as i64) < r[3]
}

#[test]
fn a_corpus_letter_masked_keeps_nothing_of_what_was_masked_and_everything_else() {
    // A police letter, a two-page complaint about care, a discrimination case with many
    // categories, and an application whose personnummer is on a scanned page (read by OCR).
    for name in ["d007.pdf", "d002.pdf", "d009.pdf", "d004.pdf"] {
        let original = corpus(name);
        let plan = plan_for(&original);
        assert!(!plan.areas.is_empty(), "{name}: the corpus file has high-severity findings");
        let (copy, v) =
            redact(&original, &plan, &MaskOptions::default(), &ScanOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(v.checks.len() >= 4, "{:?}", v.checks);
        assert_eq!(copy.pages, diarievakt_pdf::extract_bytes(&original).unwrap().len() as u32);
        let texts = [squash(&pdftotext(&copy.pdf)), squash(&pdfium_text(&copy.pdf)), squash(&everything(&copy.pdf))];
        for a in &plan.areas {
            let s = squash(&a.text);
            if s.len() < 4 || squash(&a.label).contains(&s) {
                continue;
            }
            for t in &texts {
                assert!(!t.contains(&s), "{name}: «{}» survives in the copy", a.text);
            }
        }
        assert!(structure_problems(&copy.pdf, copy.pages).is_empty());

        // Solid over every box, unchanged elsewhere (within what 1-bit storage changes at edges).
        for page in 1..=copy.pages {
            let (o, pw, ph) = grey(&original, page);
            let (c, _, _) = grey(&copy.pdf, page);
            assert_eq!(o.dimensions(), c.dimensions());
            let (w, h) = o.dimensions();
            let boxes: Vec<[i64; 4]> = plan
                .areas
                .iter()
                .filter(|a| a.page == page)
                .flat_map(|a| a.boxes.iter().map(|b| diarievakt_pdf::render::to_pixels(*b, pw, ph, w, h)))
                .collect();
            let padded: Vec<[i64; 4]> = boxes.iter().map(|r| [r[0] - 4, r[1] - 4, r[2] + 4, r[3] + 4]).collect();
            let (mut changed, mut outside) = (0u64, 0u64);
            for (x, y, px) in c.enumerate_pixels() {
                if boxes.iter().any(|r| inside(x, y, [r[0] + 2, r[1] + 2, r[2] - 2, r[3] - 2])) {
                    continue; // checked below, per box
                }
                if padded.iter().any(|r| inside(x, y, *r)) {
                    continue;
                }
                outside += 1;
                if (px.0[0] as i32 - o.get_pixel(x, y).0[0] as i32).abs() > 100 {
                    changed += 1;
                }
            }
            assert!(changed * 100 < outside.max(1) * 2, "{name} p{page}: {changed} of {outside} pixels changed outside the masks");
            for r in &boxes {
                let r = [r[0] + 2, r[1] + 2, r[2] - 2, r[3] - 2];
                let (mut dark, mut all) = (0, 0);
                for y in r[1].max(0)..r[3].min(h as i64) {
                    for x in r[0].max(0)..r[2].min(w as i64) {
                        all += 1;
                        dark += (c.get_pixel(x as u32, y as u32).0[0] < 80) as u32;
                    }
                }
                assert!(all == 0 || dark * 100 >= all * 75, "{name} p{page}: box {r:?} is {dark}/{all} dark (its label aside)");
            }
        }
    }
}

/// A PDF written by hand: `objects[i]` is object `i + 1`; object 1 is the catalog.
struct Raw {
    bytes: Vec<u8>,
    offsets: Vec<(usize, usize)>,
}

impl Raw {
    fn new(objects: &[String], trailer_extra: &str) -> Raw {
        let mut r = Raw { bytes: b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n".to_vec(), offsets: Vec::new() };
        for (i, o) in objects.iter().enumerate() {
            r.offsets.push((i + 1, r.bytes.len()));
            r.bytes.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
        }
        let xref = r.bytes.len();
        let mut x = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
        for (_, off) in &r.offsets {
            x.push_str(&format!("{off:010} 00000 n \n"));
        }
        x.push_str(&format!("trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1));
        r.bytes.extend_from_slice(x.as_bytes());
        r.offsets.push((0, xref)); // remember the last xref for an update
        r
    }

    /// Appends an incremental update replacing object `n` with `body`.
    fn update(&mut self, n: usize, body: &str, size: usize) {
        let prev = self.offsets.last().unwrap().1;
        let at = self.bytes.len();
        self.bytes.extend_from_slice(format!("{n} 0 obj\n{body}\nendobj\n").as_bytes());
        let xref = self.bytes.len();
        self.bytes.extend_from_slice(
            format!("xref\n{n} 1\n{at:010} 00000 n \ntrailer\n<< /Size {size} /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n")
                .as_bytes(),
        );
        self.offsets.push((0, xref));
    }
}

fn stream(dict: &str, data: &str) -> String {
    format!("<< {dict} /Length {} >>\nstream\n{data}\nendstream", data.len())
}

const PNR: &str = "19811218-9876";

/// One visible page with a personnummer, and the same kind of data hidden in every place a
/// drawn box would leave it: an annotation, a form field, the Info title, XMP, an attachment, an
/// earlier revision, under an image, white on white, outside the page box.
fn trap_file() -> (Vec<u8>, Vec<&'static str>) {
    let hidden = vec![
        "Fallakommentar 19750101-0101",
        "Fallaformular 19760202-0202",
        "Fallainfo",
        "Fallaxmp",
        "Fallabilaga",
        "Fallarevision",
        "Fallaunderbild",
        "Fallavit",
        "Fallautanfor",
    ];
    let content_old = format!("BT /F1 12 Tf 72 700 Td (Personnummer {PNR}) Tj ET\nBT /F1 12 Tf 72 650 Td (Fallarevision) Tj ET");
    let content = format!(
        "BT 0 0 0 rg /F1 12 Tf 72 700 Td (Personnummer {PNR}) Tj ET\n\
         BT /F1 12 Tf 72 600 Td (Fallaunderbild) Tj ET\n\
         q 200 0 0 30 60 590 cm /Im1 Do Q\n\
         BT 1 1 1 rg /F1 12 Tf 72 500 Td (Fallavit) Tj ET\n\
         BT 0 0 0 rg /F1 12 Tf 72 -300 Td (Fallautanfor) Tj ET\n\
         BT 0 0 0 rg /F1 12 Tf 72 400 Td (Beslut om bistånd enligt socialtjänstlagen.) Tj ET"
    );
    let xmp = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title>Fallaxmp</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
    let objects = vec![
        /* 1 */
        "<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R /AcroForm << /Fields [9 0 R] >> /Names << /EmbeddedFiles << /Names [(bilaga.txt) 10 0 R] >> >> /OpenAction 12 0 R >>".to_string(),
        /* 2 */ "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        /* 3 */
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Annots [8 0 R 9 0 R] >>".into(),
        /* 4 */ stream("", &content_old),
        /* 5 */ "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".into(),
        /* 6 */ stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\u{7f}"),
        /* 7 */ stream("/Type /Metadata /Subtype /XML", xmp),
        /* 8 */ "<< /Type /Annot /Subtype /FreeText /Rect [300 300 550 330] /Contents (Fallakommentar 19750101-0101) /DA (/Helv 10 Tf 0 g) >>".into(),
        /* 9 */
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (namn) /V (Fallaformular 19760202-0202) /Rect [300 200 550 230] /P 3 0 R >>".into(),
        /* 10 */ "<< /Type /Filespec /F (bilaga.txt) /EF << /F 11 0 R >> >>".into(),
        /* 11 */ stream("/Type /EmbeddedFile", "Fallabilaga"),
        /* 12 */ "<< /S /JavaScript /JS (app.alert('hej')) >>".into(),
        /* 13 */ "<< /Title (Fallainfo) /Author (Fallainfo) >>".into(),
    ];
    let mut raw = Raw::new(&objects, "/Info 13 0 R");
    raw.update(4, &stream("", &content), objects.len() + 1);
    (raw.bytes, hidden)
}

#[test]
fn nothing_hidden_in_a_trap_file_survives_the_copy() {
    let (original, hidden) = trap_file();
    // The traps are really there: the tools find them in the original.
    let orig_all = everything(&original);
    for h in &hidden {
        assert!(orig_all.contains(h), "the trap file holds {h}");
    }
    assert!(pdfium_text(&original).contains("Fallavit"), "white text is in the text layer");
    let plan = plan_for(&original);
    assert!(plan.areas.iter().any(|a| squash(&a.text).contains(&squash(PNR))), "{plan:?}");
    let (copy, v) = redact(&original, &plan, &MaskOptions::default(), &ScanOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let texts = [everything(&copy.pdf), pdftotext(&copy.pdf), pdfium_text(&copy.pdf)];
    for h in hidden.iter().chain([&PNR]) {
        for t in &texts {
            assert!(!squash(t).contains(&squash(h)), "«{h}» survives in the copy");
        }
    }
    assert!(pdfium_text(&copy.pdf).contains("Personnummer"), "the mask is labelled");
    assert!(v.checks.iter().any(|c| c.contains("bara sidor")), "{:?}", v.checks);
    // What was not masked is still there to read (by OCR: the copy is pixels).
    let rescan = scan_bytes_opts("kopia", String::new(), &copy.pdf, &ScanOptions::default(), |_| {});
    let read: String = rescan.pages_read.iter().map(|p| format!("{p:?}")).collect();
    assert!(rescan.pages_read.iter().all(|p| p.used_ocr()), "{read}");
}

#[test]
fn a_copy_changed_after_masking_is_refused() {
    let original = corpus("d007.pdf");
    let plan = plan_for(&original);
    let copy = mask(&original, &plan, &MaskOptions::default()).unwrap();
    assert!(verify(&copy.pdf, &plan, copy.pages, &ScanOptions::default()).is_ok());

    // Someone (or something) appends a revision that writes the masked text back over the page.
    let text = plan.areas.iter().find(|a| a.text.is_ascii()).map(|a| a.text.clone()).unwrap();
    let tampered = diarievakt_redact::testing::append_text_revision(&copy.pdf, &text);
    assert!(pdfium_text(&tampered).contains(text.as_str()), "the tampering shows: {}", pdfium_text(&tampered));
    let refused = verify(&tampered, &plan, copy.pages, &ScanOptions::default()).unwrap_err();
    let all = refused.reasons.join(" ");
    assert!(all.contains("mer än en version"), "{all}");
    assert!(all.contains("kan läsas ut ur kopian med PDFium"), "{all}");
    assert!(all.contains("kan läsas ut ur kopian med pdftotext"), "{all}");
}

#[test]
fn a_whole_page_mask_leaves_a_black_labelled_page() {
    let original = corpus("d001.pdf");
    let plan = MaskPlan { areas: vec![], whole_pages: vec![(1, "Hela sidan maskerad".into())] };
    let (copy, _) = redact(&original, &plan, &MaskOptions::default(), &ScanOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let (img, _, _) = grey(&copy.pdf, 1);
    let dark = img.pixels().filter(|p| p.0[0] < 80).count();
    assert!(dark * 100 > img.pixels().count() * 95, "page 1 is black");
    assert!(pdfium_text(&copy.pdf).contains("Hela sidan maskerad"));
    let err = mask(&original, &MaskPlan { areas: vec![], whole_pages: vec![(99, "x".into())] }, &MaskOptions::default()).unwrap_err();
    assert!(err.to_string().contains("sidan 99"), "{err}");
}

/// A page with a colour photo is stored as JPEG (text pages as 1-bit), and the copy still holds
/// nothing but pages.
#[test]
fn a_photo_page_is_stored_as_jpeg_and_verified() {
    let (w, h) = (64usize, 64usize);
    let mut px = String::new();
    for y in 0..h {
        for x in 0..w {
            px.push(char::from_u32((x * 4) as u32).unwrap());
            px.push(char::from_u32((y * 4) as u32).unwrap());
            px.push(char::from_u32(((x + y) * 2) as u32).unwrap());
        }
    }
    // Latin-1 bytes: each char above is < 256, written as one byte.
    let data: Vec<u8> = px.chars().map(|c| c as u32 as u8).collect();
    let head = format!(
        "<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length {} >>\nstream\n",
        data.len()
    );
    let content = "q 400 0 0 400 100 300 cm /Im1 Do Q\nBT /F1 12 Tf 72 200 Td (Personnummer 19811218-9876) Tj ET";
    let mut bytes = b"%PDF-1.6\n".to_vec();
    let mut offsets = Vec::new();
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>".to_vec(),
        stream("", content).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        [head.as_bytes(), &data, b"\nendstream"].concat(),
    ];
    for (i, o) in objects.iter().enumerate() {
        offsets.push(bytes.len());
        bytes.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        bytes.extend_from_slice(o);
        bytes.extend_from_slice(b"\nendobj\n");
    }
    let xref = bytes.len();
    let mut x = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for off in &offsets {
        x.push_str(&format!("{off:010} 00000 n \n"));
    }
    x.push_str(&format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1));
    bytes.extend_from_slice(x.as_bytes());

    let plan = plan_for(&bytes);
    assert!(plan.areas.iter().any(|a| a.text.contains("9876")), "{plan:?}");
    let (copy, _) = redact(&bytes, &plan, &MaskOptions::default(), &ScanOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(copy.encodings, vec![diarievakt_redact::Encoding::Colour]);
    assert!(!squash(&pdftotext(&copy.pdf)).contains("198112189876"));
    let (img, _, _) = grey(&copy.pdf, 1);
    assert!(img.pixels().filter(|p| p.0[0] > 30 && p.0[0] < 220).count() > 10_000, "the photo is still there");
}
