//! The learned name recogniser, the medical vocabulary and the context rules of issue 10, and the
//! development part of the hand-written held-out documents (tests/heldout/dev), scored like score.py.

mod common;
use common::{has, none_of, overlaps};
use diarievakt_detect::{detect, Category::*};

#[test]
fn the_model_ships_and_votes() {
    assert!(diarievakt_detect::ner::model().is_some(), "data/ner.bin must load");
    has("Kommunalrådet Ingegerd Pålsson-Wahlgren tog emot priset i går.", Name, "Pålsson-Wahlgren");
    has("Enligt Mirsad Hodžić kom beskedet för sent.", Name, "Mirsad Hodžić");
    let f = detect("Ansvarig läkare var Kristina Persson.");
    assert!(f.iter().any(|x| x.explanation.contains("inlärd modell")), "{f:?}");
}

#[test]
fn names_that_are_words_need_a_person_context() {
    has("Domstolen konstaterar att Rask säger att han inte var där.", Name, "Rask");
    has("Jonas Dahl har erkänt gärningen. Dahl har dock förnekat hotet.", Name, "Dahl");
    none_of("Frost och snö ger halka; björk och gran växer i området.", Name);
    none_of("Händelsen ska anmälas enligt lex Sarah och lex Maria.", Name);
}

#[test]
fn medical_vocabulary_with_compounds_and_context() {
    has("Patienten har en ryggmärgsskada och använder rollator.", Health, "ryggmärgsskada");
    has("Patienten har en ryggmärgsskada och använder rollator.", Health, "rollator");
    has("Hon har haft huvudvärk och yrsel sedan i maj.", Health, "huvudvärk");
    has("Jag har ms sedan 2019.", Health, "ms");
    none_of("Regionen erbjuder screening för bröstcancer till alla kvinnor mellan 40 och 74 år.", Health);
    none_of("Bilaga: läkarintyg. Ärendet gäller Anna Berg, Storgatan 1.", Health);
}

#[test]
fn context_rules() {
    has("Han är ordförande i Vänsterpartiets lokalavdelning.", Political, "Vänsterpartiets");
    has("Jag har samtal med en socialsekreterare varje vecka.", SocialWelfare, "socialsekreterare");
    has("Han är styrelseledamot i Kommunal sedan 2020.", Union, "Kommunal");
    has("Hennes fru Lena följde med till mottagningen.", SexLife, "Hennes fru");
    has("Min adress får inte lämnas ut eftersom jag lever gömd.", ProtectedIdentity, "gömd");
    has("Han har gjort en kromosomanalys.", GeneticBiometric, "kromosomanalys");
    has("Hon är präst i Svenska kyrkan.", Religion, "präst");
}

#[test]
fn organisation_contact_data_is_not_personal() {
    none_of("Frågor besvaras av Regionarkivet, Box 654, 831 27 Östersund, växel 063-14 70 00.", Address);
    none_of("Frågor besvaras av Regionarkivet, Box 654, 831 27 Östersund, växel 063-14 70 00.", Phone);
    has("Min postadress är Box 12, 840 12 Fåker.", Address, "Box 12");
}

#[test]
fn phones_in_rows_and_abroad() {
    has("Kontakt: Agnieszka Nowak, tel +48 601 223 487.", Phone, "+48 601 223 487");
    has("Namn Personnummer Telefon\nRask, Tomas 790921-1174 076 554 01 22", Phone, "076 554 01 22");
    has("Namn Personnummer Telefon\nRask, Tomas 790921-1174 076 554 01 22", PersonalId, "790921-1174");
    none_of("Växel: 063-14 70 00, registrator@regionjh.se, Box 654, 831 27 Östersund.", Phone);
    none_of("Växel: 063-14 70 00, registrator@regionjh.se, Box 654, 831 27 Östersund.", Email);
}

// ------------------------------------------------------------------ held-out dev documents

fn strip(marked: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::new();
    let mut gold = Vec::new();
    let mut rest = marked;
    while let Some(p) = rest.find("[[") {
        out.push_str(&rest[..p]);
        let after = &rest[p + 2..];
        let q = after.find("]]").expect("closing ]]");
        let (cat, text) = after[..q].split_once('|').expect("[[category|text]]");
        out.push_str(text);
        gold.push((cat.to_string(), text.to_string()));
        rest = &after[q + 2..];
    }
    out.push_str(rest);
    (out, gold)
}

#[test]
fn heldout_dev_documents_score() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout/dev");
    let (mut tp, mut fn_, mut fp, mut htp, mut hfn) = (0, 0, 0, 0, 0);
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    assert!(files.len() >= 8);
    for f in files {
        let (text, gold) = strip(&std::fs::read_to_string(&f).unwrap());
        let got: Vec<(String, String)> = detect(&text).into_iter().map(|x| (x.category.id().to_string(), x.text)).collect();
        for (gc, gt) in &gold {
            let high = !matches!(gc.as_str(), "name" | "address" | "phone" | "email" | "bank_account" | "vehicle");
            if got.iter().any(|(c, t)| c == gc && overlaps(gt, t)) {
                tp += 1;
                htp += high as usize;
            } else {
                fn_ += 1;
                hfn += high as usize;
                eprintln!("missed {} {gc} {gt:?}", f.display());
            }
        }
        for (c, t) in &got {
            if !gold.iter().any(|(_, gt)| overlaps(gt, t)) {
                fp += 1;
                eprintln!("false positive {} {c} {t:?}", f.display());
            }
        }
    }
    let recall = tp as f64 / (tp + fn_) as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    let high = htp as f64 / (htp + hfn).max(1) as f64;
    eprintln!("dev: recall {recall:.3} precision {precision:.3} high recall {high:.3}");
    assert!(recall >= 0.95 && precision >= 0.93 && high >= 0.93, "recall {recall:.3} precision {precision:.3} high {high:.3}");
}

#[test]
fn the_clause_model_ships_and_votes_on_plain_words() {
    let m = diarievakt_detect::clause::model().expect("data/clause.bin must load");
    // Statements about a named person in words no rule lists. A learned model is not asked to find
    // every one, but most, and each as the model's (so the reviewer knows no rule was behind it).
    let cases = [
        ("Sven Lund berättade att han tappade synen på ena ögat efter olyckan.", Health),
        ("Erik Ström har börjat dricka igen och dricker varje kväll.", SocialWelfare),
        ("Lena Holm har svårt att hålla balansen och har ramlat flera gånger i trappan.", Health),
        ("Ove Berg säger att han inte har ätit ordentligt på flera veckor och sover dåligt.", Health),
        ("Enligt grannen har Peter Sand slagit sin sambo flera gånger i höstas.", Criminal),
        ("Maria Ek berättar att hon fått matkassar från kyrkan och hjälp med hyran av kommunen.", SocialWelfare),
        ("Karin Dahl säger att hon läser Koranen varje morgon och fastar under ramadan.", Religion),
        ("Jonas Björk har fått kramper två gånger i veckan sedan han bytte medicin.", Health),
    ];
    let (mut by_model, mut found) = (0, 0);
    for (t, cat) in cases {
        let f = detect(t);
        by_model += f.iter().any(|x| x.category == cat && x.explanation.contains("inlärd modell för satser")) as usize;
        found += f.iter().any(|x| x.category == cat) as usize;
    }
    // Measured 2026-12-08: 3 by the model alone, 7 of 8 in all (the rules found the rest).
    assert!(by_model >= 3, "the model found only {by_model} of {}", cases.len());
    assert!(found >= 7, "only {found} of {} found at all", cases.len());
    // The weights are real: an empty model would score every clause 0.
    let t = "Hon säger att hon ber rosenkransen varje kväll.";
    let segs = diarievakt_detect::clause::segments(t);
    let mut feats = Vec::new();
    diarievakt_detect::clause::features(t, &segs, 0, &mut feats);
    assert!(m.scores(&feats).iter().any(|s| *s != 0.0));
}

#[test]
fn the_clause_model_is_quiet_on_policy_and_without_a_person() {
    for t in [
        "Kommunen ska förbättra tillgängligheten i vården och minska väntetiderna.",
        "Regionen ska erbjuda stöd till den som drabbats av brott och samverka med polisen.",
        "Beslutet ska förhandlas med Vision och Kommunal enligt MBL.",
        "RÖRELSEHINDRADE\nAnsökan om parkeringstillstånd\nHandläggare: Eva Rask",
    ] {
        let f = detect(t);
        assert!(!f.iter().any(|x| x.explanation.contains("satser")), "{t}: {f:?}");
    }
}

#[test]
fn a_sentence_wrapped_across_lines_is_one_clause() {
    use diarievakt_detect::clause::segments;
    let t = "Under intervjun frågade chefen om jag var medlem\ni Vänsterpartiet.\nBeslut\nAnsökan avslås.";
    let s: Vec<&str> = segments(t).iter().map(|&(a, b)| &t[a..b]).collect();
    assert!(s.contains(&"Under intervjun frågade chefen om jag var medlem\ni Vänsterpartiet."), "{s:?}");
    assert!(s.contains(&"Beslut") && s.contains(&"Ansökan avslås."), "{s:?}");
}

#[test]
fn clause_confidence_is_calibrated_and_bounded() {
    use diarievakt_detect::clause::{confidence, THRESHOLD};
    for cat in diarievakt_detect::clause::CATS {
        let (lo, mid, hi) = (confidence(cat, THRESHOLD), confidence(cat, 2.0), confidence(cat, 20.0));
        assert!((0.5..=0.95).contains(&lo) && lo <= mid && mid <= hi && hi <= 0.95, "{cat:?}: {lo} {mid} {hi}");
        assert!(hi > lo, "{cat:?}: a clause the model is sure of must rank above one at the threshold");
    }
    // On held-out folds a social-services clause was more often right than a health one at the same score.
    assert!(confidence(SocialWelfare, 2.0) > confidence(Health, 2.0));
}

#[test]
fn a_public_matter_s_title_is_no_clause_about_a_person() {
    // The page has a person (the proposer), but the proposal's title is about a bus route.
    let t = "Medborgarförslag om bättre busstrafik till vårdcentralen\n\nJag, Örjan Hedlund, Hamngatan 20, föreslår att bussen går oftare.";
    let f = detect(t);
    assert!(!f.iter().any(|x| x.explanation.contains("satser") && x.text.contains("busstrafik")), "{f:?}");
}

#[test]
fn a_long_clause_is_pointed_at_where_its_score_comes_from() {
    use diarievakt_detect::clause::{model, segments, vote};
    let t = "Vid uppföljningsmötet på kontoret i Östersund i tisdags berättade Sven Lund att han har fått kramper i benen varje natt.";
    assert!(model().is_some());
    let seg = segments(t);
    let at = t.find("Sven Lund").unwrap();
    let names = [(at, at + "Sven Lund".len())];
    assert!(vote(t, &names).iter().any(|v| v.cat == Health && v.clause.1 - v.clause.0 > 60), "{:?} of {seg:?}", vote(t, &names));
    for v in vote(t, &names) {
        assert!(v.focus.0 >= v.clause.0 && v.focus.1 <= v.clause.1 && v.focus.0 < v.focus.1, "{v:?}");
        assert!(t.is_char_boundary(v.focus.0) && t.is_char_boundary(v.focus.1));
        if v.cat == Health {
            let f = &t[v.focus.0..v.focus.1];
            assert!(f.contains("kramper") && f.len() < t.len() - 20, "{f:?} of {seg:?}");
        }
    }
    // A short clause is its own focus.
    for v in vote("Sven Lund har tappat synen på ena ögat.", &[]) {
        assert_eq!(v.focus, v.clause);
    }
}

#[test]
fn a_diary_series_code_is_no_care() {
    none_of("Dnr: BUP 2026/0412   Datum: 2026-05-04   Avsändare: Elsa Nord", Health);
    none_of("Ärende LVM/12/2026 registrerades i dag av Anna Berg.", SocialWelfare);
    has("Anna Berg har kontakt med BUP sedan i våras.", Health, "BUP");
}

#[test]
fn a_unit_s_number_with_its_hours_or_box_is_no_person_s() {
    none_of("Logopedmottagningen, Östersunds sjukhus · Box 654, 831 27 Östersund · 063-15 42 60", Phone);
    none_of("Frågor efter hemgång: BB-rådgivning, 0920-28 24 60 dygnet runt.", Phone);
    none_of("Ring oss på 0480-44 83 50, mån–fre 8.30–10.", Phone);
    has("Anna Berg, Storgatan 3, 831 30 Östersund, tel 063-12 34 56", Phone, "063-12 34 56");
    has("Kontakt: Eva Rask, 070-123 45 67 (vardagar går bäst)", Phone, "070-123 45 67");
    has("Du kan ringa mig på 0670-164 38 måndag–torsdag kl. 8.30–9.30.", Phone, "0670-164 38");
}
