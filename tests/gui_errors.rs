//! Read errors and warnings reach the user in the interface language: a broken file opened
//! in the editor shows the parser's message in Russian (or English), headless.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, Env, HolstApp, ScriptedDialogs};
use holst::model::Lang;
use holst::storage::config::Dirs;

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

/// A note with characters no shipped font has: the PDF is written (with red boxes) and the
/// window says so in a dialog naming the text, not only the command line.
#[test]
fn export_warnings_about_missing_characters_reach_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("case.pdf");
    let mut model = common::model("vesely-voylok");
    model.versions[0].notes[0].text = "Войлок 漢字".into();
    let doc = Document::new_unsaved(model);
    let (dirs, dialogs) = (Some(Dirs::under(dir.path())), common::saving_to(&pdf));
    // The screen has no font for 漢字 either: it draws boxes there, as the PDF does.
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(1400.0, 900.0))
        .allow_missing_glyphs()
        .build_eframe(move |cc| {
            HolstApp::new(
                &cc.egui_ctx,
                doc,
                Env {
                    dirs,
                    dialogs: Box::new(dialogs),
                    lang: Some(Lang::Ru),
                },
            )
        });
    h.run_ok();
    h.get_by_label("Файл").click();
    h.run_ok();
    h.get_by_label_contains("Экспорт в PDF").click();
    h.run_ok();
    common::type_into(&mut h, "Куда:", &pdf.display().to_string());
    h.get_by_label("Экспортировать…").click();
    h.run_ok();
    let warned = common::step_until(&mut h, 30.0, |app| {
        matches!(
            app.modal,
            Some(holst::ui::modals::Modal::ExportWarnings { .. })
        )
    });
    assert!(warned, "status: {:?}", h.state().status);
    h.run_ok();
    assert!(
        h.query_by_label("PDF сохранён с предупреждениями")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("ни в одном шрифте нет 漢 (U+6F22), 字 (U+5B57)")
            .is_some(),
        "the warning names the characters"
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}
