//! Where each block's notes go on paper, decided in canvas units (the same for every
//! paper size, since a page is a uniformly scaled copy of the canvas).
//!
//! - When every note of a block lies inside the block, below its title band, and no two
//!   overlap, the notes print where they are on screen.
//! - Otherwise the block's notes are re-flowed in tidy columns (`geometry::arrange_block`);
//!   if they fit so, they print so.
//! - Otherwise the block is overfull: the notes that fit in columns print, a line at the
//!   bottom of the block points to the appendix page, and the appendix holds the full
//!   text of all the block's notes.

use crate::geometry::{self, NOTE_FONT, NOTE_GAP, NOTE_LINE_H, TITLE_BAND_H};
use crate::i18n::Message;
use crate::model::{BlockId, Lang, LayoutKind, Rect, Version};

/// How a block's notes are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// At their places on the canvas.
    AsPlaced,
    /// Re-flowed in columns, because on the canvas they overlap or stick out.
    Rearranged,
    /// More than fits: part on the canvas, all of it in the appendix.
    Overfull,
}

/// The plan for one block of a version.
#[derive(Debug, Clone)]
pub(crate) struct BlockPlan {
    /// The block.
    pub block: BlockId,
    /// The layout of its version (block titles differ between layouts).
    pub layout: LayoutKind,
    /// The block's rectangle in canvas units.
    pub rect: Rect,
    /// How its notes are printed.
    pub placement: Placement,
    /// Notes printed on the canvas: index in `version.notes` and rectangle in canvas
    /// units, in drawing order.
    pub shown: Vec<(usize, Rect)>,
    /// Every note of the block (indices in `version.notes`), in drawing order.
    pub notes: Vec<usize>,
    /// Where the pointer to the appendix goes (canvas units), for an overfull block.
    pub message: Option<Rect>,
}

/// The line an overfull block shows, pointing to the appendix page.
pub(crate) fn continued(lang: Lang, page: usize) -> String {
    Message::new("pdf-continued").arg("page", page).text(lang)
}

/// Plans every block of the version's layout, in the layout's order.
pub(crate) fn plan_version(version: &Version, lang: Lang) -> Vec<BlockPlan> {
    version
        .layout
        .blocks()
        .filter_map(|b| plan_block(version, b, lang))
        .collect()
}

fn plan_block(version: &Version, block: BlockId, lang: Lang) -> Option<BlockPlan> {
    let rect = version.layout.block_rect(block)?;
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
        rect.x,
        rect.y + TITLE_BAND_H,
        rect.w,
        (rect.h - TITLE_BAND_H).max(0.0),
    );
    let plan = |placement, shown, message| BlockPlan {
        block,
        layout: version.layout,
        rect,
        placement,
        shown,
        notes: notes.clone(),
        message,
    };
    if fits(&placed, &area) {
        return Some(plan(Placement::AsPlaced, placed, None));
    }
    let arranged = arranged(version, block, &notes);
    let content = geometry::content_rect(rect);
    if fits(&arranged, &content) {
        return Some(plan(Placement::Rearranged, arranged, None));
    }
    // Overfull: reserve a band at the bottom for the pointer to the appendix (sized for
    // a three-digit page number), and show the notes, in order, while they fit above it.
    let lines = geometry::wrap(
        geometry::regular(),
        &continued(lang, 999),
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
    Some(plan(Placement::Overfull, shown, Some(message)))
}

/// Whether every rectangle lies inside `area` and no two overlap.
fn fits(rects: &[(usize, Rect)], area: &Rect) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Colour, LayoutKind, Note, NoteId, VersionId};

    fn note(id: u64, x: f32, y: f32, text: &str) -> Note {
        Note {
            id: NoteId(id),
            block: BlockId::Channels,
            colour: Colour::Yellow,
            x,
            y,
            text: text.into(),
        }
    }

    fn channels(v: &Version) -> BlockPlan {
        plan_version(v, Lang::Ru)
            .into_iter()
            .find(|p| p.block == BlockId::Channels)
            .expect("bmc has channels")
    }

    #[test]
    fn tidy_notes_stay_put_overlapping_ones_are_reflowed() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        v.notes.push(note(1, 10.0, 40.0, "Сайт"));
        v.notes.push(note(2, 140.0, 40.0, "Выставки"));
        let p = channels(&v);
        assert_eq!(p.placement, Placement::AsPlaced);
        assert!((p.shown[0].1.x - (p.rect.x + 10.0)).abs() < 1e-3);

        v.notes.push(note(3, 20.0, 45.0, "Соцсети"));
        let p = channels(&v);
        assert_eq!(p.placement, Placement::Rearranged);
        assert_eq!(p.shown.len(), 3);
        assert!(fits(&p.shown, &geometry::content_rect(p.rect)));
    }

    #[test]
    fn a_note_in_the_title_band_or_past_the_edge_is_reflowed() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        v.notes.push(note(1, 10.0, 5.0, "Сайт"));
        assert_eq!(channels(&v).placement, Placement::Rearranged);
        v.notes[0].y = 40.0;
        v.notes[0].x = 250.0;
        assert_eq!(channels(&v).placement, Placement::Rearranged);
    }

    #[test]
    fn an_overfull_block_shows_a_prefix_above_the_pointer() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        for i in 0..30 {
            v.notes
                .push(note(i, 0.0, 0.0, &"длинное слово ".repeat(12)));
        }
        let p = channels(&v);
        assert_eq!(p.placement, Placement::Overfull);
        assert_eq!(p.notes.len(), 30);
        assert!(!p.shown.is_empty() && p.shown.len() < 30);
        let message = p.message.expect("an overfull block has a pointer");
        for (_, r) in &p.shown {
            assert!(r.bottom() < message.y, "{r:?} runs into {message:?}");
        }
        assert!(fits(&p.shown, &geometry::content_rect(p.rect)));
    }
}
