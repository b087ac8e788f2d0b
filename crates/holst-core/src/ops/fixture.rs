//! A small model for the ops tests: two versions on different layouts, notes in several
//! blocks (including the social-only ones), cards linking notes, a legend, a final mark.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use super::{Op, OpError};
use crate::geometry::arrange_version;
use crate::model::{
    BlockId, Card, CardId, Colour, LayoutKind, LegendEntry, Model, Note, NoteId, Status, Version,
    VersionId,
};

pub(super) const V1: VersionId = VersionId(1);
pub(super) const V2: VersionId = VersionId(2);

pub(super) fn note(id: u64, block: BlockId, colour: Colour, text: &str) -> Note {
    Note {
        id: NoteId(id),
        block,
        colour,
        x: 0.0,
        y: 0.0,
        text: text.to_owned(),
    }
}

pub(super) fn card(id: u64, hypothesis: &str, notes: &[u64]) -> Card {
    Card {
        id: CardId(id),
        hypothesis: hypothesis.to_owned(),
        test: "ярмарка".to_owned(),
        status: Status::Testing,
        notes: notes.iter().map(|n| NoteId(*n)).collect(),
        ..Card::default()
    }
}

pub(super) fn sample() -> Model {
    let mut m = Model::new("Игрушки ручной работы", "Основная", LayoutKind::Social);
    let v1 = &mut m.versions[0];
    v1.notes = vec![
        note(1, BlockId::Products, Colour::Yellow, "Вязаные игрушки"),
        note(
            2,
            BlockId::ValuePropositions,
            Colour::Yellow,
            "Ручная работа",
        ),
        note(3, BlockId::CustomerSegments, Colour::Blue, "Молодые мамы"),
        note(
            4,
            BlockId::SocialImpact,
            Colour::Green,
            "Работа для мастериц",
        ),
        note(5, BlockId::KeyPartners, Colour::Pink, "Мастерицы"),
        note(7, BlockId::Products, Colour::Orange, "Игрушки из дерева"),
    ];
    v1.legend = vec![
        LegendEntry {
            colour: Colour::Yellow,
            meaning: "мамы".to_owned(),
        },
        LegendEntry {
            colour: Colour::Blue,
            meaning: "школы".to_owned(),
        },
    ];
    v1.cards = vec![
        card(1, "Мамы купят игрушки", &[2, 3]),
        card(2, "Мастерицы согласятся", &[5, 3]),
    ];
    arrange_version(v1);
    let mut v2 = Version::new(V2, "Онлайн", LayoutKind::Bmc);
    v2.notes = vec![
        note(
            1,
            BlockId::ValuePropositions,
            Colour::Yellow,
            "Вязаные игрушки",
        ),
        note(6, BlockId::Channels, Colour::Yellow, "Маркетплейс"),
    ];
    v2.cards = vec![card(3, "Купят онлайн", &[6])];
    arrange_version(&mut v2);
    m.versions.push(v2);
    m.final_version = Some(V1);
    m
}

/// Applies the op, checks that it changed the model and kept it valid, that its inverse
/// restores the model and that the inverse's inverse redoes it. Returns the changed model.
pub(super) fn roundtrip(model: &Model, op: &Op) -> Model {
    let mut m = model.clone();
    let inverse = op.apply(&mut m).unwrap();
    assert_ne!(&m, model, "{op:?} changed nothing");
    m.validate().unwrap();
    let after = m.clone();
    let redo = inverse.apply(&mut m).unwrap();
    assert_eq!(&m, model, "the inverse of {op:?} is not exact");
    redo.apply(&mut m).unwrap();
    assert_eq!(m, after, "redoing {op:?} differs");
    after
}

/// Applies an op that must fail, and checks the error and that nothing changed.
pub(super) fn fails(model: &Model, op: &Op, expected: &OpError) {
    let mut m = model.clone();
    assert_eq!(op.apply(&mut m).as_ref(), Err(expected), "{op:?}");
    assert_eq!(&m, model, "{op:?} failed but changed the model");
}

/// The version with this id.
pub(super) fn v(m: &Model, id: VersionId) -> &Version {
    m.version(id).unwrap()
}
