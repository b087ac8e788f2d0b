//! Input on the canvas: navigation, selection, dragging notes, creating notes.

use eframe::egui::{self, Key, Modifiers, PointerButton, Pos2, Rect, Sense, vec2};

use super::{CanvasEvent, CanvasState, Drag, Edit, EditTarget, clamp_into_block};
use crate::command::Command;
use crate::geometry::{self, NOTE_W, TITLE_BAND_H};
use crate::i18n::T;
use crate::model::{Colour, Lang, Version};
use crate::ops::Op;
use crate::ui::{fonts, theme, view::View};

/// Whether Space is held for panning: down, and not being typed into a text field.
fn space_held(ui: &egui::Ui) -> bool {
    ui.input(|i| i.key_down(Key::Space)) && ui.memory(|m| m.focused().is_none())
}

/// Zoom (Ctrl+wheel, pinch), pan (wheel, middle drag, Space+drag). The caller has fitted
/// the view to the area already when it follows the window.
pub(super) fn navigate(ui: &egui::Ui, background: &egui::Response, area: Rect, view: &mut View) {
    let origin = area.min;
    let hovered = ui.rect_contains_pointer(area);
    if hovered {
        let (zoom, scroll, pointer) =
            ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
        if (zoom - 1.0).abs() > f32::EPSILON {
            view.zoom_around(origin, pointer.unwrap_or(area.center()), zoom);
        } else if scroll != egui::Vec2::ZERO {
            view.pan(scroll);
        }
    }
    if background.dragged_by(PointerButton::Middle)
        || (space_held(ui) && background.dragged_by(PointerButton::Primary))
    {
        view.pan(background.drag_delta());
    }
}

/// The "?" button of each block, opening a popover with what the course says of it: its
/// questions and its typologies as checklists.
pub(super) fn help_buttons(
    ui: &mut egui::Ui,
    area: Rect,
    view: &View,
    version: &Version,
    lang: Lang,
) {
    for block in version.layout.blocks() {
        let Some(r) = version.layout.block_rect(block) else {
            continue;
        };
        let size = (TITLE_BAND_H * 0.55 * view.zoom).max(12.0);
        let top_right = view.to_screen(area.min, r.right(), r.y);
        let rect = Rect::from_min_size(
            top_right
                + vec2(
                    -size - 6.0 * view.zoom,
                    (TITLE_BAND_H * view.zoom - size) / 2.0,
                ),
            vec2(size, size),
        );
        if !ui.clip_rect().intersects(rect) {
            continue;
        }
        let id = ui.scope_id().with(("block-help", block.id()));
        let resp = ui.interact(rect, id, Sense::click());
        let title = block.title_in(version.layout, lang);
        let label = format!("{}: {}", T::BlockHelp.get(lang), title);
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        let colour = if resp.hovered() {
            theme::SELECTION
        } else {
            theme::PLACEHOLDER
        };
        ui.painter()
            .circle_stroke(rect.center(), size / 2.0, egui::Stroke::new(1.0, colour));
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "?",
            fonts::bold(size * 0.7),
            colour,
        );
        let resp = resp.on_hover_text(T::BlockHelp.get(lang));
        egui::Popup::menu(&resp).show(|ui| {
            ui.set_max_width(360.0);
            ui.strong(title);
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    crate::ui::guidance::block_guidance(ui, block, version.layout, lang);
                });
        });
    }
}

impl CanvasState {
    /// Clicks, double-clicks, drags and context menus on notes.
    pub(super) fn interact_notes(
        &mut self,
        ui: &mut egui::Ui,
        area: Rect,
        view: &View,
        version: &Version,
        lang: Lang,
        events: &mut Vec<CanvasEvent>,
    ) {
        let clip = ui.clip_rect();
        let mods = ui.input(|i| i.modifiers);
        let space = space_held(ui);
        self.hovered = None;
        // Esc during a drag cancels it: the notes go back and nothing is applied.
        if self.drag.is_some() && ui.input(|i| i.key_pressed(Key::Escape)) {
            self.drag = None;
        }
        for note in &version.notes {
            let h = self.cache.height(&note.text);
            let Some(r) = geometry::note_rect(version.layout, note, h) else {
                continue;
            };
            let rect = view.rect_to_screen(area.min, r);
            if !clip.intersects(rect) {
                continue;
            }
            let resp = ui.interact(
                rect,
                ui.scope_id().with(("note", note.id.0)),
                Sense::click_and_drag(),
            );
            resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &note.text));
            if resp.hovered() {
                self.hovered = Some(note.id);
            }
            if space {
                continue;
            }
            if resp.clicked() {
                if mods.shift || mods.command {
                    if !self.selection.remove(&note.id) {
                        self.selection.insert(note.id);
                    }
                } else {
                    self.selection.clear();
                    self.selection.insert(note.id);
                }
            }
            if resp.double_clicked() {
                self.selection.clear();
                self.selection.insert(note.id);
                self.start_editing(EditTarget::Note(note.id), &note.text);
            }
            if resp.secondary_clicked() && !self.selection.contains(&note.id) {
                self.selection.clear();
                self.selection.insert(note.id);
            }
            if resp.drag_started_by(PointerButton::Primary) {
                if !self.selection.contains(&note.id) {
                    self.selection.clear();
                    self.selection.insert(note.id);
                }
                let start = resp
                    .interact_pointer_pos()
                    .map_or(Pos2::ZERO, |p| view.to_canvas(area.min, p));
                let mut notes: Vec<_> = vec![note.id];
                notes.extend(self.selection.iter().copied().filter(|id| *id != note.id));
                self.drag = Some(Drag {
                    notes,
                    start,
                    delta: egui::Vec2::ZERO,
                });
            }
            if resp.dragged_by(PointerButton::Primary)
                && let (Some(drag), Some(p)) =
                    (self.drag.as_mut(), ui.input(|i| i.pointer.latest_pos()))
            {
                drag.delta = view.to_canvas(area.min, p) - drag.start;
            }
            if resp.drag_stopped()
                && let Some(drag) = self.drag.take()
                && let Some(edit) = self.drop(version, &drag, lang)
            {
                events.push(CanvasEvent::Edit(edit));
            }
            resp.context_menu(|ui| {
                context_menu(ui, &self.selection, version, lang, events);
                if ui.button(T::EditText.get(lang)).clicked() {
                    self.start_editing(EditTarget::Note(note.id), &note.text);
                    ui.close();
                }
            });
        }
        if self.drag.is_some() && !ui.input(|i| i.pointer.any_down()) {
            // The button was released outside any note response (e.g. the pointer left
            // the window): the drag is abandoned and the notes stay where they were.
            self.drag = None;
        }
        self.nudge(ui, version, lang, events);
    }

    /// The edit that drops the dragged notes where they are now, or `None` when nothing
    /// moved or a note would land outside every block (then all return).
    fn drop(&mut self, version: &Version, drag: &Drag, lang: Lang) -> Option<Edit> {
        if drag.delta.length() < 0.5 {
            return None;
        }
        let mut ops = Vec::new();
        for id in &drag.notes {
            let note = version.note(*id)?;
            let height = self.cache.height(&note.text);
            let rect = geometry::note_rect(version.layout, note, height)?;
            let (cx, cy) = (
                rect.x + rect.w / 2.0 + drag.delta.x,
                rect.y + rect.h / 2.0 + drag.delta.y,
            );
            let block = version.layout.block_at(cx, cy)?;
            let target = version.layout.block_rect(block)?;
            let (x, y) = clamp_into_block(
                version,
                block,
                rect.x + drag.delta.x - target.x,
                rect.y + drag.delta.y - target.y,
                height,
            );
            ops.push(Op::MoveNote {
                version: version.id,
                note: *id,
                block,
                x,
                y,
            });
        }
        Some(Edit {
            label: T::MoveNotes.get(lang).to_owned(),
            ops,
        })
    }

    /// Arrow keys move the selection (Shift: ten times further), one step per press.
    fn nudge(
        &mut self,
        ui: &egui::Ui,
        version: &Version,
        lang: Lang,
        events: &mut Vec<CanvasEvent>,
    ) {
        if self.selection.is_empty() || ui.memory(|m| m.focused().is_some()) {
            return;
        }
        let (dx, dy, shift) = ui.input_mut(|i| {
            let mut d = (0.0, 0.0);
            for (key, v) in [
                (Key::ArrowLeft, (-1.0, 0.0)),
                (Key::ArrowRight, (1.0, 0.0)),
                (Key::ArrowUp, (0.0, -1.0)),
                (Key::ArrowDown, (0.0, 1.0)),
            ] {
                if i.consume_key(Modifiers::NONE, key) || i.consume_key(Modifiers::SHIFT, key) {
                    d = v;
                }
            }
            (d.0, d.1, i.modifiers.shift)
        });
        if dx == 0.0 && dy == 0.0 {
            return;
        }
        let step = if shift {
            theme::NUDGE * 10.0
        } else {
            theme::NUDGE
        };
        let ops: Vec<Op> = self
            .selection
            .iter()
            .filter_map(|id| version.note(*id))
            .map(|n| {
                let h = self.cache.height(&n.text);
                let (x, y) =
                    clamp_into_block(version, n.block, n.x + dx * step, n.y + dy * step, h);
                Op::MoveNote {
                    version: version.id,
                    note: n.id,
                    block: n.block,
                    x,
                    y,
                }
            })
            .collect();
        events.push(CanvasEvent::Edit(Edit {
            label: T::MoveNotes.get(lang).to_owned(),
            ops,
        }));
    }

    /// Empty space: click clears the selection, double-click creates a note, drag draws a
    /// rubber band.
    pub(super) fn interact_background(
        &mut self,
        ui: &egui::Ui,
        background: &egui::Response,
        area: Rect,
        view: &View,
        version: &Version,
    ) {
        let space = space_held(ui);
        let mods = ui.input(|i| i.modifiers);
        let pointer = background
            .interact_pointer_pos()
            .map(|p| view.to_canvas(area.min, p));
        if background.clicked() && !(mods.shift || mods.command) {
            self.selection.clear();
        }
        if background.double_clicked()
            && let Some(p) = pointer
            && let Some(block) = version.layout.block_at(p.x, p.y)
            && let Some(b) = version.layout.block_rect(block)
        {
            let h = geometry::note_height("");
            let (x, y) = clamp_into_block(
                version,
                block,
                p.x - b.x - NOTE_W / 2.0,
                p.y - b.y - h / 2.0,
                h,
            );
            self.selection.clear();
            self.start_editing(
                EditTarget::New {
                    block,
                    x,
                    y,
                    colour: self.new_colour,
                },
                "",
            );
        }
        if background.drag_started_by(PointerButton::Primary) && !space {
            self.band = pointer;
        }
        if background.drag_stopped()
            && let Some(start) = self.band.take()
            && let Some(end) = ui
                .input(|i| i.pointer.latest_pos())
                .map(|p| view.to_canvas(area.min, p))
        {
            let band = crate::model::Rect::new(
                start.x.min(end.x),
                start.y.min(end.y),
                (start.x - end.x).abs(),
                (start.y - end.y).abs(),
            );
            if !(mods.shift || mods.command) {
                self.selection.clear();
            }
            for n in &version.notes {
                let h = self.cache.height(&n.text);
                if geometry::note_rect(version.layout, n, h).is_some_and(|r| r.overlaps(&band)) {
                    self.selection.insert(n.id);
                }
            }
        }
    }
}

/// The right-click menu of a note: colour, duplicate, delete, bring to front, copy.
fn context_menu(
    ui: &mut egui::Ui,
    selection: &std::collections::BTreeSet<crate::model::NoteId>,
    version: &Version,
    lang: Lang,
    events: &mut Vec<CanvasEvent>,
) {
    ui.label(egui::RichText::new(T::Colour.get(lang)).small().weak());
    ui.horizontal_wrapped(|ui| {
        for colour in Colour::ALL {
            let name = colour.label(lang);
            let resp = crate::ui::swatch::swatch(ui, colour, 20.0, name, false);
            let hint = version
                .legend_for(colour)
                .map_or_else(|| name.to_owned(), |m| format!("{name}: {m}"));
            if resp.on_hover_text(hint).clicked() {
                let ops = selection
                    .iter()
                    .filter_map(|id| version.note(*id))
                    .filter(|n| n.colour != colour)
                    .map(|n| Op::SetNoteColour {
                        version: version.id,
                        note: n.id,
                        colour,
                    })
                    .collect::<Vec<_>>();
                if !ops.is_empty() {
                    events.push(CanvasEvent::Edit(Edit {
                        label: T::Colour.get(lang).to_owned(),
                        ops,
                    }));
                }
                ui.close();
            }
        }
    });
    ui.separator();
    for cmd in [
        Command::Copy,
        Command::Cut,
        Command::Duplicate,
        Command::BringToFront,
        Command::Delete,
    ] {
        if ui.button(cmd.label(lang)).clicked() {
            events.push(CanvasEvent::Command(cmd));
            ui.close();
        }
    }
}
