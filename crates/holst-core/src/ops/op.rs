//! The [`Op`] enum: one variant per kind of change, and its dispatch to the code that
//! applies it.

use super::{OpError, cards, notes, segments, versions};
use crate::model::{
    BlockId, Card, CardId, Colour, LayoutKind, Model, Note, NoteId, SegmentProfile,
    SocialEnterprise, Version, VersionId,
};

/// Where a card linked a note: the card and the note's position in the card's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardLink {
    /// The card.
    pub card: CardId,
    /// Position of the note id in [`Card::notes`].
    pub index: usize,
}

/// A note's place on the canvas: its block and its offset from the block's top-left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NotePlace {
    /// The note.
    pub note: NoteId,
    /// The block it sits in.
    pub block: BlockId,
    /// Left edge, from the block's left edge.
    pub x: f32,
    /// Top edge, from the block's top edge.
    pub y: f32,
}

/// One change to a document. [`Op::apply`] makes it and returns the op that undoes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Sets the model's title.
    SetTitle {
        /// The new title.
        title: String,
    },
    /// Inserts a note at `index` of the version's notes (`index == len` appends) and links
    /// it from cards. A plain new note has no links; the inverse of [`Op::RemoveNote`]
    /// carries the links the note had.
    AddNote {
        /// The version.
        version: VersionId,
        /// Position in the version's notes (drawing order).
        index: usize,
        /// The note, with an id the version does not use yet.
        note: Note,
        /// Card links to restore, applied in order (insertions into each card's list).
        links: Vec<CardLink>,
    },
    /// Removes a note, and its id from every card of the version that links it, its ties,
    /// the ties to it and its segment profile (the inverse brings them all back).
    RemoveNote {
        /// The version.
        version: VersionId,
        /// The note.
        note: NoteId,
    },
    /// Replaces a note's text.
    SetNoteText {
        /// The version.
        version: VersionId,
        /// The note.
        note: NoteId,
        /// The new text.
        text: String,
    },
    /// Sets a note's colour.
    SetNoteColour {
        /// The version.
        version: VersionId,
        /// The note.
        note: NoteId,
        /// The new colour.
        colour: Colour,
    },
    /// Moves a note, possibly into another block of the version's layout. A note leaving
    /// Customer Segments loses the ties to it, a note entering it its own ties (the
    /// inverse restores them).
    MoveNote {
        /// The version.
        version: VersionId,
        /// The note.
        note: NoteId,
        /// The block it moves to.
        block: BlockId,
        /// New left edge, from the block's left edge.
        x: f32,
        /// New top edge, from the block's top edge.
        y: f32,
    },
    /// Moves a note to `index` of the version's notes, that is in drawing order; the last
    /// index brings it to the front.
    ReorderNote {
        /// The version.
        version: VersionId,
        /// The note.
        note: NoteId,
        /// Its position once moved (less than the number of notes).
        index: usize,
    },
    /// Inserts a version at `index` of the tabs (`index == len` appends).
    AddVersion {
        /// Position among the versions.
        index: usize,
        /// The version, with an id the model does not use yet; it must be valid.
        version: Box<Version>,
        /// Whether it becomes the final version; only allowed while no version is final.
        is_final: bool,
    },
    /// Removes a version (not the last one). If it was final, no version is final after.
    RemoveVersion {
        /// The version.
        version: VersionId,
    },
    /// Renames a version.
    RenameVersion {
        /// The version.
        version: VersionId,
        /// The new name.
        name: String,
    },
    /// Switches a version's layout and sets the places of the listed notes in the same
    /// step. Every note must end up in a block of the new layout, otherwise the op fails:
    /// notes of blocks the layout lacks must be listed with a new block
    /// (see [`change_layout`](super::change_layout)).
    SetLayout {
        /// The version.
        version: VersionId,
        /// The new layout.
        layout: LayoutKind,
        /// New places of notes; notes not listed keep theirs.
        places: Vec<NotePlace>,
    },
    /// Moves a version's tab to `index` (less than the number of versions).
    MoveVersion {
        /// The version.
        version: VersionId,
        /// Its position once moved.
        index: usize,
    },
    /// Marks a version final, or none.
    SetFinal {
        /// The final version, or `None`.
        version: Option<VersionId>,
    },
    /// Sets the meaning of a colour in a version's legend; an empty meaning removes the
    /// entry. A changed entry keeps its place; a new one goes to `index` (`None` appends).
    SetLegend {
        /// The version.
        version: VersionId,
        /// The colour explained.
        colour: Colour,
        /// What the colour stands for; empty removes the entry.
        meaning: String,
        /// Where a new entry is inserted; `None` appends.
        index: Option<usize>,
    },
    /// Inserts a hypothesis card at `index` of the version's cards. Linked notes must exist.
    AddCard {
        /// The version.
        version: VersionId,
        /// Position among the cards (`index == len` appends).
        index: usize,
        /// The card, with an id the version does not use yet.
        card: Card,
    },
    /// Removes a hypothesis card.
    RemoveCard {
        /// The version.
        version: VersionId,
        /// The card.
        card: CardId,
    },
    /// Replaces a card (found by the id of `card`) with `card`, links included.
    UpdateCard {
        /// The version.
        version: VersionId,
        /// The new content of the card.
        card: Card,
    },
    /// Links a note of the version to a card.
    LinkNote {
        /// The version.
        version: VersionId,
        /// The card.
        card: CardId,
        /// The note.
        note: NoteId,
        /// Position in the card's list of notes; `None` appends.
        index: Option<usize>,
    },
    /// Removes a note from a card's links (the note itself stays).
    UnlinkNote {
        /// The version.
        version: VersionId,
        /// The card.
        card: CardId,
        /// The note.
        note: NoteId,
    },
    /// Sets the model's description.
    SetModelDescription {
        /// The new description.
        text: String,
    },
    /// Sets a version's description.
    SetDescription {
        /// The version.
        version: VersionId,
        /// The new description.
        text: String,
    },
    /// Sets what a version says of itself as a social enterprise (operating model, type,
    /// description fields).
    SetSocial {
        /// The version.
        version: VersionId,
        /// The new data.
        social: SocialEnterprise,
    },
    /// Sets or removes (`None`, or an empty profile) the profile of a segment note. Only a
    /// note of Customer Segments gets a profile; any note's profile can be removed.
    SetProfile {
        /// The version.
        version: VersionId,
        /// The segment note.
        note: NoteId,
        /// The profile, or `None` to remove it.
        profile: Option<SegmentProfile>,
    },
    /// Ties a note outside Customer Segments to a segment note it serves.
    Tie {
        /// The version.
        version: VersionId,
        /// The note tied.
        note: NoteId,
        /// The segment note it serves.
        segment: NoteId,
    },
    /// Unties a note from a segment.
    Untie {
        /// The version.
        version: VersionId,
        /// The note tied.
        note: NoteId,
        /// The segment note.
        segment: NoteId,
    },
    /// Several ops as one, applied in order, all or nothing. Inverses of removes and moves
    /// that took ties away are batches.
    Batch {
        /// The ops, in the order they are applied.
        ops: Vec<Op>,
    },
}

impl Op {
    /// Applies the op to the model and returns its inverse: applying the inverse right
    /// after gives back the model as it was. On error the model is unchanged.
    pub fn apply(&self, model: &mut Model) -> Result<Op, OpError> {
        match self {
            Op::SetTitle { title } => Ok(Op::SetTitle {
                title: std::mem::replace(&mut model.title, title.clone()),
            }),
            Op::AddNote {
                version,
                index,
                note,
                links,
            } => notes::add(model, *version, *index, note, links),
            Op::RemoveNote { version, note } => notes::remove(model, *version, *note),
            Op::SetNoteText {
                version,
                note,
                text,
            } => notes::set_text(model, *version, *note, text),
            Op::SetNoteColour {
                version,
                note,
                colour,
            } => notes::set_colour(model, *version, *note, *colour),
            Op::MoveNote {
                version,
                note,
                block,
                x,
                y,
            } => notes::move_to(
                model,
                *version,
                NotePlace {
                    note: *note,
                    block: *block,
                    x: *x,
                    y: *y,
                },
            ),
            Op::ReorderNote {
                version,
                note,
                index,
            } => notes::reorder(model, *version, *note, *index),
            Op::SetLayout {
                version,
                layout,
                places,
            } => notes::set_layout(model, *version, *layout, places),
            Op::AddVersion {
                index,
                version,
                is_final,
            } => versions::add(model, *index, version, *is_final),
            Op::RemoveVersion { version } => versions::remove(model, *version),
            Op::RenameVersion { version, name } => versions::rename(model, *version, name),
            Op::MoveVersion { version, index } => versions::move_to(model, *version, *index),
            Op::SetFinal { version } => versions::set_final(model, *version),
            Op::SetLegend {
                version,
                colour,
                meaning,
                index,
            } => versions::set_legend(model, *version, *colour, meaning, *index),
            Op::AddCard {
                version,
                index,
                card,
            } => cards::add(model, *version, *index, card),
            Op::RemoveCard { version, card } => cards::remove(model, *version, *card),
            Op::UpdateCard { version, card } => cards::update(model, *version, card),
            Op::LinkNote {
                version,
                card,
                note,
                index,
            } => cards::link(model, *version, *card, *note, *index),
            Op::UnlinkNote {
                version,
                card,
                note,
            } => cards::unlink(model, *version, *card, *note),
            Op::SetModelDescription { .. }
            | Op::SetDescription { .. }
            | Op::SetSocial { .. }
            | Op::SetProfile { .. }
            | Op::Tie { .. }
            | Op::Untie { .. }
            | Op::Batch { .. } => segments::apply(self, model),
        }
    }
}

/// Checks that `index` is at most `max`.
pub(super) fn check_index(index: usize, max: usize) -> Result<(), OpError> {
    if index > max {
        Err(OpError::IndexOutOfRange { index, max })
    } else {
        Ok(())
    }
}

/// The version with this id, or the error naming it.
pub(super) fn version_mut(model: &mut Model, id: VersionId) -> Result<&mut Version, OpError> {
    model.version_mut(id).ok_or(OpError::NoVersion(id))
}

/// The position of a note in its version, or the error naming it.
pub(super) fn note_index(version: &Version, id: NoteId) -> Result<usize, OpError> {
    version
        .notes
        .iter()
        .position(|n| n.id == id)
        .ok_or(OpError::NoNote(version.id, id))
}
