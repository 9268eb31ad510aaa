//! Every rule of the routine (RS/399/2021), over every combination of markings, case types,
//! document types, the box, files and public titles.

use diarievakt_model::gate::fingerprint;
use diarievakt_model::html::case_page;
use diarievakt_model::{
    project, project_with, Audience, Case, CaseRecord, Clearance, Consent, Direction, Document, FileRef, FileReview, Marking, Rules,
    Secrecy,
};

const CASE_TYPES: [&str; 2] = ["Allmänt ärende", "Orosanmälan"];
const DOC_TYPES: [&str; 3] = ["Skrivelse", "Protokollsutdrag", "Styrande dokument"];

// One argument per dimension of the combination table the tests walk through.
#[allow(clippy::too_many_arguments)]
fn record(
    case_type: &str,
    case_secret: bool,
    case_pd: bool,
    doc_secret: bool,
    doc_pd: bool,
    doc_type: &str,
    publish_file: bool,
    has_file: bool,
    public_titles: bool,
) -> CaseRecord {
    let sec = |on: bool| on.then(|| Secrecy { reference: "25 kap. 1 §".into() });
    CaseRecord {
        case: Case {
            number: Some("RS/7/2021".into()),
            title: "INTERN-ÄRENDERUBRIK".into(),
            public_title: public_titles.then(|| "Publik ärenderubrik".into()),
            description: Some("ÄRENDEBESKRIVNING".into()),
            case_type: case_type.into(),
            counterpart: Some("ÄRENDEMOTPART".into()),
            status: Default::default(),
            registered: "2021-06-01".parse().unwrap(),
            publish_date: Some("2021-06-02".parse().unwrap()),
            officer: Some("HANDLÄGGARNAMN".into()),
            unit: Some("Sekretariatet".into()),
            secrecy: sec(case_secret),
            personal_data: case_pd,
        },
        documents: vec![Document {
            number: Some("RS/7/2021:1".into()),
            title: "INTERN-HANDLINGSRUBRIK".into(),
            public_title: public_titles.then(|| "Publik handlingsrubrik".into()),
            direction: Direction::Incoming,
            date: "2021-06-01".parse().unwrap(),
            counterpart: Some("HANDLINGSMOTPART".into()),
            document_type: doc_type.into(),
            secrecy: sec(doc_secret),
            personal_data: doc_pd,
            file: has_file.then(|| FileRef { name: "fil.pdf".into(), sha256: "ab".repeat(32), size: Some(10), pages: Some(1) }),
            publish_file,
        }],
    }
}

#[test]
fn every_combination_follows_the_routine() {
    let rules = Rules::defaults();
    let mut n = 0;
    for case_type in CASE_TYPES {
        for doc_type in DOC_TYPES {
            for bits in 0..(1 << 7) {
                let b = |i: u32| bits & (1 << i) != 0;
                let (case_secret, case_pd, doc_secret, doc_pd, publish_file, has_file, public_titles) =
                    (b(0), b(1), b(2), b(3), b(4), b(5), b(6));
                let r = record(case_type, case_secret, case_pd, doc_secret, doc_pd, doc_type, publish_file, has_file, public_titles);
                // A clean scan and a confirmation bound to this file, markings and rules.
                let clearance = r.documents[0].file.as_ref().map(|f| Clearance {
                    review: Some(FileReview {
                        sha256: f.sha256.clone(),
                        pages: 1,
                        error: None,
                        pages_without_text: vec![],
                        findings: vec![],
                        pages_read: vec![],
                    }),
                    confirmation: Some(Consent {
                        sha256: f.sha256.clone(),
                        fingerprint: fingerprint(&r, &r.documents[0], &rules),
                        by: "Rita".into(),
                        at: "2021-06-01T10:00:00Z".into(),
                    }),
                    approval: None,
                    withdrawal: None,
                    masked_copy: None,
                });
                let p = project_with(&r, &rules, Audience::External, &[clearance.unwrap_or_default()]);
                let ctx = format!("{case_type}/{doc_type}/{bits:07b}");
                // Rule 4: Orosanmälan is secret whatever the registrar set.
                let case_secret_eff = case_secret || case_type == "Orosanmälan";
                let case_marked = case_secret_eff || case_pd;
                let doc_marked = doc_secret || doc_pd;
                // Rule 1: title (or public title), number, dates, status and type always shown.
                assert_eq!(p.case.title, if public_titles { "Publik ärenderubrik" } else { "INTERN-ÄRENDERUBRIK" }, "{ctx}");
                assert_eq!(p.case.number.as_deref(), Some("RS/7/2021"));
                assert!(p.case.publish_date.is_some());
                let d = &p.documents[0];
                assert_eq!(d.title, if public_titles { "Publik handlingsrubrik" } else { "INTERN-HANDLINGSRUBRIK" }, "{ctx}");
                assert_eq!(d.document_type, doc_type);
                // Rule 2: a marked item shows neither description nor counterpart, and shows its markings.
                assert_eq!(p.case.description.is_some(), !case_marked, "{ctx}");
                assert_eq!(p.case.counterpart.is_some(), !case_marked, "{ctx}");
                assert_eq!(p.case.markings.contains(&Marking::Secrecy), case_secret_eff, "{ctx}");
                assert_eq!(p.case.markings.contains(&Marking::PersonalData), case_pd, "{ctx}");
                assert_eq!(d.counterpart.is_some(), !doc_marked && !case_marked, "{ctx}");
                assert_eq!(d.markings.contains(&Marking::Secrecy), doc_secret, "{ctx}");
                assert_eq!(d.markings.contains(&Marking::PersonalData), doc_pd, "{ctx}");
                // Every hidden field says why.
                if case_marked {
                    let h = p.case.hidden.iter().find(|h| h.field == "description").expect("reason");
                    assert!(h.reason.starts_with("Ärendet "), "{}", h.reason);
                    if case_secret_eff {
                        assert!(h.reason.contains("OSL"), "{}", h.reason);
                    }
                }
                // Rule 3: the file only when nothing is marked and the box is ticked or the type auto-publishes.
                let auto = doc_type != "Skrivelse";
                let shown = has_file && !doc_marked && !case_marked && (publish_file || auto);
                assert_eq!(d.file.is_some(), shown, "{ctx}");
                if has_file && !shown {
                    assert!(d.hidden.iter().any(|h| h.field == "file"), "{ctx}");
                }
                // The officer is internal only (rule 6 defaults).
                assert!(p.case.officer.is_none());
                // The rendered page holds nothing the projection hides.
                let html = case_page(&p);
                for secret in ["ÄRENDEBESKRIVNING", "ÄRENDEMOTPART"] {
                    assert_eq!(html.contains(secret), !case_marked, "{ctx}: {secret}");
                }
                assert_eq!(html.contains("HANDLINGSMOTPART"), !doc_marked && !case_marked, "{ctx}");
                assert_eq!(html.contains("INTERN-"), !public_titles, "{ctx}");
                assert!(!html.contains("HANDLÄGGARNAMN"));
                assert_eq!(html.contains("filer/"), shown, "{ctx}");
                n += 1;
            }
        }
    }
    assert_eq!(n, 2 * 3 * 128);
}

#[test]
fn internal_audience_shows_the_officer_and_still_hides_marked_details() {
    let rules = Rules::defaults();
    let r = record("Allmänt ärende", true, false, false, false, "Skrivelse", true, true, false);
    let p = project(&r, &rules, Audience::Internal);
    assert_eq!(p.case.officer.as_deref(), Some("HANDLÄGGARNAMN"));
    assert!(p.case.description.is_none());
    assert_eq!(p.audience_name, "Internt diarium");
}

#[test]
fn personnummer_is_masked_everywhere() {
    let rules = Rules::defaults();
    let mut r = record("Allmänt ärende", false, false, false, false, "Protokollsutdrag", false, true, false);
    r.case.title = "Klagomål från 19811218-9876".into();
    r.case.description = Some("Gäller 811218-9876 och 8112189876".into());
    r.documents[0].counterpart = Some("Person 19811218 9876".into());
    r.documents[0].file.as_mut().unwrap().name = "beslut_198112189876.pdf".into();
    let f = r.documents[0].file.clone().unwrap();
    let cleared = Clearance {
        review: Some(FileReview {
            sha256: f.sha256,
            pages: 1,
            error: None,
            pages_without_text: vec![],
            findings: vec![],
            pages_read: vec![],
        }),
        ..Default::default()
    };
    let p = project_with(&r, &rules, Audience::External, &[cleared]);
    let json = serde_json::to_string(&p).unwrap();
    assert!(!json.contains("9876"), "{json}");
    assert_eq!(p.case.masked, ["title", "description"]);
    assert_eq!(p.documents[0].masked, ["counterpart", "file"]);
    let warnings = diarievakt_model::check_form(&r, &rules);
    assert!(warnings.iter().any(|w| w.field == "title" && w.message.contains("personnummer")));
}

#[test]
fn configured_rules_change_the_projection() {
    let text = diarievakt_model::rules::DEFAULT_RULES
        .replace("[\"Protokollsutdrag\", \"Styrande dokument\"]", "[\"Protokollsutdrag\"]")
        .replace("case_type = \"Orosanmälan\"", "case_type = \"Personalärende\"");
    let rules = Rules::parse(&text, "rules.toml").unwrap();
    let r = record("Personalärende", false, false, false, false, "Styrande dokument", false, true, false);
    let clean = Clearance {
        review: Some(FileReview {
            sha256: "ab".repeat(32),
            pages: 1,
            error: None,
            pages_without_text: vec![],
            findings: vec![],
            pages_read: vec![],
        }),
        ..Default::default()
    };
    let p = project_with(&r, &rules, Audience::External, std::slice::from_ref(&clean));
    assert!(p.case.markings.contains(&Marking::Secrecy));
    assert!(p.documents[0].file.is_none());
    let r = record("Orosanmälan", false, false, false, false, "Protokollsutdrag", false, true, false);
    let p = project_with(&r, &rules, Audience::External, &[clean]);
    assert!(p.case.markings.is_empty());
    assert!(p.documents[0].file.is_some());
    // Without a recorded scan, even an auto-published type does not publish (fail closed).
    assert!(project(&r, &rules, Audience::External).documents[0].file.is_none());
}
