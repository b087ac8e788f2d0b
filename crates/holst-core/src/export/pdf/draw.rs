//! A laid-out page as a display list: what to paint, in painting order, with text split
//! into runs of one face. The PDF writer, the SVG writer and the PNG rasteriser all paint
//! exactly this list, so the three agree and nothing is laid out twice.
//!
//! Coordinates are page points from the top-left corner, y down.

use super::layout::{PageLayout, Part, Rgb, Shape, Stroke, TextRun};
use super::text::{self, Piece};
use crate::geometry::Coverage;
use crate::model::Rect;

/// Colour of the box that stands for a character no shipped font has.
const GAP_RGB: Rgb = [0xE5, 0x1C, 0x23];

/// The font face a run of glyphs is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Face {
    /// Noto Sans Regular.
    Regular,
    /// Noto Sans Bold.
    Bold,
    /// DejaVu Sans, for what Noto Sans lacks.
    Fallback,
}

/// Glyphs of one face, on the baseline of their line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Glyphs {
    /// The face.
    pub face: Face,
    /// The characters, in the order they stand on the page (left to right).
    pub text: String,
    /// Left edge, in points from the page's left edge.
    pub x: f32,
    /// Advance width, in points.
    pub width: f32,
}

/// One thing to paint.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item<'a> {
    /// A rectangle, maybe with rounded corners, filled and/or outlined (dashed or not).
    Shape(&'a Shape),
    /// A line of text: its runs of glyphs, each of one face.
    Line {
        /// The line as laid out (position, size, colour).
        run: &'a TextRun,
        /// Its glyph runs, left to right.
        glyphs: Vec<Glyphs>,
        /// Whether the line holds right-to-left text, already in visual order.
        rtl: bool,
    },
    /// A box in place of a character no shipped font has.
    Gap(Shape),
}

/// The page's display list: every shape, then every line of text above them, then the
/// boxes that stand for characters no font has.
pub(crate) fn display_list(page: &PageLayout) -> Vec<Item<'_>> {
    let mut items: Vec<Item<'_>> = page.shapes.iter().map(Item::Shape).collect();
    let mut gaps = Vec::new();
    for run in &page.texts {
        let mut glyphs = Vec::new();
        for piece in text::pieces(&run.text, run.bold, run.size) {
            let face = match piece.coverage {
                Coverage::Main if run.bold => Face::Bold,
                Coverage::Main => Face::Regular,
                Coverage::Fallback => Face::Fallback,
                Coverage::Missing => {
                    gaps.push(gap_box(run, &piece));
                    continue;
                }
                Coverage::Ignored => continue,
            };
            glyphs.push(Glyphs {
                face,
                text: piece.text,
                x: run.x + piece.x,
                width: piece.width,
            });
        }
        let rtl = matches!(text::visual(&run.text), std::borrow::Cow::Owned(_));
        items.push(Item::Line { run, glyphs, rtl });
    }
    items.extend(gaps.into_iter().map(Item::Gap));
    items
}

/// The box drawn in place of a character no shipped font has: an outline from the
/// baseline to about the height of a capital, inside the character's advance.
fn gap_box(t: &TextRun, piece: &Piece) -> Shape {
    let h = t.size * 0.7;
    Shape {
        rect: Rect::new(
            t.x + piece.x + piece.width * 0.12,
            t.baseline - h,
            piece.width * 0.76,
            h,
        ),
        part: Part::Decoration,
        parent: None,
        fill: None,
        stroke: Some(Stroke {
            rgb: GAP_RGB,
            width: (t.size * 0.08).max(0.4),
            dashed: false,
        }),
        radius: 0.0,
    }
}

/// The dash pattern of a dashed outline: on and off lengths in points.
pub(crate) const DASH: [f32; 2] = [3.0, 2.0];

/// The corner radius a shape is drawn with: capped at half its shorter side.
pub(crate) fn radius(s: &Shape) -> f32 {
    s.radius.min(s.rect.w / 2.0).min(s.rect.h / 2.0).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pdf::layout::{PageKind, TextStyle};
    use crate::model::VersionId;

    #[test]
    fn lines_split_by_face_and_missing_characters_become_boxes_painted_last() {
        let mut page = PageLayout::new(200.0, 100.0, PageKind::Canvas(VersionId(1)));
        page.decoration(Rect::new(0.0, 0.0, 10.0, 10.0), Some([1, 2, 3]), None);
        page.line(
            "Цена ★ 中",
            5.0,
            5.0,
            TextStyle::new(10.0, true, [0, 0, 0]),
            None,
        );
        page.line(
            "да שלום",
            5.0,
            25.0,
            TextStyle::new(10.0, false, [0, 0, 0]),
            None,
        );
        let items = display_list(&page);
        assert!(matches!(items[0], Item::Shape(_)));
        let Item::Line { glyphs, rtl, .. } = &items[1] else {
            panic!("a line: {items:?}");
        };
        let faces: Vec<(Face, &str)> = glyphs.iter().map(|g| (g.face, g.text.as_str())).collect();
        assert_eq!(
            faces,
            vec![
                (Face::Bold, "Цена "),
                (Face::Fallback, "★"),
                (Face::Bold, " ")
            ]
        );
        assert!(!rtl);
        assert!(matches!(&items[2], Item::Line { rtl: true, .. }));
        let Item::Gap(gap) = &items[3] else {
            panic!("the box for 中 comes last: {items:?}");
        };
        assert!(gap.rect.x > glyphs[2].x && gap.stroke.is_some());
        assert_eq!(items.len(), 4);
    }
}
