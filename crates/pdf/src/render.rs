//! Rendering pages to PNG, for the review window's page viewer and for the inventory report.
//!
//! The viewer asks for a page at the pixel width it will show it at (zoom × screen density), so a
//! page is sharp at any zoom and only the pages on screen are rendered. Highlights can be burnt
//! into the image (the report, which has no script to draw them); the window draws its own,
//! clickable highlights over a clean page.

use crate::extract::{open_bytes, BBox};
use crate::library::{pdfium, PdfError};
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ImageEncoder, RgbaImage};
use pdfium_render::prelude::*;
use serde::{Deserialize, Serialize};

/// The widest page image we render (an A4 page at about 4× on a 2× screen): beyond this the viewer
/// scales the image, which keeps a runaway zoom from allocating hundreds of megabytes.
pub const MAX_WIDTH_PX: u32 = 4096;

/// A page's size in PDF points (1/72 inch), as the viewer needs it to place highlights.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PageSize {
    pub page: u32,
    pub width: f32,
    pub height: f32,
}

/// A box to burn into a rendered page: PDF points, and an RGBA colour (alpha is the fill's opacity).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Highlight {
    pub bbox: BBox,
    pub rgba: [u8; 4],
}

/// A rendered page.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    pub png: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
}

/// Every page's size in points.
pub fn page_sizes(bytes: &[u8]) -> Result<Vec<PageSize>, PdfError> {
    let doc = open_bytes(pdfium()?, bytes)?;
    let sizes = crate::extract::pages(&doc)?
        .enumerate()
        .map(|(i, p)| p.map(|p| PageSize { page: i as u32 + 1, width: p.width().value, height: p.height().value }))
        .collect();
    sizes
}

/// Renders page `page` (1-based) `width_px` wide, with `highlights` burnt in, as PNG.
pub fn render_page(bytes: &[u8], page: u32, width_px: u32, highlights: &[Highlight]) -> Result<RenderedPage, PdfError> {
    let doc = open_bytes(pdfium()?, bytes)?;
    let n = doc.pages().len() as u32;
    if page == 0 || page > n {
        return Err(PdfError::NoSuchPage(page, n));
    }
    let p = doc.pages().get((page - 1) as PdfPageIndex).map_err(|e| PdfError::Damaged(format!("{e:?}")))?;
    let (pw, ph) = (p.width().value, p.height().value);
    let width_px = width_px.clamp(16, MAX_WIDTH_PX);
    let config = PdfRenderConfig::new().set_target_width(width_px as Pixels).render_form_data(true).render_annotations(true);
    let bitmap = p.render_with_config(&config).map_err(|e| PdfError::Damaged(format!("sidan kunde inte ritas: {e:?}")))?;
    let mut img: RgbaImage = bitmap.as_image().map_err(|e| PdfError::Damaged(format!("sidan kunde inte ritas: {e:?}")))?.into_rgba8();
    let (w, h) = img.dimensions();
    for hl in highlights {
        burn(&mut img, to_pixels(hl.bbox, pw, ph, w, h), hl.rgba);
    }
    let mut png = Vec::with_capacity((w * h) as usize / 4);
    PngEncoder::new_with_quality(&mut png, CompressionType::Fast, FilterType::Sub)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgba8)
        .map_err(|e| PdfError::Damaged(format!("bilden kunde inte skapas: {e}")))?;
    Ok(RenderedPage { png, width_px: w, height_px: h })
}

/// A box in points (origin bottom-left) as pixels `[x0, y0, x1, y1]` (origin top-left) on a
/// `w`×`h` image of a `pw`×`ph` page, padded by a pixel so the highlight frames the text.
pub fn to_pixels(b: BBox, pw: f32, ph: f32, w: u32, h: u32) -> [i64; 4] {
    let sx = w as f32 / pw.max(1.0);
    let sy = h as f32 / ph.max(1.0);
    [
        (b[0] * sx).floor() as i64 - 1,
        ((ph - b[3]) * sy).floor() as i64 - 1,
        (b[2] * sx).ceil() as i64 + 1,
        ((ph - b[1]) * sy).ceil() as i64 + 1,
    ]
}

/// Blends `rgba` over the box and draws a 2 px opaque frame around it.
fn burn(img: &mut RgbaImage, r: [i64; 4], rgba: [u8; 4]) {
    let (w, h) = (img.width() as i64, img.height() as i64);
    let (x0, y0, x1, y1) = (r[0].max(0), r[1].max(0), r[2].min(w), r[3].min(h));
    if x0 >= x1 || y0 >= y1 {
        return;
    }
    let a = rgba[3] as u32;
    for y in y0..y1 {
        for x in x0..x1 {
            let frame = x < x0 + 2 || x >= x1 - 2 || y < y0 + 2 || y >= y1 - 2;
            let px = img.get_pixel_mut(x as u32, y as u32);
            for (v, &c) in px.0.iter_mut().zip(&rgba[..3]) {
                *v = if frame { c } else { ((*v as u32 * (255 - a) + c as u32 * a) / 255) as u8 };
            }
            px.0[3] = 255;
        }
    }
}
