//! File → Share… (the server to share through, then the link to send) and File → Open
//! shared… (the link someone sent).

use eframe::egui::{self, Id};

use super::Step;
use crate::i18n::T;
use crate::ui::{Ctx, Intent, Modal, Pending};

/// File → Share…: with no link yet, asks for the server; then shows the link.
pub(super) fn share(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    mut server: String,
    link: Option<String>,
    out: &mut Vec<Intent>,
) -> Step {
    let lang = app.lang;
    let mut step = Step::Open;
    let resp = egui::Modal::new(Id::unique("holst-share")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(T::ShareTitle.get(lang));
        ui.label(T::ShareBody.get(lang));
        ui.add_space(8.0);
        if let Some(link) = &link {
            let label = ui.label(T::ShareLink.get(lang));
            let mut shown = link.clone();
            ui.add(egui::TextEdit::singleline(&mut shown).desired_width(500.0))
                .labelled_by(label.id);
            ui.horizontal(|ui| {
                if ui.button(T::ShareCopy.get(lang)).clicked() {
                    out.push(Intent::CopyText(link.clone()));
                }
                if ui.button(T::Close.get(lang)).clicked() {
                    step = Step::Close;
                }
            });
            return;
        }
        match field_form(
            ui,
            lang,
            (T::ShareServer, 360.0),
            &mut server,
            T::ShareStart,
        ) {
            Some(FormAnswer::Ok(server)) => {
                out.push(Intent::Share(server));
                step = Step::Close;
            }
            Some(FormAnswer::Cancel) => step = Step::Close,
            None => {}
        }
    });
    if resp.should_close() {
        return Step::Close;
    }
    match step {
        Step::Open => Step::Then(Modal::Share { server, link }),
        other => other,
    }
}

/// File → Open shared…: the link to join.
pub(super) fn open_shared(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    mut link: String,
    out: &mut Vec<Intent>,
) -> Step {
    let lang = app.lang;
    let mut step = Step::Open;
    let resp = egui::Modal::new(Id::unique("holst-open-shared")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(T::OpenSharedTitle.get(lang));
        ui.label(T::OpenSharedBody.get(lang));
        ui.add_space(8.0);
        match field_form(ui, lang, (T::OpenSharedLink, 400.0), &mut link, T::Join) {
            Some(FormAnswer::Ok(link)) => {
                out.push(Intent::Request(Pending::Join(link)));
                step = Step::Close;
            }
            Some(FormAnswer::Cancel) => step = Step::Close,
            None => {}
        }
    });
    if resp.should_close() {
        return Step::Close;
    }
    match step {
        Step::Open => Step::Then(Modal::OpenShared { link }),
        other => other,
    }
}

/// What a [`field_form`] was answered with.
enum FormAnswer {
    /// `ok`, with the field's text trimmed.
    Ok(String),
    /// Cancel.
    Cancel,
}

/// A labelled one-line field (label, width) over a row of `ok` (enabled once the field is
/// not blank) and Cancel: the answer once one of them is clicked.
fn field_form(
    ui: &mut egui::Ui,
    lang: crate::model::Lang,
    (label, width): (T, f32),
    text: &mut String,
    ok: T,
) -> Option<FormAnswer> {
    ui.horizontal(|ui| {
        let label = ui.label(label.get(lang));
        ui.add(egui::TextEdit::singleline(text).desired_width(width))
            .labelled_by(label.id);
    });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let ready = !text.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(ok.get(lang)))
            .clicked()
        {
            return Some(FormAnswer::Ok(text.trim().to_owned()));
        }
        ui.button(T::Cancel.get(lang))
            .clicked()
            .then_some(FormAnswer::Cancel)
    })
    .inner
}

/// While the server is reached: where to, and Cancel. It closes when the app has the
/// answer.
pub(super) fn connecting(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    to: &str,
    out: &mut Vec<Intent>,
) -> Step {
    let lang = app.lang;
    let resp = egui::Modal::new(Id::unique("holst-connecting")).show(ctx, |ui| {
        ui.heading(T::Connecting.get(lang));
        ui.label(to);
        ui.spinner();
        ui.button(T::Cancel.get(lang)).clicked()
    });
    if resp.inner || resp.should_close() {
        out.push(Intent::CancelConnecting);
        return Step::Close;
    }
    Step::Open
}
