//! The appendix after a canvas page: the full text of every note of each overfull block,
//! in columns, on as many pages as it takes.

use super::canvas::{TITLE_RGB, darker};
use super::flow::{self, FlowBox, FlowItem, FlowLine, Flowed, Frame};
use super::layout::{Mark, PageKind, Part, Stroke, TextStyle};
use super::page::{self, Ctx, Piece};
use super::plan::BlockPlan;
use crate::i18n::Message;
use crate::model::{NoteId, Rect, Version};

/// Narrowest column of the appendix, in points.
const MIN_COLUMN: f32 = 230.0;
/// Space between columns.
const COLUMN_GAP: f32 = 14.0;

/// One overfull block to write out in full.
pub(crate) struct Section<'a> {
    /// Its version.
    pub version: &'a Version,
    /// Its plan.
    pub plan: &'a BlockPlan,
    /// Whether the heading names the version too (on a compare page's appendix).
    pub name_version: bool,
    /// The difference mark of a note, if any.
    pub mark: &'a dyn Fn(NoteId) -> Option<Mark>,
}

/// The columns every appendix and card page uses for a page whose content starts at `top`.
pub(crate) fn frame(ctx: &Ctx<'_>, top: f32, min_column: f32) -> Frame {
    let m = ctx.margin();
    let area = Rect::new(m, top, ctx.w - 2.0 * m, ctx.h - m - ctx.footer_h() - top);
    let columns = (((area.w + COLUMN_GAP) / (min_column + COLUMN_GAP)).floor() as usize).max(1);
    Frame {
        area,
        columns,
        gap: COLUMN_GAP,
    }
}

/// Appendix pages for `sections`, which belong to the canvas page numbered `canvas_page`.
/// `version` is named in the header when all sections are of one version. The heading
/// keys of the result are the indices of `sections`.
pub(crate) fn pages(
    ctx: &Ctx<'_>,
    sections: &[Section<'_>],
    canvas_page: usize,
    version: Option<&Version>,
) -> Flowed {
    if sections.is_empty() {
        return Flowed {
            pages: Vec::new(),
            headings: Vec::new(),
        };
    }
    let caption = Message::new("pdf-appendix-caption")
        .arg("page", canvas_page)
        .text(ctx.lang);
    let size = (11.0 * ctx.k()).max(super::canvas::MIN_TEXT_PT);
    let pieces = || {
        let mut pieces: Vec<Piece> = version
            .map(|v| page::version_pieces(ctx, v, size, false))
            .unwrap_or_default();
        pieces.push(Piece::Text(
            caption.clone(),
            TextStyle::new(size, false, page::GREY),
        ));
        pieces
    };
    let mut new_page = || {
        let mut p = ctx.page(PageKind::Appendix, false);
        page::header(ctx, &mut p, &ctx.model.title, &pieces());
        p
    };
    let top = page::header(
        ctx,
        &mut ctx.page(PageKind::Appendix, false),
        &ctx.model.title,
        &pieces(),
    );
    let frame = frame(ctx, top + 4.0, MIN_COLUMN);
    let items = items(ctx, sections, frame.col_w());
    flow::flow(items, frame, &mut new_page)
}

fn items(ctx: &Ctx<'_>, sections: &[Section<'_>], col_w: f32) -> Vec<FlowItem> {
    let body = page::body_style();
    let heading = TextStyle::new(11.0, true, TITLE_RGB);
    let pad = 5.0;
    let mut items = Vec::new();
    for (key, s) in sections.iter().enumerate() {
        let mut title = s.plan.block.title_in(s.plan.layout, ctx.lang).to_owned();
        if s.name_version {
            title = format!("{title} — {}", s.version.name);
        }
        let mut lines = vec![FlowLine::spacer(4.0)];
        lines.extend(FlowLine::wrapped(&title, heading, col_w));
        lines.push(FlowLine::spacer(3.0));
        items.push(FlowItem::Heading { key, lines });
        for &i in &s.plan.notes {
            let note = &s.version.notes[i];
            let fill = note.colour.rgb();
            let stroke = match (s.mark)(note.id) {
                Some(mark) => {
                    let (rgb, dashed) = crate::style::mark(mark);
                    Stroke {
                        rgb,
                        width: 1.4,
                        dashed,
                    }
                }
                None => Stroke {
                    rgb: darker(fill),
                    width: 0.5,
                    dashed: false,
                },
            };
            items.push(FlowItem::Box(FlowBox {
                part: Part::AppendixNote(s.version.id, note.id),
                lines: FlowLine::wrapped(&note.text, body, FlowBox::inner_width(col_w, pad, false)),
                fill,
                stroke,
                accent: None,
                pad,
            }));
        }
    }
    items
}
