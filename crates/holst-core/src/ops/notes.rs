//! Applying the note ops and the layout change (which moves notes).

use super::OpError;
use super::op::{CardLink, NotePlace, Op, check_index, note_index, version_mut};
use super::segments::{Detach, detach, detach_for_move, with_restore};
use crate::model::{Colour, LayoutKind, Model, Note, NoteId, Version, VersionId};

/// Checks that a place is one a note of this layout may take.
fn check_place(layout: LayoutKind, place: &NotePlace) -> Result<(), OpError> {
    if !layout.has_block(place.block) {
        return Err(OpError::BlockNotInLayout {
            block: place.block,
            layout,
        });
    }
    if !place.x.is_finite() || !place.y.is_finite() {
        return Err(OpError::NotFinite(place.note));
    }
    Ok(())
}

/// The place a note has now.
fn place_of(note: &Note) -> NotePlace {
    NotePlace {
        note: note.id,
        block: note.block,
        x: note.x,
        y: note.y,
    }
}

pub(super) fn add(
    model: &mut Model,
    version: VersionId,
    index: usize,
    note: &Note,
    links: &[CardLink],
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    if v.note(note.id).is_some() {
        return Err(OpError::DuplicateNote(version, note.id));
    }
    check_index(index, v.notes.len())?;
    check_place(v.layout, &place_of(note))?;
    // Each link inserts into its card's list, so a later link to the same card may use a
    // position one further.
    let mut added = vec![0usize; v.cards.len()];
    let mut targets = Vec::with_capacity(links.len());
    for link in links {
        let c = v
            .cards
            .iter()
            .position(|c| c.id == link.card)
            .ok_or(OpError::NoCard(version, link.card))?;
        check_index(link.index, v.cards[c].notes.len() + added[c])?;
        added[c] += 1;
        targets.push(c);
    }
    v.notes.insert(index, note.clone());
    for (link, c) in links.iter().zip(targets) {
        v.cards[c].notes.insert(link.index, note.id);
    }
    Ok(Op::RemoveNote {
        version,
        note: note.id,
    })
}

pub(super) fn remove(model: &mut Model, version: VersionId, id: NoteId) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let index = note_index(v, id)?;
    let mut links = Vec::new();
    for card in &mut v.cards {
        for (i, n) in card.notes.iter().enumerate() {
            if *n == id {
                links.push(CardLink {
                    card: card.id,
                    index: i,
                });
            }
        }
        card.notes.retain(|n| *n != id);
    }
    let restore = detach(v, id, Detach::Removed);
    let note = v.notes.remove(index);
    Ok(with_restore(
        Op::AddNote {
            version,
            index,
            note,
            links,
        },
        restore,
    ))
}

pub(super) fn set_text(
    model: &mut Model,
    version: VersionId,
    id: NoteId,
    text: &str,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let i = note_index(v, id)?;
    let old = std::mem::replace(&mut v.notes[i].text, text.to_owned());
    Ok(Op::SetNoteText {
        version,
        note: id,
        text: old,
    })
}

pub(super) fn set_colour(
    model: &mut Model,
    version: VersionId,
    id: NoteId,
    colour: Colour,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let i = note_index(v, id)?;
    let old = std::mem::replace(&mut v.notes[i].colour, colour);
    Ok(Op::SetNoteColour {
        version,
        note: id,
        colour: old,
    })
}

pub(super) fn move_to(
    model: &mut Model,
    version: VersionId,
    place: NotePlace,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let i = note_index(v, place.note)?;
    check_place(v.layout, &place)?;
    let n = &mut v.notes[i];
    let old = place_of(n);
    n.block = place.block;
    n.x = place.x;
    n.y = place.y;
    let restore = detach_for_move(old.block, place.block)
        .map(|how| detach(v, place.note, how))
        .unwrap_or_default();
    Ok(with_restore(
        Op::MoveNote {
            version,
            note: old.note,
            block: old.block,
            x: old.x,
            y: old.y,
        },
        restore,
    ))
}

pub(super) fn reorder(
    model: &mut Model,
    version: VersionId,
    id: NoteId,
    index: usize,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let from = note_index(v, id)?;
    // `from` exists, so the list is not empty.
    check_index(index, v.notes.len() - 1)?;
    let note = v.notes.remove(from);
    v.notes.insert(index, note);
    Ok(Op::ReorderNote {
        version,
        note: id,
        index: from,
    })
}

/// Checks that the listed notes exist and every note ends up in a block of `layout`.
fn check_layout(v: &Version, layout: LayoutKind, places: &[NotePlace]) -> Result<(), OpError> {
    for place in places {
        note_index(v, place.note)?;
        check_place(layout, place)?;
    }
    for n in &v.notes {
        let block = places
            .iter()
            .rev()
            .find(|p| p.note == n.id)
            .map_or(n.block, |p| p.block);
        if !layout.has_block(block) {
            return Err(OpError::BlockNotInLayout { block, layout });
        }
    }
    Ok(())
}

pub(super) fn set_layout(
    model: &mut Model,
    version: VersionId,
    layout: LayoutKind,
    places: &[NotePlace],
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    check_layout(v, layout, places)?;
    // Read before any note moves, so a note listed twice gets its original place back.
    let old_places: Vec<NotePlace> = places
        .iter()
        .filter_map(|p| v.note(p.note).map(place_of))
        .collect();
    let old_layout = std::mem::replace(&mut v.layout, layout);
    for place in places {
        if let Some(n) = v.note_mut(place.note) {
            n.block = place.block;
            n.x = place.x;
            n.y = place.y;
        }
    }
    // Ties follow the notes' final blocks.
    let mut restore = Vec::new();
    for old in &old_places {
        let now = v.note(old.note).map(|n| n.block);
        let how = now.and_then(|b| detach_for_move(old.block, b));
        if let Some(how) = how {
            // A note listed twice is detached twice; the second finds nothing left.
            restore.extend(detach(v, old.note, how));
        }
    }
    Ok(with_restore(
        Op::SetLayout {
            version,
            layout: old_layout,
            places: old_places,
        },
        restore,
    ))
}
