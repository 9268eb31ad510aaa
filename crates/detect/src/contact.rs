//! Structured identifiers: e-mail, phone, postal address, bank account, IBAN, vehicle registration.

use crate::lexicon;
use crate::text::{ceil_char, floor_char};
use crate::{Cand, Category};
use regex::Regex;
use std::sync::OnceLock;

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap()
}

/// The character before byte `i` (taken down to a char boundary: callers step back over
/// separators that may be two bytes, like a no-break space).
fn prev_char(t: &str, i: usize) -> Option<char> {
    t[..floor_char(t, i)].chars().next_back()
}
fn next_char(t: &str, i: usize) -> Option<char> {
    t[i..].chars().next()
}

/// Lower-cased text of the `n` bytes before `i` (on char boundaries).
fn before(t: &str, i: usize, n: usize) -> String {
    let mut s = floor_char(t, i.saturating_sub(n));
    // Never start inside a word.
    while s < i
        && s > 0
        && t[s..].chars().next().is_some_and(|c| c.is_alphanumeric())
        && t[..s].chars().next_back().is_some_and(|c| c.is_alphanumeric())
    {
        s += t[s..].chars().next().unwrap().len_utf8();
    }
    t[s..i].to_lowercase()
}
fn after(t: &str, i: usize, n: usize) -> String {
    let e = ceil_char(t, (i + n).min(t.len()));
    t[i..e].to_lowercase()
}

/// Whether `hay` holds one of `words` as a whole word.
pub(crate) fn has_word(hay: &str, words: &[&str]) -> bool {
    for w in words {
        let mut from = 0;
        while let Some(p) = hay[from..].find(w) {
            let s = from + p;
            let e = s + w.len();
            let ok_l = hay[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let ok_r = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if ok_l && ok_r {
                return true;
            }
            from = s + w.len().max(1);
            from = ceil_char(hay, from);
        }
    }
    false
}

// ---------------------------------------------------------------- e-mail

const FUNCTION_MAILBOXES: &[&str] = &[
    "registrator",
    "registratur",
    "registraturen",
    "info",
    "information",
    "kontakt",
    "kontaktcenter",
    "diarium",
    "diariet",
    "kundtjanst",
    "kundservice",
    "support",
    "noreply",
    "no-reply",
    "donotreply",
    "post",
    "postmottagning",
    "kansli",
    "kansliet",
    "vaxel",
    "vaxeln",
    "reception",
    "ekonomi",
    "faktura",
    "fakturor",
    "fakturering",
    "hr",
    "personal",
    "servicedesk",
    "helpdesk",
    "webmaster",
    "press",
    "media",
    "kommun",
    "region",
    "socialtjanst",
    "socialtjansten",
    "patientnamnden",
    "dataskydd",
    "dataskyddsombud",
    "dso",
    "it",
    "order",
    "bokning",
    "admin",
    "inkop",
    "upphandling",
    "lon",
    "rekrytering",
    "nyheter",
    "redaktion",
    "servicecenter",
    "medborgarservice",
    "kommunstyrelsen",
    "regionstyrelsen",
    "namnd",
    "arkiv",
    "arkivet",
    "ombudsman",
    "kontaktcenter",
    "office",
    "mail",
    "epost",
    "e-post",
    "sales",
    "kundcenter",
    "felanmalan",
    "halsocentral",
    "vardcentral",
    "akuten",
];

/// Stems of organisational units as they appear, without å/ä/ö, in a mailbox's local part
/// (socialforvaltningen@, bostadsanpassning@, parkskolan@, tolkformedlingen@).
const UNIT_STEMS: &[&str] = &[
    "forvaltning",
    "namnd",
    "skola",
    "skolan",
    "enhet",
    "kontor",
    "central",
    "mottagning",
    "formedling",
    "anpassning",
    "anmalan",
    "krankning",
    "kansli",
    "tjanst",
    "service",
    "boende",
    "klinik",
    "avdelning",
    "forskola",
    "nämnd",
    "formyndare",
    "lakare",
    "sekretariat",
    "funktion",
    "ledning",
    "staben",
    "myndighet",
    "tillsyn",
    "bygglov",
    "registrat",
    "halsan",
    "halsa",
    "forsamling",
    "pastorat",
    "kyrka",
    "jurist",
    "tingsratt",
    "hovratt",
    "domstol",
    "polis",
    "arkiv",
    "diarium",
    "vard",
    "center",
    "centrum",
    "radgivning",
    "sakerhet",
    "drift",
    "beredskap",
    "bygg",
    "samhall",
    "arbetsratt",
    "ekonomi",
    "support",
    "kundtjanst",
    "upphandling",
    "smitt",
    "skydd",
    "vern",
    "ombudsm",
    "kansli",
    "expedition",
    "reception",
    "mottag",
    "koket",
];

/// Free mail services: a mailbox there is a person's, whatever its local part looks like.
const FREE_MAIL: &[&str] = &[
    "gmail.",
    "hotmail.",
    "outlook.",
    "live.",
    "yahoo.",
    "icloud.",
    "me.com",
    "telia.com",
    "spray.se",
    "bredband.net",
    "protonmail.",
    "proton.me",
    "msn.",
    "aol.",
    "gmx.",
    "tutanota.",
];

/// A mailbox of an office rather than a person: on an organisation's domain, no part of the local
/// part is a first name or surname, and the local part is one word or names a unit
/// (`sbn@krokom.se`, `krankning.bun@ostersund.se`). A person's work address has two name-shaped
/// parts (`selam.gebremedhin@…`), and keeps its full weight.
fn office_mailbox(local: &str, domain: &str) -> bool {
    let domain = domain.to_lowercase();
    if FREE_MAIL.iter().any(|f| domain.starts_with(f) || domain.contains(&format!(".{f}"))) {
        return false;
    }
    let parts: Vec<&str> = local.split(['.', '_', '-']).filter(|p| !p.is_empty()).collect();
    if parts.is_empty() || local.contains(char::is_numeric) {
        return false;
    }
    let named = parts.iter().any(|p| crate::lexicon::flags(p) & (crate::lexicon::FIRST | crate::lexicon::LAST) != 0);
    if named {
        return false;
    }
    // One short letter group is an acronym of a board or unit (sbn@, bun@); one longer unknown word
    // may be a first name (nikos@…): only a unit's stem makes that an office.
    // So does such a group beside other words that are no names (hr.arbetsratt@, ftv.krokom@).
    let acronym = parts.iter().any(|p| (2..=4).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
    acronym || parts.iter().any(|p| UNIT_STEMS.iter().any(|u| p.contains(u)))
}

fn email_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(r"[\p{L}0-9][\p{L}0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}")
    })
}

pub fn emails(t: &str, out: &mut Vec<Cand>) {
    for m in email_re().find_iter(t) {
        let local = &m.as_str()[..m.as_str().find('@').unwrap()];
        let l = local.to_lowercase();
        let generic = FUNCTION_MAILBOXES.iter().any(|g| {
            l == *g || l.starts_with(&format!("{g}.")) && !l.contains(char::is_numeric) && FUNCTION_MAILBOXES.contains(&&l[g.len() + 1..])
        });
        // A local part that is one ordinary word and no name (styrelsen@, val@, kommunen@) is an
        // organisation's mailbox, not a person's.
        let generic = generic || {
            let word = !l.is_empty() && l.chars().all(|c| c.is_alphabetic());
            word && crate::lexicon::is_word(&l) && crate::lexicon::flags(&l) & (crate::lexicon::FIRST | crate::lexicon::LAST) == 0
        };
        let generic = generic || office_mailbox(&l, &m.as_str()[local.len() + 1..]);
        // A template of the address form (fornamn.efternamn@…) is no one's address.
        const PLACEHOLDER: &[&str] = &["fornamn", "förnamn", "efternamn", "fnamn", "enamn", "namn"];
        let generic = generic || l.split(['.', '_', '-']).all(|p| PLACEHOLDER.contains(&p));
        let (conf, expl) = if generic { (0.3, "Funktionsbrevlåda, inte en person") } else { (0.97, "E-postadress") };
        out.push(Cand::new(Category::Email, m.start(), m.end(), conf, expl));
    }
}

// ---------------------------------------------------------------- phone

// The area code may be set off by a spaced en dash ("076 – 118 90 43"), as word processors write it.
fn phone_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(r"(?:\+46|0046)[ \u00A0\-\u2013]*(?:\(0\)[ \u00A0\-]*)?[1-9][0-9 \u00A0\-]{5,16}[0-9]|\(?0[1-9][0-9]{0,3}\)?[ \u00A0\-/\u2013]*[0-9][0-9 \u00A0\-]{3,14}[0-9]")
    })
}

const PHONE_CUES: &[&str] = &[
    "tel",
    "tel.",
    "telefon",
    "telefonnummer",
    "telefonnr",
    "tfn",
    "mobil",
    "mobilnummer",
    "mobiltelefon",
    "mobiltel",
    "ring",
    "ringa",
    "nås",
    "sms",
    "direkt",
    "direktnummer",
    "hem",
    "arbete",
    "phone",
    "mob",
];
const PHONE_NEG: &[&str] = &[
    "faktura",
    "fakturanr",
    "fakturanummer",
    "ocr",
    "kundnr",
    "kundnummer",
    "referensnr",
    "referensnummer",
    "ordernr",
    "ordernummer",
    "bankgiro",
    "plusgiro",
    "bg",
    "pg",
    "org",
    "orgnr",
    "org.nr",
    "organisationsnummer",
    "dnr",
    "diarienummer",
    "konto",
    "kontonummer",
    "kontonr",
    "clearing",
    "clearingnummer",
    "avtal",
    "avtalsnummer",
    "artikelnummer",
    "art.nr",
    "ärendenummer",
    "sfs",
    "kap",
    "id",
    "personnummer",
    "pnr",
    "iban",
    "bic",
];
const SWITCHBOARD: &[&str] = &[
    "växel",
    "vx",
    "vxl",
    "växeln",
    "kundtjänst",
    "reception",
    "receptionen",
    "servicecenter",
    "kontaktcenter",
    "upplysningen",
    "sjukvårdsrådgivning",
];

/// A unit named just before a number on its line ("Hemtjänstgruppens telefon 0640-161 80", "Tfn
/// fritidsgården 0693-161 55"): the number is the unit's, not a person's. A capitalised word counts
/// only with a phone word after it (a place like Bispgården is no unit).
fn unit_before(line_before: &str) -> bool {
    const UNIT_TAILS: &[&str] = &[
        "gruppen",
        "gruppens",
        "gården",
        "gårdens",
        "enheten",
        "enhetens",
        "mottagningen",
        "mottagningens",
        "kontoret",
        "kontorets",
        "skolan",
        "skolans",
        "boendet",
        "boendets",
    ];
    // A remark in brackets between the unit and its number ("telefon (bemannad 07–21.30): …") is
    // passed over.
    let mut plain = String::with_capacity(line_before.len());
    let mut depth = 0usize;
    for c in line_before.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split_whitespace().rev().filter(|w| w.chars().any(char::is_alphanumeric)).take(2).collect();
    let phone_word = |w: &str| matches!(w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str(), "telefon" | "tfn" | "tel");
    words.iter().enumerate().any(|(i, w)| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let l = bare.to_lowercase();
        const DESKS: &[&str] = &["expedition", "expeditionen", "kansli", "kansliet", "jourtelefon", "jourtelefonen"];
        if DESKS.contains(&l.as_str()) {
            return true;
        }
        let unit = UNIT_TAILS.iter().any(|t| l.ends_with(t) && l.chars().count() > t.chars().count() + 2);
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        unit && (!capital || i == 1 && phone_word(words[0]))
    })
}

/// End of the first table header row that names a phone column ("Namn  Personnummer  Telefon"):
/// numbers in the rows below it are phones even without a cue of their own.
/// The words a table's phone column is headed by.
const PHONE_HEADER_WORDS: &[&str] = &["telefon", "tel", "tfn", "mobil", "mobilnummer", "telefonnummer", "telnr", "tel.nr", "mobilnr"];

/// A table's header row: no digits and at least two words.
fn header_row(line: &str) -> bool {
    !line.contains(|c: char| c.is_ascii_digit()) && line.split_whitespace().count() >= 2
}

fn phone_header_end(t: &str) -> Option<usize> {
    let mut pos = 0;
    for line in t.split_inclusive('\n') {
        let e = pos + line.len();
        let maybe = line.len() < 120 && line.as_bytes().windows(2).any(|w| matches!(w, b"el" | b"EL" | b"fn" | b"FN" | b"il" | b"IL"));
        if maybe && header_row(line) {
            let l = line.to_lowercase();
            if has_word(&l, PHONE_HEADER_WORDS) {
                return Some(e);
            }
        }
        pos = e;
    }
    None
}

/// Whether `pos` stands in a table's phone column: the nearest header row above (no digits) has, at the
/// same character column, Telefon, Mobil, Tfn … ("Namn   Telefon   Mobil" over "Lisa Ek   0612345678
/// 0701234568"). A mobile number that is also a valid personnummer is then a phone.
pub fn in_phone_column(t: &str, pos: usize) -> bool {
    let col = |ls: usize, p: usize| t[ls..p].chars().count();
    let (mut ls, _) = crate::text::line_bounds(t, pos);
    let at = col(ls, pos);
    // Up to 40 rows above.
    for _ in 0..40 {
        if ls == 0 {
            return false;
        }
        let (ps, pe) = crate::text::line_bounds(t, ls - 1);
        let line = &t[ps..pe];
        if header_row(line) {
            let mut off = 0;
            for w in line.split_inclusive(char::is_whitespace) {
                let word = w.trim_end().trim_matches(|c: char| !c.is_alphanumeric() && c != '.').to_lowercase();
                let phone_word = PHONE_HEADER_WORDS.contains(&word.as_str()) || word == "mobiltelefon";
                if phone_word && col(ps, ps + off).abs_diff(at) <= 4 {
                    return true;
                }
                off += w.len();
            }
            // The nearest header row decides.
            return false;
        }
        ls = ps;
    }
    false
}

/// End of the first table header row that names an account column ("Namn  Personnummer  Clearing/konto").
fn bank_header_end(t: &str) -> Option<usize> {
    let mut pos = 0;
    for line in t.split_inclusive('\n') {
        let e = pos + line.len();
        let maybe =
            line.len() < 160 && line.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"onto") || w.eq_ignore_ascii_case(b"arin"));
        if maybe && header_row(line) {
            let l = line.to_lowercase();
            if has_word(&l, &["clearing", "clearingnummer", "clearingnr", "kontonummer", "kontonr", "bankkonto", "konto"]) {
                return Some(e);
            }
        }
        pos = e;
    }
    None
}

pub fn phones(t: &str, out: &mut Vec<Cand>) {
    let header = phone_header_end(t);
    let mut at = 0;
    while let Some(m) = phone_re().find_at(t, at) {
        at = m.end();
        let s = m.start();
        if let Some(c) = prev_char(t, s) {
            // A rejected start may still hide a number just after it ("650312-4585 070 112 34 56").
            if c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '+') {
                at = s + 1;
                continue;
            }
            // "1 073 741 824": the tail of a number written in groups; but a phone may follow a
            // personnummer or another whole number in a table row.
            if (c == ' ' || c == '\u{a0}')
                && prev_char(t, s - c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
                && !after_whole_number(t, s - c.len_utf8())
            {
                at = s + 1;
                continue;
            }
        }
        let Some(end) = validate_phone(m.as_str()) else {
            continue;
        };
        let e = s + end;
        // The match may run on into the next cell of a table row ("063-14 75 01    070-390 12 48"):
        // go on from where the number ends.
        at = e;
        if let Some(c) = next_char(t, e) {
            if c.is_alphanumeric() {
                continue;
            }
            if (c == '-' || c == '/' || c == ',' || c == '.') && next_char(t, e + 1).is_some_and(|d| d.is_ascii_digit()) {
                continue;
            }
        }
        let b = before(t, s, 40);
        let last_words: String = b.split_whitespace().rev().take(4).collect::<Vec<_>>().join(" ");
        if has_word(&last_words, PHONE_NEG) {
            continue;
        }
        let digits: String = m.as_str()[..end].chars().filter(|c| c.is_ascii_digit()).collect();
        let has_sep = m.as_str()[..end].contains([' ', '-', '/', '\u{a0}']);
        let cue = has_word(&b, PHONE_CUES) || header.is_some_and(|h| s >= h);
        let mobile = digits.starts_with("07") || digits.starts_with("467") || digits.starts_with("00467");
        if !has_sep && !cue && !mobile {
            continue; // a bare run of digits is not a phone number without a cue
        }
        let a = after(t, e, 16);
        // "växel 0670-164 00, direkt 0670-164 27": the cue just before the number decides.
        let direct = b.split_whitespace().next_back().is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            matches!(
                w.as_str(),
                "direkt" | "direktnummer" | "direktnr" | "mobil" | "mobilnummer" | "mobiltelefon" | "mob" | "privat" | "hem"
            )
        });
        // An organisation's number by its shape: a national service number (0771-, 020-), or a
        // landline whose last group is "00" (a switchboard: 063-14 75 00, 010-199 00 00). A person's
        // direct line keeps its weight when a cue says so.
        let body = m.as_str()[..end].trim_end();
        let service = ["0771", "0770", "0774", "020", "0200", "0900", "0939", "0944"].iter().any(|p| digits.starts_with(p));
        let round = !mobile && (body.ends_with(" 00") || body.ends_with("\u{a0}00") || body.ends_with("-00"));
        // "Ring 063-14 20 00": asked to call it, a person's number whatever its shape.
        let call = b.split_whitespace().next_back().is_some_and(|w| {
            matches!(w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str(), "ring" | "ringa" | "nås" | "sms")
        });
        let (ls, le) = crate::text::line_bounds(t, s);
        let (conf, expl) = if !direct
            && (has_word(&last_words, SWITCHBOARD)
                || has_word(&a, SWITCHBOARD)
                || unit_before(&t[ls..s])
                // "Du kan ringa mig på 0670-164 38 måndag–torsdag": the writer's own line, hours or not.
                || (!mobile && !has_word(&last_words, &["mig", "mej", "min", "mitt"]) && (office_hours(&after(t, e, 32)) || box_re().is_match(&t[ls..le]))))
        {
            (0.4, "Telefonnummer till växel eller funktion")
        } else if !direct && !call && (service || round) {
            (0.4, "Telefonnummer som har formen av en växel eller ett servicenummer")
        } else if cue {
            (0.95, "Telefonnummer (svensk form, med ledtråd)")
        } else {
            (0.85, "Telefonnummer (svensk form)")
        };
        out.push(Cand::new(Category::Phone, s, e, conf, expl));
    }
}

/// Whether the text after a number gives opening hours ("(vardagar 8–10)", "mån–fre 8.30–10",
/// "dygnet runt"): a unit's line, not a person's. A number on the same line as a Box address is an
/// organisation's too (categories.md).
fn office_hours(after: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?i)^[\s,;:(–-]{0,4}(?:vardagar|helgfria\s+vardagar|mån(?:dag)?(?:ar)?\s*[–-]\s*(?:fre|tor)(?:dag)?(?:ar)?|dygnet\s+runt|telefontid|öppet\s+(?:kl|mån|vardagar))"))
        .is_match(after)
}

/// Whether the digits ending at `e` close a personnummer-shaped token (YYMMDD-NNNN, YYYYMMDD-NNNN) or
/// a column of a table (two spaces before the phone).
fn after_whole_number(t: &str, e: usize) -> bool {
    if t[..e].ends_with(' ') || t[..e].ends_with('\u{a0}') {
        return true;
    }
    let s = t[..e].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let tok = &t.as_bytes()[s..e];
    let shape = |n: usize| tok.len() == n + 5 && tok[n] == b'-' || tok.len() == n + 5 && tok[n] == b'+';
    tok.iter().all(|b| b.is_ascii_digit() || *b == b'-' || *b == b'+') && (shape(6) || shape(8))
}

fn foreign_phone_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?:\+|00)(?:[1-9][0-9]{0,2})[ \u00A0\-]?(?:\(0\)[ \u00A0]?)?[0-9]{1,4}(?:[ \u00A0\-]?[0-9]{2,4}){2,4}"))
}

/// Numbers with a country code other than Sweden's (+48 601 223 487, +358 40 551 2233).
pub fn foreign_phones(t: &str, out: &mut Vec<Cand>) {
    for m in foreign_phone_re().find_iter(t) {
        let ms = m.as_str();
        if ms.starts_with("+46") || ms.starts_with("0046") {
            continue;
        }
        if prev_char(t, m.start()).is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | '+'))
            || next_char(t, m.end())
                .is_some_and(|c| c.is_alphanumeric() || c == '-' && next_char(t, m.end() + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            continue;
        }
        let digits = ms.bytes().filter(u8::is_ascii_digit).count();
        if !(9..=15).contains(&digits) || (ms.starts_with("00") && !ms.contains([' ', '-'])) {
            continue;
        }
        let b = before(t, m.start(), 40);
        let last_words: String = b.split_whitespace().rev().take(4).collect::<Vec<_>>().join(" ");
        if has_word(&last_words, PHONE_NEG) || has_word(&last_words, SWITCHBOARD) {
            continue;
        }
        let conf = if has_word(&b, PHONE_CUES) || ms.starts_with('+') { 0.85 } else { 0.6 };
        out.push(Cand::new(Category::Phone, m.start(), m.end(), conf, "Utländskt telefonnummer (landsnummer)"));
    }
}

/// Returns the byte length of the phone number inside the candidate, trimming trailing digit groups
/// that would make it too long; None if it is no phone number.
fn validate_phone(c: &str) -> Option<usize> {
    let intl = c.starts_with('+') || c.starts_with("0046");
    // Groups of digits with their end offsets.
    let mut groups: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, digits)
    let b = c.as_bytes();
    let mut i = 0;
    let mut hyphens = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            groups.push((s, i, i - s));
        } else {
            if b[i] == b'-' || b[i] == b'/' {
                hyphens += 1;
            }
            i += 1;
        }
    }
    if hyphens > 2 || groups.is_empty() {
        return None;
    }
    // Dates: 01-02-2023, 2023-01-02 never reach here with a leading 0 of four digits, but DD-MM-YY(YY) can.
    if groups.len() == 3 && groups[0].2 == 2 && groups[1].2 == 2 && (groups[2].2 == 2 || groups[2].2 == 4) && hyphens == 2 {
        return None;
    }
    let (skip_digits, min, max) = if intl {
        let prefix = if c.starts_with('+') { 2 } else { 4 }; // 46 or 0046
        (prefix, 7, 9)
    } else {
        (0, 8, 10)
    };
    let mut total = 0usize;
    let mut end = 0usize;
    let mut counted = 0usize;
    let mut skipped_zero = false;
    for (gi, &(s, e, n)) in groups.iter().enumerate() {
        let mut n = n;
        if intl && counted < skip_digits {
            let take = (skip_digits - counted).min(n);
            counted += take;
            n -= take;
            if n == 0 {
                continue;
            }
        }
        if intl && !skipped_zero && &c[s..e] == "0" && c[..s].ends_with('(') {
            skipped_zero = true;
            continue; // (0)
        }
        if total + n > max {
            if gi == 0 {
                return None;
            }
            break;
        }
        total += n;
        end = e;
    }
    if total < min {
        return None;
    }
    // A single group longer than 10 digits was cut above; a group of 5+ digits after the area code is
    // fine only as the last group (073-5236167).
    Some(end)
}

// ---------------------------------------------------------------- addresses

const STREET_SUFFIX: &str = "gatan|vägen|gränd|gränden|stigen|backen|torget|torg|platsen|plan|allén|allé|leden|gata|väg|stig|backe|promenaden|kajen|esplanaden|gården|ringen|slingan|udden|höjden|liden|lunden|hagen|stranden|gärdet|vägen|tået|bodarna|byn|brinken|krokslingan|tvärgatan|parken|kroken";

fn street_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(&format!(
            r"(?:(?:(?:Norra|Södra|Östra|Västra|Lilla|Stora|Gamla|Nya|Övre|Nedre|Yttre|Inre)\s+)?(?:[A-ZÅÄÖÉØÆ][a-zåäöéüøæ]+(?:-[A-ZÅÄÖa-zåäö][a-zåäöéüøæ]+)?(?:{STREET_SUFFIX}|gate|gaten|veien|vegen|vei|veg|gade|vej|stræde)|(?:ul\.|ulica|al\.|aleja|os\.)\s+[\p{{Lu}}][\p{{Ll}}]+(?:\s+[\p{{Lu}}][\p{{Ll}}]+)?|(?:[A-ZÅÄÖ][a-zåäöé]+\s+)?[A-ZÅÄÖ][a-zåäöé]+s\s+(?:gata|väg|gränd|plats|torg|allé|backe|stig|gränd|park|gate|vei|veien|gade|vej))|(?:Norra|Södra|Östra|Västra|Lilla|Stora|Gamla|Nya|Övre|Nedre|Yttre|Inre)\s+(?:gatan|vägen|torget|gränd|gränden|allén|långgatan|tvärgatan|strandvägen|kyrkogatan|stigen|backen|hamngatan))\s+[0-9]{{1,4}}(?:\s?[A-Ha-h](?:[^\p{{L}}0-9]|$))?(?:\s*,?\s*(?:lgh|lägenhet|lägenhetsnummer)\.?\s*(?:nr\.?\s*)?[0-9]{{4}})?(?:\s*,?\s*[0-9]\s?tr(?-u:\b))?"
        ))
    })
}

fn postcode_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(r"(?:SE-?\s?)?[1-9][0-9]{2}[ \u00A0]?[0-9]{2}[ \u00A0]+(?:[A-ZÅÄÖ][a-zåäöéü]+(?:[ \-][A-ZÅÄÖ][a-zåäöéü]+)?|[A-ZÅÄÖ]{2,}(?:[ \-][A-ZÅÄÖ]{2,})?)")
    })
}

/// A town after a foreign postcode ("Trondheim", "Gdańsk", "Bielsko-Biała").
const FOREIGN_TOWN: &str = r"[\p{Lu}][\p{Ll}]+(?:[ \-][\p{Lu}][\p{Ll}]+)?";

fn foreign_postcode_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(&format!(
            r"^(?:[ \t]*(?:m\.|/|lgh\.?)[ \t]*[0-9]{{1,4}})?,?[ \t]*(?P<pc>(?:(?:N|NO|DK|FI|D|DE|SF)-)?[0-9]{{4}}|(?:PL-)?[0-9]{{2}}-[0-9]{{3}})[ \t]+{FOREIGN_TOWN}"
        ))
    })
}

/// A foreign postal line named by its country ("0152 Oslo, Norge", "80-266 Gdańsk, Polen"): four
/// digits and a town are a Nordic postcode, two-hyphen-three a Polish one.
fn foreign_postal_line_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(&format!(
            r"(?:(?:(?:N|NO|DK|FI)-)?[0-9]{{4}}[ \t]+{FOREIGN_TOWN},?(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:Norge|Danmark|Finland|Island|Norway|Denmark)|(?:PL-)?[0-9]{{2}}-[0-9]{{3}}[ \t]+{FOREIGN_TOWN},?[ \t]+(?:Polen|Poland))(?-u:\b)"
        ))
    })
}

fn box_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?-u:\b)(?:Box|BOX|Postbox|Pl|PL)\s+[0-9]{1,6}(?-u:\b)"))
}

fn co_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?i:c/o|c\.o\.|co:)\s+[A-ZÅÄÖ][\p{L}\-]+(?:\s+[A-ZÅÄÖ][\p{L}\-]+){0,2}"))
}

/// A line that is only a place-like name and a house number ("Lövsta 112", "Ytterbyn 45 B").
fn rural_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?m)^[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ]?[a-zåäöé]+)?\s+[0-9]{1,4}(?:\s?[A-H](?:\s[0-9]{1,3})?)?(?:,|$)"))
}

const ORG_MARKERS: &[&str] = &[
    "region",
    "regionen",
    "kommun",
    "kommunen",
    "ab",
    "hb",
    "kb",
    "myndighet",
    "myndigheten",
    "förvaltning",
    "förvaltningen",
    "sjukhus",
    "sjukhuset",
    "hälsocentral",
    "hälsocentralen",
    "vårdcentral",
    "vårdcentralen",
    "universitet",
    "universitetet",
    "länsstyrelsen",
    "polismyndigheten",
    "skatteverket",
    "försäkringskassan",
    "nämnd",
    "nämnden",
    "stiftelse",
    "stiftelsen",
    "förening",
    "föreningen",
    "besöksadress",
    "leveransadress",
    "fakturaadress",
    "postadress:",
    "org.nr",
    "organisationsnummer",
    "inspektionen",
    "verket",
    "domstol",
    "tingsrätt",
    "tingsrätten",
    "förvaltningsrätten",
    "kammarrätten",
    "aktiebolag",
    "kyrka",
    "församling",
    "bolag",
    "bolaget",
    "socialstyrelsen",
    "arbetsförmedlingen",
    "migrationsverket",
    "kommunhuset",
    "stadshuset",
    "rådhuset",
    "medborgarhuset",
    "regionhuset",
    "länshuset",
    "kulturhuset",
    "förvaltningshuset",
    "kommunkontoret",
    "kommunkansliet",
    "biblioteket",
    "stadsbiblioteket",
    "bygdegården",
    "församlingshemmet",
    "sammanträdesrum",
    "sammanträdesrummet",
];

/// Words that say someone lives or stays at the place named after them.
const RESIDENCE: &[&str] = &[
    "bor",
    "bodde",
    "bott",
    "boende",
    "bosatt",
    "folkbokförd",
    "folkbokföras",
    "folkbokfördes",
    "dygnsvila",
    "flyttat",
    "flyttade",
    "flyttar",
    "hyr",
    "hyrde",
    "eftersänts",
    "eftersänds",
    "vistas",
    "vistades",
    "uppehåller",
];

fn org_context(t: &str, s: usize) -> bool {
    // Only this line and the two before (a letterhead), not the whole page.
    let mut from = t[..s].rfind('\n').map(|i| i + 1).unwrap_or(0);
    for _ in 0..2 {
        if from > 0 {
            from = t[..from - 1].rfind('\n').map(|i| i + 1).unwrap_or(0);
        }
    }
    let mut from = from.max(floor_char(t, s.saturating_sub(120)));
    // Never start inside a word ("Zain|ab" is not "AB").
    while from < s
        && t[from..].chars().next().is_some_and(|c| c.is_alphanumeric())
        && t[..from].chars().next_back().is_some_and(|c| c.is_alphanumeric())
    {
        from += t[from..].chars().next().unwrap().len_utf8();
    }
    let ctx = t[from..s].to_lowercase();
    if !has_word(&ctx, ORG_MARKERS) {
        return false;
    }
    // The sentence says someone lives or stays there ("Skatteverket bedömer att han … tillbringar sin
    // dygnsvila på Bergsgatan 41 B"): a person's address, whoever writes it.
    let sentence = ctx.rfind(['.', ':', ';']).map(|i| &ctx[i + 1..]).unwrap_or(&ctx);
    if has_word(sentence, RESIDENCE) {
        return false;
    }
    // A person's own block after the organisation's lines ("Hyresvärd: AB …\nHyresgäst: Per Ek, 780211-…\n
    // Lägenhet: Granvägen 9"): the address is theirs, not the letterhead's.
    const PERSON_LABELS: &[&str] = &[
        "hyresgäst",
        "hyresgästen",
        "sökande",
        "sökanden",
        "klagande",
        "patient",
        "patienten",
        "elev",
        "eleven",
        "klient",
        "brukare",
        "tilltalad",
        "tilltalade",
        "lägenhet",
        "lägenheten",
        "folkbokförd",
        "bostadsadress",
        "hemadress",
        "privatadress",
        "personnummer",
        "pnr",
        "gatuadress",
        "vårdnadshavare",
        "anmälare",
        "anmälaren",
    ];
    let last_line = ctx.rfind('\n').map(|i| &ctx[i..]).unwrap_or(&ctx);
    // The first line is whole when the look-back began at a line's start (not cut at 120 bytes).
    let first_whole = from == 0 || t[..from].ends_with('\n');
    !(has_word(last_line, PERSON_LABELS)
        || ctx.lines().skip(usize::from(!first_whole)).any(|l| has_word(l, PERSON_LABELS) && !has_word(l, ORG_MARKERS)))
}

/// A road of the road network by its number ("Riksväg 50", "länsväg 305", "Europaväg 4"): no address.
fn road_number(first_word: &str) -> bool {
    ["riks", "läns", "europa", "motor", "cykel", "gång", "trafik", "genom", "omfarts", "infarts"]
        .iter()
        .any(|p| first_word.starts_with(p) && first_word.contains("väg"))
}

/// A street address written in lower case ("hyttgatan 6b", "kyrkvägen 8"), as in a hurried e-mail.
fn lower_street_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(r"[a-zåäöé]{3,}(?:-[a-zåäöé]+)?(?:gatan|vägen|gränd|gränden|stigen|backen|torget|allén|leden|gata|väg|stig|platsen|slingan|gärdet|liden|lunden|hagen|stranden|kroken|ringen|backe)\s+[0-9]{1,4}(?:\s?[a-h])?(?:[^\p{L}0-9]|$)")
    })
}

pub fn addresses(t: &str, out: &mut Vec<Cand>) {
    let box_ends: Vec<usize> = box_re().find_iter(t).map(|m| m.end()).collect();
    let mut streets: Vec<(usize, usize)> = Vec::new();
    for m in street_re().find_iter(t) {
        let (mut s, mut e) = (m.start(), m.end());
        if let Some(c) = prev_char(t, s) {
            if c.is_alphanumeric() {
                continue;
            }
        }
        // The optional letter check may have eaten one following char.
        let ms = m.as_str();
        if let Some(last) = ms.chars().next_back() {
            if !last.is_alphanumeric() {
                e -= last.len_utf8();
            }
        }
        while t[s..e].ends_with([' ', ',']) {
            e -= 1;
        }
        if next_char(t, e).is_some_and(|c| c.is_ascii_digit() || c == '%' || c == '§') {
            continue;
        }
        // "kap" or "§" after the number: a law reference, not a street.
        let a = after(t, e, 8);
        if a.trim_start().starts_with("kap") || a.trim_start().starts_with('§') {
            continue;
        }
        let first_word = t[s..e].split_whitespace().next().unwrap_or("");
        let lw = first_word.to_lowercase();
        if matches!(lw.as_str(), "enligt" | "se" | "sida" | "kapitel" | "paragraf" | "bilaga" | "punkt" | "vecka" | "plan")
            || road_number(&lw)
        {
            s = e; // not an address
        }
        if s >= e {
            continue;
        }
        let (conf, expl) =
            if org_context(t, s) { (0.45, "Gatuadress i en organisations brevhuvud") } else { (0.9, "Gatuadress med nummer") };
        streets.push((s, e));
        out.push(Cand::new(Category::Address, s, e, conf, expl));
        // A foreign postcode right after the street ("Thereses gate 22, 0358 Oslo", "DK-2100 København"):
        // four digits are a Swedish postcode's shape nowhere else.
        if let Some(c) = foreign_postcode_re().captures(&t[e..]) {
            let (pc, m) = (c.name("pc").expect("group"), c.get(0).expect("match"));
            out.push(Cand::new(Category::Address, e + pc.start(), e + m.end(), conf, "Utländskt postnummer och ort efter en gatuadress"));
        }
    }
    for m in foreign_postal_line_re().find_iter(t) {
        let (s, e) = (m.start(), m.end());
        if prev_char(t, s).is_some_and(|c| c.is_alphanumeric() || c == '-')
            || out.iter().any(|c| c.cat == Category::Address && c.start < e && s < c.end)
        {
            continue;
        }
        // The country is not part of the address a reader could find the person at; the town is.
        let town_end = m.as_str().rfind(',').or_else(|| m.as_str().trim_end().rfind([' ', '\t', '\n'])).unwrap_or(m.len());
        let town_end = m.as_str()[..town_end].trim_end().len();
        let conf = if org_context(t, s) { 0.45 } else { 0.85 };
        out.push(Cand::new(Category::Address, s, s + town_end, conf, "Utländskt postnummer och ort (med land)"));
    }
    for m in postcode_re().find_iter(t) {
        let s = m.start();
        if let Some(c) = prev_char(t, s) {
            if c.is_alphanumeric()
                || matches!(c, '-' | '/' | '.' | ',' | '+') && prev_char(t, s - c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
            {
                continue;
            }
        }
        // Town: a place, or a capitalised word that is no ordinary word.
        let town_start = m.as_str().rfind(|c: char| c.is_ascii_digit()).map(|i| i + 1).unwrap_or(0);
        let town = m.as_str()[town_start..].trim();
        let first_town_word = town.split([' ', '-']).next().unwrap_or("");
        let lw = first_town_word.to_lowercase();
        let f = lexicon::flags(&lw);
        if f & lexicon::PLACE == 0 && (lexicon::is_word(&lw) || matches!(lw.as_str(), "kr" | "sek" | "st" | "kronor")) {
            continue;
        }
        let after_box = box_ends.iter().any(|&e| e <= s && t[e..s].chars().all(|c| c.is_whitespace() || c == ','));
        let (conf, expl) = if org_context(t, s) {
            (0.45, "Postnummer och ort i en organisations brevhuvud")
        } else if after_box {
            (0.4, "Postnummer och ort efter en Box-adress (en organisations postadress)")
        } else {
            (0.9, "Postnummer och ort")
        };
        out.push(Cand::new(Category::Address, s, m.end(), conf, expl));
        // A rural address on the line before ("Lövsta 112").
        let ls = t[..s].trim_end_matches([' ', ',', '\n', '\r']).len();
        let prev_line_start = t[..ls].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let same_line_comma = t[..s].trim_end().ends_with(',');
        let cand_start = if same_line_comma { t[..ls].rfind([',', '\n']).map(|i| i + 1).unwrap_or(0) } else { prev_line_start };
        let seg = &t[cand_start..ls];
        let mut seg_trim_start = cand_start + (seg.len() - seg.trim_start().len());
        // A table's row number before it ("2  Bringåsen 140, 831 91 Östersund").
        let row_no = t[seg_trim_start..ls].bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&row_no) {
            let after_no = &t[seg_trim_start + row_no..ls];
            let gap = after_no.len() - after_no.trim_start_matches(['.', ')']).trim_start().len();
            if gap >= 2 && after_no[gap..].starts_with(|c: char| c.is_uppercase()) {
                seg_trim_start += row_no + gap;
            }
        }
        // A form's label before it ("Adress:   Koivukuja 4 B 12").
        if let Some(colon) = t[seg_trim_start..ls].find(':') {
            let label = &t[seg_trim_start..seg_trim_start + colon];
            let rest = &t[seg_trim_start + colon + 1..ls];
            if !label.contains(|c: char| c.is_ascii_digit()) && label.split_whitespace().count() <= 3 && rest.starts_with([' ', '\t']) {
                seg_trim_start += colon + 1 + (rest.len() - rest.trim_start().len());
            }
        }
        if let Some(rm) = rural_re().find(&t[seg_trim_start..ls.max(seg_trim_start)]) {
            let rs = seg_trim_start + rm.start();
            let re_ = seg_trim_start + rm.as_str().trim_end_matches(',').len();
            if !streets.iter().any(|&(a, b)| a < re_ && rs < b) {
                let word = t[rs..re_].split_whitespace().next().unwrap_or("").to_lowercase();
                if !lexicon::is_word(&word) && !matches!(word.as_str(), "box" | "telefon" | "sida" | "rum" | "plan") {
                    out.push(Cand::new(Category::Address, rs, re_, conf.min(0.85), "Adress (namn och nummer före postnummer)"));
                }
            }
        }
    }
    for m in lower_street_re().find_iter(t) {
        let (s, mut e) = (m.start(), m.end());
        if prev_char(t, s).is_some_and(|c| c.is_alphanumeric() || c == '-') {
            continue;
        }
        if let Some(last) = m.as_str().chars().next_back().filter(|c| !c.is_alphanumeric()) {
            e -= last.len_utf8();
        }
        let w = &t[s..e];
        // Road numbers of the road network are not addresses ("riksväg 50", "länsväg 305").
        if road_number(w.split_whitespace().next().unwrap_or(""))
            || ["till", "inom", "mellan"].iter().any(|p| w.starts_with(p))
            || streets.iter().any(|&(a, b)| a < e && s < b)
            || next_char(t, e).is_some_and(|c| c.is_ascii_digit() || c == '%' || c == '§')
            || after(t, e, 8).trim_start().starts_with("kap")
        {
            continue;
        }
        streets.push((s, e));
        out.push(Cand::new(Category::Address, s, e, 0.8, "Gatuadress med nummer (små bokstäver)"));
    }
    // A street without a number where a person lives or stays ("hos min syster på Litteraturgatan",
    // "bor på Storgatan"): part of their address.
    static BARE: OnceLock<Regex> = OnceLock::new();
    let bare = BARE.get_or_init(|| re(&format!(r"[A-ZÅÄÖ][a-zåäöé]{{2,}}(?:{STREET_SUFFIX})")));
    for m in bare.find_iter(t) {
        let (s, e) = (m.start(), m.end());
        if prev_char(t, s).is_some_and(|c| c.is_alphanumeric() || c == '-')
            || next_char(t, e).is_some_and(|c| c.is_alphanumeric())
            || t[e..].trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit())
            || streets.iter().any(|&(a, b)| a < e && s < b)
        {
            continue;
        }
        let line_start = t[..s].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let before = t[floor_char(t, s.saturating_sub(50)).max(line_start)..s].to_lowercase();
        let sentence = before.rfind(['.', '!', '?', ';']).map(|i| &before[i + 1..]).unwrap_or(&before);
        if !sentence.trim_end().ends_with(" på") || !has_word(sentence, RESIDENCE) && !has_word(sentence, &["hos"]) {
            continue;
        }
        streets.push((s, e));
        out.push(Cand::new(Category::Address, s, e, 0.7, "Gata där en person bor eller vistas (utan nummer)"));
    }
    static UPPER: OnceLock<Regex> = OnceLock::new();
    let upper = UPPER.get_or_init(|| {
        re(r"(?-u:\b)[A-ZÅÄÖ]{2,}(?:GATAN|VÄGEN|GRÄND|GRÄNDEN|STIGEN|BACKEN|TORGET|PLAN|ALLÉN|LEDEN)\s+[0-9]{1,4}(?:\s?[A-H](?-u:\b))?")
    });
    for m in upper.find_iter(t) {
        if next_char(t, m.end()).is_some_and(|c| c.is_ascii_digit()) || streets.iter().any(|&(a, b)| a < m.end() && m.start() < b) {
            continue;
        }
        let conf = if org_context(t, m.start()) { 0.45 } else { 0.85 };
        out.push(Cand::new(Category::Address, m.start(), m.end(), conf, "Gatuadress med nummer (versaler)"));
    }
    for m in box_re().find_iter(t) {
        // A Box address is an organisation's postal address (categories.md) unless a private person
        // says it is theirs.
        let personal = has_word(&before(t, m.start(), 40), &["jag", "min", "mitt", "mina", "privat", "hem", "hemadress", "bostadsadress"]);
        let (conf, expl) = if org_context(t, m.start()) {
            (0.4, "Box-adress till en organisation")
        } else if personal {
            (0.75, "Box-adress (privat)")
        } else {
            (0.4, "Box-adress (en organisations postadress)")
        };
        out.push(Cand::new(Category::Address, m.start(), m.end(), conf, expl));
    }
    for m in co_re().find_iter(t) {
        if prev_char(t, m.start()).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        // "c/o Medborgarhuset": care of a building or a body, not of a person.
        let first = t[m.start()..m.end()].split_whitespace().nth(1).unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
        let lw = first.to_lowercase();
        let org = lexicon::flags(&lw) & (lexicon::FIRST | lexicon::LAST) == 0
            && (lexicon::is_word(&lw) || lexicon::is_compound_word(&lw) || ORG_MARKERS.contains(&lw.as_str()));
        if org {
            out.push(Cand::new(Category::Address, m.start(), m.end(), 0.4, "c/o en organisation eller lokal, inte en person"));
        } else {
            out.push(Cand::new(Category::Address, m.start(), m.end(), 0.9, "c/o-adress"));
        }
    }
}

// ---------------------------------------------------------------- bank

fn iban_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?-u:\b)[A-Z]{2}[0-9]{2}(?:[ \u00A0]?[A-Z0-9]){11,32}"))
}

fn iban_len(cc: &str) -> Option<usize> {
    Some(match cc {
        "SE" => 24,
        "NO" => 15,
        "DK" => 18,
        "FI" => 18,
        "DE" => 22,
        "GB" => 22,
        "FR" => 27,
        "ES" => 24,
        "IT" => 27,
        "NL" => 18,
        "BE" => 16,
        "AT" => 20,
        "CH" => 21,
        "PL" => 28,
        "EE" => 20,
        "LV" => 21,
        "LT" => 20,
        "IS" => 26,
        "IE" => 22,
        "PT" => 25,
        "GR" => 27,
        "TR" => 26,
        "BA" => 20,
        "HR" => 21,
        "RS" => 22,
        "SI" => 19,
        "SK" => 24,
        "CZ" => 24,
        "HU" => 28,
        "RO" => 24,
        "BG" => 22,
        "LU" => 20,
        "CY" => 28,
        "MT" => 31,
        "AL" => 28,
        "XK" => 20,
        "MK" => 19,
        "ME" => 22,
        "UA" => 29,
        "LB" => 28,
        "JO" => 30,
        "SA" => 24,
        "AE" => 23,
        "IQ" => 23,
        "PS" => 29,
        "TN" => 24,
        "EG" => 29,
        "IR" => 26,
        "PK" => 24,
        "GE" => 22,
        "AZ" => 28,
        "IL" => 23,
        "QA" => 29,
        "KW" => 30,
        "BH" => 22,
        "LI" => 21,
        "MC" => 27,
        "SM" => 27,
        "AD" => 24,
        "GI" => 23,
        "FO" => 18,
        "GL" => 18,
        "MD" => 24,
        "BY" => 28,
        "KZ" => 20,
        "MR" => 27,
        "BR" => 29,
        "DO" => 28,
        "CR" => 22,
        "GT" => 28,
        "SV" => 28,
        "VG" => 24,
        _ => return None,
    })
}

pub fn iban_ok(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 15 {
        return false;
    }
    let mut rem: u32 = 0;
    for &c in b[4..].iter().chain(b[..4].iter()) {
        let v = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

fn bank_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(r"[1-9][0-9]{3}(?:[ \-][0-9](?:[^0-9 ]|[ ,]))?(?:,?[ \u00A0]*(?i:och\s+)?(?i:kontonummer|kontonr\.?|konto|kontonumret|nr\.?)[:.]?[ \u00A0]*|,[ \u00A0]?|[ \u00A0]*-[ \u00A0]*|[ \u00A0]+)[0-9](?:[ \u00A0\-]?[0-9]){5,11}")
    })
}

const BANK_CUES: &[&str] = &[
    "konto",
    "kontot",
    "kontonummer",
    "kontonr",
    "kontonumret",
    "bankkonto",
    "bankkontot",
    "bankkontonummer",
    "clearing",
    "clearingnummer",
    "clearingnr",
    "clnr",
    "clr",
    "ersättning",
    "ersättningen",
    "utbetalning",
    "utbetalningen",
    "insättning",
    "betalning",
    "betalas",
    "sättas",
    "swedbank",
    "nordea",
    "seb",
    "handelsbanken",
    "danske",
    "sparbank",
    "sparbanken",
    "länsförsäkringar",
    "skandia",
    "skandiabanken",
    "icabanken",
    "bank",
    "banken",
    "lönekonto",
    "personkonto",
    "sparkonto",
    "avanza",
    "nordnet",
];

fn giro_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        re(r"(?i:bankgiro(?:nummer|t)?|bg|plusgiro(?:nummer|t)?|pg|postgiro(?:nummer|t)?)[:.]?\s*(?:nr\.?\s*)?([0-9]{1,4}[ \-]?[0-9]{2}[ \-]?[0-9]{0,4}[ \-]?[0-9])")
    })
}

pub fn bank(t: &str, out: &mut Vec<Cand>) {
    for m in iban_re().find_iter(t) {
        let cc = &m.as_str()[..2];
        let Some(len) = iban_len(cc) else { continue };
        let mut compact = String::with_capacity(34);
        let mut end = m.start();
        for (i, c) in m.as_str().char_indices() {
            if c.is_ascii_alphanumeric() {
                compact.push(c);
                if compact.len() == len {
                    end = m.start() + i + 1;
                    break;
                }
            }
        }
        if compact.len() != len || next_char(t, end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        if iban_ok(&compact) {
            out.push(Cand::new(Category::BankAccount, m.start(), end, 0.97, "IBAN med giltig kontrollsumma (mod 97)"));
        }
    }
    // Looked for only when a number of an account's shape has no cue of its own.
    let mut header: Option<Option<usize>> = None;
    let mut at = 0;
    while let Some(m) = bank_re().find_at(t, at) {
        at = m.end();
        let s = m.start();
        // Two cells of a table row ("2290     5011-10 234 55"): the account may begin after the gap.
        if let Some(gap) = m.as_str().find("  ") {
            at = s + gap + 1;
            continue;
        }
        if prev_char(t, s).is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | '+')) {
            continue;
        }
        // Trim the match to whole digit groups and check what follows.
        let mut e = m.end();
        if next_char(t, e).is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        // Allow a final "-N" check digit.
        if t[e..].starts_with('-')
            && next_char(t, e + 1).is_some_and(|c| c.is_ascii_digit())
            && !next_char(t, e + 2).is_some_and(|c| c.is_ascii_digit())
        {
            e += 2;
        }
        let cand = &t[s..e];
        let digits = cand.bytes().filter(u8::is_ascii_digit).count();
        if !(10..=16).contains(&digits) {
            continue;
        }
        let a = after(t, e, 6);
        if a.trim_start().starts_with("kr") || a.trim_start().starts_with("sek") || a.starts_with(" st") || a.starts_with('%') {
            continue;
        }
        // A date (2024-05-01) or a year range never starts an account.
        let b = before(t, s, 80);
        let last_words: String = b.split_whitespace().rev().take(3).collect::<Vec<_>>().join(" ");
        if has_word(
            &last_words,
            &[
                "faktura",
                "fakturanr",
                "fakturanummer",
                "ocr",
                "org.nr",
                "orgnr",
                "organisationsnummer",
                "dnr",
                "telefon",
                "tel",
                "mobil",
                "belopp",
                "summa",
                "totalt",
            ],
        ) {
            continue;
        }
        let five = {
            let cb = cand.as_bytes();
            cb.len() > 6 && (cb[4] == b'-' || cb[4] == b' ') && cb[5].is_ascii_digit() && (cb[6] == b',' || cb[6] == b' ')
        };
        // A row of a table whose header names an account column: its numbers of an account's shape
        // are accounts (the row's own personnummer and phone are claimed first, see `resolve`).
        let cue = has_word(&b, BANK_CUES) || {
            let h = *header.get_or_insert_with(|| bank_header_end(t));
            h.is_some_and(|h| s >= h && !t[h..s].contains("\n\n\n"))
        };
        if !cue && !five {
            continue;
        }
        let conf = if cue { 0.92 } else { 0.72 };
        out.push(Cand::new(
            Category::BankAccount,
            s,
            e,
            conf,
            if cue { "Bankkonto med clearingnummer (med ledtråd)" } else { "Bankkonto med clearingnummer" },
        ));
    }
    for c in giro_re().captures_iter(t) {
        let m0 = c.get(0).unwrap();
        if prev_char(t, m0.start()).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let num = c.get(1).unwrap();
        let b = before(t, m0.start(), 50);
        let private = has_word(&b, &["mitt", "min", "mina", "jag", "privat", "privata", "personliga"]);
        let org = has_word(
            &b,
            &[
                "ab",
                "leverantör",
                "leverantören",
                "företag",
                "företaget",
                "organisationsnummer",
                "org.nr",
                "faktura",
                "region",
                "regionen",
                "kommun",
                "kommunen",
                "förening",
                "föreningen",
            ],
        );
        if private && !org {
            out.push(Cand::new(Category::BankAccount, num.start(), num.end(), 0.75, "Bankgiro/plusgiro som tillhör en privatperson"));
        }
    }
}

// ---------------------------------------------------------------- vehicles

fn plate_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?-u:\b)[A-HJ-PR-UW-Z]{3}[ \u00A0\n]?[0-9]{2}[0-9A-HJ-NPR-UW-Z](?-u:\b)"))
}

const PLATE_CUES: &[&str] = &[
    "registreringsnummer",
    "registreringsnumret",
    "registreringsnr",
    "regnr",
    "reg.nr",
    "reg",
    "reg.-nr",
    "fordon",
    "fordonet",
    "fordonets",
    "bil",
    "bilen",
    "bilens",
    "bilar",
    "personbil",
    "personbilen",
    "lastbil",
    "lastbilen",
    "motorcykel",
    "mc",
    "släp",
    "släpvagn",
    "husbil",
    "husvagn",
    "moped",
    "mopeden",
    "körde",
    "parkerad",
    "parkerat",
    "parkerade",
    "registrerad",
    "fordonsägare",
    "taxi",
    "bilnummer",
    "skåpbil",
    "traktor",
    // A car named by its make ("Samma vita Volvo XCV 22T").
    "volvo",
    "saab",
    "toyota",
    "volkswagen",
    "vw",
    "audi",
    "bmw",
    "ford",
    "kia",
    "skoda",
    "tesla",
    "mercedes",
    "renault",
    "peugeot",
    "nissan",
    "mazda",
    "hyundai",
    "opel",
    "citroën",
];
const PLATE_STOP: &[&str] = &[
    "SEK", "EUR", "USD", "NOK", "DKK", "GBP", "OSL", "LVU", "LVM", "SOL", "HSL", "PDL", "LSS", "KOL", "ICD", "ATC", "BMI", "DNA", "EKG",
    "CRP", "HIV", "MRT", "MRI", "KVÅ", "SFS", "MSB", "IVO", "SKR", "SCB", "RSV", "PCR", "COV", "BUP", "HVB", "SIS", "FOU", "RUT", "ROT",
    "MOM", "ISO", "GDPR", "BBR", "PBL", "AFS", "ABL", "LAS", "LOU", "LUF", "MBL", "AML", "SKL", "TCO", "SSR", "DIK", "APT", "NPM", "API",
    "PDF", "URL", "CPU", "RAM", "USB", "LED", "GPS", "TEL", "FAX", "BOX", "NR", "SID", "DNR", "REF", "ART", "NUM", "KAP", "AVD", "RUM",
    "TAB", "FIG", "BIL",
];

fn plate_short_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| re(r"(?-u:\b)[A-HJ-PR-UW-Z]{3}[ \u00A0\n]?[0-9]{2}(?-u:\b)"))
}

pub fn vehicles(t: &str, out: &mut Vec<Cand>) {
    // Two digits only (older or mistyped plates): only right after a vehicle cue.
    for m in plate_short_re().find_iter(t) {
        if next_char(t, m.end())
            .is_some_and(|c| c.is_alphanumeric() || c == ',' && next_char(t, m.end() + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            continue;
        }
        let b = before(t, m.start(), 40);
        if has_word(
            &b,
            &[
                "registreringsnummer",
                "registreringsnumret",
                "registreringsnr",
                "regnr",
                "reg.nr",
                "reg.-nr",
                "bilnummer",
                "fordon",
                "fordonet",
                "bil",
                "bilen",
            ],
        ) {
            out.push(Cand::new(Category::Vehicle, m.start(), m.end(), 0.8, "Registreringsnummer (fordon nämns i sammanhanget)"));
        }
    }
    for m in plate_re().find_iter(t) {
        let letters = &m.as_str()[..3];
        let b = before(t, m.start(), 60);
        let a = after(t, m.end(), 30);
        let cue = has_word(&b, PLATE_CUES) || has_word(&a, &["parkerad", "parkerat", "stod", "registrerad"]);
        if !cue {
            // Without a cue only the written form with a space ("ABC 123"), not a code like MSP430.
            if !m.as_str().contains([' ', '\u{a0}']) || m.as_str().contains('\n') {
                continue;
            }
            if PLATE_STOP.contains(&letters) {
                continue;
            }
            let at = a.trim_start();
            if at.starts_with("kap") || at.starts_with('§') || at.starts_with("kr") || at.starts_with('%') || at.starts_with("st ") {
                continue;
            }
            // An upper-case line (a heading) holds upper-case words, not plates.
            let (ls, le) = crate::text::line_bounds(t, m.start());
            if !t[ls..le].chars().any(|c| c.is_lowercase()) {
                continue;
            }
            // A three-letter upper-case abbreviation that recurs as a word elsewhere on the page.
            let occurrences = t.match_indices(letters).count();
            if occurrences > 1 {
                continue;
            }
        }
        let (conf, expl) = if cue {
            (0.93, "Registreringsnummer (fordon nämns i sammanhanget)")
        } else {
            (0.6, "Registreringsnummer (tre bokstäver och tre tecken)")
        };
        out.push(Cand::new(Category::Vehicle, m.start(), m.end(), conf, expl));
    }
}
