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

use crate::geometry::{NOTE_FONT, NOTE_LINE_H};
use crate::ui::{fonts, theme};

/// How long after the last zoom step text stays at the fixed sizes, in seconds.
pub const ZOOMING_FOR: f64 = 0.25;

/// Steps of the fixed sizes per octave.
const STEPS_PER_OCTAVE: f32 = 2.0;

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
/// zoom `z`, as one galley with the note line height.
pub fn paint(painter: &Painter, top_left: Pos2, z: f32, joined: &str) {
    let exact = fonts::regular(NOTE_FONT * z).size;
    let line_h = NOTE_LINE_H * z;
    if !zooming(painter.ctx()) {
        let galley = layout(painter, joined, exact, line_h);
        painter.galley(top_left, galley, theme::NOTE_TEXT);
        return;
    }
    // The fixed size and its line height are the same for every frame within a step,
    // so egui finds the layout from the last frame; the scale carries the exact size.
    let fixed = fixed_size(NOTE_FONT * z);
    let scale = NOTE_FONT * z / fixed;
    let galley = layout(painter, joined, fixed, fixed * NOTE_LINE_H / NOTE_FONT);
    let tex_size = atlas_size(painter.ctx());
    painter.add(Shape::mesh(scaled_mesh(&galley, top_left, scale, tex_size)));
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
}
