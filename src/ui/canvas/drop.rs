//! Where dragged notes land. In a block drawn as placed, each note takes the free place
//! nearest to where it was let go (holding Alt places it exactly there); in a packed or
//! enlarged block, whose notes go in reading order, the notes are put before the note
//! they were let go on and the block is tidied in that order. Either way one edit.

use std::collections::HashSet;

use super::{CanvasState, Drag, Edit};
use crate::geometry::{self, BlockMode, Board, BoardBlock, note_height};
use crate::i18n::T;
use crate::model::{Lang, NoteId, Version};
use crate::ops::Op;

impl CanvasState {
    /// The edit that drops the dragged notes where they are now, or `None` when nothing
    /// moved or a note would land outside every block (then all return).
    pub(super) fn drop(
        &mut self,
        version: &Version,
        board: &Board,
        drag: &Drag,
        alt: bool,
        lang: Lang,
    ) -> Option<Edit> {
        if drag.delta.length() < 0.5 {
            return None;
        }
        let first = board.note(*drag.notes.first()?)?.rect;
        let (cx, cy) = (
            first.x + first.w / 2.0 + drag.delta.x,
            first.y + first.h / 2.0 + drag.delta.y,
        );
        let target = board.block_at(cx, cy)?;
        let ops = if self.focus.is_some() || target.mode == BlockMode::Packed {
            in_reading_order(version, target, &drag.notes, (cx, cy))
        } else {
            at_free_places(version, board, drag, alt)?
        };
        Some(Edit {
            label: T::MoveNotes.get(lang).to_owned(),
            ops,
        })
    }
}

/// Each note at the free place nearest to where it was let go (exactly there with Alt),
/// in the block under its centre.
fn at_free_places(version: &Version, board: &Board, drag: &Drag, alt: bool) -> Option<Vec<Op>> {
    let mut scratch = version.clone();
    let mut waiting: Vec<NoteId> = drag.notes.clone();
    let mut ops = Vec::new();
    for id in &drag.notes {
        waiting.retain(|w| w != id);
        let note = version.note(*id)?;
        let rect = board.note(*id)?.rect;
        let (x, y) = (rect.x + drag.delta.x, rect.y + drag.delta.y);
        let block = board.block_at(x + rect.w / 2.0, y + rect.h / 2.0)?.block;
        let home = version.layout.block_rect(block)?;
        let h = note_height(&note.text);
        let mut ignore = waiting.clone();
        ignore.push(*id);
        let (x, y) = if alt {
            geometry::clamp_into_block(version.layout, block, x - home.x, y - home.y, h)
        } else {
            geometry::nearest_free_spot(&scratch, block, (x - home.x, y - home.y), h, &ignore)
        };
        if let Some(n) = scratch.notes.iter_mut().find(|n| n.id == *id) {
            (n.block, n.x, n.y) = (block, x, y);
        }
        ops.push(Op::MoveNote {
            version: version.id,
            note: *id,
            block,
            x,
            y,
        });
    }
    Some(ops)
}

/// The dragged notes put in the block's reading order before the note nearest to the
/// point `(px, py)` (after it when the point is below its middle), and the block tidied
/// in that order.
fn in_reading_order(
    version: &Version,
    target: &BoardBlock,
    dragged: &[NoteId],
    (px, py): (f32, f32),
) -> Vec<Op> {
    let moving: HashSet<NoteId> = dragged.iter().copied().collect();
    let others: Vec<&geometry::BoardNote> = target
        .notes
        .iter()
        .filter(|n| !moving.contains(&n.id))
        .collect();
    let nearest = others.iter().enumerate().min_by(|(_, a), (_, b)| {
        let d = |n: &geometry::BoardNote| {
            let r = n.rect;
            let dx = (px - px.clamp(r.x, r.right())).abs();
            let dy = (py - py.clamp(r.y, r.bottom())).abs();
            dx.hypot(dy)
        };
        d(a).total_cmp(&d(b))
    });
    let at = nearest.map_or(others.len(), |(i, n)| {
        if py > n.rect.y + n.rect.h / 2.0 {
            i + 1
        } else {
            i
        }
    });
    let mut order: Vec<NoteId> = others.iter().map(|n| n.id).collect();
    // The dragged notes keep the order they have in the version among themselves.
    let mut incoming: Vec<NoteId> = dragged.to_vec();
    incoming.sort_by_key(|id| version.notes.iter().position(|n| n.id == *id));
    order.splice(at..at, incoming);
    order.extend(target.hidden.iter().filter(|id| !moving.contains(id)));
    let mut scratch = version.clone();
    for n in &mut scratch.notes {
        if moving.contains(&n.id) {
            n.block = target.block;
        }
    }
    let indices: Vec<usize> = order
        .iter()
        .filter_map(|id| scratch.notes.iter().position(|n| n.id == *id))
        .collect();
    geometry::tidy_block(&scratch, target.block, &indices)
        .into_iter()
        .filter(|(id, x, y)| {
            version.note(*id).is_none_or(|n| {
                n.block != target.block || (n.x - x).abs() > 0.01 || (n.y - y).abs() > 0.01
            })
        })
        .map(|(id, x, y)| Op::MoveNote {
            version: version.id,
            note: id,
            block: target.block,
            x,
            y,
        })
        .collect()
}
