//! Page furniture (header, footer) and the two canvas pages: one version, and two
//! versions compared.

use super::canvas::{self, CanvasJob, MIN_TEXT_PT, TITLE_RGB, darker};
use super::layout::{PageKind, PageLayout, Rgb, Stroke, TextStyle};
use super::plan::{BlockPlan, Frame, Pointer, Sizing, View};
use super::text;
use crate::i18n::{Message, tr};
use crate::model::{BlockId, Lang, Model, Rect, Version};

/// Height of A3 and A4's long side in landscape, the reference for sizes of page text.
const A3_SHORT_SIDE: f32 = 841.89;
/// Grey of secondary header text.
pub(crate) const GREY: Rgb = [0x61, 0x61, 0x61];
/// Green of the final-version mark.
const FINAL_RGB: Rgb = [0x2E, 0x7D, 0x32];

/// What every page of one export shares.
pub(crate) struct Ctx<'a> {
    /// The model exported.
    pub model: &'a Model,
    /// Language of titles, labels and guidance.
    pub lang: Lang,
    /// The date printed in the header.
    pub date: &'a str,
    /// Width of a landscape page, in points.
    pub w: f32,
    /// Height of a landscape page, in points.
    pub h: f32,
    /// Whether canvases print as on screen (a scaled copy) instead of fitted to the page.
    pub as_on_screen: bool,
    /// What an overfull block's line says: the appendix page, or (for images, which have
    /// no appendix) the count of notes left out.
    pub pointer: Pointer,
}

impl Ctx<'_> {
    /// Size factor of page text: 1 on A3, smaller on smaller paper.
    pub fn k(&self) -> f32 {
        self.h.min(self.w) / A3_SHORT_SIDE
    }

    /// Page margin (about 8 mm on A3, 6 mm on A4).
    pub fn margin(&self) -> f32 {
        (22.0 * self.k()).max(16.0)
    }

    /// The margin of a page of this kind: the compare page keeps to 5.6 mm so that its
    /// two canvases print as large as possible.
    pub fn margin_for(&self, kind: PageKind) -> f32 {
        match kind {
            PageKind::Compare(..) => 16.0,
            _ => self.margin(),
        }
    }

    /// Style of the footer line; at least 6 pt.
    fn footer_style(&self) -> TextStyle {
        TextStyle::new((7.0 * self.k()).max(MIN_TEXT_PT), false, GREY)
    }

    /// Space the footer takes above the bottom margin.
    pub fn footer_h(&self) -> f32 {
        self.footer_style().line_h + 4.0
    }

    /// Largest note text when fitted to the page: 14 pt on A3, 10 pt on A4.
    fn max_note(&self) -> f32 {
        (14.0 * self.k()).max(10.0)
    }

    /// Block titles when fitted to the page: 11 pt on A3, 8 pt on A4.
    fn block_title(&self) -> f32 {
        (11.0 * self.k()).max(8.0)
    }

    /// How a canvas filling `area` is drawn.
    pub fn frame(&self, area: Rect) -> Frame {
        let (view, sizing) = if self.as_on_screen {
            (View::fit(area), Sizing::AsOnScreen)
        } else {
            let sizing = Sizing::Fit {
                max: self.max_note(),
                title: self.block_title(),
            };
            (View::fill(area), sizing)
        };
        Frame {
            view,
            sizing,
            pointer: self.pointer,
            lang: self.lang,
        }
    }

    /// A new page of the export's paper, landscape or portrait.
    pub fn page(&self, kind: PageKind, portrait: bool) -> PageLayout {
        if portrait {
            PageLayout::new(self.h, self.w, kind)
        } else {
            PageLayout::new(self.w, self.h, kind)
        }
    }
}

/// Style of body text on appendix and card pages (9 pt whatever the paper).
pub(crate) fn body_style() -> TextStyle {
    TextStyle::new(9.0, false, crate::model::NOTE_TEXT_RGB)
}

/// A piece of the header's second line.
pub(crate) enum Piece {
    /// Text in a style.
    Text(String, TextStyle),
    /// A colour swatch followed by its meaning.
    Legend(Rgb, String),
}

/// The version's name and, when it is the model's final version, the final mark.
pub(crate) fn version_pieces(ctx: &Ctx<'_>, v: &Version, size: f32, bold: bool) -> Vec<Piece> {
    let mut pieces = vec![Piece::Text(
        v.name.clone(),
        TextStyle::new(size, bold, TITLE_RGB),
    )];
    if ctx.model.final_version == Some(v.id) {
        let mark = tr(ctx.lang, "pdf-final");
        pieces.push(Piece::Text(mark, TextStyle::new(size, true, FINAL_RGB)));
    }
    pieces
}

/// Draws the header: `title` (the model's, or a longer one) and the date on the first
/// line, `pieces` below. Returns the y where the page's content may start.
pub(crate) fn header(ctx: &Ctx<'_>, page: &mut PageLayout, title: &str, pieces: &[Piece]) -> f32 {
    let k = ctx.k();
    let m = ctx.margin_for(page.kind);
    let right = page.width - m;
    let date_style = TextStyle::new((10.0 * k).max(MIN_TEXT_PT), false, GREY);
    let date_w = text::width(ctx.date, false, date_style.size);
    page.line(ctx.date, right - date_w, m, date_style, None);
    let title_w = (right - m - date_w - 20.0).max(40.0);
    // A long title is set a little smaller to stay on one line, and wraps only past that;
    // on the compare page, whose canvases need every point of height, down to 6 pt.
    let size = (15.0 * k).max(9.0);
    let floor = match page.kind {
        PageKind::Compare(..) => MIN_TEXT_PT,
        _ => size * 0.8,
    };
    let size = text::fit_size(title, true, size, floor, title_w);
    let title_style = TextStyle::new(size, true, TITLE_RGB);
    let lines = text::wrap(title, true, title_style.size, title_w);
    let mut y = page.lines(&lines, m, m, title_style, None);
    if !pieces.is_empty() {
        y = inline(page, m, y, right - m, pieces);
    }
    y + 6.0 * k
}

/// Lays pieces out left to right from (`x`, `top`), wrapping at `width` between words;
/// returns the bottom of the last line.
pub(crate) fn inline(page: &mut PageLayout, x: f32, top: f32, width: f32, pieces: &[Piece]) -> f32 {
    let line_h = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(_, s) => s.line_h,
            Piece::Legend(..) => 0.0,
        })
        .fold(10.0, f32::max);
    let legend = TextStyle::new(line_h / 1.32 * 0.85, false, GREY);
    let mut flow = Inline {
        page,
        left: x,
        right: x + width,
        x,
        y: top,
        line_h,
        run: String::new(),
        run_x: x,
        style: legend,
    };
    for piece in pieces {
        if flow.x > flow.left {
            flow.x += line_h * 0.35;
        }
        match piece {
            Piece::Text(t, style) => {
                for word in t.split_whitespace() {
                    flow.word(word, *style);
                }
            }
            Piece::Legend(rgb, t) => {
                let mut words = t.split_whitespace();
                let first = words.next().unwrap_or("");
                flow.swatch(*rgb, text::width(first, false, legend.size));
                flow.word(first, legend);
                for word in words {
                    flow.word(word, legend);
                }
            }
        }
        flow.flush();
    }
    flow.y + line_h
}

/// State of [`inline`]: the pen, and the run of words not yet written.
struct Inline<'p> {
    page: &'p mut PageLayout,
    left: f32,
    right: f32,
    x: f32,
    y: f32,
    line_h: f32,
    run: String,
    run_x: f32,
    style: TextStyle,
}

impl Inline<'_> {
    fn flush(&mut self) {
        if !self.run.is_empty() {
            let style = TextStyle {
                line_h: self.line_h,
                ..self.style
            };
            self.page.line(&self.run, self.run_x, self.y, style, None);
            self.run.clear();
        }
    }

    fn newline(&mut self) {
        self.flush();
        self.x = self.left;
        self.y += self.line_h;
    }

    /// A colour square, kept on one line with the `next` points that follow it.
    fn swatch(&mut self, rgb: Rgb, next: f32) {
        let d = self.line_h / 1.32 * 0.75;
        if self.x + d + 3.0 + next > self.right && self.x > self.left {
            self.newline();
        }
        self.flush();
        self.page.decoration(
            Rect::new(self.x, self.y + (self.line_h - d) / 2.0, d, d),
            Some(rgb),
            Some(Stroke {
                rgb: darker(rgb),
                width: 0.5,
                dashed: false,
            }),
        );
        self.x += d + 3.0;
    }

    fn word(&mut self, word: &str, style: TextStyle) {
        if word.is_empty() {
            return;
        }
        if !self.run.is_empty() && style != self.style {
            self.flush();
        }
        let space = if self.run.is_empty() {
            0.0
        } else {
            text::width(" ", style.bold, style.size)
        };
        let w = text::width(word, style.bold, style.size);
        if self.x + space + w > self.right && self.x > self.left {
            self.newline();
            return self.word(word, style);
        }
        if self.run.is_empty() {
            self.run_x = self.x;
            self.style = style;
        } else {
            self.run.push(' ');
            self.x += space;
        }
        // A word longer than the whole line is cut where the line is full.
        let parts = text::wrap(word, style.bold, style.size, self.right - self.left);
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                self.newline();
                self.run_x = self.x;
                self.style = style;
            }
            self.run.push_str(part);
            self.x += text::width(part, style.bold, style.size);
        }
    }
}

/// The pieces of a canvas header: version, final mark, legend.
fn canvas_pieces(ctx: &Ctx<'_>, v: &Version) -> Vec<Piece> {
    let mut pieces = version_pieces(ctx, v, (11.0 * ctx.k()).max(MIN_TEXT_PT), false);
    for e in &v.legend {
        pieces.push(Piece::Legend(e.colour.rgb(), e.meaning.clone()));
    }
    pieces
}

/// The page of one version's canvas with its header drawn, and the area its canvas
/// fills (see [`canvas_page_finish`]).
pub(crate) fn canvas_page_start(ctx: &Ctx<'_>, v: &Version) -> (PageLayout, Rect) {
    let mut page = ctx.page(PageKind::Canvas(v.id), false);
    let top = header(ctx, &mut page, &ctx.model.title, &canvas_pieces(ctx, v));
    let m = ctx.margin();
    let area = Rect::new(
        m,
        top,
        page.width - 2.0 * m,
        page.height - m - ctx.footer_h() - top,
    );
    (page, area)
}

/// Draws the canvas of `plans` (planned for `frame`) on a page from
/// [`canvas_page_start`].
pub(crate) fn canvas_page_finish(
    ctx: &Ctx<'_>,
    page: &mut PageLayout,
    v: &Version,
    frame: &Frame,
    plans: &[BlockPlan],
    continued_on: &dyn Fn(BlockId) -> usize,
) {
    let job = CanvasJob {
        version: v,
        plans,
        frame,
        lang: ctx.lang,
        continued_on,
        mark: &|_| None,
    };
    canvas::draw(page, &job);
}

/// Adds the footer to every page: the canvas credit and, when `numbered`, the page
/// number.
pub(crate) fn footers(ctx: &Ctx<'_>, pages: &mut [PageLayout], numbered: bool) {
    let style = ctx.footer_style();
    let credit = tr(ctx.lang, "pdf-credit");
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let m = ctx.margin_for(page.kind);
        let top = page.height - m - style.line_h;
        page.line(&credit, m, top, style, None);
        if !numbered {
            continue;
        }
        let number = Message::new("pdf-page-number")
            .arg("page", i + 1)
            .arg("total", total)
            .text(ctx.lang);
        let w = text::width(&number, false, style.size);
        page.line(&number, page.width - m - w, top, style, None);
    }
}
