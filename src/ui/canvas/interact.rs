//! Input on the canvas: navigation, selection, dragging notes, creating notes.

use eframe::egui::{self, Key, Modifiers, PointerButton, Pos2, Rect, Sense, vec2};

use super::{CanvasEvent, CanvasState, Drag, Edit, EditTarget, clamp_into_block};
use crate::command::Command;
use crate::geometry::{self, BlockMode, Board, NOTE_W, TITLE_BAND_H};
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
        let (steps, pinch, scroll, pointer) = ui.input(|i| {
            // Ctrl+wheel zooms in steps of about 10 % a notch; a pinch (or a touchpad's
            // zoom gesture) zooms smoothly by its own factor.
            let mut steps = 0.0;
            let mut pinch = 1.0;
            for e in &i.events {
                match e {
                    egui::Event::MouseWheel {
                        unit,
                        delta,
                        modifiers,
                        ..
                    } if modifiers.command || modifiers.ctrl => {
                        steps += match unit {
                            egui::MouseWheelUnit::Point => delta.y / 50.0,
                            egui::MouseWheelUnit::Line => delta.y,
                            egui::MouseWheelUnit::Page => delta.y * 3.0,
                        };
                    }
                    egui::Event::Zoom(f) => pinch *= f,
                    _ => {}
                }
            }
            let scroll = if i.modifiers.command || i.modifiers.ctrl {
                egui::Vec2::ZERO
            } else {
                i.smooth_scroll_delta
            };
            (steps, pinch, scroll, i.pointer.hover_pos())
        });
        let zoom = theme::WHEEL_ZOOM_STEP.powf(steps) * pinch;
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
    board: &Board,
    lang: Lang,
) {
    for b in &board.blocks {
        let (block, r) = (b.block, b.rect);
        // The button scales with the block, in the room its title leaves free.
        let size = theme::HELP_BUTTON * view.zoom;
        if size < 6.0 {
            continue;
        }
        let top_right = view.to_screen(area.min, r.right(), r.y);
        let rect = Rect::from_min_size(
            top_right
                + vec2(
                    -size - theme::HELP_BUTTON_MARGIN * view.zoom,
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
    #[allow(clippy::too_many_arguments)]
    pub(super) fn interact_notes(
        &mut self,
        ui: &mut egui::Ui,
        area: Rect,
        view: &View,
        version: &Version,
        board: &Board,
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
        for (b, n) in board.notes() {
            let Some(note) = version.notes.get(n.index) else {
                continue;
            };
            let block = view.rect_to_screen(area.min, b.rect);
            let rect = view.rect_to_screen(area.min, n.rect).intersect(block);
            if !clip.intersects(rect) || !rect.is_positive() {
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
                if n.cut && self.drag.is_none() {
                    super::paint::whole_note(ui, area, view, note, n);
                }
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
                && let Some(edit) = self.drop(version, board, &drag, mods.alt, lang)
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

    /// The line counting a block's hidden notes opens the block enlarged.
    pub(super) fn interact_hidden(
        &mut self,
        ui: &egui::Ui,
        area: Rect,
        view: &View,
        board: &Board,
        lang: Lang,
    ) {
        for b in &board.blocks {
            let Some(band) = b.band else {
                continue;
            };
            let rect = view.rect_to_screen(area.min, band);
            let resp = ui.interact(
                rect,
                ui.scope_id().with(("hidden-notes", b.block.id())),
                Sense::click(),
            );
            let label = T::HiddenNotes.count(lang, b.hidden.len());
            resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if resp.hovered() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            }
            if resp.clicked() {
                self.enlarge(b.block);
            }
        }
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
        board: &Board,
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
            && let Some(b) = board.block_at(p.x, p.y)
            && let Some(home) = version.layout.block_rect(b.block)
        {
            // A new note where the user asked in a block drawn as placed; at the end of a
            // packed (or enlarged) block, whose notes go in reading order.
            let h = geometry::note_height("");
            let (x, y) = if b.mode == BlockMode::Placed && self.focus.is_none() {
                clamp_into_block(
                    version,
                    b.block,
                    p.x - home.x - NOTE_W / 2.0,
                    p.y - home.y - h / 2.0,
                    h,
                )
            } else {
                geometry::after_last(version, b.block, &[])
            };
            self.selection.clear();
            self.start_editing(
                EditTarget::New {
                    block: b.block,
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
            for (_, n) in board.notes() {
                if n.rect.overlaps(&band) {
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
