//! Where each block's notes go on paper, in page points.
//!
//! Fitted to the page (the default): each block's notes are set in columns as large as
//! the block's room allows, up to a comfortable size (`geometry::fit_block`); a block
//! whose notes do not fit even at the smallest size is overfull.
//!
//! As on screen: the editor's own board (`geometry::board_block`) scaled uniformly to the
//! page: notes where the screen draws them, placed or packed, and the same hidden ones.
//!
//! An overfull block prints the notes that fit, with a line at the bottom of the block
//! that points to the appendix page (or, for an image, counts the notes left out); the
//! appendix holds the full text of all the block's notes.

use super::canvas::MIN_TEXT_PT;
use crate::geometry::{self, BLOCK_PAD, FitRange, NoteStyle};
use crate::i18n::Message;
use crate::model::{BlockId, CANVAS_H, CANVAS_W, Lang, LayoutKind, Rect, Version};

/// How a block's notes are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// At their places on the canvas (as on screen).
    AsPlaced,
    /// In the screen's packed columns, because at their places they would stick out of
    /// the block (as on screen).
    Rearranged,
    /// Set in columns as large as the block allows (fitted to the page).
    Fitted,
    /// More than fits: part on the canvas, all of it in the appendix.
    Overfull,
}

/// Where a canvas lies on the page: its top-left corner and points per canvas unit
/// across and down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct View {
    x: f32,
    y: f32,
    sx: f32,
    sy: f32,
}

impl View {
    /// The largest uniform scale at which the canvas fits `area`, centred across it and
    /// aligned to its top: the canvas as on screen.
    pub fn fit(area: Rect) -> Self {
        let scale = (area.w / CANVAS_W).min(area.h / CANVAS_H).max(0.0);
        Self {
            x: area.x + (area.w - CANVAS_W * scale) / 2.0,
            y: area.y,
            sx: scale,
            sy: scale,
        }
    }

    /// The canvas stretched to fill `area`: blocks keep their fractions of the area.
    pub fn fill(area: Rect) -> Self {
        Self {
            x: area.x,
            y: area.y,
            sx: (area.w / CANVAS_W).max(0.0),
            sy: (area.h / CANVAS_H).max(0.0),
        }
    }

    /// Points per canvas unit (the smaller of the two scales).
    pub fn scale(&self) -> f32 {
        self.sx.min(self.sy)
    }

    /// A canvas rectangle in page points.
    pub fn rect(&self, r: Rect) -> Rect {
        Rect::new(
            self.x + r.x * self.sx,
            self.y + r.y * self.sy,
            r.w * self.sx,
            r.h * self.sy,
        )
    }

    /// The whole canvas in page points.
    pub fn frame(&self) -> Rect {
        self.rect(Rect::new(0.0, 0.0, CANVAS_W, CANVAS_H))
    }
}

/// How the notes of a canvas are sized on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sizing {
    /// As on screen: the canvas scaled uniformly.
    AsOnScreen,
    /// Each block's notes as large as its room allows.
    Fit {
        /// Largest note text, in points.
        max: f32,
        /// Block titles, in points (shrunk to fit a narrow block).
        title: f32,
    },
}

/// What the line of an overfull block says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pointer {
    /// The page of the appendix.
    Appendix,
    /// How many notes are left out (an image has no appendix).
    Count,
}

impl Pointer {
    /// The line, with `n` the appendix page or the count of notes left out.
    pub fn text(self, lang: Lang, n: usize) -> String {
        let id = match self {
            Pointer::Appendix => "pdf-continued",
            Pointer::Count => "pdf-left-over",
        };
        Message::new(id).arg("page", n).arg("count", n).text(lang)
    }
}

/// Where and how one canvas is drawn on its page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Frame {
    /// The canvas on the page.
    pub view: View,
    /// How notes are sized.
    pub sizing: Sizing,
    /// What an overfull block's line says.
    pub pointer: Pointer,
    /// Language of that line.
    pub lang: Lang,
}

/// One note printed on the canvas.
#[derive(Debug, Clone)]
pub(crate) struct Shown {
    /// Index in `version.notes`.
    pub index: usize,
    /// Where it goes, in points.
    pub rect: Rect,
    /// Its lines of text.
    pub lines: Vec<String>,
}

/// The plan for one block of a version, in page points.
#[derive(Debug, Clone)]
pub(crate) struct BlockPlan {
    /// The block.
    pub block: BlockId,
    /// The layout of its version (block titles differ between layouts).
    pub layout: LayoutKind,
    /// The block's rectangle.
    pub rect: Rect,
    /// The band at its top that holds its title.
    pub band: Rect,
    /// Font size of the title (shrunk further when too wide for the band).
    pub title_size: f32,
    /// Where its notes (or its key question) go.
    pub content: Rect,
    /// How its notes are printed.
    pub placement: Placement,
    /// Sizes of its notes' text, padding and gaps.
    pub style: NoteStyle,
    /// Notes printed on the canvas, in drawing order.
    pub shown: Vec<Shown>,
    /// Every note of the block (indices in `version.notes`), in the order the appendix
    /// lists them.
    pub notes: Vec<usize>,
    /// Where the line pointing to the rest goes, for an overfull block.
    pub message: Option<Rect>,
}

/// Plans every block of the version's layout, in the layout's order.
pub(crate) fn plan_version(version: &Version, frame: &Frame) -> Vec<BlockPlan> {
    version
        .layout
        .blocks()
        .filter_map(|b| match frame.sizing {
            Sizing::AsOnScreen => screen::plan_block(version, b, frame),
            Sizing::Fit { max, title } => plan_fitted(version, b, frame, max, title),
        })
        .collect()
}

/// The longest line an overfull block may show (a three-digit page or count).
fn longest_pointer(frame: &Frame) -> String {
    frame.pointer.text(frame.lang, 999)
}

fn plan_fitted(
    version: &Version,
    block: BlockId,
    frame: &Frame,
    max: f32,
    title: f32,
) -> Option<BlockPlan> {
    let rect = frame.view.rect(version.layout.block_rect(block)?);
    let pad = BLOCK_PAD * frame.view.scale();
    let band_h = title * 2.2;
    let band = Rect::new(rect.x + pad, rect.y, (rect.w - 2.0 * pad).max(0.0), band_h);
    let content = Rect::new(
        rect.x + pad,
        rect.y + band_h,
        (rect.w - 2.0 * pad).max(0.0),
        (rect.h - band_h - pad).max(0.0),
    );
    // Top to bottom, then left to right, as they stand on screen.
    let mut notes: Vec<usize> = version
        .notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.block == block)
        .map(|(i, _)| i)
        .collect();
    notes.sort_by(|&a, &b| {
        let (a, b) = (&version.notes[a], &version.notes[b]);
        a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x))
    });
    let min = NoteStyle::at(MIN_TEXT_PT);
    let pointer_lines = geometry::wrap(
        geometry::regular(),
        &longest_pointer(frame),
        min.size,
        content.w,
    )
    .len();
    let reserve = pointer_lines as f32 * min.line_h + min.gap / 2.0;
    let texts: Vec<&str> = notes
        .iter()
        .map(|&i| version.notes[i].text.as_str())
        .collect();
    let fit = geometry::fit_block(
        content,
        &texts,
        FitRange {
            min: MIN_TEXT_PT,
            max,
            reserve,
            max_h: f32::INFINITY,
        },
    );
    let shown = fit
        .notes
        .into_iter()
        .zip(&notes)
        .map(|(n, &index)| Shown {
            index,
            rect: n.rect,
            lines: n.lines,
        })
        .collect();
    let (placement, message) = if fit.left_over > 0 {
        let h = reserve - min.gap / 2.0;
        let m = Rect::new(content.x, content.bottom() - h, content.w, h);
        (Placement::Overfull, Some(m))
    } else {
        (Placement::Fitted, None)
    };
    Some(BlockPlan {
        block,
        layout: version.layout,
        rect,
        band,
        title_size: title,
        content,
        placement,
        style: fit.style,
        shown,
        notes,
        message,
    })
}

/// The plan as on screen: decided in canvas units, then scaled to the page.
mod screen;

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

    /// A3's canvas area, as the canvas page has it.
    fn frame(sizing: Sizing) -> Frame {
        let area = Rect::new(22.0, 70.0, 1146.0, 740.0);
        Frame {
            view: match sizing {
                Sizing::AsOnScreen => View::fit(area),
                Sizing::Fit { .. } => View::fill(area),
            },
            sizing,
            pointer: Pointer::Appendix,
            lang: Lang::Ru,
        }
    }

    const FIT: Sizing = Sizing::Fit {
        max: 14.0,
        title: 11.0,
    };

    fn channels(v: &Version, sizing: Sizing) -> BlockPlan {
        plan_version(v, &frame(sizing))
            .into_iter()
            .find(|p| p.block == BlockId::Channels)
            .expect("bmc has channels")
    }

    fn rects(p: &BlockPlan) -> Vec<(usize, Rect)> {
        p.shown.iter().map(|s| (s.index, s.rect)).collect()
    }

    #[test]
    fn notes_stay_put_as_on_screen_and_the_screen_board_decides() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        v.notes.push(note(1, 10.0, 40.0, "Сайт"));
        v.notes.push(note(2, 140.0, 40.0, "Выставки"));
        let p = channels(&v, Sizing::AsOnScreen);
        assert_eq!(p.placement, Placement::AsPlaced);
        let s = frame(Sizing::AsOnScreen).view.scale();
        assert!((p.shown[0].rect.x - (p.rect.x + 10.0 * s)).abs() < 1e-3);

        // Overlapping notes print overlapping, as the screen draws them.
        v.notes.push(note(3, 20.0, 45.0, "Соцсети"));
        let p = channels(&v, Sizing::AsOnScreen);
        assert_eq!(p.placement, Placement::AsPlaced);
        // A note past the bottom packs the block, on screen and on paper alike.
        v.notes[2].y = 900.0;
        let p = channels(&v, Sizing::AsOnScreen);
        assert_eq!(p.placement, Placement::Rearranged);
        assert_eq!(p.shown.len(), 3);
        assert!(screen::fits(&rects(&p), &p.content.shrink(-0.01)));
        let board = crate::geometry::board_block(&v, BlockId::Channels).unwrap();
        for (shown, n) in p.shown.iter().zip(&board.notes) {
            assert_eq!(shown.index, n.index);
            assert!((shown.rect.x - p.rect.x - (n.rect.x - board.rect.x) * s).abs() < 1e-2);
        }
    }

    #[test]
    fn a_note_in_the_title_band_or_past_the_edge_is_reflowed() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        v.notes.push(note(1, 10.0, 5.0, "Сайт"));
        assert_eq!(
            channels(&v, Sizing::AsOnScreen).placement,
            Placement::Rearranged
        );
        v.notes[0].y = 40.0;
        v.notes[0].x = 250.0;
        assert_eq!(
            channels(&v, Sizing::AsOnScreen).placement,
            Placement::Rearranged
        );
    }

    #[test]
    fn fitted_notes_grow_read_top_to_bottom_and_stay_in_the_block() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        v.notes.push(note(1, 10.0, 90.0, "Выставки"));
        v.notes.push(note(2, 10.0, 40.0, "Сайт"));
        let screen = channels(&v, Sizing::AsOnScreen);
        let p = channels(&v, FIT);
        assert_eq!(p.placement, Placement::Fitted);
        assert!(
            p.style.size > screen.style.size * 1.5,
            "{} pt",
            p.style.size
        );
        assert!(p.style.size <= 14.0 + 1e-3);
        // The note higher on screen comes first.
        assert_eq!(p.shown[0].index, 1);
        assert!(screen::fits(&rects(&p), &p.content.shrink(-0.01)));
        assert!(p.band.bottom() <= p.content.y + 1e-3);
    }

    #[test]
    fn an_overfull_block_shows_a_prefix_above_the_pointer() {
        let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
        for i in 0..60 {
            v.notes
                .push(note(i, 0.0, i as f32, &"длинное слово ".repeat(12)));
        }
        for sizing in [Sizing::AsOnScreen, FIT] {
            let p = channels(&v, sizing);
            assert_eq!(p.placement, Placement::Overfull, "{sizing:?}");
            assert_eq!(p.notes.len(), 60);
            assert!(!p.shown.is_empty() && p.shown.len() < 60);
            let message = p.message.expect("an overfull block has a pointer");
            for s in &p.shown {
                assert!(
                    s.rect.bottom() < message.y,
                    "{:?} runs into {message:?}",
                    s.rect
                );
            }
            assert!(screen::fits(&rects(&p), &p.content.shrink(-0.01)));
        }
    }
}
