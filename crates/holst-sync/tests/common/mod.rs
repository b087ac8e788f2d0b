//! Helpers shared by the sync tests: replicas of one shared model without a network.

#![allow(dead_code, clippy::unwrap_used)]

use automerge::Automerge;
use holst_core::model::{Model, Note, NoteId, VersionId};
use holst_core::ops::Op;
use holst_sync::{Mirror, Pulled, Repair};

/// The «Веселый войлок» template.
pub fn template() -> Model {
    holst_core::templates::Template::find("vesely-voylok")
        .unwrap()
        .model()
        .unwrap()
}

/// One person's copy of a shared document and the model read from it.
pub struct Replica {
    pub doc: Automerge,
    pub mirror: Mirror,
}

impl Replica {
    /// A new shared document holding `model`.
    pub fn share(model: &Model) -> Replica {
        let mut doc = Automerge::new();
        let mirror = Mirror::create(&mut doc, model, "Share").unwrap();
        Replica { doc, mirror }
    }

    /// Another person's copy: the same document, its own actor.
    pub fn fork(&self) -> Replica {
        let mut doc = self.doc.fork();
        let (mirror, _) = Mirror::open(&mut doc).unwrap();
        Replica { doc, mirror }
    }

    pub fn model(&self) -> &Model {
        self.mirror.model()
    }

    /// One undo step: the ops applied to the model, recorded as one change.
    pub fn step(&mut self, ops: &[Op], label: &str) -> Model {
        self.mirror.record_ops(&mut self.doc, ops, label).unwrap()
    }

    /// One step made of one op computed from the current model.
    pub fn op(&mut self, f: impl FnOnce(&Model) -> Op) -> Model {
        let op = f(self.model());
        let label = op.label();
        self.step(&[op], label)
    }

    /// Takes the other's changes and reads the model again; the repairs made.
    pub fn receive(&mut self, other: &Replica) -> Vec<Repair> {
        let mut theirs = other.doc.clone();
        self.doc.merge(&mut theirs).unwrap();
        match self.mirror.pull(&mut self.doc).unwrap() {
            Pulled::Changed { repairs, .. } => repairs,
            Pulled::Unchanged => Vec::new(),
            Pulled::Refused(e) => panic!("refused: {e}"),
        }
    }
}

/// The first version's id.
pub fn v1(m: &Model) -> VersionId {
    m.versions[0].id
}

/// The note of the first version with this id.
pub fn note(m: &Model, id: NoteId) -> &Note {
    m.versions[0].note(id).unwrap()
}

/// The first version's note whose text starts with `prefix`.
pub fn note_starting(m: &Model, prefix: &str) -> Note {
    m.versions[0]
        .notes
        .iter()
        .find(|n| n.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no note «{prefix}…»"))
        .clone()
}
