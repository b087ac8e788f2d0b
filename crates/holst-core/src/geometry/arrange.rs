//! Where notes go: tidy automatic placement for imported and template notes, a free spot
//! for a new note, and an overlap check.

use super::{NOTE_W, content_rect, nearest_free_spot, note_height, note_rect, tidy_block};
use crate::model::{BlockId, LayoutKind, NoteId, Rect, Version};

/// Lays out the notes of one block tidily, in note order (see [`tidy_block`]): a grid of
/// full-size notes filled column by column when they fit so, else the packed columns.
pub fn arrange_block(version: &mut Version, block: BlockId) {
    let order: Vec<usize> = (0..version.notes.len())
        .filter(|&i| version.notes[i].block == block)
        .collect();
    for (id, x, y) in tidy_block(version, block, &order) {
        if let Some(n) = version.notes.iter_mut().find(|n| n.id == id) {
            (n.x, n.y) = (x, y);
        }
    }
}

/// Lays out every block of the version (see [`arrange_block`]).
pub fn arrange_version(version: &mut Version) {
    for block in version.layout.blocks().collect::<Vec<_>>() {
        arrange_block(version, block);
    }
}

/// A place (offset from the block's top-left) for a new note of the given height that
/// overlaps no note already in the block: the free place nearest to the top-left of the
/// block's content area, so a block fills column by column (see [`nearest_free_spot`]).
/// When the block is full, right after its last note (the block then packs its notes).
pub fn free_spot(version: &Version, block: BlockId, height: f32) -> (f32, f32) {
    let Some(rect) = version.layout.block_rect(block) else {
        return (0.0, 0.0);
    };
    let content = content_rect(rect);
    nearest_free_spot(
        version,
        block,
        (content.x - rect.x, content.y - rect.y),
        height,
        &[],
    )
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
