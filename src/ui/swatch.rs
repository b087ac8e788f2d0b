//! A clickable square of a note colour, used by the context menu and the legend.

use eframe::egui::{self, Sense, StrokeKind, vec2};

use crate::model::Colour;
use crate::ui::theme;

/// Draws a colour swatch of `size` points, outlined when `selected`, with an accessible
/// name; returns its response.
pub fn swatch(
    ui: &mut egui::Ui,
    colour: Colour,
    size: f32,
    name: &str,
    selected: bool,
) -> egui::Response {
    let (rect, resp) = ui.allocate_exact_size(vec2(size, size), Sense::click());
    ui.painter().rect(
        rect,
        3.0,
        theme::note_fill(colour),
        theme::note_border(colour),
        StrokeKind::Inside,
    );
    if selected {
        ui.painter().rect_stroke(
            rect.expand(2.0),
            3.0,
            egui::Stroke::new(theme::SELECTION_W, theme::SELECTION),
            StrokeKind::Outside,
        );
    }
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    resp
}
