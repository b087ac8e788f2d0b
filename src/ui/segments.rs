//! The segment panel: for a selected note of Customer Segments, its profile (clients or
//! beneficiaries, priority, loyalty, the figures, the five questions, the attributes of
//! «Что нужно знать о своих клиентах?»); for a selected note of another block, the
//! segments it serves. Every change is one undo step; a text field commits when it loses
//! focus.

use eframe::egui;

use crate::i18n::T;
use crate::method::{labels, segments};
use crate::model::{
    Attribute, BlockId, Lang, Loyalty, Note, NoteId, Priority, ProfileText, SegmentKind,
    SegmentProfile, Version,
};
use crate::ops::Op;
use crate::ui::canvas::NoteMark;
use crate::ui::{Ctx, Intent};

/// Segment badges for the canvas: each segment note gets its number (reading order, see
/// [`Version::numbered_segments`]), each tied note the numbers of the segments it serves.
pub fn segment_marks(version: &Version) -> std::collections::HashMap<NoteId, Vec<NoteMark>> {
    version
        .segment_badges()
        .into_iter()
        .map(|(id, numbers)| (id, numbers.into_iter().map(NoteMark::Segment).collect()))
        .collect()
}

/// Draws the panel for the selected notes.
pub fn segment_panel(
    ui: &mut egui::Ui,
    app: &Ctx<'_>,
    selection: &std::collections::BTreeSet<NoteId>,
) -> Vec<Intent> {
    let lang = app.lang;
    let Some(version) = app.doc.model().version(app.doc.current()) else {
        return Vec::new();
    };
    let note = match selection.iter().collect::<Vec<_>>().as_slice() {
        [one] => version.note(**one),
        _ => None,
    };
    let mut intents = Vec::new();
    egui::Panel::right("segment")
        .resizable(true)
        .default_size(340.0)
        .show(ui, |ui| {
            ui.heading(T::SegmentPanel.get(lang));
            egui::ScrollArea::vertical().show(ui, |ui| match note {
                Some(n) if n.block == BlockId::CustomerSegments => {
                    ui.strong(&n.text);
                    if let Some(p) = profile_editor(ui, version, n.id, lang) {
                        let op = Op::SetProfile {
                            version: version.id,
                            note: n.id,
                            profile: Some(p),
                        };
                        intents.push(Intent::Apply(T::SegmentProfileEdit, vec![op]));
                    }
                }
                Some(n) => {
                    ui.strong(&n.text);
                    intents.extend(ties_editor(ui, version, n, lang));
                }
                None => {
                    ui.label(egui::RichText::new(T::SegmentSelectOne.get(lang)).weak());
                }
            });
        });
    intents
}

/// A text field named by the label `name`, committing when it loses focus: the new text,
/// if it changed.
fn text_field(
    ui: &mut egui::Ui,
    name: egui::Id,
    key: (NoteId, &str),
    current: &str,
    multiline: bool,
) -> Option<String> {
    let id = ui.scope_id().with(("segment-field", key.0, key.1));
    let mut text = ui
        .data_mut(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(1)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let resp = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(name);
    if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    (resp.lost_focus() && text.trim() != current).then(|| text.trim().to_owned())
}

/// A choice among `all` or none, changing `value` when the user picks another.
fn choice<V: Copy + PartialEq>(
    ui: &mut egui::Ui,
    name: egui::Id,
    id: &str,
    value: &mut Option<V>,
    all: &[V],
    label: fn(V, Lang) -> &'static str,
    lang: Lang,
) {
    let current = *value;
    let shown = current.map_or(T::SegmentUnset.get(lang), |v| label(v, lang));
    let mut picked = None;
    let combo = egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(current.is_none(), T::SegmentUnset.get(lang))
                .clicked()
            {
                picked = Some(None);
            }
            for v in all {
                if ui
                    .selectable_label(current == Some(*v), label(*v, lang))
                    .clicked()
                {
                    picked = Some(Some(*v));
                }
            }
        });
    combo.response.labelled_by(name);
    if let Some(p) = picked {
        *value = p;
    }
}

/// A small grey caption; its id names the field below it.
fn caption(ui: &mut egui::Ui, text: &str) -> egui::Id {
    ui.add_space(4.0);
    ui.label(egui::RichText::new(text).small().weak()).id
}

/// The profile's fields; the changed profile, if the user changed one.
fn profile_editor(
    ui: &mut egui::Ui,
    v: &Version,
    note: NoteId,
    lang: Lang,
) -> Option<SegmentProfile> {
    let old = v.profile(note).cloned().unwrap_or_default();
    let mut p = old.clone();
    let guide = segments::guide();
    caption(ui, guide.map_or("", |g| g.kind_title.get(lang)));
    ui.horizontal(|ui| {
        for k in SegmentKind::ALL {
            if ui
                .radio(p.kind == k, labels::segment_kind(k, lang))
                .clicked()
            {
                p.kind = k;
            }
        }
    });
    let name = caption(ui, guide.map_or("", |g| g.priority_title.get(lang)));
    choice(
        ui,
        name,
        "segment-priority",
        &mut p.priority,
        &Priority::ALL,
        labels::priority,
        lang,
    );
    let name = caption(ui, guide.map_or("", |g| g.loyalty_title.get(lang)));
    choice(
        ui,
        name,
        "segment-loyalty",
        &mut p.loyalty,
        &Loyalty::ALL,
        labels::loyalty,
        lang,
    );
    for f in ProfileText::ALL {
        let name = caption(ui, labels::profile_field(f, lang));
        let multiline = matches!(f, ProfileText::Answer(_));
        if let Some(t) = text_field(ui, name, (note, f.id()), old.text(f), multiline) {
            *p.text_mut(f) = t;
        }
    }
    let title = guide.map_or("", |g| g.attributes_title.get(lang));
    egui::CollapsingHeader::new(title)
        .id_salt(("segment-attributes", note))
        .show(ui, |ui| {
            for a in Attribute::ALL {
                let ticked = old.attribute(a);
                let mut on = ticked.is_some();
                let check = ui.checkbox(&mut on, labels::attribute(a, lang));
                if check.changed() {
                    p.set_attribute(a, on.then(String::new));
                }
                if let Some(t) = ticked.filter(|_| on)
                    && let Some(new) = text_field(ui, check.id, (note, a.id()), t, false)
                {
                    p.set_attribute(a, Some(new));
                }
            }
        });
    (p != old).then_some(p)
}

/// The segments a note of another block serves, as checkboxes: one op per click.
fn ties_editor(ui: &mut egui::Ui, v: &Version, n: &Note, lang: Lang) -> Vec<Intent> {
    let _ = caption(ui, T::SegmentTies.get(lang));
    let segments = v.numbered_segments();
    if segments.is_empty() {
        ui.label(egui::RichText::new(T::SegmentNoSegments.get(lang)).weak());
        return Vec::new();
    }
    let tied: Vec<NoteId> = v.ties_of(n.id).collect();
    let mut out = Vec::new();
    for s in segments {
        let mut on = tied.contains(&s.id);
        if ui.checkbox(&mut on, &s.text).changed() {
            let op = if on {
                Op::Tie {
                    version: v.id,
                    note: n.id,
                    segment: s.id,
                }
            } else {
                Op::Untie {
                    version: v.id,
                    note: n.id,
                    segment: s.id,
                }
            };
            out.push(Intent::Apply(T::SegmentTie, vec![op]));
        }
    }
    out
}
