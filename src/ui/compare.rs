//! The compare view: two or more versions side by side at the same scale, pan and zoom in
//! step, differences marked on the canvases (added, removed, changed, moved), a summary
//! line per pair. Notes can be edited here as on the main canvas; the marks follow.

use std::collections::HashMap;

use eframe::egui::{self, Sense};

use crate::diff::{self, Diff, Kind, Mark};
use crate::i18n::T;
use crate::model::{Lang, NoteId, VersionId};
use crate::ui::canvas::{CanvasState, NoteMark};
use crate::ui::{Ctx, Intent, theme};

/// Which versions are compared, and a canvas for each.
#[derive(Default)]
pub struct CompareView {
    /// The compared versions, left (earlier) to right (later), in tab order.
    pub chosen: Vec<VersionId>,
    canvases: HashMap<VersionId, CanvasState>,
    /// Differences of each adjacent pair, with the history revision they were made at.
    diffs: Option<(u64, Vec<VersionId>, Vec<Diff>)>,
}

impl CompareView {
    /// The marks drawn on a compared version's notes at the last frame.
    pub fn marks(&self, version: VersionId) -> Option<&HashMap<NoteId, Vec<NoteMark>>> {
        self.canvases.get(&version).map(|c| &c.marks)
    }

    /// Takes the differences between each chosen version and the next out of the cache,
    /// computing them anew after a change; [`CompareView::keep_diffs`] puts them back.
    fn take_diffs(&mut self, model: &crate::model::Model, revision: u64) -> Vec<Diff> {
        match self.diffs.take() {
            Some((r, chosen, diffs)) if r == revision && chosen == self.chosen => diffs,
            _ => {
                let versions: Vec<_> = self
                    .chosen
                    .iter()
                    .filter_map(|id| model.version(*id))
                    .collect();
                versions
                    .windows(2)
                    .map(|w| diff::diff(w[0], w[1]))
                    .collect()
            }
        }
    }

    /// Caches the differences computed at `revision` for the next frame.
    fn keep_diffs(&mut self, revision: u64, diffs: Vec<Diff>) {
        self.diffs = Some((revision, self.chosen.clone(), diffs));
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

/// A one-line summary of a diff: counts of each kind.
pub fn summary(d: &Diff, lang: Lang) -> String {
    let c = d.counts();
    format!(
        "+{} {} · −{} {} · ~{} {} · >{} {}",
        c.added,
        T::Added.get(lang),
        c.removed,
        T::Removed.get(lang),
        c.changed,
        T::Changed.get(lang),
        c.moved,
        T::Moved.get(lang)
    )
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
    // Keep the choice valid: existing versions in tab order, two by default.
    let order: Vec<VersionId> = app.doc.model().versions.iter().map(|v| v.id).collect();
    view.chosen.retain(|id| order.contains(id));
    if view.chosen.len() < 2 {
        view.chosen = default_pair(&order, app.doc.current());
    }
    view.chosen
        .sort_by_key(|id| order.iter().position(|o| o == id));
    choice_bar(ui, app, &mut view.chosen);
    let revision = app.doc.history().revision();
    let diffs = view.take_diffs(app.doc.model(), revision);
    summary_bar(ui, app, &view.chosen, &diffs);
    let mut events = Vec::new();
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE)
        .show(ui, |ui| {
            let n = view.chosen.len().max(1);
            let width = ui.available_width() / n as f32;
            let height = ui.available_height();
            let shared = view
                .chosen
                .first()
                .and_then(|id| view.canvases.get(id).map(|c| c.view(*id)));
            let mut changed_view = None;
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                for (i, id) in view.chosen.clone().into_iter().enumerate() {
                    let Some(version) = app.doc.model().version(id) else {
                        continue;
                    };
                    let canvas = view.canvases.entry(id).or_default();
                    if let Some(s) = shared {
                        canvas.set_view(id, s);
                    }
                    let before = canvas.view(id);
                    canvas.marks = version
                        .notes
                        .iter()
                        .map(|n| (n.id, note_marks_in(&diffs, i, n.id)))
                        .filter(|(_, m)| !m.is_empty())
                        .collect();
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
                    let mut child = ui.new_child(
                        egui::UiBuilder::new()
                            .id_salt(("compare-canvas", id.0))
                            .layout(egui::Layout::top_down(egui::Align::Min))
                            .max_rect(rect.shrink(2.0)),
                    );
                    ui.painter().rect_filled(rect, 0.0, theme::WORKSPACE_BG);
                    child.label(
                        egui::RichText::new(&version.name)
                            .strong()
                            .color(theme::BLOCK_TITLE),
                    );
                    events.extend(canvas.show(&mut child, version, lang));
                    if let Some(hovered) = canvas.hovered {
                        let earlier = i
                            .checked_sub(1)
                            .and_then(|k| diffs.get(k))
                            .and_then(|d| d.mark_b(hovered));
                        if let Some(text) = hover_text(earlier, lang) {
                            egui::Tooltip::always_open(
                                ctx.clone(),
                                child.layer_id(),
                                egui::Id::unique(("compare-hover", id.0)),
                                egui::PopupAnchor::Pointer,
                            )
                            .show(|ui| ui.label(text));
                        }
                    }
                    if canvas.view(id) != before {
                        changed_view = Some(canvas.view(id));
                    }
                }
            });
            if let Some(v) = changed_view {
                for id in &view.chosen {
                    if let Some(c) = view.canvases.get_mut(id) {
                        c.set_view(*id, v);
                    }
                }
            }
        });
    view.keep_diffs(revision, diffs);
    *compare_view = view;
    events.into_iter().map(Intent::from).collect()
}

/// Checkboxes choosing the compared versions (at least two stay chosen), in tab order.
fn choice_bar(ui: &mut egui::Ui, app: &Ctx<'_>, chosen: &mut Vec<VersionId>) {
    egui::Panel::top("compare-choice").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.strong(T::Compare.get(app.lang));
            for v in &app.doc.model().versions {
                let mut on = chosen.contains(&v.id);
                if ui.checkbox(&mut on, &v.name).changed() {
                    if on {
                        chosen.push(v.id);
                    } else if chosen.len() > 2 {
                        chosen.retain(|id| *id != v.id);
                    }
                }
            }
        });
    });
    let order: Vec<VersionId> = app.doc.model().versions.iter().map(|v| v.id).collect();
    chosen.sort_by_key(|id| order.iter().position(|o| o == id));
}

/// One line per adjacent pair of compared versions with the counts of each kind.
fn summary_bar(ui: &mut egui::Ui, app: &Ctx<'_>, chosen: &[VersionId], diffs: &[Diff]) {
    egui::Panel::bottom("compare-summary").show(ui, |ui| {
        for (pair, d) in chosen.windows(2).zip(diffs) {
            let name = |id: VersionId| {
                app.doc
                    .model()
                    .version(id)
                    .map_or("?", |v| v.name.as_str())
                    .to_owned()
            };
            ui.label(format!(
                "{} — {}: {}",
                name(pair[0]),
                name(pair[1]),
                summary(d, app.lang)
            ));
        }
    });
}

/// What hovering a changed or moved note shows: the old text, the block it came from.
fn hover_text(mark: Option<&Mark>, lang: Lang) -> Option<String> {
    let m = mark?;
    let mut parts = Vec::new();
    if let Some(old) = &m.other_text {
        parts.push(T::WasText.fill(lang, old));
    }
    if let Some(block) = m.other_block {
        parts.push(T::MovedFrom.fill(lang, block.title(lang)));
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

/// The marks of a note of the `index`-th compared version, given the diffs of each
/// adjacent pair.
pub fn note_marks_in(diffs: &[Diff], index: usize, id: NoteId) -> Vec<NoteMark> {
    let earlier = index
        .checked_sub(1)
        .and_then(|k| diffs.get(k))
        .and_then(|d| d.mark_b(id));
    let later = diffs.get(index).and_then(|d| d.mark_a(id));
    marks_of(earlier, later)
}
