//! An op that names something missing, or that would break an invariant of the model,
//! fails with an error saying so and changes nothing.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use super::fixture::{V1, V2, card, fails, note, sample};
use super::{CardLink, NotePlace, Op, OpError};
use crate::model::{BlockId, CardId, Colour, LayoutKind, NoteId, Version, VersionId};

#[test]
fn note_ops_naming_missing_things_fail_and_change_nothing() {
    let m = sample();
    let nv = VersionId(99);
    let nn = NoteId(99);
    let nc = CardId(99);
    let no_version = OpError::NoVersion(nv);
    let no_note = OpError::NoNote(V1, nn);
    let no_card = OpError::NoCard(V1, nc);
    let cases = vec![
        (
            Op::AddNote {
                version: nv,
                index: 0,
                note: note(50, BlockId::Channels, Colour::Yellow, "x"),
                links: vec![],
            },
            no_version.clone(),
        ),
        (
            Op::RemoveNote {
                version: nv,
                note: NoteId(1),
            },
            no_version.clone(),
        ),
        (
            Op::RemoveNote {
                version: V1,
                note: nn,
            },
            no_note.clone(),
        ),
        (
            Op::SetNoteText {
                version: V1,
                note: nn,
                text: "x".into(),
            },
            no_note.clone(),
        ),
        (
            Op::SetNoteColour {
                version: V1,
                note: nn,
                colour: Colour::Blue,
            },
            no_note.clone(),
        ),
        (
            Op::MoveNote {
                version: V1,
                note: nn,
                block: BlockId::Channels,
                x: 0.0,
                y: 0.0,
            },
            no_note.clone(),
        ),
        (
            Op::ReorderNote {
                version: V1,
                note: nn,
                index: 0,
            },
            no_note.clone(),
        ),
        (
            Op::AddNote {
                version: V1,
                index: 0,
                note: note(50, BlockId::Channels, Colour::Yellow, "x"),
                links: vec![
                    CardLink {
                        card: CardId(1),
                        index: 0,
                    },
                    CardLink { card: nc, index: 0 },
                ],
            },
            no_card,
        ),
    ];
    for (op, expected) in &cases {
        fails(&m, op, expected);
    }
}

#[test]
fn version_ops_naming_missing_things_fail_and_change_nothing() {
    let m = sample();
    let nv = VersionId(99);
    let nn = NoteId(99);
    let no_version = OpError::NoVersion(nv);
    let no_note = OpError::NoNote(V1, nn);
    let cases = vec![
        (Op::RemoveVersion { version: nv }, no_version.clone()),
        (
            Op::RenameVersion {
                version: nv,
                name: "x".into(),
            },
            no_version.clone(),
        ),
        (
            Op::SetLayout {
                version: nv,
                layout: LayoutKind::Bmc,
                places: vec![],
            },
            no_version.clone(),
        ),
        (
            Op::SetLayout {
                version: V1,
                layout: LayoutKind::Social,
                places: vec![NotePlace {
                    note: nn,
                    block: BlockId::Channels,
                    x: 0.0,
                    y: 0.0,
                }],
            },
            no_note.clone(),
        ),
        (
            Op::MoveVersion {
                version: nv,
                index: 0,
            },
            no_version.clone(),
        ),
        (Op::SetFinal { version: Some(nv) }, no_version.clone()),
        (
            Op::SetLegend {
                version: nv,
                colour: Colour::Blue,
                meaning: "x".into(),
                index: None,
            },
            no_version.clone(),
        ),
    ];
    for (op, expected) in &cases {
        fails(&m, op, expected);
    }
}

#[test]
fn card_ops_naming_missing_things_fail_and_change_nothing() {
    let m = sample();
    let nv = VersionId(99);
    let nn = NoteId(99);
    let nc = CardId(99);
    let no_version = OpError::NoVersion(nv);
    let no_note = OpError::NoNote(V1, nn);
    let no_card = OpError::NoCard(V1, nc);
    let cases = vec![
        (
            Op::AddCard {
                version: nv,
                index: 0,
                card: card(50, "x", &[]),
            },
            no_version.clone(),
        ),
        (
            Op::AddCard {
                version: V1,
                index: 0,
                card: card(50, "x", &[99]),
            },
            no_note.clone(),
        ),
        (
            Op::RemoveCard {
                version: V1,
                card: nc,
            },
            no_card.clone(),
        ),
        (
            Op::UpdateCard {
                version: V1,
                card: card(99, "x", &[]),
            },
            no_card.clone(),
        ),
        (
            Op::UpdateCard {
                version: V1,
                card: card(1, "x", &[2, 99]),
            },
            no_note.clone(),
        ),
        (
            Op::LinkNote {
                version: V1,
                card: nc,
                note: NoteId(1),
                index: None,
            },
            no_card.clone(),
        ),
        (
            Op::LinkNote {
                version: V1,
                card: CardId(1),
                note: nn,
                index: None,
            },
            no_note.clone(),
        ),
        (
            Op::UnlinkNote {
                version: V1,
                card: nc,
                note: NoteId(2),
            },
            no_card,
        ),
    ];
    for (op, expected) in &cases {
        fails(&m, op, expected);
    }
}

#[test]
fn note_ops_that_would_break_the_model_fail_and_change_nothing() {
    let m = sample();
    let products_in_bmc = OpError::BlockNotInLayout {
        block: BlockId::Products,
        layout: LayoutKind::Bmc,
    };
    let cases = vec![
        (
            Op::AddNote {
                version: V2,
                index: 0,
                note: note(50, BlockId::Products, Colour::Yellow, "x"),
                links: vec![],
            },
            products_in_bmc.clone(),
        ),
        (
            Op::AddNote {
                version: V1,
                index: 0,
                note: note(2, BlockId::Channels, Colour::Yellow, "x"),
                links: vec![],
            },
            OpError::DuplicateNote(V1, NoteId(2)),
        ),
        (
            Op::AddNote {
                version: V1,
                index: 7,
                note: note(50, BlockId::Channels, Colour::Yellow, "x"),
                links: vec![],
            },
            OpError::IndexOutOfRange { index: 7, max: 6 },
        ),
        (
            Op::AddNote {
                version: V1,
                index: 0,
                note: note(50, BlockId::Channels, Colour::Yellow, "x"),
                links: vec![
                    CardLink {
                        card: CardId(1),
                        index: 2,
                    },
                    CardLink {
                        card: CardId(1),
                        index: 4,
                    },
                ],
            },
            OpError::IndexOutOfRange { index: 4, max: 3 },
        ),
        (
            Op::MoveNote {
                version: V2,
                note: NoteId(6),
                block: BlockId::Products,
                x: 0.0,
                y: 0.0,
            },
            products_in_bmc,
        ),
        (
            Op::MoveNote {
                version: V1,
                note: NoteId(2),
                block: BlockId::Channels,
                x: f32::NAN,
                y: 0.0,
            },
            OpError::NotFinite(NoteId(2)),
        ),
        (
            Op::ReorderNote {
                version: V1,
                note: NoteId(2),
                index: 6,
            },
            OpError::IndexOutOfRange { index: 6, max: 5 },
        ),
    ];
    for (op, expected) in &cases {
        fails(&m, op, expected);
    }
}

#[test]
fn version_and_card_ops_that_would_break_the_model_fail_and_change_nothing() {
    let m = sample();
    let mut duplicate_version = Version::new(V2, "Копия", LayoutKind::Bmc);
    duplicate_version
        .notes
        .push(note(1, BlockId::Channels, Colour::Grey, "x"));
    let cases = vec![
        (
            Op::AddVersion {
                index: 0,
                version: Box::new(duplicate_version),
                is_final: false,
            },
            OpError::DuplicateVersion(V2),
        ),
        (
            Op::AddVersion {
                index: 3,
                version: Box::new(Version::new(VersionId(9), "x", LayoutKind::Bmc)),
                is_final: false,
            },
            OpError::IndexOutOfRange { index: 3, max: 2 },
        ),
        (
            Op::AddVersion {
                index: 0,
                version: Box::new(Version::new(VersionId(9), "x", LayoutKind::Bmc)),
                is_final: true,
            },
            OpError::FinalTaken(V1),
        ),
        (
            Op::MoveVersion {
                version: V1,
                index: 2,
            },
            OpError::IndexOutOfRange { index: 2, max: 1 },
        ),
        (
            Op::SetLegend {
                version: V1,
                colour: Colour::Green,
                meaning: "x".into(),
                index: Some(3),
            },
            OpError::IndexOutOfRange { index: 3, max: 2 },
        ),
        (
            Op::AddCard {
                version: V1,
                index: 0,
                card: card(1, "x", &[]),
            },
            OpError::DuplicateCard(V1, CardId(1)),
        ),
        (
            Op::LinkNote {
                version: V1,
                card: CardId(1),
                note: NoteId(2),
                index: None,
            },
            OpError::AlreadyLinked(CardId(1), NoteId(2)),
        ),
        (
            Op::LinkNote {
                version: V1,
                card: CardId(1),
                note: NoteId(4),
                index: Some(3),
            },
            OpError::IndexOutOfRange { index: 3, max: 2 },
        ),
        (
            Op::UnlinkNote {
                version: V1,
                card: CardId(1),
                note: NoteId(4),
            },
            OpError::NotLinked(CardId(1), NoteId(4)),
        ),
    ];
    for (op, expected) in &cases {
        fails(&m, op, expected);
    }
}

#[test]
fn an_invalid_version_or_the_last_version_cannot_go_in_or_out() {
    let mut m = sample();
    let mut invalid_version = Version::new(VersionId(9), "Битая", LayoutKind::Bmc);
    invalid_version
        .notes
        .push(note(1, BlockId::SocialImpact, Colour::Grey, "x"));
    let op = Op::AddVersion {
        index: 0,
        version: Box::new(invalid_version),
        is_final: false,
    };
    let before = m.clone();
    assert!(
        matches!(op.apply(&mut m), Err(OpError::Invalid(msg)) if msg.message.contains("social_impact"))
    );
    assert_eq!(m, before);

    Op::RemoveVersion { version: V2 }.apply(&mut m).unwrap();
    fails(
        &m,
        &Op::RemoveVersion { version: V1 },
        &OpError::LastVersion,
    );
}

#[test]
fn errors_name_what_is_missing() {
    let text = OpError::NoNote(V1, NoteId(42)).to_string();
    assert!(text.contains("version 1 ") && text.contains("42"), "{text}");
    let text = OpError::BlockNotInLayout {
        block: BlockId::Products,
        layout: LayoutKind::Bmc,
    }
    .to_string();
    assert!(
        text.contains("products") && text.contains("value_propositions"),
        "{text}"
    );
}
