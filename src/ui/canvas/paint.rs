//! Drawing a version's canvas: the sheet, blocks with titles, notes as sticky notes.
//! Pure painting: no input handling here, so the compare view can reuse it.

use eframe::egui::{
    self, Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, vec2,
};

pub use super::text_cache::{TextCache, Wrapped};
use super::{lod, text_paint};
use crate::geometry::{self, NOTE_FONT, NOTE_PAD, TITLE_BAND_H, TITLE_FONT};
use crate::model::{BlockId, CANVAS_H, CANVAS_W, Lang, Note, NoteId, Version};
use crate::ui::{fonts, theme, view::View};

/// Extra marks a caller wants on particular notes (selection, compare marks, assumptions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteMark {
    /// Selected in the editor.
    Selected,
    /// A custom outline colour, dashed or solid.
    Outline {
        /// Outline colour.
        colour: Color32,
        /// Dashed rather than solid.
        dashed: bool,
    },
    /// The note is segment number `n` (counted in reading order), or serves it: a small
    /// numbered badge at the note's bottom right.
    Segment(u16),
}

/// What to paint besides the version itself.
pub struct Decor<'a> {
    /// Interface language for titles and questions.
    pub lang: Lang,
    /// Marks per note.
    pub marks: &'a dyn Fn(NoteId) -> Vec<NoteMark>,
    /// A note to skip (being edited in place, drawn by the text editor).
    pub hidden: Option<NoteId>,
    /// Notes drawn displaced by this canvas offset (a drag in progress).
    pub dragged: &'a dyn Fn(NoteId) -> Option<egui::Vec2>,
    /// A block to highlight as a drop target.
    pub drop_target: Option<BlockId>,
}

/// Paints the whole canvas of a version inside `area` at the given view.
pub fn paint_version(
    painter: &Painter,
    area: Rect,
    view: &View,
    version: &Version,
    cache: &mut TextCache,
    decor: &Decor<'_>,
) {
    cache.begin_frame(painter.ctx().cumulative_pass_nr());
    let origin = area.min;
    let sheet = view.rect_to_screen(
        origin,
        crate::model::Rect::new(0.0, 0.0, CANVAS_W, CANVAS_H),
    );
    painter.rect_filled(area, 0.0, theme::WORKSPACE_BG);
    painter.add(
        egui::Shadow {
            offset: [0, 2],
            blur: 10,
            spread: 0,
            color: theme::SHADOW,
        }
        .as_shape(sheet, 0.0),
    );
    painter.rect_filled(sheet, 0.0, theme::SHEET_BG);

    for block in version.layout.blocks() {
        paint_block(painter, origin, view, version, block, decor);
    }
    for note in &version.notes {
        if Some(note.id) == decor.hidden {
            continue;
        }
        let shift = (decor.dragged)(note.id).unwrap_or_default();
        paint_note(
            painter,
            origin,
            view,
            version,
            note,
            shift,
            cache,
            &(decor.marks)(note.id),
        );
    }
}

fn paint_block(
    painter: &Painter,
    origin: Pos2,
    view: &View,
    version: &Version,
    block: BlockId,
    decor: &Decor<'_>,
) {
    let Some(r) = version.layout.block_rect(block) else {
        return;
    };
    let rect = view.rect_to_screen(origin, r);
    if !painter.clip_rect().intersects(rect) {
        return;
    }
    if decor.drop_target == Some(block) {
        painter.rect_filled(rect, 0.0, theme::DROP_TARGET);
    }
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(theme::BLOCK_BORDER_W, theme::BLOCK_BORDER),
        StrokeKind::Inside,
    );
    let z = view.zoom;
    // Wrapped like the PDF's text: by geometry::wrap, in canvas units.
    let title_w = r.w - 2.0 * geometry::BLOCK_PAD - 16.0;
    let text = block.title_in(version.layout, decor.lang);
    // A long title (the Lean Canvas's «Уникальное ценностное предложение») shrinks to stay
    // on its band's one line, down to 70 %; below that it wraps.
    let size = [1.0, 0.9, 0.8, 0.7]
        .into_iter()
        .map(|f| TITLE_FONT * f)
        .find(|s| geometry::bold().width(text, *s) <= title_w)
        .unwrap_or(TITLE_FONT * 0.7);
    let title_pos = rect.min + vec2(geometry::BLOCK_PAD, (TITLE_BAND_H - size * 1.4) / 2.0) * z;
    let title = painter.layout_no_wrap(
        geometry::wrap(geometry::bold(), text, size, title_w).join("\n"),
        fonts::bold(size * z),
        theme::BLOCK_TITLE,
    );
    painter.galley(title_pos, title, theme::BLOCK_TITLE);
    if version.notes_in(block).next().is_none() {
        let area = geometry::content_rect(r);
        let content = view.rect_to_screen(origin, area);
        let lines = geometry::wrap(
            geometry::regular(),
            block.question_in(version.layout, decor.lang),
            NOTE_FONT,
            area.w * 0.85,
        );
        let question = painter.layout_no_wrap(
            lines.join("\n"),
            fonts::regular(NOTE_FONT * z),
            theme::PLACEHOLDER,
        );
        let pos = content.center() - question.size() / 2.0;
        painter.galley(pos, question, theme::PLACEHOLDER);
    }
}

/// Paints one note; `shift` displaces it (canvas units) while it is dragged.
#[allow(clippy::too_many_arguments)]
pub fn paint_note(
    painter: &Painter,
    origin: Pos2,
    view: &View,
    version: &Version,
    note: &Note,
    shift: egui::Vec2,
    cache: &mut TextCache,
    marks: &[NoteMark],
) {
    let wrapped = cache.wrapped(&note.text);
    let height = geometry::note_height_for_lines(wrapped.lines.len());
    let Some(r) = geometry::note_rect(version.layout, note, height) else {
        return;
    };
    let r = crate::model::Rect::new(r.x + shift.x, r.y + shift.y, r.w, r.h);
    let rect = view.rect_to_screen(origin, r);
    if !painter.clip_rect().intersects(rect.expand(8.0)) {
        return;
    }
    let z = view.zoom;
    let radius = CornerRadius::same((theme::NOTE_RADIUS * z).round().clamp(0.0, 255.0) as u8);
    if let Some(shadow) = lod::shadow(rect, radius, z) {
        painter.add(shadow);
    }
    painter.rect(
        rect,
        radius,
        theme::note_fill(note.colour),
        theme::note_border(note.colour),
        StrokeKind::Inside,
    );
    let text_at = rect.min + vec2(NOTE_PAD, NOTE_PAD) * z;
    if lod::text_readable(z) {
        paint_text(painter, text_at, z, &wrapped.joined);
    } else {
        painter.add(lod::text_lines(&wrapped.lines, text_at, z));
    }
    segment_badges(painter, rect, z, marks);
    for mark in marks {
        match *mark {
            NoteMark::Segment(_) => {}
            NoteMark::Selected => {
                painter.rect_stroke(
                    rect.expand(2.0),
                    radius,
                    Stroke::new(theme::SELECTION_W, theme::SELECTION),
                    StrokeKind::Outside,
                );
            }
            NoteMark::Outline { colour, dashed } => {
                let stroke = Stroke::new(2.0, colour);
                let outline = rect.expand(3.0);
                if dashed {
                    let pts = [
                        outline.left_top(),
                        outline.right_top(),
                        outline.right_bottom(),
                        outline.left_bottom(),
                        outline.left_top(),
                    ];
                    painter.extend(Shape::dashed_line(&pts, stroke, 6.0, 4.0));
                } else {
                    painter.rect_stroke(outline, radius, stroke, StrokeKind::Outside);
                }
            }
        }
    }
}

/// The numbered badges of the segments a note is or serves, right to left from its
/// bottom-right corner.
fn segment_badges(painter: &Painter, rect: Rect, z: f32, marks: &[NoteMark]) {
    let r = theme::SEGMENT_BADGE_R * z;
    let mut centre = rect.right_bottom() - vec2(r + 2.0 * z, r + 2.0 * z);
    for mark in marks.iter().rev() {
        if let NoteMark::Segment(n) = mark {
            painter.circle(
                centre,
                r,
                theme::SHEET_BG,
                Stroke::new(z.max(0.5), theme::SELECTION),
            );
            painter.text(
                centre,
                egui::Align2::CENTER_CENTER,
                n.to_string(),
                fonts::bold(r * 1.2),
                theme::SELECTION,
            );
            centre.x -= 2.0 * r + 2.0 * z;
        }
    }
}

/// Paints a note's wrapped text (lines joined by line breaks) from a top-left point at
/// zoom `z`, as one galley with the note line height.
pub fn paint_text(painter: &Painter, top_left: Pos2, z: f32, joined: &str) {
    text_paint::paint(painter, top_left, z, joined);
}

/// Paints the rubber band of a selection in progress.
pub fn rubber_band(painter: &Painter, rect: Rect) {
    painter.rect(
        rect,
        0.0,
        theme::RUBBER_BAND,
        Stroke::new(1.0, theme::SELECTION),
        StrokeKind::Inside,
    );
}
