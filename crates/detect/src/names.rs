//! Names of natural persons: dictionary look-ups over one token stream, plus context cues.

use crate::lexicon::{self, lower_into, FIRST, LAST, PLACE, SHORT, WORD};
use crate::text::{Kind, Tok};
use crate::{Cand, Category};

// Token classes.
const C_F: u16 = 1; // first name
const C_L: u16 = 2; // surname (dictionary)
const C_AMB: u16 = 4; // also an ordinary word, a place or very short
const C_SHAPE: u16 = 8; // surname by its shape (-sson, -berg, -ović, -ski, -nen ...)
const C_UNK: u16 = 16; // unknown capitalised token that looks like a name
const C_ORG: u16 = 32; // organisation or document word: never part of a name
const C_WORD: u16 = 64; // ordinary word (not a name)
const C_GEN: u16 = 128; // genitive -s form of a name
const C_CAP: u16 = 256; // capitalised word
const C_UPPER: u16 = 512; // all capitals
const C_INITIAL: u16 = 1024; // one capital letter
const C_PLACE: u16 = 2048; // also a place (Santa, Sierra, Mora)

const PARTICLES: &[&str] = &[
    "af", "von", "van", "der", "de", "da", "di", "du", "la", "le", "bin", "ibn", "abu", "al", "el", "dos", "das", "del", "ben", "ter",
    "ten", "op", "zu", "den", "st",
];

const ORG_WORDS: &[&str] = &[
    // Individ- och familjeomsorgen ("IFO Berg"), a note ("Anm:"), a degree in a signature.
    "ifo",
    "anm",
    "socionom",
    "clearing",
    "clearingnummer",
    "region",
    "regionen",
    "regionens",
    "kommun",
    "kommunen",
    "kommunens",
    "landsting",
    "landstinget",
    "nämnd",
    "nämnden",
    "styrelse",
    "styrelsen",
    "förvaltning",
    "förvaltningen",
    "ab",
    "hb",
    "kb",
    "aktiebolag",
    "sjukhus",
    "sjukhuset",
    "universitet",
    "universitetet",
    "skola",
    "skolan",
    "gymnasium",
    "gymnasiet",
    "myndighet",
    "myndigheten",
    "verket",
    "inspektionen",
    "stiftelsen",
    "föreningen",
    "förbundet",
    "kyrka",
    "kyrkan",
    "församling",
    "hälsocentral",
    "hälsocentralen",
    "vårdcentral",
    "vårdcentralen",
    "klinik",
    "kliniken",
    "mottagning",
    "mottagningen",
    "avdelning",
    "avdelningen",
    "enhet",
    "enheten",
    "centrum",
    "center",
    "bolag",
    "bolaget",
    "sverige",
    "svenska",
    "riksdag",
    "riksdagen",
    "regeringen",
    "departement",
    "departementet",
    "tingsrätt",
    "tingsrätten",
    "polisen",
    "polismyndigheten",
    "länsstyrelsen",
    "socialtjänsten",
    "patientnämnden",
    "kommunfullmäktige",
    "regionfullmäktige",
    "fullmäktige",
    "protokoll",
    "protokollsutdrag",
    "beslut",
    "bilaga",
    "ärende",
    "dnr",
    "diarienummer",
    "datum",
    "telefon",
    "tel",
    "e-post",
    "epost",
    "adress",
    "postadress",
    "besöksadress",
    "org",
    "orgnr",
    "sida",
    "faktura",
    "fakturanummer",
    "personnummer",
    "ansökan",
    "anmälan",
    "yttrande",
    "riktlinje",
    "rutin",
    "policy",
    "plan",
    "mall",
    "bank",
    "banken",
    "street",
    "gatan",
    "vägen",
    "kap",
    "lag",
    "lagen",
    "förordning",
    "förordningen",
    "ordförande",
    "justerare",
    "sekreterare",
    "handläggare",
    "hälsning",
    "hälsningar",
    "med",
    "vänlig",
    "vänliga",
    "tack",
    "hej",
    "mvh",
    "syfte",
    "bakgrund",
    "sammanfattning",
    "underskrift",
    "namnförtydligande",
    "kontaktperson",
    "referens",
    "ort",
    "postnummer",
    "kontakt",
    "övrigt",
    "moderaterna",
    "socialdemokraterna",
    "sverigedemokraterna",
    "vänsterpartiet",
    "centerpartiet",
    "liberalerna",
    "kristdemokraterna",
    "miljöpartiet",
    "kommunal",
    "vision",
    "unionen",
    "vårdförbundet",
    "saco",
    "tco",
    "jehovas",
    "pingstkyrkan",
    "svenska",
    "dr",
    "doktor",
    "lex",
    "covid",
    "sars",
];

/// Cue words after which a capitalised token is read as a name even if the dictionary does not know it.
const STRONG_CUES: &[&str] = &[
    "namn",
    "förnamn",
    "efternamn",
    "patient",
    "patienten",
    "patientens",
    "sökande",
    "sökanden",
    "klagande",
    "kontaktperson",
    "handläggare",
    "handläggaren",
    "undertecknad",
    "undertecknade",
    "mvh",
    "hälsning",
    "hälsningar",
    "ordförande",
    "justerare",
    "justeras",
    "sekreterare",
    "ledamot",
    "ledamöter",
    "ersättare",
    "anmälare",
    "anmälaren",
    "vårdnadshavare",
    "vårdnadshavaren",
    "referens",
    "referensperson",
    "dokumentägare",
    "ansvarig",
    "upprättad",
    "upprättat",
    "beslutsfattare",
    "föredragande",
    "avsändare",
    "mottagare",
    "ombud",
    "ombudet",
    "underskrift",
    "namnförtydligande",
    "signatur",
    "heter",
    "läkare",
    "läkaren",
    "överläkare",
    "sjuksköterska",
    "sjuksköterskan",
    "kurator",
    "kuratorn",
    "psykolog",
    "psykologen",
    "rektor",
    "rektorn",
    "chef",
    "enhetschef",
    "verksamhetschef",
    "avdelningschef",
    "socialsekreterare",
    "biståndshandläggare",
    "utredare",
    "utredaren",
    "doktor",
    "dr",
    "herr",
    "fru",
    "fröken",
    "make",
    "maka",
    "maken",
    "makan",
    "sambo",
    "sambon",
    "son",
    "dotter",
    "sonen",
    "dottern",
    "mamma",
    "pappa",
    "mor",
    "far",
    "bror",
    "syster",
    "brodern",
    "systern",
    "barnet",
    "eleven",
    "elev",
    "hej",
    "hejsan",
    "bästa",
    "kära",
    "vittne",
    "vittnet",
    "tolk",
    "tolken",
    "förvaltare",
    "närvarande",
    "protokollförare",
    "sekr",
    "ordf",
    "vice",
    "deltagare",
    "författare",
    "granskare",
    "granskad",
    "godkänd",
    "beslutad",
    "skriven",
    "klient",
    "klienten",
    "brukare",
    "brukaren",
    "anställd",
    "medarbetare",
    "medarbetaren",
    "arbetstagare",
    "arbetstagaren",
    "sökt",
    "jag",
    "från",
    "till",
    "avser",
    "angående",
    "gällande",
    "ang",
    "betr",
    "mor",
    "far",
    "farmor",
    "farfar",
    "mormor",
    "morfar",
    "barnbarn",
    "syskon",
    "syskonet",
    "halvbror",
    "halvsyster",
    "moster",
    "faster",
    "morbror",
    "farbror",
    "kusin",
    "partner",
    "fästman",
    "fästmö",
    "flickvän",
    "pojkvän",
    "kollega",
    "kollegan",
    "god",
    "man",
    "attest",
    "attesterad",
    "firmatecknare",
    "företrädare",
    "kontaktperson",
    "kontakt",
    "intygar",
    "intygas",
    "utfärdad",
    "professor",
    "leg",
    "specialistläkare",
    "distriktsläkare",
    "barnmorska",
    "undersköterska",
    "fysioterapeut",
    "arbetsterapeut",
    "tandläkare",
    "advokat",
    "jurist",
    "åklagare",
    "domare",
    "nämndeman",
    "polis",
    "polisen",
    "inspektör",
    "handledare",
    "lärare",
    "mentor",
    "rådman",
    "notarie",
    "kommissarie",
    "tjänsteman",
    "handläggande",
    "boende",
    "hyresgäst",
    "ägare",
    "fastighetsägare",
];
/// Cues that are too common to admit a token the dictionary does not know.
const WEAK_CUES: &[&str] = &[
    "från",
    "till",
    "avser",
    "angående",
    "gällande",
    "ang",
    "betr",
    "jag",
    "god",
    "man",
    "polis",
    "polisen",
    "kontakt",
    "boende",
    "ägare",
    "leg",
    "hej",
    "bästa",
    "kära",
    "partner",
];
/// Words after a genitive name that make it part of a place, an institution or a disease.
const INSTITUTION_NOUNS: &[&str] = &[
    "gata",
    "gatan",
    "väg",
    "vägen",
    "plats",
    "platsen",
    "torg",
    "torget",
    "allé",
    "backe",
    "gränd",
    "park",
    "parken",
    "skola",
    "skolan",
    "gymnasium",
    "gymnasiet",
    "sjukhus",
    "sjukhuset",
    "hus",
    "huset",
    "hall",
    "hallen",
    "stiftelse",
    "fond",
    "fonden",
    "pris",
    "priset",
    "minne",
    "dag",
    "lag",
    "sjukdom",
    "syndrom",
    "kyrka",
    "kapell",
    "bro",
    "bron",
    "hamn",
    "udde",
    "holme",
    "äng",
    "hage",
    "gård",
    "gården",
    "förlag",
    "bibliotek",
    "museum",
    "teater",
    "institut",
    "instituts",
    "institutet",
    "vårdcentral",
    "hälsocentral",
    "tandvård",
    "klinik",
    "center",
    "centrum",
];
const ORG_FOLLOWERS: &[&str] =
    &["AB", "HB", "KB", "Aktiebolag", "Ek", "ek", "&", "Bygg", "Consulting", "Group", "AS", "Oy", "GmbH", "Ltd", "Inc"];
/// A trade after a name in the genitive makes a firm ("Haidaris Taxi", "Sandbergs El").
const TRADES: &[&str] = &[
    "Taxi",
    "El",
    "Bygg",
    "Måleri",
    "VVS",
    "Åkeri",
    "Transport",
    "Service",
    "Frisör",
    "Städ",
    "Entreprenad",
    "Konsult",
    "Redovisning",
    "Fastigheter",
    "Plåt",
    "Rör",
    "Motor",
    "Bil",
    "Trafikskola",
    "Blommor",
    "Foto",
    "Snickeri",
    "Mek",
    "Gräv",
    "Trädgård",
    "Café",
    "Kafé",
    "Pizzeria",
    "Bageri",
    "Livs",
    "Handel",
    "Juridik",
    "Revision",
    "Tandvård",
];

fn surname_shape(l: &str) -> bool {
    let n = l.chars().count();
    if n < 4 {
        return false;
    }
    const SUF: &[(&str, usize)] = &[
        ("sson", 6),
        ("berg", 6),
        ("gren", 6),
        ("ström", 6),
        ("lund", 6),
        ("qvist", 6),
        ("kvist", 6),
        ("holm", 6),
        ("dahl", 6),
        ("stedt", 7),
        ("ander", 7),
        ("blad", 6),
        ("fors", 6),
        ("borg", 6),
        ("mark", 6),
        ("gård", 6),
        ("bäck", 6),
        ("vall", 6),
        ("ovic", 5),
        ("ović", 5),
        ("evic", 5),
        ("ević", 5),
        ("ić", 5),
        ("ski", 6),
        ("ska", 6),
        ("cki", 6),
        ("cka", 6),
        ("wicz", 6),
        ("czyk", 6),
        ("czak", 6),
        ("inen", 6),
        ("ainen", 7),
        ("zadeh", 6),
        ("zada", 6),
        ("zai", 6),
        ("oglu", 6),
        ("oğlu", 6),
        ("enko", 6),
        ("chuk", 6),
        ("yuk", 6),
        ("ova", 6),
        ("yan", 5),
        ("quist", 6),
        ("stam", 6),
        ("löf", 6),
        ("ling", 7),
        ("hed", 6),
        ("sjö", 6),
        ("lin", 6),
        ("én", 4),
        ("ér", 4),
        ("ius", 6),
        ("dotter", 8),
        ("nen", 6),
    ];
    SUF.iter().any(|(s, min)| n >= *min && l.ends_with(s))
}

struct Classifier {
    buf: String,
    part: String,
}

impl Classifier {
    fn classify(&mut self, w: &str, tok: &Tok) -> u16 {
        let mut c = 0u16;
        if tok.cap {
            c |= C_CAP;
        }
        if tok.upper {
            c |= C_UPPER;
        }
        let nchars = w.chars().count();
        if nchars == 1 {
            return if tok.cap { c | C_INITIAL } else { c };
        }
        lower_into(w, &mut self.buf);
        let l = self.buf.as_str();
        if crate::word_set!(ORG_WORDS).contains(&l) {
            return c | C_ORG;
        }
        if l.contains('-') {
            // Hyphenated: Anna-Karin, Svensson-Lind, Al-Hassan, Jean-Pierre.
            let mut all_f = true;
            let mut all_l = true;
            let mut any = false;
            let parts: Vec<&str> = w.split(['-', '\u{2010}', '\u{2011}']).collect();
            for (i, p) in parts.iter().enumerate() {
                lower_into(p, &mut self.part);
                let pl = self.part.as_str();
                if i == 0 && parts.len() > 1 && matches!(pl, "al" | "el" | "abu" | "bin" | "ben" | "ibn" | "ould") {
                    all_f = false;
                    continue;
                }
                let f = lexicon::flags(pl);
                let shape = surname_shape(pl) && !lexicon::is_word(pl);
                if f & FIRST == 0 {
                    all_f = false;
                }
                if f & LAST == 0 && !shape {
                    all_l = false;
                }
                if f & (FIRST | LAST) != 0 || shape {
                    any = true;
                }
            }
            // "Maria-anmälan", "Covid-19": a name glued to an ordinary word is a word.
            if parts.iter().skip(1).any(|p| p.chars().next().is_some_and(|ch| ch.is_lowercase())) {
                return c | C_WORD;
            }
            if all_f {
                c |= C_F;
            }
            if all_l && any {
                c |= C_L;
            }
            if c & (C_F | C_L) == 0 {
                c |= if any { C_UNK } else { C_WORD };
            }
            return c;
        }
        let mut f = lexicon::flags(l);
        if f & (FIRST | LAST) == 0 && l.ends_with('s') && nchars > 3 {
            let g = lexicon::flags(&l[..l.len() - 1]);
            if g & (FIRST | LAST) != 0 {
                f = g;
                c |= C_GEN;
            }
        }
        if f & FIRST != 0 {
            c |= C_F;
        }
        if f & LAST != 0 {
            c |= C_L;
        }
        if f & (FIRST | LAST) != 0 {
            if f & (WORD | PLACE | SHORT) != 0 {
                c |= C_AMB;
            }
            if f & PLACE != 0 {
                c |= C_PLACE;
            }
            if f & LAST == 0 && surname_shape(l) {
                c |= C_SHAPE;
            }
            return c;
        }
        if f & PLACE != 0 {
            return c | C_WORD;
        }
        if lexicon::is_word(l) {
            return c | C_WORD;
        }
        if surname_shape(l) && !lexicon::is_compound_word(l) {
            return c | C_SHAPE;
        }
        // Mixed case inside a word (IPv, iPhone, WiFi) is a code or a brand, not a name.
        let inner_upper = w.chars().zip(w.chars().skip(1)).any(|(prev, ch)| ch.is_uppercase() && prev != '\'' && prev != '’')
            && !tok.upper
            && !w.starts_with("Mc")
            && !w.starts_with("Mac");
        if tok.cap && !inner_upper && !lexicon::is_compound_word(l) && w.chars().all(|ch| ch.is_alphabetic() || ch == '\'' || ch == '’') {
            return c | C_UNK;
        }
        c | C_WORD
    }
}

fn is_cue(words: &'static [&'static str], l: &str) -> bool {
    if std::ptr::eq(words, STRONG_CUES) {
        crate::word_set!(STRONG_CUES).contains(l)
    } else {
        crate::word_set!(WEAK_CUES).contains(l)
    }
}

/// Finds the cue (if any) in the few tokens before `i`: returns (strong, weak).
fn cue_before(t: &str, toks: &[Tok], i: usize, buf: &mut String, used: &[bool]) -> (bool, bool) {
    // "Siv Ström och Björn Berg", "Eva Holm, Per Berg": a name in a list of names.
    if i >= 2 && matches!(toks[i - 1].text(t), "och" | "samt" | "," | "&" | "eller" | ";") {
        // Skip a role or a party after the previous name: "Elsa Lindahl (chef), Ebba Strand",
        // "Jovana Kowalczyk (S), ordförande; Ebba Falk".
        let mut j = i - 2;
        let mut back = 0;
        while back < 6 && !used[j] && j > 0 {
            let tx = toks[j].text(t);
            let skippable = matches!(tx, ")" | "(" | "," | ";")
                || toks[j].kind == Kind::Word && (!toks[j].cap || tx.len() <= 3 && tx.chars().all(char::is_uppercase));
            if !skippable || toks[j].nl_before {
                break;
            }
            j -= 1;
            back += 1;
        }
        if used[j] {
            return (true, false);
        }
    }
    // A signature after a slash at the start of a line ("/Lena").
    if i >= 1 && toks[i - 1].text(t) == "/" && (i == 1 || toks[i - 1].nl_before) && !toks[i].nl_before {
        return (true, false);
    }
    let mut k = i;
    let mut words_seen = 0;
    while k > 0 && words_seen < 3 {
        k -= 1;
        let tk = &toks[k];
        match tk.kind {
            Kind::Punct => {
                let p = tk.text(t);
                if !matches!(p, ":" | "," | "." | "(" | "-" | "–" | "/") {
                    return (false, false);
                }
                continue;
            }
            Kind::Num => return (false, false),
            Kind::Word => {
                words_seen += 1;
                lower_into(tk.text(t), buf);
                if is_cue(STRONG_CUES, buf) {
                    let weak = is_cue(WEAK_CUES, buf);
                    return (!weak, weak);
                }
                // Only small words may stand between the cue and the name ("läkare var", "hos leverantören").
                if !matches!(
                    buf.as_str(),
                    "var"
                        | "är"
                        | "blir"
                        | "hos"
                        | "leverantören"
                        | "till"
                        | "för"
                        | "ansvarig"
                        | "ansvariga"
                        | "min"
                        | "mitt"
                        | "mina"
                        | "vår"
                        | "er"
                        | "din"
                        | "hans"
                        | "hennes"
                        | "av"
                        | "mvh"
                        | "vänliga"
                        | "vänlig"
                        | "med"
                        | "hälsningar"
                        | "hälsning"
                        | "nya"
                        | "nye"
                        | "tf"
                        | "t.f"
                ) {
                    return (false, false);
                }
            }
        }
    }
    (false, false)
}

/// Whether token `k` starts a sentence, a line or a heading.
fn sentence_initial(t: &str, toks: &[Tok], k: usize) -> bool {
    if k == 0 || toks[k].nl_before {
        return true;
    }
    let p = &toks[k - 1];
    p.kind == Kind::Punct && matches!(p.text(t), "." | ":" | "!" | "?" | "•" | "-" | "–" | "\"" | "”")
}

fn gap_ok(t: &str, a: &Tok, b: &Tok) -> bool {
    // Only whitespace between two tokens of one name, and no table's cell gap (three spaces or
    // more, a tab): "Karin Sjöberg        Göran Älgå" is two names in two columns.
    a.end <= b.start && {
        let g = &t[a.end..b.start];
        g.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\n') && !g.contains("   ")
    }
}

/// Two spaces or more, or a tab: the gap between a table's columns.
pub(crate) fn column_gap(gap: &str) -> bool {
    gap.contains('\t') || gap.contains("  ")
}

/// Whether token `k` starts a line or a table's cell (after a column gap).
fn cell_start(t: &str, toks: &[Tok], k: usize) -> bool {
    k == 0 || toks[k].nl_before || column_gap(&t[toks[k - 1].end..toks[k].start])
}

/// Whether a cell ends after token `e`: the line ends or a column gap follows.
fn cell_ends(t: &str, toks: &[Tok], e: usize) -> bool {
    toks.get(e + 1).is_none_or(|nx| nx.nl_before || column_gap(&t[toks[e].end..nx.start]))
}

/// Whether at least two names already found stand in the character column `col` (±1): a table's
/// name column.
fn name_column(columns: &[usize], col: usize) -> bool {
    columns.iter().filter(|&&c| c.abs_diff(col) <= 1).count() >= 2
}

/// A double first name whose parts are all first names ("Per-Olof", "Eva-Lena") followed by a
/// capitalised word on the same line: the word is the surname even if it is also an ordinary word
/// ("Per-Olof Hed", "Ann-Britt Dal"). And short initials used as a name in an e-mail's greeting or
/// sign-off ("Hej PO,", "/KG").
fn double_first_and_initials(t: &str, toks: &[Tok], cls: &[u16], used: &mut [bool], out: &mut Vec<Cand>) {
    let n = toks.len();
    for k in 0..n {
        if used[k] || toks[k].kind != Kind::Word {
            continue;
        }
        let c = cls[k];
        let w = toks[k].text(t);
        if c & C_F != 0 && c & (C_ORG | C_UPPER | C_WORD) == 0 && w.contains('-') && k + 1 < n && !used[k + 1] {
            let nx = &toks[k + 1];
            let nc = cls[k + 1];
            if nx.kind == Kind::Word
                && !nx.nl_before
                && nc & C_CAP != 0
                && nc & (C_ORG | C_UPPER | C_GEN | C_INITIAL) == 0
                && gap_ok(t, &toks[k], nx)
                && !column_gap(&t[toks[k].end..nx.start])
            {
                out.push(Cand::new(Category::Name, toks[k].start, nx.end, 0.85, "Dubbelt förnamn följt av efternamn"));
                used[k] = true;
                used[k + 1] = true;
            }
            continue;
        }
        // "PO", "KG", "AK": two or three capitals alone as a greeting's addressee or a signature.
        let nch = w.chars().count();
        if c & C_UPPER != 0 && (2..=3).contains(&nch) && w.chars().all(|ch| ch.is_uppercase()) {
            let (ls, le) = crate::text::line_bounds(t, toks[k].start);
            let before = t[ls..toks[k].start].trim();
            let after = t[toks[k].end..le].trim();
            let bl = before.to_lowercase();
            let greeting = matches!(bl.as_str(), "hej" | "hejsan" | "hallå" | "hälsningar" | "kära" | "tack" | "mvh" | "hälsningar,")
                && (after.is_empty() || after.starts_with([',', '!', '.']));
            let signed = before == "/" && after.is_empty();
            if greeting || signed {
                out.push(Cand::new(Category::Name, toks[k].start, toks[k].end, 0.7, "Initialer som namn i en hälsning eller signatur"));
                used[k] = true;
            }
        }
    }
}

pub fn names(t: &str, toks: &[Tok], out: &mut Vec<Cand>, known: &[String]) {
    let first_cand = out.len();
    let mut cl = Classifier { buf: String::with_capacity(32), part: String::with_capacity(32) };
    let mut cuebuf = String::with_capacity(32);
    let n = toks.len();
    let mut cls = vec![0u16; n];
    for (i, tk) in toks.iter().enumerate() {
        if tk.kind == Kind::Word && (tk.cap || tk.upper) {
            cls[i] = cl.classify(tk.text(t), tk);
        } else if tk.kind == Kind::Word {
            lower_into(tk.text(t), &mut cl.buf);
            if crate::word_set!(PARTICLES).contains(&cl.buf.as_str()) {
                cls[i] = 0x8000; // particle marker
            }
        }
    }
    let is_nameish = |c: u16| c & (C_F | C_L | C_SHAPE | C_UNK) != 0 && c & C_ORG == 0;
    let mut used = vec![false; n];
    surname_first_rows(t, toks, &cls, &mut used, out);
    double_first_and_initials(t, toks, &cls, &mut used, out);
    signature_lines(t, toks, &cls, &mut used, out);
    let mut i = 0;
    while i < n {
        let c = cls[i];
        if c == 0 || c & 0x8000 != 0 || used[i] {
            i += 1;
            continue;
        }
        // Initials: "A. Svensson", "A.-K. Svensson", "A B Svensson" (the last only after a cue).
        if c & C_INITIAL != 0 {
            let mut j = i;
            let mut dotted = false;
            while j + 1 < n && (cls[j] & C_INITIAL != 0) {
                if toks[j + 1].kind == Kind::Punct && toks[j + 1].text(t) == "." {
                    dotted = true;
                    j += 2;
                } else if toks[j + 1].kind == Kind::Punct && toks[j + 1].text(t) == "-" {
                    j += 2;
                } else {
                    j += 1;
                }
                if j < n && toks[j].kind == Kind::Punct && toks[j].text(t) == "-" {
                    j += 1;
                }
            }
            if j < n && j > i && toks[j].kind == Kind::Word && !toks[j].nl_before {
                let lc = cls[j];
                let strong_last = lc & (C_L | C_SHAPE) != 0 && lc & C_AMB == 0 && lc & C_ORG == 0;
                let (cue, _) = cue_before(t, toks, i, &mut cuebuf, &used);
                // A dotted initial before a dictionary surname that is also a word ("T. Rask",
                // "S. Björk"): the initial makes it a name ("A. Inledning" has no surname).
                let word_last = dotted && lc & C_L != 0 && lc & C_ORG == 0 && toks[j].cap;
                if (dotted && strong_last) || word_last || (cue && is_nameish(lc)) {
                    out.push(Cand::new(Category::Name, toks[i].start, toks[j].end, 0.8, "Initial och efternamn"));
                    for u in &mut used[i..=j] {
                        *u = true;
                    }
                    i = j + 1;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        if c & C_CAP == 0 && c & C_UPPER == 0 {
            i += 1;
            continue;
        }
        // A run of capitalised tokens separated by whitespace (particles allowed inside).
        let mut j = i + 1;
        while j < n {
            let cj = cls[j];
            if used[j] {
                break;
            }
            if !gap_ok(t, &toks[j - 1], &toks[j]) {
                break;
            }
            if cj & 0x8000 != 0 && j + 1 < n && cls[j + 1] & C_CAP != 0 && gap_ok(t, &toks[j], &toks[j + 1]) {
                j += 1;
                continue;
            }
            if cj & (C_CAP | C_UPPER) == 0 || cj & C_INITIAL != 0 {
                break;
            }
            if toks[j].nl_before {
                // A name wrapped across lines: only a clear surname continues it.
                let ok = cj & (C_L | C_SHAPE) != 0 && cj & C_AMB == 0 && cls[j - 1] & C_F != 0 && j - i == 1;
                if !ok {
                    break;
                }
            }
            j += 1;
            if j - i >= 6 {
                break;
            }
        }
        let run = i..j;
        // Cue words inside the run ("Handläggare Eva Holm") shift the start.
        let mut k = run.start;
        let mut cue_in_run = false;
        while k < run.end {
            lower_into(toks[k].text(t), &mut cuebuf);
            if cls[k] & (C_F | C_L) == 0 && is_cue(STRONG_CUES, &cuebuf) {
                cue_in_run = true;
                k += 1;
                continue;
            }
            if cls[k] & (C_ORG | C_WORD) != 0 && cls[k] & (C_F | C_L) == 0 {
                k += 1;
                continue;
            }
            break;
        }
        if k >= run.end {
            i = run.end;
            continue;
        }
        let (strong_cue, weak_cue) = if cue_in_run { (true, false) } else { cue_before(t, toks, k, &mut cuebuf, &used) };
        // The name: from k while tokens are name-like.
        let mut m = k;
        while m < run.end && (is_nameish(cls[m]) || (cls[m] & 0x8000 != 0 && m > k)) {
            if cls[m] & C_GEN != 0 {
                m += 1;
                break; // a genitive ends the name
            }
            m += 1;
        }
        // Drop trailing particles.
        while m > k && cls[m - 1] & 0x8000 != 0 {
            m -= 1;
        }
        if m == k {
            i = k + 1;
            continue;
        }
        let first = cls[k];
        let last = cls[m - 1];
        let len = m - k;
        let all_upper = (k..m).all(|x| cls[x] & C_UPPER != 0);
        let next_word = toks.get(m).filter(|tk| gap_ok(t, &toks[m - 1], tk)).map(|tk| tk.text(t));
        if next_word.is_some_and(|w| ORG_FOLLOWERS.contains(&w)) {
            i = m + 1;
            continue;
        }
        if let Some(w) = next_word {
            lower_into(w, &mut cuebuf);
            if crate::word_set!(INSTITUTION_NOUNS).contains(&cuebuf.as_str()) {
                i = m + 1;
                continue;
            }
        }
        let f_clear = |c: u16| c & C_F != 0 && c & C_AMB == 0;
        let l_clear = |c: u16| (c & C_L != 0 && c & C_AMB == 0) || c & C_SHAPE != 0;
        let mut conf: f32 = 0.0;
        let mut expl = "";
        if len >= 2 {
            if all_upper {
                if f_clear(first) && l_clear(last) {
                    conf = 0.85;
                    expl = "Förnamn och efternamn i namnlistan (versaler)";
                } else if strong_cue && (first & C_F != 0 || last & C_L != 0) {
                    conf = 0.75;
                    expl = "Namn efter ledord (versaler)";
                }
            } else if f_clear(first) && l_clear(last) {
                conf = 0.95;
                expl = "Förnamn och efternamn i namnlistan";
            } else if f_clear(first) && last & C_UNK != 0 {
                conf = 0.85;
                expl = "Känt förnamn följt av efternamn";
            } else if f_clear(first) && last & C_L != 0 {
                conf = 0.82;
                expl = "Förnamn och efternamn i namnlistan (efternamnet är också ett ord eller en ort)";
            } else if first & C_F != 0 && first & C_PLACE == 0 && l_clear(last) {
                conf = 0.85;
                expl = "Förnamn och efternamn i namnlistan";
            } else if f_clear(first) && f_clear(last) {
                conf = if strong_cue || weak_cue { 0.8 } else { 0.7 };
                expl = "Två förnamn i namnlistan";
            } else if strong_cue {
                conf = 0.78;
                expl = "Namn efter ledord (t.ex. handläggare, namn, underskrift)";
            } else if weak_cue && (first & C_F != 0) && last & (C_L | C_SHAPE | C_UNK) != 0 {
                conf = 0.75;
                expl = "Förnamn och efternamn efter ledord";
            } else if first & C_F != 0
                && first & C_PLACE == 0
                && last & C_L != 0
                && last & C_PLACE == 0
                && len == 2
                && !sentence_initial(t, toks, k)
            {
                // Both also ordinary words ("Björn Berg"), but two capitals in mid-sentence are a proper name.
                conf = 0.7;
                expl = "Förnamn och efternamn i namnlistan (båda även vanliga ord)";
            } else if first & C_UNK != 0 && first & C_UPPER == 0 && toks[k].end - toks[k].start >= 3 && l_clear(last) && last & C_SHAPE != 0
            {
                conf = 0.7;
                expl = "Förnamn och efternamn (efternamnets form)";
            } else if (strong_cue || weak_cue)
                && first & C_UNK != 0
                && first & C_UPPER == 0
                && toks[k].end - toks[k].start >= 3
                && last & C_L != 0
                && last & C_AMB == 0
                && len == 2
            {
                conf = 0.72;
                expl = "Efternamn i namnlistan efter ett okänt förnamn";
            } else if first & C_F != 0 && first & C_PLACE == 0 && last & C_UNK != 0 && len == 2 {
                conf = 0.62;
                expl = "Förnamn (även ett ord) följt av efternamn";
            }
        } else {
            // One token: only with a cue.
            let c1 = first;
            if strong_cue && !all_upper {
                if c1 & (C_F | C_L | C_SHAPE) != 0 && c1 & C_AMB == 0 {
                    conf = 0.72;
                    expl = "Namn efter ledord";
                } else if c1 & C_UNK != 0 && toks[k].end - toks[k].start >= 3 {
                    conf = 0.6;
                    expl = "Namn efter ledord (okänt i namnlistan)";
                } else if c1 & (C_F | C_L) != 0 {
                    conf = 0.55;
                    expl = "Namn efter ledord (även ett vanligt ord)";
                }
            } else if f_clear(c1)
                && c1 & C_UPPER == 0
                && c1 & C_GEN == 0
                && toks[k].end - toks[k].start >= 3
                && !weak_cue
                && !(k > 0 && cls[k - 1] & C_ORG != 0 && gap_ok(t, &toks[k - 1], &toks[k]))
                && !(m < n && toks[m].kind == Kind::Word && gap_ok(t, &toks[m - 1], &toks[m]) && toks[m].cap)
            {
                // A lone first name in running text ("Kontakta Ahmed på telefon").
                conf = 0.55;
                expl = "Förnamn i namnlistan";
            } else if weak_cue && f_clear(c1) {
                // "Hej Anna", "till Anna": a lone first name after a greeting or a preposition is weak.
                lower_into(toks[k.saturating_sub(1)].text(t), &mut cuebuf);
                if matches!(cuebuf.as_str(), "hej" | "hejsan" | "bästa" | "kära") {
                    conf = 0.65;
                    expl = "Förnamn efter hälsning";
                }
            }
        }
        if conf > 0.0 {
            let s = toks[k].start;
            let e = toks[m - 1].end;
            out.push(Cand::new(Category::Name, s, e, conf, expl));
            for u in &mut used[k..m] {
                *u = true;
            }
            i = m;
            // "Svensson, Anna" handled below only for unused tokens.
            continue;
        }
        // "Efternamn, Förnamn"
        if len == 1 && l_clear(first) && k + 2 < n && toks[k + 1].text(t) == "," && cls[k + 2] & C_CAP != 0 && f_clear(cls[k + 2]) {
            let after = toks.get(k + 3);
            let ends = after.is_none_or(|a| a.kind != Kind::Word || cls[k + 3] & (C_L | C_SHAPE) == 0 || !gap_ok(t, &toks[k + 2], a));
            if ends {
                // "Svensson, Anna Maria": take following first names too.
                let mut e_idx = k + 2;
                while e_idx + 1 < n
                    && cls[e_idx + 1] & C_F != 0
                    && cls[e_idx + 1] & C_CAP != 0
                    && gap_ok(t, &toks[e_idx], &toks[e_idx + 1])
                    && cls[e_idx + 1] & (C_L | C_SHAPE) == 0
                {
                    e_idx += 1;
                }
                out.push(Cand::new(Category::Name, toks[k].start, toks[e_idx].end, 0.8, "Efternamn, förnamn"));
                for u in &mut used[k..=e_idx] {
                    *u = true;
                }
                i = e_idx + 1;
                continue;
            }
        }
        // A run that starts with a place word ("Santa María Zacatepec") is a place.
        i = if first & C_PLACE != 0 && !strong_cue { run.end } else { k + 1 };
    }
    learned(t, toks, &cls, &mut used, first_cand, out, known);
    name_column_cells(t, toks, &cls, first_cand, out);
}

/// A table's name column read as a column: once two of its cells are names by any rule, another
/// cell there of two or three capitalised words ("Tenzin Dolma", "P-O Grankvist", "Ebba Sten") is a
/// name too, when it fills the cell (a column gap or the line's end after it).
fn name_column_cells(t: &str, toks: &[Tok], cls: &[u16], first_cand: usize, out: &mut Vec<Cand>) {
    let mut columns: Vec<usize> = Vec::new();
    for c in &out[first_cand..] {
        if c.cat != Category::Name || c.conf < 0.7 {
            continue;
        }
        // The candidates are in no particular order; the tokens are in text order.
        if let Ok(k) = toks.binary_search_by_key(&c.start, |tk| tk.start) {
            if cell_start(t, toks, k) {
                columns.push(column_of(t, c.start));
            }
        }
    }
    if columns.len() < 2 {
        return;
    }
    let taken = |s: usize, e: usize, out: &[Cand]| out.iter().any(|c| c.start < e && s < c.end);
    let mut extra = Vec::new();
    let n = toks.len();
    let mut k = 0;
    while k < n {
        if !cell_start(t, toks, k)
            || toks[k].kind != Kind::Word
            || !toks[k].cap
            || toks[k].upper
            || !name_column(&columns, column_of(t, toks[k].start))
        {
            k += 1;
            continue;
        }
        // Two or three words on the line, single-spaced, each capitalised (a hyphenated initial
        // pair "P-O" is one).
        let mut e = k;
        while e + 1 < n
            && e - k < 2
            && !toks[e + 1].nl_before
            && toks[e + 1].kind == Kind::Word
            && toks[e + 1].cap
            && !toks[e + 1].upper
            && t[toks[e].end..toks[e + 1].start] == *" "
        {
            e += 1;
        }
        let fills = cell_ends(t, toks, e);
        // Every word name-like by the lists or its shape; a word of the language or a place is a title
        // or a unit ("Enhetschef Stadsbiblioteket", "Hjälpmedelscentrum Jämtland").
        let org = (k..=e).any(|i| cls[i] & (C_ORG | C_UPPER) != 0 || cls[i] & (C_F | C_L | C_SHAPE | C_UNK) == 0);
        if e > k && fills && !org && !taken(toks[k].start, toks[e].end, out) {
            extra.push(Cand::new(Category::Name, toks[k].start, toks[e].end, 0.75, "Namn i samma kolumn som andra namn"));
        }
        k = e + 1;
    }
    out.extend(extra);
}

/// "Efternamn, Förnamn" at the start of a line (lists, tables, registers): "Holmberg, Ann-Sofie",
/// "Frisk, Tove 790921-1174". The first name must be in the lists; the surname may also be a word.
fn surname_first_rows(t: &str, toks: &[Tok], cls: &[u16], used: &mut [bool], out: &mut Vec<Cand>) {
    let n = toks.len();
    let mut k = 0;
    let mut columns = Vec::new();
    while k + 2 < n {
        // At a row's start, or a cell's: after a table's column gap.
        let start = cell_start(t, toks, k);
        let (a, b) = (cls[k], cls[k + 2]);
        if !start
            || toks[k].kind != Kind::Word
            || !toks[k].cap
            || toks[k + 1].text(t) != ","
            || toks[k + 2].nl_before
            || toks[k + 2].kind != Kind::Word
            || !toks[k + 2].cap
        {
            k += 1;
            continue;
        }
        let first = b & C_F != 0 && b & (C_ORG | C_UPPER) == 0 && b & C_L == 0 || b & C_F != 0 && b & C_AMB == 0;
        // A surname that is also an ordinary word ("Dal, Eva-Lena") when the first name is clear.
        let clear_first = b & C_F != 0 && b & (C_AMB | C_ORG | C_UPPER | C_WORD) == 0;
        let listed = a & (C_L | C_SHAPE | C_UNK) != 0;
        let surname = a & (C_ORG | C_UPPER | C_GEN) == 0 && (listed || clear_first && a & (C_WORD | C_AMB) != 0);
        if !surname || !first {
            k += 1;
            continue;
        }
        // Further first names on the same line ("Svensson, Anna Maria").
        let mut e = k + 2;
        while e + 1 < n && !toks[e + 1].nl_before && cls[e + 1] & C_F != 0 && cls[e + 1] & C_CAP != 0 && gap_ok(t, &toks[e], &toks[e + 1]) {
            e += 1;
        }
        // The line goes on with what a row holds (a number, a bracket, a comma) or ends: not prose.
        // A wide gap (a table's next column) also ends the name.
        let next_ok = toks.get(e + 1).is_none_or(|nx| {
            nx.nl_before || nx.kind != Kind::Word || !nx.cap && toks[e + 1].text(t).len() > 1 || column_gap(&t[toks[e].end..nx.start])
        });
        // A word as the surname only in a table's row: a column gap or the line's end after the name
        // ("Dal, Eva-Lena    Långgatan 40"), not prose ("Jag, Mohammed Hussein, ...").
        let row_end = cell_ends(t, toks, e);
        if !next_ok || !listed && !row_end {
            k += 1;
            continue;
        }
        let clear = a & C_AMB == 0 && a & C_UNK == 0;
        let (conf, expl) = if clear {
            (0.85, "Efternamn, förnamn (rad i en lista)")
        } else {
            (0.75, "Efternamn, förnamn (rad i en lista; efternamnet är också ett ord)")
        };
        out.push(Cand::new(Category::Name, toks[k].start, toks[e].end, conf, expl));
        for u in &mut used[k..=e] {
            *u = true;
        }
        columns.push(column_of(t, toks[k].start));
        k = e + 1;
    }
    same_column_rows(t, toks, used, out, &columns);
}

/// Titles that end a signature's name line ("Per Lind" / "Gatuingenjör"), by their last part.
const TITLE_ENDS: &[&str] = &[
    "ingenjör",
    "handläggare",
    "sekreterare",
    "chef",
    "samordnare",
    "strateg",
    "jurist",
    "läkare",
    "sköterska",
    "assistent",
    "ansvarig",
    "inspektör",
    "rådgivare",
    "direktör",
    "ordförande",
    "utredare",
    "controller",
    "arkivarie",
    "registrator",
    "kurator",
    "psykolog",
    "lärare",
    "rektor",
    "tekniker",
    "planerare",
    "koordinator",
    "specialist",
    "konsult",
    "ekonom",
    "förvaltare",
    "intendent",
    "bibliotekarie",
    "notarie",
    "advokat",
    "terapeut",
    "pedagog",
    "vägledare",
    "ombudsman",
    "kommunalråd",
    "regionråd",
    "överförmyndare",
    "biträde",
];

/// A signature: a line that is only a name, set off as signatures are.
/// - a first name alone on a line between empty lines, also in lower case in a quoted e-mail
///   ("> linnea"), when it is no ordinary word;
/// - a first name and a surname alone on a line with a title on the next line ("Per Lind" /
///   "Gatuingenjör"), also when the names are words.
fn signature_lines(t: &str, toks: &[Tok], cls: &[u16], used: &mut [bool], out: &mut Vec<Cand>) {
    let n = toks.len();
    let quote = |i: usize| toks[i].kind == Kind::Punct && toks[i].text(t) == ">";
    // Each line's first token past its quote markers, and where the line ends.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < n {
        let mut m = k + 1;
        while m < n && !toks[m].nl_before {
            m += 1;
        }
        let mut a = k;
        while a < m && quote(a) {
            a += 1;
        }
        lines.push((a, m));
        k = m;
    }
    let blank = |i: usize| lines.get(i).is_none_or(|&(a, m)| a == m);
    let mut buf = String::new();
    for (li, &(a, m)) in lines.iter().enumerate() {
        if a == m || used[a..m].iter().any(|&u| u) {
            continue;
        }
        let words = &toks[a..m];
        let empty_before = li == 0 || blank(li - 1) || t[toks[a - 1].end..toks[a].start].matches('\n').count() >= 2;
        let empty_after = m == n || blank(li + 1) || t[toks[m - 1].end..toks[m].start].matches('\n').count() >= 2;
        if words.len() == 1 && words[0].kind == Kind::Word && words[0].end - words[0].start >= 3 && empty_before && empty_after {
            lower_into(words[0].text(t), &mut buf);
            let f = lexicon::flags(&buf);
            if f & FIRST != 0 && f & (WORD | PLACE) == 0 && !lexicon::is_word(&buf) {
                out.push(Cand::new(Category::Name, words[0].start, words[0].end, 0.7, "Förnamn ensamt på en rad (signatur)"));
                used[a] = true;
            }
            continue;
        }
        if !(2..=3).contains(&words.len())
            || !words.iter().all(|w| w.kind == Kind::Word && w.cap && !w.upper)
            || cls[a] & C_F == 0
            || cls[a..m].iter().any(|c| c & (C_ORG | C_UPPER) != 0)
        {
            continue;
        }
        let Some(&(na, nm)) = lines.get(li + 1) else { continue };
        if na == nm || nm - na > 3 || toks[na].kind != Kind::Word {
            continue;
        }
        lower_into(toks[na].text(t), &mut buf);
        if TITLE_ENDS.iter().any(|e| buf.ends_with(e)) {
            out.push(Cand::new(
                Category::Name,
                words[0].start,
                words[words.len() - 1].end,
                0.8,
                "Namn på en rad med titel under (signatur)",
            ));
            for u in &mut used[a..m] {
                *u = true;
            }
        }
    }
}

/// The character column where `pos` stands on its line.
fn column_of(t: &str, pos: usize) -> usize {
    let (ls, _) = crate::text::line_bounds(t, pos);
    t[ls..pos].chars().count()
}

/// A table's name column: once two rows of a column are "Efternamn, Förnamn" by the lists, the
/// column's other rows of that form are names too, also where the surname is a rare or double one
/// ("Oyelaran-Berg, Adebayo") or the first name is also a word ("Vinter, Axel").
fn same_column_rows(t: &str, toks: &[Tok], used: &mut [bool], out: &mut Vec<Cand>, columns: &[usize]) {
    let n = toks.len();
    let mut k = 0;
    while k + 2 < n {
        let cap_word = |x: &Tok| x.kind == Kind::Word && x.cap && !x.upper && !x.nl_before;
        if !cell_start(t, toks, k)
            || used[k]
            || used[k + 2]
            || !cap_word(&toks[k])
            || toks[k + 1].text(t) != ","
            || !cap_word(&toks[k + 2])
            || !name_column(columns, column_of(t, toks[k].start))
        {
            k += 1;
            continue;
        }
        let e = k + 2;
        if !cell_ends(t, toks, e) {
            k += 1;
            continue;
        }
        out.push(Cand::new(Category::Name, toks[k].start, toks[e].end, 0.8, "Efternamn, förnamn (i samma kolumn som andra namn)"));
        for u in &mut used[k..=e] {
            *u = true;
        }
        k = e + 1;
    }
}

/// The learned tagger's vote, and names that recur on the page.
///
/// A span the model tags as a person is added when the rules did not find it and nothing marks it as
/// an organisation; a name the rules found and the model agrees with gains a little confidence. Then
/// a surname or first name of a full name found on the page makes its other mentions names too
/// ("Dahl har erkänt", "Bergs uppgifter").
fn learned(t: &str, toks: &[Tok], cls: &[u16], used: &mut [bool], first_cand: usize, out: &mut Vec<Cand>, known: &[String]) {
    use crate::ner;
    use std::borrow::Cow;
    let n = toks.len();
    let Some(model) = ner::model() else { return };
    // Only pages with a capitalised word the rules left are worth tagging.
    // Features look two tokens either side of a scored token; the others are left unprepared.
    let mut need = vec![false; n];
    let mut skip = vec![false; n];
    let mut any = false;
    for (k, tk) in toks.iter().enumerate() {
        if tk.kind == Kind::Word && tk.cap && !tk.upper && ner::Item::would_score(tk.text(t)) {
            // An ordinary word or an organisation word starting a sentence, with no capital after it,
            // cannot start a name the rules would accept from the model: not worth scoring.
            let c = cls[k];
            let plain = c & (C_F | C_L | C_SHAPE | C_UNK) == 0 && c & (C_WORD | C_ORG) != 0;
            let next_cap = toks.get(k + 1).is_some_and(|nx| nx.kind == Kind::Word && nx.cap && gap_ok(t, tk, nx));
            if plain && !next_cap && (c & C_ORG != 0 || sentence_initial(t, toks, k)) {
                skip[k] = true;
                continue;
            }
            any = true;
            for x in need.iter_mut().take((k + 3).min(n)).skip(k.saturating_sub(2)) {
                *x = true;
            }
        }
    }
    if !any {
        return;
    }
    let mut items = Vec::with_capacity(n);
    for (k, tk) in toks.iter().enumerate() {
        let initial = sentence_initial(t, toks, k);
        items.push(if need[k] { ner::Item::new(tk.text(t), initial) } else { ner::Item::light(tk.text(t), initial) });
    }
    let prep = ner::Prep::new(items);
    let tagged = model.tag_except(&prep, &skip);
    let tags: Vec<u8> = tagged.iter().map(|x| x.0).collect();
    let mut buf = String::with_capacity(32);
    for (a, b) in ner::train::spans(&tags, prep.items()) {
        // Tokens of one span must be one name: no line break or punctuation between them.
        if (a + 1..b).any(|x| !gap_ok(t, &toks[x - 1], &toks[x]) || toks[x].nl_before) {
            continue;
        }
        // Nor the two spaces of a table's columns ("Nr  Namn"), where the model alone decides.
        let two_cells = (a + 1..b).any(|x| column_gap(&t[toks[x - 1].end..toks[x].start]));
        let margin = (a..b).filter(|&x| tags[x] == ner::PER).map(|x| tagged[x].1).min().unwrap_or(0);
        let (s, e) = (toks[a].start, toks[b - 1].end);
        // Agreement with a rule.
        if let Some(c) = out[first_cand..].iter_mut().find(|c| c.cat == Category::Name && c.start < e && s < c.end) {
            if margin > 0 && !c.expl.contains("inlärd modell") {
                c.conf = (c.conf + 0.08).min(0.97);
                c.expl = Cow::Owned(format!("{} + inlärd modell", c.expl));
                // The model may carry the name further ("Nils Vinter" where the lists stop at "Nils").
                let extends =
                    (s < c.start || e > c.end) && (a..b).all(|x| cls[x] & (C_ORG | C_UPPER) == 0) && margin as f32 / ner::SCALE >= 3.0;
                if extends && !t[s.min(c.start)..e.max(c.end)].contains(['\n', ',', '(']) {
                    c.start = c.start.min(s);
                    c.end = c.end.max(e);
                    for u in &mut used[a..b] {
                        *u = true;
                    }
                }
            }
            continue;
        }
        if (a..b).any(|x| used[x] || cls[x] & (C_ORG | C_UPPER) != 0) {
            continue;
        }
        // A firm named after its owner, or a medicine at the head of a sentence: no person's name.
        let trade = |x: usize| toks.get(x).is_some_and(|tk| TRADES.contains(&tk.text(t)));
        let genitive_trade = (b - a >= 2 && trade(b - 1) && toks[b - 2].text(t).ends_with('s'))
            || (toks[b - 1].text(t).ends_with('s') && toks.get(b).is_some_and(|tk| gap_ok(t, &toks[b - 1], tk)) && trade(b));
        if genitive_trade {
            continue;
        }
        if b - a == 1 {
            lower_into(toks[a].text(t), &mut buf);
            if crate::sensitive::is_medical_term(&buf) {
                continue;
            }
        }
        // "lex Sarah", "lex Maria": a law named after a person.
        if a > 0 {
            lower_into(toks[a - 1].text(t), &mut buf);
            if matches!(buf.as_str(), "lex" | "enligt" | "projekt" | "projektet" | "stiftelsen" | "fonden") {
                continue;
            }
        }
        if let Some(nx) = toks.get(b).filter(|tk| gap_ok(t, &toks[b - 1], tk)) {
            let w = nx.text(t);
            lower_into(w, &mut buf);
            if ORG_FOLLOWERS.contains(&w) || crate::word_set!(INSTITUTION_NOUNS).contains(&buf.as_str()) || w.starts_with('-') {
                continue;
            }
        }
        let single = b - a == 1;
        let c0 = cls[a];
        // A word cut short with a full stop and no new sentence after it ("Verkst.  –"): an
        // abbreviation, not a surname.
        let abbreviation = single && c0 & (C_F | C_L) == 0 && t[e..].starts_with('.') && {
            let rest = t[e + 1..].trim_start_matches([' ', '\t']);
            rest.chars().next().is_some_and(|ch| !ch.is_alphabetic() && ch != '\n' || ch.is_lowercase())
        };
        if two_cells || abbreviation {
            continue;
        }
        let m = margin as f32 / ner::SCALE;
        // One token that is also an ordinary word or a place, or that starts a sentence, is a name only
        // in a person's context: a title or role before it, a reporting verb after it.
        let weak_single = single && (c0 & (C_WORD | C_PLACE | C_AMB) != 0 || sentence_initial(t, toks, a));
        let person_ctx = person_context(t, toks, a, b, &mut buf);
        let need = if weak_single {
            if !person_ctx {
                continue;
            }
            4.0
        } else if single {
            if person_ctx {
                3.0
            } else {
                6.0
            }
        } else if (a..b).all(|x| cls[x] & (C_WORD | C_PLACE) != 0 && cls[x] & (C_F | C_L) == 0) {
            if !person_ctx {
                continue;
            }
            4.0
        } else {
            3.0
        };
        if m < need {
            continue;
        }
        let conf = (0.6 + 0.05 * (m - need)).min(0.85);
        out.push(Cand::new(Category::Name, s, e, conf, "Namn enligt inlärd modell (ord, form och sammanhang)"));
        for u in &mut used[a..b] {
            *u = true;
        }
    }
    // A surname or first name of the lists in a person's context, even when the model disagrees
    // ("Lax har erkänt", "Rask säger").
    for k in 0..n {
        let c = cls[k];
        if used[k] || c & (C_F | C_L) == 0 || c & (C_ORG | C_UPPER | C_GEN) != 0 || toks[k].end - toks[k].start < 3 {
            continue;
        }
        let joined = (k > 0 && cls[k - 1] & C_CAP != 0 && !sentence_initial(t, toks, k - 1) && gap_ok(t, &toks[k - 1], &toks[k]))
            || toks.get(k + 1).is_some_and(|nx| nx.kind == Kind::Word && nx.cap && gap_ok(t, &toks[k], nx));
        if joined || !person_context(t, toks, k, k + 1, &mut buf) {
            continue;
        }
        out.push(Cand::new(Category::Name, toks[k].start, toks[k].end, 0.7, "Namn i en persons sammanhang (titel, roll eller verb)"));
        used[k] = true;
    }
    propagate(t, toks, cls, used, first_cand, out, known);
    // "lex Sarah", "lex Maria": reporting duties named after a person, not a person.
    for c in out[first_cand..].iter_mut() {
        let k = toks.partition_point(|tk| tk.start < c.start);
        if k > 0 && k < n && toks[k].start == c.start && toks[k - 1].text(t).eq_ignore_ascii_case("lex") {
            c.conf = 0.0;
        }
    }
}

/// Verbs that take a person as subject right after the name ("Dahl säger", "Björk har erkänt").
const PERSON_VERBS: &[&str] = &[
    "säger",
    "sa",
    "sade",
    "berättar",
    "berättade",
    "uppger",
    "uppgav",
    "menar",
    "menade",
    "anser",
    "ansåg",
    "tycker",
    "tyckte",
    "tror",
    "trodde",
    "förklarar",
    "förklarade",
    "skriver",
    "skrev",
    "meddelar",
    "meddelade",
    "erkänner",
    "erkände",
    "förnekar",
    "förnekade",
    "bestrider",
    "bestred",
    "hävdar",
    "hävdade",
    "påstår",
    "påstod",
    "konstaterar",
    "konstaterade",
    "frågar",
    "frågade",
    "svarar",
    "svarade",
    "ringde",
    "ringer",
    "mejlade",
    "föddes",
    "avled",
    "avgår",
    "avgick",
    "yrkar",
    "yrkade",
    "begär",
    "begärde",
    "ansöker",
    "ansökte",
    "överklagar",
    "överklagade",
    "önskar",
    "önskade",
    "vill",
    "ville",
    "arbetar",
    "arbetade",
    "jobbar",
    "bor",
    "bodde",
    "flyttade",
    "tackade",
    "öppnade",
    "valdes",
    "utsågs",
    "informerade",
    "redogjorde",
    "föredrog",
    "lämnade",
    "deltog",
    "närvarade",
    "vittnade",
    "intygar",
    "undertecknade",
    "själv",
    "själva",
];
const PERSON_PARTICIPLES: &[&str] = &[
    "sagt",
    "berättat",
    "uppgett",
    "uppgivit",
    "erkänt",
    "förnekat",
    "bestritt",
    "hävdat",
    "påstått",
    "skrivit",
    "ringt",
    "mejlat",
    "ansökt",
    "begärt",
    "yrkat",
    "överklagat",
    "vittnat",
    "intygat",
    "meddelat",
    "förklarat",
    "lämnat",
    "dömts",
    "åtalats",
    "anställts",
    "avlidit",
    "fått",
    "varit",
    "blivit",
];

/// Whether the tokens `a..b` stand where a person stands: after a title or a role, or before a verb
/// whose subject is a person.
fn person_context(t: &str, toks: &[Tok], a: usize, b: usize, buf: &mut String) -> bool {
    if a > 0 && toks[a - 1].kind == Kind::Word {
        lower_into(toks[a - 1].text(t), buf);
        if is_cue(STRONG_CUES, buf) && !is_cue(WEAK_CUES, buf) || crate::word_set!(ROLE_WORDS).contains(buf.as_str()) {
            return true;
        }
        // Inverted order: "sa Björk", "säger Rask".
        if matches!(
            buf.as_str(),
            "säger"
                | "sa"
                | "sade"
                | "berättar"
                | "berättade"
                | "uppger"
                | "uppgav"
                | "menar"
                | "skriver"
                | "skrev"
                | "förklarar"
                | "förklarade"
                | "hävdar"
                | "konstaterar"
                | "anser"
                | "tycker"
        ) {
            return true;
        }
    }
    let Some(nx) = toks.get(b).filter(|nx| nx.kind == Kind::Word) else {
        return false;
    };
    lower_into(nx.text(t), buf);
    if crate::word_set!(PERSON_VERBS).contains(buf.as_str()) {
        return true;
    }
    if matches!(buf.as_str(), "har" | "hade" | "ska" | "kan" | "har inte") {
        if let Some(n2) = toks.get(b + 1).filter(|n| n.kind == Kind::Word) {
            lower_into(n2.text(t), buf);
            return crate::word_set!(PERSON_PARTICIPLES).contains(buf.as_str());
        }
    }
    false
}

/// Roles before a name that the cue list lacks.
const ROLE_WORDS: &[&str] = &[
    "målsäganden",
    "målsägande",
    "tilltalade",
    "tilltalad",
    "den tilltalade",
    "kammaråklagare",
    "chefsåklagare",
    "försvarare",
    "försvararen",
    "vittnet",
    "kassören",
    "kassör",
    "ledamoten",
    "ordföranden",
    "kyrkoherde",
    "präst",
    "prästen",
    "pastor",
    "imam",
    "biskop",
    "kommunalråd",
    "kommunalrådet",
    "regionrådet",
    "regionråd",
    "riksdagsledamot",
    "riksdagsledamoten",
    "statsråd",
    "statsrådet",
    "minister",
    "ministern",
    "kollega",
    "kollegan",
    "skyddsombud",
    "skyddsombudet",
    "kursledare",
    "projektledare",
    "medarbetaren",
    "sjukgymnast",
    "dietist",
    "logoped",
    "barnläkare",
    "överläkaren",
    "hustru",
    "hustrun",
    "fästmannen",
    "fästmön",
    "pojkvännen",
    "flickvännen",
    "mormor",
    "morfar",
    "farmor",
    "farfar",
    "moster",
    "faster",
    "morbror",
    "farbror",
    "kusin",
    "grannen",
    "granne",
];

/// Parts of full names found on the page make their other mentions names.
/// The parts (lower-cased words) of a name found with `conf` that later mentions of one part alone
/// may be matched against: a full name, or a single name the rules are sure of (after a title, in
/// a greeting). Initials are no parts.
pub fn name_parts(name: &str, conf: f32, parts: &mut Vec<String>) {
    if conf < 0.7 {
        return;
    }
    let words: Vec<&str> = name.split(|ch: char| ch.is_whitespace() || ch == ',').filter(|w| w.chars().count() >= 3).collect();
    if words.len() < 2 && !(words.len() == 1 && conf >= 0.85) {
        return;
    }
    let mut buf = String::with_capacity(32);
    for w in words {
        if w.ends_with('.') {
            continue;
        }
        lower_into(w, &mut buf);
        if !parts.contains(&buf) {
            parts.push(buf.clone());
        }
    }
}

fn propagate(t: &str, toks: &[Tok], cls: &[u16], used: &mut [bool], first_cand: usize, out: &mut Vec<Cand>, known: &[String]) {
    let mut parts: Vec<String> = Vec::new();
    let mut buf = String::with_capacity(32);
    for c in &out[first_cand..] {
        if c.cat == Category::Name {
            name_parts(&t[c.start..c.end], c.conf, &mut parts);
        }
    }
    let own = parts.len();
    for k in known {
        if !parts.contains(k) {
            parts.push(k.clone());
        }
    }
    if parts.is_empty() {
        return;
    }
    for (k, tk) in toks.iter().enumerate() {
        if used[k] || tk.kind != Kind::Word || tk.upper || cls[k] & C_ORG != 0 {
            continue;
        }
        lower_into(tk.text(t), &mut buf);
        // The same name in lower case ("ring jonna", a quoted hurried e-mail): only where the
        // word is no ordinary word.
        if !tk.cap && (lexicon::is_word(&buf) || lexicon::flags(&buf) & (lexicon::WORD | lexicon::PLACE) != 0) {
            continue;
        }
        let hit = parts.iter().position(|p| *p == buf || (buf.len() == p.len() + 1 && buf.ends_with('s') && buf.starts_with(p.as_str())));
        let Some(hit) = hit else {
            continue;
        };
        // Part of a longer capitalised run the rules rejected (an institution): leave it.
        let joined_prev = k > 0
            && toks[k - 1].kind == Kind::Word
            && toks[k - 1].cap
            && !used[k - 1]
            && gap_ok(t, &toks[k - 1], tk)
            && !sentence_initial(t, toks, k - 1);
        let joined_next = toks.get(k + 1).is_some_and(|nx| nx.kind == Kind::Word && nx.cap && gap_ok(t, tk, nx));
        if joined_prev || joined_next {
            continue;
        }
        let why = if hit < own {
            "Samma namn som tidigare på sidan (sammanhang)"
        } else {
            "Samma namn som på en tidigare sida i dokumentet (sammanhang)"
        };
        out.push(Cand::new(Category::Name, tk.start, tk.end, 0.8, why));
        used[k] = true;
    }
}

/// Names written in lower case, as in a hurried e-mail ("hej, det är maria berglund här"): only on a
/// page whose lines mostly begin in lower case. A dictionary first name that is no ordinary word is a
/// name; so is any first name followed by a surname; a first name that is also a word ("lena",
/// "sanna") only after "någon", "heter", a slash or a greeting.
pub fn lowercase_names(t: &str, toks: &[Tok], out: &mut Vec<Cand>) {
    let (mut lines, mut lower) = (0usize, 0usize);
    for line in t.lines() {
        if let Some(c) = line.chars().find(|c| c.is_alphabetic()) {
            lines += 1;
            lower += c.is_lowercase() as usize;
        }
    }
    if lower < 3 || lower * 2 < lines {
        return;
    }
    let mut buf = String::with_capacity(16);
    let mut next = String::with_capacity(16);
    let mut i = 0;
    while i < toks.len() {
        let tk = &toks[i];
        if tk.kind != Kind::Word || tk.cap {
            i += 1;
            continue;
        }
        lexicon::lower_into(tk.text(t), &mut buf);
        let f = lexicon::flags(&buf);
        if f & lexicon::FIRST == 0 || buf.chars().count() < 3 {
            i += 1;
            continue;
        }
        // A surname after it on the same line.
        let sur = toks.get(i + 1).filter(|n| n.kind == Kind::Word && !n.cap && !n.nl_before && gap_ok(t, tk, n)).filter(|n| {
            lexicon::lower_into(n.text(t), &mut next);
            let g = lexicon::flags(&next);
            g & lexicon::LAST != 0 && (g & lexicon::WORD == 0 || surname_shape(&next))
        });
        if let Some(n) = sur {
            out.push(Cand::new(Category::Name, tk.start, n.end, 0.8, "Namn med små bokstäver (förnamn och efternamn i namnlistan)"));
            i += 2;
            continue;
        }
        let plain = f & (lexicon::WORD | lexicon::PLACE) == 0 && !lexicon::is_word(&buf);
        let cued = i > 0 && {
            let p = &toks[i - 1];
            let pl = p.text(t).to_lowercase();
            matches!(pl.as_str(), "någon" | "heter" | "/" | "mvh" | "hälsningar" | "hälsar" | "kollegan" | "grannen" | "dottern" | "sonen")
        };
        if plain || cued {
            out.push(Cand::new(Category::Name, tk.start, tk.end, 0.7, "Förnamn med små bokstäver (i namnlistan)"));
        }
        i += 1;
    }
}
