//! Property: for any case, the external projection never contains the description or counterpart
//! of a marked item, the file of a marked item or case, a file neither ticked nor auto-published,
//! the internal title where a public title is set, or a valid personnummer.

use diarievakt_detect::personnummer;
use diarievakt_model::gate::fingerprint;
use diarievakt_model::html::case_page;
use diarievakt_model::{
    project_with, Audience, Case, CaseRecord, Clearance, Consent, Direction, Document, FileRef, FileReview, Rules, Secrecy,
};
use proptest::prelude::*;

/// A valid personnummer in one of its written forms, built from date and serial with the Luhn digit.
fn pnr() -> impl Strategy<Value = String> {
    (1930u32..2020, 1u32..13, 1u32..29, 1u32..999, 0usize..4, any::<bool>()).prop_map(|(y, m, d, serial, form, samordning)| {
        let day = if samordning { d + 60 } else { d };
        let nine = format!("{:02}{:02}{:02}{:03}", y % 100, m, day, serial);
        let sum: u32 = nine
            .bytes()
            .enumerate()
            .map(|(i, b)| {
                let v = (b - b'0') as u32 * if i % 2 == 0 { 2 } else { 1 };
                if v > 9 {
                    v - 9
                } else {
                    v
                }
            })
            .sum();
        let ten = format!("{nine}{}", (10 - sum % 10) % 10);
        match form {
            0 => ten,
            1 => format!("{}-{}", &ten[..6], &ten[6..]),
            2 => format!("{}{}", y / 100, ten),
            _ => format!("{}{}-{}", y / 100, &ten[..6], &ten[6..]),
        }
    })
}

/// Free text that sometimes carries a personnummer.
fn text(tag: &'static str) -> impl Strategy<Value = String> {
    ("[a-zåäö ]{0,12}", proptest::option::of(pnr()), "[a-zåäö ]{0,12}")
        .prop_map(move |(a, p, b)| format!("{tag}{a}{}{b}", p.map(|p| format!(" {p} ")).unwrap_or_default()))
}

fn opt_secrecy() -> impl Strategy<Value = Option<Secrecy>> {
    proptest::option::of(Just(Secrecy { reference: "OSL 21 kap. 1 §".into() }))
}

prop_compose! {
    fn document(i: usize)(
        title in text("HTITEL"), public in proptest::option::of(text("HPUBLIK")), counterpart in text("HMOTPART"),
        ty in prop::sample::select(vec!["Skrivelse", "Protokollsutdrag", "Styrande dokument", "Beslut", "protokollsutdrag"]),
        secrecy in opt_secrecy(), pd in any::<bool>(), has_file in any::<bool>(), publish in any::<bool>(),
        fname in text("fil"),
    ) -> Document {
        Document {
            number: Some(format!("RS/1/2021:{}", i + 1)), title, public_title: public, direction: Direction::Incoming,
            date: "2021-06-01".parse().unwrap(), counterpart: Some(counterpart), document_type: ty.to_string(),
            secrecy, personal_data: pd,
            file: has_file.then(|| FileRef { name: format!("{fname}.pdf"), sha256: format!("{:064x}", i + 1), size: None, pages: None }),
            publish_file: publish,
        }
    }
}

prop_compose! {
    fn record()(
        title in text("ÄTITEL"), public in proptest::option::of(text("ÄPUBLIK")), description in text("ÄBESKR"),
        counterpart in text("ÄMOTPART"), ty in prop::sample::select(vec!["Allmänt ärende", "Orosanmälan", "OROSANMÄLAN", "Motion"]),
        secrecy in opt_secrecy(), pd in any::<bool>(), officer in text("ÄHANDL"),
        docs in prop::collection::vec(any::<u8>(), 0..6),
    )(
        docs in docs.iter().enumerate().map(|(i, _)| document(i)).collect::<Vec<_>>(),
        title in Just(title), public in Just(public), description in Just(description), counterpart in Just(counterpart),
        ty in Just(ty), secrecy in Just(secrecy), pd in Just(pd), officer in Just(officer),
    ) -> CaseRecord {
        CaseRecord {
            case: Case {
                number: Some("RS/1/2021".into()), title, public_title: public, description: Some(description), case_type: ty.into(),
                counterpart: Some(counterpart), status: Default::default(), registered: "2021-06-01".parse().unwrap(),
                publish_date: None, officer: Some(officer), unit: None, secrecy, personal_data: pd,
            },
            documents: docs,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn external_projection_never_leaks(r in record(), choices in prop::collection::vec(0u8..4, 6)) {
        let rules = Rules::defaults();
        // Per document: 0 nothing recorded, 1 a clean scan, 2 a scan and a valid confirmation,
        // 3 a scan and a confirmation given for other markings (stale).
        let clearances: Vec<Clearance> = r.documents.iter().zip(&choices).map(|(d, &ch)| {
            let Some(f) = &d.file else { return Clearance::default() };
            let review = (ch >= 1).then(|| FileReview { sha256: f.sha256.clone(), pages: 1, error: None, pages_without_text: vec![], findings: vec![], pages_read: vec![] });
            let fp = if ch == 2 { fingerprint(&r, d, &rules) } else { "stale".into() };
            let confirmation = (ch >= 2).then(|| Consent { sha256: f.sha256.clone(), fingerprint: fp, by: "x".into(), at: "t".into() });
            Clearance { review, confirmation, approval: None, withdrawal: None, masked_copy: None }
        }).collect();
        let p = project_with(&r, &rules, Audience::External, &clearances);
        let json = serde_json::to_string(&p).unwrap();
        let html = case_page(&p);
        for out in [&json, &html] {
            prop_assert!(personnummer::find_all(out).is_empty(), "personnummer in {}", out);
            let c = &r.case;
            let case_marked = c.secrecy.is_some() || c.personal_data || c.case_type.to_lowercase() == "orosanmälan";
            if case_marked {
                prop_assert!(!out.contains("ÄBESKR") && !out.contains("ÄMOTPART"));
            }
            if c.public_title.is_some() {
                prop_assert!(!out.contains("ÄTITEL"));
            }
            for (i, d) in r.documents.iter().enumerate() {
                let doc_marked = d.secrecy.is_some() || d.personal_data;
                let pd = &p.documents[i];
                if doc_marked || case_marked {
                    prop_assert!(pd.counterpart.is_none());
                    prop_assert!(pd.file.is_none());
                }
                let auto = rules.publishes_automatically(&d.document_type);
                if !d.publish_file && !auto {
                    prop_assert!(pd.file.is_none());
                }
                // A published file always rests on a recorded scan, and a ticked box on a valid confirmation.
                if pd.file.is_some() {
                    prop_assert!(choices[i] >= 1);
                    prop_assert!(auto || (d.publish_file && choices[i] == 2));
                }
                if let Some(f) = &d.file {
                    if pd.file.is_none() {
                        prop_assert!(!out.contains(&f.sha256));
                    }
                }
                if d.public_title.is_some() {
                    prop_assert!(!pd.title.contains("HTITEL"));
                }
            }
        }
    }
}
