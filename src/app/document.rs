//! The open document: the model, its file, its undo history.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Result;

use crate::model::{Model, VersionId};
use crate::ops::{History, Op, OpError};
use crate::storage::{self, Format, StorageError, Warning};

/// A model open in the editor.
#[derive(Debug)]
pub struct Document {
    /// The model being edited; it changes only through [`Document::apply`] and undo/redo.
    pub model: Model,
    /// The `.ron` file it is saved to; `None` for a new model or an imported Markdown file.
    pub path: Option<PathBuf>,
    /// The Markdown file it was imported from, to suggest a name when saving.
    pub imported_from: Option<PathBuf>,
    /// The version shown on the canvas.
    pub current: VersionId,
    /// Undo and redo.
    pub history: History,
    /// When the model last changed (for the autosave timer).
    pub last_change: Option<Instant>,
    /// History revision last written as a recovery copy.
    pub autosaved_revision: Option<u64>,
}

impl Document {
    /// A document for a model that has no file yet.
    pub fn new_unsaved(model: Model) -> Self {
        let current = model.versions.first().map_or(VersionId(1), |v| v.id);
        Self {
            model,
            path: None,
            imported_from: None,
            current,
            history: History::new(),
            last_change: None,
            autosaved_revision: None,
        }
    }

    /// Reads a document from a `.ron` or `.md` file. A Markdown file is imported: the
    /// document has no path, so Save asks where to write the `.ron`. The error keeps its
    /// structure, so the interface can show it in its language.
    pub fn open(path: &Path) -> Result<(Self, Vec<Warning>), StorageError> {
        let loaded = storage::load(path)?;
        let mut doc = Self::new_unsaved(loaded.model);
        match loaded.format {
            Format::Ron => doc.path = Some(path.to_path_buf()),
            Format::Markdown => {
                doc.imported_from = Some(path.to_path_buf());
                doc.history.forget_saved();
            }
        }
        Ok((doc, loaded.warnings))
    }

    /// Whether there are changes not written to the document's file.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Applies ops as one undo step.
    pub fn apply(&mut self, label: &str, ops: &[Op]) -> Result<(), OpError> {
        if ops.is_empty() {
            return Ok(());
        }
        self.history.apply_all(&mut self.model, label, ops)?;
        self.touched();
        Ok(())
    }

    /// Undoes the last step; `false` when there was none.
    pub fn undo(&mut self) -> Result<bool, OpError> {
        let done = self.history.undo(&mut self.model)?;
        if done {
            self.touched();
        }
        Ok(done)
    }

    /// Redoes the last undone step; `false` when there was none.
    pub fn redo(&mut self) -> Result<bool, OpError> {
        let done = self.history.redo(&mut self.model)?;
        if done {
            self.touched();
        }
        Ok(done)
    }

    fn touched(&mut self) {
        self.last_change = Some(Instant::now());
        if self.model.version(self.current).is_none()
            && let Some(v) = self.model.versions.first()
        {
            self.current = v.id;
        }
    }

    /// Writes the model to `path` atomically as RON and makes it the document's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), storage::StorageError> {
        storage::save(&self.model, path)?;
        if Format::of(path) == Some(Format::Ron) {
            self.path = Some(path.to_path_buf());
            self.imported_from = None;
            self.history.mark_saved();
        }
        Ok(())
    }

    /// The file name shown in the title and status line.
    pub fn file_name(&self) -> Option<String> {
        self.path
            .as_deref()
            .or(self.imported_from.as_deref())
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
    }

    /// A name to suggest in the Save As dialog.
    pub fn suggested_name(&self, extension: &str) -> String {
        let stem = self
            .path
            .as_deref()
            .or(self.imported_from.as_deref())
            .and_then(Path::file_stem)
            .map_or_else(
                || self.model.title.clone(),
                |s| s.to_string_lossy().into_owned(),
            );
        format!("{stem}.{extension}")
    }

    /// The window title: model title, file name and an unsaved mark.
    pub fn window_title(&self, unsaved_word: &str) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        let file = self.file_name().unwrap_or_else(|| unsaved_word.to_owned());
        format!("{mark}{} — {file} — Holst", self.model.title)
    }
}
