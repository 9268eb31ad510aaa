//! Avpublicera and the incident routine, end to end in the core: a real SQLite file, real PDFium
//! scans of corpus files, the real export.

use diarievakt_core::{IncidentUpdate, UnpublishOptions, Workstation};
use diarievakt_model::incident::{parse_time, IncidentState, Risk};
use diarievakt_model::Role;
mod common;
use common::{corpus, doc};

fn case(title: &str) -> diarievakt_model::Case {
    serde_json::from_value(serde_json::json!({
        "title": title, "case_type": "Allmänt ärende", "registered": "2021-06-01", "counterpart": "Privatperson"
    }))
    .unwrap()
}

#[tokio::test]
async fn publish_unpublish_and_the_incident_with_its_clock() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let reg = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let dpo = common::person(&ws, "dso", "Dora Dataskyddsombud", Role::Dataskyddsombud).await;
    let lead = common::person(&ws, "lead", "Tore Teamledare", Role::Teamledare).await;

    // Published: d001 has only normal-severity findings, so the registrar confirms it alone.
    let r = ws.save_case(&reg, "RS", case("Skrivelse från en privatperson")).await.unwrap();
    let number = r.case.number.clone().unwrap();
    let file = ws.attach_pdf(&reg, &corpus("d001.pdf")).await.unwrap();
    let mut d = doc("Skrivelse", "Skrivelse");
    d.file = Some(file.clone());
    ws.save_document(&reg, &number, d).await.unwrap();
    let dn = format!("{number}:1");
    assert!(ws
        .unpublish(&reg, &dn, "Personnummer i klartext", &UnpublishOptions::default())
        .await
        .unwrap_err()
        .message
        .contains("inte publicerad"));
    assert!(ws.confirm_publication(&reg, &dn, &dn).await.unwrap().publishes);
    let web = dir.path().join("webb");
    assert_eq!(ws.export_site(&web).await.unwrap().files, 1);
    let published = web.join(format!("filer/{}.pdf", file.sha256));
    assert!(published.exists());

    // Avpublicera: a reason is required; the DPO changes nothing in the diary.
    let pd = UnpublishOptions { personal_data: true, discovered_at: Some("2026-03-02T08:00:00Z".into()), incident: None };
    assert!(ws.unpublish(&reg, &dn, " ", &pd).await.unwrap_err().message.contains("varför"));
    assert!(ws.unpublish(&dpo, &dn, "Personnummer i klartext", &pd).await.unwrap_err().message.contains("Din roll"));
    let future = UnpublishOptions { discovered_at: Some("2999-01-01 10:00".into()), ..pd.clone() };
    assert!(ws.unpublish(&reg, &dn, "Personnummer i klartext", &future).await.unwrap_err().message.contains("framtiden"));
    let done = ws.unpublish(&reg, &dn, "Personnummer 19811218-9876 syns i bilagan", &pd).await.unwrap();
    assert!(done.opened, "{done:?}");
    let id = done.incident.expect("an incident");
    assert!(ws.unpublish(&reg, &dn, "igen", &pd).await.unwrap_err().message.contains("redan"));

    // At once: the preview and the next export no longer have the file; the gate says why.
    let r = ws.get_case(&number).await.unwrap();
    let pv = ws.preview(&r, diarievakt_model::Audience::External).await.unwrap();
    assert!(pv.projection.documents[0].file.is_none());
    assert!(!pv.html.contains(&file.sha256));
    let gate = &ws.gates(&r).await.unwrap()[0].gate;
    assert!(!gate.publishes && gate.blockers[0].contains("avpublicerades"), "{gate:?}");
    assert!(ws.confirm_publication(&reg, &dn, &dn).await.is_err(), "a withdrawn file cannot be confirmed again");
    assert_eq!(ws.export_site(&web).await.unwrap().files, 0);
    assert!(!published.exists(), "the export removes the file that is no longer published");
    let feed = std::fs::read_to_string(web.join("sok.json")).unwrap();
    assert!(!feed.contains("9876") && !feed.contains("bilagan"), "the reason stays out of the public feed");

    // The incident: when it was published and by whom (the confirmation in the audit trail), what
    // was exposed (the scan's categories and counts), the people concerned.
    let trail = ws.audit_trail(Some(&number)).await.unwrap();
    let confirmed = trail.iter().rev().find(|e| e.action == "bekräftelse").expect("the confirmation is audited");
    let view = ws.incident(id).await.unwrap();
    let w = &view.incident.withdrawals[0];
    assert_eq!(w.published_at.as_deref(), Some(confirmed.at.as_str()));
    assert_eq!(w.published_by.as_deref(), Some("Rita Registrator"));
    assert_eq!(view.published_at.as_deref(), Some(confirmed.at.as_str()));
    let review = ws.file_review(&file.sha256).await.unwrap().unwrap();
    let names = review.findings.iter().filter(|f| f.category == diarievakt_detect::Category::Name).count() as u32;
    let total: u32 = view.categories.iter().map(|c| c.count).sum();
    assert_eq!(total as usize, review.findings.len(), "{:?}", view.categories);
    if names > 0 {
        assert_eq!(view.categories.iter().find(|c| c.category == diarievakt_detect::Category::Name).unwrap().count, names);
        assert!(view.people >= 1);
    }
    for a in ["bekräftelse", "avpublicerad", "incident öppnad"] {
        assert!(trail.iter().any(|e| e.action == a), "{a} is in the case's trail");
    }

    // The clock runs from the discovery, whatever the time of the unpublishing.
    let at = |s: &str| parse_time(s).unwrap();
    let views = ws.incidents_at(at("2026-03-02T10:30:00Z")).await.unwrap();
    assert_eq!((views.len(), views[0].clock.hours_left), (1, Some(69.5)));
    assert_eq!(views[0].clock.deadline, "2026-03-05T08:00:00Z");
    let later = ws.incidents_at(at("2026-03-04T10:00:00Z")).await.unwrap();
    assert!(later[0].clock.urgent && !later[0].clock.overdue);
    assert!(ws.incidents_at(at("2026-03-06T08:00:00Z")).await.unwrap()[0].clock.overdue);

    // Only the DPO or a team lead changes it; not notifying needs a justification.
    let seen = view.incident.updated_at.clone();
    let state = |s: IncidentState, j: Option<&str>| IncidentUpdate {
        seen: seen.clone(),
        state: Some(s),
        justification: j.map(str::to_string),
        imy_reference: None,
        risk: None,
        consequences: None,
        measures: None,
    };
    let e = ws.update_incident(&reg, id, &state(IncidentState::Reported, None)).await.unwrap_err();
    assert!(e.message.contains("dataskyddsombudet"), "{}", e.message);
    assert!(ws.update_incident(&dpo, id, &state(IncidentState::NotReportable, None)).await.unwrap_err().message.contains("motivering"));
    assert!(ws.update_incident(&dpo, id, &state(IncidentState::Closed, Some("kort"))).await.is_err());
    let assess = IncidentUpdate {
        risk: Some(Risk::Risk),
        consequences: Some("Personnummer och namn kunde läsas av alla under två dagar.".into()),
        measures: Some("Registratorn har fått instruktion.".into()),
        state: None,
        ..state(IncidentState::Open, None)
    };
    let v = ws.update_incident(&dpo, id, &assess).await.unwrap();
    assert_eq!(v.incident.risk, Risk::Risk);
    // Someone else saved in between: a conflict, nothing overwritten.
    assert!(ws
        .update_incident(&lead, id, &state(IncidentState::Reported, None))
        .await
        .unwrap_err()
        .message
        .contains("ändrats av någon annan"));
    let mut report = state(IncidentState::NotReportable, Some("Bedöms inte innebära någon risk alls."));
    report.seen = v.incident.updated_at.clone();
    assert!(ws.update_incident(&dpo, id, &report).await.unwrap_err().message.contains("Riskbedömningen"), "risk says notify");
    let mut report = state(IncidentState::Reported, None);
    report.seen = v.incident.updated_at.clone();
    report.imy_reference = Some("IMY-2026-1234".into());
    let v = ws.update_incident(&dpo, id, &report).await.unwrap();
    assert_eq!(v.incident.state, IncidentState::Reported);
    assert!(v.incident.reported_at.is_some() && v.supplement_due.is_some() && v.clock.hours_left.is_none());
    ws.add_incident_note(&dpo, id, true, "Komplettering: filen hämtades 14 gånger enligt webbserverns logg.").await.unwrap();
    assert!(ws.add_incident_note(&reg, id, false, "anteckning").await.is_err());

    // IMY's form in order, the report in HTML, JSON and PDF, personnummer masked in all.
    let labels: Vec<&str> = v.notification.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels[..3], ["Personuppgiftsansvarig", "Egen referens", "När inträffade incidenten"]);
    let out = dir.path().join("rapport");
    let files = ws.write_incident_report(id, &out).await.unwrap();
    let html = std::fs::read_to_string(&files.html).unwrap();
    let json = std::fs::read_to_string(&files.json).unwrap();
    for text in [&html, &json] {
        assert!(!text.contains("19811218-9876") && text.contains("ÅÅMMDD-XXXX"), "personnummer masked");
        assert!(text.contains("IMY-2026-1234") && text.contains("14 gånger"));
    }
    assert!(html.contains("Granskningsloggen är obruten"), "the chain's verification is in the report");
    for a in ["bekräftelse", "avpublicerad", "anmäld till IMY", "komplettering"] {
        assert!(html.contains(a), "{a} in the report's trail");
    }
    assert!(files.withdrawal_csv.is_none(), "a document of this diary needs no withdrawal list");
    let pdf = std::fs::read(files.pdf.expect("a PDF report")).unwrap();
    let text = diarievakt_pdf::extract_bytes(&pdf).unwrap().iter().map(|p| p.text.clone()).collect::<String>();
    assert!(text.contains("Personuppgiftsincident") && text.contains("Anmäld till IMY") && !text.contains("19811218-9876"), "{text}");
    assert!(ws.audit_verify().await.unwrap().ok);
}

#[tokio::test]
async fn a_second_file_joins_the_open_incident_and_no_incident_without_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workstation::open(dir.path()).await.unwrap();
    let reg = common::person(&ws, "reg", "Rita Registrator", Role::Registrator).await;
    let r = ws.save_case(&reg, "RS", case("Protokoll")).await.unwrap();
    let number = r.case.number.clone().unwrap();
    let file = ws.attach_pdf(&reg, &corpus("d001.pdf")).await.unwrap();
    for _ in 0..3 {
        // Protokollsutdrag publish by themselves.
        let mut d = doc("Protokollsutdrag", "Protokollsutdrag");
        d.file = Some(file.clone());
        ws.save_document(&reg, &number, d).await.unwrap();
    }
    let pd = UnpublishOptions { personal_data: true, ..Default::default() };
    let first = ws.unpublish(&reg, &format!("{number}:1"), "Namn på privatpersoner", &pd).await.unwrap();
    assert!(first.withdrawal.published_at.is_some(), "a type that publishes by itself: its registration is the publication");
    let second = ws.unpublish(&reg, &format!("{number}:2"), "Samma fil", &pd).await.unwrap();
    assert!(!second.opened && second.incident == first.incident, "the same file joins the open incident");
    let none = UnpublishOptions::default();
    let third = ws.unpublish(&reg, &format!("{number}:3"), "Upphovsrätt", &none).await.unwrap();
    assert_eq!(third.incident, None);
    let all = ws.incidents().await.unwrap();
    assert_eq!((all.len(), all[0].incident.withdrawals.len()), (1, 2));
}
