//! Where notes go: tidy automatic placement for imported and template notes, a free spot
//! for a new note, and an overlap check.

use super::{NOTE_GAP, NOTE_W, content_rect, note_height, note_rect};
use crate::model::{BlockId, LayoutKind, NoteId, Rect, Version};

/// Columns of notes that fit side by side in a block's content area, and the x offset
/// (from the block's left edge) of the first column.
fn columns(block: Rect) -> (usize, f32) {
    let content = content_rect(block);
    let n = (((content.w + NOTE_GAP) / (NOTE_W + NOTE_GAP)).floor() as usize).max(1);
    let used = n as f32 * NOTE_W + (n - 1) as f32 * NOTE_GAP;
    let left = content.x - block.x + ((content.w - used) / 2.0).max(0.0);
    (n, left)
}

/// Lays out the notes of one block tidily: columns filled shortest first, in note order.
pub fn arrange_block(version: &mut Version, block: BlockId) {
    let Some(rect) = version.layout.block_rect(block) else {
        return;
    };
    let (n, left) = columns(rect);
    let top = content_rect(rect).y - rect.y;
    let mut heights = vec![top; n];
    for note in version.notes.iter_mut().filter(|n| n.block == block) {
        let (col, y) = heights
            .iter()
            .copied()
            .enumerate()
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap_or((0, top));
        note.x = half(left + col as f32 * (NOTE_W + NOTE_GAP));
        note.y = half(y);
        heights[col] = y + note_height(&note.text) + NOTE_GAP;
    }
}

/// Lays out every block of the version (see [`arrange_block`]).
pub fn arrange_version(version: &mut Version) {
    for block in version.layout.blocks().collect::<Vec<_>>() {
        arrange_block(version, block);
    }
}

/// A place (offset from the block's top-left) for a new note of the given height that
/// overlaps no note already in the block: the first free cell scanning rows top to bottom.
/// When the block is full, the top-left of its content area.
pub fn free_spot(version: &Version, block: BlockId, height: f32) -> (f32, f32) {
    let Some(rect) = version.layout.block_rect(block) else {
        return (0.0, 0.0);
    };
    let content = content_rect(rect);
    let taken: Vec<Rect> = version
        .notes_in(block)
        .filter_map(|n| note_rect(version.layout, n, note_height(&n.text)))
        .collect();
    let (n, left) = columns(rect);
    let step = NOTE_GAP;
    let mut y = content.y;
    while y + height <= content.bottom() {
        for col in 0..n {
            let x = rect.x + left + col as f32 * (NOTE_W + NOTE_GAP);
            let candidate = Rect::new(x, y, NOTE_W, height);
            let padded = Rect::new(x - 2.0, y - 2.0, NOTE_W + 4.0, height + 4.0);
            if !taken.iter().any(|t| t.overlaps(&padded)) && content.contains_rect(&candidate, 0.01)
            {
                return (half(x - rect.x), half(y - rect.y));
            }
        }
        y += step;
    }
    (half(content.x - rect.x), half(content.y - rect.y))
}

/// Rounds a position down to half a canvas unit, keeping files tidy (`12.5`, not
/// `12.421356`); rounding down never pushes a note out of its block.
fn half(v: f32) -> f32 {
    (v * 2.0).floor() / 2.0
}

/// The offset (from the block's top-left) nearest to `(x, y)` at which a note of `height`
/// lies inside the block's content area; a note taller than the area keeps its top at the
/// top of the area. Rounded down to half a unit. `(x, y)` unchanged when the layout lacks
/// the block.
pub fn clamp_into_block(
    layout: LayoutKind,
    block: BlockId,
    x: f32,
    y: f32,
    height: f32,
) -> (f32, f32) {
    let Some(rect) = layout.block_rect(block) else {
        return (x, y);
    };
    let content = content_rect(rect);
    let (min_x, min_y) = (content.x - rect.x, content.y - rect.y);
    let max_x = (min_x + content.w - NOTE_W).max(min_x);
    let max_y = (min_y + content.h - height).max(min_y);
    (half(x.clamp(min_x, max_x)), half(y.clamp(min_y, max_y)))
}

/// Pairs of notes of the version whose rectangles overlap.
pub fn overlapping_pairs(version: &Version) -> Vec<(NoteId, NoteId)> {
    let rects: Vec<(NoteId, Rect)> = version
        .notes
        .iter()
        .filter_map(|n| note_rect(version.layout, n, note_height(&n.text)).map(|r| (n.id, r)))
        .collect();
    let mut pairs = Vec::new();
    for (i, (a, ra)) in rects.iter().enumerate() {
        for (b, rb) in &rects[i + 1..] {
            if ra.overlaps(rb) {
                pairs.push((*a, *b));
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Colour, LayoutKind, Note, VersionId};

    fn note(id: u64, block: BlockId, text: &str) -> Note {
        Note {
            id: NoteId(id),
            block,
            colour: Colour::Yellow,
            x: 0.0,
            y: 0.0,
            text: text.into(),
        }
    }

    #[test]
    fn arranged_notes_stay_in_their_block_and_never_overlap() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Social);
        for i in 0..12 {
            let text = "слово ".repeat(1 + (i as usize * 3) % 10);
            v.notes.push(note(i, BlockId::KeyPartners, &text));
        }
        arrange_version(&mut v);
        assert!(overlapping_pairs(&v).is_empty());
        let block = content_rect(LayoutKind::Social.block_rect(BlockId::KeyPartners).unwrap());
        for n in &v.notes {
            let r = note_rect(v.layout, n, note_height(&n.text)).unwrap();
            assert!(block.contains_rect(&r, 0.01), "{r:?} outside {block:?}");
        }
    }

    #[test]
    fn clamping_keeps_a_note_inside_its_block_and_leaves_an_inside_one_alone() {
        let layout = LayoutKind::Bmc;
        let block = content_rect(layout.block_rect(BlockId::Channels).unwrap());
        let origin = layout.block_rect(BlockId::Channels).unwrap();
        for (x, y) in [(-50.0, -50.0), (900.0, 900.0), (40.0, 60.0)] {
            let (cx, cy) = clamp_into_block(layout, BlockId::Channels, x, y, 40.0);
            let r = Rect::new(origin.x + cx, origin.y + cy, NOTE_W, 40.0);
            assert!(block.contains_rect(&r, 0.01), "({x}, {y}) -> {r:?}");
        }
        assert_eq!(
            clamp_into_block(layout, BlockId::Channels, 40.0, 60.0, 40.0),
            (40.0, 60.0)
        );
    }

    #[test]
    fn a_free_spot_avoids_existing_notes() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        v.notes.push(note(1, BlockId::Channels, "Сайт"));
        v.notes.push(note(2, BlockId::Channels, "Выставки"));
        arrange_version(&mut v);
        let (x, y) = free_spot(&v, BlockId::Channels, 40.0);
        let mut n3 = note(3, BlockId::Channels, "Соцсети");
        n3.x = x;
        n3.y = y;
        v.notes.push(n3);
        assert!(overlapping_pairs(&v).is_empty());
    }
}
