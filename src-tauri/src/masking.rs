//! Masked copies in the Dokument tab: thin calls into the core, acting as the signed-in person.

use crate::{App, Res};
use diarievakt_core::MaskedCopyView;
use diarievakt_model::DrawnMask;
use tauri::State;

#[tauri::command]
pub async fn create_masked_copy(app: State<'_, App>, document: String, drawn: Vec<DrawnMask>) -> Res<MaskedCopyView> {
    app.ws()?.create_masked_copy(&app.user()?, &document, drawn).await
}

#[tauri::command]
pub async fn masked_copy(app: State<'_, App>, document: String) -> Res<Option<MaskedCopyView>> {
    app.user()?;
    app.ws()?.masked_copy(&document).await
}

#[tauri::command]
pub async fn remove_masked_copy(app: State<'_, App>, document: String) -> Res<()> {
    app.ws()?.remove_masked_copy(&app.user()?, &document).await
}
