//! Unit tests of matching and of the diff's changes, counts and marks.

use super::matching::similar;
use super::{Change, Kind, Side, diff, normalise};
use crate::model::{BlockId, Colour, LayoutKind, Note, NoteId, Version, VersionId};

const KP: BlockId = BlockId::KeyPartners;
const VP: BlockId = BlockId::ValuePropositions;
const CH: BlockId = BlockId::Channels;

fn note(id: u64, block: BlockId, text: &str) -> Note {
    Note {
        id: NoteId(id),
        block,
        colour: Colour::Yellow,
        x: 10.0,
        y: 20.0,
        text: text.to_owned(),
    }
}

fn version(id: u64, notes: Vec<Note>) -> Version {
    let mut v = Version::new(VersionId(id), format!("v{id}"), LayoutKind::Bmc);
    v.notes = notes;
    v
}

/// The changes as (kind, id of the note now) pairs, for compact assertions.
fn summary(a: &Version, b: &Version) -> Vec<(Kind, u64)> {
    diff(a, b)
        .changes()
        .iter()
        .map(|c| (c.kind(), c.note().id.0))
        .collect()
}

fn base() -> Version {
    version(
        1,
        vec![
            note(1, KP, "Мастерицы"),
            note(2, VP, "Игрушки ручной работы"),
            note(3, CH, "Ярмарки"),
            note(4, CH, "Интернет-магазин"),
        ],
    )
}

#[test]
fn normalise_collapses_whitespace_case_and_yo() {
    assert_eq!(
        normalise("  Ёлка\n  и\tЗЕЛЁНЫЙ  чай "),
        "елка и зеленый чай"
    );
    assert_eq!(normalise(" \n\t "), "");
    assert_eq!(normalise("ABC"), normalise("abc"));
}

#[test]
fn similarity_tells_a_reworded_text_from_another_one() {
    assert!(similar("ярмарки выходного дня", "ярмарки по выходным"));
    assert!(!similar("ярмарки", "интернет-магазин"));
    assert!(!similar("a", "b"));
    assert!(similar("a", "a"));
    assert!(similar("ярмарки", "ярмарки выходного дня"));
    assert!(!similar("сайт", "ярмарки выходного дня"));
}

#[test]
fn a_version_has_no_differences_with_itself() {
    let v = base();
    let d = diff(&v, &v);
    assert!(d.is_empty());
    assert_eq!(d.counts().total(), 0);
    assert!(d.ids_trusted());
    for n in &v.notes {
        for side in [Side::A, Side::B] {
            let mark = d.mark(side, n.id).expect("every note has a mark");
            assert!(mark.is_unchanged(), "{mark:?}");
            assert_eq!(mark.partner, Some(n.id));
        }
    }
}

#[test]
fn position_inside_a_block_and_spacing_or_case_are_no_difference() {
    let a = base();
    let mut b = a.clone();
    b.notes[0].x += 100.0;
    b.notes[1].y += 50.0;
    b.notes[2].text = "  ЯРМАРКИ \n".into();
    assert!(diff(&a, &b).is_empty());
}

#[test]
fn fork_edits_give_one_change_each_in_b_order_then_removed() {
    let a = base();
    let mut b = a.clone();
    b.notes.retain(|n| n.id != NoteId(1));
    b.notes[0].text = "Игрушки из войлока".into();
    b.notes[1].block = BlockId::CustomerRelationships;
    b.notes[2].colour = Colour::Pink;
    b.notes.insert(1, note(9, VP, "Мастер-классы"));
    let d = diff(&a, &b);
    assert_eq!(
        summary(&a, &b),
        vec![
            (Kind::Changed, 2),
            (Kind::Added, 9),
            (Kind::Moved, 3),
            (Kind::Recoloured, 4),
            (Kind::Removed, 1),
        ]
    );
    let c = d.counts();
    assert_eq!(
        (c.added, c.removed, c.changed, c.moved, c.recoloured),
        (1, 1, 1, 1, 1)
    );
    assert_eq!(c.of(Kind::Moved), 1);

    let changed = d.mark_b(NoteId(2)).expect("mark");
    assert_eq!(changed.other_text.as_deref(), Some("Игрушки ручной работы"));
    assert_eq!(
        d.mark_a(NoteId(2)).and_then(|m| m.other_text.as_deref()),
        Some("Игрушки из войлока")
    );
    assert_eq!(d.mark_b(NoteId(3)).and_then(|m| m.other_block), Some(CH));
    assert_eq!(
        d.mark_a(NoteId(3)).and_then(|m| m.other_block),
        Some(BlockId::CustomerRelationships)
    );
    assert_eq!(
        d.mark_b(NoteId(4)).and_then(|m| m.other_colour),
        Some(Colour::Yellow)
    );
    assert!(d.mark_b(NoteId(9)).is_some_and(super::Mark::is_added));
    assert!(d.mark_a(NoteId(1)).is_some_and(super::Mark::is_removed));
    assert!(d.mark_b(NoteId(1)).is_none());
    assert!(d.mark_a(NoteId(9)).is_none());
}

#[test]
fn a_note_reworded_and_moved_gives_both_changes_next_to_each_other() {
    let a = base();
    let mut b = a.clone();
    b.notes[2].text = "Ярмарки выходного дня".into();
    b.notes[2].block = BlockId::CustomerRelationships;
    let d = diff(&a, &b);
    assert_eq!(summary(&a, &b), vec![(Kind::Changed, 3), (Kind::Moved, 3)]);
    match &d.changes()[1] {
        Change::Moved { before, after } => {
            assert_eq!(
                (before.block, after.block),
                (CH, BlockId::CustomerRelationships)
            );
        }
        other => panic!("expected a move, got {other:?}"),
    }
    let mark = d.mark_b(NoteId(3)).expect("mark");
    assert!(mark.is_changed() && mark.is_moved() && !mark.is_recoloured());
}

#[test]
fn a_note_moved_and_rewritten_beyond_recognition_is_removed_and_added() {
    let a = base();
    let mut b = a.clone();
    b.notes[2].text = "Совсем другое".into();
    b.notes[2].block = BlockId::CostStructure;
    assert_eq!(summary(&a, &b), vec![(Kind::Added, 3), (Kind::Removed, 3)]);
}

#[test]
fn a_fork_with_every_text_rewritten_still_pairs_by_id_in_place() {
    let a = base();
    let mut b = a.clone();
    for n in &mut b.notes {
        n.text = format!("{} (2)", n.id.0 * 7);
    }
    let d = diff(&a, &b);
    assert!(d.ids_trusted());
    assert_eq!(d.counts().changed, 4);
    assert_eq!(d.counts().total(), 4);
}

#[test]
fn independent_versions_in_another_order_have_no_differences() {
    // Ids 1..n in each, as a Markdown import gives them; same texts, other order.
    let a = base();
    let b = version(
        2,
        vec![
            note(1, CH, "интернет-магазин"),
            note(2, VP, "игрушки  ручной\nработы"),
            note(3, CH, "ЯРМАРКИ"),
            note(4, KP, "мастерицы"),
        ],
    );
    let d = diff(&a, &b);
    assert!(d.is_empty(), "{:?}", d.changes());
    assert_eq!(d.mark_b(NoteId(1)).and_then(|m| m.partner), Some(NoteId(4)));
}

#[test]
fn independent_versions_do_not_trust_ids_for_a_reworded_note() {
    let a = base();
    // Other order; the reworded note has id 3 in both, in the same block, which would
    // pair them if ids were trusted.
    let b = version(
        2,
        vec![
            note(1, CH, "Интернет-магазин"),
            note(2, KP, "мастерицы"),
            note(3, CH, "Ярмарка"),
            note(4, VP, "игрушки ручной работы"),
        ],
    );
    let d = diff(&a, &b);
    assert!(!d.ids_trusted());
    assert_eq!(summary(&a, &b), vec![(Kind::Added, 3), (Kind::Removed, 3)]);
    assert_eq!(d.mark_a(NoteId(3)).map(|m| m.partner), Some(None));
}

#[test]
fn equal_texts_prefer_a_partner_in_the_same_block() {
    let a = version(1, vec![note(1, KP, "Сайт")]);
    let b = version(2, vec![note(7, CH, "сайт"), note(8, KP, "сайт")]);
    assert_eq!(summary(&a, &b), vec![(Kind::Added, 7)]);

    let a = version(1, vec![note(1, KP, "Сайт"), note(2, CH, "Сайт")]);
    let b = version(2, vec![note(5, CH, "Сайт"), note(6, KP, "Сайт")]);
    assert!(diff(&a, &b).is_empty());
}

#[test]
fn empty_versions_and_duplicate_ids_do_not_panic() {
    let empty = version(1, Vec::new());
    assert!(diff(&empty, &empty).is_empty());
    assert_eq!(summary(&empty, &base()).len(), 4);
    assert_eq!(summary(&base(), &empty).len(), 4);
    let dup = version(2, vec![note(1, KP, "x"), note(1, KP, "y"), note(1, VP, "")]);
    let d = diff(&dup, &dup);
    assert!(d.is_empty(), "{:?}", d.changes());
}
