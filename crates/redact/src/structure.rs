//! Does the copy hold nothing but pages? Read back with lopdf – another parser than the writer and
//! than PDFium – and every object held against a whitelist: a catalog with its page tree, pages
//! with one image each, their content streams and the label font. Anything else (annotations,
//! forms, attachments, JavaScript, XMP, an Info dictionary, bookmarks, optional content, an
//! incremental update) is named, in Swedish.

use lopdf::{Dictionary, Object};

const FORBIDDEN: &[&[u8]] = &[
    b"Annots",
    b"AcroForm",
    b"Names",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"JavaScript",
    b"JS",
    b"OpenAction",
    b"AA",
    b"URI",
    b"Launch",
    b"Metadata",
    b"Outlines",
    b"OCProperties",
    b"OC",
    b"Info",
    b"Prev",
    b"XRefStm",
    b"Encrypt",
    b"StructTreeRoot",
    b"PieceInfo",
    b"Dests",
];

fn what(name: &[u8]) -> String {
    match name {
        b"Annots" => "kommentarer eller länkar (Annots)".into(),
        b"AcroForm" => "formulärfält (AcroForm)".into(),
        b"Names" | b"EmbeddedFile" | b"EmbeddedFiles" => "bifogade filer eller namnträd".into(),
        b"JavaScript" | b"JS" | b"OpenAction" | b"AA" | b"Launch" | b"URI" => "skript eller åtgärder".into(),
        b"Metadata" => "XMP-metadata".into(),
        b"Info" => "dokumentinformation (Info)".into(),
        b"Outlines" | b"Dests" => "bokmärken".into(),
        b"OCProperties" | b"OC" => "valfritt innehåll (lager)".into(),
        b"Prev" | b"XRefStm" => "en tidigare version (inkrementell uppdatering)".into(),
        b"Encrypt" => "kryptering".into(),
        n => format!("/{}", String::from_utf8_lossy(n)),
    }
}

fn keys_within(d: &Dictionary, allowed: &[&[u8]], whose: &str, out: &mut Vec<String>) {
    for (k, _) in d.iter() {
        if !allowed.contains(&k.as_slice()) && !FORBIDDEN.contains(&k.as_slice()) {
            out.push(format!("{whose} har en oväntad post /{}.", String::from_utf8_lossy(k)));
        }
    }
}

fn forbidden_anywhere(o: &Object, out: &mut Vec<String>) {
    match o {
        Object::Dictionary(d) => forbidden_in(d, out),
        Object::Stream(s) => forbidden_in(&s.dict, out),
        Object::Array(a) => a.iter().for_each(|o| forbidden_anywhere(o, out)),
        Object::Name(n) if FORBIDDEN.contains(&n.as_slice()) && n.as_slice() != b"Info" => {
            out.push(format!("Kopian innehåller {}.", what(n)))
        }
        _ => {}
    }
}

fn forbidden_in(d: &Dictionary, out: &mut Vec<String>) {
    for (k, v) in d.iter() {
        if FORBIDDEN.contains(&k.as_slice()) {
            out.push(format!("Kopian innehåller {}.", what(k)));
        }
        forbidden_anywhere(v, out);
    }
}

fn name_of<'a>(d: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    d.get(key).ok().and_then(|o| o.as_name().ok())
}

fn resources(d: &Dictionary, out: &mut Vec<String>) {
    let Ok(Object::Dictionary(r)) = d.get(b"Resources") else {
        out.push("En sida saknar sina resurser.".into());
        return;
    };
    keys_within(r, &[b"XObject", b"Font", b"ProcSet"], "En sidas resurser", out);
    let named = |key: &[u8], prefix: &str, out: &mut Vec<String>| -> usize {
        match r.get(key) {
            Ok(Object::Dictionary(x)) => {
                for (k, _) in x.iter() {
                    let k = String::from_utf8_lossy(k);
                    if !(k.starts_with(prefix) && k[prefix.len()..].chars().all(|c| c.is_ascii_digit())) {
                        out.push(format!("En sida har en oväntad resurs /{k}."));
                    }
                }
                x.len()
            }
            Ok(_) => {
                out.push("En sidas resurser är felaktiga.".into());
                0
            }
            Err(_) => 0,
        }
    };
    if named(b"XObject", "Im", out) != 1 {
        out.push("En sida har inte precis en bild.".into());
    }
    named(b"Font", "F", out);
}

/// What in the copy is not a page, or does not hold together; empty when it is only pages.
/// `pages` is the number of pages the copy should have.
pub fn structure_problems(bytes: &[u8], pages: u32) -> Vec<String> {
    let mut out = Vec::new();
    let count = |needle: &[u8]| bytes.windows(needle.len()).filter(|w| *w == needle).count();
    if count(b"startxref") != 1 || count(b"%%EOF") != 1 {
        out.push("Kopian har mer än en version (en inkrementell uppdatering har lagts till).".into());
    }
    let end = bytes.windows(5).rposition(|w| w == b"%%EOF").map(|i| i + 5).unwrap_or(bytes.len());
    if bytes[end..].iter().any(|b| !b.is_ascii_whitespace()) {
        out.push("Kopian har data efter filens slut.".into());
    }
    let doc = match lopdf::Document::load_mem(bytes) {
        Ok(d) => d,
        Err(e) => {
            out.push(format!("Kopian kunde inte läsas tillbaka ({e})."));
            return out;
        }
    };
    keys_within(&doc.trailer, &[b"Size", b"Root"], "Filens trailer", &mut out);
    forbidden_in(&doc.trailer, &mut out);
    for o in doc.objects.values() {
        forbidden_anywhere(o, &mut out);
        let (d, stream) = match o {
            Object::Dictionary(d) => (d, false),
            Object::Stream(s) => (&s.dict, true),
            _ => {
                out.push("Kopian innehåller ett oväntat objekt.".into());
                continue;
            }
        };
        match (name_of(d, b"Type"), stream) {
            (Some(b"Catalog"), false) => keys_within(d, &[b"Type", b"Pages"], "Katalogen", &mut out),
            (Some(b"Pages"), false) => keys_within(d, &[b"Type", b"Kids", b"Count", b"Parent"], "Sidträdet", &mut out),
            (Some(b"Page"), false) => {
                keys_within(d, &[b"Type", b"Parent", b"MediaBox", b"Resources", b"Contents"], "En sida", &mut out);
                resources(d, &mut out);
            }
            (Some(b"Font"), false) => {
                keys_within(d, &[b"Type", b"Subtype", b"BaseFont", b"Encoding"], "Typsnittet", &mut out);
                if name_of(d, b"BaseFont") != Some(b"Helvetica") {
                    out.push("Kopian innehåller ett inbäddat eller okänt typsnitt.".into());
                }
            }
            (Some(b"XObject"), true) => {
                keys_within(
                    d,
                    &[b"Type", b"Subtype", b"Width", b"Height", b"ColorSpace", b"BitsPerComponent", b"Filter", b"Length"],
                    "En bild",
                    &mut out,
                );
                if name_of(d, b"Subtype") != Some(b"Image") {
                    out.push("Kopian innehåller ett formulärobjekt eller annat än bilder.".into());
                }
            }
            (None, true) => keys_within(d, &[b"Length", b"Filter"], "Ett innehållsflöde", &mut out),
            (t, _) => out.push(format!(
                "Kopian innehåller ett oväntat objekt{}.",
                t.map(|t| format!(" av typen /{}", String::from_utf8_lossy(t))).unwrap_or_default()
            )),
        }
    }
    let n = doc.get_pages().len() as u32;
    if n != pages {
        out.push(format!("Kopian har {n} sidor, originalet {pages}."));
    }
    out.sort();
    out.dedup();
    out
}
