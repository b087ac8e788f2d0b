//! Unit tests of card differences, the list of items and taking differences into the
//! other version.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use super::{CardChange, CardField, Item, ItemKind, Key, Side, diff};
use crate::geometry::arrange_version;
use crate::model::{
    BlockId, Card, CardId, Colour, LayoutKind, Model, Note, NoteId, Status, Version, VersionId,
};
use crate::ops::{History, Op};

const A: VersionId = VersionId(1);
const B: VersionId = VersionId(2);

fn note(id: u64, block: BlockId, text: &str) -> Note {
    Note {
        id: NoteId(id),
        block,
        colour: Colour::Yellow,
        x: 0.0,
        y: 0.0,
        text: text.to_owned(),
    }
}

/// Version A with five notes and two cards; B a fork of it with one difference of each
/// kind: of notes, and of cards (one changed, one added, one removed).
fn pair() -> Model {
    let mut m = Model::new("Войлок", "A", LayoutKind::Bmc);
    let a = &mut m.versions[0];
    a.notes = vec![
        note(1, BlockId::KeyPartners, "Мастерицы"),
        note(2, BlockId::ValuePropositions, "Игрушки ручной работы"),
        note(3, BlockId::Channels, "Ярмарки"),
        note(4, BlockId::Channels, "Сайт"),
        note(5, BlockId::CostStructure, "Налоги"),
    ];
    a.cards = vec![
        Card {
            id: CardId(1),
            hypothesis: "Мамы купят игрушки".into(),
            notes: vec![NoteId(2)],
            ..Card::default()
        },
        Card {
            id: CardId(3),
            hypothesis: "Ярмарки окупятся".into(),
            notes: vec![NoteId(3)],
            ..Card::default()
        },
    ];
    arrange_version(a);
    let mut b = m.versions[0].clone();
    b.id = B;
    b.name = "B".into();
    b.notes.retain(|n| n.id != NoteId(5));
    b.notes[1].text = "Игрушки из войлока".into();
    b.notes[2].block = BlockId::CustomerRelationships;
    b.notes[3].colour = Colour::Pink;
    b.notes.push(note(6, BlockId::KeyPartners, "Фабрика"));
    b.cards[0].status = Status::Validated;
    b.cards.retain(|c| c.id != CardId(3));
    b.cards.push(Card {
        id: CardId(2),
        hypothesis: "Фабрика сделает дешевле".into(),
        notes: vec![NoteId(6), NoteId(1)],
        ..Card::default()
    });
    arrange_version(&mut b);
    m.versions.push(b);
    m.validate().unwrap();
    m
}

fn version(m: &Model, id: VersionId) -> &Version {
    m.version(id).unwrap()
}

/// Takes the differences with these keys into `into` as one step of `history`.
fn take(m: &mut Model, history: &mut History, keys: &[Key], into: Side) {
    let d = diff(version(m, A), version(m, B));
    let ops = d.take(m, A, B, keys, into).unwrap();
    assert!(!ops.is_empty(), "{keys:?} gave no ops");
    history.apply_all(m, "take", &ops).unwrap();
    m.validate().unwrap();
}

/// Takes every difference of these kinds into `into` as one step of `history`.
fn take_kinds(m: &mut Model, history: &mut History, kinds: &[ItemKind], into: Side) {
    let keys = keys_of(m, kinds);
    take(m, history, &keys, into);
}

fn keys_of(m: &Model, kinds: &[ItemKind]) -> Vec<Key> {
    diff(version(m, A), version(m, B))
        .items()
        .iter()
        .map(Item::key)
        .filter(|k| kinds.contains(&k.kind))
        .collect()
}

#[test]
fn cards_that_differ_are_listed_with_the_fields_that_differ() {
    let m = pair();
    let d = diff(version(&m, A), version(&m, B));
    assert_eq!(d.counts().cards, 3);
    match d.card_changes() {
        [
            CardChange::Changed { fields, .. },
            CardChange::Added { card },
            CardChange::Removed { card: gone },
        ] => {
            assert_eq!(fields, &vec![CardField::Status]);
            assert_eq!(card.id, CardId(2));
            assert_eq!(gone.id, CardId(3));
        }
        other => panic!("{other:?}"),
    }
    let kinds: Vec<ItemKind> = d.items().iter().map(Item::kind).collect();
    assert_eq!(
        kinds,
        [
            ItemKind::Changed,
            ItemKind::Moved,
            ItemKind::Recoloured,
            ItemKind::Added,
            ItemKind::Removed,
            ItemKind::CardChanged,
            ItemKind::CardAdded,
            ItemKind::CardRemoved,
        ]
    );
    // Grouped by B's blocks in layout order, the cards last.
    let groups = d.groups(LayoutKind::Bmc, LayoutKind::Bmc);
    let blocks: Vec<Option<BlockId>> = groups.iter().map(|g| g.block).collect();
    assert_eq!(
        blocks,
        [
            Some(BlockId::KeyPartners),
            Some(BlockId::ValuePropositions),
            Some(BlockId::CustomerRelationships),
            Some(BlockId::Channels),
            Some(BlockId::CostStructure),
            None,
        ]
    );
    assert_eq!(groups[5].items.len(), 3);
}

#[test]
fn a_card_linking_a_paired_note_under_another_id_does_not_differ() {
    let mut m = pair();
    // B's copy of note 2 gets another id; the card links the new id: the same note.
    let b = m.versions[1].clone();
    let mut b2 = b.clone();
    b2.notes[1].id = NoteId(20);
    b2.notes[1].text = "Игрушки ручной работы".into();
    b2.cards[0].notes = vec![NoteId(20)];
    b2.cards[0].status = Status::Untested;
    m.versions[1] = b2;
    let d = diff(version(&m, A), version(&m, B));
    assert!(
        d.card_changes()
            .iter()
            .all(|c| !matches!(c, CardChange::Changed { .. })),
        "{:?}",
        d.card_changes()
    );
}

#[test]
fn taking_everything_either_way_leaves_no_difference_and_one_undo_restores() {
    for into in [Side::A, Side::B] {
        let mut m = pair();
        let start = m.clone();
        let mut history = History::new();
        let all: Vec<Key> = keys_of(&m, &ItemKind::ALL);
        take(&mut m, &mut history, &all, into);
        let d = diff(version(&m, A), version(&m, B));
        assert!(
            d.is_empty(),
            "{into:?}: {:?} {:?}",
            d.changes(),
            d.card_changes()
        );
        // The other version did not change.
        let other = if into == Side::A { B } else { A };
        assert_eq!(version(&m, other), version(&start, other));
        assert!(history.undo(&mut m).unwrap());
        assert_eq!(m, start, "{into:?}: one undo gives the start back");
    }
}

#[test]
fn each_kind_taken_into_b_gives_b_the_earlier_state() {
    let mut m = pair();
    let mut h = History::new();
    take_kinds(&mut m, &mut h, &[ItemKind::Changed], Side::B);
    assert_eq!(
        version(&m, B).note(NoteId(2)).unwrap().text,
        "Игрушки ручной работы"
    );
    take_kinds(&mut m, &mut h, &[ItemKind::Moved], Side::B);
    let moved_back = version(&m, B).note(NoteId(3)).unwrap();
    let original = version(&m, A).note(NoteId(3)).unwrap();
    assert_eq!(
        (moved_back.block, moved_back.x, moved_back.y),
        (original.block, original.x, original.y),
        "moved back to its place"
    );
    take_kinds(&mut m, &mut h, &[ItemKind::Recoloured], Side::B);
    assert_eq!(
        version(&m, B).note(NoteId(4)).unwrap().colour,
        Colour::Yellow
    );
    take_kinds(&mut m, &mut h, &[ItemKind::Added], Side::B);
    assert!(
        version(&m, B).note(NoteId(6)).is_none(),
        "the added note goes"
    );
    assert_eq!(
        version(&m, B).cards[1].notes,
        vec![NoteId(1)],
        "and its link with it"
    );
    take_kinds(&mut m, &mut h, &[ItemKind::Removed], Side::B);
    let back = version(&m, B).note(NoteId(5)).unwrap();
    assert_eq!(
        (back.block, back.text.as_str()),
        (BlockId::CostStructure, "Налоги"),
        "the removed note comes back with its id"
    );
    assert_eq!(h.undo_len(), 5, "one step per action");
}

#[test]
fn a_card_taken_into_a_links_the_notes_taken_with_it() {
    let mut m = pair();
    let mut h = History::new();
    let keys = keys_of(&m, &[ItemKind::CardAdded, ItemKind::Added]);
    take(&mut m, &mut h, &keys, Side::A);
    let a = version(&m, A);
    let card = a.cards.iter().find(|c| c.id == CardId(2)).unwrap();
    assert_eq!(card.notes, vec![NoteId(6), NoteId(1)]);
    assert_eq!(a.note(NoteId(6)).unwrap().text, "Фабрика");
    // Alone, the card links only the note A has.
    let mut m = pair();
    take_kinds(&mut m, &mut h, &[ItemKind::CardAdded], Side::A);
    let card = version(&m, A).cards.last().unwrap().clone();
    assert_eq!(card.notes, vec![NoteId(1)]);
    take_kinds(&mut m, &mut h, &[ItemKind::CardChanged], Side::A);
    assert_eq!(version(&m, A).cards[0].status, Status::Validated);
}

#[test]
fn a_note_whose_id_is_taken_gets_a_new_one_and_a_missing_block_its_grid_twin() {
    let mut m = pair();
    // An unrelated note of A uses id 6, in another text: B's note 6 is then added
    // under a new id.
    m.versions[0]
        .notes
        .push(note(6, BlockId::Channels, "Совсем другое"));
    m.versions[0].layout = LayoutKind::Lean;
    m.versions[0]
        .notes
        .retain(|n| n.block != BlockId::KeyPartners);
    m.validate().unwrap();
    let d = diff(version(&m, A), version(&m, B));
    let added: Vec<Key> = d
        .items()
        .iter()
        .map(Item::key)
        .filter(|k| k.kind == ItemKind::Added && k.b == Some(6))
        .collect();
    assert_eq!(added.len(), 1);
    let ops = d.take(&m, A, B, &added, Side::A).unwrap();
    match ops.as_slice() {
        [Op::AddNote { note, .. }] => {
            assert_ne!(note.id, NoteId(6));
            assert!(m.versions.iter().all(|v| v.note(note.id).is_none()));
            assert_eq!(note.block, BlockId::Problem, "Key Partners' twin in Lean");
        }
        other => panic!("{other:?}"),
    }
    let mut h = History::new();
    h.apply_all(&mut m, "take", &ops).unwrap();
    m.validate().unwrap();
}

#[test]
fn unknown_keys_give_nothing_and_a_missing_version_is_an_error() {
    let m = pair();
    let d = diff(version(&m, A), version(&m, B));
    let stale = Key {
        kind: ItemKind::Changed,
        a: Some(99),
        b: Some(99),
    };
    assert!(d.take(&m, A, B, &[stale], Side::B).unwrap().is_empty());
    assert!(d.take(&m, A, VersionId(9), &[stale], Side::B).is_err());
}

#[test]
fn each_kind_taken_either_way_goes_from_the_list_alone_and_undo_restores_it() {
    // The method's kinds have their own pair in `tests/diff_method.rs`.
    for kind in ItemKind::ALL.into_iter().filter(|k| !k.is_method()) {
        for into in [Side::A, Side::B] {
            let mut m = pair();
            let start = m.clone();
            let keys = keys_of(&m, &[kind]);
            assert_eq!(keys.len(), 1, "{kind:?}: the pair has one of each kind");
            let mut h = History::new();
            take(&mut m, &mut h, &keys, into);
            let after: Vec<Key> = keys_of(&m, &ItemKind::ALL);
            let before: Vec<Key> = keys_of(&start, &ItemKind::ALL);
            assert!(!after.contains(&keys[0]), "{kind:?} {into:?}: still listed");
            // Nothing else changed, except that a card taken without a note it links
            // links fewer notes, and so still differs in its links.
            let d = diff(version(&m, A), version(&m, B));
            for change in d.card_changes() {
                if let CardChange::Changed { fields, after, .. } = change
                    && !before.contains(&Item::Card(change).key())
                {
                    assert_eq!(kind, ItemKind::CardAdded, "{into:?}: {change:?}");
                    assert_eq!(fields, &vec![CardField::Notes]);
                    assert!(keys[0].concerns(after.id.0));
                }
            }
            let kept: Vec<&Key> = after.iter().filter(|k| before.contains(k)).collect();
            assert_eq!(
                kept.len(),
                before.len() - 1,
                "{kind:?} {into:?}: only that difference went: {after:?}"
            );
            let other = if into == Side::A { B } else { A };
            assert_eq!(version(&m, other), version(&start, other));
            assert!(h.undo(&mut m).unwrap());
            assert_eq!(m, start, "{kind:?} {into:?}: undo restores");
        }
    }
}
