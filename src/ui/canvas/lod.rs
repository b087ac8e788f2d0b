//! Level of detail of notes: what a note costs to draw depends on how large it is on screen.
//!
//! Text too small to read is drawn as grey lines (one mesh per note, four vertices a line,
//! instead of four a glyph); the soft, blurred shadow is kept for notes large on screen,
//! smaller notes get a plain offset shadow and the smallest none.

use eframe::egui::{CornerRadius, Mesh, Pos2, Rect, Shape, epaint::RectShape, vec2};

use crate::geometry::{NOTE_FONT, NOTE_LINE_H, NOTE_PAD, NOTE_W};
use crate::ui::theme;

/// Whether note text at zoom `z` is large enough to read and so is drawn as text.
pub fn text_readable(z: f32) -> bool {
    NOTE_FONT * z >= theme::LOD_MIN_TEXT_PX
}

/// Average advance of a character of the note font, in ems (Noto Sans, mixed Cyrillic
/// and Latin text).
const AVG_ADVANCE_EM: f32 = 0.5;

/// A note's lines as grey bars, each as long as its text would be (no longer than
/// `max_w` screen points, nor than a full-size note's line), from `top_left` at zoom `z`:
/// what text too small to read looks like from afar.
pub fn text_lines<S: AsRef<str>>(lines: &[S], top_left: Pos2, z: f32, max_w: f32) -> Shape {
    let mut mesh = Mesh::default();
    let max_w = ((NOTE_W - 2.0 * NOTE_PAD) * z).min(max_w);
    let thickness = NOTE_FONT * 0.45 * z;
    for (i, line) in lines.iter().enumerate() {
        let line = line.as_ref();
        let chars = line.chars().filter(|c| !c.is_whitespace()).count();
        if chars == 0 {
            continue;
        }
        let w = (line.chars().count() as f32 * AVG_ADVANCE_EM * NOTE_FONT * z).min(max_w);
        let y = top_left.y + (i as f32 + 0.5) * NOTE_LINE_H * z;
        let bar = Rect::from_min_size(
            Pos2::new(top_left.x, y - thickness / 2.0),
            vec2(w, thickness),
        );
        mesh.add_colored_rect(bar, theme::LOD_TEXT);
    }
    Shape::mesh(mesh)
}

/// The shadow of a note drawn at `rect` (screen) with corner `radius` at zoom `z`, or
/// none when the note is too small for a shadow to be seen.
pub fn shadow(rect: Rect, radius: CornerRadius, z: f32) -> Option<Shape> {
    if !text_readable(z) {
        return None;
    }
    let offset = vec2(0.0, (theme::SHADOW_OFFSET * z).round());
    if z < theme::LOD_SOFT_SHADOW_ZOOM {
        // A plain rectangle under the note, showing below it: a fraction of the vertices
        // of a blurred one, where the blur would be a pixel or two anyway.
        return Some(Shape::Rect(RectShape::filled(
            rect.translate(offset),
            radius,
            theme::SHADOW_FLAT,
        )));
    }
    Some(
        eframe::egui::Shadow {
            offset: [0, offset.y.clamp(0.0, 127.0) as i8],
            blur: (theme::SHADOW_BLUR * z).round().clamp(0.0, 255.0) as u8,
            spread: 0,
            color: theme::SHADOW,
        }
        .as_shape(rect, radius)
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mesh(shape: &Shape) -> &Mesh {
        match shape {
            Shape::Mesh(m) => m,
            other => panic!("not a mesh: {other:?}"),
        }
    }

    #[test]
    fn text_is_drawn_as_text_down_to_the_readable_size() {
        assert!(text_readable(1.0));
        assert!(text_readable(theme::LOD_MIN_TEXT_PX / NOTE_FONT));
        assert!(!text_readable(0.9 * theme::LOD_MIN_TEXT_PX / NOTE_FONT));
    }

    #[test]
    fn lines_are_bars_as_long_as_their_text_within_the_note() {
        let lines = vec![
            "коротко".to_owned(),
            String::new(),
            "очень длинная строка заметки, длиннее самой заметки".to_owned(),
        ];
        let z = 0.3;
        let shape = text_lines(&lines, Pos2::new(100.0, 50.0), z, f32::INFINITY);
        let m = mesh(&shape);
        // Two bars (the empty line has none), four vertices each.
        assert_eq!(m.vertices.len(), 8);
        assert!(m.vertices.iter().all(|v| v.color == theme::LOD_TEXT));
        let first = Rect::from_points(&m.vertices[..4].iter().map(|v| v.pos).collect::<Vec<_>>());
        let last = Rect::from_points(&m.vertices[4..].iter().map(|v| v.pos).collect::<Vec<_>>());
        assert!(first.width() < last.width());
        assert!(last.width() <= (NOTE_W - 2.0 * NOTE_PAD) * z + 1e-3);
        // The third line sits two line heights below the first.
        let dy = last.center().y - first.center().y;
        assert!((dy - 2.0 * NOTE_LINE_H * z).abs() < 1e-3, "{dy}");
    }

    #[test]
    fn shadows_get_cheaper_as_notes_get_smaller() {
        let rect = Rect::from_min_size(Pos2::new(10.0, 10.0), vec2(120.0, 80.0));
        let radius = CornerRadius::same(3);
        assert!(shadow(rect, radius, 0.9 * theme::LOD_MIN_TEXT_PX / NOTE_FONT).is_none());
        let flat = shadow(rect, radius, 0.6).expect("shadow");
        let soft = shadow(rect, radius, 2.0).expect("shadow");
        match (flat, soft) {
            (Shape::Rect(f), Shape::Rect(s)) => {
                assert!(f.blur_width == 0.0);
                assert!(s.blur_width > 0.0);
                assert!(f.rect.min.y > rect.min.y, "shows below the note");
            }
            other => panic!("{other:?}"),
        }
    }
}
