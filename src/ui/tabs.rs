//! The strip of the model's versions above the canvas.

use eframe::egui;

use crate::app::HolstApp;
use crate::i18n::T;

/// Draws one tab per version; clicking a tab shows that version.
pub fn version_tabs(ui: &mut egui::Ui, app: &mut HolstApp) {
    let lang = app.lang;
    let mut chosen = None;
    egui::Panel::top("version-tabs").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(&app.doc.model.title).strong());
            ui.separator();
            for v in &app.doc.model.versions {
                let mut name = v.name.clone();
                if app.doc.model.final_version == Some(v.id) {
                    name = format!("★ {name} ({})", T::Final.get(lang));
                }
                if ui.selectable_label(v.id == app.doc.current, name).clicked() {
                    chosen = Some(v.id);
                }
            }
        });
    });
    if let Some(id) = chosen {
        app.doc.current = id;
    }
}
