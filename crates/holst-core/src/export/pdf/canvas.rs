//! A version's canvas drawn into a region of a page: the same rectangles and the same
//! wrapped lines as on screen, scaled uniformly.

use super::layout::{Mark, PageLayout, Part, Rgb, Shape, Stroke, TextStyle};
use super::plan::{BlockPlan, Placement, continued};
use super::text;
use crate::geometry::{
    self, BLOCK_PAD, NOTE_FONT, NOTE_LINE_H, NOTE_PAD, TITLE_BAND_H, TITLE_FONT,
};
use crate::model::{BlockId, CANVAS_H, CANVAS_W, Lang, NOTE_TEXT_RGB, NoteId, Rect, Version};
use crate::style;

/// Block borders (the screen's).
pub(crate) const BORDER_RGB: Rgb = style::BLOCK_BORDER;
/// Block titles (the screen's).
pub(crate) const TITLE_RGB: Rgb = style::BLOCK_TITLE;
/// The key question of an empty block (the screen's).
const QUESTION_RGB: Rgb = style::PLACEHOLDER;
/// The pointer from an overfull block to the appendix.
const CONTINUED_RGB: Rgb = style::WARNING;
/// Smallest size a block title is shrunk to when it is too wide for its block.
pub(crate) const MIN_TEXT_PT: f32 = 6.0;

/// Where the canvas lies on the page: its top-left corner and points per canvas unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct View {
    x: f32,
    y: f32,
    scale: f32,
}

impl View {
    /// The largest uniform scale at which the canvas fits `area`, centred across it and
    /// aligned to its top.
    pub fn fit(area: Rect) -> Self {
        let scale = (area.w / CANVAS_W).min(area.h / CANVAS_H).max(0.0);
        Self {
            x: area.x + (area.w - CANVAS_W * scale) / 2.0,
            y: area.y,
            scale,
        }
    }

    /// Points per canvas unit.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// A canvas rectangle in page points.
    pub fn rect(&self, r: Rect) -> Rect {
        Rect::new(
            self.x + r.x * self.scale,
            self.y + r.y * self.scale,
            r.w * self.scale,
            r.h * self.scale,
        )
    }
}

/// What drawing one canvas needs besides the page.
pub(crate) struct CanvasJob<'a> {
    /// The version drawn.
    pub version: &'a Version,
    /// Its block plans (`plan::plan_version`).
    pub plans: &'a [BlockPlan],
    /// Language of titles and guidance.
    pub lang: Lang,
    /// The page an overfull block's full text starts on.
    pub continued_on: &'a dyn Fn(BlockId) -> usize,
    /// The difference mark of a note, if any.
    pub mark: &'a dyn Fn(NoteId) -> Option<Mark>,
}

/// A colour darkened towards black, for outlines of filled shapes.
pub(crate) fn darker(rgb: Rgb) -> Rgb {
    rgb.map(|c| (f32::from(c) * 0.7) as u8)
}

/// Draws the canvas at `view`.
pub(crate) fn draw(page: &mut PageLayout, view: View, job: &CanvasJob<'_>) {
    let s = view.scale();
    let frame = view.rect(Rect::new(0.0, 0.0, CANVAS_W, CANVAS_H));
    page.decoration(
        frame,
        Some([0xFF, 0xFF, 0xFF]),
        Some(Stroke {
            rgb: BORDER_RGB,
            width: 1.0,
            dashed: false,
        }),
    );
    let note_style = TextStyle {
        size: NOTE_FONT * s,
        line_h: NOTE_LINE_H * s,
        bold: false,
        rgb: NOTE_TEXT_RGB,
    };
    for plan in job.plans {
        let block = page.shape(Shape {
            rect: view.rect(plan.rect),
            part: Part::Block(job.version.id, plan.block),
            parent: None,
            fill: None,
            stroke: Some(Stroke {
                rgb: BORDER_RGB,
                width: 0.6,
                dashed: false,
            }),
            radius: 0.0,
        });
        title(page, view, plan, job.lang, block);
        let content = geometry::content_rect(plan.rect);
        if plan.notes.is_empty() {
            let lines = text::wrap(
                plan.block.question_in(plan.layout, job.lang),
                false,
                NOTE_FONT,
                content.w,
            );
            let at = view.rect(content);
            let style = TextStyle {
                rgb: QUESTION_RGB,
                ..note_style
            };
            page.lines(&lines, at.x, at.y, style, Some(block));
        }
        for &(i, r) in &plan.shown {
            let note = &job.version.notes[i];
            let rect = view.rect(r);
            let fill = style::note_fill(note.colour);
            let index = page.shape(Shape {
                rect,
                part: Part::Note(job.version.id, note.id),
                parent: Some(block),
                fill: Some(fill),
                stroke: Some(Stroke {
                    rgb: style::note_border(note.colour),
                    width: 0.5,
                    dashed: false,
                }),
                radius: style::NOTE_RADIUS * s,
            });
            let lines = geometry::note_lines(&note.text);
            page.lines(
                &lines,
                rect.x + NOTE_PAD * s,
                rect.y + NOTE_PAD * s,
                note_style,
                Some(index),
            );
            if let Some(mark) = (job.mark)(note.id) {
                mark_outline(page, rect, mark, note.id, job, style::NOTE_RADIUS * s);
            }
        }
        if plan.placement == Placement::Overfull
            && let Some(m) = plan.message
        {
            let text = continued(job.lang, (job.continued_on)(plan.block));
            let lines = text::wrap(&text, false, NOTE_FONT, m.w);
            let at = view.rect(m);
            let style = TextStyle {
                rgb: CONTINUED_RGB,
                ..note_style
            };
            page.lines(&lines, at.x, at.y, style, Some(block));
        }
    }
}

/// The block's title in its band, shrunk (not below 6 pt) when too wide.
fn title(page: &mut PageLayout, view: View, plan: &BlockPlan, lang: Lang, owner: usize) {
    let s = view.scale();
    let band = view.rect(Rect::new(
        plan.rect.x + BLOCK_PAD,
        plan.rect.y,
        (plan.rect.w - 2.0 * BLOCK_PAD).max(0.0),
        TITLE_BAND_H,
    ));
    let t = plan.block.title_in(plan.layout, lang);
    let size = text::fit_size(t, true, TITLE_FONT * s, MIN_TEXT_PT, band.w);
    let style = TextStyle::new(size, true, TITLE_RGB);
    let top = band.y + (band.h - style.line_h) / 2.0;
    page.line(t, band.x, top, style, Some(owner));
}

/// An outline just outside a note, in the mark's colour.
fn mark_outline(
    page: &mut PageLayout,
    rect: Rect,
    mark: Mark,
    id: NoteId,
    job: &CanvasJob<'_>,
    radius: f32,
) {
    let (rgb, dashed) = crate::style::mark(mark);
    let out = 1.6;
    page.shape(Shape {
        rect: Rect::new(
            rect.x - out,
            rect.y - out,
            rect.w + 2.0 * out,
            rect.h + 2.0 * out,
        ),
        part: Part::Mark(job.version.id, id, mark),
        parent: None,
        fill: None,
        stroke: Some(Stroke {
            rgb,
            width: 1.4,
            dashed,
        }),
        radius: radius + out,
    });
}
