//! Does a PDF hold together as written?
//!
//! PDFium repairs damaged files without a word: a file with a broken cross-reference table or
//! content streams that do not decompress opens as a few blank pages, while another reader (or a
//! later PDFium) may rebuild it differently and show text nobody reviewed. A file PDFium had to
//! repair must therefore never pass as clean. This check reads the file's own structure – the
//! cross-reference sections, from the last `startxref` back through every `/Prev`, every stream's
//! stated length, and every Flate-compressed stream but images – and says what does not hold.
//!
//! Tolerant of what writers commonly do (end-of-line variants, whitespace before an object), strict
//! about what a repair would paper over (offsets that do not point at their object, loops, streams
//! that do not decompress).

use std::collections::HashSet;

/// Cross-reference sections followed before the file is taken as damaged (a loop, or absurd).
const MAX_SECTIONS: usize = 256;
/// Bytes a stream may decompress to during the check before it is taken as plausible (a zip bomb
/// is not decompressed to the end here; PDFium's own limits and the worker's memory limit hold it).
const INFLATE_PROBE: u64 = 8 << 20;
/// Bytes decompressed in all during the check of one file; beyond it the rest is not checked
/// (a file that large is bounded by the worker's limits instead).
const INFLATE_BUDGET: u64 = 64 << 20;

/// Why the file does not hold together, in Swedish; `None` when its structure is as written.
pub fn damage(bytes: &[u8]) -> Option<String> {
    xref_damage(bytes).or_else(|| stream_damage(bytes))
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && is_ws(bytes[i]) {
        i += 1;
    }
    i
}

fn number(bytes: &[u8], i: usize) -> Option<(u64, usize)> {
    let mut j = i;
    while j < bytes.len() && bytes[j].is_ascii_digit() && j - i < 19 {
        j += 1;
    }
    if j == i {
        return None;
    }
    Some((std::str::from_utf8(&bytes[i..j]).ok()?.parse().ok()?, j))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// A dictionary key: `/Length` but not `/Length1`.
fn key(dict: &[u8], name: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(dict, name).find(|&i| dict.get(i + name.len()).is_none_or(|c| !c.is_ascii_alphanumeric()))
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(hay, needle)
}

/// `NUM GEN obj` at `at` (after whitespace): the object number.
fn object_header(bytes: &[u8], at: usize) -> Option<u64> {
    let i = skip_ws(bytes, at);
    let (num, i) = number(bytes, i)?;
    let j = skip_ws(bytes, i);
    if j == i {
        return None;
    }
    let (_, j) = number(bytes, j)?;
    let k = skip_ws(bytes, j);
    bytes.get(k..k + 3).filter(|w| *w == b"obj").map(|_| num)
}

fn xref_damage(bytes: &[u8]) -> Option<String> {
    let tail_from = bytes.len().saturating_sub(4096);
    let Some(sx) = rfind(&bytes[tail_from..], b"startxref").map(|i| tail_from + i) else {
        return Some("slutet av filen med hänvisningen till korsreferenstabellen saknas – filen är trunkerad eller skadad".into());
    };
    let Some((mut offset, _)) = number(bytes, skip_ws(bytes, sx + 9)) else {
        return Some("hänvisningen till korsreferenstabellen är oläslig".into());
    };
    let mut seen = HashSet::new();
    loop {
        if !seen.insert(offset) {
            return Some("korsreferenstabellerna hänvisar i en slinga till varandra".into());
        }
        if seen.len() > MAX_SECTIONS {
            return Some("filen har orimligt många korsreferenstabeller".into());
        }
        let Ok(at) = usize::try_from(offset) else { return Some("korsreferenstabellen pekar utanför filen".into()) };
        if at >= bytes.len() {
            return Some("korsreferenstabellen pekar utanför filen".into());
        }
        let at = skip_ws(bytes, at);
        let prev = if bytes[at..].starts_with(b"xref") {
            match table(bytes, at + 4) {
                Ok(prev) => prev,
                Err(why) => return Some(why),
            }
        } else if object_header(bytes, at).is_some() {
            // A cross-reference stream: its entries are compressed; the streams check below
            // decompresses it, and its dictionary may chain to an earlier section.
            let dict_end = (at + 4096).min(bytes.len());
            let dict = &bytes[at..dict_end];
            let dict = &dict[..find(dict, b"stream").unwrap_or(dict.len())];
            if find(dict, b"/XRef").is_none() {
                return Some("korsreferenstabellen finns inte där filen säger".into());
            }
            prev_of(dict)
        } else {
            return Some("korsreferenstabellen finns inte där filen säger".into());
        };
        match prev {
            Some(p) => offset = p,
            None => return None,
        }
    }
}

fn prev_of(dict: &[u8]) -> Option<u64> {
    let i = key(dict, b"/Prev")?;
    number(dict, skip_ws(dict, i + 5)).map(|(n, _)| n)
}

/// A classic table from just after `xref`: every entry in use must point at its object. Returns
/// the trailer's `/Prev`.
fn table(bytes: &[u8], mut i: usize) -> Result<Option<u64>, String> {
    let broken = || "korsreferenstabellen stämmer inte med filens innehåll".to_string();
    loop {
        i = skip_ws(bytes, i);
        if i >= bytes.len() {
            return Err(broken());
        }
        if bytes[i..].starts_with(b"trailer") {
            let end = (i + 8192).min(bytes.len());
            let dict = &bytes[i..end];
            let dict = &dict[..find(dict, b"startxref").unwrap_or(dict.len())];
            return Ok(prev_of(dict));
        }
        let (first, j) = number(bytes, i).ok_or_else(broken)?;
        let k = skip_ws(bytes, j);
        let (count, mut j) = number(bytes, k).ok_or_else(broken)?;
        if count > bytes.len() as u64 / 18 {
            return Err(broken());
        }
        for n in first..first + count {
            j = skip_ws(bytes, j);
            let (off, a) = number(bytes, j).ok_or_else(broken)?;
            let (_, b) = number(bytes, skip_ws(bytes, a)).ok_or_else(broken)?;
            let c = skip_ws(bytes, b);
            let kind = *bytes.get(c).ok_or_else(broken)?;
            j = c + 1;
            match kind {
                b'f' => {}
                b'n' if n == 0 => return Err(broken()),
                b'n' => {
                    let ok = usize::try_from(off).ok().filter(|&o| o < bytes.len()).and_then(|o| object_header(bytes, o)) == Some(n);
                    if !ok {
                        return Err(format!("korsreferenstabellen stämmer inte med filens innehåll (objekt {n})"));
                    }
                }
                _ => return Err(broken()),
            }
        }
        i = j;
    }
}

/// Every stream must end where its stated length says, and every Flate stream but images (content,
/// fonts, object and cross-reference streams) must decompress.
fn stream_damage(bytes: &[u8]) -> Option<String> {
    let mut from = 0;
    let mut index = 0;
    let mut inflated = 0u64;
    let mut dec = flate2::Decompress::new(true);
    while let Some(rel) = find(&bytes[from..], b"stream") {
        let kw = from + rel;
        from = kw + 6;
        // `endstream` also contains "stream"; a keyword must follow `>>` and precede a line end.
        if kw >= 3 && &bytes[kw - 3..kw] == b"end" {
            continue;
        }
        let mut data = kw + 6;
        if bytes.get(data) == Some(&b'\r') {
            data += 1;
        }
        if bytes.get(data) != Some(&b'\n') {
            continue;
        }
        data += 1;
        index += 1;
        let Some(dict_start) = rfind(&bytes[kw.saturating_sub(4096)..kw], b"<<").map(|i| kw.saturating_sub(4096) + i) else { continue };
        let dict = &bytes[dict_start..kw];
        // Only the dictionary of this object: from its `obj` keyword.
        let dict = match rfind(dict, b"obj") {
            Some(o) => &dict[o..],
            None => dict,
        };
        let Some(l) = key(dict, b"/Length") else { continue };
        let li = skip_ws(dict, l + 7);
        let Some((len, after)) = number(dict, li) else { continue };
        // `/Length 12 0 R` is an indirect length: not resolved here.
        if number(dict, skip_ws(dict, after)).is_some_and(|(_, e)| dict[skip_ws(dict, e)..].starts_with(b"R")) {
            continue;
        }
        let end = data.saturating_add(len as usize);
        if end > bytes.len() {
            return Some(format!("strömmen nr {index} är längre än filen"));
        }
        // The stated length must end where the stream ends: a reader that trusts it and one that
        // searches for `endstream` would otherwise read different content.
        if !bytes[skip_ws(bytes, end)..].starts_with(b"endstream") {
            return Some(format!("längden på ström nr {index} stämmer inte"));
        }
        from = end;
        // Flate streams are decompressed – content, fonts (a damaged font draws other glyphs than
        // the text layer says), object and cross-reference streams – but not images, which are
        // large and left to their own decoders; and all of it only up to a budget per file.
        if find(dict, b"/FlateDecode").is_none()
            || key(dict, b"/DecodeParms").is_some()
            || find(dict, b"/Image").is_some()
            || inflated > INFLATE_BUDGET
        {
            continue;
        }
        match inflates(&mut dec, &bytes[data..end]) {
            Some(n) => inflated += n,
            None => return Some(format!("innehållet i ström nr {index} kan inte packas upp")),
        }
    }
    None
}

/// Decompresses `input` into nothing, up to [`INFLATE_PROBE`] bytes: how many it gave, or `None`
/// when it does not decompress. One decompressor serves every stream of a file (reset between
/// them): a new one per stream allocated and cleared its window each time, which cost more than
/// the inflating itself on files of many small streams.
fn inflates(dec: &mut flate2::Decompress, input: &[u8]) -> Option<u64> {
    use flate2::{FlushDecompress, Status};
    dec.reset(true);
    let mut sink = [0u8; 16 << 10];
    loop {
        let (before_in, before_out) = (dec.total_in(), dec.total_out());
        let rest = &input[before_in as usize..];
        // All input given: finish, so that a bad checksum or a cut stream is told now.
        let flush = if rest.is_empty() { FlushDecompress::Finish } else { FlushDecompress::None };
        let status = dec.decompress(rest, &mut sink, flush).ok()?;
        let out = dec.total_out();
        if status == Status::StreamEnd || out >= INFLATE_PROBE {
            return Some(out);
        }
        // Neither input taken nor output given: the stream ends before its data does (cut short),
        // or it is stuck on bytes it cannot decode.
        if dec.total_in() == before_in && out == before_out {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF with a correct classic table and a Flate content stream.
    pub(crate) fn sample() -> Vec<u8> {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b"BT /F1 12 Tf 72 720 Td (Hej) Tj ET").unwrap();
        let content = z.finish().unwrap();
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offs = Vec::new();
        let objs: Vec<Vec<u8>> = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
            [format!("<< /Length {} /Filter /FlateDecode >>\nstream\n", content.len()).into_bytes(), content, b"\nendstream".to_vec()]
                .concat(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        ];
        for (i, o) in objs.iter().enumerate() {
            offs.push(out.len());
            out.extend(format!("{} 0 obj\n", i + 1).into_bytes());
            out.extend(o);
            out.extend(b"\nendobj\n");
        }
        let x = out.len();
        out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).into_bytes());
        for o in offs {
            out.extend(format!("{o:010} 00000 n \n").into_bytes());
        }
        out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n", objs.len() + 1).into_bytes());
        out
    }

    #[test]
    fn a_sound_file_holds() {
        assert_eq!(damage(&sample()), None);
        // A font program's dictionary: /Length1 is not /Length.
        let mut b = sample();
        let at = b.windows(8).position(|w| w == b"<< /Leng").unwrap() + 3;
        b.splice(at..at, *b"/Length1 99999 ");
        let fixed = crate::structure::tests::reindex(&b);
        assert_eq!(damage(&fixed), None);
    }

    /// `b` with its table rebuilt from where the objects now are.
    pub(crate) fn reindex(b: &[u8]) -> Vec<u8> {
        let x = memchr::memmem::rfind(b, b"xref\n").unwrap();
        let mut out = b[..x].to_vec();
        let mut offs = Vec::new();
        let mut n = 1;
        while let Some(i) = memchr::memmem::find(&out, format!("\n{n} 0 obj").as_bytes()) {
            offs.push(i + 1);
            n += 1;
        }
        out.extend(format!("xref\n0 {n}\n0000000000 65535 f \n").into_bytes());
        for o in offs {
            out.extend(format!("{o:010} 00000 n \n").into_bytes());
        }
        out.extend(format!("trailer\n<< /Size {n} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n").into_bytes());
        out
    }

    #[test]
    fn a_shifted_offset_is_damage() {
        let s = String::from_utf8_lossy(&sample()).into_owned();
        // Insert a byte before object 3: its offset in the table no longer points at it.
        let at = s.find("3 0 obj").unwrap();
        let mut b = sample();
        b.splice(at - 1..at - 1, *b"XXXX");
        let why = damage(&b).expect("damaged");
        assert!(why.contains("korsreferenstabellen"), "{why}");
    }

    #[test]
    fn truncation_and_loops_are_damage() {
        let b = sample();
        assert!(damage(&b[..b.len() / 2]).unwrap().contains("trunkerad"));
        let x = rfind(&b, b"startxref\n").unwrap() + 10;
        let (start, _) = number(&b, x).unwrap();
        let at = rfind(&b, b"/Root 1 0 R").unwrap() + 11;
        let mut looped = b.clone();
        looped.splice(at..at, format!(" /Prev {start}").into_bytes());
        assert!(damage(&looped).unwrap().contains("slinga"));
    }

    #[test]
    fn a_stream_that_does_not_decompress_is_damage() {
        let mut b = sample();
        let s = String::from_utf8_lossy(&b).into_owned();
        let at = s.find("stream\n").unwrap() + 7;
        for k in 2..8 {
            b[at + k] ^= 0x5a;
        }
        let why = damage(&b).expect("damaged");
        assert!(why.contains("packas upp"), "{why}");
    }

    /// A Flate stream cut short (its length and `endstream` made to fit) does not decompress to
    /// its end: damage, and the next file's streams are read by the same decompressor afresh.
    #[test]
    fn a_stream_cut_short_is_damage_and_the_decompressor_starts_afresh() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        let text = "Hej och välkommen till mötet. ".repeat(200);
        z.write_all(text.as_bytes()).unwrap();
        let whole = z.finish().unwrap();
        let mut dec = flate2::Decompress::new(true);
        assert_eq!(inflates(&mut dec, &whole[..whole.len() / 2]), None, "cut short");
        assert_eq!(inflates(&mut dec, &whole), Some(text.len() as u64), "whole, after a failure");
        assert_eq!(inflates(&mut dec, &whole), Some(text.len() as u64), "and again");
        assert_eq!(inflates(&mut dec, b""), None, "nothing at all");
    }
}
