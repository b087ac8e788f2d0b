//! The open document: the model, its file, its undo history.
//!
//! The fields are private: the model changes only through [`Document::apply`], undo and
//! redo, so the history always fits it.

use std::path::{Path, PathBuf};

use crate::model::{Model, VersionId};
use crate::ops::{History, Op, OpError};
use crate::storage::stamp::{DiskState, FileStamp};
use crate::storage::{self, Format, StorageError, Warning};

/// A model open in the editor.
#[derive(Debug)]
pub struct Document {
    /// The model being edited; it changes only through [`Document::apply`], undo/redo and,
    /// for a shared model, [`Document::take_peers_changes`].
    model: Model,
    /// The `.ron` file it is saved to (an absolute path); `None` for a new model or an
    /// imported Markdown file.
    path: Option<PathBuf>,
    /// The Markdown file it was imported from, to suggest a name when saving.
    imported_from: Option<PathBuf>,
    /// The version shown on the canvas.
    current: VersionId,
    /// Undo and redo.
    history: History,
    /// The file as it was when last read or written, to notice changes by others.
    stamp: Option<FileStamp>,
    /// Opened read-only (another window edits the file): Save asks for a new name.
    read_only: bool,
    /// Others' changes (a shared model) arrived since the last save.
    peers_changed: bool,
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
            stamp: None,
            read_only: false,
            peers_changed: false,
        }
    }

    /// A document restored from a recovery copy: unsaved, belonging to the copy's file as
    /// the crashed editor last saw it.
    pub fn restored(model: Model, path: Option<PathBuf>, stamp: Option<FileStamp>) -> Self {
        let mut doc = Self::new_unsaved(model);
        doc.path = path.map(|p| absolute(&p));
        doc.stamp = stamp;
        doc.history.forget_saved();
        doc
    }

    /// Reads a document from a `.ron` or `.md` file. A Markdown file is imported: the
    /// document has no path, so Save asks where to write the `.ron`. The error keeps its
    /// structure, so the interface can show it in its language.
    ///
    /// The path is made absolute, so saving writes the same file wherever the process
    /// runs from and a recovery copy names it unambiguously.
    pub fn open(path: &Path) -> Result<(Self, Vec<Warning>), StorageError> {
        let path = &absolute(path);
        // Taken before reading: a change made while reading then shows as a change.
        let stamp = FileStamp::of(path).ok();
        let loaded = storage::load(path)?;
        let mut doc = Self::new_unsaved(loaded.model);
        match loaded.format {
            Format::Ron => {
                doc.path = Some(path.clone());
                doc.stamp = stamp;
            }
            Format::Markdown | Format::Canvas => {
                doc.imported_from = Some(path.clone());
                doc.history.forget_saved();
            }
        }
        Ok((doc, loaded.warnings))
    }

    /// The model as it is now.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The `.ron` file the document is saved to (absolute); `None` for a new model or an
    /// imported Markdown file.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The file the document was read from when it is not its own file (a Markdown or
    /// JSON Canvas import, until saved as `.ron`).
    pub fn imported_from(&self) -> Option<&Path> {
        self.imported_from.as_deref()
    }

    /// The version shown on the canvas.
    pub fn current(&self) -> VersionId {
        self.current
    }

    /// Shows another version; an id the model lacks is ignored.
    pub fn set_current(&mut self, id: VersionId) {
        if self.model.version(id).is_some() {
            self.current = id;
        }
    }

    /// The undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The file as it was when last read or written here.
    pub fn stamp(&self) -> Option<FileStamp> {
        self.stamp
    }

    /// Whether the document was opened read-only (Save then asks for a new name).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Opens the document read-only or not.
    pub fn set_read_only(&mut self, read_only: bool) {
        self.read_only = read_only;
    }

    /// Whether there are changes not written to the document's file.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty() || self.peers_changed
    }

    /// A shared model: `model` holds others' changes merged with one's own. It replaces the
    /// model outside the history, so undo still undoes only one's own steps (applied to the
    /// model as it is now); the document counts as changed until saved. The new model's
    /// id strategy is kept even when its content is the same.
    pub fn take_peers_changes(&mut self, model: Model) {
        if model != self.model {
            self.peers_changed = true;
        }
        self.model = model;
        self.touched();
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
        if self.model.version(self.current).is_none()
            && let Some(v) = self.model.versions.first()
        {
            self.current = v.id;
        }
    }

    /// Writes the model to `path` atomically as RON and makes it the document's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), storage::StorageError> {
        let path = &absolute(path);
        storage::save(&self.model, path)?;
        if Format::of(path) == Some(Format::Ron) {
            self.path = Some(path.clone());
            self.stamp = FileStamp::of(path).ok();
            self.read_only = false;
            self.imported_from = None;
            self.history.mark_saved();
            self.peers_changed = false;
        }
        Ok(())
    }

    /// Whether another program changed or removed the document's file since it was last
    /// read or written here. A document without a file or stamp is unchanged.
    pub fn disk_state(&self) -> DiskState {
        match (&self.path, &self.stamp) {
            (Some(path), Some(stamp)) => stamp.check(path),
            _ => DiskState::Unchanged,
        }
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

    /// The window title: model title, file name and an unsaved mark (`dirty`: the window
    /// shows changes its file lacks, typing included).
    pub fn window_title(&self, unsaved_word: &str, dirty: bool) -> String {
        let mark = if dirty { "● " } else { "" };
        let file = self.file_name().unwrap_or_else(|| unsaved_word.to_owned());
        format!("{mark}{} — {file} — Holst", self.model.title)
    }
}

/// `path` made absolute: its folder resolved (symbolic links, `..`), its own name kept, so
/// a link to a file stays the file the user opened. Falls back to joining the current
/// folder when the folder does not exist.
pub fn absolute(path: &Path) -> PathBuf {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(dir), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// A path's file name for messages (the whole path when it has none).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Whether two paths name the same file (by their canonical form; by their absolute form
/// when a file does not exist).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| absolute(p));
    canon(a) == canon(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_path_is_made_absolute_and_matches_its_other_spellings() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        std::fs::write(&file, "x").unwrap();
        let dotted = dir.path().join("sub").join("..").join("m.ron");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let abs = absolute(&dotted);
        assert_eq!(abs, std::fs::canonicalize(&file).unwrap());
        assert!(same_file(&file, &dotted));
        assert!(!same_file(&file, &dir.path().join("n.ron")));
        let rel = absolute(Path::new("x.ron"));
        assert!(rel.is_absolute());
        assert_eq!(
            rel,
            std::env::current_dir()
                .unwrap()
                .canonicalize()
                .unwrap()
                .join("x.ron")
        );
    }

    #[test]
    fn peers_changes_replace_the_model_outside_the_history_and_count_until_saved() {
        use crate::model::{BlockId, Colour, LayoutKind, Model};
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        let mut doc = Document::new_unsaved(Model::new("T", "1", LayoutKind::Bmc));
        doc.save_to(&file).unwrap();
        let v = doc.model().versions[0].id;
        let op =
            crate::ops::add_note(doc.model(), v, BlockId::Channels, Colour::Blue, "мой").unwrap();
        doc.apply("Add", &[op]).unwrap();
        doc.save_to(&file).unwrap();
        assert!(!doc.is_dirty());
        // The same content again (another id strategy only): not a change.
        let mut same = doc.model().clone();
        same.ids = crate::model::IdStrategy::Random;
        doc.take_peers_changes(same);
        assert!(!doc.is_dirty());
        assert_eq!(doc.model().ids, crate::model::IdStrategy::Random);
        // Someone else retitles the model: dirty until saved, and not an undo step.
        let mut theirs = doc.model().clone();
        theirs.title = "Их".into();
        doc.take_peers_changes(theirs);
        assert!(doc.is_dirty());
        assert_eq!(doc.history().undo_len(), 1);
        // Undo undoes only my note; their title stays.
        assert!(doc.undo().unwrap());
        assert_eq!(doc.model().title, "Их");
        assert!(doc.model().versions[0].notes.is_empty());
        doc.save_to(&file).unwrap();
        assert!(!doc.is_dirty());
    }
}
