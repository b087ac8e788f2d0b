//! The status line: file, saved or not (or changed on disk, or read-only), number of
//! notes, zoom, a recovery copy that could not be written, import warnings, last message.

use eframe::egui;

use crate::i18n::T;
use crate::storage::stamp::DiskState;
use crate::ui::{Ctx, Intent, Modal, theme};

/// Draws the status line at the bottom of the window; returns a request to list the
/// import warnings when their link is clicked.
pub fn status_line(ui: &mut egui::Ui, app: &Ctx<'_>) -> Option<Intent> {
    let lang = app.lang;
    let doc = app.doc;
    let notes = doc
        .model()
        .version(doc.current())
        .map_or(0, |v| v.notes.len());
    let zoom = app.zoom;
    let unsaved = app.unsaved;
    let mut show_warnings = false;
    let mut open = None;
    egui::Panel::bottom("status-line").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                doc.file_name()
                    .unwrap_or_else(|| T::Unsaved.get(lang).to_owned()),
            );
            ui.separator();
            if doc.read_only() {
                ui.label(T::ReadOnly.get(lang));
                ui.separator();
            }
            // A new model that was never saved is neither "saved" nor "not saved" until it
            // changes: the file name already says it is new. A file changed on disk by
            // another program is never called saved.
            if app.disk != DiskState::Unchanged {
                ui.colored_label(theme::STATUS_WARNING, T::ChangedOnDisk.get(lang));
                ui.separator();
            }
            if unsaved {
                ui.label(T::NotSaved.get(lang));
                ui.separator();
            } else if doc.path().is_some() && app.disk == DiskState::Unchanged {
                ui.label(T::Saved.get(lang));
                ui.separator();
            }
            ui.label(T::Notes.count(lang, notes));
            ui.separator();
            ui.label(format!("{} {:.0}%", T::Zoom.get(lang), zoom * 100.0));
            if let Some(error) = app.recovery_error {
                ui.separator();
                ui.colored_label(theme::STATUS_WARNING, T::AutosaveFailed.fill(lang, error));
            }
            if let Some((_, list)) = app.warnings {
                ui.separator();
                let text = T::WarningsCount.fill(lang, &list.len().to_string());
                show_warnings = ui.link(text).clicked();
            }
            if let Some(share) = app.share {
                ui.separator();
                ui.label(status_text(&share.status).get(lang))
                    .on_hover_text(share.link.as_str());
                let others = if share.others.is_empty() {
                    T::ShareAlone.get(lang).to_owned()
                } else {
                    T::ShareOthers.fill(lang, &share.others.join(", "))
                };
                ui.label(others);
            }
            if let Some(msg) = app.status {
                ui.separator();
                ui.label(egui::RichText::new(msg).weak());
            }
            if let Some(path) = app.exported {
                if ui.link(T::OpenExported.get(lang)).clicked() {
                    open = Some(path.to_path_buf());
                }
                if let Some(dir) = path.parent()
                    && ui.link(T::OpenExportedFolder.get(lang)).clicked()
                {
                    open = Some(dir.to_path_buf());
                }
            }
        });
    });
    if let Some(path) = open {
        return Some(Intent::OpenExternal(path));
    }
    show_warnings.then_some(Intent::Show(Modal::Warnings))
}

/// The status line's words for the state of a shared model's connection.
pub fn status_text(status: &holst_sync::Status) -> T {
    use holst_sync::Status;
    match status {
        Status::Synced => T::ShareStatusSynced,
        Status::Syncing => T::ShareStatusSyncing,
        Status::Connecting { .. } => T::ShareStatusConnecting,
        Status::Offline => T::ShareStatusOffline,
    }
}
