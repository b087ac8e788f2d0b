//! This session's recovery copy, and the copies crashed sessions left.
//!
//! When: the copy is written [`AUTOSAVE_AFTER`] after the first change it does not hold,
//! however the user keeps editing (no waiting for a pause), so a crash loses at most that
//! much work. A write that fails is shown in the status line and retried every
//! [`AUTOSAVE_RETRY`]. Between changes nothing is scheduled: an idle window asks for no
//! frames.
//!
//! What: the model plus the text being typed ([`HolstApp::model_with_pending`]), rather
//! than committing the typing into the model periodically, which would cut one typing
//! session into several undo steps.
//!
//! A restored copy is kept until its content is safe elsewhere: in this session's copy or
//! in the user's file.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::egui;

use super::{Document, HolstApp, Modal};
use crate::i18n::T;
use crate::ops::Op;
use crate::storage::autosave::{self, Autosave, Leftover, Origin};

/// How long after the first change not in the recovery copy the copy is written.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);
/// How long after a failed write of the recovery copy it is tried again.
pub const AUTOSAVE_RETRY: Duration = Duration::from_secs(5);

/// What a recovery copy holds: the history's revision and the text being typed then.
#[derive(Debug, Clone, PartialEq)]
struct Key {
    revision: u64,
    pending: Vec<Op>,
}

/// The recovery state of a session.
#[derive(Debug)]
pub(super) struct Recovery {
    autosave: Autosave,
    /// What the copy on disk holds, if this session wrote one for this document.
    written: Option<Key>,
    /// When the document first differed from the copy.
    since: Option<Instant>,
    /// When to try again after a failed write.
    retry_at: Option<Instant>,
    /// Why the last write failed, until one succeeds.
    pub error: Option<String>,
    /// Copies of crashed sessions restored into this document, deleted once their
    /// content is in this session's copy or in the user's file.
    adopted: Vec<PathBuf>,
}

impl Recovery {
    pub(super) fn new(dir: &Path) -> Self {
        Self {
            autosave: Autosave::new(dir),
            written: None,
            since: None,
            retry_at: None,
            error: None,
            adopted: Vec::new(),
        }
    }

    pub(super) fn file(&self) -> &Path {
        self.autosave.file()
    }

    /// The document is replaced (after the user saved or chose not to): its copy goes.
    /// Restored copies not yet covered by a copy of ours stay on disk.
    pub(super) fn reset(&mut self) {
        self.autosave.remove();
        self.written = None;
        self.since = None;
        self.retry_at = None;
        self.error = None;
        self.adopted.clear();
    }

    /// The document was saved: its content is in the user's file.
    pub(super) fn saved(&mut self) {
        for file in self.adopted.drain(..) {
            let _ = autosave::remove_leftover(&file);
        }
        self.reset();
    }

    /// The window closes after the user saved or chose not to.
    pub(super) fn discard_own(&mut self) {
        self.autosave.remove();
    }

    fn leftovers(&self) -> Vec<Leftover> {
        let mut list = self.autosave.leftovers();
        list.retain(|l| !self.adopted.contains(&l.file));
        list
    }
}

impl HolstApp {
    /// Writes the recovery copy when the window shows changes the copy lacks and the first
    /// of them is [`AUTOSAVE_AFTER`] old; otherwise asks for a frame when it will be.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        if self.recovery.is_none() {
            return;
        }
        let unsaved = self.has_unsaved();
        let key = self.recovery_key();
        let Some(rec) = self.recovery.as_mut() else {
            return;
        };
        if !unsaved || rec.written.as_ref() == Some(&key) {
            rec.since = None;
            return;
        }
        let now = Instant::now();
        let since = *rec.since.get_or_insert(now);
        let due = rec.retry_at.unwrap_or(since + AUTOSAVE_AFTER);
        if now < due {
            ctx.request_repaint_after(due - now);
        } else if !self.write_recovery_now() {
            ctx.request_repaint_after(AUTOSAVE_RETRY);
        }
    }

    fn recovery_key(&self) -> Key {
        Key {
            revision: self.doc.history().revision(),
            pending: self.pending_ops(),
        }
    }

    /// Writes the recovery copy now; `false` (and the reason in the status line) when it
    /// could not be written.
    pub(super) fn write_recovery_now(&mut self) -> bool {
        let key = self.recovery_key();
        let Some(mut rec) = self.recovery.take() else {
            return false;
        };
        let origin = Origin {
            file: self.doc.path(),
            stamp: self.doc.stamp(),
        };
        let result = rec.autosave.write(&self.model_with_pending(), origin);
        let ok = result.is_ok();
        match result {
            Ok(()) => {
                rec.written = Some(key);
                rec.since = None;
                rec.retry_at = None;
                rec.error = None;
                for file in rec.adopted.drain(..) {
                    let _ = autosave::remove_leftover(&file);
                }
            }
            Err(e) => {
                rec.error = Some(holst_core::i18n::io_error(self.lang, &e));
                rec.retry_at = Some(Instant::now() + AUTOSAVE_RETRY);
            }
        }
        self.recovery = Some(rec);
        ok
    }

    /// Offers the copies crashed sessions left, newest first; with `only_for`, those of
    /// that file. Nothing when a list is already shown or waiting.
    pub(super) fn offer_leftovers(&mut self, only_for: Option<&Path>) {
        let Some(rec) = &self.recovery else {
            return;
        };
        let shown = self
            .modal
            .iter()
            .chain(&self.queued)
            .any(|m| matches!(m, Modal::Recovery(_)));
        if shown {
            return;
        }
        let mut list = rec.leftovers();
        if let Some(path) = only_for {
            list.retain(|l| {
                l.content.as_ref().is_ok_and(|s| {
                    s.original
                        .as_deref()
                        .is_some_and(|o| holst_core::document::same_file(o, path))
                })
            });
        }
        if !list.is_empty() {
            self.push_modal(Modal::Recovery(list));
        }
    }

    /// File → Recovery copies…: the list of every copy left behind, even an empty one.
    pub fn show_leftovers(&mut self) {
        let list = self
            .recovery
            .as_ref()
            .map(Recovery::leftovers)
            .unwrap_or_default();
        self.push_modal(Modal::Recovery(list));
    }

    /// Replaces the document with a recovery copy (its unsaved changes were dealt with).
    /// The copy is deleted only once this session's copy of it is written.
    pub(super) fn restore(&mut self, file: &Path) {
        let recovered = match autosave::read(file) {
            Ok(r) => r,
            Err(e) => {
                let text = format!("{}\n\n{e}", T::RestoreFailed.get(self.lang));
                self.push_modal(Modal::Error(text));
                return;
            }
        };
        let mut lock = None;
        if let Some(path) = recovered.original.as_deref() {
            match self.try_lock(path) {
                Ok(l) => lock = l,
                Err(_) => self.status = Some(T::OpenElsewhere.get(self.lang).to_owned()),
            }
        }
        let doc = Document::restored(recovered.model, recovered.original, recovered.stamp);
        self.replace_document(doc);
        self.lock = lock;
        if let Some(rec) = &mut self.recovery {
            rec.adopted.push(file.to_path_buf());
        }
        self.write_recovery_now();
        self.check_disk();
        let left = self.recovery.as_ref().map_or(0, |r| r.leftovers().len());
        if left > 0 && self.status.is_none() {
            self.status = Some(T::MoreCopies.fill(self.lang, &left.to_string()));
        }
    }

    /// Deletes a copy the user chose to discard (and confirmed), then lists the rest.
    pub fn discard_leftover(&mut self, file: &Path) {
        if let Err(e) = autosave::remove_leftover(file) {
            let text = format!(
                "{}: {}",
                file.display(),
                holst_core::i18n::io_error(self.lang, &e)
            );
            self.push_modal(Modal::Error(text));
            return;
        }
        let rest = self
            .recovery
            .as_ref()
            .map(Recovery::leftovers)
            .unwrap_or_default();
        if !rest.is_empty() {
            self.push_modal(Modal::Recovery(rest));
        }
    }
}
