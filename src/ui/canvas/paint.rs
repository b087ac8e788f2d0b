//! Drawing a version's canvas: the sheet, blocks with titles, notes as sticky notes.
//! Pure painting: no input handling here, so the compare view can reuse it.

use std::collections::HashMap;

use eframe::egui::{
    self, Align2, Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, vec2,
};

use crate::geometry::{self, NOTE_FONT, NOTE_LINE_H, NOTE_PAD, TITLE_BAND_H, TITLE_FONT};
use crate::model::{BlockId, CANVAS_H, CANVAS_W, Lang, Note, NoteId, Version};
use crate::ui::{fonts, theme, view::View};

/// Wrapped lines of note texts, kept between frames so text is laid out once per change.
#[derive(Debug, Default)]
pub struct TextCache {
    lines: HashMap<String, std::rc::Rc<Vec<String>>>,
}

impl TextCache {
    /// The wrapped lines of a text (see [`geometry::note_lines`]).
    pub fn lines(&mut self, text: &str) -> std::rc::Rc<Vec<String>> {
        if let Some(l) = self.lines.get(text) {
            return l.clone();
        }
        if self.lines.len() > 20_000 {
            self.lines.clear();
        }
        let l = std::rc::Rc::new(geometry::note_lines(text));
        self.lines.insert(text.to_owned(), l.clone());
        l
    }

    /// Height of a note with this text, in canvas units.
    pub fn height(&mut self, text: &str) -> f32 {
        geometry::note_height_for_lines(self.lines(text).len())
    }
}

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
    let title_pos =
        rect.min + vec2(geometry::BLOCK_PAD, (TITLE_BAND_H - TITLE_FONT * 1.4) / 2.0) * z;
    let title = painter.layout(
        block.title(decor.lang).to_owned(),
        fonts::bold(TITLE_FONT * z),
        theme::BLOCK_TITLE,
        rect.width() - 2.0 * geometry::BLOCK_PAD * z - 16.0 * z,
    );
    painter.galley(title_pos, title, theme::BLOCK_TITLE);
    if version.notes_in(block).next().is_none() {
        let content = view.rect_to_screen(origin, geometry::content_rect(r));
        let question = painter.layout(
            block.question(decor.lang).to_owned(),
            fonts::regular(NOTE_FONT * z),
            theme::PLACEHOLDER,
            content.width() * 0.85,
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
    let lines = cache.lines(&note.text);
    let height = geometry::note_height_for_lines(lines.len());
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
    painter.add(
        egui::Shadow {
            offset: [
                0,
                (theme::SHADOW_OFFSET * z).round().clamp(0.0, 127.0) as i8,
            ],
            blur: (theme::SHADOW_BLUR * z).round().clamp(0.0, 255.0) as u8,
            spread: 0,
            color: theme::SHADOW,
        }
        .as_shape(rect, radius),
    );
    painter.rect(
        rect,
        radius,
        theme::note_fill(note.colour),
        theme::note_border(note.colour),
        StrokeKind::Inside,
    );
    paint_lines(painter, rect.min + vec2(NOTE_PAD, NOTE_PAD) * z, z, &lines);
    for mark in marks {
        match *mark {
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

/// Paints wrapped note lines from a top-left point at zoom `z`.
pub fn paint_lines(painter: &Painter, top_left: Pos2, z: f32, lines: &[String]) {
    let font = fonts::regular(NOTE_FONT * z);
    for (i, line) in lines.iter().enumerate() {
        let pos = top_left + vec2(0.0, i as f32 * NOTE_LINE_H * z);
        painter.text(pos, Align2::LEFT_TOP, line, font.clone(), theme::NOTE_TEXT);
    }
}

/// The colour used for unmarked outline of the rubber band.
pub fn rubber_band(painter: &Painter, rect: Rect) {
    painter.rect(
        rect,
        0.0,
        theme::RUBBER_BAND,
        Stroke::new(1.0, theme::SELECTION),
        StrokeKind::Inside,
    );
}
