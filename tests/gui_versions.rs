//! Versions in the editor, headless: fork keeps ids, rename, mark final, delete with
//! undo, reorder by dragging a tab, paste across versions.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use eframe::egui::{Event, Key, Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, ScriptedDialogs};

mod common;

fn harness(root: &Path) -> Harness<'static, HolstApp> {
    let doc = Document::new_unsaved(common::model("vesely-voylok"));
    common::harness(doc, Some(root), ScriptedDialogs::default())
}

fn version_names(h: &Harness<'_, HolstApp>) -> Vec<String> {
    h.state()
        .doc
        .model()
        .versions
        .iter()
        .map(|v| v.name.clone())
        .collect()
}

fn fork(h: &mut Harness<'_, HolstApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run_ok();
}

#[test]
fn a_fork_keeps_note_ids_becomes_current_and_undo_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    fork(&mut h);
    let app = h.state();
    assert_eq!(app.doc.model().versions.len(), 2);
    let (a, b) = (&app.doc.model().versions[0], &app.doc.model().versions[1]);
    assert_eq!(app.doc.current(), b.id, "the fork is shown");
    assert_eq!(b.name, format!("{} (копия)", a.name));
    let ids = |v: &holst::model::Version| v.notes.iter().map(|n| n.id).collect::<Vec<_>>();
    assert_eq!(ids(a), ids(b), "notes keep their ids");
    assert!(h.query_by_label(&b.name).is_some(), "a tab for the fork");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model().versions.len(), 1);
}

#[test]
fn rename_mark_final_and_delete_with_undo_from_the_version_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    fork(&mut h);
    h.key_press(Key::F2);
    h.run_ok();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("Модель с маркетплейсом".into()));
    h.run_ok();
    h.key_press(Key::Enter);
    h.run_ok();
    let current = h.state().doc.current();
    assert_eq!(
        h.state().doc.model().version(current).unwrap().name,
        "Модель с маркетплейсом"
    );

    h.get_by_label("Версия").click();
    h.run_ok();
    h.get_by_label("Отметить как итоговую").click();
    h.run_ok();
    assert_eq!(h.state().doc.model().final_version, Some(current));
    assert!(
        h.query_by_label("Модель с маркетплейсом · итоговая")
            .is_some(),
        "the tab shows the final mark"
    );

    h.get_by_label("Версия").click();
    h.run_ok();
    h.get_by_label("Удалить версию").click();
    h.run_ok();
    assert_eq!(h.state().doc.model().versions.len(), 1);
    assert_eq!(h.state().doc.model().final_version, None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(
        h.state().doc.model().versions.len(),
        2,
        "undo brings the version back"
    );
    assert_eq!(
        h.state().doc.model().final_version,
        Some(current),
        "and its final mark"
    );
}

#[test]
fn dragging_a_tab_reorders_the_versions() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    fork(&mut h);
    let names = version_names(&h);
    let from = h.get_by_label(&names[1]).rect().center();
    let to = h.get_by_label(&names[0]).rect().left_center() + vec2(4.0, 0.0);
    common::drag(&mut h, from, to);
    let after = version_names(&h);
    assert_eq!(after, vec![names[1].clone(), names[0].clone()]);
}

#[test]
fn notes_copied_in_one_version_paste_into_another() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let pos = h.get_by_label("Местная администрация").rect().center();
    h.hover_at(pos);
    h.step();
    h.get_by_label("Местная администрация").click();
    h.run_ok();
    h.event(Event::Copy);
    h.run_ok();
    // A new, empty version: fork and clear it through the model's own ops.
    fork(&mut h);
    let text = holst::app::clipboard::notes_to_text(
        &h.state().doc.model().versions[0],
        &[h.state().doc.model().versions[0]
            .notes
            .iter()
            .find(|n| n.text == "Местная администрация")
            .unwrap()
            .id],
    );
    h.event(Event::Paste(text));
    h.run_ok();
    let current = h.state().doc.current();
    let v = h.state().doc.model().version(current).unwrap();
    assert_eq!(
        v.notes
            .iter()
            .filter(|n| n.text == "Местная администрация")
            .count(),
        2
    );
    assert_eq!(
        h.state().doc.model().versions[0]
            .notes
            .iter()
            .filter(|n| n.text == "Местная администрация")
            .count(),
        1
    );
}

#[test]
fn switch_layout_offers_three_layouts_and_lean_keeps_every_note_in_its_grid_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let before = h.state().doc.model().versions[0].clone();
    h.get_by_label("Версия").click();
    h.run_ok();
    h.get_by_label("Сменить макет").hover();
    h.run_ok();
    for label in [
        "Бизнес-модель (9 блоков)",
        "Социальное предприятие (11 блоков)",
        "Lean Canvas (9 блоков)",
    ] {
        assert!(h.query_by_label(label).is_some(), "{label} offered");
    }
    h.get_by_label("Lean Canvas (9 блоков)").click();
    h.run_ok();
    let v = h.state().doc.model().versions[0].clone();
    assert_eq!(v.layout, holst::model::LayoutKind::Lean);
    assert_eq!(v.notes.len(), before.notes.len(), "no note dropped");
    // Key Partners' notes are Problem's now, in the same place of the grid.
    let partners: Vec<_> = before
        .notes_in(holst::model::BlockId::KeyPartners)
        .collect();
    assert!(!partners.is_empty());
    for n in partners {
        let after = v.note(n.id).unwrap();
        assert_eq!(after.block, holst::model::BlockId::Problem);
        assert_eq!((after.x, after.y), (n.x, n.y));
    }
    // The canvas shows the Lean titles and says what moved; undo restores the version.
    assert!(
        h.query_by_label("Подсказка по блоку: Уникальное ценностное предложение")
            .is_some()
    );
    assert!(
        h.query_by_label("Подсказка по блоку: Скрытое преимущество")
            .is_some()
    );
    let status = h.state().status.clone().unwrap_or_default();
    assert!(
        status.contains("из «Ключевые партнёры» в «Проблема»"),
        "{status}"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model().versions[0], before);
}
