//! The helpers compute ops without touching the model, and the ops they compute do what
//! the editor's commands promise: forks keep ids, copies get fresh consecutive ids and
//! stay inside their blocks, pasted and relocated notes land on free spots.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use super::fixture::{V1, V2, note, roundtrip, sample, v};
use super::{
    History, Op, OpError, add_note, bring_to_front, change_layout, duplicate_notes, fork_version,
    new_card, paste_notes,
};
use crate::geometry::{content_rect, note_height, note_rect, overlapping_pairs};
use crate::model::{BlockId, CardId, Colour, LayoutKind, Model, Note, NoteId, Version, VersionId};

/// Whether every note of the version lies inside its block's content area.
fn all_inside(version: &Version) -> bool {
    version.notes.iter().all(|n| {
        let block = version.layout.block_rect(n.block).unwrap();
        let r = note_rect(version.layout, n, note_height(&n.text)).unwrap();
        content_rect(block).contains_rect(&r, 0.01)
    })
}

fn apply_all(m: &Model, ops: &[Op]) -> Model {
    let mut after = m.clone();
    let mut h = History::new();
    h.apply_all(&mut after, "test", ops).unwrap();
    after.validate().unwrap();
    after
}

#[test]
fn a_fork_is_a_copy_after_its_source_with_ids_kept() {
    let m = sample();
    let op = fork_version(&m, V1, "Вариант Б").unwrap();
    let after = roundtrip(&m, &op);
    assert_eq!(after.versions.len(), 3);
    let fork = &after.versions[1];
    let source = v(&m, V1);
    assert_eq!(fork.id, VersionId(3));
    assert_eq!(fork.name, "Вариант Б");
    assert_eq!(
        (&fork.notes, &fork.cards, &fork.legend, fork.layout),
        (&source.notes, &source.cards, &source.legend, source.layout)
    );
    assert_eq!(after.versions[2].id, V2);
    assert_eq!(after.final_version, Some(V1), "a fork is not final");
    assert_eq!(
        fork_version(&m, VersionId(9), "x"),
        Err(OpError::NoVersion(VersionId(9)))
    );
}

#[test]
fn duplicates_get_consecutive_new_ids_and_go_on_top() {
    let m = sample();
    let ops = duplicate_notes(&m, V1, &[NoteId(3), NoteId(5), NoteId(3)], (6.0, 10.0)).unwrap();
    assert_eq!(ops.len(), 2, "a note asked for twice is copied once");
    let after = apply_all(&m, &ops);
    let v1 = v(&after, V1);
    let ids: Vec<u64> = v1.notes.iter().rev().take(2).map(|n| n.id.0).collect();
    // The largest note id in the model is 7, so the copies are 8 and 9, drawn last.
    assert_eq!(ids, vec![9, 8]);
    for (copy, original) in [(8, 3), (9, 5)] {
        let c = v1.note(NoteId(copy)).unwrap();
        let o = v(&m, V1).note(NoteId(original)).unwrap();
        assert_eq!((c.block, c.colour, &c.text), (o.block, o.colour, &o.text));
        // Where it was asked for is taken by the original: the copy goes to the free
        // place nearest to it, not over its neighbours.
        assert_ne!((c.x, c.y), (o.x + 6.0, o.y + 10.0));
        let far = (c.x - o.x - 6.0).hypot(c.y - o.y - 10.0);
        assert!(far < crate::geometry::NOTE_W + 20.0, "{far}");
    }
    assert!(overlapping_pairs(v1).is_empty());
    assert!(v1.cards.iter().all(|c| !c.notes.contains(&NoteId(8))));
    assert_eq!(
        duplicate_notes(&m, V1, &[NoteId(2), NoteId(42)], (0.0, 0.0)),
        Err(OpError::NoNote(V1, NoteId(42)))
    );
}

#[test]
fn a_duplicate_pushed_past_its_block_edge_stays_inside() {
    let m = sample();
    let ops = duplicate_notes(&m, V1, &[NoteId(3)], (5000.0, 5000.0)).unwrap();
    let after = apply_all(&m, &ops);
    let copy = v(&after, V1).note(NoteId(8)).unwrap();
    assert_eq!(copy.block, BlockId::CustomerSegments);
    assert!(all_inside(v(&after, V1)));
}

#[test]
fn pasted_notes_fall_back_to_value_propositions_and_avoid_others() {
    let m = sample();
    let social_only: Vec<Note> = v(&m, V1)
        .notes
        .iter()
        .filter(|n| matches!(n.block, BlockId::Products | BlockId::SocialImpact))
        .cloned()
        .collect();
    assert_eq!(social_only.len(), 3);
    let ops = paste_notes(&m, V2, &social_only).unwrap();
    let after = apply_all(&m, &ops);
    let v2 = v(&after, V2);
    let pasted: Vec<&Note> = v2.notes.iter().filter(|n| n.id.0 >= 8).collect();
    assert_eq!(
        pasted.iter().map(|n| n.id.0).collect::<Vec<_>>(),
        vec![8, 9, 10]
    );
    assert!(pasted.iter().all(|n| n.block == BlockId::ValuePropositions));
    assert!(overlapping_pairs(v2).is_empty());
    assert!(all_inside(v2));
}

#[test]
fn a_pasted_note_keeps_a_free_place_and_moves_off_a_taken_one() {
    let m = sample();
    let channel = v(&m, V2).note(NoteId(6)).unwrap().clone();
    // Version 1 has no note in Channels: the place is free and is kept.
    let after = apply_all(
        &m,
        &paste_notes(&m, V1, std::slice::from_ref(&channel)).unwrap(),
    );
    let kept = v(&after, V1).note(NoteId(8)).unwrap();
    assert_eq!(
        (kept.block, kept.x, kept.y),
        (channel.block, channel.x, channel.y)
    );
    // Pasted into its own version twice, the copies avoid the original and each other.
    let twice = [channel.clone(), channel.clone()];
    let after = apply_all(&m, &paste_notes(&m, V2, &twice).unwrap());
    let v2 = v(&after, V2);
    assert!(overlapping_pairs(v2).is_empty());
    assert!(all_inside(v2));
    assert_eq!(v2.notes_in(BlockId::Channels).count(), 3);
}

#[test]
fn a_layout_change_relocates_only_the_notes_that_need_it() {
    let m = sample();
    let op = change_layout(&m, V1, LayoutKind::Bmc).unwrap();
    let after = roundtrip(&m, &op);
    let v1 = v(&after, V1);
    assert_eq!(v1.layout, LayoutKind::Bmc);
    for id in [1, 4, 7] {
        assert_eq!(
            v1.note(NoteId(id)).unwrap().block,
            BlockId::ValuePropositions
        );
    }
    assert!(overlapping_pairs(v1).is_empty());
    assert!(all_inside(v1));
    // Key Partners has the same rectangle in both layouts: its note stays put.
    assert_eq!(v1.note(NoteId(5)), v(&m, V1).note(NoteId(5)));
}

#[test]
fn a_layout_change_moves_notes_that_would_stick_out_of_a_smaller_block() {
    let mut m = sample();
    // Low in the tall bmc Value Propositions, outside the shorter social one.
    let mut low = note(20, BlockId::ValuePropositions, Colour::Pink, "Низко");
    low.x = 20.0;
    low.y = 600.0;
    m.versions[1].notes.push(low);
    m.validate().unwrap();
    let op = change_layout(&m, V2, LayoutKind::Social).unwrap();
    let Op::SetLayout { places, .. } = &op else {
        panic!("{op:?}");
    };
    assert_eq!(
        places.iter().map(|p| p.note).collect::<Vec<_>>(),
        vec![NoteId(20)]
    );
    let after = roundtrip(&m, &op);
    assert!(all_inside(v(&after, V2)));
    assert!(overlapping_pairs(v(&after, V2)).is_empty());
}

#[test]
fn a_new_note_and_a_new_card_get_model_wide_new_ids() {
    let m = sample();
    let op = add_note(&m, V2, BlockId::Channels, Colour::Green, "Соцсети").unwrap();
    let after = roundtrip(&m, &op);
    let v2 = v(&after, V2);
    assert_eq!(v2.notes.last().unwrap().id, NoteId(8));
    assert!(overlapping_pairs(v2).is_empty());
    assert_eq!(
        add_note(&m, V2, BlockId::Products, Colour::Green, "x"),
        Err(OpError::BlockNotInLayout {
            block: BlockId::Products,
            layout: LayoutKind::Bmc
        })
    );
    let after = roundtrip(&m, &new_card(&m, V2, "Купят в соцсетях").unwrap());
    let card = v(&after, V2).cards.last().unwrap();
    assert_eq!(
        (card.id, card.hypothesis.as_str()),
        (CardId(4), "Купят в соцсетях")
    );
    assert_eq!(
        bring_to_front(&m, V2, NoteId(2)),
        Err(OpError::NoNote(V2, NoteId(2)))
    );
}
