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
            let state = if doc.is_dirty() {
                T::NotSaved
            } else {
                T::Saved
            };
            ui.label(state.get(lang));
            ui.separator();
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
