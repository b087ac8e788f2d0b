//! Ops for the editor's compound commands, computed from the model without changing it.
//!
//! Each function returns the ops to hand to [`History`](super::History) (usually through
//! [`History::apply_all`](super::History::apply_all), so that the command is one step).

use super::op::NotePlace;
use super::{Op, OpError};
use crate::geometry::{
    content_rect, free_spot, nearest_free_spot, note_height, note_rect, reading_order, tidy_block,
};
use crate::model::{BlockId, Card, Colour, LayoutKind, Model, Note, NoteId, Version, VersionId};

/// The block a note of `block` goes to in `layout`: the block itself when the layout has
/// it, otherwise the block at the same place of the grid, or Value Propositions (see
/// [`LayoutKind::home_for`]). A note is never dropped for want of its block.
pub fn fallback_block(block: BlockId, layout: LayoutKind) -> BlockId {
    layout.home_for(block)
}

fn version(model: &Model, id: VersionId) -> Result<&Version, OpError> {
    model.version(id).ok_or(OpError::NoVersion(id))
}

/// Whether the note, at its own place, lies inside its block's content area.
fn fits(layout: LayoutKind, note: &Note) -> bool {
    let Some(block) = layout.block_rect(note.block) else {
        return false;
    };
    note_rect(layout, note, note_height(&note.text))
        .is_some_and(|r| content_rect(block).contains_rect(&r, 0.01))
}

/// Whether the note overlaps another note of the version's same block.
fn overlaps_any(version: &Version, note: &Note) -> bool {
    let layout = version.layout;
    let Some(r) = note_rect(layout, note, note_height(&note.text)) else {
        return false;
    };
    version
        .notes_in(note.block)
        .filter(|n| n.id != note.id)
        .filter_map(|n| note_rect(layout, n, note_height(&n.text)))
        .any(|o| o.overlaps(&r))
}

/// A copy of a version as a new tab right after it: same layout, legend, notes and cards,
/// note and card ids kept (so that versions can be compared), a new version id.
pub fn fork_version(model: &Model, source: VersionId, new_name: &str) -> Result<Op, OpError> {
    let index = model
        .versions
        .iter()
        .position(|v| v.id == source)
        .ok_or(OpError::NoVersion(source))?;
    let mut copy = model.versions[index].clone();
    copy.id = model.next_version_id();
    new_name.clone_into(&mut copy.name);
    Ok(Op::AddVersion {
        index: index + 1,
        version: Box::new(copy),
        is_final: false,
    })
}

/// A new note in a block at the block's first free spot, drawn on top of the others,
/// with a model-wide new id.
pub fn add_note(
    model: &Model,
    version_id: VersionId,
    block: BlockId,
    colour: Colour,
    text: &str,
) -> Result<Op, OpError> {
    let v = version(model, version_id)?;
    if !v.layout.has_block(block) {
        return Err(OpError::BlockNotInLayout {
            block,
            layout: v.layout,
        });
    }
    let (x, y) = free_spot(v, block, note_height(text));
    Ok(Op::AddNote {
        version: version_id,
        index: v.notes.len(),
        note: Note {
            id: model.next_note_id(),
            block,
            colour,
            x,
            y,
            text: text.to_owned(),
        },
        links: Vec::new(),
    })
}

/// Draws a note above all others of its version.
pub fn bring_to_front(model: &Model, version_id: VersionId, note: NoteId) -> Result<Op, OpError> {
    let v = version(model, version_id)?;
    if v.note(note).is_none() {
        return Err(OpError::NoNote(version_id, note));
    }
    Ok(Op::ReorderNote {
        version: version_id,
        note,
        index: v.notes.len() - 1,
    })
}

/// A new hypothesis card at the end of the version's cards, with a model-wide new id.
pub fn new_card(model: &Model, version_id: VersionId, hypothesis: &str) -> Result<Op, OpError> {
    let v = version(model, version_id)?;
    Ok(Op::AddCard {
        version: version_id,
        index: v.cards.len(),
        card: Card {
            id: model.next_card_id(),
            hypothesis: hypothesis.to_owned(),
            ..Card::default()
        },
    })
}

/// Copies of the given notes (in the order given, each once), each at the free place
/// nearest to its original shifted by `offset` (see [`nearest_free_spot`]), with new
/// consecutive ids from [`Model::next_note_id`], drawn on top. The copies link no cards.
pub fn duplicate_notes(
    model: &Model,
    version_id: VersionId,
    ids: &[NoteId],
    offset: (f32, f32),
) -> Result<Vec<Op>, OpError> {
    let v = version(model, version_id)?;
    let mut scratch = v.clone();
    let mut fresh = model.new_note_ids(ids.len()).into_iter();
    let mut seen = Vec::with_capacity(ids.len());
    let mut ops = Vec::with_capacity(ids.len());
    for id in ids {
        if seen.contains(id) {
            continue;
        }
        seen.push(*id);
        let original = v.note(*id).ok_or(OpError::NoNote(version_id, *id))?;
        let mut copy = original.clone();
        copy.id = fresh.next().unwrap_or_else(|| model.next_note_id());
        (copy.x, copy.y) = nearest_free_spot(
            &scratch,
            copy.block,
            (copy.x + offset.0, copy.y + offset.1),
            note_height(&copy.text),
            &[],
        );
        scratch.notes.push(copy.clone());
        ops.push(Op::AddNote {
            version: version_id,
            index: v.notes.len() + ops.len(),
            note: copy,
            links: Vec::new(),
        });
    }
    Ok(ops)
}

/// The moves that tidy the given blocks of a version (see [`tidy_block`]): each block's
/// notes in a grid in their reading order, or packed in columns when they do not fit at
/// full size. Notes already in their tidy place are not moved; no ops when all are.
pub fn arrange_blocks(
    model: &Model,
    version_id: VersionId,
    blocks: &[BlockId],
) -> Result<Vec<Op>, OpError> {
    let v = version(model, version_id)?;
    let mut ops = Vec::new();
    for &block in blocks {
        let order = reading_order(v, block);
        for (id, x, y) in tidy_block(v, block, &order) {
            let moved = v
                .note(id)
                .is_some_and(|n| (n.x - x).abs() > 0.01 || (n.y - y).abs() > 0.01);
            if moved {
                ops.push(Op::MoveNote {
                    version: version_id,
                    note: id,
                    block,
                    x,
                    y,
                });
            }
        }
    }
    Ok(ops)
}

/// Where a note goes after its text changed to `text`: its own place when the taller (or
/// shorter) note still overlaps no other note of its block and stays inside the block,
/// else the free place nearest to it. `None` when it may stay.
pub fn place_after_growth(version: &Version, id: NoteId, text: &str) -> Option<(f32, f32)> {
    let note = version.note(id)?;
    let mut grown = note.clone();
    text.clone_into(&mut grown.text);
    if fits(version.layout, &grown) && !overlaps_any(version, &grown) {
        return None;
    }
    let spot = nearest_free_spot(
        version,
        note.block,
        (note.x, note.y),
        note_height(text),
        &[id],
    );
    (spot != (note.x, note.y)).then_some(spot)
}

/// Notes from a clipboard (of any version or model) added to a version with fresh
/// consecutive ids, drawn on top. Each keeps its block when the layout has it (else
/// [`fallback_block`]) and its place unless that would leave the block or overlap a note
/// already there, in which case it goes to the block's first free spot.
pub fn paste_notes(
    model: &Model,
    version_id: VersionId,
    notes: &[Note],
) -> Result<Vec<Op>, OpError> {
    let v = version(model, version_id)?;
    let mut scratch = v.clone();
    let mut ops = Vec::with_capacity(notes.len());
    for (id, original) in model.new_note_ids(notes.len()).into_iter().zip(notes) {
        let mut note = original.clone();
        note.id = id;
        note.block = fallback_block(original.block, v.layout);
        let keep = note.block == original.block
            && note.x.is_finite()
            && note.y.is_finite()
            && fits(v.layout, &note)
            && !overlaps_any(&scratch, &note);
        if !keep {
            let want = if note.block == original.block && note.x.is_finite() && note.y.is_finite() {
                (note.x, note.y)
            } else {
                (0.0, 0.0)
            };
            (note.x, note.y) =
                nearest_free_spot(&scratch, note.block, want, note_height(&note.text), &[]);
        }
        scratch.notes.push(note.clone());
        ops.push(Op::AddNote {
            version: version_id,
            index: v.notes.len() + ops.len(),
            note,
            links: Vec::new(),
        });
    }
    Ok(ops)
}

/// What switching `version` to `layout` does to notes of blocks the layout lacks: each
/// such block, the block its notes go to, and how many notes, in the old layout's order.
pub fn layout_moves(version: &Version, layout: LayoutKind) -> Vec<(BlockId, BlockId, usize)> {
    version
        .layout
        .blocks()
        .filter(|b| !layout.has_block(*b))
        .map(|b| (b, layout.home_for(b), version.notes_in(b).count()))
        .filter(|(_, _, n)| *n > 0)
        .collect()
}

/// The op that switches a version to another layout. Notes of blocks the new layout lacks
/// move to [`fallback_block`]; they and the notes that would stick out of their block
/// (blocks differ in size between layouts) go to free spots; the rest stay put.
pub fn change_layout(
    model: &Model,
    version_id: VersionId,
    layout: LayoutKind,
) -> Result<Op, OpError> {
    let v = version(model, version_id)?;
    let mut scratch = v.clone();
    scratch.layout = layout;
    let moving: Vec<Note> = v
        .notes
        .iter()
        .filter(|n| !layout.has_block(n.block) || !fits(layout, n))
        .cloned()
        .collect();
    scratch
        .notes
        .retain(|n| !moving.iter().any(|m| m.id == n.id));
    let mut places = Vec::with_capacity(moving.len());
    for mut note in moving {
        let old_rect = v.layout.block_rect(note.block);
        note.block = fallback_block(note.block, layout);
        // As near its old place as the new block allows, when the block is the same or
        // its twin at the same place of the grid; else from the top of the new block.
        let same_place = old_rect.is_some() && old_rect == layout.block_rect(note.block);
        let keeps = layout.has_block(note.block) && (same_place || v.layout.has_block(note.block));
        let want = if keeps { (note.x, note.y) } else { (0.0, 0.0) };
        (note.x, note.y) =
            nearest_free_spot(&scratch, note.block, want, note_height(&note.text), &[]);
        places.push(NotePlace {
            note: note.id,
            block: note.block,
            x: note.x,
            y: note.y,
        });
        scratch.notes.push(note);
    }
    Ok(Op::SetLayout {
        version: version_id,
        layout,
        places,
    })
}
