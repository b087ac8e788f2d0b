//! Recovery copies left by editors that crashed or were killed: every one listed, newest
//! first, to restore or (deliberately) delete; "Later" keeps them all.

use std::time::SystemTime;

use eframe::egui::{self, Id, RichText};

use super::Step;
use crate::i18n::{self, T};
use crate::storage::autosave::Leftover;
use crate::ui::{Ctx, Intent, Modal, Pending};

enum Answer {
    Restore(usize),
    Discard(usize),
    Later,
}

/// The list of copies left behind.
pub(super) fn list(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    list: &[Leftover],
    out: &mut Vec<Intent>,
) -> Step {
    let lang = app.lang;
    let mut answer = None;
    let resp = egui::Modal::new(Id::unique("holst-recovery")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(T::RecoveryTitle.get(lang));
        ui.label(if list.is_empty() {
            T::RecoveryNone.get(lang)
        } else {
            T::RecoveryBody.get(lang)
        });
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                for (i, leftover) in list.iter().enumerate() {
                    ui.group(|ui| {
                        ui.set_width(ui.available_width());
                        describe(ui, app, leftover);
                        ui.horizontal(|ui| {
                            if leftover.content.is_ok() && ui.button(T::Restore.get(lang)).clicked()
                            {
                                answer = Some(Answer::Restore(i));
                            }
                            if ui.button(T::Discard.get(lang)).clicked() {
                                answer = Some(Answer::Discard(i));
                            }
                        });
                    });
                }
            });
        ui.add_space(6.0);
        let later = if list.is_empty() { T::Close } else { T::Later };
        if ui.button(later.get(lang)).clicked() {
            answer = Some(Answer::Later);
        }
    });
    if resp.should_close() && answer.is_none() {
        answer = Some(Answer::Later);
    }
    match answer {
        Some(Answer::Restore(i)) => {
            out.push(Intent::Request(Pending::Restore(list[i].file.clone())));
            Step::Close
        }
        Some(Answer::Discard(i)) => Step::Then(Modal::DiscardCopy(list[i].clone())),
        Some(Answer::Later) => Step::Close,
        None => Step::Open,
    }
}

/// Title, file, age and size of a copy, or why it cannot be read (and where it is).
fn describe(ui: &mut egui::Ui, app: &Ctx<'_>, leftover: &Leftover) {
    let lang = app.lang;
    let age = SystemTime::now()
        .duration_since(leftover.written)
        .unwrap_or_default();
    let written = T::RecoveryWritten.fill(lang, &i18n::ago(lang, age));
    match &leftover.content {
        Ok(summary) => {
            ui.label(RichText::new(&summary.title).strong());
            let file = summary.original.as_ref().map_or_else(
                || T::RecoveryNewModel.get(lang).to_owned(),
                |p| p.display().to_string(),
            );
            ui.label(file);
            ui.label(
                RichText::new(format!(
                    "{written} · {}",
                    T::Notes.count(lang, summary.notes)
                ))
                .weak(),
            );
        }
        Err(e) => {
            ui.label(T::RecoveryUnreadable.fill(lang, e));
            ui.label(RichText::new(written).weak());
        }
    }
}

/// Asks before a copy is deleted for good; `true` when answered.
pub(super) fn discard(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    leftover: &Leftover,
    out: &mut Vec<Intent>,
) -> bool {
    let lang = app.lang;
    let name = match &leftover.content {
        Ok(s) => s.title.clone(),
        Err(_) => leftover.file.display().to_string(),
    };
    let mut answer = None;
    let resp = egui::Modal::new(Id::unique("holst-discard-copy")).show(ctx, |ui| {
        ui.heading(T::DiscardTitle.get(lang));
        ui.label(T::DiscardBody.fill(lang, &name));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(T::Delete.get(lang)).clicked() {
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
    match answer {
        Some(true) => out.push(Intent::DiscardCopy(leftover.file.clone())),
        Some(false) => out.push(Intent::ShowLeftovers),
        None => return false,
    }
    true
}
