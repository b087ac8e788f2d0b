//! The editor window: an `eframe::App` holding the open document and the UI state.
//!
//! Panels in `ui` draw and report what the user asked for; this module turns those
//! requests into operations on the document (through its history), file actions and
//! dialogs.

mod actions;
mod arrange;
mod browse;
pub mod clipboard;
pub mod dialogs;
mod files;
mod intents;
mod pending;
mod recovery;
mod share;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use anyhow::Result;
use eframe::egui;

pub use dialogs::{Answer, Dialogs, FileKind, NativeDialogs, ScriptedDialogs};
pub use files::Opened;
pub use holst_core::document::Document;
pub use recovery::{AUTOSAVE_AFTER, AUTOSAVE_RETRY};

pub use crate::ui::{ConflictAnswer, Modal, Pending};

use crate::command::Command;
use crate::i18n::{self, T};
use crate::model::{Lang, LayoutKind, Model};
use crate::storage::config::{Config, Dirs};
use crate::storage::lock::FileLock;
use crate::storage::stamp::DiskState;
use crate::templates::{DEFAULT_TEMPLATE, Template};
use crate::ui::{self, canvas::CanvasState, fonts};

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
            dialogs: Box::new(NativeDialogs::default()),
            lang: None,
        }
    }
}

/// What a background export ends with: the status line, the file written (the first
/// picture's name for several) and the warnings in the window's language; or the error.
type ExportResult = Result<(String, PathBuf, Vec<String>), String>;

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
    /// Whether the canvas checker panel is open.
    pub show_checker: bool,
    /// Whether the segment panel (profile, ties) is open.
    pub show_segments: bool,
    /// The block whose guidance the checker panel shows.
    pub checker_focus: Option<crate::model::BlockId>,
    /// Guided mode's walk through the blocks, while it is on.
    pub guided: Option<crate::method::guidance::GuidedMode>,
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
    after_frame: Vec<crate::command::Command>,
    clipboard: String,
    title_shown: String,
    /// The result of a background export, when one runs.
    export: Option<std::sync::mpsc::Receiver<ExportResult>>,
    /// The live share of the open model, if it is shared.
    sharing: Option<share::Sharing>,
    /// A share or join waiting for the server.
    connecting: Option<share::Connecting>,
    /// The window's context, for sessions to wake it when others' changes arrive.
    ctx: egui::Context,
    /// The file the last export wrote, offered to open from the status line.
    exported: Option<PathBuf>,
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
            show_checker: false,
            show_segments: false,
            checker_focus: None,
            guided: None,
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
            sharing: None,
            connecting: None,
            ctx: ctx.clone(),
            exported: None,
        };
        app.prune_recent();
        if let Some(path) = app.doc.path().map(Path::to_path_buf) {
            app.lock = app.try_lock(&path).ok().flatten();
            app.resume_share();
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
        if let Some(version) = self.doc.model().version(self.doc.current()) {
            self.canvas.marks = ui::cards::note_marks(version);
            for (id, marks) in ui::segments::segment_marks(version) {
                self.canvas.marks.entry(id).or_default().extend(marks);
            }
        }
        // Panels draw from a read-only view and their own state; what the user asked for
        // is applied once everything is drawn.
        let enabled: Vec<Command> = Command::ALL
            .into_iter()
            .filter(|c| self.enabled(*c))
            .collect();
        let unsaved = self.has_unsaved();
        let shown_zoom = self.canvas.shown_zoom(self.doc.current());
        let mut intents = Vec::new();
        {
            let view = ui::Ctx {
                doc: &self.doc,
                lang: self.lang,
                enabled: &enabled,
                show_legend: self.show_legend,
                show_cards: self.show_cards,
                show_checker: self.show_checker,
                guided: self.guided.is_some(),
                show_segments: self.show_segments,
                compare: self.compare,
                recent: &self.config.recent,
                status: self.status.as_deref(),
                disk: self.disk,
                unsaved,
                recovery_error: self.recovery.as_ref().and_then(|r| r.error.as_deref()),
                warnings: self.warnings.as_ref(),
                zoom: shown_zoom,
                new_colour: self.canvas.new_colour,
                share: self.sharing.as_ref().map(share::Sharing::view),
                exported: self.exported.as_deref(),
            };
            intents.extend(ui::menu::menu_bar(ui, &view));
            intents.extend(ui::status::status_line(ui, &view));
            intents.extend(ui::tabs::version_tabs(ui, &view, &mut self.renaming));
            if self.show_legend {
                intents.extend(ui::legend::legend_panel(ui, &view));
            }
            if self.show_cards {
                intents.extend(ui::cards::cards_panel(ui, &view, &self.canvas.selection));
            }
            if self.show_checker {
                let focus = &mut self.checker_focus;
                intents.extend(ui::checker::checker_panel(ui, &view, focus));
            }
            if self.show_segments {
                let selection = &self.canvas.selection;
                intents.extend(ui::segments::segment_panel(ui, &view, selection));
            }
            if let Some(walk) = &mut self.guided {
                intents.extend(ui::guidance::guided_panel(ui, &view, walk));
            }
            if self.compare && self.doc.model().versions.len() > 1 {
                intents.extend(ui::compare::compare_view(ui, &view, &mut self.compare_view));
            } else {
                // The canvas borrows the version (no copy per frame).
                let canvas = &mut self.canvas;
                let events = egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| {
                        match view.doc.model().version(view.doc.current()) {
                            Some(version) => canvas.show(ui, version, view.lang),
                            None => Vec::new(),
                        }
                    })
                    .inner;
                intents.extend(events.into_iter().map(ui::Intent::from));
            }
            if self.modal.is_none() {
                self.modal = self.queued.pop_front();
            }
            intents.extend(ui::modals::show(&ctx, &view, &mut self.modal));
        }
        // After a resize the fitted canvas's zoom changes while it is drawn, after the
        // status line: one more frame shows the current figure.
        if (self.canvas.shown_zoom(self.doc.current()) - shown_zoom).abs() > 1e-4 {
            ctx.request_repaint();
        }
        for intent in intents {
            self.apply_intent(&ctx, intent);
        }
        if let Some(rect) = ctx.input(|i| i.viewport().inner_rect) {
            self.config.window_size = Some([rect.width(), rect.height()]);
        }
        self.run_after_frame(&ctx);
        self.sync_tick();
        if self.modal.is_none() {
            self.modal = self.queued.pop_front();
        }
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
