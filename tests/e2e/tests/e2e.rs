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

async fn type_into(c: &Client, css: &str, text: &str) {
    let e = el(c, css).await;
    e.clear().await.unwrap();
    e.send_keys(text).await.unwrap();
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
    el(c, "#new-document").await.click().await.unwrap();
    type_into(c, "#doc-title", title).await;
    el(c, "#doc-type").await.select_by_value(ty).await.unwrap();
    type_into(c, "#doc-file-path", pdf).await;
    el(c, "#doc-attach").await.click().await.unwrap();
    let name = Path::new(pdf).file_name().unwrap().to_string_lossy().into_owned();
    until("the attached file's name", || {
        let name = name.clone();
        async move { text_of(c, "#doc-file-name").await.contains(&name) }
    })
    .await;
    el(c, "#doc-save").await.click().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_case_with_two_documents_restart_and_find_it() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.session().await;

    // Sign in as a new local user.
    type_into(&c, "#signin-username", "rita").await;
    type_into(&c, "#signin-name", "Rita Registrator").await;
    el(&c, "#signin-role").await.select_by_value("registrator").await.unwrap();
    el(&c, "#signin-submit").await.click().await.unwrap();

    // A new case: the preview follows the typing.
    el(&c, "#new-case").await.click().await.unwrap();
    el(&c, "#case-series").await.select_by_value("RS").await.unwrap();
    type_into(&c, "#case-title", "Rutin för publicering i webbdiariet").await;
    until("the preview to show the title", || async { preview_html(&c).await.contains("Rutin för publicering i webbdiariet") }).await;
    type_into(&c, "#case-description", "Beskrivning som ska döljas").await;
    until("the preview to show the description", || async { preview_html(&c).await.contains("Beskrivning som ska döljas") }).await;
    el(&c, "#case-personal-data").await.click().await.unwrap();
    until("the preview to hide the description", || async {
        let h = preview_html(&c).await;
        !h.contains("Beskrivning som ska döljas") && h.contains("Dold: Ärendet innehåller personuppgifter")
    })
    .await;
    el(&c, "#case-personal-data").await.click().await.unwrap();
    shot(&c, "01-nytt-arende").await;

    // Validation beside the field: a secrecy marking needs its OSL reference.
    el(&c, "#case-secrecy").await.click().await.unwrap();
    el(&c, "#case-save").await.click().await.unwrap();
    el(&c, ".field-error[data-field='secrecy']").await;
    el(&c, "#case-secrecy").await.click().await.unwrap();

    el(&c, "#case-save").await.click().await.unwrap();
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
    el(&c, "button.signin-user").await.click().await.unwrap();
    type_into(&c, "#case-search", "publicering").await;
    let row = el(&c, &format!(".case-row[data-number='{number}']")).await;
    row.click().await.unwrap();
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
