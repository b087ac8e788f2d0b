//! Open, Save as, Export and saving an imported file when the system's file dialogs
//! cannot be shown (no desktop portal, no zenity): the editor's own browser, driven by a
//! typed path. The export's default destination, files dropped on the window, recent
//! files that are gone.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, Modal, ScriptedDialogs};
use holst::storage::config::{Config, Dirs};

fn browsing(h: &Harness<'_, HolstApp>) -> bool {
    matches!(h.state().modal, Some(Modal::Browse(_)))
}

/// Types a path into the browser's name field (it has the keyboard as the browser opens,
/// no click needed) and presses Enter.
fn choose(h: &mut Harness<'_, HolstApp>, path: &Path) {
    assert!(
        browsing(h),
        "the editor's own browser is shown: {:?}",
        h.state().modal
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(eframe::egui::Event::Text(path.display().to_string()));
    h.run_ok();
    h.key_press(Key::Enter);
    h.run_ok();
}

fn saved_model(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    holst::storage::save(&common::model("vesely-voylok"), &path).unwrap();
    path
}

/// Waits for a background export to write `file`.
fn wait_for(h: &mut Harness<'_, HolstApp>, file: &Path) {
    let done = common::step_until(h, 60.0, |_| {
        std::fs::read(file).is_ok_and(|b| b.starts_with(b"%PDF"))
    });
    assert!(
        done,
        "{} written; status: {:?}",
        file.display(),
        h.state().status
    );
}

#[test]
fn open_goes_through_the_editors_browser_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_model(dir.path(), "plan.ron");
    let doc = Document::new_unsaved(common::model("vesely-voylok"));
    let mut h = common::harness(doc, Some(dir.path()), ScriptedDialogs::failing());
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_ok();
    let Some(Modal::Browse(b)) = &h.state().modal else {
        panic!("no browser: {:?}", h.state().modal);
    };
    assert!(
        b.why.contains("no desktop portal"),
        "the reason is given: {}",
        b.why
    );
    // Not silence: the window says why its own browser is used, and what to install.
    assert!(h.query_by_label_contains("zenity").is_some());
    choose(&mut h, &file);
    assert_eq!(h.state().doc.path(), Some(file.as_path()));
    assert!(h.state().modal.is_none());
}

#[test]
fn the_browser_lists_models_and_arrow_keys_and_enter_open_one() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("models");
    std::fs::create_dir(&dir).unwrap();
    let file = saved_model(&dir, "a.ron");
    std::fs::write(dir.join("notes.txt"), "x").unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    let doc = Document::open(&file).unwrap().0;
    let mut h = common::harness(doc, Some(root.path()), ScriptedDialogs::failing());
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_ok();
    let Some(Modal::Browse(b)) = &h.state().modal else {
        panic!("no browser");
    };
    assert_eq!(b.dir, dir, "it starts in the model's folder");
    let names: Vec<&str> = b.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["sub", "a.ron"],
        "folders first, other files filtered out"
    );
    // Down twice: the folder, then the model; Enter opens it.
    h.key_press(Key::ArrowDown);
    h.key_press(Key::ArrowDown);
    h.run_ok();
    h.key_press(Key::Enter);
    h.run_ok();
    assert!(h.state().modal.is_none(), "opened: {:?}", h.state().modal);
    assert_eq!(h.state().doc.path(), Some(file.as_path()));
}

#[test]
fn save_as_goes_through_the_editors_browser() {
    let dir = tempfile::tempdir().unwrap();
    let doc = Document::new_unsaved(common::model("vesely-voylok"));
    let mut h = common::harness(doc, Some(dir.path()), ScriptedDialogs::failing());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_ok();
    // A name without its extension gets `.ron`.
    let target = dir.path().join("new-plan");
    choose(&mut h, &target);
    let written = dir.path().join("new-plan.ron");
    assert!(written.is_file(), "saved: {:?}", h.state().modal);
    assert_eq!(h.state().doc.path(), Some(written.as_path()));
}

#[test]
fn an_imported_markdown_file_is_saved_beside_it_with_the_same_name() {
    let dir = tempfile::tempdir().unwrap();
    let md = saved_model(dir.path(), "idea.md");
    let mut h = common::harness_start(Some(&md), dir.path(), ScriptedDialogs::failing());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    let Some(Modal::Browse(b)) = &h.state().modal else {
        panic!("no browser: {:?}", h.state().modal);
    };
    assert_eq!(b.dir, dir.path(), "the import's folder");
    assert_eq!(b.name, "idea.ron", "the import's name with .ron");
    // Enter takes the proposal.
    h.key_press(Key::Enter);
    h.run_ok();
    let ron = dir.path().join("idea.ron");
    assert!(ron.is_file(), "saved: {:?}", h.state().modal);
    assert_eq!(h.state().doc.path(), Some(ron.as_path()));
    assert!(md.is_file(), "the Markdown file stays");
}

#[test]
fn export_with_the_defaults_writes_the_pdf_beside_the_model_and_offers_to_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_model(dir.path(), "plan.ron");
    let doc = Document::open(&file).unwrap().0;
    let dialogs = ScriptedDialogs::failing();
    let opened = dialogs.opened.clone();
    let mut h = common::harness(doc, Some(dir.path()), dialogs);
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_ok();
    let pdf = dir.path().join("plan.pdf");
    let Some(Modal::Export(form)) = &h.state().modal else {
        panic!("no export form");
    };
    assert_eq!(form.dest, pdf.display().to_string());
    // Enter in the form exports; no file dialog at all.
    h.key_press(Key::Enter);
    h.run_ok();
    wait_for(&mut h, &pdf);
    h.run_ok();
    let status = h.state().status.clone().unwrap_or_default();
    assert!(status.contains("plan.pdf"), "{status}");
    h.get_by_label("Открыть папку").click();
    h.run_ok();
    h.get_by_label("Открыть файл").click();
    h.run_ok();
    assert_eq!(*opened.borrow(), [dir.path().to_path_buf(), pdf.clone()]);
    assert_eq!(
        h.state().config.last_export_dir.as_deref(),
        Some(dir.path())
    );
}

#[test]
fn export_browse_goes_through_the_editors_browser_back_to_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let doc = Document::new_unsaved(common::model("vesely-voylok"));
    let mut h = common::harness(doc, Some(dir.path()), ScriptedDialogs::failing());
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_ok();
    // A real click: the button takes the keyboard focus, the browser's field takes it over.
    let browse = h.get_by_label("Обзор…").rect().center();
    common::click_n(&mut h, browse, 1);
    let target = dir.path().join("print.pdf");
    choose(&mut h, &target);
    let Some(Modal::Export(form)) = &h.state().modal else {
        panic!("back to the form: {:?}", h.state().modal);
    };
    assert_eq!(form.dest, target.display().to_string());
    h.get_by_label("Экспортировать…").click();
    h.run_ok();
    wait_for(&mut h, &target);
}

#[test]
fn the_browser_refuses_a_missing_file_and_asks_before_replacing_one() {
    let dir = tempfile::tempdir().unwrap();
    let existing = saved_model(dir.path(), "old.ron");
    let before = std::fs::read(&existing).unwrap();
    let mut model = common::model("vesely-voylok");
    model.title = "Другая".into();
    let doc = Document::new_unsaved(model);
    let mut h = common::harness(doc, Some(dir.path()), ScriptedDialogs::failing());
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_ok();
    choose(&mut h, &dir.path().join("nothing.ron"));
    assert!(browsing(&h), "still open on a missing file");
    assert!(h.query_by_label_contains("nothing.ron").is_some(), "named");
    h.key_press(Key::Escape);
    h.run_ok();
    assert!(h.state().modal.is_none(), "Esc cancels");

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_ok();
    choose(&mut h, &existing);
    assert!(browsing(&h), "asks before replacing");
    assert_eq!(
        std::fs::read(&existing).unwrap(),
        before,
        "nothing written yet"
    );
    h.key_press(Key::Enter);
    h.run_ok();
    assert!(h.state().modal.is_none());
    assert_ne!(
        std::fs::read(&existing).unwrap(),
        before,
        "replaced on the second Enter"
    );
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl eframe::egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'_, HolstApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    h.run_ok();
}

#[test]
fn a_model_dropped_on_the_window_opens_after_asking_about_changes() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_model(dir.path(), "dropped.md");
    let doc = Document::new_unsaved(common::model("vesely-voylok"));
    let mut h = common::harness(doc, Some(dir.path()), ScriptedDialogs::failing());
    common::start_typing(&mut h, holst::model::BlockId::KeyPartners, "Новый партнёр");
    drop_file(&mut h, &file);
    assert!(
        matches!(h.state().modal, Some(Modal::Unsaved(_))),
        "asks first: {:?}",
        h.state().modal
    );
    h.get_by_label("Не сохранять").click();
    h.run_ok();
    assert!(h.state().modal.is_none(), "{:?}", h.state().modal);
    assert!(
        h.state()
            .doc
            .imported_from()
            .is_some_and(|p| p.ends_with("dropped.md")),
        "the dropped file is open"
    );

    let txt = dir.path().join("readme.txt");
    std::fs::write(&txt, "x").unwrap();
    drop_file(&mut h, &txt);
    let status = h.state().status.clone().unwrap_or_default();
    assert!(status.contains("readme.txt"), "{status}");
}

#[test]
fn recent_files_that_are_gone_are_dropped_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let kept = saved_model(dir.path(), "kept.ron");
    let gone = dir.path().join("gone.ron");
    let dirs = Dirs::under(dir.path());
    let config = Config {
        recent: vec![gone.clone(), kept.clone()],
        ..Config::default()
    };
    config.save(&dirs.config_file).unwrap();
    let doc = Document::new_unsaved(common::model("vesely-voylok"));
    let h = common::harness(doc, Some(dir.path()), ScriptedDialogs::default());
    assert_eq!(h.state().config.recent, [kept]);
    let status = h.state().status.clone().unwrap_or_default();
    assert!(status.contains("gone.ron"), "{status}");
    assert_eq!(
        Config::load(&dirs.config_file).recent.len(),
        1,
        "remembered"
    );
}
