//! Team mode against a real PostgreSQL server (`scripts/pg.sh`, started by `scripts/test.sh`;
//! `DIARIEVAKT_TEST_PG` is its superuser URL). Each test gets its own database, owned by a login
//! with CREATEROLE (as a region's DBA would set it up), and its own uniquely named logins.
//!
//! What is proven here is that the *server* holds the rules: a registrar's own connection, used as
//! a SQL client would use it, cannot approve, cannot act as someone else, cannot touch the audit
//! trail and cannot grant itself a role.

use diarievakt_model::{Case, CaseStatus, Direction, Document, FileRef, Role, User};
use diarievakt_store::testing::{TestTeam, PASSWORD};
use diarievakt_store::{ConsentKind, Series, Store, StoreError};
use std::collections::BTreeSet;

fn superuser_url() -> String {
    std::env::var("DIARIEVAKT_TEST_PG")
        .expect("DIARIEVAKT_TEST_PG: the superuser URL of a throwaway server (scripts/test.sh starts one with scripts/pg.sh)")
}

/// A fresh team diary ([`TestTeam`]) and the people in it.
struct Team(TestTeam);

impl Team {
    async fn new(name: &str) -> Team {
        Team(TestTeam::new(&superuser_url(), name).await.unwrap())
    }

    fn login(&self, who: &str) -> String {
        self.0.login(who)
    }

    /// Connected as `who` (a login of this team: `owner`, or one added with [`Team::add`]).
    async fn connect(&self, who: &str) -> Store {
        let dir = tempfile::tempdir().unwrap().keep();
        Store::connect(&dir, &self.0.url(who)).await.unwrap()
    }

    async fn owner(&self) -> (Store, User) {
        let s = self.connect("owner").await;
        s.ensure_series(&[Series { code: "RS".into(), name: "Regionstyrelsen".into() }]).await.unwrap();
        let me = s.me().await.unwrap();
        (s, me)
    }

    /// The administrator adds a person with a new login and one role.
    async fn add(&self, who: &str, name: &str, role: Role) -> (Store, User) {
        let (admin, me) = self.owner().await;
        admin.add_user(&me, &self.login(who), name, &[role], Some(PASSWORD)).await.unwrap();
        admin.close().await;
        let s = self.connect(who).await;
        let me = s.me().await.unwrap();
        (s, me)
    }
}

fn case(title: &str) -> Case {
    Case {
        number: None,
        title: title.into(),
        public_title: None,
        description: Some("Beskrivning".into()),
        case_type: "Allmänt ärende".into(),
        counterpart: Some("Östersunds kommun".into()),
        status: CaseStatus::Ongoing,
        registered: "2021-06-01".parse().unwrap(),
        publish_date: None,
        officer: None,
        unit: None,
        secrecy: None,
        personal_data: false,
    }
}

fn doc(title: &str, file: Option<FileRef>) -> Document {
    Document {
        number: None,
        title: title.into(),
        public_title: None,
        direction: Direction::Incoming,
        date: "2021-06-01".parse().unwrap(),
        counterpart: Some("Avsändare AB".into()),
        document_type: "Skrivelse".into(),
        secrecy: None,
        personal_data: false,
        file,
        publish_file: false,
    }
}

/// The SQLSTATE a refused statement ended with.
fn denied(r: Result<sqlx::any::AnyQueryResult, sqlx::Error>) -> bool {
    match r {
        Err(e) => e.as_database_error().and_then(|d| d.code()).as_deref() == Some("42501"),
        Ok(done) => done.rows_affected() == 0,
    }
}

#[tokio::test]
async fn a_team_shares_one_diary_with_files_and_people_from_their_logins() {
    let team = Team::new("share").await;
    let (reg, rita) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    assert_eq!((rita.roles.as_slice(), rita.display_name.as_str()), (&[Role::Registrator][..], "Rita Registrator"));

    let n = reg.register_case(&rita, "RS", &case("Rutin för publicering")).await.unwrap();
    let stored = reg.files().put_bytes(b"%PDF-1.4 delad fil").await.unwrap();
    reg.record_file(&stored.sha256, stored.size, Some(1)).await.unwrap();
    let f = FileRef { name: "brev.pdf".into(), sha256: stored.sha256.clone(), size: Some(stored.size), pages: Some(1) };
    reg.add_document(&rita, &n.to_string(), &doc("Brev från Åre", Some(f))).await.unwrap();

    // Another person on another connection sees the same case and reads the same file bytes.
    let (lead, _) = team.add("tore", "Tore Teamledare", Role::Teamledare).await;
    let r = lead.get_case(&n.to_string()).await.unwrap().unwrap();
    assert_eq!(r.documents[0].title, "Brev från Åre");
    assert_eq!(lead.files().read(&stored.sha256).await.unwrap(), b"%PDF-1.4 delad fil");
    // The change log names who did it from the login, not from what the client said.
    let log = lead.changes(&n.to_string()).await.unwrap();
    assert!(log.iter().all(|c| c.user == "Rita Registrator"), "{log:?}");
    assert!(lead.verify_audit().await.unwrap().ok);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_desks_register_at_once_without_sharing_a_number_or_leaving_a_gap() {
    let team = Team::new("count").await;
    let (reg, rita) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    reg.close().await;
    let mut tasks = Vec::new();
    for desk in 0..8 {
        let s = team.connect("rita").await;
        let u = rita.clone();
        tasks.push(tokio::spawn(async move {
            let mut got = Vec::new();
            for i in 0..50 {
                got.push(s.register_case(&u, "RS", &case(&format!("Ärende {desk}-{i}"))).await.unwrap().seq);
            }
            got
        }));
    }
    let mut seqs = BTreeSet::new();
    for t in tasks {
        for s in t.await.unwrap() {
            assert!(seqs.insert(s), "number {s} given twice");
        }
    }
    assert_eq!(seqs.into_iter().collect::<Vec<_>>(), (1..=400).collect::<Vec<u32>>());
}

#[tokio::test]
async fn a_registrars_own_connection_cannot_approve_impersonate_rewrite_the_audit_or_grant_itself() {
    let team = Team::new("rules").await;
    let (reg, rita) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    let (lead_store, tore) = team.add("tore", "Tore Teamledare", Role::Teamledare).await;
    let n = reg.register_case(&rita, "RS", &case("Orosanmälan")).await.unwrap();
    let dn = reg.add_document(&rita, &n.to_string(), &doc("Anmälan", None)).await.unwrap().to_string();
    let id = reg.request_review(&rita, &dn, &"ab".repeat(32), "fp", &["Personnummer".into()]).await.unwrap();
    let pool = reg.pool().clone();
    let now = "2021-06-01T00:00:00Z";

    // The team lead's approval, given by the registrar: through the store and as raw SQL.
    let e = reg.give_consent(&rita, &dn, ConsentKind::Approval, &"ab".repeat(32), "fp", "").await.unwrap_err();
    assert!(matches!(e, StoreError::Denied(_)), "{e:?}");
    assert!(e.to_string().contains("behörighet"), "a Swedish message: {e}");
    let sql = "INSERT INTO consents (document, kind, sha256, fingerprint, user_id, at) VALUES ($1, 'approval', 'x', 'fp', $2, $3)";
    assert!(denied(sqlx::query(sql).bind(&dn).bind(rita.id).bind(now).execute(&pool).await), "approval as oneself");
    assert!(denied(sqlx::query(sql).bind(&dn).bind(tore.id).bind(now).execute(&pool).await), "approval in the team lead's name");
    // A confirmation in someone else's name.
    let sql = "INSERT INTO consents (document, kind, sha256, fingerprint, user_id, at) VALUES ($1, 'confirmation', 'x', 'fp', $2, $3)";
    assert!(denied(sqlx::query(sql).bind(&dn).bind(tore.id).bind(now).execute(&pool).await), "a confirmation for someone else");
    // Deciding one's own review request.
    assert!(matches!(reg.decide_review(&rita, id, true, None).await.unwrap_err(), StoreError::Denied(_)));
    let upd = sqlx::query("UPDATE review_requests SET status = 'approved', decided_by = $1 WHERE id = $2");
    assert!(denied(upd.bind(rita.id).bind(id).execute(&pool).await));
    // The audit trail: no insert, update or delete, not even of one's own entries.
    assert!(denied(sqlx::query("UPDATE audit SET detail = 'ändrad'").execute(&pool).await));
    assert!(denied(sqlx::query("DELETE FROM audit").execute(&pool).await));
    let ins = "INSERT INTO audit (at, user_id, action, subject, sha256, detail, prev, hash) VALUES ('x', 1, 'x', 'x', NULL, 'x', 'x', 'x')";
    assert!(denied(sqlx::query(ins).execute(&pool).await));
    assert!(denied(sqlx::query("UPDATE audit_head SET entries = 0").execute(&pool).await));
    // Roles: not through the store, not through SQL.
    assert!(matches!(reg.set_role(&rita, &rita.username, Role::Teamledare, true).await.unwrap_err(), StoreError::Denied(_)));
    let grant = format!("GRANT diarievakt_teamledare TO {}", rita.username);
    assert!(sqlx::query(sqlx::AssertSqlSafe(grant)).execute(&pool).await.is_err());
    assert!(denied(sqlx::query("UPDATE users SET display_name = 'Tore Teamledare' WHERE id = $1").bind(rita.id).execute(&pool).await));
    assert_eq!(reg.me().await.unwrap().roles, [Role::Registrator], "still only a registrar");

    // The team lead can: the second pair of eyes is a different login.
    let r = lead_store.decide_review(&tore, id, true, Some("Godkänd")).await.unwrap();
    assert_eq!(r.decided_by.as_deref(), Some("Tore Teamledare"));
    assert!(lead_store.consent(&dn, ConsentKind::Approval).await.unwrap().is_some());
    // Everything above that succeeded is in the chain, and the chain holds.
    let report = lead_store.verify_audit().await.unwrap();
    assert!(report.ok, "{report:?}");
}

#[tokio::test]
async fn a_wrong_password_is_refused_in_swedish_and_names_no_account() {
    let team = Team::new("login").await;
    let (_, _) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    let dir = tempfile::tempdir().unwrap();
    let wrong = team.0.url_with(&team.login("rita"), "fel lösenord");
    let unknown = team.0.url("finns_inte");
    let Err(a) = Store::connect(dir.path(), &wrong).await else { panic!("a wrong password was accepted") };
    let Err(b) = Store::connect(dir.path(), &unknown).await else { panic!("an unknown login was accepted") };
    assert!(matches!(a, StoreError::BadLogin), "{a:?}");
    assert_eq!(a.to_string(), b.to_string(), "the same message whether or not the login exists");
    assert!(a.to_string().contains("lösenord"), "{a}");
    // A login that exists on the server but has no role in the diary reads nothing of it.
    let (admin, me) = team.owner().await;
    admin.add_user(&me, &team.login("utan"), "Utan Roll", &[], Some(PASSWORD)).await.unwrap();
    let none = Store::connect(dir.path(), &team.0.url("utan")).await;
    let refused = match none {
        Err(_) => true,
        Ok(s) => s.search_cases("", 10).await.is_err(),
    };
    assert!(refused, "no role, no diary");
}

#[tokio::test]
async fn a_desks_diary_is_copied_into_the_team_database_whole() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Store::open(dir.path()).await.unwrap();
    desk.ensure_series(&[Series { code: "RS".into(), name: "Regionstyrelsen".into() }]).await.unwrap();
    let admin = desk.create_first_admin("admin", "Ada Administratör", PASSWORD).await.unwrap();
    desk.add_user(&admin, "rita", "Rita Registrator", &[Role::Registrator], Some(PASSWORD)).await.unwrap();
    let rita = desk.sign_in_local("rita", PASSWORD).await.unwrap();
    let stored = desk.files().put_bytes(b"%PDF-1.4 lokal fil").await.unwrap();
    desk.record_file(&stored.sha256, stored.size, Some(1)).await.unwrap();
    let f = FileRef { name: "brev.pdf".into(), sha256: stored.sha256.clone(), size: Some(stored.size), pages: Some(1) };
    for i in 0..3 {
        let n = desk.register_case(&rita, "RS", &case(&format!("Ärende {i}"))).await.unwrap();
        desk.add_document(&rita, &n.to_string(), &doc("Brev", Some(f.clone()))).await.unwrap();
    }
    let team = Team::new("copy").await;
    let target = team.connect("owner").await;
    let summary = desk.copy_to(&target).await.unwrap();
    assert_eq!(summary.files, 1);
    assert!(summary.tables.iter().any(|(t, n)| t == "cases" && *n == 3), "{:?}", summary.tables);
    let (lead, _) = team.add("tore", "Tore Teamledare", Role::Teamledare).await;
    assert_eq!(lead.search_cases("", 10).await.unwrap().len(), 3);
    assert_eq!(lead.files().read(&stored.sha256).await.unwrap(), b"%PDF-1.4 lokal fil");
    let report = lead.verify_audit().await.unwrap();
    assert!(report.ok, "the desk's audit chain continues unbroken on the server: {report:?}");
    // The next registration continues the numbering.
    let (reg2, ulla) = team.add("ulla", "Ulla Registrator", Role::Registrator).await;
    assert_eq!(reg2.register_case(&ulla, "RS", &case("Nytt")).await.unwrap().seq, 4);
}

#[tokio::test]
async fn two_people_saving_one_case_the_second_gets_a_conflict_with_the_first_ones_version() {
    let team = Team::new("conflict").await;
    let (a, rita) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    let (b, ulla) = team.add("ulla", "Ulla Registrator", Role::Registrator).await;
    let n = a.register_case(&rita, "RS", &case("Rutin")).await.unwrap().to_string();
    let base = a.get_case(&n).await.unwrap().unwrap().case;
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.title = "Ritas rubrik".into();
    theirs.title = "Ullas rubrik".into();
    b.update_case_from(&ulla, &n, &theirs, Some(&base)).await.unwrap();
    let e = a.update_case_from(&rita, &n, &mine, Some(&base)).await.unwrap_err();
    assert!(matches!(&e, StoreError::Conflict(m) if m.contains("Ullas rubrik")), "{e:?}");
    assert_eq!(a.get_case(&n).await.unwrap().unwrap().case.title, "Ullas rubrik");
}

#[tokio::test]
async fn only_the_dpo_and_team_leads_change_an_incident_and_nobody_removes_a_withdrawal() {
    use diarievakt_model::incident::{IncidentState, Risk};
    use diarievakt_store::{IncidentFields, IncidentLink, NewWithdrawal};
    let team = Team::new("incident").await;
    let (reg, rita) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    let (dpo, dora) = team.add("dora", "Dora Dataskyddsombud", Role::Dataskyddsombud).await;
    let (lead, tore) = team.add("tore", "Tore Teamledare", Role::Teamledare).await;
    let n = reg.register_case(&rita, "RS", &case("Skrivelse")).await.unwrap();
    let dn = reg.add_document(&rita, &n.to_string(), &doc("Brev", None)).await.unwrap().to_string();
    let w = NewWithdrawal {
        document: Some(dn.clone()),
        path: None,
        sha256: "ab".repeat(32),
        file_name: "brev.pdf".into(),
        reference: None,
        reason: "Personnummer i klartext".into(),
        published_at: None,
        published_by: None,
        categories: vec![],
        people: 1,
    };
    // The registrar takes the file down and opens the incident, in her own name.
    let (wid, id) = reg.withdraw(&rita, &w, IncidentLink::New { discovered_at: "2026-03-02T08:00:00Z".into() }).await.unwrap();
    let id = id.unwrap();
    let pool = reg.pool().clone();

    // …but cannot change it: not through the store, not as SQL, not by opening one "already reported".
    let i = reg.incident(id).await.unwrap();
    let mut f = IncidentFields::of(&i);
    f.state = IncidentState::NotReportable;
    f.justification = Some("Ingen risk, bedömer jag.".into());
    let e = reg.update_incident(&rita, id, &i.updated_at, &f, "ej anmälningspliktig", "").await.unwrap_err();
    assert!(matches!(e, StoreError::Denied(_) | StoreError::Conflict(_)), "{e:?}");
    assert!(denied(sqlx::query("UPDATE incidents SET state = 'closed' WHERE id = $1").bind(id).execute(&pool).await));
    let forged = "INSERT INTO incidents (state, discovered_at, opened_by, opened_at, updated_by, updated_at)
                  VALUES ('reported', '2026-01-01T00:00:00Z', $1, 'x', $1, 'x')";
    assert!(denied(sqlx::query(forged).bind(rita.id).execute(&pool).await), "an incident opened as already reported");
    let as_other = "INSERT INTO incidents (state, discovered_at, opened_by, opened_at, updated_by, updated_at)
                    VALUES ('open', '2026-01-01T00:00:00Z', $1, 'x', $1, 'x')";
    assert!(denied(sqlx::query(as_other).bind(tore.id).execute(&pool).await), "an incident in someone else's name");
    // Nobody removes a withdrawal or clears it, the registrar included.
    assert!(denied(sqlx::query("DELETE FROM withdrawals WHERE id = $1").bind(wid).execute(&pool).await));
    assert!(denied(sqlx::query("UPDATE withdrawals SET sha256 = 'x' WHERE id = $1").bind(wid).execute(&pool).await));
    assert!(denied(
        sqlx::query("UPDATE withdrawals SET done_by = $1, done_at = 'x' WHERE id = $2").bind(rita.id).bind(wid).execute(&pool).await
    ));
    assert!(denied(
        sqlx::query("INSERT INTO incident_notes (incident_id, kind, text, user_id, at) VALUES ($1, 'anteckning', 'x', $2, 'x')")
            .bind(id)
            .bind(rita.id)
            .execute(&pool)
            .await
    ));
    // The DPO's own connection cannot delete one either, and cannot withdraw a document (changes nothing in the diary).
    assert!(denied(sqlx::query("DELETE FROM withdrawals").execute(dpo.pool()).await));
    let w2 = NewWithdrawal { sha256: "cd".repeat(32), ..w.clone() };
    assert!(matches!(dpo.withdraw(&dora, &w2, IncidentLink::None).await.unwrap_err(), StoreError::Denied(_)));

    // The DPO can: assess, mark reported, add a supplement. In her own name, audited.
    let mut f = IncidentFields::of(&i);
    f.risk = Risk::Risk;
    f.state = IncidentState::Reported;
    f.reported_at = Some("2026-03-03T09:00:00Z".into());
    dpo.update_incident(&dora, id, &i.updated_at, &f, "anmäld till IMY", "").await.unwrap();
    dpo.add_incident_note(&dora, id, "komplettering", "Filen hämtades två gånger.").await.unwrap();
    let forged_note = "INSERT INTO incident_notes (incident_id, kind, text, user_id, at) VALUES ($1, 'anteckning', 'x', $2, 'x')";
    assert!(denied(sqlx::query(forged_note).bind(id).bind(tore.id).execute(dpo.pool()).await), "a note in the team lead's name");
    let i = lead.incident(id).await.unwrap();
    assert_eq!((i.state, i.risk, i.notes.len()), (IncidentState::Reported, Risk::Risk, 1));
    assert_eq!(i.withdrawals[0].by, "Rita Registrator");
    let trail = lead.audit_entries(None).await.unwrap();
    assert!(trail.iter().any(|e| e.action == "anmäld till IMY" && e.user == "Dora Dataskyddsombud"));
    assert!(lead.verify_audit().await.unwrap().ok);
}

/// Issue 14 on the server: a masked copy is recorded by a working role in its own name, its bytes
/// must be in the archive, it is never the original itself, and the DPO records none.
#[tokio::test]
async fn a_masked_copy_is_recorded_in_ones_own_name_and_never_as_the_original() {
    use diarievakt_model::MaskedCopy;
    let team = Team::new("masking").await;
    let (reg, rita) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    let (dpo, dora) = team.add("dora", "Dora Dataskyddsombud", Role::Dataskyddsombud).await;
    let (_lead, tore) = team.add("tore", "Tore Teamledare", Role::Teamledare).await;
    let original = reg.files().put_bytes(b"%PDF-1.7 originalet").await.unwrap();
    let copy_file = reg.files().put_bytes(b"%PDF-1.7 den maskerade kopian").await.unwrap();
    let copy = MaskedCopy {
        original_sha256: original.sha256.clone(),
        sha256: copy_file.sha256.clone(),
        size: 29,
        pages: 1,
        decisions: "d".repeat(64),
        masked: vec![],
        drawn: vec![],
        checks: vec!["Kontrollerad.".into()],
        by: rita.display_name.clone(),
        at: "2026-12-02T10:00:00.000Z".into(),
    };
    reg.save_masked_copy(&rita, "RS/1/2026:1", &copy, "maskerad").await.unwrap();
    assert_eq!(dpo.masked_copy(&original.sha256).await.unwrap().unwrap().sha256, copy_file.sha256, "everyone reads it");
    assert!(matches!(dpo.save_masked_copy(&dora, "RS/1/2026:1", &copy, "x").await.unwrap_err(), StoreError::Denied(_)));
    let pool = reg.pool().clone();
    let raw = "INSERT INTO masked_copies (original_sha256, sha256, record, user_id, at) VALUES ($1, $2, '{}', $3, 'x')
               ON CONFLICT (original_sha256) DO UPDATE SET sha256 = excluded.sha256, user_id = excluded.user_id";
    // Not as the original itself, not pointing at bytes that are not in the archive, not in another's name.
    assert!(sqlx::query(raw).bind(&original.sha256).bind(&original.sha256).bind(rita.id).execute(&pool).await.is_err());
    assert!(sqlx::query(raw).bind(&original.sha256).bind("ef".repeat(32)).bind(rita.id).execute(&pool).await.is_err());
    assert!(denied(sqlx::query(raw).bind(&original.sha256).bind(&copy_file.sha256).bind(tore.id).execute(&pool).await));
    assert!(denied(sqlx::query("DELETE FROM masked_copies").execute(dpo.pool()).await), "the DPO changes nothing");
    assert!(reg.remove_masked_copy(&rita, "RS/1/2026:1", &original.sha256).await.unwrap());
    assert!(reg.masked_copy(&original.sha256).await.unwrap().is_none());
}

/// Issue 12 on the server: the OCR page cache is shared by the team (a page one desk read is not
/// read again by another), written only by the working roles, and a kept reading is never
/// rewritten or removed – not even by the one who read it.
#[tokio::test]
async fn ocr_readings_are_shared_added_by_working_roles_and_never_rewritten() {
    let team = Team::new("ocrcache").await;
    let (reg, _rita) = team.add("rita", "Rita Registrator", Role::Registrator).await;
    let (lead, _tore) = team.add("tore", "Tore Teamledare", Role::Teamledare).await;
    let (dpo, _dora) = team.add("dora", "Dora Dataskyddsombud", Role::Dataskyddsombud).await;
    let sha = "ab".repeat(32);
    reg.save_ocr_page(&sha, 1, 300, r#"{"first":true}"#).await.unwrap();
    // Read again by the team lead (the inventory): the first reading stays.
    lead.save_ocr_page(&sha, 1, 300, r#"{"second":true}"#).await.unwrap();
    lead.save_ocr_page(&sha, 2, 300, "{}").await.unwrap();
    let seen = dpo.ocr_pages(&sha, 300).await.unwrap();
    assert_eq!(seen, vec![(1, r#"{"first":true}"#.to_string()), (2, "{}".to_string())], "everyone reads the team's readings");
    assert!(dpo.ocr_pages(&sha, 200).await.unwrap().is_empty(), "another resolution is another reading");
    assert!(dpo.save_ocr_page(&sha, 3, 300, "{}").await.is_err(), "the DPO adds none");
    assert!(denied(sqlx::query("UPDATE ocr_pages SET body = '{}'").execute(reg.pool()).await), "nobody rewrites a reading");
    assert!(denied(sqlx::query("DELETE FROM ocr_pages").execute(lead.pool()).await), "nobody removes one");
    assert!(sqlx::query("INSERT INTO ocr_pages (sha256, page, dpi, body, read_at) VALUES ('inte en hash', 1, 300, '{}', 'x')")
        .execute(reg.pool())
        .await
        .is_err());
}
