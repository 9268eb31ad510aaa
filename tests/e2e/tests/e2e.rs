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
        assert!(app.exists(), "build the app first: bash scripts/build.sh");
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), serde_json::json!({ "application": app }));
        let c = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("WebDriver session");
        *CURRENT.lock().unwrap() = Some(c.clone());
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
            Err(err) => {
                shot(c, "fel").await;
                panic!("{css}: {err:?} (skärmbild: artifacts/e2e/fel.png)")
            }
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
        if t.elapsed() > Duration::from_secs(15) {
            let current = CURRENT.lock().unwrap().clone();
            if let Some(c) = current {
                shot(&c, "fel").await;
            }
            panic!("timed out waiting for {what} (skärmbild: artifacts/e2e/fel.png)");
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// The session in use, so that a test that times out leaves a screenshot of the window.
static CURRENT: std::sync::Mutex<Option<Client>> = std::sync::Mutex::new(None);

async fn text_of(c: &Client, css: &str) -> String {
    match c.find(Locator::Css(css)).await {
        Ok(e) => {
            let t = e.text().await.unwrap_or_default();
            if t.is_empty() {
                e.prop("value").await.ok().flatten().unwrap_or_default()
            } else {
                t
            }
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
    // The scan runs in the background; its end is announced in the status line.
    until("the scan of the attached file", || async { text_of(c, "#status").await.contains("Filen är granskad") }).await;
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
    // Unticked: the live validation clears the error; only then is the form as the save will send it.
    until("the secrecy error to clear", || async { count(&c, ".field-error[data-field='secrecy']").await == 0 }).await;

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

/// The labelled personnummer of a corpus file (`gold.json`), digits only.
fn gold_personnummer(file: &str) -> String {
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("../shared/corpus/dev/gold.json")).unwrap()).unwrap();
    let doc = gold.as_array().unwrap().iter().find(|d| d["file"] == format!("pdf/{file}")).unwrap();
    let f = doc["findings"].as_array().unwrap().iter().find(|f| f["category"] == "personal_id").unwrap();
    f["text"].as_str().unwrap().chars().filter(char::is_ascii_digit).collect()
}

/// Waits until the first page image below `scope` (a CSS prefix, e.g. ".inv-viewer ") has loaded.
async fn page_rendered(c: &Client, scope: &str) {
    let js = format!("const i = document.querySelector('{scope}.page-image img'); return i ? i.complete && i.naturalWidth : 0;");
    until("the rendered page", || async { c.execute(&js, vec![]).await.unwrap().as_u64().unwrap_or(0) > 0 }).await;
}

async fn sign_in_new(c: &Client, username: &str, name: &str, role: &str) {
    type_into(c, "#signin-username", username).await;
    type_into(c, "#signin-name", name).await;
    let role = role.to_string();
    with_element(c, "#signin-role", move |e| {
        let role = role.clone();
        async move { e.select_by_value(&role).await }
    })
    .await;
    click(c, "#signin-submit").await;
    el(c, "#sign-out").await;
}

async fn sign_in_again(c: &Client, name: &str) {
    let xp = format!("//button[contains(@class,'signin-user')][contains(., '{name}')]");
    c.wait().at_most(Duration::from_secs(15)).for_element(Locator::XPath(&xp)).await.unwrap().click().await.unwrap();
    el(c, "#sign-out").await;
}

async fn prop(c: &Client, css: &str, name: &str) -> serde_json::Value {
    c.execute(&format!("const e = document.querySelector({css:?}); return e ? e[{name:?}] : null;"), vec![]).await.unwrap()
}

/// Issue 5 in the real window: attach a PDF with a personnummer, the highlight is on it, the box
/// refuses, decide by keyboard, send to the team lead, the team lead approves, confirm by typing
/// the handlingsnummer, and the external preview lists the file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_decide_team_lead_approves_confirm_and_publish() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.session().await;
    sign_in_new(&c, "rita", "Rita Registrator", "registrator").await;

    click(&c, "#new-case").await;
    with_element(&c, "#case-series", |e| async move { e.select_by_value("RS").await }).await;
    type_into(&c, "#case-title", "Polisanmälan om skadegörelse").await;
    click(&c, "#case-save").await;
    let number = format!("RS/1/{}", chrono_year());
    let dn = format!("{number}:1");
    let cref = &c;
    until("the allocated diarienummer", || {
        let number = number.clone();
        async move { text_of(cref, "#case-number").await.contains(&number) }
    })
    .await;
    add_document(&c, "Skrivelse från polisen", "Skrivelse", &corpus("d007.pdf")).await;
    until("the document", || async { count(&c, ".document-row").await == 1 }).await;

    // The viewer: the personnummer is highlighted on the rendered page.
    click(&c, "#tab-document").await;
    let hl = el(&c, ".hl[data-category='personal_id']").await;
    page_rendered(&c, "").await;
    let digits: String = hl.attr("data-text").await.unwrap().unwrap().chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits, gold_personnummer("d007.pdf"));
    let geometry = c
        .execute(
            "const h = document.querySelector(\".hl[data-category='personal_id']\"); const i = h.parentElement.querySelector('img');
             const a = h.getBoundingClientRect(), b = i.getBoundingClientRect();
             return [a.width, a.height, a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom, i.naturalWidth];",
            vec![],
        )
        .await
        .unwrap();
    let g = geometry.as_array().unwrap();
    assert!(g[0].as_f64().unwrap() > 20.0 && g[1].as_f64().unwrap() > 5.0, "highlight too small: {g:?}");
    assert_eq!(g[2], serde_json::json!(true), "highlight not on the page: {g:?}");
    assert!(g[3].as_u64().unwrap() >= 300, "page not rendered: {g:?}");
    tokio::time::sleep(Duration::from_millis(600)).await; // let the page and the frame paint
    shot(&c, "04-granskning-markerad").await;

    // The box refuses: undecided high-severity findings.
    assert_eq!(prop(&c, "#doc-publish-file", "disabled").await, serde_json::json!(true));
    assert!(text_of(&c, "#doc-gate-reasons").await.contains("inte beslutade"));
    assert_eq!(prop(&c, "#open-confirm", "disabled").await, serde_json::json!(true));

    // Decide by keyboard: the personnummer "Får inte publiceras" (3), every other sensitive finding
    // "Inte en personuppgift" (1), each chosen from the list.
    click(&c, ".hl[data-category='personal_id']").await;
    el(&c, "#viewer").await.send_keys("3").await.unwrap();
    until("the personnummer's decision", || async {
        text_of(&c, ".finding-row[data-category='personal_id'] .verdict-badge").await.contains("Får inte publiceras")
    })
    .await;
    while count(&c, ".verdict-badge.undecided").await > 0 {
        let before = count(&c, ".verdict-badge.undecided").await;
        let row = c.find(Locator::XPath("//button[contains(@class,'finding-row')][.//span[contains(@class,'undecided')]]")).await.unwrap();
        row.click().await.unwrap();
        el(&c, "#viewer").await.send_keys("1").await.unwrap();
        until("one decision fewer", || async { count(&c, ".verdict-badge.undecided").await < before }).await;
    }
    until("the gate to ask for a team lead", || async { text_of(&c, "#doc-gate-reasons").await.contains("teamledarens godkännande") })
        .await;
    assert_eq!(prop(&c, "#doc-publish-file", "disabled").await, serde_json::json!(true));

    type_into(&c, "#review-note", "Personnumret står i en bilaga som ska maskeras").await;
    click(&c, "#request-review").await;
    el(&c, ".request-pending").await;
    click(&c, "#sign-out").await;

    // The team lead's queue: who sent it and why; open it, then approve with a comment.
    sign_in_new(&c, "tina", "Tina Teamledare", "teamledare").await;
    click(&c, "#tab-queue").await;
    let item = format!(".queue-item[data-document='{dn}']");
    el(&c, &item).await;
    let t = text_of(&c, &item).await;
    assert!(t.contains("Rita Registrator") && t.contains("Får inte publiceras") && t.contains("ska maskeras"), "{t}");
    shot(&c, "05-granskningsko").await;
    click(&c, &format!("{item} .queue-open")).await;
    el(&c, ".hl[data-category='personal_id']").await;
    click(&c, "#tab-queue").await;
    type_into(&c, &format!("{item} .queue-comment"), "Godkänt, bilagan maskeras före publicering").await;
    click(&c, &format!("{item} .queue-approve")).await;
    until("the queue to empty", || async { count(&c, ".queue-item").await == 0 }).await;
    click(&c, "#sign-out").await;

    // The registrar sees the answer, and confirms by typing the handlingsnummer.
    sign_in_again(&c, "Rita").await;
    type_into(&c, "#case-search", "Polisanmälan").await;
    click(&c, &format!(".case-row[data-number='{number}']")).await;
    click(&c, &format!(".document-row[data-number='{dn}'] td")).await;
    click(&c, "#tab-document").await;
    until("the team lead's answer", || async { text_of(&c, ".request-approved").await.contains("Tina Teamledare") }).await;
    assert!(text_of(&c, ".request-approved").await.contains("bilagan maskeras"));
    until("the box to become available", || async { prop(&c, "#doc-publish-file", "disabled").await == serde_json::json!(false) }).await;
    click(&c, "#doc-publish-file").await;
    el(&c, "#confirm-dialog").await;
    assert_eq!(prop(&c, "#doc-publish-file", "checked").await, serde_json::json!(false), "ticked before the confirmation");
    let sha =
        c.execute("return document.querySelector('#confirm-dialog code').title;", vec![]).await.unwrap().as_str().unwrap().to_string();
    let link = format!("filer/{sha}.pdf");
    let srcdoc = prop(&c, "#confirm-preview", "srcdoc").await;
    assert!(srcdoc.as_str().unwrap().contains(&link), "the confirmation's preview lists the file");
    type_into(&c, "#confirm-typed", "RS/1").await;
    assert_eq!(prop(&c, "#confirm-submit", "disabled").await, serde_json::json!(true));
    tokio::time::sleep(Duration::from_millis(600)).await; // let the page and the frame paint
    shot(&c, "06-bekraftelse").await;
    type_into(&c, "#confirm-typed", &dn).await;
    click(&c, "#confirm-submit").await;
    until("the dialog to close", || async { count(&c, "#confirm-dialog").await == 0 }).await;
    until("the box to be set", || async { prop(&c, "#doc-publish-file", "checked").await == serde_json::json!(true) }).await;
    click(&c, "#tab-external").await;
    until("the external preview to list the file", || {
        let link = link.clone();
        async move { preview_html(cref).await.contains(&link) }
    })
    .await;
    shot(&c, "07-publicerad").await;
    c.close().await.unwrap();
    drop(driver);

    // Outside the window: the export publishes the file, and the audit trail holds.
    let cli = root().join("target/debug/diarievakt");
    let out = data.path().join("export");
    assert!(Command::new(&cli).args(["export", "--out"]).arg(&out).arg("--data-dir").arg(data.path()).status().unwrap().success());
    assert!(out.join(&link).exists());
    let verify = Command::new(&cli).args(["audit", "verify", "--data-dir"]).arg(data.path()).output().unwrap();
    assert!(verify.status.success(), "{}", String::from_utf8_lossy(&verify.stdout));
}

/// Issue 6 in the real window: a team lead inventories a folder of published files, sees where the
/// risks are, opens a file with its highlights, marks it Avpublicera and exports the report.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn team_lead_inventories_a_folder() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    for f in ["d001.pdf", "d007.pdf", "d004.pdf"] {
        std::fs::copy(corpus(f), folder.path().join(f)).unwrap();
    }
    std::fs::write(folder.path().join("trasig.pdf"), b"%PDF-1.4 trasig").unwrap();
    let report = data.path().join("rapport");

    let driver = Driver::start(data.path());
    let c = driver.session().await;
    sign_in_new(&c, "tina", "Tina Teamledare", "teamledare").await;
    click(&c, "#tab-inventory").await;
    type_into(&c, "#inv-folder", &folder.path().display().to_string()).await;
    click(&c, "#inv-start").await;
    until("the inventory to finish", || async { text_of(&c, ".viewer-message").await.contains("Inventeringen är klar") }).await;
    assert!(text_of(&c, "#inv-progress").await.contains("Filer 4 av 4"), "{}", text_of(&c, "#inv-progress").await);
    until("four rows", || async { count(&c, ".inv-row").await == 4 }).await;
    // Riskiest first: d007 (personnummer, crime, health) has high risk; the damaged file says why.
    let first = c.find(Locator::Css(".inv-row")).await.unwrap().attr("data-path").await.unwrap().unwrap();
    assert!(first.ends_with("d007.pdf"), "{first}");
    assert!(text_of(&c, ".inv-row[data-path$='trasig.pdf']").await.contains("skadad"));
    with_element(&c, "#inv-risk", |e| async move { e.select_by_value("3").await }).await;
    // Only d007 is high risk: d004's personnummer is on its scanned page, which cannot be checked.
    until("the filter", || async { count(&c, ".inv-row").await == 1 }).await;
    assert!(text_of(&c, ".inv-row").await.contains("d007.pdf"));
    with_element(&c, "#inv-risk", |e| async move { e.select_by_value("2").await }).await;
    until("the unreadable ones", || async { count(&c, ".inv-row").await == 2 }).await;
    assert!(text_of(&c, ".inv-row[data-path$='d004.pdf']").await.contains("Inskannade sidor: 1"));
    with_element(&c, "#inv-risk", |e| async move { e.select_by_value("").await }).await;
    shot(&c, "08-inventering").await;

    let row = ".inv-row[data-path$='d007.pdf']";
    click(&c, &format!("{row} .inv-open")).await;
    el(&c, ".inv-viewer .hl[data-category='personal_id']").await;
    page_rendered(&c, ".inv-viewer ").await;
    assert_eq!(count(&c, ".inv-viewer .decide-buttons").await, 0, "an inventoried file is read, not decided");
    click(&c, &format!("{row} .inv-unpublish")).await;
    until("the verdict", || async { text_of(&c, row).await.contains("Avpublicera") }).await;
    shot(&c, "09-inventering-oppnad").await;
    type_into(&c, "#inv-report-dir", &report.display().to_string()).await;
    click(&c, "#inv-report").await;
    until("the report", || async { text_of(&c, ".viewer-message").await.contains("Rapporten är skriven") }).await;
    c.close().await.unwrap();
    drop(driver);

    let html = std::fs::read_to_string(report.join("rapport.html")).unwrap();
    assert!(html.contains("d007.pdf") && html.contains("<img"), "the report shows the highlighted pages");
    assert!(report.join("rapport.csv").exists());
    let cli = root().join("target/debug/diarievakt");
    let trail = Command::new(&cli).args(["audit", "export", "--data-dir"]).arg(data.path()).output().unwrap();
    assert!(String::from_utf8_lossy(&trail.stdout).contains("avpublicera"), "the verdict is in the audit trail");
}

fn chrono_year() -> i32 {
    // The form's registered date defaults to today; the number's year follows it.
    let out = Command::new("date").arg("+%Y").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}
