//! Masked copies in the workstation (issue 14), with the real worker, PDFium, Tesseract and
//! pdftotext: the copy is made from the decisions, verified, approved, confirmed and exported in
//! the original's place; a copy that fails verification is refused and nothing is published.

mod common;
use common::{corpus, doc};
use diarievakt_core::Workstation;
use diarievakt_detect::{Category, Severity};
use diarievakt_model::{Case, DrawnMask, Role, Verdict};
use diarievakt_worker::Pool;

fn case() -> Case {
    serde_json::from_value(serde_json::json!({ "title": "Polisanmälan", "case_type": "Allmänt ärende", "registered": "2021-06-01" }))
        .unwrap()
}

fn pdftotext(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").args(["-q", "-enc", "UTF-8"]).arg(path).arg("-").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A case with d007 (personnummer, an offence, health, names) attached and every high finding
/// decided: the personnummer *Får inte publiceras*, the rest *Inte en personuppgift*.
async fn decided(ws: &Workstation, reg: &diarievakt_model::User) -> (String, String, String) {
    let r = ws.save_case(reg, "RS", case()).await.unwrap();
    let number = r.case.number.clone().unwrap();
    let file = ws.attach_pdf(reg, &corpus("d007.pdf")).await.unwrap();
    let mut d = doc("Skrivelse från polisen", "Skrivelse");
    d.file = Some(file.clone());
    ws.save_document(reg, &number, d).await.unwrap();
    let dn = format!("{number}:1");
    let review = ws.file_review(&file.sha256).await.unwrap().unwrap();
    let (pnr, other): (Vec<_>, Vec<_>) = review.findings.iter().partition(|f| f.category == Category::PersonalId);
    assert!(!pnr.is_empty());
    let ids = |v: &[&diarievakt_model::ReviewFinding]| v.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    ws.decide(reg, &dn, &ids(&pnr), Verdict::MustNotPublish, None).await.unwrap();
    let rest: Vec<_> = other.into_iter().filter(|f| f.severity == Severity::High).collect();
    if !rest.is_empty() {
        ws.decide(reg, &dn, &ids(&rest), Verdict::NotPersonalData, None).await.unwrap();
    }
    (number, dn, pnr[0].text.clone())
}

#[tokio::test]
async fn a_masked_copy_is_approved_confirmed_and_exported_in_the_originals_place() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let reg = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let lead = common::person(&ws, "lead", "Tina Teamledare", Role::Teamledare).await;
    let dpo = common::person(&ws, "dso", "Dora Dataskyddsombud", Role::Dataskyddsombud).await;
    let (number, dn, pnr) = decided(&ws, &reg).await;
    let original = ws.get_case(&number).await.unwrap().documents[0].file.clone().unwrap();

    assert!(ws.create_masked_copy(&dpo, &dn, vec![]).await.unwrap_err().message.contains("Din roll"));
    let bad = vec![DrawnMask { page: 9, bbox: Some([10.0, 10.0, 50.0, 50.0]), label: "Maskerat".into() }];
    assert!(ws.create_masked_copy(&reg, &dn, bad).await.unwrap_err().message.contains("Sidan 9 finns inte"));

    // A region drawn by hand too (the letterhead's corner).
    let drawn = vec![DrawnMask { page: 1, bbox: Some([400.0, 760.0, 560.0, 800.0]), label: "Maskerat".into() }];
    let view = ws.create_masked_copy(&reg, &dn, drawn).await.unwrap();
    assert!(view.current && view.copy.sha256 != original.sha256);
    assert!(
        view.copy.checks.iter().any(|c| c.contains("pdftotext")) && view.copy.checks.iter().any(|c| c.contains("OCR")),
        "{:?}",
        view.copy.checks
    );
    assert_eq!(view.copy.masked.iter().filter(|m| m.finding_id.is_none()).count(), 1);
    assert!(ws.store().files().read(&view.copy.sha256).await.is_ok(), "the copy is in the archive");

    // The gate: the copy publishes in the original's place; masking a personnummer still needs the
    // team lead (the rules' default).
    let r = ws.get_case(&number).await.unwrap();
    let gate = ws.gates(&r).await.unwrap()[0].gate.clone();
    assert_eq!(gate.masked_copy.as_deref(), Some(view.copy.sha256.as_str()));
    assert!(gate.approval_reasons.iter().any(|a| a.contains("maskerade kopian")), "{gate:?}");
    assert!(ws.confirm_publication(&reg, &dn, &dn).await.is_err(), "not without the team lead");
    let id = ws.request_review(&reg, &dn, Some("Kopian maskerar personnumret")).await.unwrap();
    ws.decide_review(&lead, id, true, None).await.unwrap();
    let confirmation = ws.confirmation_view(&reg, &dn).await.unwrap();
    assert_eq!(confirmation.masked_copy.as_ref().map(|c| c.sha256.as_str()), Some(view.copy.sha256.as_str()), "the dialog names the copy");
    assert!(ws.confirm_publication(&reg, &dn, &dn).await.unwrap().publishes);

    // The export writes the copy, never the original.
    let web = dir.path().join("webb");
    assert_eq!(ws.export_site(&web).await.unwrap().files, 1);
    let exported = web.join(format!("filer/{}.pdf", view.copy.sha256));
    assert!(exported.exists() && !web.join(format!("filer/{}.pdf", original.sha256)).exists());
    let digits: String = pnr.chars().filter(|c| c.is_ascii_digit()).collect();
    let text: String = pdftotext(&exported).chars().filter(|c| c.is_ascii_digit()).collect();
    assert!(!text.contains(&digits[digits.len() - 10..]), "the personnummer is gone from the published file");
    let page = std::fs::read_to_string(web.join("arenden").join(diarievakt_model::html::case_file_name(&number))).unwrap();
    assert!(page.contains("(maskerad).pdf"), "the web diary names it a masked copy");

    // The audit trail: who, what was masked, both hashes, what verification proved.
    let trail = ws.audit_trail(Some(&number)).await.unwrap();
    let made = trail.iter().find(|e| e.action == "maskerad kopia").expect("the copy is audited");
    assert!(
        made.detail.contains(&view.copy.sha256) && made.detail.contains(&original.sha256) && made.detail.contains("Personnummer"),
        "{}",
        made.detail
    );
    assert!(!made.detail.contains(&pnr), "the masked text stays out of the trail");
    assert!(trail.iter().any(|e| e.action == "bekräftelse" && e.detail.contains(&view.copy.sha256)));

    // Another decision voids the copy (and the confirmation bound to it): nothing publishes.
    let review = ws.file_review(&original.sha256).await.unwrap().unwrap();
    let one = review.findings.iter().find(|f| f.category == Category::PersonalId).unwrap().id.clone();
    ws.decide(&reg, &dn, &[one], Verdict::NotPersonalData, None).await.unwrap();
    let r = ws.get_case(&number).await.unwrap();
    let gate = ws.gates(&r).await.unwrap()[0].gate.clone();
    assert!(gate.masked_copy.is_none() && gate.masked_copy_note.is_some() && !gate.publishes, "{gate:?}");
    assert!(!ws.masked_copy(&dn).await.unwrap().unwrap().current);
    assert_eq!(ws.export_site(&web).await.unwrap().files, 0);
    ws.remove_masked_copy(&reg, &dn).await.unwrap();
    assert!(ws.masked_copy(&dn).await.unwrap().is_none());
}

#[tokio::test]
async fn a_copy_that_fails_verification_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    {
        let ws = Workstation::open(dir.path()).await.unwrap();
        let reg = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
        decided(&ws, &reg).await;
    }
    let ws = Workstation::open_with_pool(dir.path(), Pool::for_this_machine().with_test_faults()).await.unwrap();
    let reg = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let number = ws.search("").await.unwrap()[0].number.clone();
    let dn = format!("{number}:1");
    let before = ws.audit_verify().await.unwrap();
    let e = ws.create_masked_copy_tampered(&reg, &dn, vec![], "19811218-9876 och mer text").await.unwrap_err();
    assert!(e.message.contains("godtas inte") && e.message.contains("mer än en version"), "{}", e.message);
    assert!(ws.masked_copy(&dn).await.unwrap().is_none(), "a refused copy is never recorded");
    let r = ws.get_case(&number).await.unwrap();
    let gate = ws.gates(&r).await.unwrap()[0].gate.clone();
    assert!(gate.masked_copy.is_none() && !gate.publishes);
    let trail = ws.audit_trail(Some(&number)).await.unwrap();
    assert!(trail.iter().any(|e| e.action == "maskerad kopia vägrad"), "the refusal is audited");
    assert!(ws.audit_verify().await.unwrap().entries > before.entries);

    // A file with an undecided high-severity finding cannot be masked yet.
    let r2 = ws.save_case(&reg, "RS", case()).await.unwrap();
    let n2 = r2.case.number.clone().unwrap();
    let f2 = ws.attach_pdf(&reg, &corpus("d002.pdf")).await.unwrap();
    let mut d = doc("Klagomål", "Skrivelse");
    d.file = Some(f2);
    ws.save_document(&reg, &n2, d).await.unwrap();
    let e = ws.create_masked_copy(&reg, &format!("{n2}:1"), vec![]).await.unwrap_err();
    assert!(e.message.contains("Besluta alla fynd"), "{}", e.message);
}
