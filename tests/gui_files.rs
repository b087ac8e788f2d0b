//! One file, one editor: a second window is told; a save never silently overwrites what
//! another program wrote; the status line stops saying "saved" when the file changed under
//! it. And a file that fails to open at start still opens the window, with the error.
//!
//! Two harnesses on one settings folder are two windows; dropping one is a crash.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use eframe::egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{HolstApp, Modal, ScriptedDialogs};
use holst::model::Model;
use holst::storage::config::Dirs;
use holst::storage::lock::document_lock_path;

mod common;

use common::{harness_start, model, note_texts};

fn saved_file(dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(name);
    holst::storage::save(&model("blank-bmc"), &file).unwrap();
    file
}

/// Another program rewrites the file (and its time, in case the clock is coarse).
fn rewrite_elsewhere(file: &Path, title: &str) -> Model {
    let mut m = model("blank-social");
    m.title = title.into();
    holst::storage::save(&m, file).unwrap();
    std::fs::File::options()
        .write(true)
        .open(file)
        .unwrap()
        .set_modified(SystemTime::now() + Duration::from_secs(5))
        .unwrap();
    m
}

fn title_on_disk(file: &Path) -> String {
    holst::storage::load(file).unwrap().model.title
}

fn edit(h: &mut Harness<'_, HolstApp>, text: &str) {
    h.event(Event::Paste(text.into()));
    h.run_ok();
}

fn ctrl_s(h: &mut Harness<'_, HolstApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
}

#[test]
fn a_second_window_on_the_same_file_is_told_and_can_open_it_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    let elsewhere = dir.path().join("copy.ron");
    let _first = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    let dialogs = ScriptedDialogs {
        save: [Some(file.clone()), Some(elsewhere.clone())].into(),
        ..ScriptedDialogs::default()
    };
    let mut second = harness_start(Some(&file), dir.path(), dialogs);
    assert!(second.query_by_label("Файл уже открыт").is_some());
    let pid = format!("Процесс другого окна: {}", std::process::id());
    assert!(second.query_by_label(&pid).is_some());
    assert!(
        second.state().doc.path().is_none(),
        "not opened before the answer"
    );
    second.get_by_label("Открыть только для чтения").click();
    second.run_ok();
    assert!(second.state().doc.read_only());
    assert!(second.query_by_label("только чтение").is_some());
    edit(&mut second, "Из второго окна");
    // Save asks for a name; the file the first window edits is refused.
    ctrl_s(&mut second);
    assert!(
        second
            .query_by_label_contains("открыт в другом окне Holst")
            .is_some()
    );
    second.get_by_label("Закрыть").click();
    second.run_ok();
    ctrl_s(&mut second);
    assert_eq!(title_on_disk(&file), model("blank-bmc").title, "untouched");
    let copy = holst::storage::load(&elsewhere).unwrap().model;
    assert_eq!(copy.versions[0].notes[0].text, "Из второго окна");
    assert!(!second.state().doc.read_only(), "the new file is its own");
}

#[test]
fn open_anyway_then_a_save_after_the_other_window_saved_asks_and_save_as_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    let mine = dir.path().join("mine.ron");
    let mut first = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    let mut second = harness_start(Some(&file), dir.path(), common::saving_to(&mine));
    second.get_by_label("Всё равно открыть").click();
    second.run_ok();
    assert_eq!(second.state().doc.path(), first.state().doc.path());
    edit(&mut first, "Первое окно");
    // Make sure the save changes the stamp even on a coarse clock.
    std::thread::sleep(Duration::from_millis(20));
    ctrl_s(&mut first);
    edit(&mut second, "Второе окно");
    ctrl_s(&mut second);
    assert!(
        second
            .query_by_label("Файл изменён другой программой")
            .is_some()
    );
    second.get_by_label("Сохранить как…").click();
    second.run_ok();
    let on_disk = holst::storage::load(&file).unwrap().model;
    assert_eq!(
        on_disk.versions[0].notes[0].text, "Первое окно",
        "not overwritten"
    );
    let saved = holst::storage::load(&mine).unwrap().model;
    assert_eq!(saved.versions[0].notes[0].text, "Второе окно");
}

#[test]
fn the_lock_left_by_a_crashed_window_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    // What kill -9 leaves: the lock file, with nobody holding its lock.
    let lock = document_lock_path(&Dirs::under(dir.path()).lock_dir, &file);
    std::fs::create_dir_all(lock.parent().unwrap()).unwrap();
    std::fs::write(&lock, "pid 1\n").unwrap();
    let h = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    assert!(h.state().modal.is_none(), "no question");
    assert!(h.state().doc.path().is_some());
    let second = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    assert!(
        second.query_by_label("Файл уже открыт").is_some(),
        "and it is ours now"
    );
}

#[test]
fn a_save_over_a_file_another_program_changed_asks_and_overwrite_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    let mut h = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    rewrite_elsewhere(&file, "Чужая правка");
    edit(&mut h, "Моя правка");
    ctrl_s(&mut h);
    assert!(h.query_by_label("Файл изменён другой программой").is_some());
    assert!(
        h.query_by_label_contains("изменения другой программы пропадут")
            .is_some()
    );
    assert_eq!(title_on_disk(&file), "Чужая правка", "nothing written yet");
    assert!(h.state().doc.is_dirty());
    h.get_by_label("Перезаписать").click();
    h.run_ok();
    assert_eq!(title_on_disk(&file), model("blank-bmc").title);
    assert!(!h.state().doc.is_dirty());
    assert!(h.query_by_label("сохранено").is_some());
}

#[test]
fn reload_drops_my_changes_only_after_confirming() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    let mut h = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    rewrite_elsewhere(&file, "С диска");
    edit(&mut h, "Моя правка");
    ctrl_s(&mut h);
    h.get_by_label("Загрузить с диска…").click();
    h.run_ok();
    h.get_by_label("Отмена").click();
    h.run_ok();
    assert_eq!(note_texts(h.state()), ["Моя правка"], "cancel keeps mine");
    ctrl_s(&mut h);
    h.get_by_label("Загрузить с диска…").click();
    h.run_ok();
    h.get_by_label("Отбросить и загрузить").click();
    h.run_ok();
    assert_eq!(h.state().doc.model().title, "С диска");
    assert!(!h.state().doc.is_dirty());
    ctrl_s(&mut h);
    assert!(
        h.state().modal.is_none(),
        "the file read is the file saved over"
    );
}

#[test]
fn gaining_the_focus_notices_a_change_and_the_status_stops_saying_saved() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    let mut h = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    assert!(h.query_by_label("сохранено").is_some());
    rewrite_elsewhere(&file, "Другая");
    h.event(Event::WindowFocused(true));
    h.run_ok();
    assert!(h.query_by_label("Файл изменён другой программой").is_some());
    h.get_by_label("Оставить мою версию").click();
    h.run_ok();
    assert!(h.state().modal.is_none());
    assert!(h.query_by_label("изменён на диске").is_some());
    assert!(
        h.query_by_label("сохранено").is_none(),
        "never claims saved"
    );
    // Not asked again for the same change; a save still asks.
    h.event(Event::WindowFocused(true));
    h.run_ok();
    assert!(h.state().modal.is_none());
    edit(&mut h, "Правка");
    ctrl_s(&mut h);
    assert!(matches!(
        h.state().modal,
        Some(Modal::Conflict { saving: true, .. })
    ));
}

#[test]
fn a_file_deleted_by_another_program_is_not_recreated_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    let mut h = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    std::fs::remove_file(&file).unwrap();
    edit(&mut h, "Правка");
    ctrl_s(&mut h);
    assert!(
        h.query_by_label_contains("удалён или переименован")
            .is_some()
    );
    assert!(!file.exists());
    h.get_by_label("Сохранить").click();
    h.run_ok();
    assert!(file.exists());
}

#[test]
fn a_file_that_fails_to_open_at_start_shows_the_error_over_the_gallery() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(это не модель").unwrap();
    let mut h = harness_start(Some(&bad), dir.path(), ScriptedDialogs::default());
    assert!(
        h.query_by_label_contains("Не удалось открыть файл")
            .is_some()
    );
    assert!(h.query_by_label_contains("bad.ron:1:").is_some());
    assert!(h.state().doc.path().is_none(), "a new model behind it");
    h.get_by_label("Закрыть").click();
    h.run_ok();
    assert!(matches!(h.state().modal, Some(Modal::Gallery)));
    h.get_by_label_contains("blank-social").click();
    h.run_ok();
    assert_eq!(h.state().doc.model().title, model("blank-social").title);
}

#[test]
fn a_stale_saved_message_goes_when_the_file_changes_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path(), "m.ron");
    let mut h = harness_start(Some(&file), dir.path(), ScriptedDialogs::default());
    edit(&mut h, "Правка");
    ctrl_s(&mut h);
    assert!(h.query_by_label_contains("Сохранено:").is_some());
    rewrite_elsewhere(&file, "Другая");
    h.event(Event::WindowFocused(true));
    h.run_ok();
    assert!(h.query_by_label_contains("Сохранено:").is_none());
}
