//! PDF export in two steps: every page is laid out as plain data ([`layout_pages`]: the
//! same rectangles and wrapped lines as the canvas on screen, scaled to the paper), then
//! written as vector PDF with the shipped font embedded as a subset ([`render_pdf`]).
//!
//! Pages, in order: for each exported version its canvas page, then (when some block
//! holds more than fits) an appendix with the full text of those blocks, then (when it
//! has any) the course's method for it (descriptions, social enterprise, segment
//! profiles), then (when it has any) its hypothesis cards; last, when asked, the compare
//! page and its appendix.
//! Every page has a footer with the canvas credit and the page number.

mod appendix;
mod canvas;
mod cards;
mod compare;
mod draw;
mod flow;
mod layout;
mod method;
mod page;
mod plan;
mod render;
mod text;

pub(crate) use draw::{DASH, Face, Item, display_list, radius};
pub use layout::{Mark, PageKind, PageLayout, Part, Shape, Stroke, TextRun};

use appendix::Section;
use compare::Side;
use page::Ctx;
use plan::{BlockPlan, Placement, Pointer};

use super::{ExportError, MissingGlyphs, PdfOptions, PdfReport};
use crate::model::{BlockId, Model, NoteId, Version, VersionId};

/// Lays out every page of the export: what [`render_pdf`] draws, as data.
pub fn layout_pages(model: &Model, opts: &PdfOptions) -> Result<Vec<PageLayout>, ExportError> {
    lay_out(model, opts, Pointer::Appendix)
}

/// Lays out the pages an image export draws, one image each: the canvas page of every
/// version asked for and, when asked, the compare page. There is no appendix: a block
/// holding more than fits says how many notes it leaves out.
pub fn layout_images(model: &Model, opts: &PdfOptions) -> Result<Vec<PageLayout>, ExportError> {
    lay_out(model, opts, Pointer::Count)
}

fn lay_out(
    model: &Model,
    opts: &PdfOptions,
    pointer: Pointer,
) -> Result<Vec<PageLayout>, ExportError> {
    model.validate().map_err(ExportError::Invalid)?;
    let find = |id: VersionId| {
        model
            .version(id)
            .ok_or_else(|| ExportError::UnknownVersion {
                id: id.0,
                available: available(model),
            })
    };
    let mut selected: Vec<&Version> = Vec::new();
    if opts.versions.is_empty() {
        selected.extend(&model.versions);
    } else {
        for &id in &opts.versions {
            let v = find(id)?;
            if !selected.iter().any(|s| s.id == id) {
                selected.push(v);
            }
        }
    }
    let compare = match opts.compare {
        Some((a, b)) => Some((find(a)?, find(b)?)),
        None => None,
    };
    let (w, h) = opts.paper.size_pt();
    let ctx = Ctx {
        model,
        lang: opts.lang,
        date: &opts.date,
        w,
        h,
        as_on_screen: opts.as_on_screen,
        pointer,
    };
    let mut pages = Vec::new();
    for (i, v) in selected.into_iter().enumerate() {
        // The model's description goes on the method page of the first version printed.
        let about = (i == 0).then_some(model.description.as_str());
        version_pages(&ctx, v, about, &mut pages);
    }
    if let Some((a, b)) = compare {
        compare_pages(&ctx, a, b, opts, &mut pages);
    }
    // An image stands alone: its footer has the credit but no page number.
    page::footers(&ctx, &mut pages, pointer == Pointer::Appendix);
    Ok(pages)
}

/// A rendered export: the PDF and what could not be drawn.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The PDF file's bytes.
    pub bytes: Vec<u8>,
    /// Pages written and characters no shipped font has.
    pub report: PdfReport,
}

/// The whole export as PDF bytes, with its report. Pure: reads the model, writes nothing.
pub fn render(model: &Model, opts: &PdfOptions) -> Result<Rendered, ExportError> {
    let pages = layout_pages(model, opts)?;
    let bytes = render::to_pdf(&pages, &model.title).map_err(ExportError::Font)?;
    Ok(Rendered {
        bytes,
        report: PdfReport {
            pages: pages.len(),
            missing: missing_glyphs(model, &pages),
        },
    })
}

/// The whole export as PDF bytes (see [`render`] for its report).
pub fn render_pdf(model: &Model, opts: &PdfOptions) -> Result<Vec<u8>, ExportError> {
    render(model, opts).map(|r| r.bytes)
}

/// The texts of the pages with characters no shipped font has, each text once: a line
/// of a note names the whole note, a line of a card the card's field holding it.
pub(crate) fn missing_glyphs(model: &Model, pages: &[PageLayout]) -> Vec<MissingGlyphs> {
    let mut out: Vec<MissingGlyphs> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        for t in &page.texts {
            let chars: Vec<char> = text::missing(&t.text, t.bold).collect();
            if chars.is_empty() {
                continue;
            }
            let source = t
                .owner
                .and_then(|o| page.shapes.get(o))
                .and_then(|s| source_text(model, s.part, &chars))
                .unwrap_or_else(|| t.text.clone());
            let k = if let Some(k) = out.iter().position(|m| m.text == source) {
                k
            } else {
                out.push(MissingGlyphs {
                    text: source,
                    chars: Vec::new(),
                    pages: Vec::new(),
                });
                out.len() - 1
            };
            let entry = &mut out[k];
            for c in chars {
                if !entry.chars.contains(&c) {
                    entry.chars.push(c);
                }
            }
            if entry.pages.last() != Some(&(i + 1)) {
                entry.pages.push(i + 1);
            }
        }
    }
    out
}

/// The whole text a line drawn in this shape comes from: the note's text, or the card
/// field holding the characters. `None` for text of the page itself (titles, labels).
fn source_text(model: &Model, part: Part, chars: &[char]) -> Option<String> {
    match part {
        Part::Note(v, n)
        | Part::AppendixNote(v, n)
        | Part::Mark(v, n, _)
        | Part::SegmentMark(v, n, _) => model.version(v)?.note(n).map(|n| n.text.clone()),
        Part::Card(v, c) => {
            let card = model.version(v)?.cards.iter().find(|k| k.id == c)?;
            let fields = [
                &card.hypothesis,
                &card.test,
                &card.metric,
                &card.criterion,
                &card.learning,
            ];
            fields
                .iter()
                .find(|f| f.contains(chars))
                .or(fields.first())
                .map(|f| (*f).clone())
        }
        Part::Block(..) | Part::Decoration => None,
    }
}

/// The versions of the model, for error messages: `1 «name», 2 «name»`.
fn available(model: &Model) -> String {
    model
        .versions
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{} «{}»", i + 1, v.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page where the appendix section of (`version`, `block`) starts.
fn start_page(
    sections: &[Section<'_>],
    headings: &[(usize, usize)],
    first_appendix_page: usize,
    version: VersionId,
    block: BlockId,
) -> usize {
    sections
        .iter()
        .position(|s| s.version.id == version && s.plan.block == block)
        .and_then(|key| headings.iter().find(|(k, _)| *k == key))
        .map_or(first_appendix_page, |(_, page)| first_appendix_page + page)
}

fn overfull<'a>(
    version: &'a Version,
    plans: &'a [BlockPlan],
    name_version: bool,
    mark: &'a dyn Fn(NoteId) -> Option<Mark>,
) -> impl Iterator<Item = Section<'a>> {
    plans
        .iter()
        .filter(|p| p.placement == Placement::Overfull)
        .map(move |plan| Section {
            version,
            plan,
            name_version,
            mark,
        })
}

fn version_pages(
    ctx: &Ctx<'_>,
    v: &Version,
    model_description: Option<&str>,
    pages: &mut Vec<PageLayout>,
) {
    let (mut canvas, area) = page::canvas_page_start(ctx, v);
    let frame = ctx.frame(area);
    let plans = plan::plan_version(v, &frame);
    let number = pages.len() + 1;
    let no_mark = |_: NoteId| None;
    let sections: Vec<Section<'_>> = if ctx.pointer == Pointer::Appendix {
        overfull(v, &plans, false, &no_mark).collect()
    } else {
        Vec::new()
    };
    let appendix = appendix::pages(ctx, &sections, number, Some(v));
    let continued_on =
        |block: BlockId| start_page(&sections, &appendix.headings, number + 1, v.id, block);
    page::canvas_page_finish(ctx, &mut canvas, v, &frame, &plans, &continued_on);
    pages.push(canvas);
    if ctx.pointer == Pointer::Appendix {
        pages.extend(appendix.pages);
        pages.extend(method::pages(ctx, v, model_description));
        pages.extend(cards::pages(ctx, v));
    }
}

fn compare_pages(
    ctx: &Ctx<'_>,
    a: &Version,
    b: &Version,
    opts: &PdfOptions,
    pages: &mut Vec<PageLayout>,
) {
    let (mut page, [area_a, area_b]) = compare::compare_page_start(ctx, a, b);
    let (frame_a, frame_b) = (ctx.frame(area_a), ctx.frame(area_b));
    let plans_a = plan::plan_version(a, &frame_a);
    let plans_b = plan::plan_version(b, &frame_b);
    let mark_a = |id: NoteId| opts.marks.get(&(a.id, id)).copied();
    let mark_b = |id: NoteId| opts.marks.get(&(b.id, id)).copied();
    let number = pages.len() + 1;
    let sections: Vec<Section<'_>> = if ctx.pointer == Pointer::Appendix {
        overfull(a, &plans_a, true, &mark_a)
            .chain(overfull(b, &plans_b, true, &mark_b))
            .collect()
    } else {
        Vec::new()
    };
    let appendix = appendix::pages(ctx, &sections, number, None);
    let continued_a =
        |block: BlockId| start_page(&sections, &appendix.headings, number + 1, a.id, block);
    let continued_b =
        |block: BlockId| start_page(&sections, &appendix.headings, number + 1, b.id, block);
    let side_a = Side {
        version: a,
        plans: &plans_a,
        frame: &frame_a,
        mark: &mark_a,
        continued_on: &continued_a,
    };
    let side_b = Side {
        version: b,
        plans: &plans_b,
        frame: &frame_b,
        mark: &mark_b,
        continued_on: &continued_b,
    };
    compare::compare_page_finish(ctx, &mut page, [&side_a, &side_b]);
    pages.push(page);
    pages.extend(appendix.pages);
}
