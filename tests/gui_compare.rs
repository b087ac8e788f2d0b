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
