//! The Inventering view's commands: thin calls into `diarievakt_core::inventory`.

use crate::{App, Res};
use diarievakt_core::inventory::{InventoryProgress, InventoryRow};
use diarievakt_core::AppError;
use diarievakt_model::FileRef;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use tauri::ipc::Channel;
use tauri::State;

/// Scans every PDF below the folders with all cores, telling the channel after each batch.
/// Resumable: what was scanned before is not scanned again.
#[tauri::command]
pub async fn inventory_start(app: State<'_, App>, paths: Vec<String>, on_progress: Channel<InventoryProgress>) -> Res<InventoryProgress> {
    let user = app.user()?;
    if app.inventory_running.swap(true, Ordering::SeqCst) {
        return Err(AppError::new("En inventering pågår redan."));
    }
    app.inventory_cancel.store(false, Ordering::SeqCst);
    let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    let result = match app.ws() {
        Ok(ws) => ws.run_inventory(&user, &paths, jobs, app.inventory_cancel.clone(), move |p| drop(on_progress.send(p.clone()))).await,
        Err(e) => Err(e),
    };
    app.inventory_running.store(false, Ordering::SeqCst);
    result
}

/// Stops starting new batches; what is running finishes and is stored.
#[tauri::command]
pub fn inventory_cancel(app: State<'_, App>) {
    app.inventory_cancel.store(true, Ordering::SeqCst);
}

#[tauri::command]
pub async fn inventory_rows(app: State<'_, App>) -> Res<Vec<InventoryRow>> {
    app.ws()?.inventory_rows().await
}

#[tauri::command]
pub async fn inventory_verdict(app: State<'_, App>, path: String, verdict: String) -> Res<()> {
    app.ws()?.set_inventory_verdict(&app.user()?, &path, &verdict).await
}

#[tauri::command]
pub async fn inventory_open(app: State<'_, App>, path: String) -> Res<FileRef> {
    app.ws()?.open_inventory_file(&PathBuf::from(path)).await
}

#[tauri::command]
pub async fn inventory_report(app: State<'_, App>, dir: String) -> Res<(String, String)> {
    let (html, csv) = app.ws()?.write_inventory_report(&PathBuf::from(dir)).await?;
    Ok((html.display().to_string(), csv.display().to_string()))
}
