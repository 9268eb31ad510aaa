//! The Diarievakt window. Every command is a one-line call into `diarievakt-core`: the rules, the
//! projection, validation and storage live there, so the window can never decide differently from
//! the `diarievakt` command.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use diarievakt_core::{AppError, AttachEvent, ConfirmationView, DocumentGate, PageInfo, Preview, Setup, SignInInfo, Workstation};
use diarievakt_model::{Audience, Case, CaseRecord, Document, FieldError, FileRef, FileReview, Gate, Role, User, Verdict};
use diarievakt_store::{Account, AuditEntry, CaseSummary, Change, Draft, ReviewRequest};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, RwLock};

mod incidents;
mod inventory;
mod masking;
use tauri::ipc::{Channel, Response};
use tauri::State;

struct App {
    data_dir: PathBuf,
    /// Why the workstation could not start (e.g. a malformed rules file): the window then shows
    /// the reason and nothing else.
    failed: Option<AppError>,
    /// Team mode: the diary is a PostgreSQL server, and the workstation is connected at sign-in
    /// as the person's own database login (dropped again at sign-out).
    team: bool,
    /// A desk: opened at start. Team mode: opened at sign-in.
    ws: RwLock<Option<Arc<Workstation>>>,
    /// Who is signed in: kept here, never taken from the window, so a call cannot name someone else.
    user: Mutex<Option<User>>,
    /// Set to stop a running inventory after its current batches.
    inventory_cancel: Arc<AtomicBool>,
    inventory_running: AtomicBool,
}

type Res<T> = Result<T, AppError>;

impl App {
    fn ws(&self) -> Res<Arc<Workstation>> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.ws.read().unwrap().clone().ok_or_else(|| AppError::new("Logga in först."))
    }
    fn user(&self) -> Res<User> {
        self.user.lock().unwrap().clone().ok_or_else(|| AppError::new("Logga in först."))
    }
}

#[tauri::command]
fn setup(app: State<'_, App>) -> Res<Setup> {
    Ok(app.ws()?.setup())
}

/// What the sign-in screen shows: team or desk, where the diary is, whether a desk needs its
/// first administrator.
#[tauri::command]
async fn sign_in_info(app: State<'_, App>) -> Res<SignInInfo> {
    if let Some(e) = &app.failed {
        return Err(e.clone());
    }
    match Workstation::team_sign_in(&app.data_dir)? {
        Some(info) => Ok(info),
        None => app.ws()?.sign_in_info().await,
    }
}

#[tauri::command]
async fn sign_in(app: State<'_, App>, username: String, password: String) -> Res<User> {
    let u = if app.team {
        let (ws, me) = Workstation::open_as(&app.data_dir, &username, &password).await?;
        *app.ws.write().unwrap() = Some(Arc::new(ws));
        me
    } else {
        app.ws()?.sign_in(&username, &password).await?
    };
    *app.user.lock().unwrap() = Some(u.clone());
    Ok(u)
}

/// A desk's first start: the administrator, who then adds people and grants roles.
#[tauri::command]
async fn create_first_admin(app: State<'_, App>, username: String, display_name: String, password: String) -> Res<User> {
    let u = app.ws()?.create_first_admin(&username, &display_name, &password).await?;
    *app.user.lock().unwrap() = Some(u.clone());
    Ok(u)
}

#[tauri::command]
async fn accounts(app: State<'_, App>) -> Res<Vec<Account>> {
    app.ws()?.accounts(&app.user()?).await
}

#[tauri::command]
async fn add_user(app: State<'_, App>, username: String, display_name: String, roles: Vec<Role>, password: Option<String>) -> Res<User> {
    app.ws()?.add_user(&app.user()?, &username, &display_name, &roles, password.as_deref()).await
}

#[tauri::command]
async fn set_role(app: State<'_, App>, username: String, role: Role, grant: bool) -> Res<User> {
    let ws = app.ws()?;
    let me = app.user()?;
    let u = ws.set_role(&me, &username, role, grant).await?;
    if u.id == me.id {
        *app.user.lock().unwrap() = Some(u.clone());
    }
    Ok(u)
}

#[tauri::command]
async fn set_password(app: State<'_, App>, username: String, password: String) -> Res<()> {
    app.ws()?.set_password(&app.user()?, &username, &password).await
}

#[tauri::command]
fn current_user(app: State<'_, App>) -> Option<User> {
    app.user.lock().unwrap().clone()
}

#[tauri::command]
async fn search_cases(app: State<'_, App>, query: String) -> Res<Vec<CaseSummary>> {
    app.ws()?.search(&query).await
}

#[tauri::command]
async fn get_case(app: State<'_, App>, number: String) -> Res<CaseRecord> {
    app.ws()?.get_case(&number).await
}

#[tauri::command]
async fn save_case(app: State<'_, App>, series: String, case: Case, base: Option<Case>) -> Res<CaseRecord> {
    app.ws()?.save_case_from(&app.user()?, &series, case, base).await
}

#[tauri::command]
async fn save_document(app: State<'_, App>, case_number: String, document: Document) -> Res<CaseRecord> {
    app.ws()?.save_document(&app.user()?, &case_number, document).await
}

#[tauri::command]
fn validate_case(case: Case) -> Vec<FieldError> {
    diarievakt_model::validate_case(&case.normalised(), diarievakt_core::today())
}

#[tauri::command]
fn validate_document(document: Document) -> Vec<FieldError> {
    diarievakt_model::validate_document(&document.normalised(), diarievakt_core::today())
}

#[tauri::command]
fn sign_out(app: State<'_, App>) {
    *app.user.lock().unwrap() = None;
    if app.team {
        // The connection was the person's own login: nothing of it stays open.
        *app.ws.write().unwrap() = None;
    }
}

/// Attaches and scans; the channel carries the file as soon as it is stored, then the scan's progress.
#[tauri::command]
async fn attach_pdf(app: State<'_, App>, path: String, on_event: Channel<AttachEvent>) -> Res<FileRef> {
    app.ws()?.attach_pdf_with(&app.user()?, &PathBuf::from(path), move |e| drop(on_event.send(e))).await
}

/// Stops the file scans running (the file stays attached, unscanned: the gate keeps it unpublished).
#[tauri::command]
fn cancel_scan(app: State<'_, App>) -> Res<()> {
    app.ws()?.cancel_scans();
    Ok(())
}

#[tauri::command]
async fn scan_stored(app: State<'_, App>, sha256: String, on_event: Channel<AttachEvent>) -> Res<FileReview> {
    app.ws()?.scan_stored(&app.user()?, &sha256, move |e| drop(on_event.send(e))).await
}

#[tauri::command]
async fn file_review(app: State<'_, App>, sha256: String) -> Res<Option<FileReview>> {
    app.ws()?.file_review(&sha256).await
}

#[tauri::command]
async fn file_pages(app: State<'_, App>, sha256: String) -> Res<Vec<PageInfo>> {
    app.ws()?.file_pages(&sha256).await
}

/// A page as PNG bytes (an ArrayBuffer on the other side, no base64).
#[tauri::command]
async fn render_page(app: State<'_, App>, sha256: String, page: u32, width: u32) -> Res<Response> {
    Ok(Response::new(app.ws()?.render_page(&sha256, page, width, false).await?))
}

#[tauri::command]
async fn confirmation_view(app: State<'_, App>, document: String) -> Res<ConfirmationView> {
    app.ws()?.confirmation_view(&app.user()?, &document).await
}

#[tauri::command]
async fn requests_for(app: State<'_, App>, document: String) -> Res<Vec<ReviewRequest>> {
    app.ws()?.requests_for(&document).await
}

#[tauri::command]
async fn preview(app: State<'_, App>, record: CaseRecord, audience: Audience) -> Res<Preview> {
    app.ws()?.preview(&record, audience).await
}

#[tauri::command]
async fn save_draft(app: State<'_, App>, key: String, body: String) -> Res<()> {
    app.ws()?.save_draft(&app.user()?, &key, &body).await
}

#[tauri::command]
async fn drafts(app: State<'_, App>) -> Res<Vec<Draft>> {
    app.ws()?.drafts(&app.user()?).await
}

#[tauri::command]
async fn delete_draft(app: State<'_, App>, key: String) -> Res<()> {
    app.ws()?.delete_draft(&app.user()?, &key).await
}

#[tauri::command]
async fn changes(app: State<'_, App>, number: String) -> Res<Vec<Change>> {
    app.ws()?.changes(&number).await
}

#[tauri::command]
async fn gates(app: State<'_, App>, record: CaseRecord) -> Res<Vec<DocumentGate>> {
    app.ws()?.gates(&record).await
}

#[tauri::command]
async fn decide(app: State<'_, App>, document: String, ids: Vec<String>, verdict: Verdict, reason: Option<String>) -> Res<()> {
    app.ws()?.decide(&app.user()?, &document, &ids, verdict, reason.as_deref()).await
}

#[tauri::command]
async fn confirm_publication(app: State<'_, App>, document: String, typed: String) -> Res<Gate> {
    app.ws()?.confirm_publication(&app.user()?, &document, &typed).await
}

#[tauri::command]
async fn request_review(app: State<'_, App>, document: String, note: Option<String>) -> Res<i64> {
    app.ws()?.request_review(&app.user()?, &document, note.as_deref()).await
}

#[tauri::command]
async fn decide_review(app: State<'_, App>, id: i64, approve: bool, comment: Option<String>) -> Res<ReviewRequest> {
    app.ws()?.decide_review(&app.user()?, id, approve, comment.as_deref()).await
}

#[tauri::command]
async fn review_queue(app: State<'_, App>, pending_only: bool) -> Res<Vec<ReviewRequest>> {
    app.ws()?.review_queue(pending_only).await
}

#[tauri::command]
async fn audit_trail(app: State<'_, App>, case_number: Option<String>) -> Res<Vec<AuditEntry>> {
    app.ws()?.audit_trail(case_number.as_deref()).await
}

fn main() {
    // Started by the worker pool as a PDF worker: this process parses PDFs and nothing else.
    diarievakt_worker::main_hook();
    let data_dir = diarievakt_core::paths::data_dir();
    let _log = diarievakt_core::logging::init(&data_dir);
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    let (team, opened) = match Workstation::team_sign_in(&data_dir) {
        Ok(Some(_)) => (true, Ok(None)),
        Ok(None) => (false, rt.block_on(Workstation::open(&data_dir)).map(|w| Some(Arc::new(w)))),
        Err(e) => (false, Err(e)),
    };
    let (ws, failed) = match opened {
        Ok(ws) => (ws, None),
        Err(e) => {
            tracing::error!(error = %e.message, "workstation could not start");
            (None, Some(e))
        }
    };
    tauri::async_runtime::set(rt.handle().clone());
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(App {
            data_dir,
            failed,
            team,
            ws: RwLock::new(ws),
            user: Mutex::new(None),
            inventory_cancel: Arc::new(AtomicBool::new(false)),
            inventory_running: AtomicBool::new(false),
        })
        .invoke_handler(tauri::generate_handler![
            setup,
            sign_in_info,
            sign_in,
            create_first_admin,
            accounts,
            add_user,
            set_role,
            set_password,
            current_user,
            sign_out,
            search_cases,
            get_case,
            save_case,
            save_document,
            validate_case,
            validate_document,
            attach_pdf,
            scan_stored,
            cancel_scan,
            file_review,
            file_pages,
            render_page,
            confirmation_view,
            requests_for,
            preview,
            save_draft,
            drafts,
            delete_draft,
            changes,
            gates,
            decide,
            confirm_publication,
            request_review,
            decide_review,
            review_queue,
            audit_trail,
            inventory::inventory_start,
            inventory::inventory_cancel,
            inventory::inventory_rows,
            inventory::inventory_verdict,
            inventory::inventory_open,
            inventory::inventory_report,
            incidents::unpublish,
            incidents::unpublish_inventoried,
            incidents::incidents,
            incidents::incident_trail,
            incidents::update_incident,
            incidents::add_incident_note,
            incidents::withdrawal_done,
            incidents::incident_report,
            masking::create_masked_copy,
            masking::masked_copy,
            masking::remove_masked_copy,
        ])
        .run(tauri::generate_context!())
        .expect("Diarievakt kunde inte starta fönstret");
}
