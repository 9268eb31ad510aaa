//! Test aid: a masker that fails. Appends an incremental update to a copy that writes `text`
//! back onto its first page – what verification must catch (an extra revision, text a tool can
//! read). Used by this crate's tests and, through the worker's test faults, by the core's.

use lopdf::Object;

/// `copy` with a revision appended that draws `text` on page 1 (in the copy's label font).
pub fn append_text_revision(copy: &[u8], text: &str) -> Vec<u8> {
    let Ok(doc) = lopdf::Document::load_mem(copy) else { return copy.to_vec() };
    let Some(&page) = doc.get_pages().get(&1) else { return copy.to_vec() };
    let Ok(dict) = doc.get_object(page).and_then(|o| o.as_dict()) else { return copy.to_vec() };
    let reference = |key: &[u8]| match dict.get(key) {
        Ok(Object::Reference(r)) => Some(r.0),
        _ => None,
    };
    let (Some(contents), Some(parent)) = (reference(b"Contents"), reference(b"Parent")) else { return copy.to_vec() };
    let start = copy.windows(9).rposition(|w| w == b"startxref").unwrap_or(0);
    let prev: usize = String::from_utf8_lossy(&copy[start + 9..]).split_whitespace().next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let media = match dict.get(b"MediaBox") {
        Ok(Object::Array(a)) => a.iter().map(|o| o.as_float().unwrap_or(0.0).to_string()).collect::<Vec<_>>().join(" "),
        _ => "0 0 595 842".into(),
    };
    let escaped: String = text.chars().filter(|c| c.is_ascii() && *c != '(' && *c != ')' && *c != '\\').collect();
    let content = format!("BT 0 0 0 rg /F0 11 Tf 72 720 Td ({escaped}) Tj ET");
    let next = doc.max_id + 1;
    let mut out = copy.to_vec();
    let stream_at = out.len();
    out.extend_from_slice(format!("{next} 0 obj\n<< /Length {} >>\nstream\n{content}\nendstream\nendobj\n", content.len()).as_bytes());
    let page_at = out.len();
    out.extend_from_slice(
        format!(
            "{} 0 obj\n<< /Type /Page /Parent {parent} 0 R /MediaBox [{media}] /Contents [{contents} 0 R {next} 0 R] /Resources << /XObject << /Im0 {} 0 R >> /Font << /F0 3 0 R >> >> >>\nendobj\n",
            page.0,
            contents - 1
        )
        .as_bytes(),
    );
    let xref = out.len();
    out.extend_from_slice(
        format!(
            "xref\n{} 1\n{page_at:010} 00000 n \n{next} 1\n{stream_at:010} 00000 n \ntrailer\n<< /Size {} /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n",
            page.0,
            next + 1
        )
        .as_bytes(),
    );
    out
}
