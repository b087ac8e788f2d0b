//! The hypothesis cards of a version, as boxes in columns after its canvas page.

use super::appendix::frame;
use super::canvas::TITLE_RGB;
use super::flow::{self, FlowBox, FlowItem, FlowLine};
use super::layout::{PageKind, PageLayout, Part, Rgb, Stroke, TextStyle};
use super::page::{self, Ctx, GREY, Piece};
use crate::i18n::tr;
use crate::model::{Card, Lang, Status, Version};

/// Narrowest column of card pages, in points.
const MIN_COLUMN: f32 = 320.0;

/// Colour of a card's stripe for each status: the screen's ([`crate::style::status_colour`]).
fn status_rgb(status: Status) -> Rgb {
    crate::style::status_colour(status)
}

/// Field labels: hypothesis, test, metric, criterion, status, learning, notes.
fn labels(lang: Lang) -> [String; 7] {
    [
        "pdf-card-hypothesis",
        "pdf-card-test",
        "pdf-card-metric",
        "pdf-card-criterion",
        "pdf-card-status",
        "pdf-card-learning",
        "pdf-card-notes",
    ]
    .map(|id| tr(lang, id))
}

/// Pages listing the version's cards; none when it has no cards.
pub(crate) fn pages(ctx: &Ctx<'_>, v: &Version) -> Vec<PageLayout> {
    if v.cards.is_empty() {
        return Vec::new();
    }
    let size = (11.0 * ctx.k()).max(super::canvas::MIN_TEXT_PT);
    let caption = tr(ctx.lang, "pdf-cards-caption");
    let pieces = || {
        let mut pieces = page::version_pieces(ctx, v, size, false);
        pieces.push(Piece::Text(
            format!("— {caption}"),
            TextStyle::new(size, false, GREY),
        ));
        pieces
    };
    let mut new_page = || {
        let mut p = ctx.page(PageKind::Cards(v.id), false);
        page::header(ctx, &mut p, &ctx.model.title, &pieces());
        p
    };
    let top = page::header(
        ctx,
        &mut ctx.page(PageKind::Cards(v.id), false),
        &ctx.model.title,
        &pieces(),
    );
    let frame = frame(ctx, top + 4.0, MIN_COLUMN);
    let items = v
        .cards
        .iter()
        .enumerate()
        .map(|(i, c)| FlowItem::Box(card_box(ctx, v, i + 1, c, frame.col_w())))
        .collect();
    flow::flow(items, frame, &mut new_page).pages
}

fn card_box(ctx: &Ctx<'_>, v: &Version, number: usize, card: &Card, col_w: f32) -> FlowBox {
    let pad = 7.0;
    let width = FlowBox::inner_width(col_w, pad, true);
    let label = TextStyle::new(7.5, true, GREY);
    let body = page::body_style();
    let [hypothesis, test, metric, criterion, status, learning, notes] = labels(ctx.lang);
    let mut lines = Vec::new();
    let mut field = |name: &str, value: &str, style: TextStyle| {
        if !lines.is_empty() {
            lines.push(FlowLine::spacer(3.0));
        }
        lines.extend(FlowLine::wrapped(name, label, width));
        lines.extend(FlowLine::wrapped(value, style, width));
    };
    field(
        &format!("{hypothesis} {number}"),
        &card.hypothesis,
        TextStyle::new(body.size + 1.0, true, TITLE_RGB),
    );
    for (name, value) in [
        (&test, &card.test),
        (&metric, &card.metric),
        (&criterion, &card.criterion),
    ] {
        if !value.trim().is_empty() {
            field(name, value, body);
        }
    }
    field(
        &status,
        card.status.label(ctx.lang),
        TextStyle {
            rgb: status_rgb(card.status),
            bold: true,
            ..body
        },
    );
    if !card.learning.trim().is_empty() {
        field(&learning, &card.learning, body);
    }
    let linked: Vec<String> = card
        .notes
        .iter()
        .filter_map(|id| v.note(*id))
        .map(|n| {
            format!(
                "— {}",
                n.text.split_whitespace().collect::<Vec<_>>().join(" ")
            )
        })
        .collect();
    if !linked.is_empty() {
        field(&notes, &linked.join("\n"), TextStyle { rgb: GREY, ..body });
    }
    FlowBox {
        part: Part::Card(v.id, card.id),
        lines,
        fill: [0xFA, 0xFA, 0xFA],
        stroke: Stroke {
            rgb: [0xBD, 0xBD, 0xBD],
            width: 0.6,
            dashed: false,
        },
        accent: Some(status_rgb(card.status)),
        pad,
    }
}
