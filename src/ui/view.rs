//! The mapping between canvas units and screen points: zoom and pan.

use eframe::egui::{Pos2, Rect, Vec2, pos2, vec2};

use super::theme::{FIT_MARGIN, ZOOM_RANGE};
use crate::model::{CANVAS_H, CANVAS_W};

/// Where the canvas sits on screen: `screen = offset + canvas * zoom`, relative to the
/// top-left of the area the canvas is drawn in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Screen points per canvas unit.
    pub zoom: f32,
    /// Screen position of the canvas origin, relative to the area's top-left.
    pub offset: Vec2,
    /// Whether the view follows the area's size (fit to window) until the user zooms or pans.
    pub fitted: bool,
}

impl Default for View {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            offset: Vec2::ZERO,
            fitted: true,
        }
    }
}

impl View {
    /// The view that shows the whole canvas centred in an area of this size.
    pub fn fit(area: Vec2) -> Self {
        let zoom = ((area.x - 2.0 * FIT_MARGIN) / CANVAS_W)
            .min((area.y - 2.0 * FIT_MARGIN) / CANVAS_H)
            .clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        let size = vec2(CANVAS_W, CANVAS_H) * zoom;
        Self {
            zoom,
            offset: (area - size) / 2.0,
            fitted: true,
        }
    }

    /// The view that shows `width` canvas units across an area of this size, from the
    /// canvas's top (an enlarged block, scrolled down with the wheel).
    pub fn fit_width(area: Vec2, width: f32) -> Self {
        let zoom = ((area.x - 2.0 * FIT_MARGIN) / width).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        Self {
            zoom,
            offset: vec2((area.x - width * zoom) / 2.0, FIT_MARGIN),
            fitted: false,
        }
    }

    /// Screen point of a canvas point, for an area whose top-left is `origin`.
    pub fn to_screen(&self, origin: Pos2, x: f32, y: f32) -> Pos2 {
        origin + self.offset + vec2(x, y) * self.zoom
    }

    /// Screen rectangle of a canvas rectangle.
    pub fn rect_to_screen(&self, origin: Pos2, r: crate::model::Rect) -> Rect {
        Rect::from_min_size(self.to_screen(origin, r.x, r.y), vec2(r.w, r.h) * self.zoom)
    }

    /// Canvas point under a screen point.
    pub fn to_canvas(&self, origin: Pos2, p: Pos2) -> Pos2 {
        let v = (p - origin - self.offset) / self.zoom;
        pos2(v.x, v.y)
    }

    /// Zooms by `factor` keeping the canvas point under `anchor` (a screen point) in place.
    pub fn zoom_around(&mut self, origin: Pos2, anchor: Pos2, factor: f32) {
        let before = self.to_canvas(origin, anchor);
        self.zoom = (self.zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        let after = self.to_screen(origin, before.x, before.y);
        self.offset += anchor - after;
        self.fitted = false;
    }

    /// Moves the canvas by a screen distance.
    pub fn pan(&mut self, delta: Vec2) {
        self.offset += delta;
        self.fitted = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canvas_and_screen_points_convert_both_ways_and_zoom_keeps_the_anchor() {
        let origin = pos2(10.0, 20.0);
        let mut v = View::fit(vec2(1200.0, 800.0));
        assert!(v.zoom > 0.5 && v.zoom < 1.0);
        let p = v.to_screen(origin, 300.0, 200.0);
        let back = v.to_canvas(origin, p);
        assert!((back.x - 300.0).abs() < 1e-3 && (back.y - 200.0).abs() < 1e-3);
        v.zoom_around(origin, p, 2.0);
        let again = v.to_screen(origin, 300.0, 200.0);
        assert!((again - p).length() < 1e-3);
        assert!(!v.fitted);
    }
}
