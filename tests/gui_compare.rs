//! The compare view, headless: a fork edited in known ways shows exactly those marks.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use holst::app::{Document, ScriptedDialogs};
use holst::model::{BlockId, NoteId, VersionId};
use holst::ops::{self, History, Op};
use holst::templates::Template;
use holst::ui::canvas::NoteMark;
use holst::ui::theme;

mod common;

/// «Веселый войлок» and a fork of it with one note added, one removed, one reworded and
/// one moved to another block.
fn edited_pair() -> (holst::model::Model, [NoteId; 4]) {
    let mut model = Template::find("vesely-voylok").unwrap().model().unwrap();
    let mut history = History::new();
    let fork = ops::fork_version(&model, VersionId(1), "Гипотеза 2").unwrap();
    history.apply(&mut model, &fork).unwrap();
    let b = model.versions[1].id;
    let id_of = |m: &holst::model::Model, text: &str| {
        m.versions[1]
            .notes
            .iter()
            .find(|n| n.text == text)
            .unwrap()
            .id
    };
    let removed = id_of(&model, "налоги");
    let changed = id_of(&model, "Интернет-сайт");
    let moved = id_of(&model, "Галереи подарков");
    let add = ops::add_note(
        &model,
        b,
        BlockId::Channels,
        holst::model::Colour::Green,
        "Маркетплейсы",
    )
    .unwrap();
    let added = match &add {
        Op::AddNote { note, .. } => note.id,
        _ => unreachable!(),
    };
    for op in [
        add,
        Op::RemoveNote {
            version: b,
            note: removed,
        },
        Op::SetNoteText {
            version: b,
            note: changed,
            text: "Интернет-магазин".into(),
        },
        Op::MoveNote {
            version: b,
            note: moved,
            block: BlockId::KeyPartners,
            x: 8.0,
            y: 200.0,
        },
    ] {
        history.apply(&mut model, &op).unwrap();
    }
    (model, [added, removed, changed, moved])
}

fn outline(colour: eframe::egui::Color32, dashed: bool) -> Vec<NoteMark> {
    vec![NoteMark::Outline { colour, dashed }]
}

#[test]
fn the_compare_view_marks_added_removed_changed_and_moved_notes() {
    let (model, [added, removed, changed, moved]) = edited_pair();
    let mut h = common::harness(
        Document::new_unsaved(model),
        None,
        ScriptedDialogs::default(),
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run_ok();
    assert!(h.state().compare, "Ctrl+Shift+M opens the compare view");
    let app = h.state();
    let (a, b) = (
        app.doc.model().versions[0].id,
        app.doc.model().versions[1].id,
    );
    let on_a = app.compare_view.marks(a).unwrap().clone();
    let on_b = app.compare_view.marks(b).unwrap().clone();
    assert_eq!(on_b.get(&added), Some(&outline(theme::DIFF_ADDED, false)));
    assert_eq!(
        on_b.get(&changed),
        Some(&outline(theme::DIFF_CHANGED, false))
    );
    assert_eq!(on_b.get(&moved), Some(&outline(theme::DIFF_MOVED, false)));
    assert_eq!(
        on_a.get(&removed),
        Some(&outline(theme::DIFF_REMOVED, true))
    );
    assert_eq!(
        on_b.len(),
        3,
        "nothing else is marked on the later version: {on_b:?}"
    );
    assert_eq!(
        on_a.len(),
        1,
        "only the removed note is marked on the earlier one: {on_a:?}"
    );
    assert!(
        h.query_by_label_contains("+1 добавлено · −1 удалено · ~1 изменено · >1 перенесено")
            .is_some(),
        "the summary line counts each kind"
    );
    // Editing (here through the app, as the canvas would) updates the marks.
    let version = b;
    h.state_mut().apply(
        holst::i18n::T::EditNote,
        &[Op::SetNoteText {
            version,
            note: changed,
            text: "Интернет-сайт".into(),
        }],
    );
    h.run_ok();
    assert_eq!(
        h.state().compare_view.marks(b).unwrap().get(&changed),
        None,
        "reverted text is no longer marked"
    );
}

/// The app in the compare view of the edited pair; the ids of the two versions.
fn comparing() -> (
    egui_kittest::Harness<'static, holst::app::HolstApp>,
    VersionId,
    VersionId,
) {
    let (model, _) = edited_pair();
    let mut h = common::harness(
        Document::new_unsaved(model),
        None,
        ScriptedDialogs::default(),
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run_ok();
    let versions = &h.state().doc.model().versions;
    let (a, b) = (versions[0].id, versions[1].id);
    (h, a, b)
}

/// The differences in the order the list shows them.
fn listed(app: &holst::app::HolstApp, a: VersionId, b: VersionId) -> Vec<holst::diff::Key> {
    let m = app.doc.model();
    let (va, vb) = (m.version(a).unwrap(), m.version(b).unwrap());
    holst::diff::diff(va, vb)
        .listed(vb.layout, va.layout)
        .iter()
        .map(holst::diff::Item::key)
        .collect()
}

#[test]
fn arrow_keys_step_through_the_list_and_zoom_both_canvases_to_the_difference() {
    let (mut h, a, b) = comparing();
    let keys = listed(h.state(), a, b);
    assert_eq!(keys.len(), 4, "{keys:?}");
    // The list counts the differences and names each block with its count.
    assert!(h.query_by_label_contains("4 различия").is_some());
    let channels = format!("{} (2)", BlockId::Channels.title(holst::model::Lang::Ru));
    assert!(h.query_by_label(&channels).is_some(), "{channels}");
    // The legend explains every mark in the interface language.
    for text in [
        "есть только в поздней версии (добавлено)",
        "изменён цвет",
        "перенесено в другой блок",
    ] {
        assert!(h.query_by_label(text).is_some(), "legend: {text}");
    }
    assert_eq!(h.state().compare_view.selected, None);
    h.key_press(Key::ArrowDown);
    h.run_ok();
    assert_eq!(h.state().compare_view.selected, Some(keys[0]));
    h.key_press(Key::ArrowDown);
    h.run_ok();
    assert_eq!(h.state().compare_view.selected, Some(keys[1]));
    h.key_press(Key::ArrowUp);
    h.run_ok();
    assert_eq!(h.state().compare_view.selected, Some(keys[0]));
    // The canvas of each side holding the note is zoomed in on it, past fitting.
    let zoomed = |h: &egui_kittest::Harness<'_, holst::app::HolstApp>, id| {
        let v = h.state().compare_view.view_of(id).unwrap();
        !v.fitted
    };
    for id in [a, b] {
        let key = keys[0];
        let has = if id == a { key.a } else { key.b };
        if has.is_some() {
            assert!(zoomed(&h, id), "{id:?} zoomed to {key:?}");
        }
    }
    // Ctrl+0 fits both again; Esc leaves the view.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run_ok();
    assert!(
        !zoomed(&h, a) && !zoomed(&h, b),
        "Ctrl+0 fits both canvases"
    );
    assert!(h.state().compare);
    h.key_press(Key::Escape);
    h.run_ok();
    assert!(!h.state().compare, "Esc leaves the compare view");
}

#[test]
fn a_change_taken_into_either_version_is_one_undoable_step() {
    let (mut h, a, b) = comparing();
    let keys = listed(h.state(), a, b);
    let changed = *keys
        .iter()
        .find(|k| k.kind == holst::diff::ItemKind::Changed)
        .unwrap();
    let at = keys.iter().position(|k| *k == changed).unwrap();
    let note = NoteId(changed.b.unwrap());
    let text = |h: &egui_kittest::Harness<'_, holst::app::HolstApp>, v: VersionId| {
        h.state()
            .doc
            .model()
            .version(v)
            .unwrap()
            .note(note)
            .unwrap()
            .text
            .clone()
    };
    let names: Vec<String> = h
        .state()
        .doc
        .model()
        .versions
        .iter()
        .map(|v| v.name.clone())
        .collect();
    for _ in 0..=at {
        h.key_press(Key::ArrowDown);
        h.run_ok();
    }
    assert_eq!(h.state().compare_view.selected, Some(changed));
    let start = h.state().doc.model().clone();
    // Into the earlier version: it gets the later text.
    h.get_by_label(&format!("Перенести в «{}»", names[0]))
        .click();
    h.run_ok();
    assert_eq!(text(&h, a), "Интернет-магазин");
    assert_eq!(text(&h, b), "Интернет-магазин");
    assert!(
        !listed(h.state(), a, b).contains(&changed),
        "the difference is gone"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start, "one undo restores");
    // Into the later version: it gets the earlier text back.
    h.state_mut().compare_view.select(Some(changed), at);
    h.run_ok();
    h.get_by_label(&format!("Перенести в «{}»", names[1]))
        .click();
    h.run_ok();
    assert_eq!(text(&h, b), "Интернет-сайт");
    assert_eq!(
        h.state().doc.model().version(a),
        start.version(a),
        "the earlier version is untouched"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start);
}

#[test]
fn ticked_differences_are_taken_together_in_one_step() {
    let (mut h, a, b) = comparing();
    let keys = listed(h.state(), a, b);
    h.state_mut().compare_view.checked = keys.iter().copied().collect();
    h.run_ok();
    let names: Vec<String> = h
        .state()
        .doc
        .model()
        .versions
        .iter()
        .map(|v| v.name.clone())
        .collect();
    let start = h.state().doc.model().clone();
    h.get_by_label(&format!("Перенести 4 отмеченных различия в «{}»", names[1]))
        .click();
    h.run_ok();
    assert!(
        listed(h.state(), a, b).is_empty(),
        "the later version is the earlier again"
    );
    assert!(h.query_by_label("Версии не различаются.").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start);
}

#[test]
fn overlay_shows_the_later_version_alone_larger_and_finds_a_removed_note_on_it() {
    let (mut h, a, b) = comparing();
    let side_by_side = h.state().compare_view.view_of(b).unwrap().zoom;
    h.get_by_label("Наложение (один холст)").click();
    h.run_ok();
    h.run_ok();
    assert!(h.state().compare_view.overlay);
    let overlaid = h.state().compare_view.view_of(b).unwrap().zoom;
    assert!(
        overlaid > side_by_side * 1.5,
        "one canvas is drawn larger: {overlaid} vs {side_by_side}"
    );
    assert!(
        h.query_by_label("бледная: удалённая заметка на прежнем месте")
            .is_some()
    );
    // Choosing the removed note zooms the later canvas to its ghost.
    let keys = listed(h.state(), a, b);
    let at = keys
        .iter()
        .position(|k| k.kind == holst::diff::ItemKind::Removed)
        .unwrap();
    h.state_mut().compare_view.select(Some(keys[at]), at);
    h.run_ok();
    assert!(!h.state().compare_view.view_of(b).unwrap().fitted);
    // Taking it into the later version brings the note back there, undoably.
    let start = h.state().doc.model().clone();
    let name = h.state().doc.model().version(b).unwrap().name.clone();
    h.get_by_label(&format!("Перенести в «{name}»")).click();
    h.run_ok();
    let note = NoteId(keys[at].a.unwrap());
    assert!(
        h.state()
            .doc
            .model()
            .version(b)
            .unwrap()
            .note(note)
            .is_some()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start);
}

/// Ties and the social enterprise that differ are listed (under their block, and under
/// «Версия в целом»), and taking one into the earlier version from the list is one undo
/// step.
#[test]
fn method_differences_are_listed_and_taken_from_the_compare_list() {
    let mut model = Template::find("vesely-voylok").unwrap().model().unwrap();
    let mut history = History::new();
    let fork = ops::fork_version(&model, VersionId(1), "Гипотеза 2").unwrap();
    history.apply(&mut model, &fork).unwrap();
    let (a, b) = (model.versions[0].id, model.versions[1].id);
    let mut social = model.versions[1].social.clone();
    social.operating_model = Some(holst::model::OperatingModel::Employment);
    for op in [
        Op::Tie {
            version: b,
            note: NoteId(11),
            segment: NoteId(18),
        },
        Op::SetSocial { version: b, social },
    ] {
        history.apply(&mut model, &op).unwrap();
    }
    let mut h = common::harness(
        Document::new_unsaved(model),
        None,
        ScriptedDialogs::default(),
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run_ok();
    assert!(h.query_by_label_contains("2 различия").is_some());
    let tie = "связь добавлена: неповторимые подарки → Галереи подарков";
    assert!(h.query_by_label(tie).is_some(), "{tie}");
    assert!(h.query_by_label("Версия в целом (1)").is_some());
    let social = "социальное предприятие изменено: operating_model";
    assert!(h.query_by_label(social).is_some(), "{social}");
    let start = h.state().doc.model().clone();
    let keys = listed(h.state(), a, b);
    let at = keys
        .iter()
        .position(|k| k.kind == holst::diff::ItemKind::TieAdded)
        .unwrap();
    h.state_mut().compare_view.select(Some(keys[at]), at);
    h.run_ok();
    let name = start.version(a).unwrap().name.clone();
    h.get_by_label(&format!("Перенести в «{name}»")).click();
    h.run_ok();
    let earlier = h.state().doc.model().version(a).unwrap().clone();
    let tied: Vec<NoteId> = earlier.ties_of(NoteId(11)).collect();
    assert_eq!(tied, [NoteId(18)], "the earlier version got the tie");
    assert!(h.query_by_label(tie).is_none(), "the difference is gone");
    assert!(h.query_by_label_contains("1 различие").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start, "one undo restores");
}
