//! One page of the copy: rendered, masked in its pixels, and compressed.
//!
//! Compression decides whether a masked 10-page letter is a reasonable download. A page that is
//! text on paper – nearly every pixel near white or near black, no colour – is stored 1 bit per
//! pixel at 200 dpi with Flate (a typed A4 page: about 30–60 kB, as legible as a fax at its best
//! resolution). A page with photos, greys or colour is stored as JPEG at 150 dpi. (CCITT G4 or
//! JBIG2 would make text pages about a third smaller again; no well-kept Rust encoder for either
//! exists today, and Flate keeps the copy within the budget.)

use crate::{BBox, MaskArea, MaskOptions, RedactError};
use image::RgbaImage;
use pdfium_render::prelude::*;
use serde::{Deserialize, Serialize};

/// How a page's pixels are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// 1 bit per pixel, Flate.
    Bilevel,
    /// 8-bit grey, JPEG.
    Gray,
    /// 8-bit RGB, JPEG.
    Colour,
}

pub(crate) struct Raster {
    pub width: u32,
    pub height: u32,
    pub encoding: Encoding,
    /// The image stream's data (Flate-compressed bits, or a JPEG file).
    pub data: Vec<u8>,
}

pub(crate) struct PageOut {
    pub width_pt: f32,
    pub height_pt: f32,
    pub pixels: Raster,
    pub encoding: Encoding,
    /// Labels drawn on the masks: the box in points and its text.
    pub labels: Vec<(BBox, String)>,
}

fn failed(what: &str, e: impl std::fmt::Debug) -> RedactError {
    RedactError::Failed(format!("{what} ({e:?})"))
}

/// The page rendered `dpi` dots per inch wide, as a reader sees it without annotations and form
/// fields (neither is kept in the copy, so neither is drawn into it).
fn render(page: &PdfPage, dpi: u32) -> Result<RgbaImage, RedactError> {
    let width_px = ((page.width().value / 72.0) * dpi as f32).round().clamp(16.0, 12_000.0) as Pixels;
    let config = PdfRenderConfig::new().set_target_width(width_px).render_form_data(false).render_annotations(false);
    let bitmap = page.render_with_config(&config).map_err(|e| failed("sidan kunde inte ritas", e))?;
    Ok(bitmap.as_image().map_err(|e| failed("sidan kunde inte ritas", e))?.into_rgba8())
}

/// A box in points, padded, as pixels `[x0, y0, x1, y1]` (origin top-left), clamped to the image.
pub(crate) fn box_pixels(b: BBox, pad: f32, pw: f32, ph: f32, w: u32, h: u32) -> Option<[u32; 4]> {
    let b = [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad];
    let r = diarievakt_pdf::render::to_pixels(b, pw, ph, w, h);
    let clamp = |v: i64, max: u32| v.clamp(0, max as i64) as u32;
    let (x0, y0, x1, y1) = (clamp(r[0], w), clamp(r[1], h), clamp(r[2], w), clamp(r[3], h));
    (x0 < x1 && y0 < y1).then_some([x0, y0, x1, y1])
}

fn fill_black(img: &mut RgbaImage, r: [u32; 4]) {
    for y in r[1]..r[3] {
        for x in r[0]..r[2] {
            img.put_pixel(x, y, image::Rgba([0, 0, 0, 255]));
        }
    }
}

/// Burns the masks into `img` (a rendering of a `pw`×`ph` page).
fn burn(img: &mut RgbaImage, areas: &[&MaskArea], whole: bool, pad: f32, pw: f32, ph: f32) {
    let (w, h) = img.dimensions();
    if whole {
        fill_black(img, [0, 0, w, h]);
        return;
    }
    for a in areas {
        for b in &a.boxes {
            if let Some(r) = box_pixels(*b, pad, pw, ph, w, h) {
                fill_black(img, r);
            }
        }
    }
}

fn luma(p: &image::Rgba<u8>) -> u8 {
    let [r, g, b, _] = p.0;
    ((r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000) as u8
}

/// Text on paper, grey photo, or colour.
fn classify(img: &RgbaImage) -> Encoding {
    let (mut mid, mut colour) = (0u64, 0u64);
    for p in img.pixels() {
        let [r, g, b, _] = p.0;
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        if max - min > 48 {
            colour += 1;
        }
        let l = luma(p);
        if (56..200).contains(&l) {
            mid += 1;
        }
    }
    let n = (img.width() as u64 * img.height() as u64).max(1);
    if colour * 100 > n {
        Encoding::Colour
    } else if mid * 100 > n * 7 {
        Encoding::Gray
    } else {
        Encoding::Bilevel
    }
}

fn deflate(bytes: &[u8]) -> Result<Vec<u8>, RedactError> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::with_capacity(bytes.len() / 8), flate2::Compression::best());
    z.write_all(bytes).map_err(|e| failed("komprimeringen misslyckades", e))?;
    z.finish().map_err(|e| failed("komprimeringen misslyckades", e))
}

fn encode(img: &RgbaImage, encoding: Encoding, quality: u8) -> Result<Raster, RedactError> {
    let (w, h) = img.dimensions();
    let data = match encoding {
        Encoding::Bilevel => {
            // DeviceGray, 1 bit: 1 is white. Rows are padded to whole bytes.
            let row = w.div_ceil(8) as usize;
            let mut bits = vec![0u8; row * h as usize];
            for (y, line) in bits.chunks_mut(row).enumerate() {
                for x in 0..w {
                    if luma(img.get_pixel(x, y as u32)) >= 160 {
                        line[(x / 8) as usize] |= 0x80 >> (x % 8);
                    }
                }
            }
            deflate(&bits)?
        }
        Encoding::Gray | Encoding::Colour => {
            let mut out = Vec::new();
            let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
            let result = if encoding == Encoding::Gray {
                let g: Vec<u8> = img.pixels().map(luma).collect();
                enc.encode(&g, w, h, image::ExtendedColorType::L8)
            } else {
                let rgb: Vec<u8> = img.pixels().flat_map(|p| [p.0[0], p.0[1], p.0[2]]).collect();
                enc.encode(&rgb, w, h, image::ExtendedColorType::Rgb8)
            };
            result.map_err(|e| failed("bilden kunde inte komprimeras", e))?;
            out
        }
    };
    Ok(Raster { width: w, height: h, encoding, data })
}

/// Renders, masks and compresses one page.
pub(crate) fn page(page: &PdfPage, areas: &[&MaskArea], whole: Option<&str>, opts: &MaskOptions) -> Result<PageOut, RedactError> {
    let (pw, ph) = (page.width().value, page.height().value);
    let mut img = render(page, opts.text_dpi)?;
    burn(&mut img, areas, whole.is_some(), opts.padding, pw, ph);
    let mut encoding = classify(&img);
    if encoding != Encoding::Bilevel && opts.photo_dpi != opts.text_dpi {
        img = render(page, opts.photo_dpi)?;
        burn(&mut img, areas, whole.is_some(), opts.padding, pw, ph);
        encoding = classify(&img).max_with(encoding);
    }
    let pixels = encode(&img, encoding, opts.jpeg_quality)?;
    let labels = match whole {
        Some(label) => vec![([0.0, 0.0, pw, ph], label.to_string())],
        None => areas
            .iter()
            .filter_map(|a| {
                let b = *a.boxes.first()?;
                let p = opts.padding;
                Some(([b[0] - p, b[1] - p, b[2] + p, b[3] + p], a.label.clone()))
            })
            .collect(),
    };
    Ok(PageOut { width_pt: pw, height_pt: ph, encoding: pixels.encoding, pixels, labels })
}

impl Encoding {
    /// The richer of two: a page that looked like a photo at one resolution stays one.
    fn max_with(self, other: Encoding) -> Encoding {
        let rank = |e: Encoding| match e {
            Encoding::Bilevel => 0,
            Encoding::Gray => 1,
            Encoding::Colour => 2,
        };
        if rank(self) >= rank(other) {
            self
        } else {
            other
        }
    }
}
