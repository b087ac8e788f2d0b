//! The plan as on screen: the canvas's own board ([`geometry::board_block`], the
//! function the editor draws with), scaled to the page, so the print shows and hides the
//! notes the screen does.

use super::{BlockPlan, Frame, Placement, Shown};
use crate::geometry::{self, BLOCK_PAD, BlockMode, NoteStyle, TITLE_BAND_H, TITLE_FONT};
use crate::model::{BlockId, Rect, Version};

/// One block planned as on screen: notes where they are when the screen shows them so,
/// else in the screen's packed columns; a block that hides notes, or cuts a long one, is
/// overfull (its notes are printed whole in the appendix).
pub(super) fn plan_block(version: &Version, block: BlockId, frame: &Frame) -> Option<BlockPlan> {
    let board = geometry::board_block(version, block)?;
    let canvas = board.rect;
    let cut = board.notes.iter().any(|n| n.cut);
    let placement = match (board.mode, board.hidden.is_empty() && !cut) {
        (_, false) => Placement::Overfull,
        (BlockMode::Placed, true) => Placement::AsPlaced,
        (BlockMode::Packed, true) => Placement::Rearranged,
    };
    let view = &frame.view;
    let s = view.scale();
    let notes: Vec<usize> = geometry::reading_order(version, block);
    Some(BlockPlan {
        block,
        layout: version.layout,
        rect: view.rect(canvas),
        band: view.rect(Rect::new(
            canvas.x + BLOCK_PAD,
            canvas.y,
            (canvas.w - 2.0 * BLOCK_PAD).max(0.0),
            TITLE_BAND_H,
        )),
        title_size: TITLE_FONT * s,
        content: view.rect(board.content),
        placement,
        style: NoteStyle::at(board.style.size * s),
        shown: board
            .notes
            .into_iter()
            .map(|n| Shown {
                index: n.index,
                rect: view.rect(n.rect),
                lines: n.lines,
            })
            .collect(),
        notes,
        message: board.band.map(|m| view.rect(m)),
    })
}

/// Whether every rectangle lies inside `area` and no two overlap.
#[cfg(test)]
pub(super) fn fits(rects: &[(usize, Rect)], area: &Rect) -> bool {
    rects.iter().enumerate().all(|(i, (_, a))| {
        area.contains_rect(a, 0.5)
            && rects[i + 1..]
                .iter()
                .all(|(_, b)| !a.shrink(0.25).overlaps(&b.shrink(0.25)))
    })
}
