//! The editor driven through its widgets with `egui_kittest`, headless: no display, no
//! dialogs (they are answered by `ScriptedDialogs`), settings in a temporary folder.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use eframe::egui::{Event, Key, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, ScriptedDialogs};
use holst::model::{BlockId, Lang};

mod common;

use common::{drag, model};

fn harness_with(
    doc: Document,
    root: &Path,
    dialogs: ScriptedDialogs,
) -> Harness<'static, HolstApp> {
    common::harness(doc, Some(root), dialogs)
}

fn harness(doc: Document, root: &Path) -> Harness<'static, HolstApp> {
    harness_with(doc, root, ScriptedDialogs::default())
}

fn click_at(h: &mut Harness<'_, HolstApp>, pos: Pos2) {
    common::click_n(h, pos, 1);
}

fn double_click_at(h: &mut Harness<'_, HolstApp>, pos: Pos2) {
    common::click_n(h, pos, 2);
}

/// A point inside a block's empty area, found through the block's help button.
fn inside_block(h: &Harness<'_, HolstApp>, block: BlockId, down: f32) -> Pos2 {
    let label = format!("Подсказка по блоку: {}", block.title(Lang::Ru));
    h.get_by_label(&label).rect().center() + vec2(-80.0, down)
}

fn note_center(h: &Harness<'_, HolstApp>, text: &str) -> Pos2 {
    h.get_by_label(text).rect().center()
}

fn notes_with(h: &Harness<'_, HolstApp>, text: &str) -> Vec<holst::model::Note> {
    let app = h.state();
    let v = app.doc.model().version(app.doc.current()).unwrap();
    v.notes.iter().filter(|n| n.text == text).cloned().collect()
}

fn type_new_note(h: &mut Harness<'_, HolstApp>, block: BlockId, text: &str) {
    let pos = inside_block(h, block, 120.0);
    double_click_at(h, pos);
    assert!(
        h.state().canvas.editing.is_some(),
        "double-click on empty space opens the editor"
    );
    h.event(Event::Text(text.into()));
    h.run_ok();
    h.key_press(Key::Escape);
    h.run_ok();
}

#[test]
fn double_click_on_empty_space_creates_a_note_and_typing_fills_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("blank-social")), dir.path());
    type_new_note(&mut h, BlockId::Channels, "Интернет-магазин");
    let notes = notes_with(&h, "Интернет-магазин");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].block, BlockId::Channels);
    assert!(h.state().canvas.editing.is_none());
    assert!(h.state().doc.is_dirty());
    // Adding and typing is one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert!(notes_with(&h, "Интернет-магазин").is_empty());
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn escape_during_a_drag_puts_the_notes_back_and_leaves_no_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("vesely-voylok")), dir.path());
    let before = notes_with(&h, "Галереи подарков");
    let from = note_center(&h, "Галереи подарков");
    let to = inside_block(&h, BlockId::Channels, 200.0);
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=4 {
        h.hover_at(from + (to - from) * (i as f32 / 8.0));
        h.step();
    }
    assert!(h.state().canvas.dragging(), "the drag is under way");
    h.key_press(Key::Escape);
    h.step();
    assert!(!h.state().canvas.dragging(), "Esc ends the drag");
    for i in 5..=8 {
        h.hover_at(from + (to - from) * (i as f32 / 8.0));
        h.step();
    }
    h.drop_at(to);
    h.run_ok();
    assert_eq!(
        notes_with(&h, "Галереи подарков"),
        before,
        "the note is where it was"
    );
    assert!(
        !h.state().doc.history().can_undo(),
        "nothing entered the history"
    );
}

#[test]
fn an_emptied_new_note_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("blank-bmc")), dir.path());
    let pos = inside_block(&h, BlockId::CostStructure, 80.0);
    double_click_at(&mut h, pos);
    h.key_press(Key::Escape);
    h.run_ok();
    assert_eq!(h.state().doc.model().note_count(), 0);
    assert!(!h.state().doc.history().can_undo());
}

#[test]
fn dragging_a_note_into_another_block_moves_it_there_and_undo_redo_restore_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("vesely-voylok")), dir.path());
    let from = note_center(&h, "Галереи подарков");
    let to = inside_block(&h, BlockId::Channels, 200.0);
    drag(&mut h, from, to);
    let moved = notes_with(&h, "Галереи подарков");
    assert_eq!(moved[0].block, BlockId::Channels, "the note changed block");
    assert_eq!(
        h.state().doc.history().undo_len(),
        1,
        "a whole drag is one undo step"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(
        notes_with(&h, "Галереи подарков")[0].block,
        BlockId::CustomerSegments
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_ok();
    assert_eq!(
        notes_with(&h, "Галереи подарков")[0].block,
        BlockId::Channels
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_ok();
    assert_eq!(
        notes_with(&h, "Галереи подарков")[0].block,
        BlockId::Channels,
        "Ctrl+Y redoes too"
    );
}

#[test]
fn a_note_dropped_outside_every_block_returns() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("vesely-voylok")), dir.path());
    let before = notes_with(&h, "Галереи подарков")[0].clone();
    let from = note_center(&h, "Галереи подарков");
    drag(&mut h, from, Pos2::new(1395.0, 450.0));
    assert_eq!(notes_with(&h, "Галереи подарков")[0], before);
    assert!(!h.state().doc.history().can_undo());
}

#[test]
fn delete_removes_the_selected_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("vesely-voylok")), dir.path());
    let count = h.state().doc.model().note_count();
    let pos = note_center(&h, "Цветочные магазины");
    click_at(&mut h, pos);
    assert_eq!(h.state().canvas.selection.len(), 1);
    h.key_press(Key::Delete);
    h.run_ok();
    assert!(notes_with(&h, "Цветочные магазины").is_empty());
    assert_eq!(h.state().doc.model().note_count(), count - 1);
}

#[test]
fn copy_and_paste_make_a_new_note_with_the_same_text_and_colour() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("vesely-voylok")), dir.path());
    let pos = note_center(&h, "Интернет-сайт");
    click_at(&mut h, pos);
    h.event(Event::Copy);
    h.step();
    let clipboard = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            eframe::egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("Copy put text on the system clipboard");
    assert!(
        clipboard.contains("### Каналы") && clipboard.contains("- Интернет-сайт"),
        "{clipboard}"
    );
    let text = clipboard;
    h.event(Event::Paste(text));
    h.run_ok();
    let both = notes_with(&h, "Интернет-сайт");
    assert_eq!(both.len(), 2);
    assert_ne!(both[0].id, both[1].id);
    assert_eq!(both[1].block, BlockId::Channels);
    assert!(
        holst::geometry::overlapping_pairs(
            h.state()
                .doc
                .model()
                .version(h.state().doc.current())
                .unwrap()
        )
        .is_empty()
    );
}

#[test]
fn plain_text_pasted_from_elsewhere_becomes_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("blank-bmc")), dir.path());
    h.event(Event::Paste("Подписка на обновления".into()));
    h.run_ok();
    assert_eq!(notes_with(&h, "Подписка на обновления").len(), 1);
}

#[test]
fn save_then_reopen_gives_the_same_model() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    let dialogs = common::saving_to(&path);
    let mut h = harness_with(
        Document::new_unsaved(model("narodnoe-zdorovie")),
        dir.path(),
        dialogs,
    );
    type_new_note(&mut h, BlockId::Products, "Мёд с пасеки");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    assert!(!h.state().doc.is_dirty());
    assert_eq!(h.state().doc.path(), Some(path.as_path()));
    let (reopened, _) = Document::open(&path).unwrap();
    assert_eq!(reopened.model(), h.state().doc.model());
    assert!(
        reopened.model().versions[0]
            .notes
            .iter()
            .any(|n| n.text == "Мёд с пасеки")
    );
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("saved.ron");
    let dialogs = common::saving_to(&path);
    let mut h = harness_with(
        Document::new_unsaved(model("blank-social")),
        dir.path(),
        dialogs,
    );
    type_new_note(&mut h, BlockId::SocialImpact, "Рабочие места");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_ok();
    assert!(
        h.query_by_label("Не сохранять").is_some(),
        "the prompt is shown"
    );
    h.get_by_label("Отмена").click();
    h.run_ok();
    assert!(h.query_by_label("Не сохранять").is_none());
    assert!(h.state().doc.is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_ok();
    h.get_by_label("Сохранить").click();
    h.run_ok();
    assert!(path.exists(), "Save in the prompt wrote the file");
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn switching_the_language_changes_the_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Document::new_unsaved(model("blank-bmc")), dir.path());
    assert!(h.query_by_label("Файл").is_some());
    h.get_by_label("Вид").click();
    h.run_ok();
    h.get_by_label("English").click();
    h.run_ok();
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label("Файл").is_none());
    assert!(
        h.query_by_label("About this block: Key Partners").is_some(),
        "block titles follow the language"
    );
    assert_eq!(
        h.state().config.lang,
        Some(Lang::En),
        "the choice is remembered"
    );
}

#[test]
fn export_pdf_from_the_file_menu_writes_the_pdf_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("case.pdf");
    let dialogs = common::saving_to(&pdf);
    let mut h = harness_with(
        Document::new_unsaved(model("vesely-voylok")),
        dir.path(),
        dialogs,
    );
    h.get_by_label("Файл").click();
    h.run_ok();
    h.get_by_label_contains("Экспорт в PDF").click();
    h.run_ok();
    h.get_by_label("A4").click();
    h.run_ok();
    common::type_into(&mut h, "Куда:", &pdf.display().to_string());
    h.get_by_label("Экспортировать…").click();
    h.run_ok();
    for _ in 0..600 {
        if h.state()
            .status
            .as_deref()
            .is_some_and(|s| s.starts_with("PDF сохранён"))
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    let status = h.state().status.clone().unwrap_or_default();
    assert!(
        status.contains("case.pdf"),
        "the status line says where the file went: {status}"
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF was written");
}

#[test]
fn unsaved_changes_are_autosaved_to_the_recovery_folder_and_removed_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.ron");
    let dialogs = common::saving_to(&path);
    let mut h = harness_with(
        Document::new_unsaved(model("blank-bmc")),
        dir.path(),
        dialogs,
    );
    let recovery = h.state().recovery_file().unwrap();
    type_new_note(&mut h, BlockId::KeyResources, "Команда");
    assert!(
        !recovery.exists(),
        "not at once: a recovery copy follows the first change by a moment"
    );
    std::thread::sleep(holst::app::AUTOSAVE_AFTER + std::time::Duration::from_millis(100));
    h.step();
    assert!(recovery.exists(), "a recovery copy after the pause");
    let text = std::fs::read_to_string(&recovery).unwrap();
    assert!(text.contains("Команда"), "the copy holds the change");
    assert!(!path.exists(), "never written over the user's file");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    assert!(path.exists());
    assert!(!recovery.exists(), "saving removes the recovery copy");
}

#[test]
fn an_imported_markdown_file_is_saved_as_ron_where_the_user_says() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("canvas.md");
    std::fs::write(
        &md,
        "# Кофейня\n\n## Key Partners\n- Обжарщик\n\n## Customer Segments\n- Студенты\n",
    )
    .unwrap();
    let ron = dir.path().join("canvas.ron");
    let dialogs = common::saving_to(&ron);
    let (doc, warnings) = Document::open(&md).unwrap();
    assert!(warnings.is_empty());
    assert!(doc.path().is_none(), "an import has no .ron yet");
    let mut h = harness_with(doc, dir.path(), dialogs);
    assert!(h.state().doc.is_dirty(), "an import is not saved yet");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    assert_eq!(h.state().doc.path(), Some(ron.as_path()));
    let saved = holst::storage::load(&ron).unwrap().model;
    assert_eq!(saved.title, "Кофейня");
    assert_eq!(saved.versions[0].notes.len(), 2);
    assert_eq!(
        std::fs::read_to_string(&md).unwrap(),
        "# Кофейня\n\n## Key Partners\n- Обжарщик\n\n## Customer Segments\n- Студенты\n",
        "the Markdown file is left as it was"
    );
}

#[test]
fn a_failed_save_says_so_in_the_interface_language_and_keeps_the_changes() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("model.ron");
    let mut h = harness_with(
        Document::new_unsaved(model("blank-bmc")),
        dir.path(),
        common::saving_to(&target),
    );
    type_new_note(&mut h, BlockId::Channels, "Сайт");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_ok();
    assert!(
        h.query_by_label_contains("Не удалось сохранить файл")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("ошибка чтения или записи файла")
            .is_some()
    );
    assert!(
        h.state().doc.is_dirty(),
        "nothing was saved, the changes are still unsaved"
    );
    assert!(!target.exists());
}
