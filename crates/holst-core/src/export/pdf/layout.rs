//! What a page shows, as plain data: every shape and every line of text in page
//! coordinates. The PDF is drawn from exactly this list, and tests check it.
//!
//! Page coordinates are points (1/72 inch) with the origin at the top-left corner of the
//! page and y growing downwards, like the canvas; only the PDF writer flips them.

use super::text;
use crate::model::{BlockId, CardId, NoteId, Rect, VersionId};

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// A difference mark drawn around a note on a compare page: the kind of difference
/// ([`crate::diff::note_mark`]), drawn in the colours of [`crate::style::mark`] like the
/// compare view on screen.
pub use crate::diff::Kind as Mark;

/// What a shape stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    /// Decoration: frames, rules, colour swatches.
    Decoration,
    /// A block of a version's canvas.
    Block(VersionId, BlockId),
    /// A note drawn on a canvas.
    Note(VersionId, NoteId),
    /// A difference mark around a note on a compare page.
    Mark(VersionId, NoteId, Mark),
    /// A note's full text on an appendix page (one shape per column it spans).
    AppendixNote(VersionId, NoteId),
    /// A hypothesis card (one shape per column it spans).
    Card(VersionId, CardId),
    /// The numbered badge of a segment on a note: the note is segment `n` (in reading
    /// order, [`crate::model::Version::numbered_segments`]) or is tied to it.
    SegmentMark(VersionId, NoteId, u16),
}

/// How a shape's outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour of the line.
    pub rgb: Rgb,
    /// Width of the line, in points.
    pub width: f32,
    /// Whether the line is dashed.
    pub dashed: bool,
}

/// A rectangle, optionally with rounded corners, filled and/or outlined.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// Where it is, in points from the page's top-left corner.
    pub rect: Rect,
    /// What it stands for.
    pub part: Part,
    /// Index (in the page's shapes) of the shape it lies in: a note's block.
    pub parent: Option<usize>,
    /// Fill colour, if filled.
    pub fill: Option<Rgb>,
    /// Outline, if outlined.
    pub stroke: Option<Stroke>,
    /// Corner radius in points (0 for square corners).
    pub radius: f32,
}

/// One line of text.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// The text, never wrapped further.
    pub text: String,
    /// Left edge, in points.
    pub x: f32,
    /// Top of the line box, in points.
    pub top: f32,
    /// Height of the line box (the distance between baselines of its paragraph).
    pub line_h: f32,
    /// The baseline, in points from the top of the page.
    pub baseline: f32,
    /// Advance width of the text at its size, in points.
    pub width: f32,
    /// Font size in points.
    pub size: f32,
    /// Bold face instead of regular.
    pub bold: bool,
    /// Text colour.
    pub rgb: Rgb,
    /// Index (in the page's shapes) of the shape that holds the text, if any.
    pub owner: Option<usize>,
}

impl TextRun {
    /// The line box: the text's width by the line height.
    pub fn line_box(&self) -> Rect {
        Rect::new(self.x, self.top, self.width, self.line_h)
    }

    /// The box from the font's ascender to its descender: where glyphs can reach.
    pub fn ink_box(&self) -> Rect {
        let (ascent, descent) = text::extents(self.bold, self.size);
        Rect::new(self.x, self.baseline - ascent, self.width, ascent + descent)
    }
}

/// Which kind of page this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// The canvas of a version.
    Canvas(VersionId),
    /// Full text of notes that did not fit on the canvas page before it.
    Appendix,
    /// The hypothesis cards of a version.
    Cards(VersionId),
    /// Two versions one above the other.
    Compare(VersionId, VersionId),
    /// The course's method for a version: descriptions, social enterprise, segment
    /// profiles (issue 16).
    Method(VersionId),
}

/// Everything drawn on one page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLayout {
    /// Page width in points.
    pub width: f32,
    /// Page height in points.
    pub height: f32,
    /// What the page is.
    pub kind: PageKind,
    /// Shapes in drawing order.
    pub shapes: Vec<Shape>,
    /// Lines of text, drawn above every shape.
    pub texts: Vec<TextRun>,
}

/// Style of a paragraph of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextStyle {
    /// Font size in points.
    pub size: f32,
    /// Distance between baselines in points.
    pub line_h: f32,
    /// Bold face.
    pub bold: bool,
    /// Colour.
    pub rgb: Rgb,
}

impl TextStyle {
    /// A style with the usual line height (1.32 times the size, as on the canvas).
    pub fn new(size: f32, bold: bool, rgb: Rgb) -> Self {
        Self {
            size,
            line_h: size * 1.32,
            bold,
            rgb,
        }
    }
}

impl PageLayout {
    /// An empty page.
    pub(crate) fn new(width: f32, height: f32, kind: PageKind) -> Self {
        Self {
            width,
            height,
            kind,
            shapes: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// Adds a shape and returns its index.
    pub(crate) fn shape(&mut self, shape: Shape) -> usize {
        self.shapes.push(shape);
        self.shapes.len() - 1
    }

    /// Adds a plain filled and/or outlined rectangle that stands for nothing.
    pub(crate) fn decoration(
        &mut self,
        rect: Rect,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    ) -> usize {
        self.shape(Shape {
            rect,
            part: Part::Decoration,
            parent: None,
            fill,
            stroke,
            radius: 0.0,
        })
    }

    /// Adds one line of text whose line box starts at (`x`, `top`). Returns its width.
    pub(crate) fn line(
        &mut self,
        s: &str,
        x: f32,
        top: f32,
        style: TextStyle,
        owner: Option<usize>,
    ) -> f32 {
        let width = text::width(s, style.bold, style.size);
        let (ascent, descent) = text::extents(style.bold, style.size);
        let baseline = top + (style.line_h - ascent - descent) / 2.0 + ascent;
        self.texts.push(TextRun {
            text: s.to_owned(),
            x,
            top,
            line_h: style.line_h,
            baseline,
            width,
            size: style.size,
            bold: style.bold,
            rgb: style.rgb,
            owner,
        });
        width
    }

    /// Adds already wrapped lines one under the other; returns the bottom of the last.
    pub(crate) fn lines(
        &mut self,
        lines: &[String],
        x: f32,
        top: f32,
        style: TextStyle,
        owner: Option<usize>,
    ) -> f32 {
        let mut y = top;
        for l in lines {
            if !l.is_empty() {
                self.line(l, x, y, style, owner);
            }
            y += style.line_h;
        }
        y
    }

    /// The smallest font size used on the page, if it has any text.
    pub fn smallest_text(&self) -> Option<f32> {
        self.texts.iter().map(|t| t.size).reduce(f32::min)
    }
}
