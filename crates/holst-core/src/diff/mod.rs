//! What differs between two versions of a model: A, the earlier, and B, the later.
//! Pure data in, data out: no egui and no I/O.
//!
//! # Matching
//!
//! Each note of B is paired with at most one note of A, in three passes; a pass only
//! considers notes no earlier pass paired. "Text" means the text after [`normalise`]:
//! whitespace runs collapsed, trimmed, lowercase, `ё` read as `е`.
//!
//! 1. **Same id and same text.** A fork keeps note ids, so this pairs every note of a
//!    fork that was left alone or only moved or recoloured.
//! 2. **Same text**, whatever the ids: first with a note of the same block, then with one
//!    of any block, taking notes in B's order and candidates in A's order. This pairs
//!    versions written independently (imported from Markdown, where ids are only 1..n
//!    and mean nothing), in whatever order their notes are listed.
//! 3. **Same id, text differs**, only when the ids are trusted, and only when the two notes
//!    are in the same block or their texts are similar: their character bigrams give a Dice
//!    coefficient of at least 1/2, or 4/5 of the shorter text's bigrams occur in the
//!    longer one (a note reworded, or extended, as it moved). Ids are trusted when the versions
//!    share at least one id and pass 1 paired at least as many notes as pass 2 paired
//!    notes whose ids point at *different* notes on the other side. In a fork nearly all
//!    pairs agree with the ids; in independently written versions listed in another
//!    order they mostly do not, and pass 3 is skipped so a reworded note shows as one
//!    removed and one added rather than as a guess.
//!
//! Everything left over is added (only in B) or removed (only in A). Independently written
//! versions that list their notes in the *same* order get ids that agree with their texts
//! and cannot be told from a fork; a reworded note there shows as changed, which is then
//! also a fair reading.
//!
//! # What counts as a difference
//!
//! For a matched pair:
//! - [`Change::Changed`] when the texts differ after normalisation (so a change of case or
//!   spacing only is no difference: independently typed versions often differ in those);
//! - [`Change::Moved`] when the blocks differ; a change of x/y within a block is no
//!   difference;
//! - [`Change::Recoloured`] when the colours differ, so that the compare view can mark it;
//!   the command line does not list it.
//!
//! A pair can differ in several ways; it then gives one change of each kind, adjacent in
//! the list and in the order changed, moved, recoloured. A note both reworded and moved
//! is thus counted once as changed and once as moved.
//!
//! # Order
//!
//! [`Diff::changes`] lists the changes of B's notes in B's note order (added, or the
//! changes of a matched note), then the removed notes in A's order.
//!
//! # Cards, the list, taking
//!
//! Hypothesis cards that differ are in [`Diff::card_changes`] (see [`CardChange`]);
//! [`Diff::items`] lists note and card differences together, each named by a [`Key`],
//! and [`Diff::groups`] groups them by block for the compare view. [`Diff::take`] turns
//! chosen differences into the ops that carry one version's state into the other: the
//! compare view and `holst merge` share it.
//!
//! # The course's method
//!
//! Ties to segments, segment profiles, the social enterprise and the description that
//! differ are in [`Diff::method_changes`] (see [`MethodChange`] and the `method` module):
//! listed, counted, written to JSON and taken like the rest.

mod cards;
mod items;
mod json;
mod marks;
mod matching;
mod method;
mod take;

pub use cards::{CardChange, CardField};
pub use items::{Group, Item, ItemKind, Key};
pub use json::to_json;
pub use marks::{compare_marks, note_mark};
pub use method::{MethodChange, MethodField};
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_take;

use std::collections::HashMap;

pub use matching::normalise;

use crate::model::{BlockId, Colour, Note, NoteId, Version};

/// One difference between the versions.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A note only in B.
    Added {
        /// The note of B.
        note: Note,
    },
    /// A note only in A.
    Removed {
        /// The note of A.
        note: Note,
    },
    /// A matched note whose text differs (after normalisation).
    Changed {
        /// The note in A.
        before: Note,
        /// The note in B.
        after: Note,
    },
    /// A matched note in another block.
    Moved {
        /// The note in A.
        before: Note,
        /// The note in B.
        after: Note,
    },
    /// A matched note of another colour.
    Recoloured {
        /// The note in A.
        before: Note,
        /// The note in B.
        after: Note,
    },
}

/// The kind of a [`Change`], without its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// See [`Change::Added`].
    Added,
    /// See [`Change::Removed`].
    Removed,
    /// See [`Change::Changed`].
    Changed,
    /// See [`Change::Moved`].
    Moved,
    /// See [`Change::Recoloured`].
    Recoloured,
}

impl Change {
    /// The kind of change.
    pub fn kind(&self) -> Kind {
        match self {
            Change::Added { .. } => Kind::Added,
            Change::Removed { .. } => Kind::Removed,
            Change::Changed { .. } => Kind::Changed,
            Change::Moved { .. } => Kind::Moved,
            Change::Recoloured { .. } => Kind::Recoloured,
        }
    }

    /// The note as it is now: B's note, or A's note for a removed one.
    pub fn note(&self) -> &Note {
        match self {
            Change::Added { note } | Change::Removed { note } => note,
            Change::Changed { after, .. }
            | Change::Moved { after, .. }
            | Change::Recoloured { after, .. } => after,
        }
    }
}

/// How many changes of each kind a [`Diff`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Notes only in B.
    pub added: usize,
    /// Notes only in A.
    pub removed: usize,
    /// Matched notes with another text.
    pub changed: usize,
    /// Matched notes in another block.
    pub moved: usize,
    /// Matched notes of another colour.
    pub recoloured: usize,
    /// Hypothesis cards added, removed or changed.
    pub cards: usize,
    /// Differences of the course's method: ties, profiles, social enterprise,
    /// description.
    pub method: usize,
}

impl Counts {
    /// All changes together, cards and the method's included.
    pub fn total(&self) -> usize {
        self.added
            + self.removed
            + self.changed
            + self.moved
            + self.recoloured
            + self.cards
            + self.method
    }

    /// The count of one kind.
    pub fn of(&self, kind: Kind) -> usize {
        match kind {
            Kind::Added => self.added,
            Kind::Removed => self.removed,
            Kind::Changed => self.changed,
            Kind::Moved => self.moved,
            Kind::Recoloured => self.recoloured,
        }
    }
}

/// Which of the two compared versions a note belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The earlier version.
    A,
    /// The later version.
    B,
}

/// What the compare view draws on one note: how it relates to the other version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The version the note belongs to.
    pub side: Side,
    /// The matched note of the other version; `None` when the note is only on its side
    /// (added in B, removed from A).
    pub partner: Option<NoteId>,
    /// The partner's text when it differs: on B the old text, on A the new one.
    pub other_text: Option<String>,
    /// The partner's block when it differs: on B the block moved from, on A the block
    /// moved to.
    pub other_block: Option<BlockId>,
    /// The partner's colour when it differs.
    pub other_colour: Option<Colour>,
}

impl Mark {
    fn unmatched(side: Side) -> Self {
        Self {
            side,
            partner: None,
            other_text: None,
            other_block: None,
            other_colour: None,
        }
    }

    /// Only in B.
    pub fn is_added(&self) -> bool {
        self.side == Side::B && self.partner.is_none()
    }

    /// Only in A.
    pub fn is_removed(&self) -> bool {
        self.side == Side::A && self.partner.is_none()
    }

    /// Matched, with another text.
    pub fn is_changed(&self) -> bool {
        self.other_text.is_some()
    }

    /// Matched, in another block.
    pub fn is_moved(&self) -> bool {
        self.other_block.is_some()
    }

    /// Matched, of another colour.
    pub fn is_recoloured(&self) -> bool {
        self.other_colour.is_some()
    }

    /// Matched and not different in any way the diff reports.
    pub fn is_unchanged(&self) -> bool {
        self.partner.is_some()
            && self.other_text.is_none()
            && self.other_block.is_none()
            && self.other_colour.is_none()
    }
}

/// The differences between two versions, with a mark for every note of both.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Diff {
    changes: Vec<Change>,
    counts: Counts,
    marks_a: HashMap<NoteId, Mark>,
    marks_b: HashMap<NoteId, Mark>,
    ids_trusted: bool,
    cards: Vec<CardChange>,
    method: Vec<MethodChange>,
}

impl Diff {
    /// The changes, in the order the [module docs](self) give.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// How many changes of each kind.
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// Whether the versions do not differ at all, in notes, cards or the method.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.cards.is_empty() && self.method.is_empty()
    }

    /// The mark of a note of A or of B, by its id; `None` when that version has no such note.
    pub fn mark(&self, side: Side, id: NoteId) -> Option<&Mark> {
        match side {
            Side::A => self.marks_a.get(&id),
            Side::B => self.marks_b.get(&id),
        }
    }

    /// The mark of a note of A.
    pub fn mark_a(&self, id: NoteId) -> Option<&Mark> {
        self.mark(Side::A, id)
    }

    /// The mark of a note of B.
    pub fn mark_b(&self, id: NoteId) -> Option<&Mark> {
        self.mark(Side::B, id)
    }

    /// Whether note ids were trusted to pair notes with different texts (pass 3 of the
    /// module docs).
    pub fn ids_trusted(&self) -> bool {
        self.ids_trusted
    }

    fn push(&mut self, change: Change) {
        match change.kind() {
            Kind::Added => self.counts.added += 1,
            Kind::Removed => self.counts.removed += 1,
            Kind::Changed => self.counts.changed += 1,
            Kind::Moved => self.counts.moved += 1,
            Kind::Recoloured => self.counts.recoloured += 1,
        }
        self.changes.push(change);
    }
}

/// Compares version `a` (the earlier) with version `b` (the later); see the module docs.
pub fn diff(a: &Version, b: &Version) -> Diff {
    let matching = matching::pair(a, b);
    let mut out = Diff {
        ids_trusted: matching.ids_trusted,
        ..Diff::default()
    };
    for (j, after) in b.notes.iter().enumerate() {
        let Some(i) = matching.b_to_a[j] else {
            out.marks_b.insert(after.id, Mark::unmatched(Side::B));
            out.push(Change::Added {
                note: after.clone(),
            });
            continue;
        };
        let before = &a.notes[i];
        let text = normalise(&before.text) != normalise(&after.text);
        let block = before.block != after.block;
        let colour = before.colour != after.colour;
        let mark = |side: Side, partner: &Note| Mark {
            side,
            partner: Some(partner.id),
            other_text: text.then(|| partner.text.clone()),
            other_block: block.then_some(partner.block),
            other_colour: colour.then_some(partner.colour),
        };
        out.marks_b.insert(after.id, mark(Side::B, before));
        out.marks_a.insert(before.id, mark(Side::A, after));
        let pair = || (before.clone(), after.clone());
        if text {
            let (before, after) = pair();
            out.push(Change::Changed { before, after });
        }
        if block {
            let (before, after) = pair();
            out.push(Change::Moved { before, after });
        }
        if colour {
            let (before, after) = pair();
            out.push(Change::Recoloured { before, after });
        }
    }
    for (i, before) in a.notes.iter().enumerate() {
        if !matching.a_used[i] {
            out.marks_a.insert(before.id, Mark::unmatched(Side::A));
            out.push(Change::Removed {
                note: before.clone(),
            });
        }
    }
    let partner: HashMap<NoteId, NoteId> = out
        .marks_a
        .iter()
        .filter_map(|(id, m)| Some((*id, m.partner?)))
        .collect();
    out.cards = cards::card_changes(a, b, &partner);
    out.counts.cards = out.cards.len();
    out.method = method::method_changes(a, b, &partner);
    out.counts.method = out.method.len();
    out
}
