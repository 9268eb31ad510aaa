//! Writes the copy: a catalog, a page tree, and per page one image, one content stream and the
//! labels on the masks (white Helvetica on the black box, the way authorities mark a
//! *sekretessmaskering*). Nothing else – no Info dictionary, no XMP, no ID, one revision.

use crate::encode::{Encoding, PageOut};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};

/// The label's text in WinAnsi (Latin-1 for the letters we use: å, ä, ö, é …); anything else '?'.
fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c as u32 {
            0x20..=0x7e | 0xa0..=0xff => c as u32 as u8,
            _ => b'?',
        })
        .collect()
}

/// Helvetica's average advance is about half the font size; labels are short words.
const ADVANCE: f32 = 0.56;

/// The font size that fits `label` in the box, or `None` when the box is too small for any.
pub(crate) fn label_size(b: [f32; 4], label: &str) -> Option<f32> {
    let (w, h) = (b[2] - b[0], b[3] - b[1]);
    let chars = label.chars().count().max(1) as f32;
    let size = (h * 0.5).min(9.0).min((w - 2.0) / (ADVANCE * chars));
    (size >= 4.0).then_some(size)
}

pub(crate) fn pdf(pages: &[PageOut]) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let font = Ref::new(3);
    let ids = |i: usize| (Ref::new(4 + 3 * i as i32), Ref::new(5 + 3 * i as i32), Ref::new(6 + 3 * i as i32));
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids((0..pages.len()).map(|i| ids(i).0)).count(pages.len() as i32);
    pdf.type1_font(font).base_font(Name(b"Helvetica")).encoding_predefined(Name(b"WinAnsiEncoding"));
    for (i, p) in pages.iter().enumerate() {
        let (page_id, image_id, content_id) = ids(i);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, p.width_pt, p.height_pt));
        page.parent(tree);
        page.contents(content_id);
        let mut res = page.resources();
        res.x_objects().pair(Name(b"Im0"), image_id);
        if !p.labels.is_empty() {
            res.fonts().pair(Name(b"F0"), font);
        }
        res.finish();
        page.finish();

        let px = &p.pixels;
        let mut image = pdf.image_xobject(image_id, &px.data);
        image.width(px.width as i32);
        image.height(px.height as i32);
        match px.encoding {
            Encoding::Bilevel => {
                image.filter(Filter::FlateDecode);
                image.color_space().device_gray();
                image.bits_per_component(1);
            }
            Encoding::Gray => {
                image.filter(Filter::DctDecode);
                image.color_space().device_gray();
                image.bits_per_component(8);
            }
            Encoding::Colour => {
                image.filter(Filter::DctDecode);
                image.color_space().device_rgb();
                image.bits_per_component(8);
            }
        }
        image.finish();

        let mut c = Content::new();
        c.save_state();
        c.transform([p.width_pt, 0.0, 0.0, p.height_pt, 0.0, 0.0]);
        c.x_object(Name(b"Im0"));
        c.restore_state();
        for (b, label) in &p.labels {
            let Some(size) = label_size(*b, label) else { continue };
            let y = b[1] + ((b[3] - b[1]) - size * 0.72) / 2.0;
            c.begin_text();
            c.set_fill_rgb(1.0, 1.0, 1.0);
            c.set_font(Name(b"F0"), size);
            c.next_line(b[0] + 1.0, y);
            c.show(Str(&win_ansi(label)));
            c.end_text();
        }
        let data = c.finish();
        pdf.stream(content_id, &data);
    }
    pdf.finish()
}
