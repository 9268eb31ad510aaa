//! The workstation in team mode, end to end without a window: each person's own login to a real
//! PostgreSQL server (`DIARIEVAKT_TEST_PG`, started by scripts/test.sh), real PDFium in the worker
//! processes, files kept in the database. The same flow as on a desk, across two desks.

mod common;
use common::{corpus, doc};
use diarievakt_core::Workstation;
use diarievakt_detect::Severity;
use diarievakt_model::{Audience, Case, Role, Verdict};
use diarievakt_store::testing::{TestTeam, PASSWORD};

fn case(title: &str) -> Case {
    serde_json::from_value(serde_json::json!({
        "title": title, "case_type": "Allmänt ärende", "registered": "2021-06-01",
        "description": "Beskrivning av ärendet", "counterpart": "Privatperson"
    }))
    .unwrap()
}

/// A desk's data directory whose config.toml names the team's server (no login in it).
fn desk(team: &TestTeam) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("config.toml"), format!("database_url = \"{}\"\n", team.plain_url())).unwrap();
    d
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_desks_register_review_approve_and_export_one_team_diary() {
    let su = std::env::var("DIARIEVAKT_TEST_PG").expect("DIARIEVAKT_TEST_PG (scripts/test.sh starts a server)");
    let team = TestTeam::new(&su, "core").await.unwrap();
    let (desk_a, desk_b, desk_admin) = (desk(&team), desk(&team), desk(&team));

    // The administrator (the database's owner) adds two people and sets the team's rules.
    let (admin_ws, admin) = Workstation::open_as(desk_admin.path(), &team.login("owner"), PASSWORD).await.unwrap();
    assert!(admin.has(Role::Admin));
    admin_ws.add_user(&admin, &team.login("rita"), "Rita Registrator", &[Role::Registrator], Some(PASSWORD)).await.unwrap();
    admin_ws.add_user(&admin, &team.login("tore"), "Tore Teamledare", &[Role::Teamledare], Some(PASSWORD)).await.unwrap();
    let rules = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/rules.toml")).unwrap();
    let stricter = rules.replace("min_mean_confidence = 80", "min_mean_confidence = 93");
    assert_ne!(rules, stricter, "the rules file has the OCR threshold this test changes");
    admin_ws.set_rules(&admin, &stricter).await.unwrap();
    // Nobody else may set them, and an administrator registers nothing.
    assert!(admin_ws.save_case(&admin, "RS", case("Administratörens ärende")).await.is_err());

    // A wrong password: Swedish, and the same as for a login that does not exist.
    let wrong = Workstation::open_as(desk_a.path(), &team.login("rita"), "fel lösenord").await.err().unwrap();
    let unknown = Workstation::open_as(desk_a.path(), &team.login("ingen"), PASSWORD).await.err().unwrap();
    assert_eq!(wrong.message, unknown.message);
    assert!(wrong.message.contains("lösenord"), "{}", wrong.message);

    let (a, reg) = Workstation::open_as(desk_a.path(), &team.login("rita"), PASSWORD).await.unwrap();
    let (b, lead) = Workstation::open_as(desk_b.path(), &team.login("tore"), PASSWORD).await.unwrap();
    assert_eq!((reg.roles.as_slice(), lead.roles.as_slice()), (&[Role::Registrator][..], &[Role::Teamledare][..]));
    assert_eq!(a.rules(), b.rules(), "every desk applies the team's rules");
    assert_ne!(a.rules(), &diarievakt_model::Rules::defaults(), "the rules come from the database");
    assert!(a.set_rules(&reg, &rules).await.is_err(), "a registrar cannot set the rules");
    // A desk acts only as its own login.
    assert!(a.save_case(&lead, "RS", case("I någon annans namn")).await.is_err());

    let number = a.save_case(&reg, "RS", case("Sammanträde")).await.unwrap().case.number.unwrap();
    let f = a.attach_pdf(&reg, &corpus("d002.pdf")).await.unwrap();
    let mut d = doc("Protokollsutdrag § 4", "Protokollsutdrag");
    d.file = Some(f.clone());
    a.save_document(&reg, &number, d).await.unwrap();
    let dn = format!("{number}:1");

    // The other desk sees the queue item, the file and its scan.
    let queue = b.review_queue(true).await.unwrap();
    assert_eq!((queue.len(), queue[0].document.as_str(), queue[0].requested_by.as_str()), (1, dn.as_str(), "Rita Registrator"));
    let review = b.file_review(&f.sha256).await.unwrap().unwrap();
    assert!(!review.findings.is_empty());
    assert!(!b.render_page(&f.sha256, 1, 200, false).await.unwrap().is_empty(), "the file's bytes come from the database");

    // The registrar cannot approve her own; the team lead decides and approves.
    assert!(a.decide_review(&reg, queue[0].id, true, None).await.is_err());
    let high: Vec<String> = review.findings.iter().filter(|x| x.severity == Severity::High).map(|x| x.id.clone()).collect();
    b.decide(&lead, &dn, &high, Verdict::MustNotPublish, None).await.unwrap();
    let id = a.request_review(&reg, &dn, None).await.unwrap();
    b.decide_review(&lead, id, true, Some("Utdraget är maskerat")).await.unwrap();

    // The registrar's desk sees the answer; the export publishes the file.
    let r = a.get_case(&number).await.unwrap();
    assert!(a.preview(&r, Audience::External).await.unwrap().projection.documents[0].file.is_some());
    let out = tempfile::tempdir().unwrap();
    let s = a.export_site(&out.path().join("webb")).await.unwrap();
    assert_eq!(s.files, 1);
    let report = b.audit_verify().await.unwrap();
    assert!(report.ok, "{report:?}");
    let trail = b.audit_trail(Some(&number)).await.unwrap();
    assert!(trail.iter().any(|e| e.user == "Tore Teamledare"), "the approval is in the chain under the team lead's name");
}
