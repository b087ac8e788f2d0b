//! A version's canvas drawn into a region of a page, from its block plans (`plan`):
//! blocks with their titles, notes with their lines, marks, pointers to the rest.

use super::layout::{Mark, PageLayout, Part, Rgb, Shape, Stroke, TextStyle};
use super::plan::{BlockPlan, Frame, Placement, Pointer};
use super::text;
use crate::geometry::NOTE_FONT;
use crate::model::{BlockId, Lang, NOTE_TEXT_RGB, NoteId, Rect, Version};
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

/// What drawing one canvas needs besides the page.
pub(crate) struct CanvasJob<'a> {
    /// The version drawn.
    pub version: &'a Version,
    /// Its block plans (`plan::plan_version`).
    pub plans: &'a [BlockPlan],
    /// Where the canvas goes and what an overfull block says.
    pub frame: &'a Frame,
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

/// Draws the canvas of the job's plans.
pub(crate) fn draw(page: &mut PageLayout, job: &CanvasJob<'_>) {
    page.decoration(
        job.frame.view.frame(),
        Some([0xFF, 0xFF, 0xFF]),
        Some(Stroke {
            rgb: BORDER_RGB,
            width: 1.0,
            dashed: false,
        }),
    );
    let badges = job.version.segment_badges();
    for plan in job.plans {
        let block = page.shape(Shape {
            rect: plan.rect,
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
        title(page, plan, job.lang, block);
        let ns = plan.style;
        let note_style = TextStyle {
            size: ns.size,
            line_h: ns.line_h,
            bold: false,
            rgb: NOTE_TEXT_RGB,
        };
        if plan.notes.is_empty() {
            // The key question, at the size of the title, in grey.
            let size = plan.title_size.min(ns.size);
            let lines = text::wrap(
                plan.block.question_in(plan.layout, job.lang),
                false,
                size,
                plan.content.w,
            );
            let question = TextStyle::new(size, false, QUESTION_RGB);
            let room = (plan.content.h / question.line_h).floor().max(0.0) as usize;
            let lines = &lines[..lines.len().min(room)];
            page.lines(lines, plan.content.x, plan.content.y, question, Some(block));
        }
        let radius = style::NOTE_RADIUS / NOTE_FONT * note_style.size;
        // Points per canvas unit at this block's note size.
        let unit = note_style.size / NOTE_FONT;
        for shown in &plan.shown {
            let note = &job.version.notes[shown.index];
            let fill = style::note_fill(note.colour);
            let index = page.shape(Shape {
                rect: shown.rect,
                part: Part::Note(job.version.id, note.id),
                parent: Some(block),
                fill: Some(fill),
                stroke: Some(Stroke {
                    rgb: style::note_border(note.colour),
                    width: 0.5,
                    dashed: false,
                }),
                radius,
            });
            page.lines(
                &shown.lines,
                shown.rect.x + ns.pad,
                shown.rect.y + ns.pad,
                note_style,
                Some(index),
            );
            if let Some(numbers) = badges.get(&note.id) {
                segment_badges(page, (index, shown.rect), unit, note.id, numbers, job);
            }
            if let Some(mark) = (job.mark)(note.id) {
                mark_outline(page, shown.rect, mark, note.id, job, radius);
            }
        }
        if plan.placement == Placement::Overfull
            && let Some(m) = plan.message
        {
            let n = match job.frame.pointer {
                Pointer::Appendix => (job.continued_on)(plan.block),
                Pointer::Count => plan.notes.len() - plan.shown.len(),
            };
            let text = job.frame.pointer.text(job.lang, n);
            // The notes of an overfull block are at the size the band was measured at.
            let pointer = TextStyle {
                rgb: CONTINUED_RGB,
                ..note_style
            };
            let lines = text::wrap(&text, false, pointer.size, m.w);
            page.lines(&lines, m.x, m.y, pointer, Some(block));
        }
    }
}

/// The block's title in its band, shrunk (not below 6 pt) when too wide.
fn title(page: &mut PageLayout, plan: &BlockPlan, lang: Lang, owner: usize) {
    let band = plan.band;
    let t = plan.block.title_in(plan.layout, lang);
    let size = text::fit_size(t, true, plan.title_size, MIN_TEXT_PT, band.w);
    let style = TextStyle::new(size, true, TITLE_RGB);
    let top = band.y + (band.h - style.line_h) / 2.0;
    page.line(t, band.x, top, style, Some(owner));
}

/// The numbered badges of the segments a note is or serves, right to left from its
/// bottom-right corner, as on screen: a white disc ringed in the selection colour with
/// the number in bold. `shape` is the note's shape (its lines are drawn), `unit` points
/// per canvas unit.
fn segment_badges(
    page: &mut PageLayout,
    (shape, rect): (usize, Rect),
    unit: f32,
    id: NoteId,
    numbers: &[u16],
    job: &CanvasJob<'_>,
) {
    let r = style::SEGMENT_BADGE_R * unit;
    let gap = 2.0 * unit;
    let mut cx = rect.right() - r - gap;
    let left = cx - r - (numbers.len() - 1) as f32 * (2.0 * r + gap);
    // Where the note's text reaches the badges' strip, the badges sit below its ink (and
    // may hang over the note's bottom edge) so that no letter is hidden.
    let ink_bottom = page
        .texts
        .iter()
        .filter(|t| t.owner == Some(shape) && t.x + t.width > left)
        .map(|t| t.ink_box().bottom())
        .fold(f32::NEG_INFINITY, f32::max);
    let cy = (rect.bottom() - r - gap).max(ink_bottom + r + 0.5 * gap);
    for &n in numbers.iter().rev() {
        let disc = page.shape(Shape {
            rect: Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r),
            part: Part::SegmentMark(job.version.id, id, n),
            parent: None,
            fill: Some([0xFF, 0xFF, 0xFF]),
            stroke: Some(Stroke {
                rgb: style::SELECTION,
                width: (0.5 * unit).max(0.3),
                dashed: false,
            }),
            radius: r,
        });
        let label = n.to_string();
        let number = TextStyle::new(r * 1.2, true, style::SELECTION);
        let w = text::width(&label, true, number.size);
        page.line(
            &label,
            cx - w / 2.0,
            cy - number.line_h / 2.0,
            number,
            Some(disc),
        );
        cx -= 2.0 * r + gap;
    }
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
