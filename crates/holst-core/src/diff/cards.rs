//! Hypothesis cards that differ between two versions.
//!
//! Cards are paired first by id (a fork keeps card ids), then by their hypothesis after
//! [`normalise`](super::normalise), in A's order. A pair differs when a text field differs
//! after normalisation, the status differs, or the cards link other notes: A's links are
//! read through the note pairing, so a fork's card that still links "the same" notes does
//! not differ.

use std::collections::{BTreeSet, HashMap};

use super::normalise;
use crate::model::{Card, CardId, NoteId, Version};

/// A field of a card, as the difference names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CardField {
    /// «Мы считаем, что …»
    Hypothesis,
    /// «Чтобы проверить это, мы …»
    Test,
    /// «И будем измерять …»
    Metric,
    /// «Мы правы, если …»
    Criterion,
    /// Where the test stands.
    Status,
    /// What testing taught.
    Learning,
    /// The notes the card concerns.
    Notes,
}

impl CardField {
    /// Every field, in the card's order.
    pub const ALL: [CardField; 7] = [
        CardField::Hypothesis,
        CardField::Test,
        CardField::Metric,
        CardField::Criterion,
        CardField::Status,
        CardField::Learning,
        CardField::Notes,
    ];

    /// The field's name in files and in the command line's JSON.
    pub fn id(self) -> &'static str {
        match self {
            CardField::Hypothesis => "hypothesis",
            CardField::Test => "test",
            CardField::Metric => "metric",
            CardField::Criterion => "criterion",
            CardField::Status => "status",
            CardField::Learning => "learning",
            CardField::Notes => "notes",
        }
    }
}

/// One hypothesis card that differs between the versions.
#[derive(Debug, Clone, PartialEq)]
pub enum CardChange {
    /// A card only in B.
    Added {
        /// The card of B.
        card: Card,
    },
    /// A card only in A.
    Removed {
        /// The card of A.
        card: Card,
    },
    /// A paired card with other content.
    Changed {
        /// The card in A.
        before: Card,
        /// The card in B.
        after: Card,
        /// What differs, in [`CardField::ALL`] order.
        fields: Vec<CardField>,
    },
}

impl CardChange {
    /// The card as it is now: B's card, or A's card for a removed one.
    pub fn card(&self) -> &Card {
        match self {
            CardChange::Added { card } | CardChange::Removed { card } => card,
            CardChange::Changed { after, .. } => after,
        }
    }
}

/// The fields in which two paired cards differ; `partner` maps A's note ids to B's.
fn differing(a: &Card, b: &Card, partner: &HashMap<NoteId, NoteId>) -> Vec<CardField> {
    let text = |x: &str, y: &str| normalise(x) != normalise(y);
    let links_a: BTreeSet<Option<NoteId>> =
        a.notes.iter().map(|n| partner.get(n).copied()).collect();
    let links_b: BTreeSet<Option<NoteId>> = b.notes.iter().map(|n| Some(*n)).collect();
    CardField::ALL
        .into_iter()
        .filter(|f| match f {
            CardField::Hypothesis => text(&a.hypothesis, &b.hypothesis),
            CardField::Test => text(&a.test, &b.test),
            CardField::Metric => text(&a.metric, &b.metric),
            CardField::Criterion => text(&a.criterion, &b.criterion),
            CardField::Status => a.status != b.status,
            CardField::Learning => text(&a.learning, &b.learning),
            CardField::Notes => links_a != links_b,
        })
        .collect()
}

/// The card changes from `a` to `b`: added and changed cards in B's order, then removed
/// ones in A's order. `partner` maps each paired note of A to its note in B.
pub(super) fn card_changes(
    a: &Version,
    b: &Version,
    partner: &HashMap<NoteId, NoteId>,
) -> Vec<CardChange> {
    let mut pair: Vec<Option<usize>> = vec![None; b.cards.len()];
    let mut used = vec![false; a.cards.len()];
    let a_by_id: HashMap<CardId, usize> = a
        .cards
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id, i))
        .rev()
        .collect();
    for (j, card) in b.cards.iter().enumerate() {
        if let Some(&i) = a_by_id.get(&card.id)
            && !used[i]
        {
            pair[j] = Some(i);
            used[i] = true;
        }
    }
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in a.cards.iter().enumerate().filter(|(i, _)| !used[*i]) {
        by_text.entry(normalise(&c.hypothesis)).or_default().push(i);
    }
    for (j, card) in b.cards.iter().enumerate() {
        if pair[j].is_some() {
            continue;
        }
        if let Some(list) = by_text.get_mut(&normalise(&card.hypothesis))
            && !list.is_empty()
        {
            let i = list.remove(0);
            pair[j] = Some(i);
            used[i] = true;
        }
    }
    let mut out = Vec::new();
    for (j, after) in b.cards.iter().enumerate() {
        match pair[j] {
            None => out.push(CardChange::Added {
                card: after.clone(),
            }),
            Some(i) => {
                let before = &a.cards[i];
                let fields = differing(before, after, partner);
                if !fields.is_empty() {
                    out.push(CardChange::Changed {
                        before: before.clone(),
                        after: after.clone(),
                        fields,
                    });
                }
            }
        }
    }
    for (i, before) in a.cards.iter().enumerate() {
        if !used[i] {
            out.push(CardChange::Removed {
                card: before.clone(),
            });
        }
    }
    out
}
