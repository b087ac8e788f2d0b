//! Dialogs drawn over the window: unsaved changes, template gallery, recovery copies,
//! files open elsewhere or changed on disk, import warnings, export, errors, about.

mod files;
mod recovery;

use eframe::egui::{self, Id};

use crate::app::{HolstApp, Modal, Pending};
use crate::i18n::T;
use crate::templates::TEMPLATES;

/// Shows the current modal dialog, if any, and acts on the answer.
pub fn show(ctx: &egui::Context, app: &mut HolstApp) {
    let Some(modal) = app.modal.clone() else {
        return;
    };
    match modal {
        Modal::Unsaved(pending) => unsaved(ctx, app, pending),
        Modal::Gallery => gallery(ctx, app),
        Modal::Recovery(list) => recovery::list(ctx, app, &list),
        Modal::DiscardCopy(leftover) => recovery::discard(ctx, app, &leftover),
        Modal::Locked { path, pid } => files::locked(ctx, app, &path, pid),
        Modal::Conflict { saving, then } => files::conflict(ctx, app, saving, then),
        Modal::ConfirmReload => files::confirm_reload(ctx, app),
        Modal::Warnings => files::warnings(ctx, app),
        Modal::Export(mut form) => match crate::ui::export_dialog::show(ctx, app, &mut form) {
            Some(Some(form)) => {
                app.modal = None;
                app.start_export(ctx, &form);
            }
            Some(None) => app.modal = None,
            None => app.modal = Some(Modal::Export(form)),
        },
        Modal::Error(message) => {
            let heading = T::Error.get(app.lang);
            notice(ctx, app, "holst-error", heading, &[message.as_str()]);
        }
        Modal::About => {
            let version = format!(
                "{} {}",
                T::MenuVersion.get(app.lang),
                env!("CARGO_PKG_VERSION")
            );
            let lines = [
                T::AboutText.get(app.lang),
                version.as_str(),
                "Business Model Canvas: Strategyzer AG, CC BY-SA 3.0",
                "Noto Sans: SIL Open Font License 1.1",
            ];
            notice(ctx, app, "holst-about", "Holst", &lines);
        }
    }
}

/// Save / Don't save / Cancel before an action that would drop unsaved changes.
fn unsaved(ctx: &egui::Context, app: &mut HolstApp, pending: Pending) {
    let lang = app.lang;
    let mut answer = None;
    let resp = egui::Modal::new(Id::unique("holst-unsaved")).show(ctx, |ui| {
        ui.heading(T::UnsavedTitle.get(lang));
        ui.label(T::UnsavedBody.fill(lang, &app.doc.model().title));
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

/// File → New: the shipped templates.
fn gallery(ctx: &egui::Context, app: &mut HolstApp) {
    let lang = app.lang;
    let mut chosen = None;
    let mut close = false;
    let resp = egui::Modal::new(Id::unique("holst-gallery")).show(ctx, |ui| {
        ui.heading(T::Gallery.get(lang));
        ui.label(T::GalleryHint.get(lang));
        ui.add_space(6.0);
        for t in TEMPLATES {
            let button = egui::Button::new(format!("{}\n{}", t.title(), t.id))
                .min_size(egui::vec2(320.0, 36.0));
            if ui.add(button).clicked() {
                chosen = Some(t.id);
            }
        }
        ui.add_space(6.0);
        close = ui.button(T::Cancel.get(lang)).clicked();
    });
    if close || resp.should_close() {
        app.modal = None;
    }
    if let Some(id) = chosen {
        app.modal = None;
        app.request(ctx, Pending::New(id));
    }
}

/// A message with a Close button.
pub(super) fn notice(
    ctx: &egui::Context,
    app: &mut HolstApp,
    id: &str,
    heading: &str,
    lines: &[&str],
) {
    let close = T::Close.get(app.lang);
    let resp = egui::Modal::new(Id::unique(id)).show(ctx, |ui| {
        ui.heading(heading);
        for line in lines {
            ui.label(*line);
        }
        ui.button(close).clicked()
    });
    if resp.inner || resp.should_close() {
        app.modal = None;
    }
}
