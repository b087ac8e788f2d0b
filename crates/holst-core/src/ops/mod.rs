//! Every change to a document as an operation that undo can reverse.
//!
//! An [`Op`] names what it changes by id ([`VersionId`], [`NoteId`], [`CardId`]) and carries
//! the new data. [`Op::apply`] makes the change and hands back the inverse op, so undo is
//! "apply the inverse". An op that names something the model lacks, or that would break an
//! invariant of the model, returns an [`OpError`] and changes nothing.
//!
//! [`History`] groups ops into transactions (one user action: a whole drag, a whole text
//! edit) and keeps the undo and redo stacks, storing inverse ops only, never copies of the
//! model. The helper functions ([`fork_version`] and the others) compute ops for the editor's compound commands (fork
//! a version, duplicate or paste notes, change a layout) without mutating anything.
//!
//! [`VersionId`]: crate::model::VersionId
//! [`NoteId`]: crate::model::NoteId
//! [`CardId`]: crate::model::CardId

mod cards;
mod helpers;
mod history;
mod notes;
mod op;
mod versions;

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod tests_errors;
#[cfg(test)]
mod tests_helpers;
#[cfg(test)]
mod tests_history;
#[cfg(test)]
mod tests_ops;
#[cfg(test)]
mod tests_prop;

pub use helpers::{
    add_note, bring_to_front, change_layout, duplicate_notes, fork_version, new_card, paste_notes,
};
pub use history::History;
pub use op::{CardLink, NotePlace, Op};

use crate::model::{BlockId, CardId, LayoutKind, NoteId, VersionId};

/// Why an op could not be applied. The model is unchanged whenever one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpError {
    /// The op names a version the model does not have.
    #[error("there is no version with id {}", .0.0)]
    NoVersion(VersionId),
    /// The op names a note the version does not have.
    #[error("version {} has no note with id {}", .0.0, .1.0)]
    NoNote(VersionId, NoteId),
    /// The op names a card the version does not have.
    #[error("version {} has no hypothesis card with id {}", .0.0, .1.0)]
    NoCard(VersionId, CardId),
    /// The op adds a version whose id is already taken.
    #[error("a version with id {} already exists", .0.0)]
    DuplicateVersion(VersionId),
    /// The op adds a note whose id the version already uses.
    #[error("version {} already has a note with id {}", .0.0, .1.0)]
    DuplicateNote(VersionId, NoteId),
    /// The op adds a card whose id the version already uses.
    #[error("version {} already has a hypothesis card with id {}", .0.0, .1.0)]
    DuplicateCard(VersionId, CardId),
    /// A position in a list lies beyond its end.
    #[error("position {index} is out of range; expected at most {max}")]
    IndexOutOfRange {
        /// The position asked for.
        index: usize,
        /// The largest position allowed.
        max: usize,
    },
    /// A note would sit in a block its version's layout lacks.
    #[error("the {} layout has no block {}; expected one of: {}", .layout.id(), .block.id(), .layout.block_ids().join(", "))]
    BlockNotInLayout {
        /// The block asked for.
        block: BlockId,
        /// The layout of the version.
        layout: LayoutKind,
    },
    /// A note position is not a finite number.
    #[error("note {} would get a position that is not a finite number", .0.0)]
    NotFinite(NoteId),
    /// Removing the only version would leave a model without versions.
    #[error("the last version of a model cannot be deleted")]
    LastVersion,
    /// An added version would be marked final while another version already is.
    #[error("version {} is already final; unmark it first", .0.0)]
    FinalTaken(VersionId),
    /// The card already links the note.
    #[error("hypothesis card {} already links note {}", .0.0, .1.0)]
    AlreadyLinked(CardId, NoteId),
    /// The card does not link the note.
    #[error("hypothesis card {} does not link note {}", .0.0, .1.0)]
    NotLinked(CardId, NoteId),
    /// An added version breaks an invariant of the model.
    #[error("{0}")]
    Invalid(String),
}
