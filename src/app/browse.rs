//! Asking for files: the native dialog where it works, else the editor's own browser;
//! the export's destination; files dropped on the window; recent files that are gone.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::dialogs::{Answer, FileKind, MODEL_EXTENSIONS};
use super::files::Saved;
use super::{HolstApp, Modal};
use crate::i18n::T;
use crate::ui::Pending;
use crate::ui::export_dialog::ExportForm;
use crate::ui::file_browser::{FileBrowser, Purpose, home};

impl HolstApp {
    /// The folder of the document's file, or of the file it was imported from.
    pub(super) fn model_folder(&self) -> Option<PathBuf> {
        self.doc
            .path()
            .or(self.doc.imported_from())
            .and_then(Path::parent)
            .filter(|d| d.is_dir())
            .map(Path::to_path_buf)
    }

    /// Where a save of the document is proposed: its folder (an import's folder) and its
    /// name with `.ron`.
    pub(super) fn suggested_save(&self) -> PathBuf {
        let dir = self
            .model_folder()
            .or_else(|| self.places().into_iter().next())
            .unwrap_or_else(home);
        dir.join(self.doc.suggested_name("ron"))
    }

    /// Folders the browser offers: of recent files and of the last export, then home.
    fn places(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = Vec::new();
        let dirs = self
            .config
            .recent
            .iter()
            .filter_map(|p| p.parent().map(Path::to_path_buf))
            .chain(self.config.last_export_dir.clone());
        for dir in dirs {
            if dir.is_dir() && !out.contains(&dir) {
                out.push(dir);
            }
        }
        out
    }

    /// Shows the editor's own browser, saying why the system's dialog is not used.
    fn browse(
        &mut self,
        purpose: Purpose,
        save: bool,
        start: &Path,
        exts: Vec<&'static str>,
        why: String,
    ) {
        let b = FileBrowser::new(purpose, save, start, exts, why, self.places());
        self.modal = Some(Modal::Browse(Box::new(b)));
    }

    /// File → Open (unsaved changes dealt with): the dialog, then the file.
    pub(super) fn ask_open(&mut self) {
        let folder = self
            .model_folder()
            .or_else(|| self.places().into_iter().next());
        match self.dialogs.open_file(self.lang, folder.as_deref()) {
            Answer::Picked(path) => {
                self.open(&path);
            }
            Answer::Cancelled => {}
            Answer::Unavailable(why) => {
                let start = folder.unwrap_or_else(home);
                self.browse(Purpose::Open, false, &start, MODEL_EXTENSIONS.to_vec(), why);
            }
        }
    }

    /// Asks where to save the document: `Ok(Some(path))`, `Ok(None)` when cancelled,
    /// `Err(())` when the editor's browser was shown instead (the save goes on when a
    /// file is chosen there, then `then` runs).
    pub(super) fn ask_save(&mut self, then: Option<Pending>) -> Result<Option<PathBuf>, ()> {
        let suggested = self.suggested_save();
        match self
            .dialogs
            .save_file(self.lang, FileKind::Model, &suggested)
        {
            Answer::Picked(path) => Ok(Some(path)),
            Answer::Cancelled => Ok(None),
            Answer::Unavailable(why) => {
                self.browse(Purpose::Save { then }, true, &suggested, vec!["ron"], why);
                Err(())
            }
        }
    }

    /// A file was chosen in the editor's browser.
    pub(super) fn browsed(&mut self, ctx: &egui::Context, purpose: Purpose, path: &Path) {
        match purpose {
            Purpose::Open => {
                self.open(path);
            }
            Purpose::Save { then } => match self.save_at(path, false) {
                Saved::Yes => {
                    if let Some(then) = then {
                        self.perform(ctx, then);
                    }
                }
                Saved::Conflict => {
                    self.modal = Some(Modal::Conflict { saving: true, then });
                }
                Saved::No | Saved::Browsing => {}
            },
            Purpose::Export(mut form) => {
                form.dest = path.display().to_string();
                self.modal = Some(Modal::Export(*form));
            }
        }
    }

    /// Where an export goes unless the user says otherwise: the model's folder (or the
    /// last export's, or home) and its name with the format's extension.
    pub(super) fn default_export(&self, ext: &str) -> PathBuf {
        let dir = self
            .model_folder()
            .or_else(|| self.config.last_export_dir.clone().filter(|d| d.is_dir()))
            .unwrap_or_else(home);
        dir.join(self.doc.suggested_name(ext))
    }

    /// Browse… of the export form: the dialog, then the form again with the choice.
    pub(super) fn browse_export(&mut self, mut form: ExportForm) {
        let kind = match form.extension() {
            "svg" => FileKind::Svg,
            "png" => FileKind::Png,
            _ => FileKind::Pdf,
        };
        let suggested = form.dest_path();
        match self.dialogs.save_file(self.lang, kind, &suggested) {
            Answer::Picked(path) => {
                form.dest = path.display().to_string();
                self.modal = Some(Modal::Export(form));
            }
            Answer::Cancelled => self.modal = Some(Modal::Export(form)),
            Answer::Unavailable(why) => {
                let ext = form.extension();
                self.browse(
                    Purpose::Export(Box::new(form)),
                    true,
                    &suggested,
                    vec![ext],
                    why,
                );
            }
        }
    }

    /// Opens an exported file or its folder in the desktop's program.
    pub(super) fn open_external(&mut self, path: &Path) {
        if let Err(e) = self.dialogs.open_external(self.lang, path) {
            self.push_modal(Modal::Error(e));
        }
    }

    /// A model file dropped on the window opens (asking about unsaved changes first); any
    /// other file is named in the status line.
    pub(super) fn open_dropped(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        let Some(path) = dropped.into_iter().next() else {
            return;
        };
        if crate::storage::Format::of(&path).is_none() {
            let name = path
                .file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy();
            self.status = Some(T::DropNotModel.fill(self.lang, &name));
            return;
        }
        if self.modal.is_some() {
            return;
        }
        self.request(ctx, Pending::Open(path));
    }

    /// Drops recent files that no longer exist, naming them in the status line.
    pub(super) fn prune_recent(&mut self) {
        let (kept, gone): (Vec<PathBuf>, Vec<PathBuf>) =
            self.config.recent.drain(..).partition(|p| p.exists());
        self.config.recent = kept;
        if gone.is_empty() {
            return;
        }
        let names: Vec<String> = gone
            .iter()
            .map(|p| {
                p.file_name()
                    .unwrap_or(p.as_os_str())
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        self.status = Some(T::RecentMissing.fill(self.lang, &names.join(", ")));
        self.save_config();
    }
}
