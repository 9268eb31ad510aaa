//! Personnummer, samordningsnummer and interim numbers.
//!
//! Written forms: `YYMMDD-NNNC`, `YYMMDD+NNNC` (`+` = 100 years or older), `YYMMDDNNNC`,
//! `YYYYMMDD-NNNC`, `YYYYMMDDNNNC`. A samordningsnummer adds 60 to the day. An interim number
//! (personnummer spec v3.1) has one of the letters T R S U W X J K L M N in the first serial
//! position; its check digit is computed with the letter read as 1.
//!
//! Validation is by calendar date and the Luhn check digit over the ten-digit form. An
//! organisationsnummer passes Luhn but has month digits of 20 or more, so the date check rejects it.

use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Personnummer,
    Samordningsnummer,
    Interim,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub kind: Kind,
    /// Four-digit year when the written form carries the century, else inferred.
    pub century_known: bool,
    pub year2: u32,
    pub month: u32,
    pub day: u32,
}

/// A personnummer-like match found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Match {
    pub fn explanation(&self) -> String {
        match self.kind {
            Kind::Personnummer => "Giltigt personnummer (datum och kontrollsiffra stämmer)".into(),
            Kind::Samordningsnummer => "Giltigt samordningsnummer (dag + 60, kontrollsiffra stämmer)".into(),
            Kind::Interim => "Interimsnummer (bokstav i födelsenumret, kontrollsiffra stämmer)".into(),
        }
    }
}

const INTERIM_LETTERS: &str = "TRSUWXJKLMN";

fn luhn_ok(digits: &[u32; 10]) -> bool {
    let mut sum = 0;
    for (i, &d) in digits.iter().enumerate() {
        let v = if i % 2 == 0 { d * 2 } else { d };
        sum += if v > 9 { v - 9 } else { v };
    }
    sum % 10 == 0
}

fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            // Without the century, 29 February is possible in some century.
            None => 29,
        },
        _ => 0,
    }
}

/// Parses one written form of a personnummer, samordningsnummer or interim number.
/// Surrounding whitespace is not allowed; use [`find_all`] for running text.
pub fn parse(s: &str) -> Option<Parsed> {
    let b = s.as_bytes();
    let (century, rest) = match b.len() {
        12 | 13 => (Some(&s[..2]), &s[2..]),
        10 | 11 => (None, s),
        _ => return None,
    };
    let rb = rest.as_bytes();
    let (date, sep, serial) = if rb.len() == 11 { (&rest[..6], Some(rb[6]), &rest[7..]) } else { (&rest[..6], None, &rest[6..]) };
    if let Some(c) = sep {
        if c != b'-' && c != b'+' {
            return None;
        }
    }
    if !date.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(c) = century {
        if !c.bytes().all(|c| c.is_ascii_digit()) || !(c == "18" || c == "19" || c == "20") {
            return None;
        }
    }
    let sb = serial.as_bytes();
    if sb.len() != 4 {
        return None;
    }
    let mut interim = false;
    let mut digits = [0u32; 10];
    for (i, c) in date.bytes().enumerate() {
        digits[i] = (c - b'0') as u32;
    }
    for (i, &c) in sb.iter().enumerate() {
        if c.is_ascii_digit() {
            digits[6 + i] = (c - b'0') as u32;
        } else if i == 0 && INTERIM_LETTERS.as_bytes().contains(&c.to_ascii_uppercase()) {
            interim = true;
            digits[6] = 1;
        } else {
            return None;
        }
    }
    let year2 = digits[0] * 10 + digits[1];
    let month = digits[2] * 10 + digits[3];
    let mut day = digits[4] * 10 + digits[5];
    let mut kind = if interim { Kind::Interim } else { Kind::Personnummer };
    if day >= 60 {
        day -= 60;
        kind = if interim {
            return None;
        } else {
            Kind::Samordningsnummer
        };
    }
    // Serial 000 is never issued.
    if digits[6] == 0 && digits[7] == 0 && digits[8] == 0 {
        return None;
    }
    let full_year = century.map(|c| c.parse::<i32>().unwrap() * 100 + year2 as i32);
    if kind == Kind::Samordningsnummer {
        // Skatteverket writes an unknown month as 00 and an unknown day as 60 (00 + 60), and its
        // test numbers use day 61..=91 in every month, so only the range is checked.
        let _ = full_year;
        if month > 12 || day > 31 {
            return None;
        }
    } else if !(1..=12).contains(&month) || day == 0 || day > days_in_month(full_year, month) {
        return None;
    }
    if !luhn_ok(&digits) {
        return None;
    }
    Some(Parsed { kind, century_known: century.is_some(), year2, month, day })
}

pub fn is_valid(s: &str) -> bool {
    parse(s).is_some()
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Digits not glued to other digits or letters on either side. A space or a non-breaking space
        // between the date and the serial is also seen in letters ("19811218 9876"), and a hyphen
        // with spaces around it in forms ("19811218 - 9876").
        Regex::new(
            r"(?x)
            (?:^|[^0-9A-Za-zÅÄÖåäö/:.,])
            (
              (?:18|19|20)?[0-9]{6}
              (?:\x20?[-+\x{2010}\x{2011}\x{2012}\x{2013}\x{2212}]\x20?|\x20|\x{00A0})?
              [0-9TRSUWXJKLMNtrsuwxjklmn][0-9]{3}
            )
            (?:$|[^0-9A-Za-zÅÄÖåäö/:,]|[.,](?:[^0-9]|$))",
        )
        .unwrap()
    })
}

/// Normalises a candidate found in running text to a form [`parse`] understands.
fn normalise(candidate: &str) -> String {
    candidate
        .chars()
        .map(|c| match c {
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => '-',
            c => c,
        })
        .filter(|c| *c != ' ' && *c != '\u{00A0}')
        .collect()
}

/// Finds every valid personnummer, samordningsnummer and interim number in running text –
/// also where OCR read a digit as a look-alike letter ("l9811218-9876", "1981I2l8-98O6"): a
/// letter l, I or | next to a digit is read as 1, O or o as 0. The check digit and the date must
/// still hold, and at least eight of the digits must be real, so words are not turned into numbers.
pub fn find_all(text: &str) -> Vec<Match> {
    let mut out = find_exact(text);
    let folded = fold_lookalikes(text);
    if folded != text {
        for m in find_exact(&folded) {
            let real = text[m.start..m.end].bytes().filter(u8::is_ascii_digit).count();
            if real >= 8 && !out.iter().any(|o| o.start < m.end && m.start < o.end) {
                out.push(m);
            }
        }
        out.sort_by_key(|m| m.start);
    }
    out
}

/// `text` with OCR's look-alikes of digits replaced where they touch a digit. Every replacement is
/// one ASCII byte for one ASCII byte, so offsets into the result are offsets into `text`.
fn fold_lookalikes(text: &str) -> String {
    let b = text.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = b.to_vec();
    for i in 0..b.len() {
        let to = match b[i] {
            b'l' | b'I' | b'|' => b'1',
            b'O' | b'o' => b'0',
            _ => continue,
        };
        if (i > 0 && digit_at(i - 1)) || digit_at(i + 1) {
            out[i] = to;
        }
    }
    String::from_utf8(out).expect("ASCII replaced by ASCII")
}

fn find_exact(text: &str) -> Vec<Match> {
    let mut out = Vec::new();
    let re = pattern();
    let mut at = 0;
    while at <= text.len() {
        let Some(caps) = re.captures_at(text, at) else {
            break;
        };
        let m = caps.get(1).unwrap();
        let cand = normalise(m.as_str());
        // A 12-digit form must start with a century; a 10-digit form may be the tail of a 12-digit
        // one that failed, so try both readings.
        let parsed = parse(&cand).or_else(|| {
            let n = cand.len();
            if n >= 12 {
                parse(&cand[2..])
            } else {
                None
            }
        });
        if let Some(p) = parsed {
            out.push(Match { start: m.start(), end: m.end(), kind: p.kind });
        }
        at = m.end().max(at + 1);
        while at < text.len() && !text.is_char_boundary(at) {
            at += 1;
        }
    }
    out
}

/// Replaces every personnummer-like number in `text` with a mask of the same shape.
pub fn mask(text: &str) -> (String, usize) {
    let found = find_all(text);
    if found.is_empty() {
        return (text.to_string(), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in &found {
        out.push_str(&text[last..m.start]);
        // Keep the separator so the reader sees a masked personnummer, not a gap.
        out.push_str("ÅÅMMDD-XXXX");
        last = m.end;
    }
    out.push_str(&text[last..]);
    (out, found.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocr_lookalikes_inside_a_personnummer_are_read_as_digits() {
        // 19811218-9876 is valid (the corpus's own example is not used: any valid number will do).
        let valid = "19811218-9876";
        assert!(is_valid(valid));
        for seen in ["l9811218-9876", "1981I2l8-9876", "Pnr: 198l1218-9876."] {
            let found = find_all(seen);
            assert_eq!(found.len(), 1, "{seen}");
            assert_eq!((found[0].start, found[0].end - found[0].start), (seen.find(['1', 'l']).unwrap(), valid.len()), "{seen}");
        }
        assert_eq!(find_all("19811218-98O6").len(), 0, "the check digit still has to hold");
        assert!(find_all("Oll0lI0lOIl0").is_empty(), "a word of look-alikes is no number");
        assert!(find_all("Mötet hölls 2021 i Östersund, lokal lO.").is_empty());
    }

    #[test]
    fn written_forms() {
        for s in ["811218-9876", "8112189876", "19811218-9876", "198112189876", "090527+1474"] {
            assert!(is_valid(s), "{s}");
        }
        assert!(!is_valid("811218-9875"));
        assert!(!is_valid("556016-0680"), "organisationsnummer");
    }

    #[test]
    fn samordningsnummer_and_interim() {
        assert_eq!(parse("701063-2391").unwrap().kind, Kind::Samordningsnummer);
        assert_eq!(parse("000101-T220").unwrap().kind, Kind::Interim);
    }

    #[test]
    fn written_forms_in_running_text() {
        for (t, want) in [
            ("pnr 19811218 - 9876.", "19811218 - 9876"),
            ("pnr 811218 9876.", "811218 9876"),
            ("född 090527+1474", "090527+1474"),
            ("(198112189876)", "198112189876"),
            ("pnr 19811218\u{2013}9876", "19811218\u{2013}9876"),
        ] {
            let f = find_all(t);
            assert_eq!(f.len(), 1, "{t}");
            assert_eq!(&t[f[0].start..f[0].end], want);
        }
    }

    #[test]
    fn found_in_text_not_in_numbers() {
        let t = "Patient 19811218-9876 bor här. Dnr RS/399/2021, org.nr 556016-0680, faktura 8112189876123.";
        let f = find_all(t);
        assert_eq!(f.len(), 1);
        assert_eq!(&t[f[0].start..f[0].end], "19811218-9876");
        let (masked, n) = mask(t);
        assert_eq!(n, 1);
        assert!(!masked.contains("9876 "));
    }
}
