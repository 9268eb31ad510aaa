//! The real app under Xvfb, driven through tauri-driver and WebKitWebDriver.
//!
//! Run by `scripts/test.sh` (inside `xvfb-run`), after the app was built with the UI embedded.
//! Screenshots go to `artifacts/e2e/`.

use fantoccini::{Client, ClientBuilder, Locator};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn corpus(name: &str) -> String {
    root().join("../shared/corpus/dev/pdf").join(name).canonicalize().unwrap().display().to_string()
}

struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(data_dir: &Path) -> Driver {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let driver = root().join(".tools/bin/tauri-driver");
        assert!(driver.exists(), "tauri-driver saknas: kör scripts/setup.sh");
        let child = Command::new(driver)
            .args(["--port", &port.to_string(), "--native-driver", "/usr/bin/WebKitWebDriver"])
            .env("DIARIEVAKT_DATA_DIR", data_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let t = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(t.elapsed() < Duration::from_secs(20), "tauri-driver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }

    async fn session(&self) -> Client {
        let app = root().join("target/debug/diarievakt-app");
        assert!(app.exists(), "build the app first: cargo build -p diarievakt-app --features custom-protocol");
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), serde_json::json!({ "application": app }));
        let c = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("WebDriver session");
        c
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: killed hard, tauri-driver leaves WebKitWebDriver holding the pipe.
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let _ = self.child.wait();
    }
}

async fn shot(c: &Client, name: &str) {
    let dir = root().join("artifacts/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

async fn el(c: &Client, css: &str) -> fantoccini::elements::Element {
    c.wait().at_most(Duration::from_secs(15)).for_element(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"))
}

/// Runs `act` on the element once it can take it: the window may still be laying out a form that
/// just appeared, so the element is found again, scrolled into view and retried for up to 10 s.
async fn with_element<F, Fut>(c: &Client, css: &str, act: F)
where
    F: Fn(fantoccini::elements::Element) -> Fut,
    Fut: std::future::Future<Output = Result<(), fantoccini::error::CmdError>>,
{
    let t = Instant::now();
    loop {
        let e = el(c, css).await;
        let _ = c.execute("arguments[0].scrollIntoView({block: 'center'});", vec![serde_json::to_value(&e).unwrap()]).await;
        match act(e).await {
            Ok(()) => return,
            Err(err) if t.elapsed() < Duration::from_secs(10) => {
                let _ = err;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(err) => panic!("{css}: {err}"),
        }
    }
}

async fn type_into(c: &Client, css: &str, text: &str) {
    with_element(c, css, |e| async move {
        e.clear().await?;
        e.send_keys(text).await
    })
    .await;
}

async fn click(c: &Client, css: &str) {
    with_element(c, css, |e| async move { e.click().await }).await;
}

/// Polls until `f` holds, or fails with `what`.
async fn until<F, Fut>(what: &str, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let t = Instant::now();
    while !f().await {
        assert!(t.elapsed() < Duration::from_secs(15), "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

async fn text_of(c: &Client, css: &str) -> String {
    match c.find(Locator::Css(css)).await {
        Ok(e) => {
            let t = e.text().await.unwrap_or_default();
            if t.is_empty() { e.prop("value").await.ok().flatten().unwrap_or_default() } else { t }
        }
        Err(_) => String::new(),
    }
}

async fn preview_html(c: &Client) -> String {
    c.execute("const f = document.getElementById('preview-frame'); return f ? f.srcdoc : '';", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.map(|v| v.len()).unwrap_or(0)
}

async fn add_document(c: &Client, title: &str, ty: &str, pdf: &str) {
    click(c, "#new-document").await;
    type_into(c, "#doc-title", title).await;
    with_element(c, "#doc-type", |e| async move { e.select_by_value(ty).await }).await;
    type_into(c, "#doc-file-path", pdf).await;
    click(c, "#doc-attach").await;
    let name = Path::new(pdf).file_name().unwrap().to_string_lossy().into_owned();
    until("the attached file's name", || {
        let name = name.clone();
        async move { text_of(c, "#doc-file-name").await.contains(&name) }
    })
    .await;
    click(c, "#doc-save").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_case_with_two_documents_restart_and_find_it() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.session().await;

    // Sign in as a new local user.
    type_into(&c, "#signin-username", "rita").await;
    type_into(&c, "#signin-name", "Rita Registrator").await;
    with_element(&c, "#signin-role", |e| async move { e.select_by_value("registrator").await }).await;
    click(&c, "#signin-submit").await;

    // A new case: the preview follows the typing.
    click(&c, "#new-case").await;
    with_element(&c, "#case-series", |e| async move { e.select_by_value("RS").await }).await;
    type_into(&c, "#case-title", "Rutin för publicering i webbdiariet").await;
    until("the preview to show the title", || async { preview_html(&c).await.contains("Rutin för publicering i webbdiariet") }).await;
    type_into(&c, "#case-description", "Beskrivning som ska döljas").await;
    until("the preview to show the description", || async { preview_html(&c).await.contains("Beskrivning som ska döljas") }).await;
    click(&c, "#case-personal-data").await;
    until("the preview to hide the description", || async {
        let h = preview_html(&c).await;
        !h.contains("Beskrivning som ska döljas") && h.contains("Dold: Ärendet innehåller personuppgifter")
    })
    .await;
    click(&c, "#case-personal-data").await;
    shot(&c, "01-nytt-arende").await;

    // Validation beside the field: a secrecy marking needs its OSL reference.
    click(&c, "#case-secrecy").await;
    click(&c, "#case-save").await;
    el(&c, ".field-error[data-field='secrecy']").await;
    click(&c, "#case-secrecy").await;

    click(&c, "#case-save").await;
    let year = chrono_year();
    let number = format!("RS/1/{year}");
    let cref = &c;
    until("the allocated diarienummer", || {
        let number = number.clone();
        async move { text_of(cref, "#case-number").await.contains(&number) }
    })
    .await;

    add_document(&c, "Inkommen skrivelse", "Skrivelse", &corpus("d005.pdf")).await;
    until("the first document", || async { count(&c, ".document-row").await == 1 }).await;
    add_document(&c, "Protokollsutdrag § 12", "Protokollsutdrag", &corpus("d001.pdf")).await;
    until("the second document", || async { count(&c, ".document-row").await == 2 }).await;
    el(&c, &format!(".document-row[data-number='{number}:2']")).await;
    shot(&c, "02-tva-handlingar").await;

    // The preview in the window is the export, byte for byte.
    let in_window = preview_html(&c).await;
    c.close().await.unwrap();

    let out = data.path().join("export");
    let cli = root().join("target/debug/diarievakt");
    let st = Command::new(&cli).args(["export", "--out"]).arg(&out).arg("--data-dir").arg(data.path()).status().unwrap();
    assert!(st.success());
    let page = std::fs::read_to_string(out.join(format!("arenden/RS-1-{year}.html"))).unwrap();
    assert_eq!(in_window, page, "the window's preview differs from the exported page");
    // The auto-published Protokollsutdrag (scanned at attach, no high-severity findings) is in the
    // export; the Skrivelse's file, never ticked, is not.
    assert_eq!(std::fs::read_dir(out.join("filer")).unwrap().count(), 1);

    // Restart: the case and its documents are still there and can be found.
    let c = driver.session().await;
    click(&c, "button.signin-user").await;
    type_into(&c, "#case-search", "publicering").await;
    click(&c, &format!(".case-row[data-number='{number}']")).await;
    until("the case's documents after restart", || async { count(&c, ".document-row").await == 2 }).await;
    assert!(text_of(&c, "#case-title").await.contains("Rutin för publicering"));
    let cref = &c;
    until("the preview of the reopened case", || async move {
        let h = preview_html(cref).await;
        h.contains("Rutin för publicering") && h.contains(":2</td>")
    })
    .await;
    shot(&c, "03-efter-omstart").await;
    c.close().await.unwrap();
    drop(driver);
}

fn chrono_year() -> i32 {
    // The form's registered date defaults to today; the number's year follows it.
    let out = Command::new("date").arg("+%Y").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}
