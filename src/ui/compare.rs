//! The compare view: two versions side by side at the same scale, the earlier on the left,
//! differences marked on the canvases (added, removed, changed, moved, recoloured), and
//! beside them the list of differences grouped by block with a legend of the marks
//! ([`compare_list`](super::compare_list)). Choosing a difference pans and zooms both
//! canvases to it; it can be taken into either version. Notes can be edited here as on the
//! main canvas; the marks follow.

use std::collections::{BTreeSet, HashMap};

use eframe::egui::{self, Sense};

use crate::diff::{self, Diff, Key, Kind, Mark};
use crate::i18n::T;
use crate::model::{Lang, NoteId, Version, VersionId};
use crate::ui::canvas::{CanvasState, NoteMark};
use crate::ui::{Ctx, Intent, compare_list, compare_overlay, theme};

/// Which two versions are compared, a canvas for each, and the list's state.
#[derive(Default)]
#[allow(clippy::struct_excessive_bools)] // independent flags of one view, not a state machine
pub struct CompareView {
    /// The compared versions: the earlier (left) and the later (right).
    pub chosen: Vec<VersionId>,
    canvases: HashMap<VersionId, CanvasState>,
    /// The differences, with the history revision and pair they were made for.
    diff: Option<(u64, Vec<VersionId>, Diff)>,
    /// The difference chosen in the list.
    pub selected: Option<Key>,
    /// Its place in the list, to choose the next one when it is taken.
    selected_at: usize,
    /// Differences ticked in the list, to take together.
    pub checked: BTreeSet<Key>,
    /// Zoom to the selected difference as soon as the canvases know their size.
    focus_pending: bool,
    /// Whether the two canvases pan and zoom together (until a difference is chosen).
    unlinked: bool,
    /// Scroll the list to the selected difference.
    scroll_pending: bool,
    /// One full-size canvas of the later version with the earlier state drawn in,
    /// rather than the two side by side.
    pub overlay: bool,
}

impl CompareView {
    /// The marks drawn on a compared version's notes at the last frame.
    pub fn marks(&self, version: VersionId) -> Option<&HashMap<NoteId, Vec<NoteMark>>> {
        self.canvases.get(&version).map(|c| &c.marks)
    }

    /// Fits both canvases to their panes again, panning and zooming together.
    pub fn fit(&mut self) {
        for (id, c) in &mut self.canvases {
            c.fit(*id);
        }
        self.unlinked = false;
    }

    /// Zooms both canvases by a factor, together.
    pub fn zoom_by(&mut self, factor: f32) {
        for (id, c) in &mut self.canvases {
            c.zoom_by(*id, factor);
        }
    }

    /// Chooses a difference (or none) and zooms to it.
    pub fn select(&mut self, key: Option<Key>, at: usize) {
        self.selected = key;
        self.selected_at = at;
        self.focus_pending = key.is_some();
        self.scroll_pending = key.is_some();
        for c in self.canvases.values_mut() {
            c.selection.clear();
        }
    }

    /// Whether the list should scroll to the selected difference (once after choosing).
    pub fn take_scroll(&mut self) -> bool {
        std::mem::take(&mut self.scroll_pending)
    }

    /// The view of a compared version's canvas.
    pub fn view_of(&self, version: VersionId) -> Option<crate::ui::view::View> {
        self.canvases.get(&version).map(|c| c.view(version))
    }

    /// Whether a note is selected on a canvas (the arrow keys then move it).
    fn canvas_selection(&self) -> bool {
        self.canvases.values().any(|c| !c.selection.is_empty())
    }

    /// The differences of the chosen pair, computed anew after a change.
    fn take_diff(&mut self, model: &crate::model::Model, revision: u64) -> Diff {
        match self.diff.take() {
            Some((r, chosen, d)) if r == revision && chosen == self.chosen => d,
            _ => match (self.version(model, 0), self.version(model, 1)) {
                (Some(a), Some(b)) => diff::diff(a, b),
                _ => Diff::default(),
            },
        }
    }

    fn version<'m>(&self, model: &'m crate::model::Model, i: usize) -> Option<&'m Version> {
        self.chosen.get(i).and_then(|id| model.version(*id))
    }

    /// Keeps the list's choice valid after the differences changed: a difference taken
    /// gives way to the one that took its place.
    fn follow(&mut self, listed: &[Key]) {
        self.checked.retain(|k| listed.contains(k));
        if let Some(k) = self.selected
            && !listed.contains(&k)
        {
            let next = self.selected_at.min(listed.len().saturating_sub(1));
            self.select(listed.get(next).copied(), next);
        }
    }

    /// Pans and zooms each canvas to the selected difference's note on its side.
    fn focus(&mut self, pair: [&Version; 2]) {
        let Some(key) = self.selected.filter(|_| self.focus_pending) else {
            return;
        };
        let mut done = true;
        let sides = [diff::Side::A, diff::Side::B];
        for (version, side) in pair.into_iter().zip(sides) {
            // The note itself (a tie: its note, on the side that has the tie).
            let note = selected_notes(key, side)
                .first()
                .and_then(|id| version.note(NoteId(*id)));
            // In overlay mode a removed note is shown (as a ghost) on the later canvas.
            let (version, note) = match (self.overlay, note) {
                (true, Some(n)) if version.id == pair[0].id && key.b.is_none() => (
                    pair[1],
                    Some(std::borrow::Cow::Owned(crate::model::Note {
                        block: pair[1].layout.home_for(n.block),
                        ..n.clone()
                    })),
                ),
                (_, n) => (version, n.map(std::borrow::Cow::Borrowed)),
            };
            let Some(note) = note else {
                continue;
            };
            let canvas = self.canvases.entry(version.id).or_default();
            let h = canvas.cache.height(&note.text);
            // Where the canvas draws it (packed notes are smaller), else at its place.
            let drawn = canvas.board().note(note.id).map(|n| n.rect);
            if let Some(r) = drawn.or_else(|| crate::geometry::note_rect(version.layout, &note, h))
            {
                done &= canvas.focus_on(version.id, r);
            }
        }
        self.focus_pending = !done;
        self.unlinked = true;
    }
}

/// The marks of one note, given its diff against the previous and the next version (the
/// mapping [`diff::note_mark`] the PDF uses too).
pub fn marks_of(earlier: Option<&Mark>, later: Option<&Mark>) -> Vec<NoteMark> {
    diff::note_mark(earlier, later)
        .map(mark_outline)
        .into_iter()
        .collect()
}

/// The outline a kind of difference draws around a note (colours of [`holst_core::style`]).
pub fn mark_outline(kind: Kind) -> NoteMark {
    let (rgb, dashed) = holst_core::style::mark(kind);
    NoteMark::Outline {
        colour: theme::rgb(rgb),
        dashed,
    }
}

/// A one-line summary of a diff: counts of each kind, recoloured notes and cards included.
pub fn summary(d: &Diff, lang: Lang) -> String {
    let c = d.counts();
    let line = format!(
        "+{} {} · −{} {} · ~{} {} · >{} {} · ◌{} {}",
        c.added,
        T::Added.get(lang),
        c.removed,
        T::Removed.get(lang),
        c.changed,
        T::Changed.get(lang),
        c.moved,
        T::Moved.get(lang),
        c.recoloured,
        T::Recoloured.get(lang),
    );
    if c.cards > 0 {
        format!("{line} · {}: {}", T::Cards.get(lang), c.cards)
    } else {
        line
    }
}

/// Draws the compare view in place of the canvas.
pub fn compare_view(
    ui: &mut egui::Ui,
    app: &Ctx<'_>,
    compare_view: &mut CompareView,
) -> Vec<Intent> {
    let lang = app.lang;
    let ctx = ui.ctx().clone();
    let mut view = std::mem::take(compare_view);
    let model = app.doc.model();
    let order: Vec<VersionId> = model.versions.iter().map(|v| v.id).collect();
    view.chosen.retain(|id| order.contains(id));
    view.chosen.dedup();
    if view.chosen.len() != 2 {
        view.chosen = default_pair(&order, app.doc.current());
    }
    choice_bar(ui, app, &mut view.chosen, &mut view.overlay);
    let revision = app.doc.history().revision();
    let d = view.take_diff(model, revision);
    let (Some(a), Some(b)) = (view.version(model, 0), view.version(model, 1)) else {
        *compare_view = view;
        return Vec::new();
    };
    let layouts = (b.layout, a.layout);
    let listed: Vec<Key> = d
        .listed(layouts.0, layouts.1)
        .iter()
        .map(diff::Item::key)
        .collect();
    view.follow(&listed);
    step_with_keys(&ctx, &mut view, &listed);
    let mut intents = compare_list::list_panel(ui, app, &mut view, &d, [a, b]);
    summary_bar(ui, app, [a, b], &d);
    view.focus([a, b]);
    let mut events = Vec::new();
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE)
        .show(ui, |ui| {
            let overlay = view.overlay;
            let shown: Vec<(diff::Side, &Version)> = if overlay {
                vec![(diff::Side::B, b)]
            } else {
                vec![(diff::Side::A, a), (diff::Side::B, b)]
            };
            #[allow(clippy::cast_precision_loss)] // one or two panes
            let width = ui.available_width() / shown.len() as f32;
            let size = egui::vec2(width, ui.available_height());
            let shared = (!view.unlinked && !overlay)
                .then(|| view.canvases.get(&a.id).map(|c| c.view(a.id)))
                .flatten();
            let mut changed_view = None;
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                for (side, version) in shown {
                    let pane = Pane {
                        side,
                        version,
                        earlier: overlay.then_some(a),
                        shared,
                    };
                    if let Some(v) = pane.show(ui, &mut view, &d, size, lang, &mut events) {
                        changed_view = Some(v);
                    }
                }
            });
            if let Some(v) = changed_view.filter(|_| !view.unlinked && !overlay) {
                for id in &view.chosen {
                    if let Some(c) = view.canvases.get_mut(id) {
                        c.set_view(*id, v);
                    }
                }
            }
        });
    view.diff = Some((revision, view.chosen.clone(), d));
    *compare_view = view;
    intents.extend(events.into_iter().map(Intent::from));
    intents
}

/// One canvas of the compare view.
struct Pane<'a> {
    side: diff::Side,
    version: &'a Version,
    /// In overlay mode, the earlier version drawn into this (the later) one.
    earlier: Option<&'a Version>,
    /// The view both canvases share, when they pan and zoom together.
    shared: Option<crate::ui::view::View>,
}

impl Pane<'_> {
    /// Draws the pane in a `size` area; returns its view when the user panned or zoomed.
    fn show(
        &self,
        ui: &mut egui::Ui,
        view: &mut CompareView,
        d: &Diff,
        pane_size: egui::Vec2,
        lang: Lang,
        events: &mut Vec<crate::ui::canvas::CanvasEvent>,
    ) -> Option<crate::ui::view::View> {
        let (side, version, id) = (self.side, self.version, self.version.id);
        let selected = view.selected;
        let canvas = view.canvases.entry(id).or_default();
        if let Some(s) = self.shared {
            canvas.set_view(id, s);
        }
        let before = canvas.view(id);
        canvas.marks = note_marks(d, side, version, selected);
        let (rect, _) = ui.allocate_exact_size(pane_size, Sense::hover());
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .id_salt(("compare-canvas", id.0))
                .layout(egui::Layout::top_down(egui::Align::Min))
                .max_rect(rect.shrink(2.0)),
        );
        ui.painter().rect_filled(rect, 0.0, theme::WORKSPACE_BG);
        let which = match side {
            diff::Side::A => T::CompareEarlier,
            diff::Side::B => T::CompareLater,
        };
        child.label(
            egui::RichText::new(format!("{}: {}", which.get(lang), version.name))
                .strong()
                .color(theme::BLOCK_TITLE),
        );
        let area = child.available_rect_before_wrap();
        events.extend(canvas.show(&mut child, version, lang));
        if self.earlier.is_some() {
            let painter = child.painter_at(area);
            let v = canvas.view(id);
            let board = canvas.board();
            compare_overlay::paint_earlier(
                &painter,
                area.min,
                &v,
                (version, &board),
                d,
                selected,
                &mut canvas.cache,
            );
        }
        if let Some(hovered) = canvas.hovered
            && let Some(text) = hover_text(d.mark(side, hovered), side, lang)
        {
            egui::Tooltip::always_open(
                child.ctx().clone(),
                child.layer_id(),
                egui::Id::unique(("compare-hover", id.0)),
                egui::PopupAnchor::Pointer,
            )
            .show(|ui| ui.label(text));
        }
        (canvas.view(id) != before).then(|| canvas.view(id))
    }
}

/// The arrow keys step through the list, unless a field has the keyboard or a note on a
/// canvas is selected (they move it then).
fn step_with_keys(ctx: &egui::Context, view: &mut CompareView, listed: &[Key]) {
    let typing = ctx.memory(|m| m.focused().is_some());
    if typing || view.canvas_selection() || listed.is_empty() {
        return;
    }
    let step = ctx.input_mut(|i| {
        let down = i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown);
        let up = i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp);
        i8::from(down) - i8::from(up)
    });
    if step != 0 {
        let at = view
            .selected
            .and_then(|k| listed.iter().position(|l| *l == k))
            .map_or(if step > 0 { 0 } else { listed.len() - 1 }, |i| {
                i.saturating_add_signed(isize::from(step))
                    .min(listed.len() - 1)
            });
        view.select(Some(listed[at]), at);
    }
}

/// The notes of one side the chosen difference concerns: the note (of a note change or a
/// profile), or a tie's note and segment on the side that has the tie.
fn selected_notes(k: Key, side: diff::Side) -> Vec<u64> {
    use diff::ItemKind;
    let one = match side {
        diff::Side::A => k.a,
        diff::Side::B => k.b,
    };
    match (k.kind, side) {
        (kind, _) if kind.keys_a_note() => one.into_iter().collect(),
        (ItemKind::TieAdded, diff::Side::B) | (ItemKind::TieRemoved, diff::Side::A) => {
            k.a.into_iter().chain(k.b).collect()
        }
        _ => Vec::new(),
    }
}

/// The marks of a version's notes: each note's difference, and the chosen difference's
/// note drawn as selected.
fn note_marks(
    d: &Diff,
    side: diff::Side,
    version: &Version,
    selected: Option<Key>,
) -> HashMap<NoteId, Vec<NoteMark>> {
    version
        .notes
        .iter()
        .map(|n| {
            let mark = d.mark(side, n.id);
            let mut marks = match side {
                diff::Side::A => marks_of(None, mark),
                diff::Side::B => marks_of(mark, None),
            };
            if selected.is_some_and(|k| selected_notes(k, side).contains(&n.id.0)) {
                marks.push(NoteMark::Selected);
            }
            (n.id, marks)
        })
        .filter(|(_, m)| !m.is_empty())
        .collect()
}

/// Two drop-downs choosing the earlier and the later version, a button swapping them, and
/// the overlay switch.
fn choice_bar(ui: &mut egui::Ui, app: &Ctx<'_>, chosen: &mut [VersionId], overlay: &mut bool) {
    let lang = app.lang;
    let versions = &app.doc.model().versions;
    let name = |id: VersionId| {
        versions
            .iter()
            .find(|v| v.id == id)
            .map_or_else(String::new, |v| v.name.clone())
    };
    egui::Panel::top("compare-choice").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.strong(T::Compare.get(lang));
            for (i, which) in [T::CompareEarlier, T::CompareLater].into_iter().enumerate() {
                let label = ui.label(which.get(lang));
                let other = chosen[1 - i];
                let mut pick = chosen[i];
                egui::ComboBox::from_id_salt(("compare-pick", i))
                    .selected_text(name(pick))
                    .show_ui(ui, |ui| {
                        for v in versions.iter().filter(|v| v.id != other) {
                            ui.selectable_value(&mut pick, v.id, &v.name);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                chosen[i] = pick;
                if i == 0
                    && ui
                        .button("⇄")
                        .on_hover_text(T::CompareSwap.get(lang))
                        .clicked()
                {
                    chosen.swap(0, 1);
                }
            }
            ui.checkbox(overlay, T::CompareOverlay.get(lang));
            ui.weak(T::CompareKeys.get(lang));
        });
    });
}

/// The line under the canvases with the counts of each kind.
fn summary_bar(ui: &mut egui::Ui, app: &Ctx<'_>, pair: [&Version; 2], d: &Diff) {
    egui::Panel::bottom("compare-summary").show(ui, |ui| {
        ui.label(format!(
            "{} — {}: {}",
            pair[0].name,
            pair[1].name,
            summary(d, app.lang)
        ));
    });
}

/// What hovering a marked note shows: the other version's text, block and colour.
fn hover_text(mark: Option<&Mark>, side: diff::Side, lang: Lang) -> Option<String> {
    let m = mark?;
    // The earlier version's state is shown on the later one only; on the earlier one
    // the later state is what the other canvas shows.
    if side == diff::Side::A {
        return None;
    }
    let mut parts = Vec::new();
    if let Some(old) = &m.other_text {
        parts.push(T::WasText.fill(lang, old));
    }
    if let Some(block) = m.other_block {
        parts.push(T::MovedFrom.fill(lang, block.title(lang)));
    }
    if let Some(colour) = m.other_colour {
        parts.push(T::WasColour.fill(lang, colour.label(lang)));
    }
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// The current version and its neighbour (the one before it, or the next for the first).
fn default_pair(order: &[VersionId], current: VersionId) -> Vec<VersionId> {
    let i = order.iter().position(|id| *id == current).unwrap_or(0);
    match (i.checked_sub(1), order.get(i + 1)) {
        (Some(prev), _) => vec![order[prev], current],
        (None, Some(next)) => vec![current, *next],
        _ => order.to_vec(),
    }
}
