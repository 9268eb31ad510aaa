//! Page text with a box for every character, in the order PDFium reads it.
//!
//! PDFium gives characters in content order and inserts *generated* characters (spaces, line
//! breaks) where it infers them. We keep real characters with their boxes, turn generated ones into
//! single spaces or line breaks without boxes, expand ligatures (the box is shared), drop soft
//! hyphens, and join words hyphenated across a line break, so detectors see running text.

use crate::library::{pdfium, PdfError};
use pdfium_render::prelude::*;

/// `[left, bottom, right, top]` in PDF points, origin bottom-left.
pub type BBox = [f32; 4];

#[derive(Debug, Clone, Default)]
pub struct PageText {
    /// 1-based page number.
    pub page: u32,
    pub text: String,
    /// Byte offset in `text` of each character, and its box (`None` for inserted spaces and breaks).
    pub offsets: Vec<usize>,
    pub boxes: Vec<Option<BBox>>,
    /// Characters that carry text (not whitespace).
    pub visible_chars: usize,
    /// The page holds images (a scan, a photo, a logo).
    pub has_images: bool,
}

impl PageText {
    pub(crate) fn push(&mut self, c: char, b: Option<BBox>) {
        self.offsets.push(self.text.len());
        self.text.push(c);
        self.boxes.push(b);
        if !c.is_whitespace() {
            self.visible_chars += 1;
        }
    }

    fn pop(&mut self) -> Option<(char, Option<BBox>)> {
        let c = self.text.pop()?;
        self.offsets.pop();
        let b = self.boxes.pop().flatten();
        if !c.is_whitespace() {
            self.visible_chars -= 1;
        }
        Some((c, b))
    }

    fn last(&self) -> Option<char> {
        self.text.chars().next_back()
    }

    /// A page with no usable text layer: nothing (or next to nothing) readable, but something drawn.
    pub fn without_text(&self) -> bool {
        self.visible_chars < 20 && self.has_images
    }

    /// The boxes of the characters in `start..end` (byte range of `text`), one per line.
    pub fn boxes_for(&self, start: usize, end: usize) -> Vec<BBox> {
        let from = self.offsets.partition_point(|&o| o < start);
        let to = self.offsets.partition_point(|&o| o < end);
        let mut lines: Vec<BBox> = Vec::new();
        for b in self.boxes[from..to].iter().flatten() {
            match lines.last_mut() {
                // Same line: vertical overlap with the current box.
                Some(l) if b[1] < l[3] && b[3] > l[1] && b[0] >= l[0] - 2.0 => {
                    l[0] = l[0].min(b[0]);
                    l[1] = l[1].min(b[1]);
                    l[2] = l[2].max(b[2]);
                    l[3] = l[3].max(b[3]);
                }
                _ => lines.push(*b),
            }
        }
        lines
    }
}

fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        _ => return None,
    })
}

/// Words that follow a hyphen kept at a line end ("hälso- och sjukvård").
const CONJUNCTIONS: [&str; 4] = ["och", "eller", "samt", "resp"];

fn rect(r: PdfRect) -> BBox {
    [r.left().value, r.bottom().value, r.right().value, r.top().value]
}

/// Reads one page's text.
pub fn page_text(page: &PdfPage, number: u32) -> Result<PageText, PdfError> {
    let text = page.text().map_err(|e| PdfError::Damaged(format!("{e:?}")))?;
    page_text_from(page, &text, number)
}

/// [`page_text`] from the page's text already loaded (PDFium parses a page's text anew for every
/// text page it is asked for; the scan needs it twice).
pub fn page_text_from(page: &PdfPage, text: &PdfPageText, number: u32) -> Result<PageText, PdfError> {
    let mut out = PageText { page: number, ..Default::default() };
    out.has_images = page.objects().iter().any(|o| o.object_type() == PdfPageObjectType::Image);
    let chars = text.chars();
    // A pending line break: decided when the next real character shows whether a word was split.
    let mut pending_break = false;
    for ch in chars.iter() {
        let Some(c) = ch.unicode_char() else { continue };
        let generated = ch.is_generated().unwrap_or(false);
        // PDFium reports a hyphen at a line end as U+0002 (or U+FFFE): a real hyphen, whose fate
        // (joined word, or "hälso- och") is decided at the line break.
        if c == '\u{0002}' || c == '\u{FFFE}' {
            let bbox = ch.loose_bounds().ok().map(rect);
            if pending_break {
                join_or_break(&mut out, '-');
            }
            out.push('-', bbox);
            pending_break = true; // PDFium's line-end hyphen stands for the break too
            continue;
        }
        if c == '\u{00AD}' {
            // A soft hyphen: the word goes on.
            pending_break = false;
            if out.last() != Some('\u{AD}') {
                // Remember that the line break that follows must join.
                out.push('\u{AD}', None);
            }
            continue;
        }
        if c == '\r' || c == '\n' {
            pending_break = true;
            continue;
        }
        if c.is_whitespace() || generated && c == ' ' {
            if pending_break || out.last() == Some('\u{AD}') {
                continue;
            }
            if !matches!(out.last(), None | Some(' ') | Some('\n')) {
                out.push(' ', None);
            }
            continue;
        }
        let bbox = ch.loose_bounds().ok().map(rect).filter(|b| b[2] >= b[0] && b[3] >= b[1]);
        if pending_break || out.last() == Some('\u{AD}') {
            pending_break = false;
            join_or_break(&mut out, c);
        }
        match ligature(c) {
            Some(s) => s.chars().for_each(|l| out.push(l, bbox)),
            None => out.push(c, bbox),
        }
    }
    // A soft hyphen left at the very end is not text.
    if out.last() == Some('\u{AD}') {
        out.pop();
    }
    while matches!(out.last(), Some(' ') | Some('\n')) {
        out.pop();
    }
    Ok(out)
}

/// At a line break before `next`: join a word hyphenated across the break, else break the line.
fn join_or_break(out: &mut PageText, next: char) {
    while out.last() == Some(' ') {
        out.pop();
    }
    match out.last() {
        Some('\u{AD}') => {
            out.pop(); // soft hyphen: the word continues on the next line
        }
        Some('-') if next.is_lowercase() => {
            let before = out.text[..out.text.len() - 1].chars().next_back();
            let word_start = out.text.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
            let is_word = before.is_some_and(|c| c.is_alphabetic()) && out.text.len() - word_start > 2;
            if is_word {
                // Decided when the next word is known: see `fix_conjunction`.
                out.pop();
                out.push('\u{1}', None);
            } else {
                out.push('\n', None);
            }
        }
        Some('-') => {} // "Anna-\nKarin": keep the hyphen, join the lines
        None => {}
        _ => out.push('\n', None),
    }
}

/// Replaces the join markers left by [`join_or_break`]: a hyphenated word is joined, but before a
/// conjunction the hyphen stays with a space ("hälso- och").
pub(crate) fn finish(mut t: PageText) -> PageText {
    if !t.text.contains('\u{1}') {
        return t;
    }
    let mut text = String::with_capacity(t.text.len());
    let mut offsets = Vec::with_capacity(t.offsets.len());
    let mut boxes = Vec::with_capacity(t.boxes.len());
    let chars: Vec<(usize, char)> = t.text.char_indices().collect();
    for (i, &(_, c)) in chars.iter().enumerate() {
        if c == '\u{1}' {
            let rest: String = chars[i + 1..].iter().map(|(_, c)| *c).take_while(|c| c.is_alphabetic()).collect();
            if CONJUNCTIONS.contains(&rest.as_str()) {
                for (k, ch) in ['-', ' '].into_iter().enumerate() {
                    offsets.push(text.len());
                    text.push(ch);
                    boxes.push(if k == 0 { t.boxes[i] } else { None });
                }
            }
            continue;
        }
        offsets.push(text.len());
        text.push(c);
        boxes.push(t.boxes[i]);
    }
    t.text = text;
    t.offsets = offsets;
    t.boxes = boxes;
    t
}

/// Opens a PDF from bytes with a Swedish error for what cannot be read.
pub fn open_bytes<'a>(pdfium: &'a Pdfium, bytes: &'a [u8]) -> Result<PdfDocument<'a>, PdfError> {
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::NotPdf);
    }
    pdfium.load_pdf_from_byte_slice(bytes, None).map_err(|e| match e {
        PdfiumError::PdfiumLibraryInternalError(PdfiumInternalError::PasswordError) => PdfError::Encrypted,
        PdfiumError::PdfiumLibraryInternalError(PdfiumInternalError::SecurityError) => PdfError::Encrypted,
        e => PdfError::Damaged(match e {
            PdfiumError::PdfiumLibraryInternalError(PdfiumInternalError::FormatError) => "felaktigt format".into(),
            PdfiumError::PdfiumLibraryInternalError(PdfiumInternalError::FileError) => "filen kunde inte tolkas".into(),
            e => format!("{e:?}"),
        }),
    })
}

/// Every page of `doc`, in order, one at a time (a long file is never loaded whole); an item is an
/// error naming the page when PDFium cannot load it, and a file with no page is refused.
///
/// PDFium's own page iterator stops silently at a page it cannot load, so a file whose page tree
/// promises pages that are not there read as fewer pages – or none – with no error, and what was
/// not read counted as reviewed. Walking the indices refuses it instead (fail closed; found by
/// the `worker_pdf` fuzz target, kept in `fuzz/regressions/zero-pages/`).
pub fn pages<'d, 'a: 'd>(doc: &'d PdfDocument<'a>) -> Result<impl ExactSizeIterator<Item = Result<PdfPage<'a>, PdfError>> + 'd, PdfError> {
    let n = doc.pages().len();
    if n == 0 {
        return Err(PdfError::Damaged("inga sidor".into()));
    }
    Ok((0..n).map(move |i| doc.pages().get(i).map_err(|_| PdfError::Damaged(format!("sidan {} kunde inte läsas", i + 1)))))
}

/// Every page's text.
pub fn extract_bytes(bytes: &[u8]) -> Result<Vec<PageText>, PdfError> {
    extract_bytes_with(bytes, |_, _| {})
}

/// Every page's text, telling `progress(pages_done, pages)` after each page (for a progress bar).
pub fn extract_bytes_with(bytes: &[u8], mut progress: impl FnMut(u32, u32)) -> Result<Vec<PageText>, PdfError> {
    let pdfium = pdfium()?;
    let doc = open_bytes(pdfium, bytes)?;
    let all = pages(&doc)?;
    let n = all.len() as u32;
    let mut out = Vec::with_capacity(n as usize);
    for (i, page) in all.enumerate() {
        out.push(finish(page_text(&page?, i as u32 + 1)?));
        progress(i as u32 + 1, n);
    }
    Ok(out)
}

/// The number of pages; refuses what PDFium cannot open.
pub fn page_count(path: &std::path::Path) -> Result<u32, PdfError> {
    let bytes = std::fs::read(path).map_err(|e| PdfError::Io(crate::io_error_sv(&e)))?;
    let pdfium = pdfium()?;
    let doc = open_bytes(pdfium, &bytes)?;
    let mut n = 0;
    for page in pages(&doc)? {
        page?;
        n += 1;
    }
    Ok(n)
}
