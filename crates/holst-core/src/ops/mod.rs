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
mod op_meta;
mod segment_helpers;
mod segments;
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
#[cfg(test)]
mod tests_segments;

pub use helpers::{
    add_note, arrange_blocks, bring_to_front, change_layout, duplicate_notes, fallback_block,
    fork_version, layout_moves, new_card, paste_notes, place_after_growth,
};
pub use history::History;
pub use op::{CardLink, NotePlace, Op};
pub use segment_helpers::{colour_by_segments, segment_colour, set_ties, untie_all};

use crate::i18n::Message;
use crate::model::{BlockId, CardId, Invalid, Lang, LayoutKind, NoteId, VersionId};

/// Why an op could not be applied. The model is unchanged whenever one is returned.
///
/// [`OpError::describe`] says it in either language; `Display` is the English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpError {
    /// The op names a version the model does not have.
    NoVersion(VersionId),
    /// The op names a note the version does not have.
    NoNote(VersionId, NoteId),
    /// The op names a card the version does not have.
    NoCard(VersionId, CardId),
    /// The op adds a version whose id is already taken.
    DuplicateVersion(VersionId),
    /// The op adds a note whose id the version already uses.
    DuplicateNote(VersionId, NoteId),
    /// The op adds a card whose id the version already uses.
    DuplicateCard(VersionId, CardId),
    /// A position in a list lies beyond its end.
    IndexOutOfRange {
        /// The position asked for.
        index: usize,
        /// The largest position allowed.
        max: usize,
    },
    /// A note would sit in a block its version's layout lacks.
    BlockNotInLayout {
        /// The block asked for.
        block: BlockId,
        /// The layout of the version.
        layout: LayoutKind,
    },
    /// A note position is not a finite number.
    NotFinite(NoteId),
    /// Removing the only version would leave a model without versions.
    LastVersion,
    /// An added version would be marked final while another version already is.
    FinalTaken(VersionId),
    /// The card already links the note.
    AlreadyLinked(CardId, NoteId),
    /// The card does not link the note.
    NotLinked(CardId, NoteId),
    /// A profile or a tie names a note that is not in Customer Segments.
    NotASegment(NoteId),
    /// A note of Customer Segments cannot be tied to segments.
    SegmentTied(NoteId),
    /// The note is already tied to the segment.
    AlreadyTied(NoteId, NoteId),
    /// The note is not tied to the segment.
    NotTied(NoteId, NoteId),
    /// An added version breaks an invariant of the model.
    Invalid(Invalid),
}

impl OpError {
    /// The error as a message to show.
    pub fn message(&self) -> Message {
        let id = |n: u64| n.to_string();
        match self {
            OpError::NoVersion(v) => Message::new("op-no-version").arg("version", id(v.0)),
            OpError::NoNote(v, n) => Message::new("op-no-note")
                .arg("version", id(v.0))
                .arg("note", id(n.0)),
            OpError::NoCard(v, c) => Message::new("op-no-card")
                .arg("version", id(v.0))
                .arg("card", id(c.0)),
            OpError::DuplicateVersion(v) => {
                Message::new("op-duplicate-version").arg("version", id(v.0))
            }
            OpError::DuplicateNote(v, n) => Message::new("op-duplicate-note")
                .arg("version", id(v.0))
                .arg("note", id(n.0)),
            OpError::DuplicateCard(v, c) => Message::new("op-duplicate-card")
                .arg("version", id(v.0))
                .arg("card", id(c.0)),
            OpError::IndexOutOfRange { index, max } => Message::new("op-index-out-of-range")
                .arg("index", index.to_string())
                .arg("max", max.to_string()),
            OpError::BlockNotInLayout { block, layout } => Message::new("op-block-not-in-layout")
                .arg("layout", layout.id())
                .arg("block", block.id())
                .arg("blocks", layout.block_ids().join(", ")),
            OpError::NotFinite(n) => Message::new("op-not-finite").arg("note", id(n.0)),
            OpError::LastVersion => Message::new("op-last-version"),
            OpError::FinalTaken(v) => Message::new("op-final-taken").arg("version", id(v.0)),
            OpError::AlreadyLinked(c, n) => Message::new("op-already-linked")
                .arg("card", id(c.0))
                .arg("note", id(n.0)),
            OpError::NotLinked(c, n) => Message::new("op-not-linked")
                .arg("card", id(c.0))
                .arg("note", id(n.0)),
            OpError::NotASegment(n) => Message::new("op-not-a-segment").arg("note", id(n.0)),
            OpError::SegmentTied(n) => Message::new("op-segment-tied").arg("note", id(n.0)),
            OpError::AlreadyTied(n, s) => Message::new("op-already-tied")
                .arg("note", id(n.0))
                .arg("segment", id(s.0)),
            OpError::NotTied(n, s) => Message::new("op-not-tied")
                .arg("note", id(n.0))
                .arg("segment", id(s.0)),
            OpError::Invalid(invalid) => Message::new("op-invalid").arg("error", &invalid.message),
        }
    }

    /// The error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            OpError::Invalid(invalid) => invalid.text(lang).to_owned(),
            other => other.message().text(lang),
        }
    }
}

impl std::fmt::Display for OpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for OpError {}
