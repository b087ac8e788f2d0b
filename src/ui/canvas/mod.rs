//! The canvas widget: draws the current version and handles zoom and pan.

pub mod paint;

use std::collections::HashMap;

use eframe::egui::{self, Sense, vec2};

use crate::model::{Lang, Version, VersionId};
use crate::ui::{theme, view::View};
pub use paint::TextCache;

/// State of the canvas that is not part of the document: views per version, caches.
#[derive(Debug, Default)]
pub struct CanvasState {
    views: HashMap<VersionId, View>,
    /// Wrapped text of notes.
    pub cache: TextCache,
}

impl CanvasState {
    /// The current view of a version (fit to window until the user zooms or pans).
    pub fn view(&self, version: VersionId) -> View {
        self.views.get(&version).copied().unwrap_or_default()
    }

    /// Sets the view of a version.
    pub fn set_view(&mut self, version: VersionId, view: View) {
        self.views.insert(version, view);
    }

    /// Shows a version's canvas filling the remaining space of `ui`.
    pub fn show(&mut self, ui: &mut egui::Ui, version: &Version, lang: Lang) -> egui::Response {
        let (area, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        let mut view = self.view(version.id);
        if view.fitted {
            view = View::fit(area.size());
        }
        self.navigate(ui, &response, area, &mut view);
        self.views.insert(version.id, view);
        let painter = ui.painter_at(area);
        let decor = paint::Decor {
            lang,
            marks: &|_| Vec::new(),
            hidden: None,
            dragged: &|_| None,
            drop_target: None,
        };
        paint::paint_version(&painter, area, &view, version, &mut self.cache, &decor);
        response
    }

    /// Zoom (Ctrl+wheel, pinch, Ctrl+= / Ctrl+-), pan (wheel, middle drag), fit (Ctrl+0).
    fn navigate(&mut self, ui: &egui::Ui, response: &egui::Response, area: egui::Rect, view: &mut View) {
        let origin = area.min;
        if response.hovered() {
            let (zoom, scroll, pointer) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
            if (zoom - 1.0).abs() > f32::EPSILON {
                view.zoom_around(origin, pointer.unwrap_or(area.center()), zoom);
            } else if scroll != egui::Vec2::ZERO {
                view.pan(scroll);
            }
        }
        if response.dragged_by(egui::PointerButton::Middle) {
            view.pan(response.drag_delta());
        }
        let (zoom_in, zoom_out, fit) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals)
                    || i.consume_key(egui::Modifiers::COMMAND, egui::Key::Plus),
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::Minus),
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::Num0),
            )
        });
        if zoom_in {
            view.zoom_around(origin, area.center(), theme::ZOOM_STEP);
        }
        if zoom_out {
            view.zoom_around(origin, area.center(), 1.0 / theme::ZOOM_STEP);
        }
        if fit {
            *view = View::fit(area.size());
        }
        let _ = vec2(0.0, 0.0);
    }
}
