//! The store against a real SQLite file in a temporary directory.

use chrono::NaiveDate;
use diarievakt_model::{Case, CaseRecord, CaseStatus, Direction, Document, FileRef, Role, Secrecy, User};
use diarievakt_store::{Series, Store};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
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
        registered: d("2021-06-01"),
        publish_date: Some(d("2021-06-02")),
        officer: Some("Handläggare Ett".into()),
        unit: Some("Sekretariatet".into()),
        secrecy: None,
        personal_data: false,
    }
}

fn doc(title: &str) -> Document {
    Document {
        number: None,
        title: title.into(),
        public_title: None,
        direction: Direction::Incoming,
        date: d("2021-06-01"),
        counterpart: Some("Avsändare AB".into()),
        document_type: "Skrivelse".into(),
        secrecy: None,
        personal_data: false,
        file: None,
        publish_file: false,
    }
}

async fn open(dir: &std::path::Path) -> (Store, User) {
    let s = Store::open(dir).await.unwrap();
    s.ensure_series(&[
        Series { code: "RS".into(), name: "Regionstyrelsen".into() },
        Series { code: "HSN".into(), name: "Hälso- och sjukvårdsnämnden".into() },
    ])
    .await
    .unwrap();
    (s.clone(), registrar(&s).await)
}

const PASSWORD: &str = "ett långt lösenord";

/// The desk's administrator (created on first use) adds the registrar, who signs in.
async fn registrar(s: &Store) -> User {
    let admin = if s.has_admin().await.unwrap() {
        s.sign_in_local("admin", PASSWORD).await.unwrap()
    } else {
        s.create_first_admin("admin", "Ada Administratör", PASSWORD).await.unwrap()
    };
    if s.user("reg1").await.unwrap().is_none() {
        s.add_user(&admin, "reg1", "Rita Registrator", &[Role::Registrator], Some(PASSWORD)).await.unwrap();
    }
    s.sign_in_local("reg1", PASSWORD).await.unwrap()
}

#[tokio::test]
async fn round_trip_case_documents_and_file() {
    let dir = tempfile::tempdir().unwrap();
    let (s, u) = open(dir.path()).await;
    let mut c = case("Rutin för publicering i webbdiariet");
    c.secrecy = Some(Secrecy { reference: "OSL 26 kap. 1 §".into() });
    let n = s.register_case(&u, "RS", &c).await.unwrap();
    assert_eq!(n.to_string(), "RS/1/2021");
    let stored = s.files().put_bytes(b"%PDF-1.4 fake").await.unwrap();
    s.record_file(&stored.sha256, stored.size, Some(1)).await.unwrap();
    let mut d1 = doc("Skrivelse från Åre kommun");
    d1.file = Some(FileRef { name: "rutin.pdf".into(), sha256: stored.sha256.clone(), size: Some(stored.size), pages: Some(1) });
    let dn1 = s.add_document(&u, "RS/1/2021", &d1).await.unwrap();
    let dn2 = s.add_document(&u, "RS/1/2021", &doc("Yttrande")).await.unwrap();
    assert_eq!((dn1.to_string().as_str(), dn2.to_string().as_str()), ("RS/1/2021:1", "RS/1/2021:2"));
    s.close().await;

    let (s, _) = open(dir.path()).await;
    let r = s.get_case("RS/1/2021").await.unwrap().unwrap();
    let mut expect_case = c.clone();
    expect_case.number = Some("RS/1/2021".into());
    assert_eq!(r.case, expect_case);
    assert_eq!(r.documents.len(), 2);
    assert_eq!(r.documents[0].file.as_ref().unwrap().sha256, stored.sha256);
    assert_eq!(r.documents[0].title, "Skrivelse från Åre kommun");
    assert_eq!(s.files().read(&stored.sha256).await.unwrap(), b"%PDF-1.4 fake");
    let log = s.changes("RS/1/2021").await.unwrap();
    assert_eq!(log.iter().map(|c| c.action.as_str()).collect::<Vec<_>>(), ["registrera", "registrera", "registrera"]);
    assert!(log.iter().all(|c| c.user == "Rita Registrator"));
}

#[tokio::test]
async fn search_is_case_insensitive_with_swedish_letters() {
    let dir = tempfile::tempdir().unwrap();
    let (s, u) = open(dir.path()).await;
    s.register_case(&u, "RS", &case("Yttrande över ÖVERSIKTSPLAN")).await.unwrap();
    s.register_case(&u, "HSN", &case("Avtal om städning")).await.unwrap();
    let hits = |q: &'static str| {
        let s = s.clone();
        async move { s.search_cases(q, 50).await.unwrap().into_iter().map(|c| c.number).collect::<Vec<_>>() }
    };
    assert_eq!(hits("översiktsplan").await, ["RS/1/2021"]);
    assert_eq!(hits("HSN/1").await, ["HSN/1/2021"]);
    assert_eq!(hits("2021-06-01").await.len(), 2);
    assert_eq!(hits("östersunds").await.len(), 2, "counterpart");
    assert!(hits("100%").await.is_empty(), "LIKE wildcards are literal");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_registrations_never_share_a_number_nor_leave_a_gap() {
    let dir = tempfile::tempdir().unwrap();
    let (s, u) = open(dir.path()).await;
    // A second store on the same file is a second process's view of the database.
    let s2 = Store::open(dir.path()).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..60 {
        let st = if i % 2 == 0 { s.clone() } else { s2.clone() };
        let u = u.clone();
        tasks.push(tokio::spawn(async move { st.register_case(&u, "RS", &case(&format!("Ärende {i}"))).await.unwrap() }));
    }
    let mut seqs = BTreeSet::new();
    for t in tasks {
        assert!(seqs.insert(t.await.unwrap().seq), "a number was given twice");
    }
    assert_eq!(seqs, (1..=60).collect::<BTreeSet<u32>>());
    // A failed registration (unknown series) gives no number away.
    assert!(s.register_case(&u, "XX", &case("Fel serie")).await.is_err());
    assert_eq!(s.register_case(&u, "RS", &case("Nästa")).await.unwrap().seq, 61);
    // The other series and another year count on their own.
    let mut c = case("Nytt år");
    c.registered = d("2022-01-03");
    assert_eq!(s.register_case(&u, "RS", &c).await.unwrap().to_string(), "RS/1/2022");
    assert_eq!(s.register_case(&u, "HSN", &case("Annan serie")).await.unwrap().to_string(), "HSN/1/2021");
}

#[tokio::test]
async fn import_keeps_numbers_and_moves_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let (s, u) = open(dir.path()).await;
    let mut c = case("Rutin");
    c.number = Some("RS/399/2021".into());
    let mut d3 = doc("Tredje");
    d3.number = Some("RS/399/2021:3".into());
    let rec = CaseRecord { case: c, documents: vec![d3, doc("Utan nummer")] };
    s.import_record(&u, &rec).await.unwrap();
    assert!(s.import_record(&u, &rec).await.unwrap_err().to_string().contains("finns redan"));
    let r = s.get_case("RS/399/2021").await.unwrap().unwrap();
    let nums: Vec<_> = r.documents.iter().map(|d| d.number.clone().unwrap()).collect();
    assert_eq!(nums, ["RS/399/2021:3", "RS/399/2021:4"]);
    assert_eq!(s.register_case(&u, "RS", &case("Ny")).await.unwrap().seq, 400);
}

#[tokio::test]
async fn drafts_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let (s, u) = open(dir.path()).await;
    s.save_draft(&u, "nytt-arende", r#"{"title":"Halvskr"}"#).await.unwrap();
    s.save_draft(&u, "nytt-arende", r#"{"title":"Halvskrivet ärende"}"#).await.unwrap();
    s.close().await;
    let (s, u) = open(dir.path()).await;
    let ds = s.drafts(&u).await.unwrap();
    assert_eq!(ds.len(), 1);
    assert_eq!(ds[0].body, r#"{"title":"Halvskrivet ärende"}"#);
    s.delete_draft(&u, "nytt-arende").await.unwrap();
    assert!(s.drafts(&u).await.unwrap().is_empty());
}

#[tokio::test]
async fn file_store_rejects_tampered_content() {
    let dir = tempfile::tempdir().unwrap();
    let fs = diarievakt_store::FileStore::new(dir.path()).unwrap();
    let st = fs.put_bytes(b"abc").await.unwrap();
    std::fs::write(fs.path_of(&st.sha256).unwrap(), b"abd").unwrap();
    assert!(fs.read(&st.sha256).await.unwrap_err().to_string().contains("skadad"));
    assert!(fs.path_of("../../etc/passwd").is_err());
}

/// The child half of the crash test: registers cases until killed, printing each number once
/// its transaction has committed.
#[tokio::test]
async fn crash_child() {
    let Ok(dir) = std::env::var("DIARIEVAKT_CRASH_CHILD_DIR") else { return };
    let (s, u) = open(std::path::Path::new(&dir)).await;
    use std::io::Write;
    for i in 0.. {
        let n = s.register_case(&u, "RS", &case(&format!("Krasch {i}"))).await.unwrap();
        let mut out = std::io::stdout().lock();
        writeln!(out, "COMMITTED {n}").unwrap();
        out.flush().unwrap();
    }
}

#[tokio::test]
async fn a_killed_process_loses_no_committed_registration() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env("DIARIEVAKT_CRASH_CHILD_DIR", dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut committed = Vec::new();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix("COMMITTED ") {
            committed.push(n.to_string());
            if committed.len() == 40 {
                child.kill().unwrap(); // SIGKILL, mid-registration
                break;
            }
        }
    }
    child.wait().unwrap();
    assert_eq!(committed.len(), 40);
    let (s, _) = open(dir.path()).await;
    let all: Vec<String> = s.search_cases("", 10_000).await.unwrap().into_iter().map(|c| c.number).collect();
    for n in &committed {
        assert!(all.contains(n), "{n} was committed but is gone");
    }
    // Numbers stay gapless even across the crash.
    let mut seqs: Vec<u32> = all.iter().map(|n| n.parse::<diarievakt_model::CaseNumber>().unwrap().seq).collect();
    seqs.sort();
    assert_eq!(seqs, (1..=seqs.len() as u32).collect::<Vec<_>>());
}

#[tokio::test]
async fn audit_chain_detects_altered_removed_reordered_and_truncated_entries() {
    let dir = tempfile::tempdir().unwrap();
    let (s, u) = open(dir.path()).await;
    // Adding and signing in people is audited too: the five entries below follow those.
    let base: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM audit").fetch_one(s.pool()).await.unwrap();
    let id = |k: i64| base + k;
    for i in 0..5 {
        s.audit(&u, "granska", &format!("RS/1/2021:{i}"), Some(&"ab".repeat(32)), "3 fynd").await.unwrap();
    }
    assert!(s.verify_audit().await.unwrap().ok);
    assert_eq!(s.audit_entries(Some("RS/1/2021")).await.unwrap().len(), 5);

    let pool = s.pool().clone();
    // Altered.
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET detail = '0 fynd' WHERE id = {}", id(2)))).execute(&pool).await.unwrap();
    let r = s.verify_audit().await.unwrap();
    assert!(!r.ok && r.problems[0].contains(&format!("Post {} har ändrats", id(2))), "{r:?}");
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET detail = '3 fynd' WHERE id = {}", id(2)))).execute(&pool).await.unwrap();
    assert!(s.verify_audit().await.unwrap().ok);
    // Reordered: swap two entries' contents and hashes.
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET id = {} WHERE id = {}", 100, id(2)))).execute(&pool).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET id = {} WHERE id = {}", id(2), id(3)))).execute(&pool).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET id = {} WHERE id = {}", id(3), 100))).execute(&pool).await.unwrap();
    assert!(s.verify_audit().await.unwrap().problems.iter().any(|p| p.contains("bruten")));
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET id = {} WHERE id = {}", 100, id(3)))).execute(&pool).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET id = {} WHERE id = {}", id(3), id(2)))).execute(&pool).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE audit SET id = {} WHERE id = {}", id(2), 100))).execute(&pool).await.unwrap();
    assert!(s.verify_audit().await.unwrap().ok);
    // A head one entry behind the end (two commits that wrote it out of turn, or a crash between a
    // commit and its head) loses nothing; a head the chain does not have means entries were cut off.
    let head = dir.path().join("audit.head");
    let last = std::fs::read_to_string(&head).unwrap();
    let before: String =
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT hash FROM audit WHERE id = {}", id(4)))).fetch_one(&pool).await.unwrap();
    std::fs::write(&head, &before).unwrap();
    assert!(s.verify_audit().await.unwrap().ok);
    std::fs::write(&head, "cd".repeat(32)).unwrap();
    assert!(s.verify_audit().await.unwrap().problems.iter().any(|p| p.contains("senaste poster saknas")));
    std::fs::write(&head, &last).unwrap();
    // Removed in the middle, and at the end.
    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM audit WHERE id = {}", id(5)))).execute(&pool).await.unwrap();
    assert!(s.verify_audit().await.unwrap().problems.iter().any(|p| p.contains("senaste poster saknas")));
    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM audit WHERE id = {}", id(3)))).execute(&pool).await.unwrap();
    assert!(s.verify_audit().await.unwrap().problems.iter().any(|p| p.contains(&format!("före post {}", id(4)))));
}
