//! The ops of issue 16: profiles, ties, the social enterprise and the descriptions are
//! undone exactly; removing or moving a note keeps every tie valid and undo brings the
//! ties back; bad ties are refused.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use std::collections::BTreeSet;

use super::fixture::{V1, V2, fails, note, roundtrip, sample, v};
use super::{History, NotePlace, Op, OpError, colour_by_segments, set_ties, untie_all};
use crate::model::{
    Attribute, BlockId, Colour, EnterpriseKind, Loyalty, Model, NoteId, OperatingModel, Priority,
    SegmentKind, SegmentProfile, SocialEnterprise,
};

const MOMS: NoteId = NoteId(3);
const SCHOOLS: NoteId = NoteId(8);
const VALUE: NoteId = NoteId(2);
const IMPACT: NoteId = NoteId(4);

fn tie(note: NoteId, segment: NoteId) -> Op {
    Op::Tie {
        version: V1,
        note,
        segment,
    }
}

fn profile() -> SegmentProfile {
    let mut p = SegmentProfile {
        kind: SegmentKind::Beneficiary,
        priority: Some(Priority::High),
        share_of_sales: "40%".into(),
        loyalty: Some(Loyalty::Commitment),
        what: "игрушки".into(),
        r#where: "ярмарки".into(),
        ..SegmentProfile::default()
    };
    p.set_attribute(Attribute::Age, Some("25–35".into()));
    p.set_attribute(Attribute::Region, Some(String::new()));
    p
}

/// The sample with a second segment, «Школы», the value proposition tied to both segments,
/// the social impact to «Молодые мамы», and a profile on «Молодые мамы».
fn tied() -> Model {
    let mut m = sample();
    let ops = [
        Op::AddNote {
            version: V1,
            index: 6,
            note: note(8, BlockId::CustomerSegments, Colour::Blue, "Школы"),
            links: vec![],
        },
        tie(VALUE, MOMS),
        tie(VALUE, SCHOOLS),
        tie(IMPACT, MOMS),
        Op::SetProfile {
            version: V1,
            note: MOMS,
            profile: Some(profile()),
        },
    ];
    for op in &ops {
        op.apply(&mut m).unwrap();
    }
    m.validate().unwrap();
    m
}

#[test]
fn ties_profiles_and_descriptions_are_undone_exactly() {
    let m = tied();
    assert_eq!(
        v(&m, V1).ties_of(VALUE).collect::<Vec<_>>(),
        [MOMS, SCHOOLS]
    );
    let social = SocialEnterprise {
        operating_model: Some(OperatingModel::MarketIntermediary),
        kinds: BTreeSet::from([EnterpriseKind::Embedded]),
        sells: "игрушки".into(),
        ..SocialEnterprise::default()
    };
    for op in [
        tie(NoteId(1), SCHOOLS),
        Op::Untie {
            version: V1,
            note: VALUE,
            segment: MOMS,
        },
        Op::SetProfile {
            version: V1,
            note: SCHOOLS,
            profile: Some(profile()),
        },
        Op::SetProfile {
            version: V1,
            note: MOMS,
            profile: None,
        },
        Op::SetSocial {
            version: V2,
            social,
        },
        Op::SetDescription {
            version: V1,
            text: "Мастерская в Туле".into(),
        },
        Op::SetModelDescription {
            text: "Игрушки для ярмарок".into(),
        },
    ] {
        roundtrip(&m, &op);
    }
    // The last untie of a note removes its entry, so an untied note leaves no trace.
    let after = roundtrip(
        &m,
        &Op::Untie {
            version: V1,
            note: IMPACT,
            segment: MOMS,
        },
    );
    assert!(!v(&after, V1).ties.contains_key(&IMPACT));
}

#[test]
fn bad_ties_and_profiles_are_refused_and_change_nothing() {
    let m = tied();
    fails(&m, &tie(SCHOOLS, MOMS), &OpError::SegmentTied(SCHOOLS));
    fails(&m, &tie(NoteId(1), VALUE), &OpError::NotASegment(VALUE));
    fails(&m, &tie(VALUE, MOMS), &OpError::AlreadyTied(VALUE, MOMS));
    fails(&m, &tie(NoteId(99), MOMS), &OpError::NoNote(V1, NoteId(99)));
    fails(
        &m,
        &Op::Untie {
            version: V1,
            note: NoteId(1),
            segment: MOMS,
        },
        &OpError::NotTied(NoteId(1), MOMS),
    );
    fails(
        &m,
        &Op::SetProfile {
            version: V1,
            note: VALUE,
            profile: Some(profile()),
        },
        &OpError::NotASegment(VALUE),
    );
    // An empty profile is no profile: setting one removes the entry.
    let mut cleared = m.clone();
    Op::SetProfile {
        version: V1,
        note: MOMS,
        profile: Some(SegmentProfile::default()),
    }
    .apply(&mut cleared)
    .unwrap();
    assert!(v(&cleared, V1).profile(MOMS).is_none());
}

#[test]
fn removing_a_segment_unties_every_note_and_undo_ties_them_again() {
    let m = tied();
    let mut after = m.clone();
    let inverse = Op::RemoveNote {
        version: V1,
        note: MOMS,
    }
    .apply(&mut after)
    .unwrap();
    after.validate().unwrap();
    let version = v(&after, V1);
    assert_eq!(version.ties_of(VALUE).collect::<Vec<_>>(), [SCHOOLS]);
    assert!(!version.ties.contains_key(&IMPACT), "its only tie went");
    assert!(
        version.profiles.is_empty(),
        "the profile went with the note"
    );
    assert!(matches!(inverse, Op::Batch { .. }));
    inverse.apply(&mut after).unwrap();
    assert_eq!(after, m);
    // Removing a tied note takes its ties with it.
    roundtrip(
        &m,
        &Op::RemoveNote {
            version: V1,
            note: VALUE,
        },
    );
    // A note with no ties still has the plain inverse.
    let mut plain = m.clone();
    let inverse = Op::RemoveNote {
        version: V1,
        note: NoteId(5),
    }
    .apply(&mut plain)
    .unwrap();
    assert!(matches!(inverse, Op::AddNote { .. }));
}

#[test]
fn moving_across_the_segments_border_keeps_ties_valid_and_undo_restores_them() {
    let m = tied();
    // A segment dragged out of Customer Segments: the ties to it go, its profile stays.
    let out = roundtrip(
        &m,
        &Op::MoveNote {
            version: V1,
            note: MOMS,
            block: BlockId::KeyPartners,
            x: 10.0,
            y: 40.0,
        },
    );
    let version = v(&out, V1);
    assert_eq!(version.ties_of(VALUE).collect::<Vec<_>>(), [SCHOOLS]);
    assert!(version.profile(MOMS).is_some());
    // A tied note dragged into Customer Segments: its own ties go.
    let into = roundtrip(
        &m,
        &Op::MoveNote {
            version: V1,
            note: VALUE,
            block: BlockId::CustomerSegments,
            x: 10.0,
            y: 40.0,
        },
    );
    assert!(!v(&into, V1).ties.contains_key(&VALUE));
    // Within a block, or between two other blocks, ties stay.
    let across = roundtrip(
        &m,
        &Op::MoveNote {
            version: V1,
            note: VALUE,
            block: BlockId::Channels,
            x: 10.0,
            y: 40.0,
        },
    );
    assert_eq!(v(&across, V1).ties_of(VALUE).count(), 2);
    // A layout change that moves notes does the same.
    let layout = roundtrip(
        &m,
        &Op::SetLayout {
            version: V1,
            layout: crate::model::LayoutKind::Social,
            places: vec![
                NotePlace {
                    note: SCHOOLS,
                    block: BlockId::Products,
                    x: 10.0,
                    y: 40.0,
                },
                NotePlace {
                    note: SCHOOLS,
                    block: BlockId::Channels,
                    x: 10.0,
                    y: 40.0,
                },
            ],
        },
    );
    assert_eq!(v(&layout, V1).ties_of(VALUE).collect::<Vec<_>>(), [MOMS]);
}

#[test]
fn a_batch_is_all_or_nothing() {
    let m = tied();
    let good = roundtrip(
        &m,
        &Op::Batch {
            ops: vec![tie(NoteId(1), MOMS), tie(NoteId(7), SCHOOLS)],
        },
    );
    assert_eq!(v(&good, V1).ties.len(), 4);
    fails(
        &m,
        &Op::Batch {
            ops: vec![tie(NoteId(1), MOMS), tie(NoteId(1), MOMS)],
        },
        &OpError::AlreadyTied(NoteId(1), MOMS),
    );
}

#[test]
fn history_undoes_and_redoes_segment_edits_as_one_step_each() {
    let start = tied();
    let mut m = start.clone();
    let mut h = History::new();
    h.apply(
        &mut m,
        &Op::RemoveNote {
            version: V1,
            note: MOMS,
        },
    )
    .unwrap();
    let removed = m.clone();
    let ops = set_ties(&m, V1, NoteId(1), &BTreeSet::from([SCHOOLS])).unwrap();
    h.apply_all(&mut m, "Tie", &ops).unwrap();
    assert_eq!(v(&m, V1).ties_of(NoteId(1)).collect::<Vec<_>>(), [SCHOOLS]);
    assert!(h.undo(&mut m).unwrap());
    assert_eq!(m, removed);
    assert!(h.undo(&mut m).unwrap());
    assert_eq!(m, start);
    assert!(h.redo(&mut m).unwrap());
    assert_eq!(m, removed);
}

#[test]
fn set_ties_and_untie_all_compute_the_difference() {
    let m = tied();
    let ops = set_ties(&m, V1, VALUE, &BTreeSet::from([SCHOOLS])).unwrap();
    assert_eq!(
        ops,
        [Op::Untie {
            version: V1,
            note: VALUE,
            segment: MOMS
        }]
    );
    assert!(
        set_ties(&m, V1, VALUE, &BTreeSet::from([MOMS, SCHOOLS]))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        set_ties(&m, V1, VALUE, &BTreeSet::from([NoteId(1)])),
        Err(OpError::NotASegment(NoteId(1)))
    );
    let untie = untie_all(&m, V1, MOMS).unwrap();
    assert_eq!(untie.len(), 2);
    let mut after = m.clone();
    Op::Batch { ops: untie }.apply(&mut after).unwrap();
    assert_eq!(v(&after, V1).tied_to(MOMS).count(), 0);
    assert_eq!(v(&after, V1).tied_to(SCHOOLS).count(), 1);
}

#[test]
fn colours_follow_segments_when_asked() {
    let m = tied();
    let ops = colour_by_segments(&m, V1).unwrap();
    let mut after = m.clone();
    let inverse = Op::Batch { ops }.apply(&mut after).unwrap();
    let version = v(&after, V1);
    let moms = version.note(MOMS).unwrap().colour;
    let schools = version.note(SCHOOLS).unwrap().colour;
    assert_ne!(moms, schools, "each segment its own colour");
    assert_ne!(moms, Colour::Yellow);
    // The social impact serves «Молодые мамы» alone and takes its colour; the value
    // proposition serves both and keeps its own.
    assert_eq!(version.note(IMPACT).unwrap().colour, moms);
    assert_eq!(version.note(VALUE).unwrap().colour, Colour::Yellow);
    assert_eq!(version.legend_for(moms), Some("Молодые мамы"));
    assert_eq!(version.legend_for(schools), Some("Школы"));
    inverse.apply(&mut after).unwrap();
    assert_eq!(after, m);
}

#[test]
fn validation_refuses_ties_that_do_not_join_a_note_to_a_segment() {
    let m = tied();
    let broken = |f: &dyn Fn(&mut Model)| {
        let mut b = m.clone();
        f(&mut b);
        b.validate().unwrap_err()
    };
    let e = broken(&|b| {
        b.versions[0]
            .ties
            .insert(NoteId(1), BTreeSet::from([VALUE]));
    });
    assert!(e.message.contains("no note of Customer Segments"), "{e}");
    let e = broken(&|b| {
        b.versions[0].ties.insert(SCHOOLS, BTreeSet::from([MOMS]));
    });
    assert!(e.message.contains("is a segment itself"), "{e}");
    let e = broken(&|b| {
        b.versions[0]
            .ties
            .insert(NoteId(77), BTreeSet::from([MOMS]));
    });
    assert!(e.message.contains("does not have"), "{e}");
    let e = broken(&|b| {
        b.versions[0].ties.insert(NoteId(1), BTreeSet::new());
    });
    assert!(e.message.contains("empty list"), "{e}");
    let e = broken(&|b| {
        let p = b.versions[0].profiles.get_mut(&MOMS).unwrap();
        let twice = p.attributes[0].clone();
        p.attributes.push(twice);
    });
    assert!(e.ru.contains("дважды"), "{e}");
    let e = broken(&|b| {
        b.versions[0].profiles.insert(NoteId(78), profile());
    });
    assert!(e.message.contains("segment profile names note 78"), "{e}");
}
