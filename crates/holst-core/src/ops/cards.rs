//! Applying the hypothesis-card ops.

use super::OpError;
use super::op::{Op, check_index, note_index, version_mut};
use crate::model::{Card, CardId, Model, NoteId, Version, VersionId};

/// The position of a card in its version, or the error naming it.
fn card_index(v: &Version, id: CardId) -> Result<usize, OpError> {
    v.cards
        .iter()
        .position(|c| c.id == id)
        .ok_or(OpError::NoCard(v.id, id))
}

/// Checks that every note the card links is a note of the version.
fn check_links(v: &Version, card: &Card) -> Result<(), OpError> {
    for id in &card.notes {
        note_index(v, *id)?;
    }
    Ok(())
}

pub(super) fn add(
    model: &mut Model,
    version: VersionId,
    index: usize,
    card: &Card,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    if v.cards.iter().any(|c| c.id == card.id) {
        return Err(OpError::DuplicateCard(version, card.id));
    }
    check_index(index, v.cards.len())?;
    check_links(v, card)?;
    v.cards.insert(index, card.clone());
    Ok(Op::RemoveCard {
        version,
        card: card.id,
    })
}

pub(super) fn remove(model: &mut Model, version: VersionId, id: CardId) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let index = card_index(v, id)?;
    let card = v.cards.remove(index);
    Ok(Op::AddCard {
        version,
        index,
        card,
    })
}

pub(super) fn update(model: &mut Model, version: VersionId, card: &Card) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let i = card_index(v, card.id)?;
    check_links(v, card)?;
    let old = std::mem::replace(&mut v.cards[i], card.clone());
    Ok(Op::UpdateCard { version, card: old })
}

pub(super) fn link(
    model: &mut Model,
    version: VersionId,
    card: CardId,
    note: NoteId,
    index: Option<usize>,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let c = card_index(v, card)?;
    note_index(v, note)?;
    let links = &mut v.cards[c].notes;
    if links.contains(&note) {
        return Err(OpError::AlreadyLinked(card, note));
    }
    let i = index.unwrap_or(links.len());
    check_index(i, links.len())?;
    links.insert(i, note);
    Ok(Op::UnlinkNote {
        version,
        card,
        note,
    })
}

pub(super) fn unlink(
    model: &mut Model,
    version: VersionId,
    card: CardId,
    note: NoteId,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let c = card_index(v, card)?;
    let links = &mut v.cards[c].notes;
    let i = links
        .iter()
        .position(|n| *n == note)
        .ok_or(OpError::NotLinked(card, note))?;
    links.remove(i);
    Ok(Op::LinkNote {
        version,
        card,
        note,
        index: Some(i),
    })
}
