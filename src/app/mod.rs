//! The editor window: an `eframe::App` holding the open document and the UI state.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use eframe::egui;

use crate::model::{Lang, Model, VersionId};
use crate::storage;
use crate::templates::{DEFAULT_TEMPLATE, Template};
use crate::ui::{canvas::CanvasState, fonts};

/// The open document: the model and where it lives on disk.
#[derive(Debug)]
pub struct Document {
    /// The model being edited.
    pub model: Model,
    /// The file it was read from and is saved to; `None` for a new, unsaved model.
    pub path: Option<PathBuf>,
    /// The version shown on the canvas.
    pub current: VersionId,
}

impl Document {
    /// A document for a model that has no file yet.
    pub fn new_unsaved(model: Model) -> Self {
        let current = model.versions.first().map_or(VersionId(1), |v| v.id);
        Self {
            model,
            path: None,
            current,
        }
    }

    /// Reads a document from a file.
    pub fn open(path: &Path) -> Result<Self> {
        let loaded = storage::load(path)?;
        let mut doc = Self::new_unsaved(loaded.model);
        doc.path = Some(path.to_path_buf());
        Ok(doc)
    }

    /// The window title: model title, file name.
    pub fn window_title(&self) -> String {
        let file = self
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| "unsaved".to_owned(), |n| n.to_string_lossy().into_owned());
        format!("{} — {} — Holst", self.model.title, file)
    }
}

/// The application: one document, its canvas state and the interface language.
pub struct HolstApp {
    /// The open document.
    pub doc: Document,
    /// Canvas views and caches.
    pub canvas: CanvasState,
    /// Interface language.
    pub lang: Lang,
    title_shown: String,
}

impl HolstApp {
    /// A new app on a document; installs the fonts in the context.
    pub fn new(ctx: &egui::Context, doc: Document) -> Self {
        fonts::install(ctx);
        ctx.set_theme(egui::Theme::Light);
        Self {
            doc,
            canvas: CanvasState::default(),
            lang: Lang::Ru,
            title_shown: String::new(),
        }
    }
}

impl eframe::App for HolstApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let title = self.doc.window_title();
        if title != self.title_shown {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
        let version = self
            .doc
            .model
            .version(self.doc.current)
            .or_else(|| self.doc.model.versions.first())
            .cloned();
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| {
            if let Some(version) = &version {
                self.canvas.show(ui, version, self.lang);
            }
        });
    }
}

/// Opens the editor window on a file, or on the default template as a new model.
pub fn run(file: Option<PathBuf>) -> Result<()> {
    let doc = match &file {
        Some(path) => Document::open(path)?,
        None => {
            let template = Template::find(DEFAULT_TEMPLATE).context("the default template is missing")?;
            Document::new_unsaved(template.model()?)
        }
    };
    let title = doc.window_title();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id("holst")
            .with_inner_size([1280.0, 860.0])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native("Holst", options, Box::new(move |cc| Ok(Box::new(HolstApp::new(&cc.egui_ctx, doc)))))
        .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
