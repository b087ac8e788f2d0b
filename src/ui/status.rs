//! The status line: file, saved or not, number of notes, zoom, last message.

use eframe::egui;

use crate::app::HolstApp;
use crate::i18n::T;

/// Draws the status line at the bottom of the window.
pub fn status_line(ui: &mut egui::Ui, app: &HolstApp) {
    let lang = app.lang;
    let doc = &app.doc;
    let notes = doc.model.version(doc.current).map_or(0, |v| v.notes.len());
    let zoom = app.canvas.view(doc.current).zoom;
    egui::Panel::bottom("status-line").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                doc.file_name()
                    .unwrap_or_else(|| T::Unsaved.get(lang).to_owned()),
            );
            ui.separator();
            // A new model that was never saved is neither "saved" nor "not saved" until it
            // changes: the file name already says it is new.
            if doc.is_dirty() {
                ui.label(T::NotSaved.get(lang));
                ui.separator();
            } else if doc.path.is_some() {
                ui.label(T::Saved.get(lang));
                ui.separator();
            }
            ui.label(format!("{} {notes}", T::Notes.get(lang)));
            ui.separator();
            ui.label(format!("{} {:.0}%", T::Zoom.get(lang), zoom * 100.0));
            if let Some(msg) = &app.status {
                ui.separator();
                ui.label(egui::RichText::new(msg).weak());
            }
        });
    });
}
