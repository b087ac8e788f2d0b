//! The differences as one list: note changes and card changes, each with a [`Key`] that
//! names it across recomputations, grouped by block for the compare view's list.

use super::{CardChange, Change, Diff, Kind};
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
}

impl ItemKind {
    /// Every kind, in the order the list and the legend show them.
    pub const ALL: [ItemKind; 8] = [
        ItemKind::Added,
        ItemKind::Removed,
        ItemKind::Changed,
        ItemKind::Moved,
        ItemKind::Recoloured,
        ItemKind::CardAdded,
        ItemKind::CardRemoved,
        ItemKind::CardChanged,
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
            ItemKind::CardAdded | ItemKind::CardRemoved | ItemKind::CardChanged => None,
        }
    }

    /// Whether the difference is about a hypothesis card.
    pub fn is_card(self) -> bool {
        self.note_kind().is_none()
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
}

impl Item<'_> {
    /// The kind of difference.
    pub fn kind(&self) -> ItemKind {
        match self {
            Item::Note(c) => c.kind().into(),
            Item::Card(CardChange::Added { .. }) => ItemKind::CardAdded,
            Item::Card(CardChange::Removed { .. }) => ItemKind::CardRemoved,
            Item::Card(CardChange::Changed { .. }) => ItemKind::CardChanged,
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
        };
        Key {
            kind: self.kind(),
            a,
            b,
        }
    }

    /// The block the list shows the difference under: the note's block in B, or in A for
    /// a removed note; `None` for a card.
    pub fn block(&self) -> Option<BlockId> {
        match self {
            Item::Note(c) => Some(c.note().block),
            Item::Card(_) => None,
        }
    }

    /// The ids of the note in A and in B (`None` on a side without it; both `None` for a
    /// card).
    pub fn notes(&self) -> (Option<NoteId>, Option<NoteId>) {
        match self {
            Item::Note(_) => {
                let k = self.key();
                (k.a.map(NoteId), k.b.map(NoteId))
            }
            Item::Card(_) => (None, None),
        }
    }
}

/// The differences under one heading of the compare list: a block, or the cards.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    /// The block; `None` for the hypothesis cards.
    pub block: Option<BlockId>,
    /// The differences, in the diff's order.
    pub items: Vec<Item<'a>>,
}

impl Diff {
    /// Every difference: the note changes in the order of [`Diff::changes`], then the
    /// card changes.
    pub fn items(&self) -> Vec<Item<'_>> {
        self.changes
            .iter()
            .map(Item::Note)
            .chain(self.cards.iter().map(Item::Card))
            .collect()
    }

    /// The differences grouped by block, in the order of the blocks of `layout` (the
    /// later version's), then blocks only the other layout has, then the cards. Empty
    /// groups are left out.
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
        groups.push(Group {
            block: None,
            items: items
                .iter()
                .copied()
                .filter(|i| i.block().is_none())
                .collect(),
        });
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
}
