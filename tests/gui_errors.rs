//! Read errors and warnings reach the user in the interface language: a broken file opened
//! in the editor shows the parser's message in Russian (or English), headless.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, ScriptedDialogs};
use holst::model::Lang;

mod common;

/// The app on a template, settings in `root`, interface in `lang`.
fn app(root: &Path, lang: Lang) -> Harness<'static, HolstApp> {
    let doc = Document::new_unsaved(common::model("blank-bmc"));
    common::harness_in(doc, Some(root), ScriptedDialogs::default(), lang)
}

/// A Markdown file whose line 5 names no block.
fn broken_md(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("broken.md");
    std::fs::write(&path, "# Модель\n\n## Версия\n\n### Склад ракет\n- x\n").unwrap();
    path
}

#[test]
fn a_broken_markdown_file_shows_the_error_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let path = broken_md(dir.path());
    let mut h = app(dir.path(), Lang::Ru);
    h.state_mut().open(&path);
    h.run_ok();
    h.get_by_label_contains("broken.md:5:5: неизвестный заголовок блока «Склад ракет»");
    assert!(
        h.query_by_label_contains("unknown block heading").is_none(),
        "the English message must not show in a Russian interface"
    );
}

#[test]
fn a_broken_markdown_file_shows_the_error_in_english_when_the_interface_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = broken_md(dir.path());
    let mut h = app(dir.path(), Lang::En);
    h.state_mut().open(&path);
    h.run_ok();
    h.get_by_label_contains("unknown block heading «Склад ракет»");
    assert!(h.query_by_label_contains("неизвестный заголовок").is_none());
}

#[test]
fn every_import_warning_is_listed_with_its_line_and_the_status_line_reopens_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("loose.md");
    std::fs::write(
        &path,
        "# Модель\n\nпросто текст\n\n## products\n- x\n\nвторой абзац\n\n## channels\n- y\n\nтретий\n",
    )
    .unwrap();
    let mut h = app(dir.path(), Lang::Ru);
    h.state_mut().open(&path);
    h.run_ok();
    // Both, not only the first, each with its line, in Russian. The text before the first
    // block is the canvas's introduction: kept in the description without a warning.
    h.get_by_label("Предупреждения импорта");
    for line in [
        "строка 8: не заметка, сохранено в описании версии: «второй абзац»",
        "строка 13: не заметка, сохранено в описании версии: «третий»",
    ] {
        assert!(h.query_by_label_contains(line).is_some(), "{line}");
    }
    assert!(h.query_by_label_contains("строка 3:").is_none());
    let description = &h.state().doc.model().versions[0].description;
    for kept in ["просто текст", "второй абзац", "третий"] {
        assert!(description.contains(kept), "{description}");
    }
    h.get_by_label("Закрыть").click();
    h.run_ok();
    assert!(h.state().modal.is_none());
    assert!(h.query_by_label_contains("«третий»").is_none());
    h.get_by_label("предупреждения импорта: 2").click();
    h.run_ok();
    assert!(h.query_by_label_contains("строка 13:").is_some());
}
