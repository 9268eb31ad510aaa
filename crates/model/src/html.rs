//! The web diary as static HTML. The preview pane shows [`case_page`] of the live projection and
//! the export writes the same function's output, so the two are the same bytes.

use crate::projection::{Hidden, Marking, ProjectedCase, ProjectedDocument, Projection};
use std::fmt::Write;

const CSS: &str = include_str!("../../../assets/webbdiarium.css");

pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// The file name of a case's page in the export: `RS-399-2021.html`.
pub fn case_file_name(number: &str) -> String {
    let safe: String = number.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    format!("{safe}.html")
}

/// Where a published file lives in the export, relative to the export root.
pub fn published_file_path(sha256: &str) -> String {
    format!("filer/{sha256}.pdf")
}

fn marking_label(m: Marking, reference: Option<&str>, case: bool) -> String {
    match (m, case) {
        (Marking::Secrecy, true) => format!("Sekretessmarkerat ärende ({})", reference.unwrap_or("OSL")),
        (Marking::Secrecy, false) => format!("Sekretessmarkerad handling ({})", reference.unwrap_or("OSL")),
        (Marking::PersonalData, _) => "Innehåller personuppgifter".to_string(),
    }
}

fn hidden_reason<'a>(hidden: &'a [Hidden], field: &str) -> Option<&'a str> {
    hidden.iter().find(|h| h.field == field).map(|h| h.reason.as_str())
}

fn field(out: &mut String, label: &str, value: Option<&str>, hidden: &[Hidden], name: &str) {
    match (value, hidden_reason(hidden, name)) {
        (Some(v), _) => {
            let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", label, escape(v));
        }
        (None, Some(r)) => {
            let _ = writeln!(out, "<dt>{}</dt><dd class=\"dold\">Dold: {}</dd>", label, escape(r));
        }
        (None, None) => {}
    }
}

fn markings(out: &mut String, ms: &[Marking], reference: Option<&str>, case: bool) {
    if ms.is_empty() {
        return;
    }
    out.push_str("<p class=\"markeringar\">");
    for m in ms {
        let _ = write!(out, "<span class=\"markering\">{}</span>", escape(&marking_label(*m, reference, case)));
    }
    out.push_str("</p>\n");
}

fn case_section(out: &mut String, c: &ProjectedCase) {
    let number = c.number.as_deref().unwrap_or("Nytt ärende");
    let _ = writeln!(out, "<h1><span class=\"diarienummer\">{}</span> {}</h1>", escape(number), escape(&c.title));
    markings(out, &c.markings, c.secrecy_reference.as_deref(), true);
    out.push_str("<dl class=\"arende\">\n");
    field(out, "Ärendetyp", c.case_type.as_deref(), &c.hidden, "case_type");
    field(out, "Status", Some(c.status.label_sv()), &c.hidden, "status");
    field(out, "Registreringsdatum", Some(&c.registered.format("%Y-%m-%d").to_string()), &c.hidden, "registered");
    let pd = c.publish_date.map(|d| d.format("%Y-%m-%d").to_string());
    field(out, "Publiceringsdatum", pd.as_deref(), &c.hidden, "publish_date");
    field(out, "Enhet", c.unit.as_deref(), &c.hidden, "unit");
    field(out, "Handläggare", c.officer.as_deref(), &c.hidden, "officer");
    field(out, "Beskrivning", c.description.as_deref(), &c.hidden, "description");
    field(out, "Motpart", c.counterpart.as_deref(), &c.hidden, "counterpart");
    out.push_str("</dl>\n");
}

fn document_row(out: &mut String, d: &ProjectedDocument, link_prefix: &str) {
    out.push_str("<tr>");
    let _ = write!(out, "<td class=\"nr\">{}</td>", escape(d.number.as_deref().unwrap_or("Ny handling")));
    let _ = write!(out, "<td class=\"datum\">{}</td>", d.date.format("%Y-%m-%d"));
    let _ = write!(out, "<td>{}</td>", d.direction.label_sv());
    let _ = write!(out, "<td>{}</td>", escape(&d.document_type));
    out.push_str("<td>");
    out.push_str(&escape(&d.title));
    if !d.markings.is_empty() {
        out.push_str("<br>");
        for m in &d.markings {
            let _ = write!(out, "<span class=\"markering\">{}</span>", escape(&marking_label(*m, d.secrecy_reference.as_deref(), false)));
        }
    }
    out.push_str("</td>");
    match (&d.counterpart, hidden_reason(&d.hidden, "counterpart")) {
        (Some(c), _) => {
            let _ = write!(out, "<td>{}</td>", escape(c));
        }
        (None, Some(r)) => {
            let _ = write!(out, "<td class=\"dold\">Dold: {}</td>", escape(r));
        }
        (None, None) => out.push_str("<td></td>"),
    }
    match (&d.file, hidden_reason(&d.hidden, "file")) {
        (Some(f), _) => {
            let _ = write!(
                out,
                "<td class=\"fil\"><a href=\"{}{}\" download=\"{}\">{}</a></td>",
                link_prefix,
                escape(&published_file_path(&f.sha256)),
                escape(&f.name),
                escape(&f.name)
            );
        }
        (None, Some(r)) => {
            let _ = write!(out, "<td class=\"dold\">Dokumentfilen publiceras inte: {}</td>", escape(r));
        }
        (None, None) => out.push_str("<td>Ingen fil</td>"),
    }
    out.push_str("</tr>\n");
}

fn head(out: &mut String, title: &str) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = write!(out, "<title>{}</title>\n<style>\n{}</style>\n</head>\n", escape(title), CSS);
}

/// One case's page in the web diary. Pages live one folder below the export root.
pub fn case_page(p: &Projection) -> String {
    let mut out = String::with_capacity(4096 + p.documents.len() * 512);
    let number = p.case.number.as_deref().unwrap_or("Nytt ärende");
    head(&mut out, &format!("{} – {}", number, p.case.title));
    let _ = write!(out, "<body>\n<main class=\"webbdiarium {}\">\n", p.audience.id());
    let _ = writeln!(out, "<p class=\"malgrupp\">{}</p>", escape(&p.audience_name));
    case_section(&mut out, &p.case);
    out.push_str("<h2>Handlingar</h2>\n");
    if p.documents.is_empty() {
        out.push_str("<p class=\"tom\">Inga handlingar.</p>\n");
    } else {
        out.push_str("<table class=\"handlingar\">\n<thead><tr><th>Handlingsnummer</th><th>Datum</th><th>Riktning</th><th>Handlingstyp</th><th>Rubrik</th><th>Avsändare/mottagare</th><th>Dokumentfil</th></tr></thead>\n<tbody>\n");
        for d in &p.documents {
            document_row(&mut out, d, "../");
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The export's index: every case, newest first, linking to its page.
pub fn index_page(audience_name: &str, cases: &[Projection]) -> String {
    let mut out = String::with_capacity(1024 + cases.len() * 256);
    head(&mut out, audience_name);
    out.push_str("<body>\n<main class=\"webbdiarium index\">\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(audience_name));
    let _ = writeln!(out, "<p>{} ärenden. Sökbar data finns i <a href=\"sok.json\">sok.json</a>.</p>", cases.len());
    out.push_str("<table class=\"arenden\">\n<thead><tr><th>Diarienummer</th><th>Registrerat</th><th>Ärendemening</th><th>Status</th><th>Handlingar</th></tr></thead>\n<tbody>\n");
    for p in cases {
        let c = &p.case;
        let number = c.number.as_deref().unwrap_or_default();
        let _ = writeln!(
            out,
            "<tr><td><a href=\"arenden/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&case_file_name(number)),
            escape(number),
            c.registered.format("%Y-%m-%d"),
            escape(&c.title),
            c.status.label_sv(),
            p.documents.len()
        );
    }
    out.push_str("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    out
}
