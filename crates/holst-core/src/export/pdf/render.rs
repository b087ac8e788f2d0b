//! Writing laid-out pages as a PDF with printpdf: vector shapes, and real text in the
//! shipped Noto Sans, embedded as a subset. Characters Noto Sans lacks are drawn with
//! DejaVu Sans (embedded, as a subset, only when a page uses it); a character neither
//! has is marked with a small red box where it stands.

use printpdf::{
    Color, FontId, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, TextItem,
    WindingOrder,
};

use super::layout::{PageLayout, Part, Rgb, Shape, Stroke, TextRun};
use super::text::{self, Piece};
use crate::geometry::{Coverage, FONT_BOLD, FONT_FALLBACK, FONT_REGULAR};
use crate::model::Rect;

/// Colour of the box that stands for a character no shipped font has.
const GAP_RGB: Rgb = [0xE5, 0x1C, 0x23];

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
    for s in &p.shapes {
        shape(&mut ops, s, p.height);
    }
    let mut gaps = Vec::new();
    for t in &p.texts {
        for piece in text::pieces(&t.text, t.bold, t.size) {
            let font = match piece.coverage {
                Coverage::Main => &fonts.main[usize::from(t.bold)],
                Coverage::Fallback => match &fonts.fallback {
                    Some(font) => font,
                    None => continue,
                },
                Coverage::Missing => {
                    gaps.push(gap_box(t, &piece));
                    continue;
                }
                Coverage::Ignored => continue,
            };
            ops.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(font.clone()),
                    size: Pt(t.size),
                },
                Op::SetFillColor { col: colour(t.rgb) },
                Op::SetTextCursor {
                    pos: Point {
                        x: Pt(t.x + piece.x),
                        y: Pt(p.height - t.baseline),
                    },
                },
                Op::ShowText {
                    items: vec![TextItem::Text(piece.text)],
                },
                Op::EndTextSection,
            ]);
        }
    }
    for g in &gaps {
        shape(&mut ops, g, p.height);
    }
    PdfPage::new(Mm::from(Pt(p.width)), Mm::from(Pt(p.height)), ops)
}

/// The box drawn in place of a character no shipped font has: an outline from the
/// baseline to about the height of a capital, inside the character's advance.
pub(crate) fn gap_box(t: &TextRun, piece: &Piece) -> Shape {
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
                LineDashPattern::new(0.0, &[3.0, 2.0])
            } else {
                LineDashPattern::new(0.0, &[])
            },
        });
    }
    let r = s.rect;
    let (x0, x1) = (r.x, r.x + r.w);
    let (y0, y1) = (page_h - r.y - r.h, page_h - r.y);
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing {
                points: outline(x0, y0, x1, y1, s.radius),
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
/// rounded by `radius` (capped at half the shorter side).
fn outline(x0: f32, y0: f32, x1: f32, y1: f32, radius: f32) -> Vec<LinePoint> {
    let r = radius.min((x1 - x0) / 2.0).min((y1 - y0) / 2.0).max(0.0);
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
