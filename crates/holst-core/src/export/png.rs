//! A laid-out page as a PNG, painted from the same display list as the PDF with
//! `vello_cpu` (the CPU renderer egui already builds, so this costs no build time), the
//! glyphs taken from the shipped fonts' outlines. No system font is ever read: what the
//! PNG shows is what the PDF shows, with the same advances and so the same lines.

use std::collections::HashMap;

use vello_cpu::color::AlphaColor;
use vello_cpu::color::Srgb;
use vello_cpu::kurbo::{Affine, BezPath, RoundedRect, Shape as _, Stroke};
use vello_cpu::{Pixmap, RenderContext, Resources};

use super::pdf::{DASH, Face, Item, PageLayout, Shape, display_list, radius};
use crate::geometry::{self, FONT_BOLD, FONT_FALLBACK, FONT_REGULAR};

/// Points per inch.
const PT_PER_IN: f32 = 72.0;
/// Smallest and largest resolution accepted, in dots per inch.
pub const DPI_RANGE: std::ops::RangeInclusive<u32> = 36..=600;

/// Pixel width and height of a page of `width` × `height` points at `dpi`.
pub fn pixel_size(width: f32, height: f32, dpi: u32) -> (u32, u32) {
    let px = |pt: f32| (pt / PT_PER_IN * dpi as f32).round().max(1.0) as u32;
    (px(width), px(height))
}

fn colour(rgb: [u8; 3]) -> AlphaColor<Srgb> {
    AlphaColor::from_rgb8(rgb[0], rgb[1], rgb[2])
}

/// Glyph outlines of the shipped faces, in font units, built once per glyph.
struct Outlines {
    faces: [ttf_parser::Face<'static>; 3],
    paths: HashMap<(Face, char), Option<BezPath>>,
}

/// Collects a glyph's outline as a path.
struct PathSink(BezPath);

impl ttf_parser::OutlineBuilder for PathSink {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to((f64::from(x), f64::from(y)));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to((f64::from(x), f64::from(y)));
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0
            .quad_to((f64::from(x1), f64::from(y1)), (f64::from(x), f64::from(y)));
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.curve_to(
            (f64::from(x1), f64::from(y1)),
            (f64::from(x2), f64::from(y2)),
            (f64::from(x), f64::from(y)),
        );
    }
    fn close(&mut self) {
        self.0.close_path();
    }
}

impl Outlines {
    fn new() -> Result<Self, String> {
        let parse = |data: &'static [u8], name: &str| {
            ttf_parser::Face::parse(data, 0).map_err(|e| format!("the shipped {name}: {e}"))
        };
        Ok(Self {
            faces: [
                parse(FONT_REGULAR, "Noto Sans Regular")?,
                parse(FONT_BOLD, "Noto Sans Bold")?,
                parse(FONT_FALLBACK, "DejaVu Sans")?,
            ],
            paths: HashMap::new(),
        })
    }

    fn face(&self, face: Face) -> &ttf_parser::Face<'static> {
        match face {
            Face::Regular => &self.faces[0],
            Face::Bold => &self.faces[1],
            Face::Fallback => &self.faces[2],
        }
    }

    /// Units per em of a face.
    fn em(&self, face: Face) -> f64 {
        f64::from(self.face(face).units_per_em())
    }

    /// The outline of a character in a face (none for a space).
    fn path(&mut self, face: Face, c: char) -> Option<&BezPath> {
        if !self.paths.contains_key(&(face, c)) {
            let f = self.face(face);
            let path = f.glyph_index(c).and_then(|id| {
                let mut sink = PathSink(BezPath::new());
                f.outline_glyph(id, &mut sink).map(|_| sink.0)
            });
            self.paths.insert((face, c), path);
        }
        self.paths.get(&(face, c)).and_then(Option::as_ref)
    }
}

/// The page as a PNG at `dpi` dots per inch (see [`DPI_RANGE`]), white background, its
/// resolution recorded in the file.
pub(crate) fn to_png(page: &PageLayout, dpi: u32) -> Result<Vec<u8>, String> {
    if !DPI_RANGE.contains(&dpi) {
        return Err(format!(
            "{dpi} dpi is out of range; expected {} to {}",
            DPI_RANGE.start(),
            DPI_RANGE.end()
        ));
    }
    let (w, h) = pixel_size(page.width, page.height, dpi);
    let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else {
        return Err(format!("{w}×{h} pixels is too large an image"));
    };
    let mut outlines = Outlines::new()?;
    let mut ctx = RenderContext::new(w16, h16);
    let base = Affine::scale(f64::from(dpi) / f64::from(PT_PER_IN));
    ctx.set_transform(base);
    ctx.set_paint(colour([0xFF, 0xFF, 0xFF]));
    ctx.fill_rect(&vello_cpu::kurbo::Rect::new(
        0.0,
        0.0,
        f64::from(page.width),
        f64::from(page.height),
    ));
    for item in display_list(page) {
        match item {
            Item::Shape(s) => shape(&mut ctx, s),
            Item::Gap(s) => shape(&mut ctx, &s),
            Item::Line { run, glyphs, .. } => {
                ctx.set_paint(colour(run.rgb));
                let metrics = if run.bold {
                    geometry::bold()
                } else {
                    geometry::regular()
                };
                for g in glyphs {
                    let k = f64::from(run.size) / outlines.em(g.face);
                    let mut x = g.x;
                    for c in g.text.chars() {
                        if let Some(path) = outlines.path(g.face, c) {
                            let at = base
                                * Affine::translate((f64::from(x), f64::from(run.baseline)))
                                * Affine::scale_non_uniform(k, -k);
                            ctx.set_transform(at);
                            ctx.fill_path(path);
                        }
                        x += metrics.advance(c, run.size);
                    }
                }
                ctx.set_transform(base);
            }
        }
    }
    ctx.flush();
    let mut pixmap = Pixmap::new(w16, h16);
    ctx.render(&mut pixmap, &mut Resources::new());
    encode(&pixmap, w, h, dpi).map_err(|e| format!("the PNG could not be made: {e}"))
}

fn shape(ctx: &mut RenderContext, s: &Shape) {
    let r = s.rect;
    let rect = RoundedRect::new(
        f64::from(r.x),
        f64::from(r.y),
        f64::from(r.x + r.w.max(0.0)),
        f64::from(r.y + r.h.max(0.0)),
        f64::from(radius(s)),
    );
    let path = rect.to_path(0.05);
    if let Some(fill) = s.fill {
        ctx.set_paint(colour(fill));
        ctx.fill_path(&path);
    }
    if let Some(st) = s.stroke {
        let mut stroke = Stroke::new(f64::from(st.width));
        if st.dashed {
            stroke = stroke.with_dashes(0.0, DASH.map(f64::from));
        }
        ctx.set_stroke(stroke);
        ctx.set_paint(colour(st.rgb));
        ctx.stroke_path(&path);
    }
}

/// Opaque RGB PNG of the pixmap, with its resolution (pHYs).
fn encode(pixmap: &Pixmap, w: u32, h: u32, dpi: u32) -> Result<Vec<u8>, png::EncodingError> {
    // Every pixel is opaque (the page is painted white first), so premultiplied colour is
    // the colour.
    let rgb: Vec<u8> = pixmap.data().iter().flat_map(|p| [p.r, p.g, p.b]).collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let per_metre = (dpi as f32 / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixel_sizes_follow_the_paper_and_the_resolution() {
        let (w, h) = crate::export::Paper::A4.size_pt();
        assert_eq!(pixel_size(w, h, 150), (1754, 1240));
        assert_eq!(pixel_size(w, h, 72), (842, 595));
        let (w, h) = crate::export::Paper::A3.size_pt();
        assert_eq!(pixel_size(w, h, 300), (4961, 3508));
    }
}
