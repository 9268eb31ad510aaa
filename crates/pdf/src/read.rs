//! Reading every page as a person sees it: the text layer, and by OCR what the text layer does
//! not hold (issue 12).
//!
//! For each page, in one pass (so the file is opened once and progress is per page):
//! - its text layer, as before ([`crate::extract`]);
//! - what to read by OCR: the whole page when it has no usable text layer, or when its ink is not
//!   explained by its text layer (outlined text, Type 3 glyphs: [`diarievakt_ocr::ink`], a test on
//!   the page's objects first and a small render only for suspicious pages); otherwise each large
//!   image inside the text page;
//! - that is rendered by PDFium at 300 dpi in gray and read by Tesseract ([`diarievakt_ocr`]); the
//!   words go through the same detector, and each finding gets its words' boxes in points;
//! - whether the page counts as reviewed: a page (or large image) that needed OCR counts only when
//!   its recognition passed the [`Policy`]; when OCR is off, missing or fails, it never does.

use crate::extract::{finish, open_bytes, page_text_from, BBox, PageText};
use crate::library::{pdfium, PdfError};
use crate::scan::{scan_page_in, to_finding, ScanFinding, Source};
use diarievakt_ocr::ink::{self, PageObjects};
use diarievakt_ocr::{Gray, How, PageRead, Placement, Policy, Quality, RecogniseOptions, Word};
use pdfium_render::prelude::*;
use serde::{Deserialize, Serialize};

/// How a scan reads pages. Sent with every scan job; the rules file's `[ocr]` section sets the
/// thresholds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScanOptions {
    /// Read pages by OCR. Off (the inventory's text-only benchmark), a page that would need OCR
    /// is only flagged, as before: never counted as reviewed.
    pub ocr: bool,
    /// The resolution pages are rendered at for OCR.
    pub dpi: u32,
    pub min_mean_confidence: f32,
    pub max_low_confidence_share: f32,
    pub max_unexplained_ink: f32,
}

impl Default for ScanOptions {
    fn default() -> Self {
        let p = Policy::default();
        ScanOptions {
            ocr: true,
            dpi: 300,
            min_mean_confidence: p.min_mean_confidence,
            max_low_confidence_share: p.max_low_confidence_share,
            max_unexplained_ink: p.max_unexplained_ink,
        }
    }
}

impl ScanOptions {
    pub fn policy(&self) -> Policy {
        Policy {
            min_mean_confidence: self.min_mean_confidence,
            max_low_confidence_share: self.max_low_confidence_share,
            max_unexplained_ink: self.max_unexplained_ink,
        }
    }

    /// The defaults with OCR off or on.
    pub fn with_ocr(ocr: bool) -> ScanOptions {
        ScanOptions { ocr, ..ScanOptions::default() }
    }
}

/// What a scan tells while it runs: page `page` of `pages` is done (`ocr: false`), or OCR is
/// starting on it (`ocr: true`, a few seconds per page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanProgress {
    pub page: u32,
    pub pages: u32,
    pub ocr: bool,
}

/// What OCR read on one page, kept so that a file's page is never OCR-read twice (issue 12): the
/// diary stores it by (SHA-256, page, resolution) as soon as the worker has read the page, and a
/// later scan of the same file – after a cancelled or crashed scan, or by the inventory – is given
/// it back instead of running Tesseract again. The words are those the detector reads (words the
/// text layer already holds are dropped); the quality is what the gate judges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OcrPage {
    pub page: u32,
    /// The resolution the page was rendered at for OCR ([`ScanOptions::dpi`]); a reading at
    /// another resolution is not reused.
    pub dpi: u32,
    pub words: Vec<Word>,
    pub quality: Quality,
    /// The reading decides whether the page counts as reviewed (see [`PageRead::judged`]).
    pub flagging: bool,
}

/// One page as read.
#[derive(Debug, Clone)]
pub struct ReadPage {
    pub read: PageRead,
    pub findings: Vec<ScanFinding>,
    /// The page counts as reviewed (its text layer, and anything that needed OCR was read well enough).
    pub reviewed: bool,
}

#[derive(Debug, Clone)]
pub struct ReadDocument {
    pub pages: Vec<ReadPage>,
}

/// An image inside a text page at least this share of the page (and an inch each way) is read by
/// OCR: a pasted scan, an ID card, a photographed letter. Logos and signatures stay below.
pub const LARGE_IMAGE_SHARE: f32 = 0.05;
/// A large image that could not be read keeps its page from counting as reviewed when it covers
/// at least this share of the page. Smaller ones are read for findings but do not flag the page
/// (a letterhead, a stamp) – the one place where an unread image does not hold the file back.
pub const FLAGGING_IMAGE_SHARE: f32 = 0.15;

/// The most pixels one page render for OCR may have (an A4 page at 300 dpi is 8.7 M): a huge page
/// is rendered at a lower resolution rather than allocating without bound.
const MAX_OCR_PIXELS: f32 = 40e6;

/// Counts the page's objects for the ink test, and collects the boxes of its images (in points).
fn objects(page: &PdfPage, page_text: &PdfPageText, visible_chars: usize) -> (PageObjects, Vec<BBox>) {
    let mut o = PageObjects { visible_chars, ..Default::default() };
    let mut images = Vec::new();
    // A hostile page with millions of objects is not walked forever.
    let mut budget = 200_000usize;
    // One text page for all the page's text objects (the one the page's text was read from):
    // `PdfPageTextObject::text()` loads (and parses) a text page of its own for every object it is
    // asked about, which made this walk quadratic in the objects of a page and the scan four times
    // slower than the extraction (session 11).
    fn walk<'a>(
        it: impl Iterator<Item = PdfPageObject<'a>>,
        depth: u32,
        text: &PdfPageText,
        o: &mut PageObjects,
        images: &mut Vec<BBox>,
        budget: &mut usize,
    ) {
        for obj in it {
            if *budget == 0 {
                return;
            }
            *budget -= 1;
            match &obj {
                PdfPageObject::Path(p) => {
                    let filled = p.fill_mode().map(|m| m != PdfPathFillMode::None).unwrap_or(false);
                    let small = obj.bounds().map(|b| b.width().value <= 60.0 && b.height().value <= 60.0).unwrap_or(false);
                    if filled && small && p.segments().len() >= 4 {
                        o.glyph_paths += 1;
                    }
                }
                PdfPageObject::Text(t) if text.for_object(t).trim().is_empty() => o.opaque_text_objects += 1,
                PdfPageObject::Image(_) => {
                    if let Ok(b) = obj.bounds() {
                        let r = b.to_rect();
                        images.push([r.left().value, r.bottom().value, r.right().value, r.top().value]);
                    }
                }
                PdfPageObject::XObjectForm(f) if depth < 8 => {
                    let kids: Vec<PdfPageObject<'a>> = (0..f.len()).filter_map(|i| f.get(i).ok()).collect();
                    walk(kids.into_iter(), depth + 1, text, o, images, budget);
                }
                _ => {}
            }
        }
    }
    walk(page.objects().iter(), 0, page_text, &mut o, &mut images, &mut budget);
    (o, images)
}

fn area(b: &BBox) -> f32 {
    (b[2] - b[0]).max(0.0) * (b[3] - b[1]).max(0.0)
}

/// Renders a page in gray at `dpi` (lowered for huge pages), with forms and annotations as the
/// viewer shows them.
fn render_gray(page: &PdfPage, dpi: f32) -> Result<(Gray, Placement), PdfError> {
    let (pw, ph) = (page.width().value.max(1.0), page.height().value.max(1.0));
    let mut scale = dpi / 72.0;
    if pw * ph * scale * scale > MAX_OCR_PIXELS {
        scale = (MAX_OCR_PIXELS / (pw * ph)).sqrt();
    }
    let w = (pw * scale).round().max(1.0) as i32;
    let config = PdfRenderConfig::new().set_target_width(w).render_form_data(true).render_annotations(true);
    let bitmap = page.render_with_config(&config).map_err(|e| PdfError::Damaged(format!("sidan kunde inte ritas: {e:?}")))?;
    let img = bitmap.as_image().map_err(|e| PdfError::Damaged(format!("sidan kunde inte ritas: {e:?}")))?.to_luma8();
    let (iw, ih) = img.dimensions();
    Ok((Gray::new(iw, ih, img.into_raw()), Placement::page(pw, ph, iw, ih)))
}

/// What a page needs beyond its text layer.
#[derive(Debug, Clone, PartialEq)]
enum Plan {
    Nothing,
    /// The whole page; `has_text`: its text layer is kept and OCR words it explains are dropped.
    WholePage {
        has_text: bool,
        reason: &'static str,
    },
    /// These images (points) inside a text page.
    Images(Vec<BBox>),
}

fn plan(page: &PdfPage, page_text: &PdfPageText, text: &PageText) -> Result<Plan, PdfError> {
    if text.without_text() {
        return Ok(Plan::WholePage { has_text: false, reason: "sidan saknar textlager" });
    }
    let (objs, images) = objects(page, page_text, text.visible_chars);
    let page_area = page.width().value * page.height().value;
    if ink::worth_rendering(&objs) {
        let (img, at) = render_gray(page, ink::CHECK_DPI)?;
        let explained: Vec<[i64; 4]> = text.boxes.iter().flatten().chain(images.iter()).map(|b| at.to_pixels(*b)).collect();
        if ink::unexplained_share(&img, &explained) >= ink::MIN_UNEXPLAINED_SHARE {
            return Ok(Plan::WholePage {
                has_text: text.visible_chars > 0,
                reason: "sidan har text som inte finns i textlagret (t.ex. text ritad som konturer)",
            });
        }
    }
    let large: Vec<BBox> =
        images.into_iter().filter(|b| area(b) >= LARGE_IMAGE_SHARE * page_area && b[2] - b[0] >= 72.0 && b[3] - b[1] >= 72.0).collect();
    Ok(if large.is_empty() { Plan::Nothing } else { Plan::Images(large) })
}

/// The page text the detector reads from recognised words: words of a line joined by spaces,
/// lines by line breaks, paragraphs by an empty line; every character gets its share of its
/// word's box. Also each character's word confidence.
pub fn words_to_text(page: u32, words: &[Word]) -> (PageText, Vec<f32>) {
    let mut t = PageText { page, ..Default::default() };
    let mut conf = Vec::new();
    let mut prev: Option<&Word> = None;
    for w in words {
        if let Some(p) = prev {
            let sep: &[char] = if p.paragraph != w.paragraph {
                &['\n', '\n']
            } else if p.line != w.line {
                &['\n']
            } else {
                &[' ']
            };
            for &c in sep {
                t.push(c, None);
                conf.push(0.0);
            }
        }
        let n = w.text.chars().count().max(1) as f32;
        let step = (w.bbox[2] - w.bbox[0]) / n;
        for (i, c) in w.text.chars().enumerate() {
            let b = [w.bbox[0] + step * i as f32, w.bbox[1], w.bbox[0] + step * (i + 1) as f32, w.bbox[3]];
            t.push(c, Some(b));
            conf.push(w.confidence);
        }
        prev = Some(w);
    }
    (t, conf)
}

/// Findings in recognised words, marked as read by OCR with their words' confidence.
fn ocr_findings(page: u32, words: &[Word], names: &mut diarievakt_detect::DocumentContext) -> Vec<ScanFinding> {
    let (t, conf) = words_to_text(page, words);
    diarievakt_detect::detect_page(&t.text, &diarievakt_detect::Options::default(), names)
        .into_iter()
        .filter_map(|f| {
            let from = t.offsets.partition_point(|&o| o < f.start);
            let to = t.offsets.partition_point(|&o| o < f.end);
            let cs: Vec<f32> = (from..to).filter(|&i| t.boxes[i].is_some()).map(|i| conf[i]).collect();
            let c = if cs.is_empty() { 0.0 } else { cs.iter().sum::<f32>() / cs.len() as f32 };
            // Noise read off handwriting or a photo ("Wy Ay") is not worth a decision; a sensitive
            // finding is kept however unsure the reading.
            if c < diarievakt_ocr::LOW_WORD_CONFIDENCE && f.category.severity() != diarievakt_detect::Severity::High {
                return None;
            }
            let mut sf = to_finding(&t, f)?;
            sf.source = Some(Source::Ocr);
            sf.ocr_confidence = Some((c * 100.0).round() / 100.0);
            sf.explanation = format!("{} – {}", sf.explanation, diarievakt_ocr::explanation_suffix(c));
            Some(sf)
        })
        .collect()
}

/// Is the centre of `w` on a character the text layer already holds?
fn explained_by_text(w: &Word, text: &PageText) -> bool {
    let (cx, cy) = ((w.bbox[0] + w.bbox[2]) / 2.0, (w.bbox[1] + w.bbox[3]) / 2.0);
    text.boxes.iter().flatten().any(|b| cx >= b[0] - 1.0 && cx <= b[2] + 1.0 && cy >= b[1] - 1.0 && cy <= b[3] + 1.0)
}

/// Reads one page by OCR as planned; returns the words, the quality, and whether it flags the page.
fn read_by_ocr(
    page: &PdfPage,
    text: &PageText,
    plan: &Plan,
    opts: &ScanOptions,
    mut before_each: impl FnMut(),
) -> Result<(Vec<Word>, Quality, bool), String> {
    let (img, at) = render_gray(page, opts.dpi as f32).map_err(|e| e.to_string())?;
    let ropts = RecogniseOptions { dpi: (at.scale_x * 72.0).round() as u32, ..RecogniseOptions::default() };
    let page_area = page.width().value * page.height().value;
    let mut words = Vec::new();
    let mut parts = Vec::new();
    let mut flagging = false;
    match plan {
        Plan::Nothing => {}
        Plan::WholePage { has_text, .. } => {
            before_each();
            let mut w = diarievakt_ocr::recognise_with(&img, at, &ropts).map_err(|e| e.to_string())?;
            if *has_text {
                w.retain(|w| !explained_by_text(w, text));
            }
            parts.push(diarievakt_ocr::measure(&img, &w));
            words.extend(w);
            flagging = true;
        }
        Plan::Images(boxes) => {
            for b in boxes {
                let px = at.to_pixels(*b);
                let (x0, y0) = (px[0].max(0) as u32, px[1].max(0) as u32);
                let (x1, y1) = (px[2].max(0) as u32, px[3].max(0) as u32);
                let crop = img.crop(x0, y0, x1, y1);
                before_each();
                let w = diarievakt_ocr::recognise_with(&crop, at.crop(x0, y0), &ropts).map_err(|e| e.to_string())?;
                let q = diarievakt_ocr::measure(&crop, &w);
                if area(b) >= FLAGGING_IMAGE_SHARE * page_area {
                    parts.push(q);
                    flagging = true;
                }
                words.extend(w);
            }
        }
    }
    let q = if parts.is_empty() { diarievakt_ocr::measure(&Gray::new(0, 0, vec![]), &words) } else { diarievakt_ocr::combine(&parts) };
    Ok((words, q, flagging))
}

/// Reads every page of a PDF (see the module's doc).
pub fn read_pages(bytes: &[u8], opts: &ScanOptions, progress: impl FnMut(ScanProgress)) -> Result<ReadDocument, PdfError> {
    read_pages_cached(bytes, opts, &[], progress, |_| {})
}

/// [`read_pages`], reusing `cache` (earlier OCR readings of this file) for pages it holds at
/// `opts.dpi`, and telling `on_read` each page newly read by OCR, right after it was read (so that
/// it is kept even if the scan is then cancelled or the worker dies).
pub fn read_pages_cached(
    bytes: &[u8],
    opts: &ScanOptions,
    cache: &[OcrPage],
    mut progress: impl FnMut(ScanProgress),
    mut on_read: impl FnMut(&OcrPage),
) -> Result<ReadDocument, PdfError> {
    let pdfium = pdfium()?;
    let doc = open_bytes(pdfium, bytes)?;
    let all = crate::extract::pages(&doc)?;
    let n = all.len() as u32;
    let policy = opts.policy();
    let mut out = Vec::with_capacity(n as usize);
    // The names of earlier pages, for a later page's lone surname.
    let mut names = diarievakt_detect::DocumentContext::default();
    for (i, page) in all.enumerate() {
        let page = page?;
        let number = i as u32 + 1;
        let loaded = page.text().map_err(|e| PdfError::Damaged(format!("{e:?}")))?;
        let text = finish(page_text_from(&page, &loaded, number)?);
        let mut findings = scan_page_in(&text, &mut names);
        let plan = plan(&page, &loaded, &text)?;
        drop(loaded); // PDFium's text page is freed before OCR renders the page
        let mut read = PageRead::text(number);
        let mut reviewed = true;
        if plan != Plan::Nothing {
            read.how = match plan {
                Plan::WholePage { has_text: false, .. } => How::Ocr,
                _ => How::TextAndOcr,
            };
            read.ocr_reason = Some(match &plan {
                Plan::WholePage { reason, .. } => reason.to_string(),
                _ => "sidan har stora bilder".to_string(),
            });
            // An image page must be read; a text page's image or outlines too. Until they are, the
            // page is not reviewed.
            let must_flag = !matches!(plan, Plan::Images(_)) || {
                let page_area = page.width().value * page.height().value;
                matches!(&plan, Plan::Images(b) if b.iter().any(|b| area(b) >= FLAGGING_IMAGE_SHARE * page_area))
            };
            if !opts.ocr {
                read.ocr_error = Some("OCR är avstängt för den här granskningen.".into());
                reviewed = !must_flag;
            } else {
                let cached = cache.iter().find(|c| c.page == number && c.dpi == opts.dpi).map(|c| (c.words.clone(), c.quality, c.flagging));
                let result = match cached {
                    Some(c) => Ok(c),
                    None => read_by_ocr(&page, &text, &plan, opts, || progress(ScanProgress { page: number, pages: n, ocr: true }))
                        .inspect(|(words, quality, flagging)| {
                            on_read(&OcrPage { page: number, dpi: opts.dpi, words: words.clone(), quality: *quality, flagging: *flagging })
                        }),
                };
                match result {
                    Ok((words, q, flagging)) => {
                        findings.extend(ocr_findings(number, &words, &mut names));
                        read.ocr_confidence = (q.words > 0).then_some((q.mean_confidence * 100.0).round() / 100.0);
                        read.quality = Some(q);
                        read.judged = flagging;
                        reviewed = !flagging || policy.readable(&q);
                    }
                    Err(e) => {
                        tracing::warn!(page = number, error = %e, "OCR failed");
                        read.ocr_error = Some(e);
                        reviewed = !must_flag;
                    }
                }
            }
        }
        out.push(ReadPage { read, findings, reviewed });
        progress(ScanProgress { page: number, pages: n, ocr: false });
    }
    Ok(ReadDocument { pages: out })
}
