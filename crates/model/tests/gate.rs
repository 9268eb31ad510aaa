//! Every condition of the publication gate, including what invalidates a confirmation.

use diarievakt_detect::Category;
use diarievakt_model::gate::fingerprint;
use diarievakt_model::{
    gate_for, project_with, Audience, Case, CaseRecord, Clearance, Consent, Direction, Document, FileRef, FileReview, How, PageRead,
    Quality, ReviewFinding, Rules, Secrecy, Verdict,
};

const SHA: &str = "1111111111111111111111111111111111111111111111111111111111111111";

fn record(doc_type: &str, publish_file: bool) -> CaseRecord {
    let case: Case = serde_json::from_value(serde_json::json!({
        "number": "RS/1/2021", "title": "Ärende", "case_type": "Allmänt ärende", "registered": "2021-06-01"
    }))
    .unwrap();
    CaseRecord {
        case,
        documents: vec![Document {
            number: Some("RS/1/2021:1".into()),
            title: "Skrivelse".into(),
            public_title: None,
            direction: Direction::Incoming,
            date: "2021-06-01".parse().unwrap(),
            counterpart: None,
            document_type: doc_type.into(),
            secrecy: None,
            personal_data: false,
            file: Some(FileRef { name: "a.pdf".into(), sha256: SHA.into(), size: None, pages: Some(2) }),
            publish_file,
        }],
    }
}

fn finding(id: &str, category: Category, verdict: Option<Verdict>) -> ReviewFinding {
    ReviewFinding {
        id: id.into(),
        category,
        severity: category.severity(),
        page: 1,
        text: "x".into(),
        boxes: vec![],
        explanation: String::new(),
        verdict,
        reason: None,
    }
}

fn review(findings: Vec<ReviewFinding>, pages_without_text: Vec<u32>) -> FileReview {
    FileReview { sha256: SHA.into(), pages: 1, error: None, pages_without_text, findings, pages_read: vec![] }
}

fn consent(r: &CaseRecord, rules: &Rules) -> Consent {
    Consent { sha256: SHA.into(), fingerprint: fingerprint(r, &r.documents[0], rules), by: "Rita".into(), at: "t".into() }
}

fn publishes(r: &CaseRecord, rules: &Rules, c: &Clearance) -> bool {
    project_with(r, rules, Audience::External, std::slice::from_ref(c)).documents[0].file.is_some()
}

#[test]
fn box_unavailable_until_scanned_and_high_findings_decided() {
    let rules = Rules::defaults();
    let r = record("Skrivelse", true);
    let g = gate_for(&r, 0, &rules, None);
    assert!(!g.box_available);
    assert_eq!(g.blockers, ["Filen är inte granskad ännu."]);
    let mut c = Clearance {
        review: Some(review(vec![finding("a", Category::PersonalId, None), finding("b", Category::Name, None)], vec![])),
        ..Default::default()
    };
    let g = gate_for(&r, 0, &rules, Some(&c));
    assert!(!g.box_available);
    assert_eq!(g.blockers, ["1 fynd med hög allvarlighetsgrad är inte beslutade."], "a normal finding does not block");
    c.review.as_mut().unwrap().findings[0].verdict = Some(Verdict::NotPersonalData);
    let g = gate_for(&r, 0, &rules, Some(&c));
    assert!(g.box_available && g.approval_reasons.is_empty());
    // Ticked but not confirmed: not published.
    assert!(!publishes(&r, &rules, &c));
    c.confirmation = Some(consent(&r, &rules));
    assert!(publishes(&r, &rules, &c));
}

#[test]
fn marked_items_never_offer_the_box() {
    let rules = Rules::defaults();
    let mut r = record("Skrivelse", true);
    r.documents[0].personal_data = true;
    let c = Clearance {
        review: Some(review(vec![], vec![])),
        confirmation: Some(consent(&r, &rules)),
        approval: None,
        withdrawal: None,
        masked_copy: None,
    };
    let g = gate_for(&r, 0, &rules, Some(&c));
    assert!(!g.box_available);
    assert!(g.blockers[0].contains("publiceras aldrig"));
    let mut r = record("Skrivelse", true);
    r.case.case_type = "Orosanmälan".into();
    assert!(!gate_for(&r, 0, &rules, Some(&c)).box_available);
}

#[test]
fn must_not_publish_overrides_and_scanned_pages_need_a_team_lead() {
    let rules = Rules::defaults();
    let r = record("Skrivelse", true);
    for (findings, pages) in [
        (vec![finding("a", Category::Name, Some(Verdict::MustNotPublish))], vec![]),
        (vec![finding("a", Category::Health, Some(Verdict::MayPublish))], vec![]),
        (vec![], vec![2]),
    ] {
        let mut c = Clearance {
            review: Some(review(findings, pages)),
            confirmation: Some(consent(&r, &rules)),
            approval: None,
            withdrawal: None,
            masked_copy: None,
        };
        let g = gate_for(&r, 0, &rules, Some(&c));
        assert!(g.box_available);
        assert_eq!(g.approval_reasons.len(), 1, "{g:?}");
        assert!(!publishes(&r, &rules, &c), "confirmed but not approved");
        c.approval = Some(consent(&r, &rules));
        assert!(publishes(&r, &rules, &c));
    }
}

#[test]
fn replacing_the_file_changing_a_marking_or_the_rules_voids_the_confirmation() {
    let rules = Rules::defaults();
    let r = record("Skrivelse", true);
    let c = Clearance {
        review: Some(review(vec![], vec![])),
        confirmation: Some(consent(&r, &rules)),
        approval: None,
        withdrawal: None,
        masked_copy: None,
    };
    assert!(publishes(&r, &rules, &c));
    // Another file.
    let mut r2 = r.clone();
    r2.documents[0].file.as_mut().unwrap().sha256 = "2".repeat(64);
    assert!(!publishes(&r2, &rules, &c));
    // A new marking on the case, or another document type.
    let mut r3 = r.clone();
    r3.case.secrecy = Some(Secrecy { reference: "OSL 21 kap. 1 §".into() });
    assert!(!publishes(&r3, &rules, &c));
    let mut r4 = r.clone();
    r4.documents[0].document_type = "Beslut".into();
    assert!(!publishes(&r4, &rules, &c));
    // Other rules.
    let text = diarievakt_model::rules::DEFAULT_RULES.replace("\"Protokollsutdrag\", \"Styrande dokument\"", "\"Protokollsutdrag\"");
    let other = Rules::parse(&text, "rules.toml").unwrap();
    assert!(!gate_for(&r, 0, &other, Some(&c)).confirmed);
}

#[test]
fn auto_published_types_are_stopped_by_undecided_high_findings() {
    let rules = Rules::defaults();
    let r = record("Protokollsutdrag", false);
    let mut c = Clearance { review: Some(review(vec![finding("a", Category::Health, None)], vec![])), ..Default::default() };
    assert!(!publishes(&r, &rules, &c));
    assert!(gate_for(&r, 0, &rules, Some(&c)).withheld.unwrap().contains("inte beslutade"));
    c.review.as_mut().unwrap().findings[0].verdict = Some(Verdict::NotPersonalData);
    assert!(publishes(&r, &rules, &c), "no box, no confirmation needed once decided");
    // Unreadable file: never.
    c.review.as_mut().unwrap().error = Some("krypterad".into());
    assert!(!publishes(&r, &rules, &c));
}

fn ocr_page(page: u32, mean: f32, low: f32, unreadable: f32) -> PageRead {
    PageRead {
        page,
        how: How::Ocr,
        ocr_confidence: Some(mean),
        quality: Some(Quality {
            words: 120,
            mean_confidence: mean,
            low_confidence_share: low,
            unexplained_ink: unreadable,
            ink_pixels: 50_000,
        }),
        ocr_error: None,
        ocr_reason: Some("sidan saknar textlager".into()),
        judged: true,
    }
}

/// Issue 12: a page read well by OCR needs no team lead; one read badly, or not read, does, with
/// the reason in Swedish; and the rules in force decide, not the thresholds at scan time.
#[test]
fn ocr_pages_count_as_reviewed_only_when_read_well_enough() {
    let rules = Rules::defaults();
    let r = record("Skrivelse", false);
    let with = |pages_without_text: Vec<u32>, pages_read: Vec<PageRead>| Clearance {
        review: Some(FileReview { pages_read, ..review(vec![], pages_without_text) }),
        ..Default::default()
    };
    // Read well: reviewed, the box is offered without a team lead.
    let good = with(vec![], vec![PageRead::text(1), ocr_page(2, 0.93, 0.03, 0.05)]);
    let g = gate_for(&r, 0, &rules, Some(&good));
    assert!(g.box_available && g.approval_reasons.is_empty(), "{g:?}");
    // Read badly (handwriting): the scan already left it in pages_without_text; the reason says why.
    let bad = with(vec![2], vec![PageRead::text(1), ocr_page(2, 0.55, 0.5, 0.7)]);
    let g = gate_for(&r, 0, &rules, Some(&bad));
    assert_eq!(g.approval_reasons.len(), 1, "{g:?}");
    let why = &g.approval_reasons[0];
    assert!(why.starts_with("Sidan 2 lästes med OCR men kan inte granskas automatiskt: säkerheten är 55 %"), "{why}");
    assert!(why.contains("handskrift"), "{why}");
    // Fail closed even if the scan's own list was lost or made with looser thresholds: the gate
    // judges the recorded quality with the rules in force.
    let looser_scan = with(vec![], vec![ocr_page(1, 0.78, 0.1, 0.1)]);
    let g = gate_for(&r, 0, &rules, Some(&looser_scan));
    assert!(g.approval_reasons.iter().any(|a| a.contains("Sidan 1 lästes med OCR") && a.contains("78 %")), "{g:?}");
    let mut lenient = rules.clone();
    lenient.ocr.min_mean_confidence = 75;
    assert!(gate_for(&r, 0, &lenient, Some(&looser_scan)).approval_reasons.is_empty());
    // OCR could not run (Tesseract missing): the page needs the team lead, and the reason says so.
    let mut failed = ocr_page(1, 0.0, 0.0, 0.0);
    failed.quality = None;
    failed.ocr_confidence = None;
    failed.ocr_error = Some("OCR kunde inte köras: Tesseract saknas (x).".into());
    let g = gate_for(&r, 0, &rules, Some(&with(vec![1], vec![failed])));
    assert_eq!(g.approval_reasons.len(), 1);
    assert!(
        g.approval_reasons[0].contains("Sidan 1 kan inte granskas automatiskt (sidan saknar textlager): OCR kunde inte köras"),
        "{g:?}"
    );
    // A judged page without a recorded quality is never taken as reviewed.
    let mut unknown = ocr_page(1, 0.95, 0.0, 0.0);
    unknown.quality = None;
    assert!(!gate_for(&r, 0, &rules, Some(&with(vec![], vec![unknown]))).approval_reasons.is_empty());
    // A scan from before OCR: the old message.
    let old = with(vec![1], vec![]);
    assert_eq!(gate_for(&r, 0, &rules, Some(&old)).approval_reasons, ["Sidan/sidorna 1 är inskannade och kan inte granskas automatiskt."]);
}

/// Issue 14: a verified masked copy publishes in the original's place; it holds only for the
/// decisions it was made from; what it masks needs the team lead only for high-severity data and
/// only when the rules say so; a confirmation binds the copy too; a page masked whole needs no
/// reading.
#[test]
fn a_masked_copy_publishes_instead_of_the_original_while_it_holds() {
    use diarievakt_model::gate::fingerprint_for;
    use diarievakt_model::masking::{decisions_digest, masked_items};
    use diarievakt_model::{DrawnMask, MaskedCopy};
    let mut rules = Rules::defaults();
    let r = record("Skrivelse", true);
    let findings = vec![
        finding("pnr", Category::PersonalId, Some(Verdict::MustNotPublish)),
        finding("n", Category::Name, Some(Verdict::NotPersonalData)),
    ];
    let drawn = vec![DrawnMask { page: 2, bbox: None, label: "Hela sidan maskerad".into() }];
    let rev = review(findings.clone(), vec![2]);
    let copy = MaskedCopy {
        original_sha256: SHA.into(),
        sha256: "2".repeat(64),
        size: 1000,
        pages: 2,
        decisions: decisions_digest(&rev, &drawn),
        masked: masked_items(&rev, &drawn),
        drawn: drawn.clone(),
        checks: vec![],
        by: "Rita".into(),
        at: "2026-12-02T10:00:00.000Z".into(),
    };
    let without = Clearance { review: Some(rev.clone()), ..Default::default() };
    let g = gate_for(&r, 0, &rules, Some(&without));
    assert!(
        g.approval_reasons.iter().any(|a| a.contains("Får inte publiceras")) && g.approval_reasons.iter().any(|a| a.contains("inskannade"))
    );

    let mut c = Clearance { review: Some(rev.clone()), masked_copy: Some(copy.clone()), ..Default::default() };
    let g = gate_for(&r, 0, &rules, Some(&c));
    assert_eq!(g.masked_copy.as_deref(), Some(copy.sha256.as_str()));
    assert_eq!(g.approval_reasons.len(), 1, "the masked personnummer needs the team lead; page 2 is masked whole: {g:?}");
    assert!(g.approval_reasons[0].contains("maskerade kopian"), "{g:?}");
    assert_ne!(g.fingerprint, fingerprint(&r, &r.documents[0], &rules), "a consent binds the copy");
    assert_eq!(g.fingerprint, fingerprint_for(&r, &r.documents[0], &rules, Some(&c)));

    // Approved and confirmed against the copy: the projection publishes the copy, never the original.
    let given = Consent { sha256: SHA.into(), fingerprint: g.fingerprint.clone(), by: "Rita".into(), at: "t".into() };
    c.approval = Some(Consent { by: "Tina".into(), ..given.clone() });
    c.confirmation = Some(given);
    let p = project_with(&r, &rules, Audience::External, std::slice::from_ref(&c));
    let f = p.documents[0].file.as_ref().expect("published");
    assert_eq!((f.sha256.as_str(), f.name.as_str()), (copy.sha256.as_str(), "a (maskerad).pdf"));

    // A confirmation of the original alone does not publish the copy.
    let mut old = c.clone();
    old.confirmation = Some(consent(&r, &rules));
    old.approval = None;
    assert!(!publishes(&r, &rules, &old));

    // Another decision: the copy no longer holds, and nothing publishes on the old consents.
    let mut changed = c.clone();
    changed.review.as_mut().unwrap().findings[0].verdict = Some(Verdict::NotPersonalData);
    let g = gate_for(&r, 0, &rules, Some(&changed));
    assert!(g.masked_copy.is_none() && g.masked_copy_note.as_deref().unwrap().contains("besluten har ändrats"), "{g:?}");
    assert!(!publishes(&r, &rules, &changed));

    // The rules decide whether masked high-severity data still needs the team lead.
    rules.masking.high_needs_team_lead = false;
    let c2 = Clearance { review: Some(rev.clone()), masked_copy: Some(copy.clone()), ..Default::default() };
    assert!(gate_for(&r, 0, &rules, Some(&c2)).approval_reasons.is_empty());

    // A marked document never publishes a file, masked or not.
    let mut marked = r.clone();
    marked.documents[0].personal_data = true;
    assert!(!publishes(&marked, &rules, &c));
}
