//! The workstation end to end without a window: real SQLite file, real PDFium, real corpus PDFs.

use diarievakt_core::Workstation;
use diarievakt_model::{Audience, Case, CaseRecord, Role, Secrecy};
mod common;
use common::{corpus, doc};

fn case(title: &str) -> Case {
    serde_json::from_value(serde_json::json!({
        "title": title, "case_type": "Allmänt ärende", "registered": "2021-06-01",
        "description": "Beskrivning av ärendet", "counterpart": "Privatperson"
    }))
    .unwrap()
}

#[tokio::test]
async fn register_attach_and_export_equals_preview() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let u = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;

    let err = ws.save_case(&u, "RS", case("  ")).await.unwrap_err();
    assert_eq!(err.fields[0].field, "title");
    assert_eq!(err.fields[0].message, "Rubriken måste fyllas i.");

    let r = ws.save_case(&u, "RS", case("Rutin för publicering")).await.unwrap();
    let number = r.case.number.clone().unwrap();
    assert_eq!(number, "RS/1/2021");

    let file = ws.attach_pdf(&u, &corpus("d001.pdf")).await.unwrap();
    assert_eq!(file.pages, Some(1));
    assert_eq!(file.sha256.len(), 64);
    let mut d1 = doc("Protokollsutdrag § 12", "Protokollsutdrag");
    d1.file = Some(file.clone());
    ws.save_document(&u, &number, d1).await.unwrap();
    let mut d2 = doc("Skrivelse", "Skrivelse");
    d2.file = Some(file.clone());
    d2.secrecy = Some(Secrecy { reference: "26 kap. 1 §".into() });
    let r = ws.save_document(&u, &number, d2).await.unwrap();
    assert_eq!(r.documents.len(), 2);
    // Scanned at attach: d001 has only normal-severity findings, so the auto-published
    // Protokollsutdrag publishes; the marked Skrivelse never does.
    let review = ws.file_review(&file.sha256).await.unwrap().expect("scanned when attached");
    assert!(!review.findings.is_empty());

    let out = dir.path().join("webbdiarium");
    let sum = ws.export_site(&out).await.unwrap();
    assert_eq!((sum.cases, sum.documents, sum.files), (1, 2, 1));
    let page = std::fs::read_to_string(out.join("arenden/RS-1-2021.html")).unwrap();
    let pv = ws.preview(&r, Audience::External).await.unwrap();
    assert_eq!(page.as_bytes(), pv.html.as_bytes(), "the preview is the export, byte for byte");
    assert_eq!(std::fs::read(out.join(format!("filer/{}.pdf", file.sha256))).unwrap(), std::fs::read(corpus("d001.pdf")).unwrap());
    assert!(page.contains("OSL 26 kap. 1 §"));

    // Marking the case withdraws the file from the next export.
    let mut c = r.case.clone();
    c.personal_data = true;
    ws.save_case(&u, "RS", c).await.unwrap();
    let sum = ws.export_site(&out).await.unwrap();
    assert_eq!(sum.files, 0);
    assert!(!out.join(format!("filer/{}.pdf", file.sha256)).exists());
}

#[tokio::test]
async fn unreadable_pdf_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let u = common::person(&ws, "reg", "Rita", Role::Registrator).await;
    let not_pdf = dir.path().join("brev.pdf");
    std::fs::write(&not_pdf, "Hej, det här är ingen PDF").unwrap();
    assert_eq!(ws.attach_pdf(&u, &not_pdf).await.unwrap_err().message, "Filen är inte en PDF.");
    let bytes = std::fs::read(corpus("d002.pdf")).unwrap();
    let broken = dir.path().join("trasig.pdf");
    std::fs::write(&broken, &bytes[..bytes.len() / 3]).unwrap();
    let e = ws.attach_pdf(&u, &broken).await;
    // PDFium repairs some truncations; whatever it cannot open is refused, never stored half.
    if let Err(e) = e {
        assert!(e.message.contains("skadad"), "{}", e.message);
    }
}

#[tokio::test]
async fn import_then_export_json_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let u = common::person(&ws, "reg", "Rita", Role::Registrator).await;
    let mut c = case("Rutin");
    c.number = Some("RS/399/2021".into());
    let mut d = doc("Beslut", "Beslut");
    d.number = Some("RS/399/2021:1".into());
    let records = vec![CaseRecord { case: c, documents: vec![d] }];
    let text = serde_json::to_string(&records).unwrap();
    let s = ws.import_json(&u, &text).await.unwrap();
    assert_eq!(s.imported, ["RS/399/2021"]);
    assert!(s.errors.is_empty());
    let back: Vec<CaseRecord> = serde_json::from_str(&ws.export_json().await.unwrap()).unwrap();
    assert_eq!(back, records);
    let bad = ws.import_json(&u, "{\"case\": {\n\"title\": 1}}").await.unwrap_err();
    assert!(bad.message.contains("ofullständigt"), "{}", bad.message);
    let bad = ws.import_json(&u, "{\n\n  nope").await.unwrap_err();
    assert!(bad.message.contains("rad 3"), "{}", bad.message);
}

#[tokio::test]
async fn malformed_rules_stop_the_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.toml"), "auto_publish_document_types = [\"Protokollsutdrag\"\n").unwrap();
    let e = Workstation::open(dir.path()).await.err().expect("refused");
    assert!(e.message.contains("har ett fel på rad"), "{}", e.message);
}

#[tokio::test]
async fn the_gate_end_to_end_in_the_core() {
    use diarievakt_model::Verdict;
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let reg = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let lead = common::person(&ws, "lead", "Tore Teamledare", Role::Teamledare).await;
    let r = ws.save_case(&reg, "RS", case("Skrivelse med bilaga")).await.unwrap();
    let number = r.case.number.clone().unwrap();
    let file = ws.attach_pdf(&reg, &corpus("d002.pdf")).await.unwrap();
    let mut d = doc("Skrivelse", "Skrivelse");
    d.file = Some(file.clone());
    d.publish_file = true; // a save can never set the box
    let r = ws.save_document(&reg, &number, d).await.unwrap();
    assert!(!r.documents[0].publish_file);
    let dn = format!("{number}:1");
    // d002 (scanned at attach) holds a personnummer and health data: high-severity findings.
    let review = ws.file_review(&file.sha256).await.unwrap().unwrap();
    let high: Vec<_> = review.findings.iter().filter(|f| f.severity() == diarievakt_detect::Severity::High).collect();
    assert!(high.iter().any(|f| f.category == diarievakt_detect::Category::PersonalId), "{review:?}");
    assert!(ws.confirm_publication(&reg, &dn, &dn).await.unwrap_err().message.contains("inte beslutade"));

    // Decided: the personnummer "Får inte publiceras" (needs a team lead), the rest not personal data.
    let pnr = high.iter().find(|f| f.category == diarievakt_detect::Category::PersonalId).unwrap().id.clone();
    let rest: Vec<String> = high.iter().filter(|f| f.id != pnr).map(|f| f.id.clone()).collect();
    ws.decide(&reg, &dn, &rest, Verdict::NotPersonalData, None).await.unwrap();
    ws.decide(&reg, &dn, std::slice::from_ref(&pnr), Verdict::MustNotPublish, None).await.unwrap();
    assert!(ws.confirm_publication(&reg, &dn, &dn).await.unwrap_err().message.contains("teamledare"));
    let id = ws.request_review(&reg, &dn, Some("Personnumret är maskerat i bilagan")).await.unwrap();
    assert!(ws.decide_review(&reg, id, true, None).await.unwrap_err().message.contains("Bara en teamledare"));
    let req = ws.decide_review(&lead, id, true, Some("OK, bilagan är maskerad")).await.unwrap();
    assert_eq!(req.requested_by, "Rita Registrator");

    // The explicit act: typing the handlingsnummer.
    assert!(ws.confirm_publication(&reg, &dn, "fel").await.unwrap_err().message.contains("Skriv handlingsnumret"));
    let gate = ws.confirm_publication(&reg, &dn, &dn).await.unwrap();
    assert!(gate.publishes && gate.confirmed && gate.approved);
    let r = ws.get_case(&number).await.unwrap();
    assert!(r.documents[0].publish_file);
    assert!(ws.preview(&r, Audience::External).await.unwrap().projection.documents[0].file.is_some());

    // Changing a marking voids the confirmation and unticks the box.
    let mut d = r.documents[0].clone();
    d.personal_data = true;
    let r = ws.save_document(&reg, &number, d).await.unwrap();
    assert!(!r.documents[0].publish_file);
    let mut d = r.documents[0].clone();
    d.personal_data = false;
    let r = ws.save_document(&reg, &number, d).await.unwrap();
    assert!(ws.preview(&r, Audience::External).await.unwrap().projection.documents[0].file.is_none());

    // Everything is in the audit trail, and the chain holds.
    let trail = ws.audit_trail(Some(&number)).await.unwrap();
    let actions: Vec<_> = trail.iter().map(|e| e.action.as_str()).collect();
    for a in ["beslut", "skickad för granskning", "godkännande", "bekräftelse", "bekräftelse upphävd"] {
        assert!(actions.contains(&a), "{a} missing in {actions:?}");
    }
    assert!(trail.iter().filter(|e| e.action == "bekräftelse").all(|e| e.sha256.as_deref() == Some(file.sha256.as_str())));
    assert!(ws.audit_verify().await.unwrap().ok);
}

#[tokio::test]
async fn the_second_of_two_people_saving_one_case_gets_a_conflict_and_the_first_save_stands() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let rita = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let ulla = common::person(&ws, "reg2", "Ulla Registrator", Role::Registrator).await;
    let base = ws.save_case(&rita, "RS", case("Rutin för publicering")).await.unwrap().case;
    let number = base.number.clone().unwrap();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.title = "Ritas ändrade rubrik".into();
    theirs.title = "Ullas ändrade rubrik".into();

    ws.save_case_from(&ulla, "RS", theirs, Some(base.clone())).await.unwrap();
    let e = ws.save_case_from(&rita, "RS", mine.clone(), Some(base)).await.unwrap_err();
    assert!(e.message.contains("har sparats av någon annan") && e.message.contains("Ullas ändrade rubrik"), "{}", e.message);
    assert_eq!(ws.get_case(&number).await.unwrap().case.title, "Ullas ändrade rubrik", "the first save stands");
    // Opened again, Rita's edit saves on top of Ulla's.
    let now = ws.get_case(&number).await.unwrap().case;
    let r = ws.save_case_from(&rita, "RS", Case { title: mine.title.clone(), ..now.clone() }, Some(now)).await.unwrap();
    assert_eq!(r.case.title, "Ritas ändrade rubrik");
}

#[tokio::test]
async fn a_desk_refuses_a_wrong_password_and_nobody_picks_a_role() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    assert!(ws.sign_in_info().await.unwrap().needs_admin, "the first start asks for the administrator");
    let rita = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    assert!(!ws.sign_in_info().await.unwrap().needs_admin);
    let started = std::time::Instant::now();
    let wrong = ws.sign_in("reg", "fel lösenord").await.unwrap_err();
    let unknown = ws.sign_in("finns-inte", "fel lösenord").await.unwrap_err();
    assert!(started.elapsed() >= std::time::Duration::from_secs(2), "a delay after each wrong password");
    assert_eq!(wrong.message, unknown.message, "no account enumeration");
    assert!(wrong.message.contains("lösenord"), "{}", wrong.message);
    let trail = ws.audit_trail(None).await.unwrap();
    assert_eq!(trail.iter().filter(|e| e.action == "misslyckad inloggning").count(), 2);
    // A registrar who claims to be a team lead is still a registrar: the roles come from the diary.
    let mut claimed = rita.clone();
    claimed.roles = vec![Role::Teamledare, Role::Admin];
    claimed.role = Role::Teamledare;
    assert!(ws.decide_review(&claimed, 1, true, None).await.unwrap_err().message.contains("teamledare"));
    assert!(ws.add_user(&claimed, "ny", "Ny Person", &[Role::Teamledare], Some("ett långt lösenord")).await.is_err());
    assert!(ws.set_role(&claimed, "reg", Role::Teamledare, true).await.is_err());
    assert_eq!(ws.sign_in("reg", common::PASSWORD).await.unwrap().roles, [Role::Registrator]);
}
