//! Swedish personal-data detection on plain text.
//!
//! The input is text as it reads (a PDF page rebuilt into lines, or a form field); the output is a list
//! of [`Finding`]s with byte ranges into that text, so callers can map them back to character boxes.
//! Nothing here knows about PDFs, windows or storage.
//!
//! One pass tokenises the text; names are dictionary look-ups over the tokens (`data/names.tsv`),
//! structured identifiers are a handful of compiled regexes with checks (Luhn, mod 97, lengths), and
//! the sensitive categories are one combined regex whose hits are weighed by whether a person is
//! concerned nearby (a name, a personnummer, "jag", "patienten" ...).
//!
//! Names have three voters: the lists and rules (`names.rs`), a learned tagger (`ner/`, an averaged
//! perceptron trained on a CC BY 4.0 Swedish news corpus, see `data/NOTICE.md`) and the page itself
//! (a part of a full name found earlier makes its later mentions names). Health terms also come from a
//! medical vocabulary (`data/medical.txt`) looked up per token, compounds by their head. A finding's
//! explanation says which voter found it.
//!
//! The sensitive categories have a last voter: a clause classifier (`clause/`, an averaged perceptron
//! over the words, affixes and word pairs of a clause, its label and the clause before; `data/clause.bin`,
//! trained on this repository's own hand-written documents). Rules list phrases; the model has seen
//! how a statement about a person's health, care, offences or faith reads when no listed phrase is in
//! it ("tappade synen på ena ögat"). It only adds: a clause the rules already gave that category is
//! left to them, a clause on a governing page or far from any person is not flagged, and neither is a
//! question, a rule for whoever it concerns ("beviljas den som …") or a single word (a heading, a
//! label: left to the vocabulary).

mod category;
#[doc(hidden)]
pub mod clause;
mod contact;
mod lexicon;
mod names;
#[doc(hidden)]
pub mod ner;
mod perceptron;
pub mod personnummer;
mod sensitive;
mod text;

pub use category::{Category, Severity};

use serde::Serialize;
use std::borrow::Cow;

/// One piece of personal data found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub category: Category,
    /// Byte range into the text given to [`detect`]; always on char boundaries.
    pub start: usize,
    pub end: usize,
    /// The matched text, as it appears in the input.
    pub text: String,
    /// 0.0 ..= 1.0
    pub confidence: f32,
    /// A short Swedish explanation of why it was flagged (which rule, which context).
    pub explanation: String,
}

impl Finding {
    pub fn severity(&self) -> Severity {
        self.category.severity()
    }
}

/// Tuning for [`detect_with`].
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Findings below this confidence are dropped. [`detect`] uses [`Options::DEFAULT_MIN_CONFIDENCE`].
    pub min_confidence: f32,
}

impl Options {
    pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;
}

impl Default for Options {
    fn default() -> Self {
        Options { min_confidence: Self::DEFAULT_MIN_CONFIDENCE }
    }
}

/// A candidate before overlaps are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub cat: Category,
    pub start: usize,
    pub end: usize,
    pub conf: f32,
    pub expl: Cow<'static, str>,
}

impl Cand {
    pub fn new(cat: Category, start: usize, end: usize, conf: f32, expl: impl Into<Cow<'static, str>>) -> Self {
        Cand { cat, start, end, conf, expl: expl.into() }
    }
}

/// Loads the dictionaries and compiles the patterns now (they are otherwise built on first use).
pub fn warm_up() {
    lexicon::warm_up();
    sensitive::warm_up();
    let _ = ner::model();
    let _ = detect("Anna Svensson, Storgatan 1, 831 30 Östersund, 070-123 45 67.");
}

/// Sizes of the compiled dictionaries: (first names, surnames, places, ordinary words).
pub fn dictionary_sizes() -> (usize, usize, usize, usize) {
    lexicon::sizes()
}

/// Finds all personal data in `text`, ordered by start offset.
pub fn detect(text: &str) -> Vec<Finding> {
    detect_with(text, &Options::default())
}

fn priority(c: Category) -> u8 {
    match c {
        Category::PersonalId => 100,
        Category::Email => 95,
        Category::BankAccount => 90,
        Category::Phone => 85,
        Category::Vehicle => 70,
        Category::Address => 75,
        Category::Name => 60,
        _ => 50,
    }
}

fn structured(c: Category) -> bool {
    matches!(
        c,
        Category::PersonalId
            | Category::Email
            | Category::BankAccount
            | Category::Phone
            | Category::Vehicle
            | Category::Address
            | Category::Name
    )
}

const FIRST_PERSON: &[&str] = &["jag", "mig", "mej", "min", "mitt", "mina", "undertecknad", "undertecknade"];
/// The addressee of a letter or an e-mail: a person only where the page is written to someone
/// named at its top (an address block, "Hej Samir"); a guideline's "du" is anyone.
const SECOND_PERSON: &[&str] = &["du", "dig", "din", "ditt", "dina"];
const THIRD_PERSON: &[&str] = &[
    "han",
    "hon",
    "hen",
    "hans",
    "hennes",
    "henne",
    "honom",
    "patienten",
    "patientens",
    "brukaren",
    "brukarens",
    "klienten",
    "klientens",
    "personen",
    "personens",
    "barnet",
    "barnets",
    "eleven",
    "elevens",
    "sonen",
    "sonens",
    "dottern",
    "dotterns",
    "modern",
    "fadern",
    "mamman",
    "pappan",
    "vårdnadshavaren",
    "vårdnadshavarna",
    "vårdnadshavarens",
    "sökanden",
    "sökandens",
    "anmälaren",
    "anmälarens",
    "kvinnan",
    "kvinnans",
    "mannen",
    "mannens",
    "pojken",
    "pojkens",
    "flickan",
    "flickans",
    "maken",
    "makens",
    "makan",
    "makans",
    "sambon",
    "sambons",
    "medarbetaren",
    "medarbetarens",
    "arbetstagaren",
    "arbetstagarens",
    "den anställde",
    "enskilde",
    "den enskilde",
    "ynglingen",
    "den unge",
    "ungdomen",
    "klaganden",
    "den avlidne",
    "avlidne",
    "mottagaren",
    "boende",
    "den boende",
    "hyresgästen",
    "föräldern",
    "föräldrarna",
    "familjen",
    "sökande",
    "patient",
    "brukare",
];
const GENERIC: &[&str] = &[
    "ska",
    "skall",
    "bör",
    "rutin",
    "rutinen",
    "riktlinje",
    "riktlinjen",
    "riktlinjer",
    "policy",
    "policyn",
    "medarbetare",
    "verksamheten",
    "verksamhetens",
    "handbok",
    "instruktion",
    "ansvarar",
    "exempelvis",
    "såsom",
    "syfte",
    "syftet",
    "gäller",
    "tillämpas",
    "regionens",
    "kommunens",
    "förvaltningen",
    "processen",
];

/// Rules in everyday words (what a person does or cannot do) rather than terms of a domain.
const PLAIN_RULES: &[&str] = &[
    "Skada (kroppsdel)",
    "Självskada eller överdos",
    "Funktionsbegränsning",
    "Fall eller tillstånd",
    "Behandling (i vardagliga ord)",
    "Missbruk (bruk av alkohol eller droger)",
    "Samordnad individuell plan eller öppenvårdsinsats",
    "Uppgift om var en person bor får inte lämnas ut",
];

/// Speakers in a chat log or a transcript ("danne:  tja", "23:47  danne:  sover du"): the same label
/// before a colon at the start of two or more lines, in lower or upper case, that is no ordinary word
/// and no form label, is a person's name or nickname.
fn speaker_labels(t: &str, toks: &[text::Tok], cands: &mut Vec<Cand>) {
    let mut seen: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    let mut buf = String::with_capacity(16);
    for tk in toks {
        if tk.kind != text::Kind::Word || !t[tk.end..].starts_with(':') {
            continue;
        }
        // First on its line, or after a time stamp ("23:47").
        let (ls, _) = text::line_bounds(t, tk.start);
        let head = t[ls..tk.start].trim();
        if !(head.is_empty() || head.bytes().all(|b| b.is_ascii_digit() || b == b':' || b == b'.' || b == b'[' || b == b']')) {
            continue;
        }
        let next = &t[tk.end + 1..];
        if !next.starts_with([' ', '\t']) {
            continue;
        }
        lexicon::lower_into(tk.text(t), &mut buf);
        if buf.chars().count() < 3 || !buf.chars().all(char::is_alphabetic) || lexicon::is_word(&buf) {
            continue;
        }
        // A capitalised label is a form's field ("Lagrum:", "Yrkande:") unless it is a first name.
        if tk.cap && lexicon::flags(&buf) & lexicon::FIRST == 0 {
            continue;
        }
        match seen.iter_mut().find(|(w, _)| *w == buf) {
            Some((_, at)) => at.push((tk.start, tk.end)),
            None => seen.push((buf.clone(), vec![(tk.start, tk.end)])),
        }
    }
    for (_, at) in seen {
        if at.len() < 2 {
            continue;
        }
        for (s, e) in at {
            if !cands.iter().any(|c| c.cat == Category::Name && c.start < e && s < c.end && c.conf > 0.0) {
                cands.push(Cand::new(Category::Name, s, e, 0.75, "Namn som talare i en chatt eller ett samtal (sammanhang)"));
            }
        }
    }
}

const WEEKDAYS: &[&str] =
    &["mån", "tis", "ons", "tor", "tors", "fre", "lör", "sön", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str())
}

/// The span is weekdays only, on a line with three weekdays or more (a table's header).
fn weekday_header(t: &str, start: usize, end: usize) -> bool {
    let (ls, le) = text::line_bounds(t, start);
    t[start..end].split_whitespace().all(is_weekday) && t[ls..le].split_whitespace().filter(|w| is_weekday(w)).count() >= 3
}

/// A row of marks ("X     X     L     X"), as an attendance list has: its letters are no parties.
fn mark_row(t: &str, at: usize) -> bool {
    let (ls, le) = text::line_bounds(t, at);
    t[ls..le].split_whitespace().filter(|w| w.eq_ignore_ascii_case("x")).count() >= 2
}

/// The blanks between two cells of a table row: a tab, or two spaces or more.
fn cell_gap(g: &str) -> bool {
    g.contains('\t') || g.len() >= 2
}

/// A party written beside a person's name is their party membership: "Anna Lind (S)" in minutes
/// and press text (also "(s)"), or a party column beside a name in a table row (cells apart by two
/// spaces or a tab, so that an initial before a surname is not taken for a party).
fn parties(t: &str, cands: &mut Vec<Cand>, from: usize) {
    fn party(w: &str, parenthesised: bool) -> bool {
        const UPPER: &[&str] = &["S", "M", "SD", "C", "V", "KD", "L", "MP", "FI", "Fi", "PP"];
        UPPER.contains(&w) || (parenthesised && ["s", "m", "sd", "c", "v", "kd", "l", "mp", "fp"].contains(&w))
    }
    let mut extra = Vec::new();
    for c in cands[from..].iter_mut() {
        if c.cat != Category::Name || c.conf < 0.5 {
            continue;
        }
        // A party cell joined to the name after it ("S        Bengt Persson"): split it off.
        let span = &t[c.start..c.end];
        if let Some(k) = span.find(|ch: char| ch.is_whitespace()) {
            let gap = &span[k..];
            let rest = gap.trim_start();
            if party(&span[..k], false) && cell_gap(&gap[..gap.len() - rest.len()]) && !rest.is_empty() {
                extra.push(Cand::new(Category::Political, c.start, c.start + k, 0.8, "Parti i kolumnen bredvid en persons namn"));
                c.start = c.end - rest.len();
                continue;
            }
        }
        let rest = &t[c.end..];
        let after = rest.trim_start_matches([' ', '\t']);
        let at = c.end + (rest.len() - after.len());
        if let Some(u) = union_beside(after, &rest[..rest.len() - after.len()]) {
            extra.push(Cand::new(Category::Union, at + u.0, at + u.1, 0.82, "Fackförbund angivet efter en persons namn"));
            continue;
        }
        if let Some(inner) = after.strip_prefix('(') {
            if let Some(g) = GROUPS_IN_BRACKETS.iter().find(|g| inner.strip_prefix(**g).is_some_and(|r| r.starts_with(')'))) {
                extra.push(Cand::new(
                    Category::Political,
                    at + 1,
                    at + 1 + g.len(),
                    0.85,
                    "Parti eller nomineringsgrupp efter en persons namn",
                ));
                continue;
            }
            if let Some(k) = inner.find(')').filter(|&k| k <= 3) {
                if party(&inner[..k], true) {
                    extra.push(Cand::new(Category::Political, at + 1, at + 1 + k, 0.85, "Parti angivet efter en persons namn"));
                }
                continue;
            }
        }
        // Table cells: the party in the cell after the name, or in the one before it at the start of the row.
        let cell = after.split(|ch: char| ch.is_whitespace()).next().unwrap_or("");
        let cell_ends =
            after[cell.len()..].chars().next().is_none_or(|ch| ch == '\n' || ch == '\t' || after[cell.len()..].starts_with("  "));
        if !cell.is_empty() && party(cell, false) && cell_gap(&rest[..rest.len() - after.len()]) && cell_ends && !mark_row(t, at) {
            extra.push(Cand::new(Category::Political, at, at + cell.len(), 0.8, "Parti i kolumnen bredvid en persons namn"));
            continue;
        }
        let (ls, _) = text::line_bounds(t, c.start);
        let head = &t[ls..c.start];
        let cell = head.trim_end_matches([' ', '\t']);
        if party(cell.trim_start(), false) && cell_gap(&head[cell.len()..]) && !mark_row(t, ls) {
            let s = ls + (cell.len() - cell.trim_start().len());
            extra.push(Cand::new(Category::Political, s, ls + cell.len(), 0.8, "Parti i kolumnen bredvid en persons namn"));
        }
    }
    cands.extend(extra);
}

/// Trade unions by the names a registry meets (the sensitive rules name them in their phrases too).
const UNIONS: &[&str] = &[
    "Akademikerförbundet SSR",
    "Sveriges Lärare",
    "Sveriges läkarförbund",
    "Sveriges Ingenjörer",
    "Fackförbundet ST",
    "IF Metall",
    "GS-facket",
    "Hotell- och restaurangfacket",
    "Kommunal",
    "Vision",
    "Vårdförbundet",
    "Unionen",
    "Lärarförbundet",
    "Läkarförbundet",
    "Byggnads",
    "Handels",
    "Seko",
    "SEKO",
    "Ledarna",
    "Fysioterapeuterna",
    "Naturvetarna",
    "Akavia",
    "Transport",
    "Fastighets",
    "Elektrikerförbundet",
    "Målareförbundet",
    "Polisförbundet",
    "Psykologförbundet",
    "Farmaciförbundet",
    "Tandläkarförbundet",
    "Journalistförbundet",
    "Finansförbundet",
    "Vårdfacket",
    "Skogs- och träfacket",
    "Kyrkans Akademikerförbund",
    "Lärarnas Riksförbund",
    "SSR",
    "Saco",
    "TCO",
];

/// A union written right after a person's name: "Kerstin Alm (Kommunal)", "Annelie Jonsson, Vision,"
/// in a list of union representatives, or the next cell of a table row. `after` is the text after
/// the name without the blanks (`gap`) between. Returns the union's span within `after`.
fn union_beside(after: &str, gap: &str) -> Option<(usize, usize)> {
    let (skip, close): (usize, &[char]) = if after.starts_with('(') {
        (1, &[')'])
    } else if let Some(comma) = after.strip_prefix(',') {
        let inner = comma.trim_start_matches(' ');
        (after.len() - inner.len(), &[',', ';', '.', ')', '\n'])
    } else if cell_gap(gap) {
        (0, &['\n'])
    } else {
        return None;
    };
    let body = &after[skip..];
    let u = UNIONS.iter().find(|u| body.starts_with(**u))?;
    // The local branch is part of the name: "Kommunal sektion Jämtland", "Vision avd. Östersund".
    let len = u.len() + branch_len(&body[u.len()..]);
    let next = &body[len..];
    // In brackets the union ends at ')'; in a list or a cell also at the next cell, a bracket
    // ("Kommunal (§ 9)") or the line's end.
    let open_ended = close.contains(&'\n');
    let ends = next.is_empty()
        || next.starts_with(close)
        || open_ended
            && (next.starts_with("  ") || next.starts_with('\t') || next.starts_with(" (") || next.trim_start_matches(' ').is_empty());
    ends.then_some((skip, skip + len))
}

/// The length of a union's branch written after its name (" sektion Jämtland", " avd. 12"), or 0.
fn branch_len(next: &str) -> usize {
    for word in [" sektion ", " avdelning ", " avd. ", " klubb "] {
        if let Some(rest) = next.strip_prefix(word) {
            let name = rest.split(|c: char| !(c.is_alphanumeric() || c == '-')).next().unwrap_or("");
            if name.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
                return word.len() + name.len();
            }
        }
    }
    0
}

/// Party names and church-election nomination groups written out in brackets after a name:
/// "Maja Sjödin (Frimodig kyrka)", "Karl Bodin (POSK)", "Eva Ek (Centerpartiet)".
const GROUPS_IN_BRACKETS: &[&str] = &[
    "Socialdemokraterna",
    "Moderaterna",
    "Sverigedemokraterna",
    "Centerpartiet",
    "Vänsterpartiet",
    "Kristdemokraterna",
    "Liberalerna",
    "Miljöpartiet",
    "POSK",
    "Frimodig kyrka",
    "Öppen kyrka",
    "Borgerligt alternativ",
    "Kyrklig samling",
    "Vänstern i Svenska kyrkan",
];

/// Like [`detect`], with options.
pub fn detect_with(t: &str, opts: &Options) -> Vec<Finding> {
    detect_known(t, opts, &[])
}

/// What a document's earlier pages taught about it: the names found there, so that a later page's
/// lone surname ("Vik förnekar brott" on page 3 of a judgement that named Jonas Vik on page 1) is
/// found too. Pages are scanned in order; a name first written in full on a later page is not
/// carried back.
#[derive(Debug, Clone, Default)]
pub struct DocumentContext {
    names: Vec<String>,
}

impl DocumentContext {
    /// At most this many name parts are carried (a register of thousands of names stays cheap).
    const MAX_NAMES: usize = 400;
}

/// Like [`detect_with`] for one page of a document whose earlier pages went through the same
/// `doc`; learns this page's names for the pages after it.
pub fn detect_page(t: &str, opts: &Options, doc: &mut DocumentContext) -> Vec<Finding> {
    let found = detect_known(t, opts, &doc.names);
    for f in &found {
        if f.category == Category::Name && doc.names.len() < DocumentContext::MAX_NAMES {
            names::name_parts(&f.text, f.confidence, &mut doc.names);
        }
    }
    found
}

fn detect_known(original: &str, opts: &Options, known: &[String]) -> Vec<Finding> {
    if original.trim().is_empty() {
        return Vec::new();
    }
    // A quoted e-mail ("> ") breaks a sentence at each line's marker: read it without the markers
    // (same offsets, so the findings point into the original).
    let dequoted = text::without_quote_marks(original);
    let t: &str = dequoted.as_deref().unwrap_or(original);
    let toks = text::tokenize(t);
    let mut cands: Vec<Cand> = Vec::with_capacity(32);

    // Personnummer.
    for m in personnummer::find_all(t) {
        let mut conf = 0.99;
        let pre_s = text::floor_char(t, m.start.saturating_sub(30));
        let pre = t[pre_s..m.start].to_lowercase();
        let digits_only = t[m.start..m.end].bytes().all(|b| b.is_ascii_digit());
        if digits_only
            && t.as_bytes()[m.start] == b'0'
            && contact::has_word(&pre, &["tel", "telefon", "tfn", "mobil", "mobilnummer", "ring", "sms"])
        {
            conf = 0.3;
        }
        if digits_only && t.as_bytes()[m.start] == b'0' && contact::in_phone_column(t, m.start) {
            conf = 0.3;
        }
        if contact::has_word(
            &pre,
            &[
                "faktura",
                "fakturanummer",
                "fakturanr",
                "ocr",
                "kundnummer",
                "kundnr",
                "ordernummer",
                "ordernr",
                "artikelnummer",
                "referensnummer",
                "avtalsnummer",
            ],
        ) && !contact::has_word(&pre, &["personnummer", "pnr", "personnr", "samordningsnummer"])
        {
            conf = 0.35;
        }
        cands.push(Cand::new(Category::PersonalId, m.start, m.end, conf, m.explanation()));
    }
    contact::emails(t, &mut cands);
    contact::phones(t, &mut cands);
    contact::foreign_phones(t, &mut cands);
    contact::bank(t, &mut cands);
    contact::addresses(t, &mut cands);
    contact::vehicles(t, &mut cands);
    let before_names = cands.len();
    names::names(t, &toks, &mut cands, known);
    names::lowercase_names(t, &toks, &mut cands);
    // Names inside an e-mail address or a web address are part of it. A table's header of
    // weekdays ("Mån  Tis  Ons  Tor  Fre") holds no names, though "Tor" is one.
    {
        let (struct_part, name_part) = cands.split_at_mut(before_names);
        for n in name_part.iter_mut() {
            let in_email = struct_part.iter().any(|c| c.cat == Category::Email && c.start < n.end && n.start < c.end);
            if in_email || n.cat == Category::Name && (weekday_header(t, n.start, n.end) || pet_before(t, n.start)) {
                n.conf = 0.0;
            }
        }
    }

    speaker_labels(t, &toks, &mut cands);
    health_columns(t, &mut cands);
    parties(t, &mut cands, before_names);

    // Subject anchors for the sensitive categories.
    let mut anchors: Vec<(usize, u8)> = Vec::new(); // (pos, 2 strong | 1 weak)
    for c in &cands {
        if (c.cat == Category::Name || c.cat == Category::PersonalId) && c.conf >= 0.5 {
            anchors.push((c.start, 2));
        }
    }
    let mut generic = 0usize;
    let mut first_person = 0usize;
    let mut second_person = Vec::new();
    let mut lb = String::with_capacity(16);
    for (i, tk) in toks.iter().enumerate() {
        if tk.kind != text::Kind::Word {
            continue;
        }
        lexicon::lower_into(tk.text(t), &mut lb);
        if crate::word_set!(FIRST_PERSON).contains(&lb.as_str()) {
            anchors.push((tk.start, 3));
            first_person += 1;
        } else if crate::word_set!(THIRD_PERSON).contains(&lb.as_str()) {
            // "den enskilde" in general text is not a person; the plain word is weaker.
            let prev_den = i > 0 && toks[i - 1].text(t).eq_ignore_ascii_case("den");
            if !(prev_den && lb == "enskilde") {
                anchors.push((tk.start, 1));
            }
        } else if crate::word_set!(GENERIC).contains(&lb.as_str()) {
            generic += 1;
        } else if crate::word_set!(SECOND_PERSON).contains(&lb.as_str()) {
            second_person.push(tk.start);
        }
    }
    // A page that carries a valid personnummer is a record about someone, however many "ska" and
    // "gäller" its decision formulas hold.
    let has_id = cands.iter().any(|c| c.cat == Category::PersonalId && c.conf >= 0.5);
    let generic_page = generic >= 3 && generic > 2 * first_person && !has_id;
    // A letter to a named person: its "du" is that person (weakly, as "hon" is).
    if !generic_page && !second_person.is_empty() && addressed_to_someone(t, &cands) {
        anchors.extend(second_person.iter().map(|&p| (p, 1)));
    }
    anchors.sort_unstable();
    let short_field = t.len() <= 200 && !t.trim().contains('\n');
    let generic_title = short_field
        && (generic > 0 || {
            let l = t.to_lowercase();
            contact::has_word(
                &l,
                &[
                    "känsliga",
                    "personuppgifter",
                    "uppgifter",
                    "rutin",
                    "riktlinje",
                    "riktlinjer",
                    "policy",
                    "plan",
                    "handbok",
                    "mall",
                    "instruktion",
                    "information",
                    "utbildning",
                    "statistik",
                    "rapport",
                    "uppföljning",
                    "revidering",
                    "handlingsplan",
                    "program",
                    "strategi",
                ],
            )
        });
    // A page about one person: a name or personnummer, and someone spoken of as a person
    // ("jag", "hon", "patienten"). A protocol's list of members alone is not enough.
    let page_has_person = !generic_page
        && anchors.iter().any(|a| a.1 == 2)
        && (anchors.iter().any(|a| a.1 != 2) || cands.iter().any(|c| c.cat == Category::PersonalId && c.conf >= 0.5));
    let sents = text::sentence_starts(t);
    let mut answered = std::collections::HashSet::new();
    for h in sensitive::find(t, &toks) {
        let si = text::sentence_of(&sents, h.start);
        let ws = sents[si.saturating_sub(1)].max(h.start.saturating_sub(300));
        let ei = text::sentence_of(&sents, h.end.saturating_sub(1));
        let we = sents.get(ei + 1).copied().unwrap_or(t.len()).min(h.end + 200);
        let lo = anchors.partition_point(|a| a.0 < ws);
        let mut best = 0u8;
        let cur = sents[si];
        for a in &anchors[lo..] {
            if a.0 >= we {
                break;
            }
            // "jag", "min" count only in the hit's own sentence; a name or a personnummer also in the one before.
            let v = match a.1 {
                3 if a.0 >= cur => 2,
                3 => 0,
                v => v,
            };
            best = best.max(v);
        }
        let rule = &sensitive::rules()[h.rule];
        // A certificate or a journal named as an attachment is a document type, not a person's health;
        // so is one listed under a heading "Bilagor".
        if rule.expl == "Läkarintyg eller journal" {
            let (ls, le) = text::line_bounds(t, h.start);
            let line = t[ls..le].to_lowercase();
            const ATTACH: &[&str] =
                &["bilaga", "bilagor", "bifogat", "bifogas", "bifogad", "bifogade", "bifogar", "medföljer", "handlingar"];
            if contact::has_word(&line, ATTACH) || list_under_heading(t, ls, ATTACH) {
                continue;
            }
        }
        // "får inte lämnas ut" hides a person's whereabouts only when the sentence speaks of them.
        if rule.expl == "Uppgift om var en person bor får inte lämnas ut" {
            let (ls, _) = text::line_bounds(t, h.start);
            let from = text::floor_char(t, h.start.saturating_sub(120)).max(sents[si].min(ls));
            let ctx = t[from..h.start].to_lowercase();
            const WHERE: &[&str] = &[
                "adress",
                "adressen",
                "adresser",
                "adress:",
                "telefonnummer",
                "telefonnumret",
                "kontaktuppgifter",
                "kontaktuppgifterna",
                "bostadsort",
                "bostadsorten",
                "bor",
                "vistas",
                "vistelseort",
                "uppgiften",
                "uppgifterna",
            ];
            if !contact::has_word(&ctx, WHERE) {
                continue;
            }
        }
        // The bare word of a domain ("Diagnos", "LÄKARINTYG FÖR SJUKPENNING", "Facklig tillhörighet:")
        // as a heading or a form label names a field, not a person's data; the value after it does.
        if domain_word(&t[h.start..h.end]) && heading_or_label(t, h.start, h.end) {
            continue;
        }
        if let Some(q) = form_question(t, h.start, h.end) {
            // The ticked answer to it is the person's: "[X] Nej" as much as "[X] Ja – tabletter".
            if let Some((a, b)) = form_answer(t, q) {
                if answered.insert(a) {
                    cands.push(Cand::new(rule.cat, a, b, 0.86, "Svar på en fråga i ett formulär om hälsa eller liknande"));
                }
            }
            continue;
        }
        // "vård för personer med demens", "patienter med diabetes": about a group, not a person.
        let group = generic_before(t, h.start);
        if group && best == 2 {
            // A first person elsewhere in the sentence does not make a group phrase personal.
            best = if anchors[lo..].iter().take_while(|a| a.0 < we).any(|a| a.1 == 2 && a.0 >= cur && is_name_or_id(&cands, a.0)) {
                2
            } else {
                0
            };
        } else if group {
            best = 0;
        }
        // "Diabetesvården i länet": a field of care, unless a person is spoken of close by.
        if best == 0 && sensitive::is_care_compound(&t[h.start..h.end]) {
            continue;
        }
        let factor = if short_field && !generic_title && !group {
            0.95
        } else if best == 2 {
            1.0
        } else if best == 1 && generic_page && PLAIN_RULES.contains(&rule.expl) {
            // A policy's "brukare som inte kan resa sig": plain words about what someone does or
            // cannot do need a named person, not a generic role noun, on a governing page.
            rule.alone * 0.6
        } else if best == 1 {
            if generic_page {
                0.75
            } else {
                0.92
            }
        } else if generic_page || generic_title || group {
            // "personer med samisk bakgrund": a group with no person in sight.
            rule.alone * 0.6
        } else if page_has_person && !group {
            // A page about a named person: the term is likely about them even a few sentences away.
            rule.alone.max(0.7)
        } else {
            rule.alone
        };
        let mut c = sensitive::to_cand(&h, 0.0);
        c.conf = rule.conf * factor;
        // "var\ninlagd på kvinnokliniken": an auxiliary verb alone at the end of the line before is
        // left out, so that the finding is the line's phrase.
        if let Some(nl) = t[c.start..c.end].find('\n') {
            let head = t[c.start..c.start + nl].trim().to_lowercase();
            if matches!(head.as_str(), "var" | "är" | "har" | "hade" | "blev" | "blir" | "låg" | "ligger" | "som") {
                let rest = &t[c.start + nl..c.end];
                c.start += nl + (rest.len() - rest.trim_start().len());
            }
        }
        if best == 0 && page_has_person && !group && !generic_page && factor > rule.alone {
            c.expl = Cow::Owned(format!("{} (sidan rör en utpekad person)", rule.expl));
        } else if factor < 1.0 && best == 0 {
            c.expl = Cow::Owned(format!("{} (ingen person nämns i närheten)", rule.expl));
        } else if best == 2 {
            c.expl = Cow::Owned(format!("{} om en utpekad person", rule.expl));
        }
        cands.push(c);
    }

    // A diary series' code in a diarienummer ("Dnr: BUP 2026/0412", "LVM/12/2026") names the
    // authority's series, not a person's care: the whole registry of a clinic carries it.
    cands.retain(|c| structured(c.cat) || !diary_series(t, c.start, c.end));

    // The clause model votes last: a clause it gives a category the rules found nothing of in that
    // clause becomes a finding of its own, explained as the model's (so a reviewer knows no rule
    // matched). Where a rule already found the category, the rule's finding stands alone.
    // Like a rule, it needs a person: a page about someone, or a person spoken of in or near the
    // clause ("Beslutet ska förhandlas med Kommunal" is about an organisation). A governing page's
    // clauses are left to the rules.
    let names: Vec<(usize, usize)> = cands.iter().filter(|c| c.cat == Category::Name && c.conf >= 0.5).map(|c| (c.start, c.end)).collect();
    for v in if generic_page { Vec::new() } else { clause::vote(t, &names) } {
        let (cat, (a, b), score) = (v.cat, v.clause, v.score);
        if cands.iter().any(|c| c.cat == cat && c.start < b && a < c.end) {
            continue;
        }
        // A bare noun that can name a person or a thing ("särskilda boende", "sökande") is no anchor
        // for the model: it is usually the very word the model reacts to.
        let near = anchors.iter().any(|p| {
            p.0 + 150 >= a && p.0 < b + 50 && (p.1 >= 2 || !clause::AMBIGUOUS_ANCHORS.iter().any(|w| starts_with_word(&t[p.0..], w)))
        });
        if !page_has_person && !near {
            continue;
        }
        let conf = clause::confidence(cat, score);
        cands.push(Cand::new(cat, v.focus.0, v.focus.1, conf, clause::explanation(cat)));
    }

    // The findings' text is the original's (with its quote markers).
    resolve(original, cands, opts)
}

/// Whether `t[s..e]` is a diary series' code: a short word in capitals followed by the rest of a
/// diarienummer (" 2026/0412", "/399/2021", "-2026-0412").
fn diary_series(t: &str, s: usize, e: usize) -> bool {
    let code = &t[s..e];
    if code.is_empty() || code.chars().count() > 6 || !code.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    let rest = &t.as_bytes()[e..];
    let digits = |from: usize| rest[from.min(rest.len())..].iter().take_while(|b| b.is_ascii_digit()).count();
    match rest.first() {
        Some(b' ' | b'-') => {
            let n = digits(1);
            n == 4 && matches!(rest.get(1 + n), Some(b'/' | b'-' | b':')) && digits(2 + n) > 0
        }
        Some(b'/') => {
            let n = digits(1);
            n > 0 && rest.get(1 + n) == Some(&b'/') && digits(2 + n) == 4
        }
        _ => false,
    }
}

/// Whether `s` starts with the word `w` (case-insensitive, whole word).
fn starts_with_word(s: &str, w: &str) -> bool {
    s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)) && !s[w.len()..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The words a table's health column is headed by ("Namn   Diagnos   Läkemedel").
const HEALTH_HEADERS: &[&str] = &[
    "diagnos",
    "diagnoser",
    "medicin",
    "mediciner",
    "läkemedel",
    "allergi",
    "allergier",
    "sjukdom",
    "sjukdomar",
    "hälsotillstånd",
    "funktionsnedsättning",
    "hjälpmedel",
    "specialkost",
    "symtom",
    "besvär",
    "hba1c",
    "blodsocker",
    "blodtryck",
    "bmi",
];

/// A table's column headed by a word of health ("Diagnos", "Läkemedel", "Allergier"): every cell
/// below it, in the rows of a person, is health data – "Laktosfri", "Kroniskt ländryggsbesvär",
/// also "Inga kända" (a statement of absence). The table ends at a blank line.
fn health_columns(t: &str, cands: &mut Vec<Cand>) {
    let mut lines = Vec::new();
    let mut pos = 0;
    for line in t.split_inclusive('\n') {
        lines.push((pos, line.trim_end_matches(['\n', '\r'])));
        pos += line.len();
    }
    let mut i = 0;
    while i < lines.len() {
        let (_, line) = lines[i];
        i += 1;
        if line.trim_start().starts_with('|') {
            i = health_pipe_columns(&lines, i, cands);
            continue;
        }
        // A header holds no numbers ("HbA1c" is a word).
        let number = line.split_whitespace().any(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ','));
        if line.len() > 200 || number || !names::column_gap(line.trim()) {
            continue;
        }
        // Where each of the header's health cells starts (in characters).
        let mut cells = 0;
        let mut health = Vec::new();
        let mut at = 0;
        for cell in line.split("  ").filter(|c| !c.trim().is_empty()) {
            let off = line[at..].find(cell.trim()).map_or(at, |o| at + o);
            at = off + cell.trim().len();
            let col = line[..off].chars().count();
            cells += 1;
            let word = cell.trim().trim_end_matches(':').to_lowercase();
            if HEALTH_HEADERS.contains(&word.as_str()) {
                health.push(col);
            }
        }
        if health.is_empty() || cells < 2 {
            continue;
        }
        // The rows below, to the first blank line.
        while i < lines.len() && !lines[i].1.trim().is_empty() {
            let (rs, row) = lines[i];
            i += 1;
            let chars: Vec<(usize, char)> = row.char_indices().collect();
            for &hc in &health {
                // The cell that starts at (about) the header's column.
                let Some(start) = (hc.saturating_sub(2)..=hc + 2)
                    .find(|&c| c < chars.len() && !chars[c].1.is_whitespace() && (c == 0 || chars[c - 1].1.is_whitespace()))
                else {
                    continue;
                };
                let from = chars[start].0;
                let rest = &row[from..];
                let end = rest.find("  ").or_else(|| rest.find('\t')).unwrap_or(rest.len());
                let cell = rest[..end].trim_end();
                // Empty, a dash, or the label of a form's next field ("Övrigt:").
                if cell.chars().all(|c| !c.is_alphanumeric()) || cell.ends_with(':') {
                    continue;
                }
                let (a, b) = (rs + from, rs + from + cell.len());
                if !cands.iter().any(|c| c.start < b && a < c.end && c.cat != Category::Name) {
                    cands.push(Cand::new(Category::Health, a, b, 0.84, "Cell i en tabells kolumn om hälsa (t.ex. Diagnos, Läkemedel)"));
                }
            }
        }
    }
}

/// The cells of a line of a table drawn with bars ("| Namn | Diagnos |"), as byte ranges of the
/// line with their blanks trimmed.
fn pipe_cells(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bars: Vec<usize> = line.match_indices('|').map(|(i, _)| i).collect();
    for w in bars.windows(2) {
        let cell = &line[w[0] + 1..w[1]];
        let lead = cell.len() - cell.trim_start().len();
        out.push((w[0] + 1 + lead, w[0] + 1 + lead + cell.trim().len()));
    }
    out
}

/// `health_columns` for a table drawn with bars: the header is the line before `i`; returns the
/// index of the first line after the table.
fn health_pipe_columns(lines: &[(usize, &str)], mut i: usize, cands: &mut Vec<Cand>) -> usize {
    let header = lines[i - 1].1;
    let heads = pipe_cells(header);
    let health: Vec<usize> = heads
        .iter()
        .enumerate()
        .filter(|(_, &(a, b))| HEALTH_HEADERS.contains(&header[a..b].trim_end_matches(':').to_lowercase().as_str()))
        .map(|(k, _)| k)
        .collect();
    if health.is_empty() || heads.len() < 2 {
        return i;
    }
    while i < lines.len() && lines[i].1.trim_start().starts_with('|') {
        let (rs, row) = lines[i];
        i += 1;
        let cells = pipe_cells(row);
        for &k in &health {
            let Some(&(a, b)) = cells.get(k) else { continue };
            let cell = &row[a..b];
            // Empty, a dash, or the rule under the header.
            if cell.chars().all(|c| !c.is_alphanumeric()) {
                continue;
            }
            let (a, b) = (rs + a, rs + b);
            if !cands.iter().any(|c| c.start < b && a < c.end && c.cat != Category::Name) {
                cands.push(Cand::new(Category::Health, a, b, 0.84, "Cell i en tabells kolumn om hälsa (t.ex. Diagnos, Läkemedel)"));
            }
        }
    }
    i
}

/// "katten Morris", "hunden Sixten": an animal's name.
fn pet_before(t: &str, start: usize) -> bool {
    let before = t[..start].trim_end();
    let w = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
    before.len() < t[..start].len()
        && matches!(w.as_str(), "katten" | "hunden" | "katt" | "hund" | "hästen" | "valpen" | "kattungen" | "husdjuret" | "tiken" | "hanen")
}

/// The page begins with a person's name: an address block or a greeting in its first lines.
fn addressed_to_someone(t: &str, cands: &[Cand]) -> bool {
    let top = t.match_indices('\n').nth(9).map_or(t.len(), |(i, _)| i).min(600);
    cands.iter().any(|c| c.cat == Category::Name && c.conf >= 0.5 && c.end <= top)
}

/// A form's question to whoever fills it in ("Har du eller har du haft diabetes?", "Använder du
/// läkemedel som …?"): the condition it names is no one's; the answer beside it may be. Where the
/// question ends on its line (after the "?"), if the hit at `start..end` stands in one.
fn form_question(t: &str, start: usize, end: usize) -> Option<usize> {
    let (ls, le) = text::line_bounds(t, start);
    if end > le {
        return None;
    }
    let line = &t[ls..le];
    let q = line.find('?')?;
    if ls + q < end {
        return None;
    }
    let head = line.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')' || c == ' ');
    let mut w = head.split_whitespace();
    let (a, b) = (w.next().unwrap_or("").to_lowercase(), w.next().unwrap_or("").to_lowercase());
    let asked = matches!(b.as_str(), "du" | "ni")
        && matches!(
            a.as_str(),
            "har" | "är" | "tar" | "använder" | "behandlas" | "lider" | "får" | "dricker" | "röker" | "känner" | "brukar" | "besväras"
        );
    asked.then_some(ls + q + 1)
}

/// The ticked answer after a form's question, from `q` (where the question ends) to the line's
/// end: "[X] Ja – typ 2 sedan 2019", "[X] Nej", "Ja [X] Nej [ ]" (the option after the mark), or a
/// bare "Nej".
fn form_answer(t: &str, q: usize) -> Option<(usize, usize)> {
    let (_, le) = text::line_bounds(t, q);
    let rest = &t[q..le];
    const MARKS: &[&str] = &["[X]", "[x]", "(X)", "(x)", "☒", "☑", "✓"];
    let from: usize = MARKS.iter().filter_map(|m| rest.find(m).map(|i| i + m.len())).min().unwrap_or_default();
    let body = &rest[from..];
    let lead = body.len() - body.trim_start().len();
    let a = q + from + lead;
    let ans = &t[a..le];
    let word_end = ans.find(|c: char| !c.is_alphabetic()).unwrap_or(ans.len());
    if !matches!(ans[..word_end].to_lowercase().as_str(), "ja" | "nej") {
        return None;
    }
    // An unticked option after it ends the answer.
    let stop = ["[ ]", "☐", "( )"].iter().filter_map(|m| ans.find(m)).min().unwrap_or(ans.len());
    let b = a + ans[..stop].trim_end().len();
    (b > a).then_some((a, b))
}

/// Words that name a field of a form or a section of a certificate about health, welfare or
/// membership ("Diagnos", "Funktionsnedsättning", "Facklig tillhörighet"), in their bare forms.
fn domain_word(s: &str) -> bool {
    let l = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    matches!(
        l.as_str(),
        "diagnos"
            | "diagnoser"
            | "diagnosen"
            | "läkarintyg"
            | "läkarintyget"
            | "sjukpenning"
            | "sjukersättning"
            | "aktivitetsersättning"
            | "sjukfrånvaro"
            | "funktionsnedsättning"
            | "funktionsnedsättningen"
            | "funktionsnedsättningar"
            | "funktionshinder"
            | "psykiatri"
            | "facklig tillhörighet"
            | "politisk tillhörighet"
            | "religiös tillhörighet"
            | "etnisk tillhörighet"
            | "etniskt ursprung"
            | "sexuell läggning"
            | "belastningsregistret"
            | "belastningsregister"
    )
}

/// Whether `start..end` is a heading (a short line without a sentence's end, "2. Diagnos",
/// "LÄKARINTYG FÖR SJUKPENNING", "Beskrivning av funktionsnedsättningen") or a label before a colon.
fn heading_or_label(t: &str, start: usize, end: usize) -> bool {
    let rest = &t[end..];
    let next = rest.trim_start_matches([' ', '\t']);
    if next.starts_with(':') {
        return true;
    }
    let (ls, le) = text::line_bounds(t, start);
    let line = t[ls..le].trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || line.ends_with(['.', ',', ';']) {
        return false;
    }
    // No pronoun, digit run or verb of a sentence about someone in it.
    let lower = line.to_lowercase();
    if contact::has_word(&lower, &["har", "hade", "är", "var", "fick", "får", "jag", "hon", "han", "hen", "min", "hans", "hennes"])
        || words.iter().any(|w| w.len() > 3 && w.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
    {
        return false;
    }
    // The line must look like a heading: the term begins it (after a number), or every word is in capitals,
    // or it is a short noun phrase alone on its line ("Beskrivning av funktionsnedsättningen").
    let before = t[ls..start].trim();
    let numbered = before.is_empty() || before.trim_end_matches('.').chars().all(|c| c.is_ascii_digit() || c == '§' || c == ' ');
    let caps = line.chars().filter(|c| c.is_alphabetic()).all(|c| !c.is_lowercase());
    numbered || caps || words.len() <= 4
}

/// Whether the line at `ls` is in a list under a heading line that is one of `words` ("Bilagor").
fn list_under_heading(t: &str, ls: usize, words: &[&str]) -> bool {
    let mut end = ls;
    for _ in 0..4 {
        if end == 0 {
            return false;
        }
        let ps = t[..end - 1].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let prev = t[ps..end - 1].trim().trim_end_matches(':').to_lowercase();
        if prev.is_empty() {
            return false;
        }
        if words.contains(&prev.as_str()) {
            return true;
        }
        // Another list item: keep walking up.
        end = ps;
    }
    false
}

fn is_name_or_id(cands: &[Cand], pos: usize) -> bool {
    cands.iter().any(|c| c.start == pos && matches!(c.cat, Category::Name | Category::PersonalId))
}

/// Whether the words just before `pos` make the term a group or a field of care rather than a person's
/// condition: "personer med", "patienter som har", "vård vid", "insatser för", "risken för".
fn generic_before(t: &str, pos: usize) -> bool {
    use regex::Regex;
    use std::sync::OnceLock;
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| {
        Regex::new(r"(?i)(?:(?:personer|patienter|barn|människor|de|alla|brukare|invånare|äldre|individer|kvinnor|män|ungdomar|elever|medarbetare|anställda|familjer|föräldrar|vuxna|unga|gruppen|grupper|målgruppen|den\s+som|de\s+som|någon\s+som|en\s+person|anhöriga\s+till\s+personer)\s+(?:med|som\s+har|som\s+lider\s+av|som\s+är|utan|i)\s+(?:\S+\s+)?|(?:vård|vården|behandling|behandlingen|omsorg|omsorgen|stöd|stödet|insatser|prevention|screening|forskning|arbetet|kunskap|kunskapen|vårdprogram|vårdprogrammet|program|rutin|rutinen|rutiner|riktlinje|riktlinjer|riktlinjen|risk|risken|riskfaktorer|vid\s+misstanke|hantering|hanteringen|förebygga|förebyggande|bekämpa|motverka|minska|utredning|utredningar|kostnader|statistik|antalet|andelen|ökning|minskning|arbete|samverkan|handlingsplan|strategi|utbildning|information|tecken\s+på|symtom\s+på|exempel\s+på)\s+(?:av|för|vid|mot|kring|om|inom|med|på|till|gällande|avseende)\s+(?:\S+\s+)?|(?:såsom|t\.\s?ex\.|till\s+exempel|exempelvis|vissa|många|olika)\s+(?:\S+\s+)?)$").unwrap()
    });
    let s = text::floor_char(t, pos.saturating_sub(60));
    re.is_match(&t[s..pos])
}

fn resolve(t: &str, mut cands: Vec<Cand>, opts: &Options) -> Vec<Finding> {
    cands.retain(|c| c.conf >= opts.min_confidence && c.end > c.start);
    cands.sort_by(|a, b| {
        priority(b.cat)
            .cmp(&priority(a.cat))
            .then(b.conf.partial_cmp(&a.conf).unwrap_or(std::cmp::Ordering::Equal))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
    });
    let mut acc: Vec<Cand> = Vec::with_capacity(cands.len());
    'outer: for c in cands {
        for a in acc.iter_mut() {
            if a.start < c.end && c.start < a.end {
                // A personkonto is a personnummer inside an account number: keep both.
                let konto =
                    matches!((a.cat, c.cat), (Category::BankAccount, Category::PersonalId) | (Category::PersonalId, Category::BankAccount));
                if structured(a.cat) && structured(c.cat) && !konto {
                    // A c/o address keeps the name inside it as a name too.
                    let co = (a.cat == Category::Address && c.cat == Category::Name && t[a.start..a.end].to_lowercase().starts_with("c/o"))
                        || (c.cat == Category::Address && a.cat == Category::Name);
                    if !co {
                        continue 'outer;
                    }
                } else if a.cat == c.cat {
                    // Same sensitive category: keep the union.
                    a.start = a.start.min(c.start);
                    a.end = a.end.max(c.end);
                    a.conf = a.conf.max(c.conf);
                    continue 'outer;
                }
            }
        }
        acc.push(c);
    }
    acc.sort_by_key(|c| (c.start, c.end));
    let merged = acc;
    merged
        .into_iter()
        .map(|c| Finding {
            category: c.cat,
            start: c.start,
            end: c.end,
            text: t[c.start..c.end].to_string(),
            confidence: (c.conf * 100.0).round() / 100.0,
            explanation: c.expl.into_owned(),
        })
        .collect()
}
