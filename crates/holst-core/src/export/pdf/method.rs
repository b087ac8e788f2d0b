//! The course's method on paper (issue 16): after a version's canvas, a page with the
//! model's and the version's descriptions, the version as a social enterprise, and the
//! profile of each described segment with the notes tied to it. No page when the version
//! has none of these.

use super::appendix::frame;
use super::canvas::TITLE_RGB;
use super::flow::{self, FlowBox, FlowItem, FlowLine};
use super::layout::{PageKind, PageLayout, Part, Stroke, TextStyle};
use super::page::{self, Ctx, GREY, Piece};
use crate::i18n::{Message, tr};
use crate::method::{labels, segments};
use crate::model::{Lang, Note, ProfileText, SegmentProfile, SocialField, Version};

/// Narrowest column of method pages, in points.
const MIN_COLUMN: f32 = 300.0;
/// Inner padding of a box.
const PAD: f32 = 7.0;

/// The segment's text on one line, as the PDF names notes in lists.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the version's method page has anything to show; `with_model` when the
/// model's description goes on it too.
pub(crate) fn has_content(v: &Version, with_model: Option<&str>) -> bool {
    with_model.is_some_and(|d| !d.trim().is_empty())
        || !v.description.trim().is_empty()
        || !v.social.is_empty()
        || v.profiles.values().any(|p| !p.is_empty())
}

/// The method pages of a version: none when [`has_content`] is false. `model_description`
/// is printed first when given (on the first exported version's page).
pub(crate) fn pages(
    ctx: &Ctx<'_>,
    v: &Version,
    model_description: Option<&str>,
) -> Vec<PageLayout> {
    if !has_content(v, model_description) {
        return Vec::new();
    }
    let lang = ctx.lang;
    let size = (11.0 * ctx.k()).max(super::canvas::MIN_TEXT_PT);
    let caption = tr(lang, "pdf-method-caption");
    let pieces = || {
        let mut pieces = page::version_pieces(ctx, v, size, false);
        pieces.push(Piece::Text(
            format!("— {caption}"),
            TextStyle::new(size, false, GREY),
        ));
        pieces
    };
    let mut new_page = || {
        let mut p = ctx.page(PageKind::Method(v.id), false);
        page::header(ctx, &mut p, &ctx.model.title, &pieces());
        p
    };
    let top = page::header(
        ctx,
        &mut ctx.page(PageKind::Method(v.id), false),
        &ctx.model.title,
        &pieces(),
    );
    let frame = frame(ctx, top + 4.0, MIN_COLUMN);
    let width = FlowBox::inner_width(frame.col_w(), PAD, true);
    let mut items = Vec::new();
    if let Some(d) = model_description.filter(|d| !d.trim().is_empty()) {
        let mut b = Fields::new(width);
        b.title(&tr(lang, "pdf-model-description"));
        b.body(d);
        items.push(b.boxed(Part::Decoration));
    }
    if !v.description.trim().is_empty() {
        let mut b = Fields::new(width);
        b.title(&tr(lang, "pdf-version-description"));
        b.body(&v.description);
        items.push(b.boxed(Part::Decoration));
    }
    if !v.social.is_empty() {
        items.push(social_box(v, lang, width));
    }
    for (i, s) in v.numbered_segments().iter().enumerate() {
        if let Some(p) = v.profile(s.id).filter(|p| !p.is_empty()) {
            items.push(segment_box(v, i + 1, s, p, lang, width));
        }
    }
    flow::flow(items, frame, &mut new_page).pages
}

/// The lines of one box, built field by field.
struct Fields {
    lines: Vec<FlowLine>,
    width: f32,
}

impl Fields {
    fn new(width: f32) -> Self {
        Self {
            lines: Vec::new(),
            width,
        }
    }

    fn title(&mut self, text: &str) {
        let body = page::body_style();
        let style = TextStyle::new(body.size + 1.0, true, TITLE_RGB);
        self.lines
            .extend(FlowLine::wrapped(text, style, self.width));
    }

    fn body(&mut self, text: &str) {
        self.lines
            .extend(FlowLine::wrapped(text, page::body_style(), self.width));
    }

    /// A label in small grey bold, its value below.
    fn field(&mut self, name: &str, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        self.lines.push(FlowLine::spacer(3.0));
        let label = TextStyle::new(7.5, true, GREY);
        self.lines
            .extend(FlowLine::wrapped(name, label, self.width));
        self.body(value);
    }

    fn boxed(self, part: Part) -> FlowItem {
        FlowItem::Box(FlowBox {
            part,
            lines: self.lines,
            fill: [0xFA, 0xFA, 0xFA],
            stroke: Stroke {
                rgb: [0xBD, 0xBD, 0xBD],
                width: 0.6,
                dashed: false,
            },
            accent: Some(crate::style::SELECTION),
            pad: PAD,
        })
    }
}

fn social_box(v: &Version, lang: Lang, width: f32) -> FlowItem {
    let s = &v.social;
    let mut b = Fields::new(width);
    b.title(&tr(lang, "pdf-social"));
    if let Some(m) = s.operating_model {
        let name = format!("{}) {}", m.number(), labels::operating_model(m, lang));
        b.field(&tr(lang, "pdf-social-model"), &name);
    }
    let kinds: Vec<&str> = s
        .kinds
        .iter()
        .map(|k| labels::enterprise_kind(*k, lang))
        .collect();
    b.field(labels::kind_field(lang), &kinds.join(", "));
    for f in SocialField::ALL {
        b.field(labels::social_field(f, lang), s.text(f));
    }
    b.boxed(Part::Decoration)
}

fn segment_box(
    v: &Version,
    number: usize,
    segment: &Note,
    p: &SegmentProfile,
    lang: Lang,
    width: f32,
) -> FlowItem {
    let mut b = Fields::new(width);
    let heading = Message::new("pdf-segment")
        .arg("number", number)
        .arg("text", one_line(&segment.text))
        .text(lang);
    b.title(&heading);
    let guide = segments::guide();
    let title = |t: Option<&'static crate::method::Text>| t.map_or("", |t| t.get(lang));
    b.field(
        title(guide.map(|g| &g.kind_title)),
        labels::segment_kind(p.kind, lang),
    );
    if let Some(pr) = p.priority {
        b.field(
            &tr(lang, "pdf-segment-priority"),
            labels::priority(pr, lang),
        );
    }
    if let Some(l) = p.loyalty {
        b.field(
            title(guide.map(|g| &g.loyalty_title)),
            labels::loyalty(l, lang),
        );
    }
    for f in ProfileText::ALL {
        b.field(labels::profile_field(f, lang), p.text(f));
    }
    if !p.attributes.is_empty() {
        let list: Vec<String> = p
            .attributes
            .iter()
            .map(|a| {
                let name = labels::attribute(a.attribute, lang);
                if a.note.trim().is_empty() {
                    format!("— {name}")
                } else {
                    format!("— {name}: {}", one_line(&a.note))
                }
            })
            .collect();
        b.field(title(guide.map(|g| &g.attributes_title)), &list.join("\n"));
    }
    let tied: Vec<String> = v
        .tied_to(segment.id)
        .map(|n| format!("— {}", one_line(&n.text)))
        .collect();
    if !tied.is_empty() {
        b.field(&tr(lang, "pdf-segment-tied"), &tied.join("\n"));
    }
    b.boxed(Part::Decoration)
}
