//! Writing laid-out pages as a PDF with printpdf, from their display list (`draw`):
//! vector shapes, and real text in the shipped Noto Sans, embedded as a subset.
//! Characters Noto Sans lacks are drawn with DejaVu Sans (embedded, as a subset, only
//! when a page uses it); a character neither has is marked with a small red box where
//! it stands.

use printpdf::{
    Color, FontId, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, TextItem,
    WindingOrder,
};

use super::draw::{self, DASH, Face, Item};
use super::layout::{PageLayout, Rgb, Shape};
use super::text;
use crate::geometry::{FONT_BOLD, FONT_FALLBACK, FONT_REGULAR};

/// The fonts added to the document.
struct Fonts {
    /// Noto Sans regular and bold.
    main: [FontId; 2],
    /// DejaVu Sans, when some text needs it.
    fallback: Option<FontId>,
}

/// How far a Bézier control point sits along the tangent for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// The PDF of `pages`, titled `title`. Fails only when the shipped font cannot be read.
pub(crate) fn to_pdf(pages: &[PageLayout], title: &str) -> Result<Vec<u8>, String> {
    let mut warnings = Vec::new();
    let regular = ParsedFont::from_bytes(FONT_REGULAR, 0, &mut warnings)
        .ok_or("the shipped Noto Sans Regular could not be read")?;
    let bold = ParsedFont::from_bytes(FONT_BOLD, 0, &mut warnings)
        .ok_or("the shipped Noto Sans Bold could not be read")?;
    let mut doc = PdfDocument::new(title);
    // printpdf leaves the document's dates at 1970; readers show them in the file's
    // properties.
    let now = printpdf::OffsetDateTime::now_utc();
    doc.metadata.info.creation_date = now;
    doc.metadata.info.modification_date = now;
    doc.metadata.info.metadata_date = now;
    let needs_fallback = pages
        .iter()
        .flat_map(|p| &p.texts)
        .any(|t| text::needs_fallback(&t.text, t.bold));
    let fallback = if needs_fallback {
        let font = ParsedFont::from_bytes(FONT_FALLBACK, 0, &mut warnings)
            .ok_or("the shipped DejaVu Sans could not be read")?;
        Some(doc.add_font(&font))
    } else {
        None
    };
    let fonts = Fonts {
        main: [doc.add_font(&regular), doc.add_font(&bold)],
        fallback,
    };
    let pdf_pages = pages.iter().map(|p| page(p, &fonts)).collect();
    Ok(doc
        .with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new()))
}

fn colour(rgb: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(rgb[0]) / 255.0,
        g: f32::from(rgb[1]) / 255.0,
        b: f32::from(rgb[2]) / 255.0,
        icc_profile: None,
    })
}

fn page(p: &PageLayout, fonts: &Fonts) -> PdfPage {
    let mut ops = Vec::new();
    for item in draw::display_list(p) {
        match item {
            Item::Shape(s) => shape(&mut ops, s, p.height),
            Item::Gap(s) => shape(&mut ops, &s, p.height),
            Item::Line { run, glyphs, .. } => {
                for g in glyphs {
                    let font = match g.face {
                        Face::Regular => &fonts.main[0],
                        Face::Bold => &fonts.main[1],
                        Face::Fallback => match &fonts.fallback {
                            Some(font) => font,
                            None => continue,
                        },
                    };
                    ops.extend([
                        Op::StartTextSection,
                        Op::SetFont {
                            font: PdfFontHandle::External(font.clone()),
                            size: Pt(run.size),
                        },
                        Op::SetFillColor {
                            col: colour(run.rgb),
                        },
                        Op::SetTextCursor {
                            pos: Point {
                                x: Pt(g.x),
                                y: Pt(p.height - run.baseline),
                            },
                        },
                        Op::ShowText {
                            items: vec![TextItem::Text(g.text)],
                        },
                        Op::EndTextSection,
                    ]);
                }
            }
        }
    }
    PdfPage::new(Mm::from(Pt(p.width)), Mm::from(Pt(p.height)), ops)
}

fn shape(ops: &mut Vec<Op>, s: &Shape, page_h: f32) {
    let mode = match (s.fill, s.stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, Some(_)) => PaintMode::Stroke,
        (None, None) => return,
    };
    if let Some(fill) = s.fill {
        ops.push(Op::SetFillColor { col: colour(fill) });
    }
    if let Some(stroke) = s.stroke {
        ops.push(Op::SetOutlineColor {
            col: colour(stroke.rgb),
        });
        ops.push(Op::SetOutlineThickness {
            pt: Pt(stroke.width),
        });
        ops.push(Op::SetLineDashPattern {
            dash: if stroke.dashed {
                LineDashPattern::new(0.0, &DASH)
            } else {
                LineDashPattern::new(0.0, &[])
            },
        });
    }
    let r = s.rect;
    let (x0, x1) = (r.x, r.x + r.w);
    let (y0, y1) = (page_h - r.y - r.h, page_h - r.y);
    let radius = draw::radius(s);
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing {
                points: outline(x0, y0, x1, y1, radius),
            }],
            mode,
            winding_order: WindingOrder::NonZero,
        },
    });
}

fn pt(x: f32, y: f32, bezier: bool) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier,
    }
}

/// The outline of a rectangle from (x0, y0) to (x1, y1) in PDF coordinates, with corners
/// rounded by `r`.
fn outline(x0: f32, y0: f32, x1: f32, y1: f32, r: f32) -> Vec<LinePoint> {
    if r <= 0.01 {
        return vec![
            pt(x0, y0, false),
            pt(x1, y0, false),
            pt(x1, y1, false),
            pt(x0, y1, false),
        ];
    }
    let k = r * KAPPA;
    vec![
        pt(x0 + r, y0, false),
        pt(x1 - r, y0, false),
        pt(x1 - r + k, y0, true),
        pt(x1, y0 + r - k, true),
        pt(x1, y0 + r, false),
        pt(x1, y1 - r, false),
        pt(x1, y1 - r + k, true),
        pt(x1 - r + k, y1, true),
        pt(x1 - r, y1, false),
        pt(x0 + r, y1, false),
        pt(x0 + r - k, y1, true),
        pt(x0, y1 - r + k, true),
        pt(x0, y1 - r, false),
        pt(x0, y0 + r, false),
        pt(x0, y0 + r - k, true),
        pt(x0 + r - k, y0, true),
        pt(x0 + r, y0, false),
    ]
}
