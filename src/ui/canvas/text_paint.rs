//! Note text that stays cheap while the user zooms.
//!
//! egui lays a text out anew for every new font size, and a zoom gesture changes the size
//! every frame: with a thousand notes on screen that is a thousand layouts a frame. While
//! a zoom gesture lasts (and [`ZOOMING_FOR`] after its last step), notes are laid out at
//! a few fixed sizes, half an octave apart, which egui keeps laid out between frames, and
//! the laid-out glyphs are scaled down to the exact size. When the gesture ends the canvas
//! is drawn once more at the exact size, so text at rest is as sharp as before.

use eframe::egui::{
    self, Color32, Id, Mesh, Painter, Pos2, Shape, TextureId, epaint::Vertex, text::LayoutJob, vec2,
};

use std::sync::{Arc, Mutex};

use ahash::AHashMap;

use super::lod;
use crate::geometry::{NOTE_FONT, NOTE_LINE_H};
use crate::ui::{fonts, theme};

/// How long after the last zoom step text stays at the fixed sizes, in seconds.
pub const ZOOMING_FOR: f64 = 0.25;

/// Steps of the fixed sizes per octave.
const STEPS_PER_OCTAVE: f32 = 2.0;

/// Ratios of the zoom drawn at to the zoom laid out for within which a held galley is
/// scaled rather than laid out again (a fixed size at or above the exact one, or the size
/// at rest a little either way).
const SCALE_RANGE: (f32, f32) = (0.7, 1.25);

/// Note texts laid out anew per frame while zooming; the others show as grey lines for a
/// frame or two. About 4 ms of layout on the 2-core reference machine.
const LAYOUTS_PER_FRAME: usize = 150;

/// Where the time of the last zoom step is kept in egui's memory.
fn last_zoom_id() -> Id {
    Id::unique("holst-canvas-last-zoom-step")
}

/// Whether a zoom gesture is going on: a zoom step this frame or within [`ZOOMING_FOR`].
/// While it is, asks for a frame when it will be over, so text is then drawn sharp.
pub fn zooming(ctx: &egui::Context) -> bool {
    let (now, step) = ctx.input(|i| (i.time, (i.zoom_delta() - 1.0).abs() > 1e-6));
    if step {
        ctx.data_mut(|d| d.insert_temp(last_zoom_id(), now));
    }
    let last: Option<f64> = ctx.data(|d| d.get_temp(last_zoom_id()));
    match last {
        Some(t) if now - t < ZOOMING_FOR => {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                (ZOOMING_FOR - (now - t)).max(0.0),
            ));
            true
        }
        _ => false,
    }
}

/// The fixed size text of `size` points is laid out at while zooming: the next step of
/// half an octave at or above it, so glyphs are only ever scaled down (by at most 1/√2).
pub fn fixed_size(size: f32) -> f32 {
    let steps = (size.max(1.0).log2() * STEPS_PER_OCTAVE - 1e-4).ceil();
    (steps / STEPS_PER_OCTAVE).exp2()
}

/// Size of the font atlas, in texels (galleys' glyph coordinates are in its texels).
// The method path clippy suggests does not type-check (the view's lifetime).
#[allow(clippy::redundant_closure_for_method_calls)]
fn atlas_size(ctx: &egui::Context) -> [usize; 2] {
    ctx.fonts(|f| f.font_image_size())
}

/// Lays out a note's joined lines at font size `size` with line height `line_h` (points).
fn layout(painter: &Painter, joined: &str, size: f32, line_h: f32) -> std::sync::Arc<egui::Galley> {
    let format = egui::TextFormat {
        font_id: egui::FontId::new(size, egui::FontFamily::Proportional),
        color: theme::NOTE_TEXT,
        line_height: Some(line_h),
        ..Default::default()
    };
    let mut job = LayoutJob::single_section(joined.to_owned(), format);
    job.wrap.max_width = f32::INFINITY;
    painter.layout_job(job)
}

/// Paints a note's wrapped text (lines joined by line breaks) from a top-left point at
/// zoom `z`, as one galley with the note line height; lines shown as grey bars for a frame
/// are no longer than `max_w` screen points.
pub fn paint(painter: &Painter, top_left: Pos2, z: f32, joined: &str, max_w: f32) {
    let ctx = painter.ctx();
    let zooming = zooming(ctx);
    let held = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Arc<Mutex<Held>>>(held_id())
            .clone()
    });
    let Ok(mut held) = held.lock() else {
        return;
    };
    held.begin_frame(ctx, zooming, z);
    if !zooming {
        drop(held);
        let galley = layout(
            painter,
            joined,
            fonts::regular(NOTE_FONT * z).size,
            NOTE_LINE_H * z,
        );
        painter.galley(top_left, galley, theme::NOTE_TEXT);
        return;
    }
    let galley = match held.galleys.get(joined) {
        Some((at, g)) if in_range(z / at) => Some((*at, g.clone())),
        _ => held.lay_out(painter, joined, z),
    };
    drop(held);
    if let Some((at, galley)) = galley {
        let tex_size = atlas_size(ctx);
        painter.add(Shape::mesh(scaled_mesh(
            &galley,
            top_left,
            z / at,
            tex_size,
        )));
    } else {
        // Out of this frame's layouts: grey lines now, the text a frame or two later.
        let lines: Vec<&str> = joined.split('\n').collect();
        painter.add(lod::text_lines(&lines, top_left, z, max_w));
        ctx.request_repaint();
    }
}

/// Whether a galley laid out for one zoom may be drawn at a zoom `ratio` times that.
fn in_range(ratio: f32) -> bool {
    (SCALE_RANGE.0..SCALE_RANGE.1).contains(&ratio)
}

/// Where [`Held`] is kept in egui's memory.
fn held_id() -> Id {
    Id::unique("holst-canvas-zoom-galleys")
}

/// Note texts laid out during a zoom gesture, by text: the zoom each was laid out for and
/// its galley. Dropped when the gesture ends or egui renews its glyph atlas.
#[derive(Default)]
struct Held {
    galleys: AHashMap<String, (f32, Arc<egui::Galley>)>,
    /// The frame (egui's pass number) the budget is for.
    frame: u64,
    /// Layouts left in this frame.
    budget: usize,
    /// Glyph atlas fill at the last frame (it drops when egui renews the atlas, which
    /// makes held galleys point at glyphs no longer there).
    fill: f32,
    /// The zoom of the last frame at rest.
    rest_zoom: f32,
    /// Frames since the gesture started (0: the first, when egui still has the layouts
    /// at rest from the frame before).
    gesture_frame: u32,
}

impl Held {
    fn begin_frame(&mut self, ctx: &egui::Context, zooming: bool, z: f32) {
        let frame = ctx.cumulative_pass_nr();
        if frame == self.frame {
            return;
        }
        self.frame = frame;
        self.budget = LAYOUTS_PER_FRAME;
        let fill = atlas_fill(ctx);
        if !zooming || fill < self.fill {
            self.galleys.clear();
        }
        if zooming {
            self.gesture_frame = self.gesture_frame.saturating_add(1);
        } else {
            self.rest_zoom = z;
            self.gesture_frame = 0;
        }
        self.fill = fill;
    }

    /// Lays a text out for zoom `z`: in the first frame of a gesture at the zoom at rest
    /// (egui still has that layout from the frame before: no cost), else at a fixed size
    /// as long as the frame's budget lasts. Returns the zoom it was laid out for and the
    /// galley.
    fn lay_out(
        &mut self,
        painter: &Painter,
        joined: &str,
        z: f32,
    ) -> Option<(f32, Arc<egui::Galley>)> {
        let (at, size, line_h) = if self.gesture_frame <= 1 && in_range(z / self.rest_zoom) {
            let r = self.rest_zoom;
            (r, fonts::regular(NOTE_FONT * r).size, NOTE_LINE_H * r)
        } else {
            if self.budget == 0 {
                return None;
            }
            self.budget -= 1;
            let fixed = fixed_size(NOTE_FONT * z);
            (fixed / NOTE_FONT, fixed, fixed * NOTE_LINE_H / NOTE_FONT)
        };
        let galley = layout(painter, joined, size, line_h);
        self.galleys.insert(joined.to_owned(), (at, galley.clone()));
        Some((at, galley))
    }
}

/// How full egui's glyph atlas is.
#[allow(clippy::redundant_closure_for_method_calls)]
fn atlas_fill(ctx: &egui::Context) -> f32 {
    ctx.fonts(|f| f.font_atlas_fill_ratio())
}

/// The glyphs of a galley as one mesh placed at `top_left` and scaled by `scale`;
/// `tex_size` is the size of the font atlas the galley's glyphs are in.
pub fn scaled_mesh(
    galley: &egui::Galley,
    top_left: Pos2,
    scale: f32,
    tex_size: [usize; 2],
) -> Mesh {
    let uv = vec2(1.0 / tex_size[0] as f32, 1.0 / tex_size[1] as f32);
    let mut mesh = Mesh::with_texture(TextureId::default());
    mesh.vertices.reserve(galley.num_vertices);
    mesh.indices.reserve(galley.num_indices);
    for row in &galley.rows {
        let visuals = &row.visuals;
        if visuals.mesh.is_empty() {
            continue;
        }
        let offset = mesh.vertices.len() as u32;
        mesh.indices
            .extend(visuals.mesh.indices.iter().map(|i| i + offset));
        mesh.vertices.extend(visuals.mesh.vertices.iter().map(|v| {
            let color = if v.color == Color32::PLACEHOLDER {
                theme::NOTE_TEXT
            } else {
                v.color
            };
            Vertex {
                pos: top_left + (row.pos.to_vec2() + v.pos.to_vec2()) * scale,
                uv: (v.uv.to_vec2() * uv).to_pos2(),
                color,
            }
        }));
    }
    mesh
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_sizes_are_few_and_never_below_the_exact_size() {
        let mut sizes = Vec::new();
        let mut s = 4.0_f32;
        while s < 70.0 {
            let f = fixed_size(s);
            assert!(f >= s - 1e-3, "{s} laid out at {f}");
            assert!(f < s * 1.4143, "{s} laid out at {f}");
            if sizes.last() != Some(&f) {
                sizes.push(f);
            }
            s *= 1.01;
        }
        // From 4 to 70 points: nine sizes, not one per frame of a zoom.
        assert!(sizes.len() <= 10, "{sizes:?}");
        assert!((fixed_size(8.0) - 8.0).abs() < 1e-4);
    }

    #[test]
    fn a_scaled_galley_covers_the_text_at_the_exact_size() {
        let ctx = egui::Context::default();
        fonts::install(&ctx);
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let mut out = None;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let painter = ui.painter();
            let f = fixed_size(11.0);
            let small = layout(painter, "Клиенты\nи каналы", 11.0, 14.0);
            let big = layout(painter, "Клиенты\nи каналы", f, 14.0 * f / 11.0);
            let tex = atlas_size(ui.ctx());
            let mesh = scaled_mesh(&big, Pos2::new(10.0, 20.0), 11.0 / f, tex);
            out = Some((small.rect, mesh));
        });
        output.textures_delta.clear();
        let (rect, mesh) = out.expect("frame ran");
        assert!(!mesh.vertices.is_empty());
        let bounds = mesh.calc_bounds();
        // The scaled glyphs sit where the exact-size text would, within a point or two.
        assert!((bounds.min.x - 10.0).abs() < 2.0, "{bounds:?}");
        assert!(bounds.min.y >= 20.0 - 1.0, "{bounds:?}");
        assert!(
            (bounds.width() - rect.width()).abs() < 0.1 * rect.width(),
            "{bounds:?} {rect:?}"
        );
        assert!(
            bounds.max.y <= 20.0 + rect.height() + 2.0,
            "{bounds:?} {rect:?}"
        );
        assert!(mesh.vertices.iter().all(|v| v.color == theme::NOTE_TEXT));
    }

    /// Runs one frame painting `text` at zoom `z` (with a zoom step in the input when
    /// `step`), at `time` seconds; returns the shapes painted.
    fn frame(ctx: &egui::Context, time: f64, step: bool, z: f32, text: &str) -> Vec<Shape> {
        let mut input = egui::RawInput {
            time: Some(time),
            ..Default::default()
        };
        if step {
            input.events.push(egui::Event::Zoom(1.05));
        }
        let mut out = ctx.run_ui(input, |ui| {
            paint(ui.painter(), Pos2::ZERO, z, text, f32::INFINITY);
        });
        out.textures_delta.clear();
        out.shapes.into_iter().map(|c| c.shape).collect()
    }

    fn glyph_vertices(shapes: &[Shape]) -> usize {
        shapes
            .iter()
            .map(|s| match s {
                Shape::Mesh(m) => m.vertices.len(),
                Shape::Text(t) => t.galley.num_vertices,
                _ => 0,
            })
            .sum()
    }

    fn held_galley(ctx: &egui::Context, text: &str) -> Option<Arc<egui::Galley>> {
        let held = ctx.data_mut(|d| d.get_temp::<Arc<Mutex<Held>>>(held_id()))?;
        let held = held.lock().ok()?;
        held.galleys.get(text).map(|(_, g)| g.clone())
    }

    #[test]
    fn zooming_draws_the_current_text_keeps_its_layout_and_ends_sharp() {
        let ctx = egui::Context::default();
        fonts::install(&ctx);
        let short = "Клиенты";
        let long = "Клиенты, каналы\nи цена";
        let rest = frame(&ctx, 0.0, false, 1.0, short);
        assert!(rest.iter().any(|s| matches!(s, Shape::Text(_))), "{rest:?}");
        let rest_long = frame(&ctx, 0.02, false, 1.0, long);
        let (n_short, n_long) = (glyph_vertices(&rest), glyph_vertices(&rest_long));
        assert!(n_long > n_short);

        // A zoom gesture: glyphs as scaled meshes, of the text asked for (never another).
        let a = frame(&ctx, 0.04, true, 1.3, short);
        assert!(a.iter().any(|s| matches!(s, Shape::Mesh(_))), "{a:?}");
        assert_eq!(glyph_vertices(&a), n_short);
        let b = frame(&ctx, 0.06, true, 1.4, long);
        assert_eq!(glyph_vertices(&b), n_long);
        let kept = held_galley(&ctx, long).expect("held while zooming");
        // A small further step reuses the layout rather than laying the text out again.
        let c = frame(&ctx, 0.08, true, 1.45, long);
        assert_eq!(glyph_vertices(&c), n_long);
        let again = held_galley(&ctx, long).expect("held while zooming");
        assert!(Arc::ptr_eq(&kept, &again));

        // Once the gesture is over, text is laid out at its exact size again.
        let end = frame(&ctx, 0.08 + ZOOMING_FOR + 0.01, false, 1.45, long);
        assert!(end.iter().any(|s| matches!(s, Shape::Text(_))), "{end:?}");
        assert!(held_galley(&ctx, long).is_none());
    }
}
