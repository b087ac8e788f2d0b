//! Drawing a version's canvas: the sheet, blocks with titles, notes as sticky notes.
//! Pure painting: no input handling here, so the compare view can reuse it.

use eframe::egui::{
    self, Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, vec2,
};

pub use super::text_cache::{TextCache, Wrapped};
use super::{lod, text_paint};
use crate::geometry::{self, Board, BoardBlock, NOTE_FONT, NoteStyle, TITLE_BAND_H, TITLE_FONT};
use crate::i18n::T;
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

/// Paints the whole canvas of a version inside `area` at the given view, each note where
/// the board draws it; a block never draws outside its own rectangle.
pub fn paint_board(
    painter: &Painter,
    area: Rect,
    view: &View,
    version: &Version,
    board: &Board,
    decor: &Decor<'_>,
) {
    let origin = area.min;
    let mut sheet = view.rect_to_screen(
        origin,
        crate::model::Rect::new(0.0, 0.0, CANVAS_W, CANVAS_H),
    );
    for b in &board.blocks {
        sheet = sheet.union(view.rect_to_screen(origin, b.rect));
    }
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
    let mut dragged = Vec::new();
    for b in &board.blocks {
        paint_block(painter, origin, view, version, b, decor);
        let clip = view
            .rect_to_screen(origin, b.rect)
            .intersect(painter.clip_rect());
        if !clip.is_positive() {
            continue;
        }
        let inside = painter.with_clip_rect(clip);
        for n in &b.notes {
            let Some(note) = version.notes.get(n.index) else {
                continue;
            };
            if Some(n.id) == decor.hidden {
                continue;
            }
            if let Some(shift) = (decor.dragged)(n.id) {
                dragged.push((b, n, note, shift));
                continue;
            }
            let look = NoteLook {
                rect: n.rect,
                style: b.style,
                lines: &n.lines,
            };
            paint_note(&inside, origin, view, note, &look, &(decor.marks)(n.id));
        }
        if let Some(band) = b.band {
            hidden_count(
                &inside,
                view.rect_to_screen(origin, band),
                view.zoom,
                b,
                decor.lang,
            );
        }
    }
    // Notes being dragged go over everything, wherever the pointer takes them.
    for (b, n, note, shift) in dragged {
        let look = NoteLook {
            rect: crate::model::Rect::new(
                n.rect.x + shift.x,
                n.rect.y + shift.y,
                n.rect.w,
                n.rect.h,
            ),
            style: b.style,
            lines: &n.lines,
        };
        paint_note(painter, origin, view, note, &look, &(decor.marks)(n.id));
    }
}

/// The line at the bottom of a block that counts its hidden notes.
fn hidden_count(painter: &Painter, band: Rect, z: f32, b: &BoardBlock, lang: Lang) {
    let text = T::HiddenNotes.count(lang, b.hidden.len());
    painter.text(
        band.left_center(),
        egui::Align2::LEFT_CENTER,
        text,
        fonts::regular(geometry::MIN_SCREEN_FONT * z),
        theme::SELECTION,
    );
}

fn paint_block(
    painter: &Painter,
    origin: Pos2,
    view: &View,
    version: &Version,
    b: &BoardBlock,
    decor: &Decor<'_>,
) {
    let (block, r) = (b.block, b.rect);
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
    // Wrapped like the PDF's text: by geometry::wrap, in canvas units; the room of the
    // help button is kept free at the right.
    let title_w = r.w - 2.0 * geometry::BLOCK_PAD - theme::help_button_room();
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
    if b.notes.is_empty() && b.hidden.is_empty() {
        let area = b.content;
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
        painter
            .with_clip_rect(rect.intersect(painter.clip_rect()))
            .galley(pos, question, theme::PLACEHOLDER);
    }
}

/// How a note is drawn: where, at which size, with which lines.
pub struct NoteLook<'a> {
    /// Its rectangle, in canvas units.
    pub rect: crate::model::Rect,
    /// Text size, padding and line height, in canvas units.
    pub style: NoteStyle,
    /// The lines of text drawn.
    pub lines: &'a [String],
}

/// Paints a note at its place as if on a free canvas (full size, whole text): the
/// compare view's ghosts of removed notes.
pub fn paint_free_note(
    painter: &Painter,
    origin: Pos2,
    view: &View,
    version: &Version,
    note: &Note,
    cache: &mut TextCache,
    marks: &[NoteMark],
) {
    let wrapped = cache.wrapped(&note.text);
    let height = geometry::note_height_for_lines(wrapped.lines.len());
    let Some(rect) = geometry::note_rect(version.layout, note, height) else {
        return;
    };
    let look = NoteLook {
        rect,
        style: NoteStyle::at(NOTE_FONT),
        lines: &wrapped.lines,
    };
    paint_note(painter, origin, view, note, &look, marks);
}

/// Paints one note as `look` says.
pub fn paint_note(
    painter: &Painter,
    origin: Pos2,
    view: &View,
    note: &Note,
    look: &NoteLook<'_>,
    marks: &[NoteMark],
) {
    let rect = view.rect_to_screen(origin, look.rect);
    if !painter.clip_rect().intersects(rect.expand(8.0)) {
        return;
    }
    let z = view.zoom;
    // A packed note is the full-size note scaled by `k`: drawing it at zoom `z` is
    // drawing a full-size note at zoom `z * k` (level of detail included).
    let k = look.style.size / NOTE_FONT;
    let zk = z * k;
    let radius = CornerRadius::same((theme::NOTE_RADIUS * zk).round().clamp(0.0, 255.0) as u8);
    if let Some(shadow) = lod::shadow(rect, radius, zk) {
        painter.add(shadow);
    }
    painter.rect(
        rect,
        radius,
        theme::note_fill(note.colour),
        theme::note_border(note.colour),
        StrokeKind::Inside,
    );
    let text_at = rect.min + vec2(look.style.pad, look.style.pad) * z;
    let inner_w = rect.width() - 2.0 * look.style.pad * z;
    if lod::text_readable(zk) {
        text_paint::paint(painter, text_at, zk, &look.lines.join("\n"), inner_w);
    } else {
        painter.add(lod::text_lines(look.lines, text_at, zk, inner_w));
    }
    segment_badges(painter, rect, zk, marks);
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
/// zoom `z`, as one galley at the text size and line height of `style` (what the canvas's
/// notes use, cheap while zooming: see `text_paint`).
pub fn paint_text(painter: &Painter, top_left: Pos2, z: f32, joined: &str, style: NoteStyle) {
    let k = style.size / NOTE_FONT;
    text_paint::paint(painter, top_left, z * k, joined, f32::INFINITY);
}

/// A hovered note whose text is cut, shown whole above the canvas at full size (as tall
/// as its text, at most most of the canvas area).
pub(super) fn whole_note(
    ui: &egui::Ui,
    area: Rect,
    view: &View,
    note: &crate::model::Note,
    n: &geometry::BoardNote,
) {
    let style = geometry::NoteStyle::at(geometry::NOTE_FONT);
    let z = view.zoom.max(1.0);
    // Wider for a text too long to show whole at the note's width.
    let max_h = area.height() * theme::HOVER_NOTE_SHARE;
    let mut w = geometry::NOTE_W * z * 1.6;
    let mut lines;
    loop {
        let inner = (w - 2.0 * style.pad * z) / z;
        lines = geometry::wrap(geometry::regular(), &note.text, geometry::NOTE_FONT, inner);
        if style.height(lines.len()) * z <= max_h || w >= area.width() * 0.7 {
            break;
        }
        w = (w * 1.3).min(area.width() * 0.7);
    }
    let h = (style.height(lines.len()) * z).min(max_h);
    let at = view.to_screen(area.min, n.rect.x, n.rect.y);
    let mut rect = Rect::from_min_size(at, vec2(w, h));
    rect = rect.translate(vec2(
        (area.right() - rect.right()).min(0.0),
        (area.bottom() - rect.bottom()).min(0.0),
    ));
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::unique("holst-whole-note"),
    ));
    let painter = painter.with_clip_rect(rect.expand(12.0));
    painter.add(
        egui::Shadow {
            offset: [0, 3],
            blur: 12,
            spread: 0,
            color: theme::SHADOW,
        }
        .as_shape(rect, 3.0),
    );
    painter.rect(
        rect,
        3.0,
        theme::note_fill(note.colour),
        theme::note_border(note.colour),
        egui::StrokeKind::Inside,
    );
    let text_painter = painter.with_clip_rect(rect.shrink(style.pad * z * 0.5));
    paint_text(
        &text_painter,
        rect.min + vec2(style.pad, style.pad) * z,
        z,
        &lines.join("\n"),
        style,
    );
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
