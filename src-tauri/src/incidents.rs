//! Avpublicera and the DPO's Incidenter view: thin calls into the core, acting as the signed-in
//! person the shell keeps (the window never names who acts).

use crate::{App, Res};
use diarievakt_core::{IncidentReportFiles, IncidentUpdate, IncidentView, UnpublishOptions, Unpublished};
use diarievakt_model::incident::Withdrawal;
use diarievakt_store::AuditEntry;
use std::path::PathBuf;
use tauri::State;

#[tauri::command]
pub async fn unpublish(app: State<'_, App>, document: String, reason: String, options: UnpublishOptions) -> Res<Unpublished> {
    app.ws()?.unpublish(&app.user()?, &document, &reason, &options).await
}

#[tauri::command]
pub async fn unpublish_inventoried(app: State<'_, App>, path: String, reason: String, options: UnpublishOptions) -> Res<Unpublished> {
    app.ws()?.unpublish_inventoried(&app.user()?, &path, &reason, &options).await
}

#[tauri::command]
pub async fn incidents(app: State<'_, App>) -> Res<Vec<IncidentView>> {
    app.user()?;
    app.ws()?.incidents().await
}

/// Everything the audit trail says about the incident's files and the incident itself.
#[tauri::command]
pub async fn incident_trail(app: State<'_, App>, id: i64) -> Res<Vec<AuditEntry>> {
    app.user()?;
    let ws = app.ws()?;
    let v = ws.incident(id).await?;
    ws.incident_trail(&v.incident).await
}

#[tauri::command]
pub async fn update_incident(app: State<'_, App>, id: i64, update: IncidentUpdate) -> Res<IncidentView> {
    app.ws()?.update_incident(&app.user()?, id, &update).await
}

#[tauri::command]
pub async fn add_incident_note(app: State<'_, App>, id: i64, supplement: bool, text: String) -> Res<IncidentView> {
    app.ws()?.add_incident_note(&app.user()?, id, supplement, &text).await
}

#[tauri::command]
pub async fn withdrawal_done(app: State<'_, App>, withdrawal: i64) -> Res<Withdrawal> {
    app.ws()?.withdrawal_done(&app.user()?, withdrawal).await
}

#[tauri::command]
pub async fn incident_report(app: State<'_, App>, id: i64, dir: String) -> Res<IncidentReportFiles> {
    app.user()?;
    app.ws()?.write_incident_report(id, &PathBuf::from(dir)).await
}
