//! The model side of a shared document: the last good model and the document heads it
//! was read at or written from. No network here; a [`Session`](crate::Session) or the
//! one-shot sync hands it the document.

use automerge::transaction::CommitOptions;
use automerge::{Automerge, ChangeHash, PatchLog};

use crate::error::{ReadError, SyncError};
use crate::read::{self, Repair};
use crate::write;
use holst_core::model::{IdStrategy, Model};
use holst_core::ops::Op;

/// What [`Mirror::pull`] found.
#[derive(Debug, Clone, PartialEq)]
pub enum Pulled {
    /// Nothing new since the model was last read or written.
    Unchanged,
    /// Others' changes arrived: the model to show now, and what the reader mended.
    Changed {
        /// The model with every change the document holds.
        model: Model,
        /// What was mended in the merge, for the status line.
        repairs: Vec<Repair>,
    },
    /// The document holds something Holst cannot read. The last good model stays; this is
    /// reported once for each new state of the document.
    Refused(ReadError),
}

/// The last good model of a shared document and the heads it belongs to.
#[derive(Debug, Clone)]
pub struct Mirror {
    /// The model to show: read and mended.
    model: Model,
    /// The model as the document holds it at `heads`, before mending; steps are written as
    /// their difference from it, so the document comes to hold what people see.
    base: Model,
    heads: Vec<ChangeHash>,
    /// Heads of a document state already reported as unreadable.
    refused: Option<Vec<ChangeHash>>,
}

impl Mirror {
    /// Writes `model` into `doc` (an empty document, or one to be overwritten) as one
    /// change labelled `label`, and reads it back.
    pub fn create(doc: &mut Automerge, model: &Model, label: &str) -> Result<Mirror, SyncError> {
        model.validate().map_err(SyncError::Invalid)?;
        let base = read::read_lenient(doc);
        let heads = doc.get_heads();
        commit(doc, &heads, label, |tx| write::write_diff(tx, &base, model))?;
        let (mirror, _) = Mirror::open(doc)?;
        Ok(mirror)
    }

    /// Reads the model `doc` holds. Clashing ids found by the reader are written back as
    /// one change ("Keep both"), so that either item can be edited.
    pub fn open(doc: &mut Automerge) -> Result<(Mirror, Vec<Repair>), SyncError> {
        let mut mirror = Mirror {
            model: read::empty(),
            base: read::empty(),
            heads: Vec::new(),
            refused: None,
        };
        match mirror.pull(doc)? {
            Pulled::Changed { repairs, .. } => Ok((mirror, repairs)),
            Pulled::Refused(e) => Err(SyncError::Read(e)),
            // An empty document: nothing to read.
            Pulled::Unchanged => Err(SyncError::Read(ReadError::expected(
                crate::schema::K_SCHEMA,
                holst_core::i18n::Message::new("sync-what-model"),
                None,
            ))),
        }
    }

    /// The last good model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The heads of the document the model belongs to.
    pub fn heads(&self) -> &[ChangeHash] {
        &self.heads
    }

    /// Records one undo step: the difference between the last good model and `new` (the
    /// model after the step) becomes one change, written at the heads the model came from so
    /// that changes by others it has not seen are merged, not reverted. Returns whether
    /// anything changed.
    pub fn record(
        &mut self,
        doc: &mut Automerge,
        new: &Model,
        label: &str,
    ) -> Result<bool, SyncError> {
        new.validate().map_err(SyncError::Invalid)?;
        let base = &self.base;
        let hash = commit(doc, &self.heads, label, |tx| {
            write::write_diff(tx, base, new)
        })?;
        let Some(hash) = hash else {
            return Ok(false);
        };
        self.heads = vec![hash];
        self.model = new.clone();
        self.model.ids = IdStrategy::Random;
        self.base = self.model.clone();
        Ok(true)
    }

    /// Records one undo step given as its ops, applied to the last good model; returns the
    /// model after them. On error nothing is recorded.
    pub fn record_ops(
        &mut self,
        doc: &mut Automerge,
        ops: &[Op],
        label: &str,
    ) -> Result<Model, SyncError> {
        let mut new = self.model.clone();
        for op in ops {
            op.apply(&mut new)?;
        }
        self.record(doc, &new, label)?;
        Ok(new)
    }

    /// Reads the document again if it moved on since the model was last read or written.
    pub fn pull(&mut self, doc: &mut Automerge) -> Result<Pulled, SyncError> {
        let mut now = doc.get_heads();
        if now == self.heads || self.refused.as_ref() == Some(&now) {
            return Ok(Pulled::Unchanged);
        }
        let read = match read::read(doc) {
            Ok(read) => read,
            Err(e) => {
                self.refused = Some(now);
                return Ok(Pulled::Refused(e));
            }
        };
        if !read.clashes.is_empty() {
            let (model, clashes) = (&read.model, &read.clashes);
            commit(doc, &now, "Keep both", |tx| {
                write::keep_both(tx, model, clashes)
            })?;
            now = doc.get_heads();
        }
        self.model = read.model.clone();
        self.base = read.raw;
        self.heads = now;
        self.refused = None;
        Ok(Pulled::Changed {
            model: read.model,
            repairs: read.repairs,
        })
    }

    /// Writes the last good model over what the document holds now (after a peer wrote
    /// something unreadable): values of the wrong kind are replaced, items made anew.
    /// Changes by others since the last good model are undone too, so the user chooses
    /// this; nothing does it by itself.
    pub fn restore(&mut self, doc: &mut Automerge) -> Result<(), SyncError> {
        let base = read::read_lenient(doc);
        let now = doc.get_heads();
        let good = &self.model;
        commit(doc, &now, "Restore the last good state", |tx| {
            write::write_diff(tx, &base, good)
        })?;
        self.refused = None;
        self.heads.clear();
        match self.pull(doc)? {
            Pulled::Refused(e) => Err(SyncError::Read(e)),
            Pulled::Changed { .. } | Pulled::Unchanged => Ok(()),
        }
    }
}

/// Runs `write` in a transaction at `heads` and commits it as one change labelled
/// `label`; the hash of the change, `None` when nothing changed. On error nothing is
/// written.
fn commit<F>(
    doc: &mut Automerge,
    heads: &[ChangeHash],
    label: &str,
    write: F,
) -> Result<Option<ChangeHash>, SyncError>
where
    F: FnOnce(
        &mut automerge::transaction::Transaction<'_>,
    ) -> Result<(), automerge::AutomergeError>,
{
    let mut tx = doc
        .transaction_at(PatchLog::inactive(), heads)
        .map_err(|e| SyncError::Internal(e.to_string()))?;
    // On error the transaction is dropped, which rolls it back.
    write(&mut tx)?;
    Ok(tx
        .commit_with(CommitOptions::default().with_message(label.to_owned()))
        .0)
}
