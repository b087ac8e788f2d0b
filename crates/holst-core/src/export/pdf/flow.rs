//! Text boxes flowed down columns and across pages, for the appendix and the hypothesis
//! cards. A box that does not fit the rest of a column moves to the next one; a box taller
//! than a whole column continues in the next column, split between lines (never inside a
//! line, so words stay whole).

use super::layout::{PageLayout, Part, Rgb, Shape, Stroke, TextStyle};
use crate::model::Rect;

/// Width of the coloured stripe at the left of a box with an accent.
const ACCENT_W: f32 = 3.0;
/// Space between boxes in a column.
const BOX_GAP: f32 = 6.0;
/// Fewest lines worth starting a box with at the foot of a column.
const MIN_LINES: usize = 2;

/// One line of a flowed item, already wrapped to the column.
#[derive(Debug, Clone)]
pub(crate) struct FlowLine {
    /// The text; empty for a spacer.
    pub text: String,
    /// How it is set.
    pub style: TextStyle,
}

impl FlowLine {
    /// Lines of `text` wrapped to `width` in `style`.
    pub fn wrapped(text: &str, style: TextStyle, width: f32) -> Vec<FlowLine> {
        super::text::wrap(text, style.bold, style.size, width)
            .into_iter()
            .map(|text| FlowLine { text, style })
            .collect()
    }

    /// Vertical space of `height` points.
    pub fn spacer(height: f32) -> FlowLine {
        FlowLine {
            text: String::new(),
            style: TextStyle {
                size: 1.0,
                line_h: height,
                bold: false,
                rgb: [0, 0, 0],
            },
        }
    }
}

/// A filled, outlined box of lines.
#[derive(Debug, Clone)]
pub(crate) struct FlowBox {
    /// What the box stands for.
    pub part: Part,
    /// Its lines.
    pub lines: Vec<FlowLine>,
    /// Fill colour.
    pub fill: Rgb,
    /// Outline.
    pub stroke: Stroke,
    /// Colour of a stripe along the left edge, if any.
    pub accent: Option<Rgb>,
    /// Inner padding.
    pub pad: f32,
}

impl FlowBox {
    /// Width available to the lines of a box with this padding in a column of `col_w`.
    pub fn inner_width(col_w: f32, pad: f32, accent: bool) -> f32 {
        col_w - 2.0 * pad - if accent { ACCENT_W } else { 0.0 }
    }
}

/// Something to flow.
#[derive(Debug, Clone)]
pub(crate) enum FlowItem {
    /// A heading kept together with the start of what follows; `key` names it so the
    /// caller learns which page it landed on.
    Heading {
        /// Caller's name for the heading.
        key: usize,
        /// Its lines.
        lines: Vec<FlowLine>,
    },
    /// A box of lines.
    Box(FlowBox),
}

/// Where the flow goes on every page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// The area the columns fill.
    pub area: Rect,
    /// Number of columns.
    pub columns: usize,
    /// Space between columns.
    pub gap: f32,
}

impl Frame {
    /// Width of one column.
    pub fn col_w(&self) -> f32 {
        let n = self.columns.max(1) as f32;
        (self.area.w - (n - 1.0) * self.gap) / n
    }
}

/// Result of a flow: the pages, and for each heading key the index of its page.
pub(crate) struct Flowed {
    /// Pages in order.
    pub pages: Vec<PageLayout>,
    /// (heading key, index into `pages`).
    pub headings: Vec<(usize, usize)>,
}

struct Cursor<'a> {
    frame: Frame,
    new_page: &'a mut dyn FnMut() -> PageLayout,
    pages: Vec<PageLayout>,
    page: PageLayout,
    col: usize,
    y: f32,
}

impl Cursor<'_> {
    fn x(&self) -> f32 {
        self.frame.area.x + self.col as f32 * (self.frame.col_w() + self.frame.gap)
    }

    fn room(&self) -> f32 {
        self.frame.area.bottom() - self.y
    }

    fn at_top(&self) -> bool {
        self.y <= self.frame.area.y
    }

    fn next_column(&mut self) {
        self.col += 1;
        if self.col >= self.frame.columns.max(1) {
            let next = (self.new_page)();
            self.pages.push(std::mem::replace(&mut self.page, next));
            self.col = 0;
        }
        self.y = self.frame.area.y;
    }
}

fn height(lines: &[FlowLine]) -> f32 {
    lines.iter().map(|l| l.style.line_h).sum()
}

/// Flows the items down the columns of pages made by `new_page` (each with its header
/// drawn, and `frame.area` free).
pub(crate) fn flow(
    items: Vec<FlowItem>,
    frame: Frame,
    new_page: &mut dyn FnMut() -> PageLayout,
) -> Flowed {
    let first = new_page();
    let mut c = Cursor {
        frame,
        new_page,
        pages: Vec::new(),
        page: first,
        col: 0,
        y: frame.area.y,
    };
    let mut headings = Vec::new();
    for item in items {
        match item {
            FlowItem::Heading { key, lines } => {
                let h = height(&lines);
                // Keep the heading with a few lines of what follows.
                let follow = lines.first().map_or(0.0, |l| l.style.line_h * 4.0);
                if !c.at_top() && h + follow > c.room() {
                    c.next_column();
                }
                let x = c.x();
                let mut y = c.y;
                for l in &lines {
                    if !l.text.is_empty() {
                        c.page.line(&l.text, x, y, l.style, None);
                    }
                    y += l.style.line_h;
                }
                c.y = y;
                headings.push((key, c.pages.len()));
            }
            FlowItem::Box(b) => place_box(&mut c, &b),
        }
    }
    c.pages.push(c.page);
    Flowed {
        pages: c.pages,
        headings,
    }
}

fn place_box(c: &mut Cursor<'_>, b: &FlowBox) {
    let mut rest: &[FlowLine] = &b.lines;
    loop {
        let whole = 2.0 * b.pad + height(rest);
        if whole <= c.room() {
            chunk(c, b, rest);
            return;
        }
        if !c.at_top() && whole <= c.frame.area.h {
            c.next_column();
            continue;
        }
        let mut n = 0;
        let mut used = 2.0 * b.pad;
        while n < rest.len() && used + rest[n].style.line_h <= c.room() {
            used += rest[n].style.line_h;
            n += 1;
        }
        if n < MIN_LINES.min(rest.len()) && !c.at_top() {
            c.next_column();
            continue;
        }
        let n = n.max(1);
        chunk(c, b, &rest[..n]);
        rest = &rest[n..];
        if rest.is_empty() {
            return;
        }
        c.next_column();
    }
}

/// Draws one piece of a box at the cursor and moves the cursor below it.
fn chunk(cursor: &mut Cursor<'_>, item: &FlowBox, lines: &[FlowLine]) {
    let left = cursor.x();
    let top = cursor.y;
    let height = 2.0 * item.pad + height(lines);
    let index = cursor.page.shape(Shape {
        rect: Rect::new(left, top, cursor.frame.col_w(), height),
        part: item.part,
        parent: None,
        fill: Some(item.fill),
        stroke: Some(item.stroke),
        radius: 3.0,
    });
    let mut text_x = left + item.pad;
    if let Some(accent) = item.accent {
        cursor.page.shape(Shape {
            rect: Rect::new(left, top, ACCENT_W, height),
            part: Part::Decoration,
            parent: Some(index),
            fill: Some(accent),
            stroke: None,
            radius: 0.0,
        });
        text_x += ACCENT_W;
    }
    let mut line_top = top + item.pad;
    for l in lines {
        if !l.text.is_empty() {
            cursor
                .page
                .line(&l.text, text_x, line_top, l.style, Some(index));
        }
        line_top += l.style.line_h;
    }
    cursor.y += height + BOX_GAP;
}
