//! Text measurement for the pages, with the same font files and the same wrapping as the
//! canvas on screen (`geometry::wrap`).

use std::sync::OnceLock;

use crate::geometry::{self, FontMetrics};

fn face(bold: bool) -> &'static FontMetrics {
    if bold {
        geometry::bold()
    } else {
        geometry::regular()
    }
}

/// Width of one line of text at `size` points.
pub(crate) fn width(text: &str, bold: bool, size: f32) -> f32 {
    face(bold).width(text, size)
}

/// Wraps text into lines no wider than `max_width`; words are never split except a word
/// longer than a whole line.
pub(crate) fn wrap(text: &str, bold: bool, size: f32, max_width: f32) -> Vec<String> {
    geometry::wrap(face(bold), text, size, max_width)
}

/// Ascender and descender (both positive) as fractions of the font size.
fn ratios(bold: bool) -> (f32, f32) {
    static REGULAR: OnceLock<(f32, f32)> = OnceLock::new();
    static BOLD: OnceLock<(f32, f32)> = OnceLock::new();
    let (cell, data) = if bold {
        (&BOLD, geometry::FONT_BOLD)
    } else {
        (&REGULAR, geometry::FONT_REGULAR)
    };
    *cell.get_or_init(|| {
        // Noto Sans: 1069 and 293 per 1000 units; used only if the face cannot be read.
        ttf_parser::Face::parse(data, 0).map_or((1.069, 0.293), |f| {
            let em = f32::from(f.units_per_em());
            (f32::from(f.ascender()) / em, -f32::from(f.descender()) / em)
        })
    })
}

/// Ascender and descender (both positive) at `size` points.
pub(crate) fn extents(bold: bool, size: f32) -> (f32, f32) {
    let (a, d) = ratios(bold);
    (a * size, d * size)
}

/// The largest size not above `size` (and not below `min`) at which `text` fits on one
/// line of `max_width`; `min` when even that is too wide.
pub(crate) fn fit_size(text: &str, bold: bool, size: f32, min: f32, max_width: f32) -> f32 {
    let w = width(text, bold, size);
    if w <= max_width || w <= 0.0 {
        return size;
    }
    (size * max_width / w).max(min)
}
