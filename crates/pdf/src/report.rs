//! Writing a plain text report as PDF (the incident report for the DPO). Our own text, never a
//! citizen's file: written with PDFium in the calling process, A4, wrapped lines, page numbers.

use crate::library::{pdfium, PdfError};
use pdfium_render::prelude::*;

/// A font with å, ä and ö (and §): DejaVu Sans from Debian's fonts-dejavu-core, else PDFium's
/// built-in Helvetica (WinAnsi, which also has them).
const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_BOLD: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

fn failed(e: PdfiumError) -> PdfError {
    PdfError::Io(format!("rapporten kunde inte skapas som PDF ({e})"))
}

/// Splits `line` into pieces of at most `width` characters at spaces (a longer word is cut).
fn wrap(line: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in line.split(' ') {
        let mut word = word.to_string();
        while word.chars().count() > width {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            out.push(head);
        }
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&word);
    }
    out.push(cur);
    out
}

/// A PDF with `title` on top and `lines` below; an empty line is a paragraph break, and a line
/// that follows one is set in bold (a heading) when it is short.
pub fn text_pdf(title: &str, lines: &[String]) -> Result<Vec<u8>, PdfError> {
    let pdfium = pdfium()?;
    let mut doc = pdfium.create_new_pdf().map_err(failed)?;
    let (font, bold) = match (std::path::Path::new(FONT).exists(), std::path::Path::new(FONT_BOLD).exists()) {
        (true, true) => (
            doc.fonts_mut().load_true_type_from_file(FONT, true).map_err(failed)?,
            doc.fonts_mut().load_true_type_from_file(FONT_BOLD, true).map_err(failed)?,
        ),
        _ => (doc.fonts_mut().helvetica(), doc.fonts_mut().helvetica_bold()),
    };
    let size = PdfPagePaperSize::a4();
    let (left, top, bottom, lead) = (50.0, 800.0, 60.0, 12.5);
    let mut rows: Vec<(String, bool, f32)> = vec![(title.to_string(), true, 15.0), (String::new(), false, 9.0)];
    let mut after_break = false;
    for l in lines {
        if l.is_empty() {
            rows.push((String::new(), false, 9.0));
            after_break = true;
            continue;
        }
        let heading = after_break && l.chars().count() < 70;
        after_break = false;
        for piece in wrap(l, if heading { 70 } else { 100 }) {
            rows.push((piece, heading, if heading { 11.0 } else { 8.5 }));
        }
    }
    // Lay the rows out on pages first, so every footer knows the number of pages.
    let step = |pt: f32| if pt > 10.0 { lead + 5.0 } else { lead };
    let mut pages: Vec<Vec<(String, bool, f32)>> = vec![Vec::new()];
    let mut y = top;
    for row in rows {
        if y - step(row.2) < bottom {
            pages.push(Vec::new());
            y = top;
        }
        y -= step(row.2);
        pages.last_mut().expect("a page").push(row);
    }
    let total = pages.len();
    for (n, rows) in pages.into_iter().enumerate() {
        let mut page = doc.pages_mut().create_page_at_end(size).map_err(failed)?;
        let mut y = top;
        for (text, is_bold, pt) in rows {
            if !text.is_empty() {
                page.objects_mut()
                    .create_text_object(
                        PdfPoints::new(left),
                        PdfPoints::new(y),
                        &text,
                        if is_bold { bold } else { font },
                        PdfPoints::new(pt),
                    )
                    .map_err(failed)?;
            }
            y -= step(pt);
        }
        let footer = format!("Sida {} av {total}", n + 1);
        page.objects_mut()
            .create_text_object(PdfPoints::new(left), PdfPoints::new(30.0), footer, font, PdfPoints::new(8.0))
            .map_err(failed)?;
    }
    doc.save_to_bytes().map_err(failed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_wrap_at_spaces() {
        assert_eq!(super::wrap("en två tre fyra", 8), ["en två", "tre fyra"]);
        assert_eq!(super::wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }
}
