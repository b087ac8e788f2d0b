//! The compare view's side panel: a legend of the marks, the differences grouped by block
//! with counts, and "take into the other version" for the chosen difference or the ticked
//! ones (each one undoable step, made by [`Diff::take`]).

use eframe::egui::{self, Color32, RichText, Stroke};

use crate::diff::{CardChange, Change, Diff, Item, ItemKind, Key, Kind, MethodChange, Side};
use crate::i18n::{Arg, T, tr_args};
use crate::model::{Lang, Version};
use crate::ui::compare::CompareView;
use crate::ui::{Ctx, Intent, theme};

/// The colour and dash of a kind's mark (cards use the note kind they resemble).
fn kind_mark(kind: ItemKind) -> (Color32, bool) {
    let note = match kind {
        ItemKind::CardAdded | ItemKind::TieAdded => Kind::Added,
        ItemKind::CardRemoved | ItemKind::TieRemoved => Kind::Removed,
        ItemKind::CardChanged => Kind::Changed,
        k => k.note_kind().unwrap_or(Kind::Changed),
    };
    let (rgb, dashed) = holst_core::style::mark(note);
    (theme::rgb(rgb), dashed)
}

/// A small note-shaped sample of a mark, as the canvas draws it.
fn sample(ui: &mut egui::Ui, colour: Color32, dashed: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(22.0, 14.0), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, theme::SHEET_BG);
    let stroke = Stroke::new(2.0, colour);
    if dashed {
        let r = rect.shrink(1.0);
        let corners = [
            r.left_top(),
            r.right_top(),
            r.right_bottom(),
            r.left_bottom(),
            r.left_top(),
        ];
        for w in corners.windows(2) {
            painter.extend(egui::Shape::dashed_line(&[w[0], w[1]], stroke, 3.0, 2.0));
        }
    } else {
        painter.rect_stroke(rect.shrink(1.0), 2.0, stroke, egui::StrokeKind::Inside);
    }
}

/// The legend of the marks, in the interface language.
fn legend(ui: &mut egui::Ui, lang: Lang, overlay: bool) {
    ui.strong(T::CompareLegend.get(lang));
    for (kind, text) in [
        (Kind::Added, T::MarkAdded),
        (Kind::Removed, T::MarkRemoved),
        (Kind::Changed, T::MarkChanged),
        (Kind::Moved, T::MarkMoved),
        (Kind::Recoloured, T::MarkRecoloured),
    ] {
        ui.horizontal(|ui| {
            let (rgb, dashed) = holst_core::style::mark(kind);
            sample(ui, theme::rgb(rgb), dashed);
            ui.label(text.get(lang));
        });
    }
    ui.horizontal(|ui| {
        sample(ui, theme::SELECTION, false);
        ui.label(T::MarkCurrent.get(lang));
    });
    if overlay {
        ui.label(T::MarkGhost.get(lang));
        ui.label(T::MarkArrow.get(lang));
    }
    ui.weak(T::MarkCards.get(lang));
}

/// One line of text for the list.
fn short(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = theme::COMPARE_ITEM_CHARS;
    if line.chars().count() > n {
        let cut: String = line.chars().take(n).collect();
        format!("{cut}…")
    } else {
        line
    }
}

/// What the list says about a difference.
fn item_text(item: &Item<'_>, lang: Lang) -> String {
    match item {
        Item::Note(Change::Added { note } | Change::Removed { note }) => short(&note.text),
        Item::Note(Change::Changed { before, after }) => {
            format!("{} → {}", short(&before.text), short(&after.text))
        }
        Item::Note(Change::Moved { before, after }) => format!(
            "{} ({} → {})",
            short(&after.text),
            before.block.title(lang),
            after.block.title(lang)
        ),
        Item::Note(Change::Recoloured { before, after }) => format!(
            "{} ({} → {})",
            short(&after.text),
            before.colour.label(lang),
            after.colour.label(lang)
        ),
        Item::Card(c @ (CardChange::Added { .. } | CardChange::Removed { .. })) => {
            short(&c.card().hypothesis)
        }
        Item::Card(CardChange::Changed { after, fields, .. }) => {
            let fields: Vec<&str> = fields.iter().map(|f| f.id()).collect();
            format!("{} ({})", short(&after.hypothesis), fields.join(", "))
        }
        Item::Method(m) => method_text(m),
    }
}

/// What the list says about a difference of the course's method.
fn method_text(m: &MethodChange) -> String {
    let fields =
        |f: &[crate::diff::MethodField]| f.iter().map(|f| f.id()).collect::<Vec<_>>().join(", ");
    match m {
        MethodChange::TieAdded { note, segment } | MethodChange::TieRemoved { note, segment } => {
            format!("{} → {}", short(&note.text), short(&segment.text))
        }
        MethodChange::ProfileChanged {
            after, fields: f, ..
        } => {
            format!("{} ({})", short(&after.text), fields(f))
        }
        MethodChange::SocialChanged { fields: f, .. } => fields(f),
        MethodChange::DescriptionChanged { before, after } => {
            format!("{} → {}", short(before), short(after))
        }
    }
}

/// The kind's word in the list.
fn kind_word(kind: ItemKind, lang: Lang) -> &'static str {
    match kind {
        ItemKind::Added | ItemKind::CardAdded => T::Added.get(lang),
        ItemKind::Removed | ItemKind::CardRemoved => T::Removed.get(lang),
        ItemKind::Changed | ItemKind::CardChanged => T::Changed.get(lang),
        ItemKind::Moved => T::Moved.get(lang),
        ItemKind::Recoloured => T::Recoloured.get(lang),
        ItemKind::TieAdded => T::CompareTieAdded.get(lang),
        ItemKind::TieRemoved => T::CompareTieRemoved.get(lang),
        ItemKind::ProfileChanged => T::CompareProfileChanged.get(lang),
        ItemKind::SocialChanged => T::CompareSocialChanged.get(lang),
        ItemKind::DescriptionChanged => T::CompareDescriptionChanged.get(lang),
    }
}

/// The intent that takes these differences into one side, as one undo step.
fn take(app: &Ctx<'_>, d: &Diff, pair: [&Version; 2], keys: &[Key], into: Side) -> Intent {
    match d.take(app.doc.model(), pair[0].id, pair[1].id, keys, into) {
        Ok(ops) => Intent::Apply(T::TakeStep, ops),
        Err(e) => Intent::Error(e.describe(app.lang)),
    }
}

/// Two buttons taking `keys` into the earlier or the later version; `label` words them.
fn take_buttons(
    ui: &mut egui::Ui,
    pair: [&Version; 2],
    label: impl Fn(&str) -> String,
) -> Option<Side> {
    let mut out = None;
    ui.horizontal_wrapped(|ui| {
        for (side, v) in [(Side::A, pair[0]), (Side::B, pair[1])] {
            if ui.button(label(&v.name)).clicked() {
                out = Some(side);
            }
        }
    });
    out
}

/// Draws the side panel; returns the takes asked for.
pub fn list_panel(
    ui: &mut egui::Ui,
    app: &Ctx<'_>,
    view: &mut CompareView,
    d: &Diff,
    pair: [&Version; 2],
) -> Vec<Intent> {
    let lang = app.lang;
    let mut intents = Vec::new();
    egui::Panel::right("compare-list")
        .resizable(true)
        .default_size(theme::COMPARE_LIST_W)
        .max_size(theme::COMPARE_LIST_W * 1.5)
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            legend(ui, lang, view.overlay);
            ui.separator();
            let groups = d.groups(pair[1].layout, pair[0].layout);
            let total: usize = groups.iter().map(|g| g.items.len()).sum();
            ui.strong(if total == 0 {
                T::CompareSame.get(lang).to_owned()
            } else {
                T::CompareDifferences.count(lang, total)
            });
            if !view.checked.is_empty() {
                let keys: Vec<Key> = view.checked.iter().copied().collect();
                let label = |name: &str| {
                    tr_args(
                        lang,
                        T::TakeChecked.id(),
                        &[("count", Arg::from(keys.len())), ("version", name.into())],
                    )
                };
                if let Some(side) = take_buttons(ui, pair, label) {
                    intents.push(take(app, d, pair, &keys, side));
                }
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                let mut at = 0;
                for group in &groups {
                    let whole = group.items.first().is_some_and(|i| i.kind().is_method());
                    let title = group.block.map_or_else(
                        || {
                            if whole {
                                T::CompareVersionGroup.get(lang).to_owned()
                            } else {
                                T::Cards.get(lang).to_owned()
                            }
                        },
                        |b| b.title(lang).to_owned(),
                    );
                    ui.add_space(4.0);
                    ui.strong(format!("{title} ({})", group.items.len()));
                    for item in &group.items {
                        let key = item.key();
                        let chosen = view.selected == Some(key);
                        ui.horizontal(|ui| {
                            let mut on = view.checked.contains(&key);
                            let tick = ui.checkbox(&mut on, "");
                            let (colour, dashed) = kind_mark(key.kind);
                            sample(ui, colour, dashed);
                            let text = RichText::new(format!(
                                "{}: {}",
                                kind_word(key.kind, lang),
                                item_text(item, lang)
                            ));
                            let row = ui.selectable_label(chosen, text);
                            if chosen && view.take_scroll() {
                                row.scroll_to_me(None);
                            }
                            if row.clicked() {
                                view.select(Some(key), at);
                            }
                            if tick.labelled_by(row.id).changed() {
                                if on {
                                    view.checked.insert(key);
                                } else {
                                    view.checked.remove(&key);
                                }
                            }
                        });
                        if chosen {
                            let label = |name: &str| T::TakeInto.fill(lang, name);
                            if let Some(side) = take_buttons(ui, pair, label) {
                                intents.push(take(app, d, pair, &[key], side));
                            }
                        }
                        at += 1;
                    }
                }
            });
        });
    intents
}
