//! The compare page: two versions one above the other, each with its name, the key to
//! its difference marks, and its canvas with the marks drawn around the notes.

use std::collections::HashSet;

use super::canvas::{self, CanvasJob, MIN_TEXT_PT};
use super::layout::{Mark, PageKind, PageLayout, Stroke, TextStyle};
use super::page::{Ctx, GREY, header, inline, version_pieces};
use super::plan::{BlockPlan, Frame};
use super::text;
use crate::i18n::tr;
use crate::model::{BlockId, Lang, NoteId, Rect, Version};

/// One side of a compare page.
pub(crate) struct Side<'a> {
    /// The version.
    pub version: &'a Version,
    /// Its block plans.
    pub plans: &'a [BlockPlan],
    /// Where its canvas goes.
    pub frame: &'a Frame,
    /// The difference mark of each of its notes.
    pub mark: &'a dyn Fn(NoteId) -> Option<Mark>,
    /// Where its overfull blocks continue.
    pub continued_on: &'a dyn Fn(BlockId) -> usize,
}

/// What a mark means, for the key.
fn meaning(mark: Mark, lang: Lang) -> String {
    let id = match mark {
        Mark::Added => "pdf-mark-added",
        Mark::Removed => "pdf-mark-removed",
        Mark::Changed => "pdf-mark-changed",
        Mark::Moved => "pdf-mark-moved",
        Mark::Recoloured => "pdf-mark-recoloured",
    };
    tr(lang, id)
}

/// Height of the line naming a version above its canvas.
fn name_line(ctx: &Ctx<'_>) -> (f32, f32) {
    let sub = (9.0 * ctx.k()).max(MIN_TEXT_PT);
    (sub, (sub * 1.32).max(10.0))
}

/// The compare page with its header drawn, and the areas of its two canvases, one above
/// the other, each below a line naming its version (see [`compare_page_finish`]). The
/// page is portrait so that each canvas prints as large as half the sheet allows: side
/// by side on landscape A3 a scaled copy of the screen would be set at 4.4 pt, one above
/// the other at 6 pt.
pub(crate) fn compare_page_start(
    ctx: &Ctx<'_>,
    a: &Version,
    b: &Version,
) -> (PageLayout, [Rect; 2]) {
    let mut page = ctx.page(PageKind::Compare(a.id, b.id), true);
    let caption = tr(ctx.lang, "pdf-compare-caption");
    let title = format!("{} — {caption}", ctx.model.title);
    let y = header(ctx, &mut page, &title, &[]);
    let m = ctx.margin_for(page.kind);
    let (_, sub_h) = name_line(ctx);
    let gap = 3.0;
    let each = (page.height - m - ctx.footer_h() - y - 2.0 * sub_h - gap) / 2.0;
    let width = page.width - 2.0 * m;
    let first = Rect::new(m, y + sub_h, width, each);
    let second = Rect::new(m, first.bottom() + gap + sub_h, width, each);
    (page, [first, second])
}

/// Draws both sides on a page from [`compare_page_start`]: each version's name and key
/// on the line above its area, and its canvas with the difference marks.
pub(crate) fn compare_page_finish(ctx: &Ctx<'_>, page: &mut PageLayout, sides: [&Side<'_>; 2]) {
    let m = ctx.margin_for(page.kind);
    let (sub, sub_h) = name_line(ctx);
    for side in sides {
        let area = side.frame.view.frame();
        let y = area.y - sub_h;
        let first = page.texts.len();
        inline(
            page,
            m,
            y,
            page.width - 2.0 * m,
            &version_pieces(ctx, side.version, sub, true),
        );
        let name_end = page.texts[first..]
            .iter()
            .map(|t| t.x + t.width)
            .fold(m, f32::max);
        key(ctx, page, side, name_end + 12.0, y, sub_h);
        let job = CanvasJob {
            version: side.version,
            plans: side.plans,
            frame: side.frame,
            lang: ctx.lang,
            continued_on: side.continued_on,
            mark: side.mark,
        };
        canvas::draw(page, &job);
    }
}

/// The key to the marks used on this side, right-aligned on the line at `top`; left out
/// when it would reach `min_x` (the end of the version's name).
fn key(ctx: &Ctx<'_>, page: &mut PageLayout, side: &Side<'_>, min_x: f32, top: f32, line_h: f32) {
    let used: HashSet<Mark> = side
        .version
        .notes
        .iter()
        .filter_map(|n| (side.mark)(n.id))
        .collect();
    let marks: Vec<Mark> = [
        Mark::Added,
        Mark::Removed,
        Mark::Changed,
        Mark::Moved,
        Mark::Recoloured,
    ]
    .into_iter()
    .filter(|m| used.contains(m))
    .collect();
    let style = TextStyle {
        line_h,
        ..TextStyle::new((8.0 * ctx.k()).max(MIN_TEXT_PT), false, GREY)
    };
    let d = style.size;
    let item_w = |m: Mark| d + 3.0 + text::width(&meaning(m, ctx.lang), false, style.size);
    let total: f32 = marks.iter().map(|m| item_w(*m) + 10.0).sum();
    let right = page.width - ctx.margin_for(page.kind);
    if marks.is_empty() || right - total < min_x {
        return;
    }
    let mut x = right - total + 10.0;
    for mark in marks {
        let (rgb, dashed) = crate::style::mark(mark);
        page.decoration(
            Rect::new(x, top + (line_h - d) / 2.0, d, d),
            None,
            Some(Stroke {
                rgb,
                width: 1.2,
                dashed,
            }),
        );
        page.line(&meaning(mark, ctx.lang), x + d + 3.0, top, style, None);
        x += item_w(mark) + 10.0;
    }
}
