//! One tokenisation pass over the text, and sentence boundaries.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner hyphens or apostrophes (Anna-Karin, O'Brien).
    Word,
    /// Digits.
    Num,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// First character upper case.
    pub cap: bool,
    /// Every letter upper case (and at least two letters).
    pub upper: bool,
    /// Whitespace before it holds a line break.
    pub nl_before: bool,
}

impl Tok {
    pub fn text<'a>(&self, t: &'a str) -> &'a str {
        &t[self.start..self.end]
    }
}

fn is_inner_join(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2010}' | '\u{2011}')
}

pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut it = text.char_indices().peekable();
    let mut nl = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                nl = true;
            }
            continue;
        }
        if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            let mut upper_count = usize::from(c.is_uppercase());
            let mut lower_count = usize::from(c.is_lowercase());
            loop {
                match it.peek() {
                    Some(&(j, d)) if d.is_alphabetic() => {
                        upper_count += usize::from(d.is_uppercase());
                        lower_count += usize::from(d.is_lowercase());
                        end = j + d.len_utf8();
                        it.next();
                    }
                    Some(&(j, d)) if is_inner_join(d) => {
                        // Only when a letter follows.
                        let next = text[j + d.len_utf8()..].chars().next();
                        if next.is_some_and(|n| n.is_alphabetic()) {
                            end = j + d.len_utf8();
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            out.push(Tok {
                start: i,
                end,
                kind: Kind::Word,
                cap: c.is_uppercase(),
                upper: upper_count >= 2 && lower_count == 0,
                nl_before: nl,
            });
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Tok { start: i, end, kind: Kind::Num, cap: false, upper: false, nl_before: nl });
        } else {
            out.push(Tok { start: i, end: i + c.len_utf8(), kind: Kind::Punct, cap: false, upper: false, nl_before: nl });
        }
        nl = false;
    }
    out
}

/// Sentence starts (byte offsets), ascending; always begins with 0.
pub fn sentence_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = vec![0];
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let boundary = match c {
            b'.' | b'!' | b'?' => {
                // ". " followed by something that starts a sentence (not "t.ex. " or "1. ").
                i + 1 < b.len() && (b[i + 1] == b' ' || b[i + 1] == b'\n') && {
                    let mut back = text[..i].chars().rev();
                    let c1 = back.next();
                    let c2 = back.next();
                    let prev_short = c1.is_some_and(|c| c.is_alphabetic()) && !c2.is_some_and(|c| c.is_alphabetic());
                    !prev_short
                }
            }
            b'\n' => i + 1 < b.len() && b[i + 1] == b'\n',
            _ => false,
        };
        if boundary {
            let mut j = i + 1;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\n') {
                j += 1;
            }
            if j < b.len() && *out.last().unwrap() != j {
                out.push(j);
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// Index of the sentence containing `pos`.
pub fn sentence_of(starts: &[usize], pos: usize) -> usize {
    match starts.binary_search(&pos) {
        Ok(i) => i,
        Err(i) => i.saturating_sub(1),
    }
}

/// Start of the line containing `pos` and end of it (exclusive, before '\n').
pub fn line_bounds(text: &str, pos: usize) -> (usize, usize) {
    let s = text[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let e = text[pos..].find('\n').map(|i| pos + i).unwrap_or(text.len());
    (s, e)
}

/// Floor `i` to a char boundary.
pub fn floor_char(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn ceil_char(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `t` with the quote markers of a quoted e-mail (`>` at the start of a line, also `> >`) as
/// spaces, keeping every offset; `None` when it has none.
pub fn without_quote_marks(t: &str) -> Option<String> {
    let quoted = t.starts_with('>') || t.contains("\n>") || t.contains("\n >");
    if !quoted {
        return None;
    }
    let mut out = String::with_capacity(t.len());
    let mut line_start = true;
    for c in t.chars() {
        if c == '\n' {
            line_start = true;
            out.push(c);
        } else if line_start && c == '>' {
            out.push(' ');
        } else {
            if !(c == ' ' || c == '\t') {
                line_start = false;
            }
            out.push(c);
        }
    }
    Some(out)
}
