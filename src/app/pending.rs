//! Text being typed and not yet part of the model: the note editor's buffer and the new
//! name of a version. It counts as an unsaved change, is committed as an ordinary undo
//! step before anything saves, closes or replaces the document, and is included in the
//! recovery copy while it is being typed.

use std::borrow::Cow;

use super::HolstApp;
use crate::i18n::T;
use crate::model::{Model, Note, NoteId, VersionId};
use crate::ops::Op;
use crate::ui::canvas::EditOutcome;

impl HolstApp {
    /// Whether the window shows anything its file does not hold: unsaved changes, or text
    /// being typed that differs from the model.
    pub fn has_unsaved(&self) -> bool {
        self.doc.is_dirty() || !self.pending_ops().is_empty()
    }

    /// Turns the text being typed into undo steps now. With `keep_open` the note editor
    /// stays open (a save while typing); otherwise it is closed. If the step cannot be
    /// applied the editor stays open with its text, and the error is shown.
    pub fn commit_editing(&mut self, keep_open: bool) {
        if let Some(name) = self.renaming.clone() {
            self.rename_current(name.trim());
            if !keep_open {
                self.renaming = None;
            }
        }
        let Some(version) = self.doc.model().version(self.doc.current()) else {
            return;
        };
        let ok = match self.canvas.edit_outcome(version, self.lang) {
            EditOutcome::Unchanged => true,
            EditOutcome::Text(edit) => {
                let result = self.doc.apply(&edit.label, &edit.ops);
                let ok = result.is_ok();
                self.report(result);
                ok
            }
            EditOutcome::Remove(edit, id) => {
                let result = self.doc.apply(&edit.label, &edit.ops);
                let ok = result.is_ok();
                self.report(result);
                if ok {
                    self.canvas.selection.remove(&id);
                    self.canvas.editing = None;
                }
                ok
            }
            EditOutcome::Add(version, note) => match self.add_note(version, note) {
                Some(id) if keep_open => {
                    self.canvas.keep_editing(id);
                    true
                }
                Some(_) => true,
                None => false,
            },
        };
        if ok && !keep_open {
            self.canvas.editing = None;
        }
    }

    /// Renames the current version as one undo step, unless the name is empty or the same.
    pub fn rename_current(&mut self, name: &str) {
        let current = self.doc.current();
        let unchanged = self
            .doc
            .model()
            .version(current)
            .is_none_or(|v| v.name == name);
        if !name.is_empty() && !unchanged {
            self.apply(
                T::RenameVersion,
                &[Op::RenameVersion {
                    version: current,
                    name: name.to_owned(),
                }],
            );
        }
    }

    /// Adds a note (its id chosen here) as one undo step and selects it.
    pub(super) fn add_note(&mut self, version: VersionId, mut note: Note) -> Option<NoteId> {
        let index = self.doc.model().version(version)?.notes.len();
        note.id = self.doc.model().next_note_id();
        let id = note.id;
        let op = Op::AddNote {
            version,
            index,
            note,
            links: Vec::new(),
        };
        let result = self.doc.apply(T::AddNote.get(self.lang), &[op]);
        let ok = result.is_ok();
        self.report(result);
        ok.then(|| {
            self.canvas.selection = std::iter::once(id).collect();
            id
        })
    }

    /// The model as the user sees it: with the text being typed applied (a copy only when
    /// there is such text).
    pub fn model_with_pending(&self) -> Cow<'_, Model> {
        let ops = self.pending_ops();
        if ops.is_empty() {
            return Cow::Borrowed(self.doc.model());
        }
        let mut model = self.doc.model().clone();
        for op in ops {
            // An op that does not apply leaves the model as it was; the copy then lacks
            // only that text, which the editor still shows.
            let _ = op.apply(&mut model);
        }
        Cow::Owned(model)
    }

    /// The ops committing the text being typed would apply.
    pub(super) fn pending_ops(&self) -> Vec<Op> {
        let mut ops = Vec::new();
        let current = self.doc.current();
        let Some(version) = self.doc.model().version(current) else {
            return ops;
        };
        if let Some(name) = self.renaming.as_deref().map(str::trim)
            && !name.is_empty()
            && name != version.name
        {
            ops.push(Op::RenameVersion {
                version: current,
                name: name.to_owned(),
            });
        }
        match self.canvas.edit_outcome(version, self.lang) {
            EditOutcome::Unchanged => {}
            EditOutcome::Text(edit) | EditOutcome::Remove(edit, _) => ops.extend(edit.ops),
            EditOutcome::Add(version_id, mut note) => {
                note.id = self.doc.model().next_note_id();
                ops.push(Op::AddNote {
                    version: version_id,
                    index: version.notes.len(),
                    note,
                    links: Vec::new(),
                });
            }
        }
        ops
    }
}
