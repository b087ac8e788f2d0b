//! The in-place text editor of a note. Its text becomes one edit when editing ends (Esc,
//! Ctrl+Enter or a click outside); a note left empty is deleted, a new one never created.
//! The app commits the text early, as the same edit, before a save, a quit or anything
//! that replaces the document ([`CanvasState::edit_outcome`]).

use std::sync::Arc;

use eframe::egui::text::LayoutJob;
use eframe::egui::{self, Galley, Id, Key, Modifiers, Rect, StrokeKind, vec2};

use super::{CanvasEvent, CanvasState, Edit, EditTarget};
use crate::geometry::{self, NOTE_FONT, NOTE_LINE_H, NOTE_PAD, NOTE_W};
use crate::i18n::T;
use crate::model::{Lang, Note, Version};
use crate::ops::Op;
use crate::ui::{fonts, theme, view::View};

/// Id of the text field of the note editor (kittest finds it by its label).
pub const EDITOR_ID: &str = "holst-note-editor";

impl CanvasState {
    /// Shows the text editor over the note being edited and ends editing when it loses
    /// the keyboard.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn show_editor(
        &mut self,
        ui: &mut egui::Ui,
        area: Rect,
        view: &View,
        version: &Version,
        board: &geometry::Board,
        lang: Lang,
        events: &mut Vec<CanvasEvent>,
    ) {
        let Some(editing) = self.editing.as_mut() else {
            return;
        };
        // The editor shows the whole text at full size, from the note's top-left corner
        // as drawn (a packed note is drawn smaller, a long one cut).
        let (top_left, colour) = match editing.target {
            EditTarget::Note(id) => {
                let Some(n) = version.note(id) else {
                    self.editing = None;
                    return;
                };
                let at = board.note(id).map(|b| (b.rect.x, b.rect.y)).or_else(|| {
                    version
                        .layout
                        .block_rect(n.block)
                        .map(|b| (b.x + n.x, b.y + n.y))
                });
                (at, n.colour)
            }
            EditTarget::New {
                block,
                x,
                y,
                colour,
            } => (
                version.layout.block_rect(block).map(|b| (b.x + x, b.y + y)),
                colour,
            ),
        };
        let Some((left, top)) = top_left else {
            self.editing = None;
            return;
        };
        let height = self.cache.height(&editing.buffer);
        let rect =
            view.rect_to_screen(area.min, crate::model::Rect::new(left, top, NOTE_W, height));
        ui.painter().rect(
            rect.expand(2.0),
            2.0,
            theme::note_fill(colour),
            egui::Stroke::new(theme::SELECTION_W, theme::SELECTION),
            StrokeKind::Outside,
        );
        let inner = rect.shrink(NOTE_PAD * view.zoom);
        let id = Id::unique(EDITOR_ID);
        let ctrl_enter = ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::Enter));
        let zoom = view.zoom;
        let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, _width: f32| {
            note_galley(ui, text.as_str(), zoom)
        };
        let resp = ui.put(
            Rect::from_min_size(inner.min, vec2(inner.width(), inner.height().max(10.0))),
            egui::TextEdit::multiline(&mut editing.buffer)
                .id(id)
                .font(fonts::regular(NOTE_FONT * view.zoom))
                .text_color(theme::NOTE_TEXT)
                .frame(egui::Frame::NONE)
                .background_color(egui::Color32::TRANSPARENT)
                .desired_width(inner.width())
                .desired_rows(1)
                .layouter(&mut layouter)
                .hint_text(
                    egui::RichText::new(T::NoteText.get(lang))
                        .font(fonts::regular(NOTE_FONT * view.zoom))
                        .color(theme::PLACEHOLDER),
                )
                .margin(egui::Margin::ZERO),
        );
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        if !editing.had_focus {
            // Focus is granted a frame or two after it is asked for; until then a missing
            // focus does not mean the user left the editor.
            editing.had_focus = resp.has_focus();
            if !editing.had_focus {
                resp.request_focus();
                ui.ctx().request_repaint();
            }
            if !(ctrl_enter || escape) {
                return;
            }
        }
        if resp.lost_focus() || ctrl_enter || escape || !resp.has_focus() {
            self.finish_editing(version, lang, events);
        }
    }

    /// Ends text editing, turning the typed text into one edit.
    pub fn finish_editing(&mut self, version: &Version, lang: Lang, events: &mut Vec<CanvasEvent>) {
        let outcome = self.edit_outcome(version, lang);
        self.editing = None;
        match outcome {
            EditOutcome::Unchanged => {}
            EditOutcome::Text(edit) => events.push(CanvasEvent::Edit(edit)),
            EditOutcome::Remove(edit, id) => {
                self.selection.remove(&id);
                events.push(CanvasEvent::Edit(edit));
            }
            EditOutcome::Add(version, note) => events.push(CanvasEvent::AddNote(version, note)),
        }
    }

    /// What ending the editor now would do to the version, without ending it: the app
    /// commits it before a save or a quit, and a recovery copy includes it.
    pub fn edit_outcome(&self, version: &Version, lang: Lang) -> EditOutcome {
        let Some(editing) = self.editing.as_ref() else {
            return EditOutcome::Unchanged;
        };
        let text = editing.buffer.trim().to_owned();
        match editing.target {
            EditTarget::Note(id) => {
                let Some(note) = version.note(id) else {
                    return EditOutcome::Unchanged;
                };
                if text.is_empty() {
                    EditOutcome::Remove(
                        Edit {
                            label: T::DeleteNotes.get(lang).to_owned(),
                            ops: vec![Op::RemoveNote {
                                version: version.id,
                                note: id,
                            }],
                        },
                        id,
                    )
                } else if text == note.text {
                    EditOutcome::Unchanged
                } else {
                    // A note that grew over its neighbours in a block drawn as placed moves
                    // to the free place nearest to it, in the same step.
                    let placed = self
                        .boards
                        .last()
                        .block(note.block)
                        .is_some_and(|b| b.mode == geometry::BlockMode::Placed);
                    let mut ops = vec![Op::SetNoteText {
                        version: version.id,
                        note: id,
                        text: text.clone(),
                    }];
                    if placed
                        && let Some((x, y)) = crate::ops::place_after_growth(version, id, &text)
                    {
                        ops.push(Op::MoveNote {
                            version: version.id,
                            note: id,
                            block: note.block,
                            x,
                            y,
                        });
                    }
                    EditOutcome::Text(Edit {
                        label: T::EditNote.get(lang).to_owned(),
                        ops,
                    })
                }
            }
            EditTarget::New {
                block,
                x,
                y,
                colour,
            } => {
                if text.is_empty() {
                    return EditOutcome::Unchanged;
                }
                let h = geometry::note_height(&text);
                let (x, y) = super::clamp_into_block(version, block, x, y, h);
                // Not over a neighbour: the free place nearest to where it was started.
                let (x, y) = geometry::nearest_free_spot(version, block, (x, y), h, &[]);
                EditOutcome::Add(
                    version.id,
                    Note {
                        id: crate::model::NoteId(0),
                        block,
                        colour,
                        x,
                        y,
                        text,
                    },
                )
            }
        }
    }

    /// Keeps the editor open on a note the app has just created from it (a new note whose
    /// text was committed while typing goes on).
    pub fn keep_editing(&mut self, id: crate::model::NoteId) {
        if let Some(editing) = self.editing.as_mut() {
            editing.target = EditTarget::Note(id);
        }
    }
}

/// The editor's text laid out in the lines of [`geometry::note_lines`], the function the
/// note on the canvas and the PDF wrap with: one row per line, built from the text's own
/// characters (the whitespace where a line breaks stays at the end of its row), so the
/// cursor's character positions are those of the text and nothing outgrows the note.
fn note_galley(ui: &egui::Ui, text: &str, zoom: f32) -> Arc<Galley> {
    let format = egui::TextFormat {
        font_id: fonts::regular(NOTE_FONT * zoom),
        color: theme::NOTE_TEXT,
        line_height: Some(NOTE_LINE_H * zoom),
        ..Default::default()
    };
    let job = |s: &str| {
        let mut job = LayoutJob::single_section(s.to_owned(), format.clone());
        job.wrap.max_width = f32::INFINITY;
        job
    };
    // Each line with the whitespace after it; `true` where the text breaks the line.
    let ranges = geometry::note_line_ranges(text);
    let mut pieces: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    let mut start = 0;
    for (i, line) in ranges.iter().enumerate() {
        let Some(next) = ranges.get(i + 1) else {
            pieces.push((start..text.len(), false));
            break;
        };
        if let Some(k) = text[line.end..next.start].find('\n') {
            pieces.push((start..line.end + k, true));
            start = line.end + k + 1;
        } else {
            pieces.push((start..next.start, false));
            start = next.start;
        }
    }
    let rows: Vec<Arc<Galley>> = pieces
        .iter()
        .map(|(r, _)| ui.painter().layout_job(job(&text[r.clone()])))
        .collect();
    let mut galley = Galley::concat(Arc::new(job(text)), &rows, ui.pixels_per_point());
    // Rows one line height apart from the top, each on a whole pixel, as the note's text
    // is laid out (stacking rounded rows would drift down by the rounding of each).
    let line_h = NOTE_LINE_H * zoom;
    let ppp = ui.pixels_per_point();
    let mut bounds = egui::Rect::NOTHING;
    let mut width: f32 = 0.0;
    for (i, (row, (_, hard))) in galley.rows.iter_mut().zip(&pieces).enumerate() {
        row.ends_with_newline = *hard;
        row.pos.y = (i as f32 * line_h * ppp).round() / ppp;
        bounds |= row.visuals.mesh_bounds.translate(row.pos.to_vec2());
        width = width.max(row.size.x);
    }
    galley.rect = Rect::from_min_size(egui::Pos2::ZERO, vec2(width, pieces.len() as f32 * line_h));
    galley.mesh_bounds = bounds;
    Arc::new(galley)
}

/// What ending the text editor would do.
#[derive(Debug, Clone, PartialEq)]
pub enum EditOutcome {
    /// Nothing: the text is as it was, or a new note was left empty.
    Unchanged,
    /// The note's text changes.
    Text(Edit),
    /// The note was emptied and is removed.
    Remove(Edit, crate::model::NoteId),
    /// A new note is added to the version (its id is to be chosen by the app).
    Add(crate::model::VersionId, Note),
}
