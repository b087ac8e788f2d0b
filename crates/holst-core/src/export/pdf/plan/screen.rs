//! The plan as on screen: decided in canvas units, then scaled to the page.

use super::{BlockPlan, Frame, Placement, Shown, longest_pointer};
use crate::geometry::{
    self, BLOCK_PAD, NOTE_FONT, NOTE_GAP, NOTE_LINE_H, NoteStyle, TITLE_BAND_H, TITLE_FONT,
};
use crate::model::{BlockId, Rect, Version};

/// One block planned as on screen: notes where they are when they fit, else re-flowed in
/// columns, else overfull.
pub(super) fn plan_block(version: &Version, block: BlockId, frame: &Frame) -> Option<BlockPlan> {
    let canvas = version.layout.block_rect(block)?;
    let notes: Vec<usize> = version
        .notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.block == block)
        .map(|(i, _)| i)
        .collect();
    let placed: Vec<(usize, Rect)> = notes
        .iter()
        .filter_map(|&i| {
            let n = &version.notes[i];
            geometry::note_rect(version.layout, n, geometry::note_height(&n.text)).map(|r| (i, r))
        })
        .collect();
    let area = Rect::new(
        canvas.x,
        canvas.y + TITLE_BAND_H,
        canvas.w,
        (canvas.h - TITLE_BAND_H).max(0.0),
    );
    let content = geometry::content_rect(canvas);
    let (placement, shown, message) = if fits(&placed, &area) {
        (Placement::AsPlaced, placed, None)
    } else {
        let arranged = arranged(version, block, &notes);
        if fits(&arranged, &content) {
            (Placement::Rearranged, arranged, None)
        } else {
            // Overfull: reserve a band at the bottom for the pointer, and show the
            // notes, in order, while they fit above it.
            let lines = geometry::wrap(
                geometry::regular(),
                &longest_pointer(frame),
                NOTE_FONT,
                content.w,
            )
            .len();
            let band_h = lines as f32 * NOTE_LINE_H;
            let message = Rect::new(content.x, content.bottom() - band_h, content.w, band_h);
            let limit = message.y - NOTE_GAP / 2.0;
            let shown = arranged
                .into_iter()
                .take_while(|(_, r)| r.bottom() <= limit)
                .collect();
            (Placement::Overfull, shown, Some(message))
        }
    };
    let view = &frame.view;
    let s = view.scale();
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
        content: view.rect(content),
        placement,
        style: NoteStyle::at(NOTE_FONT * s),
        shown: shown
            .into_iter()
            .map(|(index, r)| Shown {
                index,
                rect: view.rect(r),
                lines: geometry::note_lines(&version.notes[index].text),
            })
            .collect(),
        notes,
        message: message.map(|m| view.rect(m)),
    })
}

/// Whether every rectangle lies inside `area` and no two overlap.
pub(super) fn fits(rects: &[(usize, Rect)], area: &Rect) -> bool {
    rects.iter().enumerate().all(|(i, (_, a))| {
        area.contains_rect(a, 0.5)
            && rects[i + 1..]
                .iter()
                .all(|(_, b)| !a.shrink(0.25).overlaps(&b.shrink(0.25)))
    })
}

/// The block's notes re-flowed in columns, as `geometry::arrange_block` places them.
fn arranged(version: &Version, block: BlockId, notes: &[usize]) -> Vec<(usize, Rect)> {
    let mut tidy = Version::new(version.id, String::new(), version.layout);
    tidy.notes = notes.iter().map(|&i| version.notes[i].clone()).collect();
    geometry::arrange_block(&mut tidy, block);
    tidy.notes
        .iter()
        .zip(notes)
        .filter_map(|(n, &i)| {
            geometry::note_rect(tidy.layout, n, geometry::note_height(&n.text)).map(|r| (i, r))
        })
        .collect()
}
