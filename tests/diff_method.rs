//! The course's method in the diff (issue 16): ties, segment profiles, the social
//! enterprise and the description that differ between a version and its fork are listed,
//! counted, written as JSON and printed by `holst diff`, and taken into either side.

#![allow(clippy::unwrap_used, clippy::many_single_char_names)] // a failing unwrap is a failing test; a, b, m as in the diff docs

use std::collections::BTreeSet;
use std::process::Command;

use holst::diff::{ItemKind, Key, MethodChange, Side, diff, to_json};
use holst::geometry::arrange_version;
use holst::model::{
    BlockId, Colour, LayoutKind, Model, Note, NoteId, OperatingModel, Priority, SegmentProfile,
    VersionId,
};
use holst::ops::{self, History, Op};

const S1: NoteId = NoteId(1);
const S2: NoteId = NoteId(2);
const VALUE: NoteId = NoteId(3);
const REVENUE: NoteId = NoteId(4);

fn note(id: NoteId, block: BlockId, text: &str) -> Note {
    Note {
        id,
        block,
        colour: Colour::Yellow,
        x: 0.0,
        y: 0.0,
        text: text.to_owned(),
    }
}

/// A version with two segments, a value proposition tied to S1, revenue tied to both,
/// a profile on S1, a social enterprise and a description; and its fork, unchanged.
fn forked() -> (Model, VersionId, VersionId) {
    let mut m = Model::new("Пекарня", "А", LayoutKind::Bmc);
    let v = &mut m.versions[0];
    v.notes = vec![
        note(S1, BlockId::CustomerSegments, "студенты"),
        note(S2, BlockId::CustomerSegments, "рабочие"),
        note(VALUE, BlockId::ValuePropositions, "сытные пирожки"),
        note(REVENUE, BlockId::RevenueStreams, "продажа выпечки"),
    ];
    arrange_version(v);
    v.ties.insert(VALUE, BTreeSet::from([S1]));
    v.ties.insert(REVENUE, BTreeSet::from([S1, S2]));
    v.profiles.insert(
        S1,
        SegmentProfile {
            priority: Some(Priority::High),
            ..SegmentProfile::default()
        },
    );
    v.social.operating_model = Some(OperatingModel::Employment);
    v.description = "первая".into();
    m.validate().unwrap();
    let a = m.versions[0].id;
    let fork = ops::fork_version(&m, a, "Б").unwrap();
    History::new().apply(&mut m, &fork).unwrap();
    let b = m.versions[1].id;
    (m, a, b)
}

fn apply(m: &mut Model, ops: &[Op]) {
    History::new().apply_all(m, "test", ops).unwrap();
}

/// The fork edited in every method field: VALUE tied to S2 instead of S1, S1's priority
/// and size changed, the operating model changed, the description changed.
fn edited() -> (Model, VersionId, VersionId) {
    let (mut m, a, b) = forked();
    let mut p = m.version(b).unwrap().profile(S1).unwrap().clone();
    p.priority = Some(Priority::Low);
    p.size = "300".into();
    let mut social = m.version(b).unwrap().social.clone();
    social.operating_model = Some(OperatingModel::FeeForService);
    let ops = [
        Op::Untie {
            version: b,
            note: VALUE,
            segment: S1,
        },
        Op::Tie {
            version: b,
            note: VALUE,
            segment: S2,
        },
        Op::SetProfile {
            version: b,
            note: S1,
            profile: Some(p),
        },
        Op::SetSocial { version: b, social },
        Op::SetDescription {
            version: b,
            text: "вторая".into(),
        },
    ];
    apply(&mut m, &ops);
    (m, a, b)
}

#[test]
fn a_fork_left_alone_has_no_method_differences() {
    let (m, a, b) = forked();
    let d = diff(m.version(a).unwrap(), m.version(b).unwrap());
    assert!(d.is_empty(), "{:?}", d.method_changes());
    assert_eq!(d.counts().method, 0);
}

#[test]
fn every_kind_of_method_difference_is_listed_with_its_fields() {
    let (m, a, b) = edited();
    let d = diff(m.version(a).unwrap(), m.version(b).unwrap());
    assert!(d.changes().is_empty(), "no note changed: {:?}", d.changes());
    let keys: Vec<Key> = d.items().iter().map(holst::diff::Item::key).collect();
    let key = |kind, a: Option<NoteId>, b: Option<NoteId>| Key {
        kind,
        a: a.map(|n| n.0),
        b: b.map(|n| n.0),
    };
    assert_eq!(
        keys,
        [
            key(ItemKind::TieAdded, Some(VALUE), Some(S2)),
            key(ItemKind::TieRemoved, Some(VALUE), Some(S1)),
            key(ItemKind::ProfileChanged, Some(S1), Some(S1)),
            key(ItemKind::SocialChanged, None, None),
            key(ItemKind::DescriptionChanged, None, None),
        ]
    );
    assert_eq!(d.counts().method, 5);
    assert_eq!(d.counts().total(), 5);
    let fields = |i: usize| match &d.method_changes()[i] {
        MethodChange::ProfileChanged { fields, .. }
        | MethodChange::SocialChanged { fields, .. } => {
            fields.iter().map(|f| f.id()).collect::<Vec<_>>()
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(fields(2), ["priority", "size"]);
    assert_eq!(fields(3), ["operating_model"]);
    // Ties and profiles are listed under their notes' blocks, the rest as the version's.
    let blocks: Vec<Option<BlockId>> = d.items().iter().map(holst::diff::Item::block).collect();
    assert_eq!(
        blocks,
        [
            Some(BlockId::ValuePropositions),
            Some(BlockId::ValuePropositions),
            Some(BlockId::CustomerSegments),
            None,
            None
        ]
    );
    let groups = d.groups(LayoutKind::Bmc, LayoutKind::Bmc);
    let last = groups.last().unwrap();
    assert_eq!(last.block, None);
    assert!(last.items.iter().all(|i| i.kind().is_method()));
}

#[test]
fn taking_every_method_difference_into_either_side_makes_them_agree() {
    for into in [Side::A, Side::B] {
        let (mut m, a, b) = edited();
        let d = diff(m.version(a).unwrap(), m.version(b).unwrap());
        let keys: Vec<Key> = d.items().iter().map(holst::diff::Item::key).collect();
        let ops = d.take(&m, a, b, &keys, into).unwrap();
        assert_eq!(ops.len(), 5, "{ops:?}");
        let mut h = History::new();
        h.apply_all(&mut m, "take", &ops).unwrap();
        let after = diff(m.version(a).unwrap(), m.version(b).unwrap());
        assert!(after.is_empty(), "{into:?}: {:?}", after.method_changes());
        let (changed, kept) = if into == Side::A { (a, b) } else { (b, a) };
        let (c, k) = (m.version(changed).unwrap(), m.version(kept).unwrap());
        assert_eq!(c.ties, k.ties);
        assert_eq!(c.profiles, k.profiles);
        assert_eq!(c.social, k.social);
        assert_eq!(c.description, k.description);
        // One undo step takes it all back.
        h.undo(&mut m).unwrap();
        let back = diff(m.version(a).unwrap(), m.version(b).unwrap());
        assert_eq!(back.counts().method, 5);
    }
}

#[test]
fn taking_only_the_added_tie_into_the_earlier_version_ties_the_paired_notes() {
    let (mut m, a, b) = edited();
    let d = diff(m.version(a).unwrap(), m.version(b).unwrap());
    let added = d
        .items()
        .iter()
        .map(holst::diff::Item::key)
        .find(|k| k.kind == ItemKind::TieAdded)
        .unwrap();
    let ops = d.take(&m, a, b, &[added], Side::A).unwrap();
    apply(&mut m, &ops);
    let tied: Vec<NoteId> = m.version(a).unwrap().ties_of(VALUE).collect();
    assert_eq!(
        tied,
        [S1, S2],
        "S2 added, S1 kept (its removal was not taken)"
    );
}

#[test]
fn json_and_the_command_line_name_the_method_differences() {
    let (m, a, b) = edited();
    let (va, vb) = (m.version(a).unwrap(), m.version(b).unwrap());
    let d = diff(va, vb);
    let json: serde_json::Value = serde_json::from_str(&to_json(&d, (1, va), (2, vb))).unwrap();
    assert_eq!(json["counts"]["method"], 5);
    let list = json["differences"].as_array().unwrap();
    let kinds: Vec<&str> = list.iter().map(|x| x["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "tie_added",
            "tie_removed",
            "profile_changed",
            "social_changed",
            "description_changed"
        ]
    );
    assert_eq!(list[0]["b"]["note"]["text"], "сытные пирожки");
    assert_eq!(list[0]["b"]["segment"]["text"], "рабочие");
    assert!(list[0]["a"].is_null());
    assert_eq!(list[2]["a"]["profile"]["priority"], "high");
    assert_eq!(list[2]["b"]["profile"]["priority"], "low");
    assert_eq!(list[2]["fields"][1], "size");
    assert_eq!(list[3]["b"]["social"]["operating_model"], "fee_for_service");
    assert_eq!(list[4]["a"]["description"], "первая");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    holst::storage::save(&m, &path).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_holst"))
        // English messages, whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(["diff"])
        .arg(&path)
        .args(["1", "2"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "versions differ");
    for line in [
        "+ [tie] сытные пирожки → рабочие",
        "- [tie] сытные пирожки → студенты",
        "~ [profile] студенты (priority, size)",
        "~ [social] (operating_model)",
        "~ [description] первая → вторая",
    ] {
        assert!(text.contains(line), "missing «{line}» in:\n{text}");
    }
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(
        summary.contains("5 differences of the course's method"),
        "{summary}"
    );
}

#[test]
fn each_method_difference_taken_alone_either_way_goes_alone_and_undo_restores_it() {
    let (start, a, b) = edited();
    let all = |m: &Model| -> Vec<Key> {
        diff(m.version(a).unwrap(), m.version(b).unwrap())
            .items()
            .iter()
            .map(holst::diff::Item::key)
            .collect()
    };
    let before = all(&start);
    assert_eq!(before.len(), 5);
    for key in &before {
        for into in [Side::A, Side::B] {
            let mut m = start.clone();
            let d = diff(m.version(a).unwrap(), m.version(b).unwrap());
            let ops = d.take(&m, a, b, &[*key], into).unwrap();
            assert_eq!(ops.len(), 1, "{key:?} {into:?}: {ops:?}");
            let mut h = History::new();
            h.apply_all(&mut m, "take", &ops).unwrap();
            let after = all(&m);
            let expected: Vec<Key> = before.iter().copied().filter(|k| k != key).collect();
            assert_eq!(after, expected, "{key:?} {into:?}: only it went");
            let other = if into == Side::A { b } else { a };
            assert_eq!(m.version(other), start.version(other));
            assert!(h.undo(&mut m).unwrap());
            assert_eq!(m, start, "{key:?} {into:?}: undo restores");
        }
    }
}
