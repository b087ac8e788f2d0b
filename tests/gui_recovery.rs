//! Recovery copies in the window: written during steady editing, recording the absolute
//! path, every leftover offered newest first, deleting one asks, restoring keeps the copy
//! until its content is safe, a copy that cannot be written is shown and retried.
//!
//! Dropping a harness without closing the app is a crash: the copy stays, the locks go.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use eframe::egui::{Event, Key, Modifiers, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{AUTOSAVE_AFTER, Document, HolstApp, Modal, ScriptedDialogs};
use holst::model::{BlockId, Model};
use holst::storage::autosave::{self, Autosave, Origin};
use holst::storage::config::Dirs;

mod common;

use common::{harness_start, model, note_texts, step_until};

/// What a crashed session leaves: a copy of `model` for `original`, written `age` ago.
fn leave_copy(root: &Path, model: &Model, original: Option<&Path>, age: Duration) -> PathBuf {
    let mut session = Autosave::new(&Dirs::under(root).recovery_dir);
    let origin = Origin {
        file: original,
        stamp: None,
    };
    session.write(model, origin).unwrap();
    let file = session.file().to_path_buf();
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(SystemTime::now() - age)
        .unwrap();
    drop(session);
    file
}

fn titled(title: &str) -> Model {
    let mut m = model("blank-bmc");
    m.title = title.into();
    m
}

/// The same path written relative to the current folder (`../../tmp/…`).
fn relative_to_cwd(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap();
    let mut rel = PathBuf::new();
    for _ in cwd.components().skip(1) {
        rel.push("..");
    }
    rel.join(path.strip_prefix("/").unwrap())
}

fn wait_for_copy(h: &mut Harness<'_, HolstApp>, text: &str) -> PathBuf {
    let copy = h.state().recovery_file().unwrap();
    let holds = |c: &Path| {
        autosave::read(c).is_ok_and(|r| r.model.versions[0].notes.iter().any(|n| n.text == text))
    };
    assert!(step_until(h, 6.0, |_| holds(&copy)), "a copy with «{text}»");
    copy
}

#[test]
fn a_copy_of_a_file_opened_by_a_relative_path_restores_and_saves_to_that_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("home");
    let file = dir.path().join("m.ron");
    holst::storage::save(&model("blank-bmc"), &file).unwrap();
    let rel = relative_to_cwd(&file);
    assert!(rel.is_relative() && rel.exists(), "{}", rel.display());
    let mut h = harness_start(Some(&rel), &root, ScriptedDialogs::default());
    let canonical = std::fs::canonicalize(&file).unwrap();
    assert_eq!(h.state().doc.path(), Some(canonical.as_path()));
    common::start_typing(&mut h, BlockId::KeyActivities, "Валяние");
    h.key_press(Key::Escape);
    h.run_ok();
    let copy = wait_for_copy(&mut h, "Валяние");
    assert_eq!(
        autosave::read(&copy).unwrap().original.as_deref(),
        Some(canonical.as_path()),
        "the copy names the file absolutely"
    );
    drop(h);

    let mut h = harness_start(None, &root, ScriptedDialogs::default());
    assert!(matches!(h.state().modal, Some(Modal::Recovery(_))));
    h.get_by_label("Восстановить").click();
    h.run_ok();
    assert_eq!(h.state().doc.path(), Some(canonical.as_path()));
    assert_eq!(note_texts(h.state()), ["Валяние"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    let saved = holst::storage::load(&file).unwrap().model;
    assert_eq!(saved.versions[0].notes[0].text, "Валяние", "the real file");
    assert!(!copy.exists(), "the restored copy goes once saved");
}

#[test]
fn opening_the_file_later_by_another_spelling_offers_its_copy() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("home");
    let file = dir.path().join("m.ron");
    holst::storage::save(&model("blank-bmc"), &file).unwrap();
    // This window is open before the other one crashes, so nothing is offered at start.
    let mut later = harness_start(None, &root, ScriptedDialogs::default());
    assert!(later.state().modal.is_none());
    let mut h = harness_start(Some(&file), &root, ScriptedDialogs::default());
    common::start_typing(&mut h, BlockId::Channels, "Ярмарка");
    wait_for_copy(&mut h, "Ярмарка");
    drop(h);
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let spelled = dir.path().join("sub").join("..").join(".").join("m.ron");
    later.state_mut().open(&spelled);
    later.run_ok();
    let Some(Modal::Recovery(list)) = &later.state().modal else {
        panic!("the copy of the file is offered");
    };
    assert_eq!(list.len(), 1);
    later.get_by_label("Восстановить").click();
    later.run_ok();
    assert_eq!(note_texts(later.state()), ["Ярмарка"]);
}

#[test]
fn steady_editing_refreshes_the_copy_without_waiting_for_a_pause() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(
        Document::new_unsaved(model("blank-bmc")),
        Some(dir.path()),
        ScriptedDialogs::default(),
    );
    let copy = h.state().recovery_file().unwrap();
    // A change every 0.7 s for 5 s: never a pause of AUTOSAVE_AFTER.
    let start = Instant::now();
    let mut made = Vec::new();
    let mut i = 0;
    while start.elapsed() < Duration::from_secs(5) {
        if start.elapsed() >= Duration::from_millis(700) * i {
            let text = format!("Заметка {i}");
            h.event(Event::Paste(text.clone()));
            made.push((Instant::now(), text));
            i += 1;
        }
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    let texts: Vec<String> = autosave::read(&copy).unwrap().model.versions[0]
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect();
    for (at, text) in &made {
        if at.elapsed() > AUTOSAVE_AFTER + Duration::from_millis(500) {
            assert!(texts.contains(text), "{text} is in the copy: {texts:?}");
        }
    }
}

#[test]
fn an_idle_window_asks_for_no_frames_once_the_copy_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(
        Document::new_unsaved(model("blank-bmc")),
        Some(dir.path()),
        ScriptedDialogs::default(),
    );
    let delay =
        |h: &Harness<'_, HolstApp>| h.output().viewport_output[&ViewportId::ROOT].repaint_delay;
    assert_eq!(delay(&h), Duration::MAX, "nothing to do, nothing scheduled");
    h.event(Event::Paste("Склад".into()));
    h.run_ok();
    assert!(delay(&h) <= AUTOSAVE_AFTER, "a frame is asked for the copy");
    let copy = h.state().recovery_file().unwrap();
    assert!(step_until(&mut h, 5.0, |_| copy.exists()));
    h.step();
    assert_eq!(delay(&h), Duration::MAX);
}

#[test]
fn every_leftover_is_offered_newest_first_and_a_restored_one_goes_when_ours_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let old = leave_copy(dir.path(), &titled("Старая"), None, Duration::from_hours(2));
    let mid = leave_copy(
        dir.path(),
        &titled("Средняя"),
        None,
        Duration::from_mins(10),
    );
    let new = leave_copy(dir.path(), &titled("Новая"), None, Duration::from_secs(5));
    let mut h = harness_start(None, dir.path(), ScriptedDialogs::default());
    let y = |h: &Harness<'_, HolstApp>, t: &str| h.get_by_label(t).rect().top();
    assert!(y(&h, "Новая") < y(&h, "Средняя") && y(&h, "Средняя") < y(&h, "Старая"));
    assert!(h.query_by_label_contains("записана 2 ч назад").is_some());
    let restore = h.get_all_by_label("Восстановить").nth(1).unwrap();
    restore.click();
    h.run_ok();
    assert_eq!(h.state().doc.model().title, "Средняя");
    assert!(h.state().doc.is_dirty(), "a restored copy is not saved yet");
    let ours = h.state().recovery_file().unwrap();
    assert_eq!(autosave::read(&ours).unwrap().model.title, "Средняя");
    assert!(!mid.exists(), "its content is in our copy now");
    assert!(old.exists() && new.exists(), "the others stay");
    let status = h.state().status.clone().unwrap_or_default();
    assert!(status.contains("копии для восстановления: 2 —"), "{status}");
}

#[test]
fn a_copy_that_cannot_be_written_is_shown_retried_and_the_restored_one_kept_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let left = leave_copy(dir.path(), &titled("Спасти"), None, Duration::from_mins(1));
    let mut h = harness_start(None, dir.path(), ScriptedDialogs::default());
    // A folder where our copy should go: writing it fails.
    let ours = h.state().recovery_file().unwrap();
    std::fs::create_dir_all(&ours).unwrap();
    h.get_by_label("Восстановить").click();
    h.run_ok();
    assert_eq!(h.state().doc.model().title, "Спасти");
    assert!(left.exists(), "kept: no copy of ours holds it");
    assert!(
        h.query_by_label_contains("Копия для восстановления не записана")
            .is_some(),
        "the status line says so"
    );
    std::fs::remove_dir(&ours).unwrap();
    assert!(
        step_until(&mut h, 8.0, |app| app.recovery_error().is_none()),
        "retried"
    );
    assert!(ours.is_file());
    assert!(!left.exists());
    h.run_ok();
    assert!(
        h.query_by_label_contains("Копия для восстановления не записана")
            .is_none()
    );
}

#[test]
fn deleting_a_copy_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let left = leave_copy(
        dir.path(),
        &titled("Черновик"),
        None,
        Duration::from_mins(1),
    );
    let mut h = harness_start(None, dir.path(), ScriptedDialogs::default());
    h.get_by_label("Удалить копию…").click();
    h.run_ok();
    assert!(h.query_by_label("Удалить копию?").is_some());
    h.get_by_label("Отмена").click();
    h.run_ok();
    assert!(left.exists());
    assert!(
        matches!(h.state().modal, Some(Modal::Recovery(_))),
        "back to the list"
    );
    h.get_by_label("Удалить копию…").click();
    h.run_ok();
    h.get_by_label("Удалить").click();
    h.run_ok();
    assert!(!left.exists());
    assert!(h.state().modal.is_none());
}

#[test]
fn later_keeps_the_copies_and_restoring_over_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let left = leave_copy(
        dir.path(),
        &titled("Отложенная"),
        None,
        Duration::from_mins(1),
    );
    let mut h = harness_start(None, dir.path(), ScriptedDialogs::default());
    h.get_by_label("Позже").click();
    h.run_ok();
    assert!(left.exists());
    h.event(Event::Paste("Моя правка".into()));
    h.run_ok();
    h.get_by_label("Файл").click();
    h.run_ok();
    h.get_by_label("Копии для восстановления…").click();
    h.run_ok();
    h.get_by_label("Восстановить").click();
    h.run_ok();
    assert!(
        h.query_by_label("Не сохранять").is_some(),
        "my change is not dropped unasked"
    );
    h.get_by_label("Отмена").click();
    h.run_ok();
    assert!(note_texts(h.state()).contains(&"Моя правка".to_owned()));
    assert!(left.exists());
}
