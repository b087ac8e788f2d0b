//! The compare view's overlay mode: one full-size canvas of the later version with the
//! earlier state drawn in: removed notes as faded ghosts at their old place, moved notes
//! with an arrow from where they were (the old text of a changed note shows on hover, as
//! in side by side).

use eframe::egui::{self, Painter, Pos2, Stroke};

use crate::diff::{Change, Diff};
use crate::geometry::Board;
use crate::model::{Note, Version};
use crate::ui::canvas::paint::paint_free_note;
use crate::ui::canvas::{NoteMark, TextCache};
use crate::ui::compare::mark_outline;
use crate::ui::theme;
use crate::ui::view::View;

/// An earlier note placed on the later version's layout (the block at the same place of
/// the grid when the later layout lacks it).
fn on_layout(later: &Version, note: &Note) -> Note {
    Note {
        block: later.layout.home_for(note.block),
        ..note.clone()
    }
}

/// The centre of a note on screen: where the later canvas draws it (packed notes are
/// smaller), else at its own place.
fn centre(
    origin: Pos2,
    view: &View,
    version: &Version,
    note: &Note,
    cache: &mut TextCache,
    board: Option<&Board>,
) -> Option<Pos2> {
    let drawn = board.and_then(|b| b.note(note.id)).map(|n| n.rect);
    let r = match drawn {
        Some(r) => r,
        None => crate::geometry::note_rect(version.layout, note, cache.height(&note.text))?,
    };
    Some(view.rect_to_screen(origin, r).center())
}

/// A line from `from` to `to` with a head of fixed size at `to` (egui's own arrow scales
/// its head with the length).
fn arrow(painter: &Painter, from: Pos2, to: Pos2, stroke: Stroke) {
    painter.line_segment([from, to], stroke);
    let dir = (to - from).normalized();
    if !dir.is_finite() {
        return;
    }
    let back = -dir * theme::MOVE_ARROW_HEAD;
    let side = egui::vec2(-back.y, back.x) * 0.5;
    painter.line_segment([to, to + back + side], stroke);
    painter.line_segment([to, to + back - side], stroke);
}

/// Paints the earlier state over the later version's canvas (the version and the board
/// it is drawn with), whose area starts at `origin` and is seen through `view`; the ghost
/// of the difference chosen in the list (`selected`) is framed as chosen.
pub fn paint_earlier(
    painter: &Painter,
    origin: Pos2,
    view: &View,
    (later, board): (&Version, &Board),
    d: &Diff,
    selected: Option<crate::diff::Key>,
    cache: &mut TextCache,
) {
    let mut ghost = painter.clone();
    ghost.multiply_opacity(theme::GHOST_OPACITY);
    for change in d.changes() {
        match change {
            Change::Removed { note } => {
                let note = on_layout(later, note);
                let mut marks = vec![mark_outline(crate::diff::Kind::Removed)];
                if selected.is_some_and(|k| {
                    k.kind == crate::diff::ItemKind::Removed && k.a == Some(note.id.0)
                }) {
                    marks.push(NoteMark::Selected);
                }
                paint_free_note(&ghost, origin, view, later, &note, cache, &marks);
            }
            Change::Moved { before, after } => {
                let before = on_layout(later, before);
                let from = centre(origin, view, later, &before, cache, None);
                let to = centre(origin, view, later, after, cache, Some(board));
                if let (Some(from), Some(to)) = (from, to) {
                    let (rgb, _) = holst_core::style::mark(crate::diff::Kind::Moved);
                    let stroke = Stroke::new(theme::MOVE_ARROW_W, theme::rgb(rgb));
                    painter.circle_stroke(from, theme::MOVE_ARROW_W * 2.0, stroke);
                    arrow(painter, from, to, stroke);
                }
            }
            Change::Added { .. } | Change::Changed { .. } | Change::Recoloured { .. } => {}
        }
    }
}
