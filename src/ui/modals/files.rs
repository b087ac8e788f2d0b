//! Questions about the document's file: open in another window, changed on disk, reload,
//! and the warnings of a Markdown import.

use std::path::Path;

use eframe::egui::{self, Id};

use crate::document::file_name;
use crate::i18n::T;
use crate::storage::stamp::DiskState;
use crate::ui::{ConflictAnswer, Ctx, Intent, Pending};

/// The file is open in another Holst window: open it read-only, anyway, or not; `true`
/// when answered.
pub(super) fn locked(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    path: &Path,
    pid: Option<u32>,
    out: &mut Vec<Intent>,
) -> bool {
    let lang = app.lang;
    let name = file_name(path);
    let mut answer = None;
    let resp = egui::Modal::new(Id::unique("holst-locked")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(T::LockedTitle.get(lang));
        ui.label(T::LockedBody.fill(lang, &name));
        if let Some(pid) = pid {
            ui.label(egui::RichText::new(T::LockedPid.fill(lang, &pid.to_string())).weak());
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(T::OpenReadOnly.get(lang)).clicked() {
                answer = Some(Some(true));
            }
            if ui.button(T::OpenAnyway.get(lang)).clicked() {
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
    let Some(choice) = answer else {
        return false;
    };
    if let Some(read_only) = choice {
        out.push(Intent::OpenUnlocked {
            path: path.to_path_buf(),
            read_only,
        });
    }
    true
}

/// The document's file changed on disk: reload, overwrite, save as, or keep mine; `true`
/// when answered.
pub(super) fn conflict(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    saving: bool,
    then: Option<Pending>,
    out: &mut Vec<Intent>,
) -> bool {
    let lang = app.lang;
    let name = app.doc.file_name().unwrap_or_default();
    let missing = app.disk == DiskState::Missing;
    let mut answer = None;
    let resp = egui::Modal::new(Id::unique("holst-conflict")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(T::ConflictTitle.get(lang));
        let what = if missing {
            T::ConflictMissing
        } else {
            T::ConflictChanged
        };
        ui.label(what.fill(lang, &name));
        if saving && !missing {
            ui.label(T::ConflictSaving.get(lang));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if !missing && ui.button(T::Reload.get(lang)).clicked() {
                answer = Some(ConflictAnswer::Reload);
            }
            if saving {
                let overwrite = if missing { T::Save } else { T::Overwrite };
                if ui.button(overwrite.get(lang)).clicked() {
                    answer = Some(ConflictAnswer::Overwrite);
                }
                if ui.button(T::SaveAs.get(lang)).clicked() {
                    answer = Some(ConflictAnswer::SaveAs);
                }
                if ui.button(T::Cancel.get(lang)).clicked() {
                    answer = Some(ConflictAnswer::Keep);
                }
            } else if ui.button(T::KeepMine.get(lang)).clicked() {
                answer = Some(ConflictAnswer::Keep);
            }
        });
    });
    if resp.should_close() && answer.is_none() {
        answer = Some(ConflictAnswer::Keep);
    }
    let Some(answer) = answer else {
        return false;
    };
    out.push(Intent::AnswerConflict(answer, then));
    true
}

/// Asks before the changes in the window are dropped to read the file again; `true` when
/// answered.
pub(super) fn confirm_reload(ctx: &egui::Context, app: &Ctx<'_>, out: &mut Vec<Intent>) -> bool {
    let lang = app.lang;
    let mut answer = None;
    let resp = egui::Modal::new(Id::unique("holst-confirm-reload")).show(ctx, |ui| {
        ui.heading(T::UnsavedTitle.get(lang));
        ui.label(T::ReloadConfirm.get(lang));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(T::ReloadDrop.get(lang)).clicked() {
                answer = Some(true);
            }
            if ui.button(T::Cancel.get(lang)).clicked() {
                answer = Some(false);
            }
        });
    });
    if resp.should_close() && answer.is_none() {
        answer = Some(false);
    }
    let Some(reload) = answer else {
        return false;
    };
    if reload {
        out.push(Intent::Perform(Pending::Reload));
    }
    true
}

/// Every warning of the last Markdown import, with its line; `true` when closed.
pub(super) fn warnings(ctx: &egui::Context, app: &Ctx<'_>) -> bool {
    let lang = app.lang;
    let Some((file, list)) = app.warnings else {
        return true;
    };
    let name = file_name(file);
    let lines: Vec<String> = list.iter().map(|w| w.describe(lang)).collect();
    let resp = egui::Modal::new(Id::unique("holst-warnings")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(T::ImportWarnings.get(lang));
        ui.label(T::ImportWarningsBody.fill(lang, &name));
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                for line in &lines {
                    ui.label(line);
                }
            });
        ui.add_space(6.0);
        ui.button(T::Close.get(lang)).clicked()
    });
    resp.inner || resp.should_close()
}
