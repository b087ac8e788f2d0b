//! The editor window: an `eframe::App` holding the open document and the UI state.
//!
//! Panels in `ui` draw and report what the user asked for; this module turns those
//! requests into operations on the document (through its history), file actions and
//! dialogs.

mod actions;
pub mod clipboard;
pub mod commands;
pub mod dialogs;
pub mod document;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use eframe::egui;

pub use actions::Pending;
pub use dialogs::{Dialogs, FileKind, NativeDialogs, ScriptedDialogs};
pub use document::Document;

use crate::i18n::{self, T};
use crate::model::Lang;
use crate::storage::autosave::{Autosave, Recovered};
use crate::storage::config::{Config, Dirs};
use crate::templates::{DEFAULT_TEMPLATE, Template};
use crate::ui::{self, canvas::CanvasState, fonts};

/// How long after the last change a recovery copy is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(3);

/// A dialog shown over the window.
#[derive(Debug, Clone)]
pub enum Modal {
    /// Save / Don't save / Cancel before doing something that would drop changes.
    Unsaved(Pending),
    /// The template gallery of File → New.
    Gallery,
    /// A recovery copy left by a crash, offered at start.
    Recovery(Box<Recovered>),
    /// An error message.
    Error(String),
    /// Help → About.
    About,
    /// File → Export PDF…: the choices so far.
    Export(ui::export_dialog::ExportForm),
}

/// What the app needs from its surroundings; tests replace the dialogs and folders.
pub struct Env {
    /// Folders for settings and recovery copies; `None` keeps nothing between runs.
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
    /// A short message in the status line (saved, errors of background work).
    pub status: Option<String>,
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
    autosave: Option<Autosave>,
    dialogs: Box<dyn Dialogs>,
    allow_close: bool,
    clipboard: String,
    title_shown: String,
    export: Option<std::sync::mpsc::Receiver<Result<PathBuf, String>>>,
}

impl HolstApp {
    /// A new app on a document; installs the fonts and offers recovery copies left by a
    /// crash.
    pub fn new(ctx: &egui::Context, doc: Document, env: Env) -> Self {
        fonts::install(ctx);
        ctx.set_theme(egui::Theme::Light);
        let config = env
            .dirs
            .as_ref()
            .map(|d| Config::load(&d.config_file))
            .unwrap_or_default();
        let lang = env.lang.or(config.lang).unwrap_or_else(i18n::system_lang);
        let autosave = env.dirs.as_ref().map(|d| Autosave::new(&d.recovery_dir));
        let modal = autosave
            .as_ref()
            .and_then(|a| a.leftovers().into_iter().next())
            .map(|r| Modal::Recovery(Box::new(r)));
        Self {
            doc,
            canvas: CanvasState::default(),
            lang,
            config,
            modal,
            status: None,
            show_legend: false,
            show_cards: false,
            compare: false,
            compare_view: ui::compare::CompareView::default(),
            renaming: None,
            dirs: env.dirs,
            autosave,
            dialogs: env.dialogs,
            allow_close: false,
            clipboard: String::new(),
            title_shown: String::new(),
            export: None,
        }
    }

    /// The file a recovery copy of this process goes to, if recovery is on.
    pub fn recovery_file(&self) -> Option<PathBuf> {
        self.autosave.as_ref().map(|a| a.file().to_path_buf())
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

    /// Writes a recovery copy when the document has had unsaved changes for a while.
    fn autosave_tick(&mut self, ctx: &egui::Context) {
        let Some(autosave) = &self.autosave else {
            return;
        };
        if !self.doc.is_dirty() {
            return;
        }
        let revision = self.doc.history.revision();
        if self.doc.autosaved_revision == Some(revision) {
            return;
        }
        let since = self.doc.last_change.map_or(AUTOSAVE_DELAY, |t| t.elapsed());
        if since >= AUTOSAVE_DELAY {
            if autosave
                .write(&self.doc.model, self.doc.path.as_deref())
                .is_ok()
            {
                self.doc.autosaved_revision = Some(revision);
            }
        } else {
            ctx.request_repaint_after(AUTOSAVE_DELAY.saturating_sub(since));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.window_title(T::Unsaved.get(self.lang));
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
        if let Some(version) = self.doc.model.version(self.doc.current) {
            self.canvas.marks = ui::cards::note_marks(version);
        }
        if self.compare && self.doc.model.versions.len() > 1 {
            ui::compare::compare_view(ui, self);
        } else {
            // The canvas borrows the version (no copy per frame) and reports events, which
            // are applied once it is done drawing.
            let events = egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| match self.doc.model.version(self.doc.current) {
                    Some(version) => self.canvas.show(ui, version, self.lang),
                    None => Vec::new(),
                })
                .inner;
            for event in events {
                self.canvas_event(&ctx, event);
            }
        }
        if let Some(rect) = ctx.input(|i| i.viewport().inner_rect) {
            self.config.window_size = Some([rect.width(), rect.height()]);
        }
        ui::modals::show(&ctx, self);
        self.poll_export();
        self.update_title(&ctx);
        self.autosave_tick(&ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(a) = &self.autosave {
            a.remove();
        }
        self.save_config();
    }
}

/// Opens the editor window on a file, or on the default template as a new model.
pub fn run(file: Option<&Path>) -> Result<()> {
    let doc = if let Some(path) = file {
        Document::open(path)?.0
    } else {
        let template =
            Template::find(DEFAULT_TEMPLATE).context("the default template is missing")?;
        Document::new_unsaved(template.model()?)
    };
    let env = Env::native();
    let size = env
        .dirs
        .as_ref()
        .and_then(|d| Config::load(&d.config_file).window_size)
        .unwrap_or([1280.0, 860.0]);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(doc.window_title("Holst"))
            .with_app_id("holst")
            .with_inner_size(size)
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Holst",
        options,
        Box::new(move |cc| Ok(Box::new(HolstApp::new(&cc.egui_ctx, doc, env)))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
