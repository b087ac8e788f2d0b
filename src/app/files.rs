//! File actions: open, save, new, restore, reload and close. Each first commits the text
//! being typed, asks before unsaved changes are dropped, keeps one editor per file (a
//! lock), and never writes over changes another program made since the file was read.

use std::path::Path;

use eframe::egui;

use super::{Document, HolstApp};
use crate::document::file_name;
use crate::i18n::T;
use crate::storage::Format;
use crate::storage::lock::{self, FileLock};
use crate::storage::stamp::DiskState;
use crate::templates::Template;
use crate::ui::{ConflictAnswer, Modal, Pending};
use holst_core::document::{absolute, same_file};

/// How an attempt to open a file ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// The file is the document now.
    Yes,
    /// A question is shown first (the file is open in another window).
    Asked,
    /// It could not be read; the error is shown.
    Failed,
}

/// How an attempt to save ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Saved {
    Yes,
    No,
    /// The file changed on disk since it was read; nothing was written.
    Conflict,
    /// The editor's own file browser asks where; the save goes on from there.
    Browsing,
}

impl HolstApp {
    /// Does `pending` now, or first asks about unsaved changes. The text being typed is
    /// committed first, so it counts as a change.
    pub fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        self.commit_editing(false);
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(pending));
        } else {
            self.perform(ctx, pending);
        }
    }

    /// Carries out an action whose unsaved changes were dealt with.
    pub fn perform(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::OpenDialog => self.ask_open(),
            Pending::Open(path) => {
                if !path.exists() && self.config.recent.contains(&path) {
                    self.prune_recent();
                }
                self.open(&path);
            }
            Pending::New(id) => match Template::find(id).map(|t| t.model()) {
                Some(Ok(model)) => self.replace_document(Document::new_unsaved(model)),
                Some(Err(e)) => self.modal = Some(Modal::Error(e.text(self.lang).to_owned())),
                None => {}
            },
            Pending::Restore(file) => self.restore(&file),
            Pending::Reload => self.reload(),
            Pending::Join(link) => self.join_shared(&link),
        }
    }

    /// The unsaved-changes prompt was answered: `save` true for Save, false for Don't save.
    pub fn answer_unsaved(&mut self, ctx: &egui::Context, pending: Pending, save: bool) {
        self.modal = None;
        if save {
            match self.save_with(false, false, Some(pending.clone())) {
                Saved::Yes => {}
                Saved::No | Saved::Browsing => return,
                Saved::Conflict => {
                    self.modal = Some(Modal::Conflict {
                        saving: true,
                        then: Some(pending),
                    });
                    return;
                }
            }
        }
        self.perform(ctx, pending);
    }

    /// The dialog about a file changed on disk was answered; `then` runs after a save.
    pub fn answer_conflict(
        &mut self,
        ctx: &egui::Context,
        answer: ConflictAnswer,
        then: Option<Pending>,
    ) {
        self.modal = None;
        let saved = match answer {
            ConflictAnswer::Reload => {
                if self.has_unsaved() {
                    self.modal = Some(Modal::ConfirmReload);
                } else {
                    self.reload();
                }
                return;
            }
            ConflictAnswer::Overwrite => self.save_with(false, true, then.clone()),
            ConflictAnswer::SaveAs => self.save_with(true, false, then.clone()),
            ConflictAnswer::Keep => return,
        };
        match (saved, then) {
            (Saved::Yes, Some(then)) => self.perform(ctx, then),
            (Saved::Conflict, then) => {
                self.modal = Some(Modal::Conflict { saving: true, then });
            }
            _ => {}
        }
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        if let Some(r) = &mut self.recovery {
            r.reset();
        }
        self.doc = doc;
        // Another document: the share of the one before ends.
        self.sharing = None;
        self.lock = None;
        self.status = None;
        self.exported = None;
        self.disk = DiskState::Unchanged;
        self.warnings = None;
        self.renaming = None;
        self.canvas = crate::ui::canvas::CanvasState::default();
        self.queued.retain(|m| !matches!(m, Modal::Gallery));
    }

    /// Opens a file in place of the current document. A `.ron` file another Holst window
    /// has open is not opened at once: the user is asked (read-only, anyway, or not).
    pub fn open(&mut self, path: &Path) -> Opened {
        let path = absolute(path);
        if Format::of(&path) != Some(Format::Ron) {
            return self.open_with(&path, None, false);
        }
        match self.try_lock(&path) {
            Ok(lock) => self.open_with(&path, lock, false),
            Err(pid) => {
                self.push_modal(Modal::Locked { path, pid });
                Opened::Asked
            }
        }
    }

    /// Opens a file another window has open: `read_only` or not, without its lock.
    pub fn open_unlocked(&mut self, path: &Path, read_only: bool) -> Opened {
        self.open_with(path, None, read_only)
    }

    fn open_with(&mut self, path: &Path, lock: Option<FileLock>, read_only: bool) -> Opened {
        match Document::open(path) {
            Ok((mut doc, warnings)) => {
                doc.set_read_only(read_only);
                self.replace_document(doc);
                self.lock = lock;
                if !read_only {
                    self.resume_share();
                }
                self.config.touch_recent(path);
                self.save_config();
                if !warnings.is_empty() {
                    self.warnings = Some((path.to_path_buf(), warnings));
                    self.push_modal(Modal::Warnings);
                }
                self.offer_leftovers(Some(path));
                Opened::Yes
            }
            Err(e) => {
                // Reopening the open file took its lock; it stays with the document.
                if self.lock.is_none() && self.doc.path().is_some_and(|p| same_file(p, path)) {
                    self.lock = lock;
                }
                self.push_modal(Modal::Error(format!(
                    "{}\n\n{}",
                    T::OpenFailed.get(self.lang),
                    e.describe(self.lang)
                )));
                Opened::Failed
            }
        }
    }

    /// Takes the lock of a document file: `Ok(None)` when locks are off or the folder for
    /// them cannot be used, `Err(pid)` when another window holds it. The lock this window
    /// holds for the same file is handed over.
    pub(super) fn try_lock(&mut self, path: &Path) -> Result<Option<FileLock>, Option<u32>> {
        let Some(dirs) = &self.dirs else {
            return Ok(None);
        };
        let lock_path = lock::document_lock_path(&dirs.lock_dir, path);
        if self.lock.as_ref().is_some_and(|l| l.path() == lock_path) {
            return Ok(self.lock.take());
        }
        match FileLock::try_acquire(&lock_path) {
            Ok(Ok(lock)) => Ok(Some(lock)),
            Ok(Err(holder)) => Err(holder.pid),
            Err(_) => Ok(None),
        }
    }

    /// Reads the document's file again in place of the document (the user confirmed).
    fn reload(&mut self) {
        let Some(path) = self.doc.path().map(Path::to_path_buf) else {
            return;
        };
        let lock = self.lock.take();
        let read_only = self.doc.read_only();
        match Document::open(&path) {
            Ok((mut doc, _)) => {
                doc.set_read_only(read_only);
                self.replace_document(doc);
                self.lock = lock;
            }
            Err(e) => {
                self.lock = lock;
                self.push_modal(Modal::Error(format!(
                    "{}\n\n{}",
                    T::OpenFailed.get(self.lang),
                    e.describe(self.lang)
                )));
            }
        }
    }

    /// Compares the file on disk with what was read or saved; on a first difference asks
    /// what to do. Called when the window gains the focus.
    pub fn check_disk(&mut self) {
        let state = self.doc.disk_state();
        let news = state != DiskState::Unchanged && self.disk == DiskState::Unchanged;
        self.disk = state;
        if news {
            // A message like "Saved to …" is not true any more.
            self.status = None;
            self.push_modal(Modal::Conflict {
                saving: false,
                then: None,
            });
        }
    }

    /// Saves to the document's file, or asks where (always with `ask`, and for a document
    /// opened read-only). `false` when nothing was saved (cancelled, failed, or the file
    /// changed on disk and the user is asked what to do).
    pub fn save(&mut self, ask: bool) -> bool {
        match self.save_with(ask, false, None) {
            Saved::Yes => true,
            Saved::No | Saved::Browsing => false,
            Saved::Conflict => {
                self.push_modal(Modal::Conflict {
                    saving: true,
                    then: None,
                });
                false
            }
        }
    }

    /// Saves; with `force`, even over changes made on disk by another program. When the
    /// editor's own browser has to ask where, `then` runs after that save.
    pub(super) fn save_with(&mut self, ask: bool, force: bool, then: Option<Pending>) -> Saved {
        self.commit_editing(true);
        let in_place = !ask && !self.doc.read_only();
        let target = match (self.doc.path(), in_place) {
            (Some(p), true) => Some(p.to_path_buf()),
            _ => match self.ask_save(then) {
                Ok(target) => target,
                Err(()) => return Saved::Browsing,
            },
        };
        let Some(path) = target else {
            return Saved::No;
        };
        self.save_at(&path, force)
    }

    /// Saves to `path`; with `force`, even over changes made on disk by another program.
    pub(super) fn save_at(&mut self, path: &Path, force: bool) -> Saved {
        self.commit_editing(true);
        let path = absolute(path);
        let same = self.doc.path().is_some_and(|p| same_file(p, &path));
        if same && !force {
            let state = self.doc.disk_state();
            if state != DiskState::Unchanged {
                self.disk = state;
                self.status = None;
                return Saved::Conflict;
            }
        }
        let mut new_lock = None;
        if (!same || self.doc.read_only()) && Format::of(&path) == Some(Format::Ron) {
            let Ok(lock) = self.try_lock(&path) else {
                let name = file_name(&path);
                self.push_modal(Modal::Error(T::SaveTargetOpen.fill(self.lang, &name)));
                return Saved::No;
            };
            new_lock = lock;
        }
        match self.doc.save_to(&path) {
            Ok(()) => {
                if !same || self.doc.read_only() {
                    self.lock = new_lock;
                }
                self.disk = DiskState::Unchanged;
                if let Some(r) = &mut self.recovery {
                    r.saved();
                }
                self.config.touch_recent(&path);
                self.save_config();
                self.status = Some(T::SavedTo.fill(self.lang, &path.display().to_string()));
                self.write_sidecar();
                Saved::Yes
            }
            Err(e) => {
                self.push_modal(Modal::Error(format!(
                    "{}\n\n{}",
                    T::SaveFailed.get(self.lang),
                    e.describe(self.lang)
                )));
                Saved::No
            }
        }
    }
}
