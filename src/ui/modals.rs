//! Dialogs drawn over the window: unsaved changes, template gallery, recovery, errors,
//! about.

use eframe::egui::{self, Id};

use crate::app::{HolstApp, Modal, Pending};
use crate::i18n::T;
use crate::templates::TEMPLATES;

/// Shows the current modal dialog, if any, and acts on the answer.
pub fn show(ctx: &egui::Context, app: &mut HolstApp) {
    let Some(modal) = app.modal.clone() else {
        return;
    };
    let lang = app.lang;
    match modal {
        Modal::Unsaved(pending) => {
            let mut answer = None;
            let resp = egui::Modal::new(Id::unique("holst-unsaved")).show(ctx, |ui| {
                ui.heading(T::UnsavedTitle.get(lang));
                ui.label(T::UnsavedBody.fill(lang, &app.doc.model.title));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(T::Save.get(lang)).clicked() {
                        answer = Some(Some(true));
                    }
                    if ui.button(T::DontSave.get(lang)).clicked() {
                        answer = Some(Some(false));
                    }
                    if ui.button(T::Cancel.get(lang)).clicked() {
                        answer = Some(None);
                    }
                });
            });
            if resp.should_close() && answer.is_none() {
                answer = Some(None);
            }
            match answer {
                Some(Some(save)) => app.answer_unsaved(ctx, pending, save),
                Some(None) => app.modal = None,
                None => {}
            }
        }
        Modal::Gallery => {
            let mut chosen = None;
            let resp = egui::Modal::new(Id::unique("holst-gallery")).show(ctx, |ui| {
                ui.heading(T::Gallery.get(lang));
                ui.label(T::GalleryHint.get(lang));
                ui.add_space(6.0);
                for t in TEMPLATES {
                    let title = t.title();
                    let button = egui::Button::new(format!("{title}\n{}", t.id))
                        .min_size(egui::vec2(320.0, 36.0));
                    if ui.add(button).clicked() {
                        chosen = Some(t.id);
                    }
                }
                ui.add_space(6.0);
                if ui.button(T::Cancel.get(lang)).clicked() {
                    app.modal = None;
                }
            });
            if resp.should_close() {
                app.modal = None;
            }
            if let Some(id) = chosen {
                app.modal = None;
                app.request(ctx, Pending::New(id));
            }
        }
        Modal::Recovery(recovered) => {
            let mut answer = None;
            egui::Modal::new(Id::unique("holst-recovery")).show(ctx, |ui| {
                ui.heading(T::RecoveryTitle.get(lang));
                ui.label(T::RecoveryBody.fill(lang, &recovered.model.title));
                ui.horizontal(|ui| {
                    if ui.button(T::Restore.get(lang)).clicked() {
                        answer = Some(true);
                    }
                    if ui.button(T::Discard.get(lang)).clicked() {
                        answer = Some(false);
                    }
                });
            });
            match answer {
                Some(true) => {
                    app.modal = None;
                    app.request(ctx, Pending::Restore(recovered));
                }
                Some(false) => {
                    app.modal = None;
                    let _ = std::fs::remove_file(&recovered.file);
                }
                None => {}
            }
        }
        Modal::Error(message) => {
            let resp = egui::Modal::new(Id::unique("holst-error")).show(ctx, |ui| {
                ui.heading(T::Error.get(lang));
                ui.label(&message);
                ui.button(T::Close.get(lang)).clicked()
            });
            if resp.inner || resp.should_close() {
                app.modal = None;
            }
        }
        Modal::Export(mut form) => match crate::ui::export_dialog::show(ctx, app, &mut form) {
            Some(Some(form)) => {
                app.modal = None;
                app.start_export(ctx, &form);
            }
            Some(None) => app.modal = None,
            None => app.modal = Some(Modal::Export(form)),
        },
        Modal::About => {
            let resp = egui::Modal::new(Id::unique("holst-about")).show(ctx, |ui| {
                ui.heading("Holst");
                ui.label(T::AboutText.get(lang));
                ui.label(format!(
                    "{} {}",
                    T::Version.get(lang),
                    env!("CARGO_PKG_VERSION")
                ));
                ui.label("Business Model Canvas: Strategyzer AG, CC BY-SA 3.0");
                ui.label("Noto Sans: SIL Open Font License 1.1");
                ui.button(T::Close.get(lang)).clicked()
            });
            if resp.inner || resp.should_close() {
                app.modal = None;
            }
        }
    }
}
