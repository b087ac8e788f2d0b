//! The editor window: an `eframe::App` holding the open document and the UI state.
//!
//! Panels in `ui` draw and report what the user asked for; this module turns those
//! requests into operations on the document (through its history), file actions and
//! dialogs.

mod actions;
pub mod clipboard;
pub mod commands;
pub mod dialogs;
mod files;
mod pending;
mod recovery;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use anyhow::Result;
use eframe::egui;

pub use dialogs::{Dialogs, FileKind, NativeDialogs, ScriptedDialogs};
pub(crate) use files::file_name;
pub use files::{ConflictAnswer, Opened, Pending};
pub use holst_core::document::Document;
pub use recovery::{AUTOSAVE_AFTER, AUTOSAVE_RETRY};

use crate::i18n::{self, T};
use crate::model::{Lang, LayoutKind, Model};
use crate::storage::autosave::Leftover;
use crate::storage::config::{Config, Dirs};
use crate::storage::lock::FileLock;
use crate::storage::stamp::DiskState;
use crate::templates::{DEFAULT_TEMPLATE, Template};
use crate::ui::{self, canvas::CanvasState, fonts};

/// A dialog shown over the window.
#[derive(Debug, Clone)]
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
    /// Help → About.
    About,
    /// File → Export PDF…: the choices so far.
    Export(ui::export_dialog::ExportForm),
}

/// What the app needs from its surroundings; tests replace the dialogs and folders.
pub struct Env {
    /// Folders for settings, recovery copies and locks; `None` keeps nothing between runs.
    pub dirs: Option<Dirs>,
    /// File dialogs.
    pub dialogs: Box<dyn Dialogs>,
    /// Interface language; `None` takes it from the settings, then the system locale.
    pub lang: Option<Lang>,
}

impl Env {
    /// The real environment: platform folders and native dialogs.
    pub fn native() -> Self {
        Self {
            dirs: Dirs::platform(),
            dialogs: Box::new(NativeDialogs),
            lang: None,
        }
    }
}

/// The application: one document, its canvas state and the interface language.
#[allow(clippy::struct_excessive_bools)] // independent panel toggles, not a state machine
pub struct HolstApp {
    /// The open document.
    pub doc: Document,
    /// Canvas views, selection, text editing.
    pub canvas: CanvasState,
    /// Interface language.
    pub lang: Lang,
    /// Persisted settings.
    pub config: Config,
    /// The dialog shown over the window, if any.
    pub modal: Option<Modal>,
    /// Dialogs waiting for the one shown to close, first first.
    pub queued: VecDeque<Modal>,
    /// A short message in the status line (saved, errors of background work).
    pub status: Option<String>,
    /// The file and warnings of the last Markdown import (listed in a dialog).
    pub warnings: Option<(PathBuf, Vec<crate::storage::Warning>)>,
    /// The document's file as last seen on disk: changed by another program or not.
    pub disk: DiskState,
    /// Whether the colour legend panel is open.
    pub show_legend: bool,
    /// Whether the hypothesis cards panel is open.
    pub show_cards: bool,
    /// Whether the compare view replaces the canvas.
    pub compare: bool,
    /// State of the compare view.
    pub compare_view: ui::compare::CompareView,
    /// The new name being typed for the current version (Version → Rename).
    pub renaming: Option<String>,
    dirs: Option<Dirs>,
    recovery: Option<recovery::Recovery>,
    lock: Option<FileLock>,
    dialogs: Box<dyn Dialogs>,
    allow_close: bool,
    /// Commands waiting for a text field to commit its text (run at the end of the frame).
    after_frame: Vec<commands::Command>,
    clipboard: String,
    title_shown: String,
    export: Option<std::sync::mpsc::Receiver<Result<PathBuf, String>>>,
}

impl HolstApp {
    /// A new app on a document; installs the fonts and offers the recovery copies left
    /// by editors that crashed.
    pub fn new(ctx: &egui::Context, doc: Document, env: Env) -> Self {
        fonts::install(ctx);
        ctx.set_theme(egui::Theme::Light);
        let config = env
            .dirs
            .as_ref()
            .map(|d| Config::load(&d.config_file))
            .unwrap_or_default();
        let lang = env.lang.or(config.lang).unwrap_or_else(i18n::system_lang);
        let recovery = env
            .dirs
            .as_ref()
            .map(|d| recovery::Recovery::new(&d.recovery_dir));
        let mut app = Self {
            doc,
            canvas: CanvasState::default(),
            lang,
            config,
            modal: None,
            queued: VecDeque::new(),
            status: None,
            warnings: None,
            disk: DiskState::Unchanged,
            show_legend: false,
            show_cards: false,
            compare: false,
            compare_view: ui::compare::CompareView::default(),
            renaming: None,
            dirs: env.dirs,
            recovery,
            lock: None,
            dialogs: env.dialogs,
            allow_close: false,
            after_frame: Vec::new(),
            clipboard: String::new(),
            title_shown: String::new(),
            export: None,
        };
        if let Some(path) = app.doc.path().map(Path::to_path_buf) {
            app.lock = app.try_lock(&path).ok().flatten();
        }
        app.offer_leftovers(None);
        app
    }

    /// The app as the command line starts it: on `file`, or on the default template as a
    /// new model. A file that cannot be opened leaves the window on a new model with the
    /// error shown and the template gallery behind it.
    pub fn start(ctx: &egui::Context, file: Option<&Path>, env: Env) -> Self {
        let model = Template::find(DEFAULT_TEMPLATE)
            .and_then(|t| t.model().ok())
            .unwrap_or_else(|| Model::new("Holst", "1", LayoutKind::Bmc));
        let mut app = Self::new(ctx, Document::new_unsaved(model), env);
        if let Some(path) = file
            && app.open(path) == files::Opened::Failed
        {
            app.push_modal(Modal::Gallery);
        }
        app
    }

    /// The file a recovery copy of this session goes to, if recovery is on.
    pub fn recovery_file(&self) -> Option<PathBuf> {
        self.recovery.as_ref().map(|r| r.file().to_path_buf())
    }

    /// Why the last recovery copy could not be written, while that lasts.
    pub fn recovery_error(&self) -> Option<&str> {
        self.recovery.as_ref().and_then(|r| r.error.as_deref())
    }

    /// Shows a dialog now, or after the ones already shown or waiting.
    pub fn push_modal(&mut self, modal: Modal) {
        if self.modal.is_none() && self.queued.is_empty() {
            self.modal = Some(modal);
        } else {
            self.queued.push_back(modal);
        }
    }

    /// Sets the interface language and remembers it.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        self.config.lang = Some(lang);
        self.save_config();
    }

    fn save_config(&self) {
        if let Some(d) = &self.dirs {
            let _ = self.config.save(&d.config_file);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self
            .doc
            .window_title(T::Unsaved.get(self.lang), self.has_unsaved());
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }
}

impl eframe::App for HolstApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.handle_window_events(&ctx);
        if self.modal.is_none() {
            self.handle_shortcuts(&ctx);
        }
        ui::menu::menu_bar(ui, self);
        ui::status::status_line(ui, self);
        ui::tabs::version_tabs(ui, self);
        if self.show_legend {
            ui::legend::legend_panel(ui, self);
        }
        if self.show_cards {
            ui::cards::cards_panel(ui, self);
        }
        if let Some(version) = self.doc.model().version(self.doc.current()) {
            self.canvas.marks = ui::cards::note_marks(version);
        }
        if self.compare && self.doc.model().versions.len() > 1 {
            ui::compare::compare_view(ui, self);
        } else {
            // The canvas borrows the version (no copy per frame) and reports events, which
            // are applied once it is done drawing.
            let events = egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    match self.doc.model().version(self.doc.current()) {
                        Some(version) => self.canvas.show(ui, version, self.lang),
                        None => Vec::new(),
                    }
                })
                .inner;
            for event in events {
                self.canvas_event(&ctx, event);
            }
        }
        if let Some(rect) = ctx.input(|i| i.viewport().inner_rect) {
            self.config.window_size = Some([rect.width(), rect.height()]);
        }
        self.run_after_frame(&ctx);
        if self.modal.is_none() {
            self.modal = self.queued.pop_front();
        }
        ui::modals::show(&ctx, self);
        self.poll_export();
        self.update_title(&ctx);
        self.autosave_tick(&ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Reached only once the user saved or chose not to (the close request asks).
        if let Some(r) = &mut self.recovery {
            r.discard_own();
        }
        self.save_config();
    }
}

/// Opens the editor window on a file, or on the default template as a new model. A file
/// that cannot be opened is reported in the window.
pub fn run(file: Option<&Path>) -> Result<()> {
    let env = Env::native();
    let size = env
        .dirs
        .as_ref()
        .and_then(|d| Config::load(&d.config_file).window_size)
        .unwrap_or([1280.0, 860.0]);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Holst")
            .with_app_id("holst")
            .with_inner_size(size)
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let file = file.map(Path::to_path_buf);
    eframe::run_native(
        "Holst",
        options,
        Box::new(move |cc| {
            Ok(Box::new(HolstApp::start(
                &cc.egui_ctx,
                file.as_deref(),
                env,
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
