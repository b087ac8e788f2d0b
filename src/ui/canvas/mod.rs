//! The canvas widget: draws the current version and turns pointer and keyboard input on
//! it into edits (lists of [`Op`]s, one undo step each) for the app to apply.
//!
//! Nothing here changes the model: a drag is shown as a displacement while it lasts and
//! becomes one edit when the note is dropped; a note's text lives in the editor's buffer
//! until editing ends and then becomes one edit.

mod board;
mod drop;
mod edit;
mod interact;
mod lod;
pub mod paint;
mod text_cache;
mod text_paint;

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use eframe::egui::{self, Pos2, Sense, Vec2};

use crate::command::Command;
use crate::geometry::{self, Board};
use crate::model::{BlockId, CANVAS_W, Colour, Lang, NoteId, Version, VersionId};
use crate::ops::Op;
use crate::ui::view::View;
pub use board::BoardCache;
pub use edit::{EDITOR_ID, EditOutcome};
pub use paint::{NoteMark, TextCache};

/// One user action on the canvas, to be applied as one undo step.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// What the user did, for Edit → Undo.
    pub label: String,
    /// The changes, applied in order.
    pub ops: Vec<Op>,
}

/// What the canvas asks of the app this frame.
#[derive(Debug, Clone, PartialEq)]
pub enum CanvasEvent {
    /// Apply these changes as one step.
    Edit(Edit),
    /// Run a command on the selection (from the note's context menu).
    Command(Command),
    /// Add this note to this version (its id is to be chosen by the app) as one step,
    /// and select it.
    AddNote(VersionId, crate::model::Note),
}

/// Which note the text editor is open on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EditTarget {
    /// An existing note.
    Note(NoteId),
    /// A note that exists only once its text is not empty.
    New {
        /// The block it goes into.
        block: BlockId,
        /// Left edge from the block's left edge.
        x: f32,
        /// Top edge from the block's top edge.
        y: f32,
        /// Its colour.
        colour: Colour,
    },
}

/// The open text editor of a note.
#[derive(Debug, Clone)]
pub struct Editing {
    /// The note being edited.
    pub target: EditTarget,
    /// The text as typed so far.
    pub buffer: String,
    /// The editor has had the keyboard focus (it is requested until it has).
    had_focus: bool,
}

/// A drag of notes in progress.
#[derive(Debug, Clone)]
struct Drag {
    notes: Vec<NoteId>,
    /// Pointer position at the start, in canvas units.
    start: Pos2,
    /// Current displacement, in canvas units.
    delta: Vec2,
}

/// State of the canvas that is not part of the document.
#[derive(Debug, Default)]
pub struct CanvasState {
    views: HashMap<VersionId, View>,
    /// Wrapped text of notes.
    pub cache: TextCache,
    /// Selected notes of the version shown.
    pub selection: BTreeSet<NoteId>,
    /// The open text editor, if any.
    pub editing: Option<Editing>,
    /// Colour given to new notes.
    pub new_colour: Colour,
    drag: Option<Drag>,
    /// Start of a rubber-band selection, in canvas units.
    band: Option<Pos2>,
    /// The version the selection belongs to.
    shown: Option<VersionId>,
    /// Size of the area at the last frame, for fitting on command.
    last_area: Vec2,
    /// Marks the caller wants on notes this frame (hypothesis status, differences).
    pub marks: HashMap<NoteId, Vec<NoteMark>>,
    /// The note under the pointer at the last frame.
    pub hovered: Option<NoteId>,
    /// Where notes are drawn: the board of the version shown, kept between frames.
    pub boards: BoardCache,
    /// The block shown enlarged, alone, if any (Esc returns to the whole canvas).
    pub focus: Option<BlockId>,
    /// The view of the enlarged block.
    focus_view: Option<View>,
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

    /// Zooms the version's view (or the enlarged block's) by a factor around the centre
    /// of the canvas area.
    pub fn zoom_by(&mut self, version: VersionId, factor: f32) {
        let area = self.last_area;
        let mut view = match self.focus {
            Some(_) => self
                .focus_view
                .unwrap_or_else(|| View::fit_width(area, CANVAS_W)),
            None => self.view(version),
        };
        if view.fitted {
            view = View::fit(area);
        }
        view.zoom_around(Pos2::ZERO, (area / 2.0).to_pos2(), factor);
        if self.focus.is_some() {
            self.focus_view = Some(view);
        } else {
            self.views.insert(version, view);
        }
    }

    /// Fits the version's canvas (or the enlarged block's width) to the window again.
    pub fn fit(&mut self, version: VersionId) {
        if self.focus.is_some() {
            self.focus_view = None;
        } else {
            self.views.insert(version, View::default());
        }
    }

    /// Pans and zooms the version's view so that `r` (canvas units) is in the middle of
    /// the canvas, large enough to read; `false` when the canvas has not been shown yet
    /// (its size is unknown).
    pub fn focus_on(&mut self, version: VersionId, r: crate::model::Rect) -> bool {
        let area = self.last_area;
        if area.x <= 0.0 || area.y <= 0.0 {
            return false;
        }
        let fitted = View::fit(area).zoom;
        let zoom = (area.x * crate::ui::theme::FOCUS_SHARE / r.w.max(1.0))
            .min(area.y * crate::ui::theme::FOCUS_SHARE / r.h.max(1.0))
            .clamp(fitted, crate::ui::theme::FOCUS_ZOOM_MAX.max(fitted));
        let centre = Vec2::new(r.x + r.w / 2.0, r.y + r.h / 2.0);
        self.views.insert(
            version,
            View {
                zoom,
                offset: area / 2.0 - centre * zoom,
                fitted: false,
            },
        );
        true
    }

    /// Selects every note of the version.
    pub fn select_all(&mut self, version: &Version) {
        self.selection = version.notes.iter().map(|n| n.id).collect();
    }

    /// Opens the text editor on a note.
    pub fn start_editing(&mut self, target: EditTarget, text: &str) {
        self.editing = Some(Editing {
            target,
            buffer: text.to_owned(),
            had_focus: false,
        });
    }

    /// Shows `block` enlarged, alone on the canvas, every note whole at full size.
    pub fn enlarge(&mut self, block: BlockId) {
        self.focus = Some(block);
        self.focus_view = None;
        self.drag = None;
        self.band = None;
    }

    /// Returns from an enlarged block to the whole canvas; `false` when none was shown.
    pub fn leave_block(&mut self) -> bool {
        self.focus_view = None;
        self.focus.take().is_some()
    }

    /// The zoom the canvas was last drawn at: the enlarged block's, else the version's
    /// (fitted to the area it was last shown in).
    pub fn shown_zoom(&self, version: VersionId) -> f32 {
        if let (Some(_), Some(v)) = (self.focus, self.focus_view) {
            return v.zoom;
        }
        let v = self.view(version);
        if v.fitted && self.last_area.x > 0.0 {
            View::fit(self.last_area).zoom
        } else {
            v.zoom
        }
    }

    /// The board drawn at the last frame (where each note is, which are hidden).
    pub fn board(&self) -> Rc<Board> {
        self.boards.last()
    }

    /// Whether a drag of notes is in progress.
    pub fn dragging(&self) -> bool {
        self.drag.is_some()
    }

    /// Shows a version's canvas filling the remaining space of `ui`; returns what the user
    /// asked for.
    pub fn show(&mut self, ui: &mut egui::Ui, version: &Version, lang: Lang) -> Vec<CanvasEvent> {
        if self.shown != Some(version.id) {
            self.selection.clear();
            self.editing = None;
            self.drag = None;
            self.band = None;
            self.shown = Some(version.id);
        }
        self.selection.retain(|id| version.note(*id).is_some());
        if self.focus.is_some_and(|b| !version.layout.has_block(b)) {
            self.leave_block();
        }
        let board = self.boards.get(version, self.focus);
        // Texts the canvas no longer draws leave the cache (never all at once).
        self.cache.begin_frame(ui.ctx().cumulative_pass_nr());
        let (area, background) =
            ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        self.last_area = area.size();
        let mut view = match (self.focus, self.focus_view) {
            (None, _) => {
                let view = self.view(version.id);
                if view.fitted {
                    View::fit(area.size())
                } else {
                    view
                }
            }
            (Some(_), Some(view)) => view,
            (Some(_), None) => View::fit_width(area.size(), CANVAS_W),
        };
        let mut events = Vec::new();
        interact::navigate(ui, &background, area, &mut view);
        let drop_target = self.drop_target(&board);
        let painter = ui.painter_at(area);
        {
            let selection = &self.selection;
            let extra = &self.marks;
            let drag = self.drag.as_ref();
            let marks = |id: NoteId| {
                let mut m = extra.get(&id).cloned().unwrap_or_default();
                if selection.contains(&id) {
                    m.push(NoteMark::Selected);
                }
                m
            };
            let dragged = |id: NoteId| drag.filter(|d| d.notes.contains(&id)).map(|d| d.delta);
            let hidden = match self.editing.as_ref().map(|e| e.target) {
                Some(EditTarget::Note(id)) => Some(id),
                _ => None,
            };
            let decor = paint::Decor {
                lang,
                marks: &marks,
                hidden,
                dragged: &dragged,
                drop_target,
            };
            paint::paint_board(&painter, area, &view, version, &board, &decor);
        }
        interact::help_buttons(ui, area, &view, version, &board, lang);
        self.interact_notes(ui, area, &view, version, &board, lang, &mut events);
        self.interact_hidden(ui, area, &view, &board, lang);
        self.interact_background(ui, &background, area, &view, version, &board);
        if let Some(start) = self.band
            && let Some(p) = ui.input(|i| i.pointer.latest_pos())
        {
            let a = view.to_screen(area.min, start.x, start.y);
            paint::rubber_band(&painter, egui::Rect::from_two_pos(a, p));
        }
        self.show_editor(ui, area, &view, version, &board, lang, &mut events);
        if let Some(block) = self.focus {
            enlarged_heading(ui, area, version, block, lang);
        }
        if self.focus.is_some() {
            self.focus_view = Some(view);
        } else {
            self.views.insert(version.id, view);
        }
        events
    }

    /// The block under the grabbed note's centre while a drag is in progress.
    fn drop_target(&self, board: &Board) -> Option<BlockId> {
        let drag = self.drag.as_ref()?;
        let r = board.note(*drag.notes.first()?)?.rect;
        board
            .block_at(
                r.x + r.w / 2.0 + drag.delta.x,
                r.y + r.h / 2.0 + drag.delta.y,
            )
            .map(|b| b.block)
    }
}

/// The line at the top of an enlarged block saying which block it is and how to return.
fn enlarged_heading(
    ui: &egui::Ui,
    area: egui::Rect,
    version: &Version,
    block: BlockId,
    lang: Lang,
) {
    let title = block.title_in(version.layout, lang);
    let text = crate::i18n::T::EnlargedBlock.fill(lang, title);
    let painter = ui.painter_at(area);
    let galley = painter.layout_no_wrap(
        text,
        crate::ui::fonts::regular(13.0),
        crate::ui::theme::BLOCK_TITLE,
    );
    let rect = egui::Rect::from_min_size(
        area.right_bottom() - galley.size() - egui::vec2(16.0, 12.0),
        galley.size() + egui::vec2(10.0, 6.0),
    );
    painter.rect_filled(rect, 3.0, crate::ui::theme::SHEET_BG);
    painter.galley(
        rect.min + egui::vec2(5.0, 3.0),
        galley,
        crate::ui::theme::BLOCK_TITLE,
    );
}

/// Clamps a note's offset so the note lies inside its block's content area (see
/// [`geometry::clamp_into_block`]).
pub fn clamp_into_block(
    version: &Version,
    block: BlockId,
    x: f32,
    y: f32,
    height: f32,
) -> (f32, f32) {
    geometry::clamp_into_block(version.layout, block, x, y, height)
}
