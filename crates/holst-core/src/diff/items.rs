//! The differences as one list: note changes, card changes and the method's changes
//! (ties, profiles, social enterprise, description), each with a [`Key`] that names it
//! across recomputations, grouped by block for the compare view's list.

use super::{CardChange, Change, Diff, Kind, MethodChange};
use crate::model::{BlockId, LayoutKind, NoteId};

/// The kind of a difference in the list: a kind of note change, or of card change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// A note only in B.
    Added,
    /// A note only in A.
    Removed,
    /// A note with another text.
    Changed,
    /// A note in another block.
    Moved,
    /// A note of another colour.
    Recoloured,
    /// A hypothesis card only in B.
    CardAdded,
    /// A hypothesis card only in A.
    CardRemoved,
    /// A hypothesis card with other content.
    CardChanged,
    /// A note tied to a segment in B only.
    TieAdded,
    /// A note tied to a segment in A only.
    TieRemoved,
    /// A segment's profile differs.
    ProfileChanged,
    /// The social enterprise differs.
    SocialChanged,
    /// The version's description differs.
    DescriptionChanged,
}

impl ItemKind {
    /// Every kind, in the order the list and the legend show them.
    pub const ALL: [ItemKind; 13] = [
        ItemKind::Added,
        ItemKind::Removed,
        ItemKind::Changed,
        ItemKind::Moved,
        ItemKind::Recoloured,
        ItemKind::CardAdded,
        ItemKind::CardRemoved,
        ItemKind::CardChanged,
        ItemKind::TieAdded,
        ItemKind::TieRemoved,
        ItemKind::ProfileChanged,
        ItemKind::SocialChanged,
        ItemKind::DescriptionChanged,
    ];

    /// The kind's name in the command line's JSON (stable).
    pub fn id(self) -> &'static str {
        match self {
            ItemKind::Added => "added",
            ItemKind::Removed => "removed",
            ItemKind::Changed => "changed",
            ItemKind::Moved => "moved",
            ItemKind::Recoloured => "recoloured",
            ItemKind::CardAdded => "card_added",
            ItemKind::CardRemoved => "card_removed",
            ItemKind::CardChanged => "card_changed",
            ItemKind::TieAdded => "tie_added",
            ItemKind::TieRemoved => "tie_removed",
            ItemKind::ProfileChanged => "profile_changed",
            ItemKind::SocialChanged => "social_changed",
            ItemKind::DescriptionChanged => "description_changed",
        }
    }

    /// The note change kind, for a note difference.
    pub fn note_kind(self) -> Option<Kind> {
        match self {
            ItemKind::Added => Some(Kind::Added),
            ItemKind::Removed => Some(Kind::Removed),
            ItemKind::Changed => Some(Kind::Changed),
            ItemKind::Moved => Some(Kind::Moved),
            ItemKind::Recoloured => Some(Kind::Recoloured),
            _ => None,
        }
    }

    /// Whether the difference is about a hypothesis card.
    pub fn is_card(self) -> bool {
        matches!(
            self,
            ItemKind::CardAdded | ItemKind::CardRemoved | ItemKind::CardChanged
        )
    }

    /// Whether the difference is of the course's method (ties, profiles, social
    /// enterprise, description).
    pub fn is_method(self) -> bool {
        !self.is_card() && self.note_kind().is_none()
    }

    /// Whether the key's `a` and `b` are the ids of one note in A and in B (note
    /// changes and profiles); a tie's key holds its note and segment instead, and cards,
    /// the social enterprise and the description name no note.
    pub fn keys_a_note(self) -> bool {
        self.note_kind().is_some() || self == ItemKind::ProfileChanged
    }
}

impl From<Kind> for ItemKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Added => ItemKind::Added,
            Kind::Removed => ItemKind::Removed,
            Kind::Changed => ItemKind::Changed,
            Kind::Moved => ItemKind::Moved,
            Kind::Recoloured => ItemKind::Recoloured,
        }
    }
}

/// Names one difference: its kind and the id of the note (or card) in A and in B. Stays
/// the same when the diff is computed again, as long as the difference is still there.
/// For a tie, `a` is the tied note and `b` the segment, both ids of the side that has the
/// tie (B for an added tie, A for a removed one); the social enterprise and the
/// description have neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// The kind of difference.
    pub kind: ItemKind,
    /// The note's (or card's) id in A; `None` when it is only in B.
    pub a: Option<u64>,
    /// The note's (or card's) id in B; `None` when it is only in A.
    pub b: Option<u64>,
}

impl Key {
    /// Whether the difference concerns the note (or, for cards, the card) with this id on
    /// either side.
    pub fn concerns(&self, id: u64) -> bool {
        self.a == Some(id) || self.b == Some(id)
    }
}

/// One difference: a note change or a card change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item<'a> {
    /// A note that differs.
    Note(&'a Change),
    /// A hypothesis card that differs.
    Card(&'a CardChange),
    /// A difference of the course's method.
    Method(&'a MethodChange),
}

impl Item<'_> {
    /// The kind of difference.
    pub fn kind(&self) -> ItemKind {
        match self {
            Item::Note(c) => c.kind().into(),
            Item::Card(CardChange::Added { .. }) => ItemKind::CardAdded,
            Item::Card(CardChange::Removed { .. }) => ItemKind::CardRemoved,
            Item::Card(CardChange::Changed { .. }) => ItemKind::CardChanged,
            Item::Method(MethodChange::TieAdded { .. }) => ItemKind::TieAdded,
            Item::Method(MethodChange::TieRemoved { .. }) => ItemKind::TieRemoved,
            Item::Method(MethodChange::ProfileChanged { .. }) => ItemKind::ProfileChanged,
            Item::Method(MethodChange::SocialChanged { .. }) => ItemKind::SocialChanged,
            Item::Method(MethodChange::DescriptionChanged { .. }) => ItemKind::DescriptionChanged,
        }
    }

    /// The key naming the difference.
    pub fn key(&self) -> Key {
        let (a, b) = match self {
            Item::Note(Change::Added { note }) => (None, Some(note.id.0)),
            Item::Note(Change::Removed { note }) => (Some(note.id.0), None),
            Item::Note(
                Change::Changed { before, after }
                | Change::Moved { before, after }
                | Change::Recoloured { before, after },
            ) => (Some(before.id.0), Some(after.id.0)),
            Item::Card(CardChange::Added { card }) => (None, Some(card.id.0)),
            Item::Card(CardChange::Removed { card }) => (Some(card.id.0), None),
            Item::Card(CardChange::Changed { before, after, .. }) => {
                (Some(before.id.0), Some(after.id.0))
            }
            Item::Method(
                MethodChange::TieAdded { note, segment }
                | MethodChange::TieRemoved { note, segment },
            ) => (Some(note.id.0), Some(segment.id.0)),
            Item::Method(MethodChange::ProfileChanged { before, after, .. }) => {
                (before.as_ref().map(|n| n.id.0), Some(after.id.0))
            }
            Item::Method(
                MethodChange::SocialChanged { .. } | MethodChange::DescriptionChanged { .. },
            ) => (None, None),
        };
        Key {
            kind: self.kind(),
            a,
            b,
        }
    }

    /// The block the list shows the difference under: the note's block in B, or in A for
    /// a removed note; a tie's under its note's block, a profile under its segment's;
    /// `None` for a card, the social enterprise and the description.
    pub fn block(&self) -> Option<BlockId> {
        match self {
            Item::Note(c) => Some(c.note().block),
            Item::Method(
                MethodChange::TieAdded { note, .. } | MethodChange::TieRemoved { note, .. },
            ) => Some(note.block),
            Item::Method(MethodChange::ProfileChanged { after, .. }) => Some(after.block),
            Item::Card(_) | Item::Method(_) => None,
        }
    }

    /// The ids of the note in A and in B (`None` on a side without it; both `None` for a
    /// card, the social enterprise and the description). A tie gives its note on the side
    /// that has the tie.
    pub fn notes(&self) -> (Option<NoteId>, Option<NoteId>) {
        match self {
            Item::Note(_) | Item::Method(MethodChange::ProfileChanged { .. }) => {
                let k = self.key();
                (k.a.map(NoteId), k.b.map(NoteId))
            }
            Item::Method(MethodChange::TieAdded { note, .. }) => (None, Some(note.id)),
            Item::Method(MethodChange::TieRemoved { note, .. }) => (Some(note.id), None),
            Item::Card(_) | Item::Method(_) => (None, None),
        }
    }
}

/// The differences under one heading of the compare list: a block, the version as a
/// whole (social enterprise, description), or the cards.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    /// The block; `None` for the version as a whole and for the hypothesis cards (tell
    /// them apart by [`ItemKind::is_card`] of their items).
    pub block: Option<BlockId>,
    /// The differences, in the diff's order.
    pub items: Vec<Item<'a>>,
}

impl Diff {
    /// Every difference: the note changes in the order of [`Diff::changes`], then the
    /// card changes, then the method's changes ([`Diff::method_changes`]).
    pub fn items(&self) -> Vec<Item<'_>> {
        self.changes
            .iter()
            .map(Item::Note)
            .chain(self.cards.iter().map(Item::Card))
            .chain(self.method.iter().map(Item::Method))
            .collect()
    }

    /// The differences grouped by block, in the order of the blocks of `layout` (the
    /// later version's), then blocks only the other layout has, then the version as a
    /// whole (social enterprise, description), then the cards. Empty groups are left out.
    pub fn groups(&self, layout: LayoutKind, other: LayoutKind) -> Vec<Group<'_>> {
        let items = self.items();
        let mut order: Vec<BlockId> = layout.blocks().collect();
        order.extend(other.blocks().filter(|b| !layout.has_block(*b)));
        // A block neither layout has (a version switched since): after the others.
        for item in &items {
            if let Some(b) = item.block()
                && !order.contains(&b)
            {
                order.push(b);
            }
        }
        let mut groups: Vec<Group<'_>> = order
            .into_iter()
            .map(|block| Group {
                block: Some(block),
                items: items
                    .iter()
                    .copied()
                    .filter(|i| i.block() == Some(block))
                    .collect(),
            })
            .collect();
        for cards in [false, true] {
            groups.push(Group {
                block: None,
                items: items
                    .iter()
                    .copied()
                    .filter(|i| i.block().is_none() && i.kind().is_card() == cards)
                    .collect(),
            });
        }
        groups.retain(|g| !g.items.is_empty());
        groups
    }

    /// The differences in list order: group by group (see [`Diff::groups`]).
    pub fn listed(&self, layout: LayoutKind, other: LayoutKind) -> Vec<Item<'_>> {
        self.groups(layout, other)
            .into_iter()
            .flat_map(|g| g.items)
            .collect()
    }

    /// The card changes.
    pub fn card_changes(&self) -> &[CardChange] {
        &self.cards
    }

    /// The differences of the course's method (see [`super::method`]'s docs).
    pub fn method_changes(&self) -> &[MethodChange] {
        &self.method
    }
}
