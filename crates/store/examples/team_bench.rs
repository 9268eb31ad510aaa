//! Registrations per second with 1 and 8 concurrent clients, and the time to load a case with 50
//! documents (what the preview reads before it projects), on SQLite and – when
//! `DIARIEVAKT_TEST_PG` names a superuser URL – on PostgreSQL. Run by `scripts/bench-team.sh`.
//!
//! Each client is its own pool (its own connection), as separate desks would be.

use diarievakt_model::{Case, CaseStatus, Direction, Document, Role, User};
use diarievakt_store::{Series, Store};
use std::time::{Duration, Instant};

const PASSWORD: &str = "ett långt lösenord";

fn case(i: usize) -> Case {
    Case {
        number: None,
        title: format!("Ärende {i}"),
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

fn doc(i: usize) -> Document {
    Document {
        number: None,
        title: format!("Handling {i}"),
        public_title: None,
        direction: Direction::Incoming,
        date: "2021-06-01".parse().unwrap(),
        counterpart: Some("Avsändare AB".into()),
        document_type: "Skrivelse".into(),
        secrecy: None,
        personal_data: false,
        file: None,
        publish_file: false,
    }
}

async fn measure(name: &str, clients: Vec<(Store, User)>, per_client: usize) {
    let n = clients.len();
    let t = Instant::now();
    let mut tasks = Vec::new();
    for (s, u) in clients {
        tasks.push(tokio::spawn(async move {
            for i in 0..per_client {
                s.register_case(&u, "RS", &case(i)).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let total = n * per_client;
    println!(
        "{name}: {n} klient(er), {total} registreringar på {:.2} s = {:.0} registreringar/s",
        t.elapsed().as_secs_f64(),
        total as f64 / t.elapsed().as_secs_f64()
    );
}

async fn load_case(name: &str, s: &Store, u: &User) {
    let n = s.register_case(u, "RS", &case(0)).await.unwrap().to_string();
    for i in 0..50 {
        s.add_document(u, &n, &doc(i)).await.unwrap();
    }
    let mut times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        s.get_case(&n).await.unwrap().unwrap();
        times.push(t.elapsed());
    }
    times.sort();
    let median: Duration = times[times.len() / 2];
    println!("{name}: ärende med 50 handlingar läses på {:.2} ms (median av 50)", median.as_secs_f64() * 1000.0);
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let per = 50;
    // SQLite: one file, each client its own pool (another desk's process on a shared disk).
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(dir.path()).await.unwrap();
    s.ensure_series(&[Series { code: "RS".into(), name: "Regionstyrelsen".into() }]).await.unwrap();
    let admin = s.create_first_admin("admin", "Ada", PASSWORD).await.unwrap();
    s.add_user(&admin, "reg", "Rita", &[Role::Registrator], Some(PASSWORD)).await.unwrap();
    let u = s.sign_in_local("reg", PASSWORD).await.unwrap();
    measure("SQLite", vec![(s.clone(), u.clone())], per * 4).await;
    let mut clients = Vec::new();
    for _ in 0..8 {
        clients.push((Store::open(dir.path()).await.unwrap(), u.clone()));
    }
    measure("SQLite", clients, per).await;
    load_case("SQLite", &s, &u).await;

    let Ok(su) = std::env::var("DIARIEVAKT_TEST_PG") else {
        println!("PostgreSQL: DIARIEVAKT_TEST_PG saknas, hoppar över (scripts/bench-team.sh startar en server)");
        return;
    };
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&su).await.unwrap();
    let tag = format!("bench{}", std::process::id());
    for q in
        [format!("CREATE ROLE {tag}_owner LOGIN CREATEROLE PASSWORD '{PASSWORD}'"), format!("CREATE DATABASE dv_{tag} OWNER {tag}_owner")]
    {
        sqlx::query(sqlx::AssertSqlSafe(q)).execute(&pool).await.unwrap();
    }
    let url = |login: &str| {
        let mut u = url::Url::parse(&su).unwrap();
        u.set_username(login).unwrap();
        u.set_password(Some(PASSWORD)).unwrap();
        u.set_path(&format!("dv_{tag}"));
        u.to_string()
    };
    diarievakt_store::backend::init_postgres(&url(&format!("{tag}_owner"))).await.unwrap();
    let owner = Store::connect(dir.path(), &url(&format!("{tag}_owner"))).await.unwrap();
    owner.ensure_series(&[Series { code: "RS".into(), name: "Regionstyrelsen".into() }]).await.unwrap();
    let me = owner.me().await.unwrap();
    owner.add_user(&me, &format!("{tag}_reg"), "Rita", &[Role::Registrator], Some(PASSWORD)).await.unwrap();
    let reg = Store::connect(dir.path(), &url(&format!("{tag}_reg"))).await.unwrap();
    let u = reg.me().await.unwrap();
    measure("PostgreSQL", vec![(reg.clone(), u.clone())], per * 4).await;
    let mut clients = Vec::new();
    for _ in 0..8 {
        clients.push((Store::connect(dir.path(), &url(&format!("{tag}_reg"))).await.unwrap(), u.clone()));
    }
    measure("PostgreSQL", clients, per).await;
    load_case("PostgreSQL", &reg, &u).await;
}
