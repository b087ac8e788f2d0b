//! History: transactions as undo steps, redo, the saved point, the step limit.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use super::fixture::{V1, V2, note, sample};
use super::{History, Op, OpError};
use crate::model::{BlockId, Colour, Model, NoteId};

fn drag(history: &mut History, model: &mut Model, steps: usize) {
    history.begin("Move note");
    for i in 1..=steps {
        let op = Op::MoveNote {
            version: V1,
            note: NoteId(2),
            block: BlockId::ValuePropositions,
            x: 10.0 + i as f32,
            y: 40.0 + i as f32,
        };
        history.push(model, &op).unwrap();
    }
    assert!(history.commit());
}

fn place(m: &Model, id: u64) -> (BlockId, f32, f32) {
    let n = m.version(V1).unwrap().note(NoteId(id)).unwrap();
    (n.block, n.x, n.y)
}

#[test]
fn a_whole_drag_is_one_undo_step_of_one_op() {
    let mut m = sample();
    let original = m.clone();
    let mut h = History::new();
    h.begin("Move note");
    for i in 1..=50 {
        let op = Op::MoveNote {
            version: V1,
            note: NoteId(2),
            block: BlockId::ValuePropositions,
            x: i as f32,
            y: 40.0,
        };
        h.push(&mut m, &op).unwrap();
        assert_eq!(h.pending_ops(), 1, "a drag must not grow the transaction");
    }
    h.commit();
    let dragged = m.clone();
    assert_eq!(place(&m, 2), (BlockId::ValuePropositions, 50.0, 40.0));
    assert_eq!(h.undo_len(), 1);
    assert_eq!(h.undo_label(), Some("Move note"));
    assert!(h.undo(&mut m).unwrap());
    assert_eq!(m, original);
    assert!(!h.can_undo());
    assert_eq!(h.redo_label(), Some("Move note"));
    assert!(h.redo(&mut m).unwrap());
    assert_eq!(m, dragged);
}

#[test]
fn a_text_edit_is_one_step_of_one_op_per_note() {
    let mut m = sample();
    let original = m.clone();
    let mut h = History::new();
    h.begin("Edit note");
    let mut text = String::new();
    for c in "Ручная работа!".chars() {
        text.push(c);
        h.push(
            &mut m,
            &Op::SetNoteText {
                version: V1,
                note: NoteId(2),
                text: text.clone(),
            },
        )
        .unwrap();
    }
    h.push(
        &mut m,
        &Op::SetNoteText {
            version: V1,
            note: NoteId(3),
            text: "Папы".into(),
        },
    )
    .unwrap();
    h.push(
        &mut m,
        &Op::SetNoteText {
            version: V1,
            note: NoteId(2),
            text: "Итог".into(),
        },
    )
    .unwrap();
    assert_eq!(h.pending_ops(), 2);
    h.commit();
    assert_eq!(h.undo_len(), 1);
    h.undo(&mut m).unwrap();
    assert_eq!(m, original);
}

#[test]
fn a_new_action_clears_redo_but_an_empty_transaction_does_not() {
    let mut m = sample();
    let mut h = History::new();
    h.apply(&mut m, &Op::SetTitle { title: "A".into() })
        .unwrap();
    h.apply(
        &mut m,
        &Op::RenameVersion {
            version: V2,
            name: "B".into(),
        },
    )
    .unwrap();
    h.undo(&mut m).unwrap();
    assert!(h.can_redo());
    // A click that moved nothing, and a set to the same value, are no steps.
    h.begin("Move note");
    assert!(!h.commit());
    h.apply(&mut m, &Op::SetTitle { title: "A".into() })
        .unwrap();
    assert!(h.can_redo());
    assert_eq!(h.undo_len(), 1);
    h.apply(
        &mut m,
        &Op::SetNoteColour {
            version: V1,
            note: NoteId(5),
            colour: Colour::Grey,
        },
    )
    .unwrap();
    assert!(!h.can_redo());
    assert!(!h.redo(&mut m).unwrap());
    assert_eq!(m.version(V2).unwrap().name, "Онлайн");
}

#[test]
fn dirty_follows_the_saved_point_across_undo_redo_and_save() {
    let mut m = sample();
    let mut h = History::new();
    assert!(!h.is_dirty());
    h.apply(&mut m, &Op::SetTitle { title: "A".into() })
        .unwrap();
    assert!(h.is_dirty());
    h.undo(&mut m).unwrap();
    assert!(!h.is_dirty());
    h.redo(&mut m).unwrap();
    assert!(h.is_dirty());
    h.mark_saved();
    assert!(!h.is_dirty());
    drag(&mut h, &mut m, 3);
    assert!(h.is_dirty());
    h.undo(&mut m).unwrap();
    assert!(!h.is_dirty());
    h.undo(&mut m).unwrap();
    assert!(h.is_dirty());
    h.redo(&mut m).unwrap();
    assert!(!h.is_dirty());
    // An open transaction with changes is dirty.
    h.begin("Edit note");
    h.push(
        &mut m,
        &Op::SetNoteText {
            version: V1,
            note: NoteId(2),
            text: "x".into(),
        },
    )
    .unwrap();
    assert!(h.is_dirty());
    h.commit();
    h.undo(&mut m).unwrap();
    assert!(!h.is_dirty());
    // Undo below the saved point and branch off: the saved state is gone for good.
    h.undo(&mut m).unwrap();
    h.apply(&mut m, &Op::SetTitle { title: "C".into() })
        .unwrap();
    h.undo(&mut m).unwrap();
    assert!(h.is_dirty());
    h.forget_saved();
    h.redo(&mut m).unwrap();
    assert!(h.is_dirty());
}

#[test]
fn the_revision_counts_every_change() {
    let mut m = sample();
    let mut h = History::new();
    let r0 = h.revision();
    h.apply(&mut m, &Op::SetTitle { title: "A".into() })
        .unwrap();
    let r1 = h.revision();
    assert!(r1 > r0);
    h.apply(&mut m, &Op::SetTitle { title: "A".into() })
        .unwrap();
    assert_eq!(h.revision(), r1, "a change to the same value is no change");
    h.undo(&mut m).unwrap();
    assert!(h.revision() > r1);
}

#[test]
fn apply_all_is_all_or_nothing() {
    let mut m = sample();
    let original = m.clone();
    let mut h = History::new();
    let ops = [
        Op::RemoveNote {
            version: V1,
            note: NoteId(2),
        },
        Op::RemoveNote {
            version: V1,
            note: NoteId(3),
        },
        Op::RemoveNote {
            version: V1,
            note: NoteId(2),
        },
    ];
    assert_eq!(
        h.apply_all(&mut m, "Delete notes", &ops),
        Err(OpError::NoNote(V1, NoteId(2)))
    );
    assert_eq!(m, original);
    assert!(!h.can_undo());
    assert!(!h.in_transaction());
    h.apply_all(&mut m, "Delete notes", &ops[..2]).unwrap();
    assert_eq!(m.version(V1).unwrap().notes.len(), 4);
    assert_eq!(h.undo_label(), Some("Delete notes"));
    h.undo(&mut m).unwrap();
    assert_eq!(m, original);
}

#[test]
fn a_failed_push_leaves_the_open_transaction_as_it_was() {
    let mut m = sample();
    let original = m.clone();
    let mut h = History::new();
    h.begin("Edit");
    h.push(&mut m, &Op::SetTitle { title: "A".into() }).unwrap();
    let after_first = m.clone();
    let bad = Op::SetNoteText {
        version: V1,
        note: NoteId(99),
        text: "x".into(),
    };
    assert!(h.push(&mut m, &bad).is_err());
    assert_eq!(m, after_first);
    assert!(h.in_transaction());
    h.commit();
    h.undo(&mut m).unwrap();
    assert_eq!(m, original);
}

#[test]
fn the_limit_drops_the_oldest_steps() {
    let mut m = sample();
    let mut h = History::with_limit(2);
    for t in ["A", "B", "C"] {
        h.apply(&mut m, &Op::SetTitle { title: t.into() }).unwrap();
    }
    assert!(h.undo(&mut m).unwrap());
    assert!(h.undo(&mut m).unwrap());
    assert!(!h.undo(&mut m).unwrap());
    assert_eq!(m.title, "A");
    // The state on disk can no longer be reached, so the document stays dirty.
    assert!(h.is_dirty());
}

#[test]
fn undo_of_a_model_changed_behind_its_back_fails_cleanly() {
    let mut m = sample();
    let mut h = History::new();
    h.apply_all(
        &mut m,
        "Add notes",
        &[
            Op::AddNote {
                version: V2,
                index: 2,
                note: note(30, BlockId::Channels, Colour::Blue, "x"),
                links: vec![],
            },
            Op::SetTitle { title: "A".into() },
        ],
    )
    .unwrap();
    m.versions[1].notes.pop();
    let tampered = m.clone();
    // Undo restores the title first, then fails on the note and must roll the title back.
    assert_eq!(h.undo(&mut m), Err(OpError::NoNote(V2, NoteId(30))));
    assert_eq!(m, tampered);
    assert!(h.can_undo());
}

#[test]
fn dragging_a_selection_keeps_one_op_per_note() {
    let mut m = sample();
    let original = m.clone();
    let mut h = History::new();
    h.begin("Move notes");
    for i in 0..30 {
        for id in [2, 3, 5] {
            let op = Op::MoveNote {
                version: V1,
                note: NoteId(id),
                block: BlockId::Channels,
                x: i as f32,
                y: 40.0 + id as f32,
            };
            h.push(&mut m, &op).unwrap();
        }
    }
    assert_eq!(h.pending_ops(), 3);
    h.commit();
    let moved = m.clone();
    h.undo(&mut m).unwrap();
    assert_eq!(m, original);
    h.redo(&mut m).unwrap();
    assert_eq!(m, moved);
}

#[test]
fn merging_never_reaches_past_an_op_that_depends_on_order() {
    let mut m = sample();
    let original = m.clone();
    let mut h = History::new();
    let move_to = |x: f32| Op::MoveNote {
        version: V1,
        note: NoteId(2),
        block: BlockId::KeyResources,
        x,
        y: 50.0,
    };
    h.begin("Edit");
    h.push(&mut m, &move_to(1.0)).unwrap();
    let front = super::bring_to_front(&m, V1, NoteId(2)).unwrap();
    h.push(&mut m, &front).unwrap();
    h.push(&mut m, &move_to(2.0)).unwrap();
    let text = Op::SetNoteText {
        version: V1,
        note: NoteId(3),
        text: "x".into(),
    };
    h.push(&mut m, &text).unwrap();
    h.push(&mut m, &move_to(3.0)).unwrap();
    // The second move is kept (a reorder lies between it and the first); the third
    // merges into the second past the independent text edit.
    assert_eq!(h.pending_ops(), 4);
    h.commit();
    h.undo(&mut m).unwrap();
    assert_eq!(m, original);
}
