//! Unit tests of the marks and counts of hypothesis cards.

use super::*;
use crate::model::{BlockId, Colour, LayoutKind, Note, VersionId};

fn version(statuses: &[(Status, &[u64])]) -> Version {
    let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
    for i in 1..=5 {
        v.notes.push(Note {
            id: NoteId(i),
            block: BlockId::Channels,
            colour: Colour::Yellow,
            x: 0.0,
            y: 0.0,
            text: format!("n{i}"),
        });
    }
    for (i, (status, notes)) in statuses.iter().enumerate() {
        v.cards.push(Card {
            id: CardId(i as u64 + 1),
            status: *status,
            notes: notes.iter().map(|n| NoteId(*n)).collect(),
            ..Card::default()
        });
    }
    v
}

fn dashed(m: &HashMap<NoteId, Vec<NoteMark>>, id: u64) -> Option<bool> {
    match m.get(&NoteId(id))?.as_slice() {
        [NoteMark::Outline { dashed, .. }] => Some(*dashed),
        other => panic!("unexpected marks {other:?}"),
    }
}

#[test]
fn open_cards_mark_their_notes_as_assumptions() {
    let m = note_marks(&version(&[
        (Status::Untested, &[1]),
        (Status::Testing, &[2]),
    ]));
    assert_eq!(dashed(&m, 1), Some(true));
    assert_eq!(dashed(&m, 2), Some(true));
    assert_eq!(dashed(&m, 3), None, "an unlinked note has no mark");
    assert_eq!(
        m[&NoteId(1)],
        vec![NoteMark::Outline {
            colour: crate::ui::theme::CARD_ASSUMPTION,
            dashed: true
        }]
    );
}

#[test]
fn refuted_wins_over_assumption_and_validated_leaves_no_mark() {
    let m = note_marks(&version(&[
        (Status::Untested, &[1, 2]),
        (Status::Invalidated, &[2, 3]),
        (Status::Validated, &[1, 4]),
    ]));
    assert_eq!(dashed(&m, 1), Some(true), "one open card is enough");
    assert_eq!(
        m[&NoteId(2)],
        vec![NoteMark::Outline {
            colour: crate::ui::theme::CARD_REFUTED,
            dashed: false
        }]
    );
    assert_eq!(dashed(&m, 3), Some(false));
    assert_eq!(dashed(&m, 4), None, "only validated cards: no mark");
    assert_eq!(m.len(), 3);
}

#[test]
fn counts_put_testing_with_untested() {
    let v = version(&[
        (Status::Untested, &[]),
        (Status::Testing, &[]),
        (Status::Validated, &[]),
        (Status::Invalidated, &[]),
        (Status::Invalidated, &[]),
    ]);
    assert_eq!(
        Counts::of(&v.cards),
        Counts {
            validated: 1,
            invalidated: 2,
            untested: 2
        }
    );
}

#[test]
fn quotes_are_one_line_and_cut() {
    assert_eq!(quote("a\n  b", 10), "a b");
    let q = quote(&"слово ".repeat(20), 12);
    assert_eq!(q.chars().count(), 12);
    assert!(q.ends_with('…'));
}
