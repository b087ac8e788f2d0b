//! What the user sees is what is saved: a note being typed is committed before Save, Save
//! as, Quit, close, Open and New, and is part of the recovery copy while it is typed.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use eframe::egui::{Key, Modifiers, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, Modal, Pending, ScriptedDialogs};
use holst::model::BlockId;
use holst::storage::autosave;

mod common;

use common::{model, note_texts, start_typing};

fn app(root: &Path, dialogs: ScriptedDialogs) -> Harness<'static, HolstApp> {
    common::harness(
        Document::new_unsaved(model("blank-bmc")),
        Some(root),
        dialogs,
    )
}

fn saved_texts(path: &Path) -> Vec<String> {
    let m = holst::storage::load(path).unwrap().model;
    m.versions[0].notes.iter().map(|n| n.text.clone()).collect()
}

#[test]
fn ctrl_s_while_typing_saves_the_text_and_typing_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    let mut h = app(dir.path(), common::saving_to(&path));
    start_typing(&mut h, BlockId::Channels, "Сайт");
    assert!(h.state().has_unsaved(), "typed text is an unsaved change");
    assert!(h.query_by_label("не сохранено").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    assert_eq!(
        saved_texts(&path),
        ["Сайт"],
        "the file holds what is on screen"
    );
    assert!(!h.state().has_unsaved());
    assert!(h.query_by_label("сохранено").is_some());
    assert!(
        h.state().canvas.editing.is_some(),
        "the editor stays open after a save"
    );
    h.event(eframe::egui::Event::Text(" и магазин".into()));
    h.run_ok();
    assert!(h.state().has_unsaved());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    assert_eq!(saved_texts(&path), ["Сайт и магазин"]);
    h.key_press(Key::Escape);
    h.run_ok();
    assert_eq!(
        note_texts(h.state()),
        ["Сайт и магазин"],
        "one note, not two"
    );
    assert!(!h.state().has_unsaved());
    // Undo takes back the second commit, then the new note.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(note_texts(h.state()), ["Сайт"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert!(note_texts(h.state()).is_empty());
}

#[test]
fn editing_an_existing_note_then_saving_as_writes_the_new_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.ron");
    let mut h = common::harness(
        Document::new_unsaved(model("vesely-voylok")),
        Some(dir.path()),
        common::saving_to(&path),
    );
    let pos = h.get_by_label("Галереи подарков").rect().center();
    common::click_n(&mut h, pos, 2);
    assert!(h.state().canvas.editing.is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(eframe::egui::Event::Text("Музейные лавки".into()));
    h.run_ok();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_ok();
    let saved = holst::storage::load(&path).unwrap().model;
    let texts: Vec<&str> = saved.versions[0]
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert!(texts.contains(&"Музейные лавки"), "{texts:?}");
    assert!(!texts.contains(&"Галереи подарков"));
}

#[test]
fn quit_while_typing_asks_and_cancel_keeps_the_text_as_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), ScriptedDialogs::default());
    start_typing(&mut h, BlockId::KeyPartners, "Поставщик шерсти");
    assert!(!h.state().doc.is_dirty(), "nothing committed yet");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_ok();
    assert!(
        h.query_by_label("Не сохранять").is_some(),
        "quitting with typed text asks"
    );
    h.get_by_label("Отмена").click();
    h.run_ok();
    assert_eq!(note_texts(h.state()), ["Поставщик шерсти"]);
    assert!(h.state().doc.is_dirty());
}

#[test]
fn closing_the_window_while_typing_asks() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), ScriptedDialogs::default());
    start_typing(&mut h, BlockId::KeyPartners, "Ярмарки");
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.run_ok();
    assert!(matches!(
        h.state().modal,
        Some(Modal::Unsaved(Pending::Close))
    ));
    assert_eq!(note_texts(h.state()), ["Ярмарки"]);
}

#[test]
fn opening_another_file_while_typing_asks_and_save_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    holst::storage::save(&model("blank-social"), &other).unwrap();
    let mine = dir.path().join("mine.ron");
    let dialogs = ScriptedDialogs {
        open: [Some(other.clone())].into(),
        save: [Some(mine.clone())].into(),
        ..ScriptedDialogs::default()
    };
    let mut h = app(dir.path(), dialogs);
    start_typing(&mut h, BlockId::CostStructure, "Аренда");
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_ok();
    h.get_by_label("Сохранить").click();
    h.run_ok();
    assert_eq!(saved_texts(&mine), ["Аренда"]);
    assert_eq!(
        h.state().doc.path(),
        Some(std::fs::canonicalize(&other).unwrap().as_path()),
        "then the other file opened"
    );
}

#[test]
fn a_new_model_from_the_gallery_while_typing_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), ScriptedDialogs::default());
    start_typing(&mut h, BlockId::Channels, "Почта");
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_ok();
    h.get_by_label_contains("blank-social").click();
    h.run_ok();
    assert!(h.query_by_label("Не сохранять").is_some());
    h.get_by_label("Отмена").click();
    h.run_ok();
    assert_eq!(note_texts(h.state()), ["Почта"]);
}

#[test]
fn the_recovery_copy_holds_the_text_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), ScriptedDialogs::default());
    let copy = h.state().recovery_file().unwrap();
    start_typing(&mut h, BlockId::RevenueStreams, "Подписка");
    assert!(!copy.exists());
    assert!(common::step_until(&mut h, 5.0, |_| copy.exists()));
    let back = autosave::read(&copy).unwrap();
    let texts: Vec<&str> = back.model.versions[0]
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["Подписка"]);
    assert!(
        h.state().canvas.editing.is_some(),
        "writing the copy does not end the editing"
    );
    assert!(
        !h.state().doc.history().can_undo(),
        "nor does it cut the typing into undo steps"
    );
    // More typing goes into the next copy.
    h.event(eframe::egui::Event::Text(" за год".into()));
    h.run_ok();
    assert!(common::step_until(&mut h, 5.0, |_| {
        autosave::read(&copy).is_ok_and(|r| r.model.versions[0].notes[0].text == "Подписка за год")
    }));
}

#[test]
fn ctrl_s_while_typing_a_hypothesis_saves_it_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    let mut h = app(dir.path(), common::saving_to(&path));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    h.run_ok();
    h.get_by_label("+ Добавить гипотезу").click();
    h.run_ok();
    h.event(eframe::egui::Event::Text("Мамы купят игрушки".into()));
    h.run_ok();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    let saved = holst::storage::load(&path).unwrap().model;
    assert_eq!(saved.versions[0].cards[0].hypothesis, "Мамы купят игрушки");
    assert!(!h.state().has_unsaved());
}
