//! Each op does what it says, its inverse gives back the model exactly, and the inverse
//! of the inverse redoes it.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use super::fixture::{V1, V2, card, fails, note, roundtrip, sample, v};
use super::{CardLink, NotePlace, Op, OpError};
use crate::model::{BlockId, CardId, Colour, LayoutKind, NoteId, Status, Version, VersionId};

#[test]
fn note_ops_are_undone_exactly() {
    let m = sample();
    let ops = vec![
        Op::AddNote {
            version: V1,
            index: 2,
            note: note(40, BlockId::Channels, Colour::White, "Ярмарки"),
            links: vec![],
        },
        Op::RemoveNote {
            version: V1,
            note: NoteId(3),
        },
        Op::SetNoteText {
            version: V1,
            note: NoteId(2),
            text: "Тепло\nрук".into(),
        },
        Op::SetNoteColour {
            version: V2,
            note: NoteId(6),
            colour: Colour::Purple,
        },
        Op::MoveNote {
            version: V1,
            note: NoteId(4),
            block: BlockId::RevenueStreams,
            x: 10.0,
            y: 40.0,
        },
        Op::ReorderNote {
            version: V1,
            note: NoteId(1),
            index: 5,
        },
    ];
    for op in &ops {
        roundtrip(&m, op);
    }
}

#[test]
fn version_legend_and_card_ops_are_undone_exactly() {
    let m = sample();
    let mut extra = Version::new(VersionId(9), "Опт", LayoutKind::Bmc);
    extra
        .notes
        .push(note(1, BlockId::Channels, Colour::Grey, "Оптовики"));
    let ops = vec![
        Op::SetTitle {
            title: "Новое".into(),
        },
        Op::AddVersion {
            index: 1,
            version: Box::new(extra),
            is_final: false,
        },
        Op::RemoveVersion { version: V1 },
        Op::RenameVersion {
            version: V2,
            name: "Маркетплейсы".into(),
        },
        Op::SetLayout {
            version: V2,
            layout: LayoutKind::Social,
            places: vec![],
        },
        Op::MoveVersion {
            version: V2,
            index: 0,
        },
        Op::SetFinal { version: Some(V2) },
        Op::SetFinal { version: None },
        Op::SetLegend {
            version: V1,
            colour: Colour::Yellow,
            meaning: "папы".into(),
            index: None,
        },
        Op::SetLegend {
            version: V1,
            colour: Colour::Yellow,
            meaning: String::new(),
            index: None,
        },
        Op::SetLegend {
            version: V1,
            colour: Colour::Green,
            meaning: "соцэффект".into(),
            index: Some(1),
        },
        Op::AddCard {
            version: V2,
            index: 0,
            card: card(8, "Подписка", &[1, 6]),
        },
        Op::RemoveCard {
            version: V1,
            card: CardId(1),
        },
        Op::UpdateCard {
            version: V1,
            card: card(2, "Мастерицы хотят", &[5]),
        },
        Op::LinkNote {
            version: V1,
            card: CardId(1),
            note: NoteId(4),
            index: Some(0),
        },
        Op::LinkNote {
            version: V1,
            card: CardId(1),
            note: NoteId(4),
            index: None,
        },
        Op::UnlinkNote {
            version: V1,
            card: CardId(2),
            note: NoteId(5),
        },
    ];
    for op in &ops {
        roundtrip(&m, op);
    }
}

#[test]
fn removing_a_note_unlinks_it_and_undo_restores_place_and_links() {
    let m = sample();
    let after = roundtrip(
        &m,
        &Op::RemoveNote {
            version: V1,
            note: NoteId(3),
        },
    );
    let v1 = v(&after, V1);
    assert!(v1.note(NoteId(3)).is_none());
    assert_eq!(v1.cards[0].notes, vec![NoteId(2)]);
    assert_eq!(v1.cards[1].notes, vec![NoteId(5)]);
    // The other version's note with another id is untouched.
    assert_eq!(v(&after, V2), v(&m, V2));

    let mut m2 = m.clone();
    let inverse = Op::RemoveNote {
        version: V1,
        note: NoteId(3),
    }
    .apply(&mut m2)
    .unwrap();
    let Op::AddNote { index, links, .. } = &inverse else {
        panic!("inverse of RemoveNote is {inverse:?}");
    };
    assert_eq!(*index, 2);
    assert_eq!(
        links,
        &vec![
            CardLink {
                card: CardId(1),
                index: 1
            },
            CardLink {
                card: CardId(2),
                index: 1
            }
        ]
    );
}

#[test]
fn reordering_to_the_end_draws_the_note_on_top() {
    let m = sample();
    let after = roundtrip(&m, &super::bring_to_front(&m, V1, NoteId(2)).unwrap());
    let ids: Vec<u64> = v(&after, V1).notes.iter().map(|n| n.id.0).collect();
    assert_eq!(ids, vec![1, 3, 4, 5, 7, 2]);
}

#[test]
fn moving_a_note_can_change_its_block() {
    let m = sample();
    let op = Op::MoveNote {
        version: V1,
        note: NoteId(1),
        block: BlockId::Channels,
        x: 12.5,
        y: 50.0,
    };
    let after = roundtrip(&m, &op);
    let n = v(&after, V1).note(NoteId(1)).unwrap();
    assert_eq!((n.block, n.x, n.y), (BlockId::Channels, 12.5, 50.0));
}

#[test]
fn removing_the_final_version_unmarks_it_and_undo_marks_it_again() {
    let m = sample();
    let after = roundtrip(&m, &Op::RemoveVersion { version: V1 });
    assert_eq!(after.final_version, None);
    assert_eq!(after.versions.len(), 1);
}

#[test]
fn legend_entries_are_changed_in_place_removed_by_empty_meaning_and_reinserted() {
    let m = sample();
    let changed = roundtrip(
        &m,
        &Op::SetLegend {
            version: V1,
            colour: Colour::Blue,
            meaning: "вузы".into(),
            index: Some(0),
        },
    );
    assert_eq!(v(&changed, V1).legend[1].meaning, "вузы");
    let removed = roundtrip(
        &m,
        &Op::SetLegend {
            version: V1,
            colour: Colour::Yellow,
            meaning: String::new(),
            index: None,
        },
    );
    assert_eq!(v(&removed, V1).legend.len(), 1);
    assert_eq!(v(&removed, V1).legend_for(Colour::Yellow), None);
    let added = roundtrip(
        &m,
        &Op::SetLegend {
            version: V1,
            colour: Colour::Green,
            meaning: "эффект".into(),
            index: Some(0),
        },
    );
    assert_eq!(v(&added, V1).legend[0].colour, Colour::Green);
    // Removing an entry that is not there changes nothing and succeeds.
    let mut m2 = m.clone();
    Op::SetLegend {
        version: V1,
        colour: Colour::White,
        meaning: String::new(),
        index: None,
    }
    .apply(&mut m2)
    .unwrap();
    assert_eq!(m2, m);
}

#[test]
fn a_layout_change_that_would_strand_notes_is_refused() {
    let m = sample();
    // Version 1 has notes in Products and Social Impact, which bmc lacks.
    let op = Op::SetLayout {
        version: V1,
        layout: LayoutKind::Bmc,
        places: vec![],
    };
    fails(
        &m,
        &op,
        &OpError::BlockNotInLayout {
            block: BlockId::Products,
            layout: LayoutKind::Bmc,
        },
    );
    // Listing new places for every stranded note makes it valid.
    let places = [1, 4, 7]
        .iter()
        .map(|id| NotePlace {
            note: NoteId(*id),
            block: BlockId::ValuePropositions,
            x: 8.0,
            y: 40.0,
        })
        .collect();
    let after = roundtrip(
        &m,
        &Op::SetLayout {
            version: V1,
            layout: LayoutKind::Bmc,
            places,
        },
    );
    assert_eq!(v(&after, V1).layout, LayoutKind::Bmc);
    assert_eq!(
        v(&after, V1).notes_in(BlockId::ValuePropositions).count(),
        4
    );
}

#[test]
fn an_added_version_can_be_marked_final_when_none_is() {
    let mut m = sample();
    m.final_version = None;
    let after = roundtrip(
        &m,
        &Op::AddVersion {
            index: 2,
            version: Box::new(Version::new(VersionId(5), "Итог", LayoutKind::Bmc)),
            is_final: true,
        },
    );
    assert_eq!(after.final_version, Some(VersionId(5)));
    assert_eq!(after.versions[2].name, "Итог");
}

#[test]
fn updating_a_card_replaces_every_field() {
    let m = sample();
    let mut new = card(1, "Мамы купят подарки", &[3]);
    new.status = Status::Validated;
    new.learning = "купили 14%".into();
    let after = roundtrip(
        &m,
        &Op::UpdateCard {
            version: V1,
            card: new.clone(),
        },
    );
    assert_eq!(v(&after, V1).cards[0], new);
}
