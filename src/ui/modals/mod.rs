//! Dialogs drawn over the window: unsaved changes, template gallery, recovery copies,
//! files open elsewhere or changed on disk, import warnings, export, errors, about.

mod about_version;
mod files;
mod recovery;
mod share;

pub use about_version::AboutForm;

use std::path::PathBuf;

use eframe::egui::{self, Id};

use crate::i18n::T;
use crate::storage::autosave::Leftover;
use crate::templates::TEMPLATES;
use crate::ui::export_dialog::ExportForm;
use crate::ui::file_browser::{FileBrowser, Outcome, Purpose};
use crate::ui::{Ctx, Intent, Pending};

/// A dialog shown over the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// Save / Don't save / Cancel before doing something that would drop changes.
    Unsaved(Pending),
    /// The template gallery of File → New.
    Gallery,
    /// Recovery copies left by editors that crashed or were killed, newest first.
    Recovery(Vec<Leftover>),
    /// Asks before a recovery copy is deleted for good.
    DiscardCopy(Leftover),
    /// The file is open in another Holst window: open it read-only, anyway, or not.
    Locked {
        /// The file.
        path: PathBuf,
        /// The other window's process id, when known.
        pid: Option<u32>,
    },
    /// The document's file changed on disk since it was read or saved.
    Conflict {
        /// Asked while saving (offers Overwrite and Save as) rather than on noticing.
        saving: bool,
        /// What to do once the document is saved.
        then: Option<Pending>,
    },
    /// Asks before unsaved changes are dropped to load the file from disk.
    ConfirmReload,
    /// Every warning of the last Markdown import.
    Warnings,
    /// An error message.
    Error(String),
    /// A PDF was written, but with warnings (characters no font has).
    ExportWarnings {
        /// The PDF written.
        path: PathBuf,
        /// The warnings, in the window's language.
        lines: Vec<String>,
    },
    /// Help → About.
    About,
    /// File → Export PDF…: the choices so far.
    Export(ExportForm),
    /// File → Share…: the server typed so far, then the link to send.
    Share {
        /// The sync server's URL.
        server: String,
        /// The link, once shared.
        link: Option<String>,
    },
    /// File → Open shared…: the link typed so far.
    OpenShared {
        /// The link.
        link: String,
    },
    /// Waiting for the sync server (at this address or link) to share or open a model.
    Connecting(String),
    /// The editor's own file browser, when the system's dialog cannot be shown.
    Browse(Box<FileBrowser>),
    /// Version → Descriptions and social enterprise…: the draft so far.
    AboutVersion(Box<AboutForm>),
}

/// Shows the dialog `modal` holds, if any. An answer closes it (sets it to `None`) and is
/// returned for the app to act on.
pub fn show(ctx: &egui::Context, app: &Ctx<'_>, modal: &mut Option<Modal>) -> Vec<Intent> {
    let Some(shown) = modal.clone() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let close = match shown {
        Modal::Unsaved(pending) => unsaved(ctx, app, pending, &mut out).into(),
        Modal::Gallery => gallery(ctx, app, &mut out).into(),
        Modal::Recovery(list) => recovery::list(ctx, app, &list, &mut out),
        Modal::DiscardCopy(leftover) => recovery::discard(ctx, app, &leftover, &mut out).into(),
        Modal::Locked { path, pid } => files::locked(ctx, app, &path, pid, &mut out).into(),
        Modal::Conflict { saving, then } => {
            files::conflict(ctx, app, saving, then, &mut out).into()
        }
        Modal::ConfirmReload => files::confirm_reload(ctx, app, &mut out).into(),
        Modal::Warnings => files::warnings(ctx, app).into(),
        Modal::Export(mut form) => match crate::ui::export_dialog::show(ctx, app, &mut form) {
            Some(intent) => {
                out.extend(intent);
                Step::Close
            }
            None => Step::Then(Modal::Export(form)),
        },
        Modal::Share { server, link } => share::share(ctx, app, server, link, &mut out),
        Modal::OpenShared { link } => share::open_shared(ctx, app, link, &mut out),
        Modal::Connecting(to) => share::connecting(ctx, app, &to, &mut out),
        Modal::Browse(mut b) => match crate::ui::file_browser::show(ctx, app, &mut b) {
            None => Step::Then(Modal::Browse(b)),
            Some(outcome) => match (b.purpose, outcome) {
                (Purpose::Export(mut form), Outcome::Picked(path)) => {
                    form.dest = path.display().to_string();
                    Step::Then(Modal::Export(*form))
                }
                (Purpose::Export(form), Outcome::Cancelled) => Step::Then(Modal::Export(*form)),
                (purpose, Outcome::Picked(path)) => {
                    out.push(Intent::Browsed(purpose, path));
                    Step::Close
                }
                (_, Outcome::Cancelled) => Step::Close,
            },
        },
        Modal::AboutVersion(form) => about_version::show(ctx, app, *form, &mut out),
        Modal::Error(message) => {
            let heading = T::Error.get(app.lang);
            notice(ctx, app, "holst-error", heading, &[message.as_str()]).into()
        }
        Modal::ExportWarnings { path, lines } => {
            let body = T::ExportWarningsBody.fill(app.lang, &path.display().to_string());
            let mut all = vec![body.as_str()];
            all.extend(lines.iter().map(String::as_str));
            let heading = T::ExportWarnings.get(app.lang);
            notice(ctx, app, "holst-export-warnings", heading, &all).into()
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
            notice(ctx, app, "holst-about", "Holst", &lines).into()
        }
    };
    match close {
        Step::Open => {}
        Step::Close => *modal = None,
        Step::Then(next) => *modal = Some(next),
    }
    out
}

/// What a dialog does after this frame.
pub(super) enum Step {
    /// It stays open.
    Open,
    /// It was answered and closes.
    Close,
    /// It was answered and this dialog takes its place (a confirmation).
    Then(Modal),
}

impl From<bool> for Step {
    fn from(closed: bool) -> Self {
        if closed { Step::Close } else { Step::Open }
    }
}

/// Save / Don't save / Cancel before an action that would drop unsaved changes; `true`
/// when answered.
fn unsaved(ctx: &egui::Context, app: &Ctx<'_>, pending: Pending, out: &mut Vec<Intent>) -> bool {
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
        Some(Some(save)) => {
            out.push(Intent::AnswerUnsaved(pending, save));
            true
        }
        Some(None) => true,
        None => false,
    }
}

/// File → New: the shipped templates; `true` when closed.
fn gallery(ctx: &egui::Context, app: &Ctx<'_>, out: &mut Vec<Intent>) -> bool {
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
    if let Some(id) = chosen {
        out.push(Intent::Request(Pending::New(id)));
        return true;
    }
    close || resp.should_close()
}

/// A message with a Close button; `true` when closed.
pub(super) fn notice(
    ctx: &egui::Context,
    app: &Ctx<'_>,
    id: &str,
    heading: &str,
    lines: &[&str],
) -> bool {
    let close = T::Close.get(app.lang);
    let resp = egui::Modal::new(Id::unique(id)).show(ctx, |ui| {
        ui.heading(heading);
        for line in lines {
            ui.label(*line);
        }
        ui.button(close).clicked()
    });
    resp.inner || resp.should_close()
}
