//! The native RON format: round trips, and every kind of read error naming the file, the
//! line and column, and what was expected. Nothing is written when reading fails.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use holst::model::{FORMAT_VERSION, Model};
use holst::storage::{self, StorageError, ron_format};
use holst::templates::TEMPLATES;

fn parse_err(text: &str) -> holst::storage::ParseError {
    ron_format::read(text).expect_err("the text is not a valid model")
}

const GOOD: &str = r#"(
    format_version: 1,
    title: "Тест",
    versions: [
        (
            id: 1,
            name: "Версия 1",
            layout: bmc,
            notes: [
                (id: 1, block: channels, colour: pink, x: 8.0, y: 40.0, text: "Сайт"),
                (id: 2, block: channels, colour: yellow, x: 142.0, y: 40.0, text: "Выставки"),
            ],
        ),
    ],
)
"#;

#[test]
fn every_template_round_trips_through_ron_exactly() {
    for t in TEMPLATES {
        let model = t.model().unwrap();
        let text = ron_format::write(&model);
        assert_eq!(ron_format::read(&text).unwrap(), model, "{}", t.id);
        assert_eq!(
            ron_format::write(&ron_format::read(&text).unwrap()),
            text,
            "{}: stable output",
            t.id
        );
    }
}

#[test]
fn a_file_is_diff_friendly_one_note_per_line_and_no_machine_data() {
    let model = holst::templates::Template::find("narodnoe-zdorovie")
        .unwrap()
        .model()
        .unwrap();
    let text = ron_format::write(&model);
    let note_lines = text
        .lines()
        .filter(|l| l.trim_start().starts_with("(id:") && l.contains("block:"))
        .count();
    assert_eq!(note_lines, model.note_count());
    assert!(
        !text.contains("/root") && !text.contains("/home"),
        "no paths in a document"
    );
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let bad = GOOD.replace("x: 142.0,", "x: 142.0");
    let e = parse_err(&bad);
    assert_eq!(e.line, 11, "{e}");
    assert!(e.column > 1);
}

#[test]
fn an_unknown_block_lists_the_blocks() {
    let e = parse_err(&GOOD.replace(
        "block: channels, colour: pink",
        "block: kanaly, colour: pink",
    ));
    assert_eq!(e.line, 10, "{e}");
    assert!(
        e.message.contains("kanaly") && e.message.contains("channels"),
        "{e}"
    );
}

#[test]
fn an_unknown_colour_lists_the_colours() {
    let e = parse_err(&GOOD.replace("colour: pink", "colour: magenta"));
    assert_eq!(e.line, 10, "{e}");
    assert!(
        e.message.contains("magenta") && e.message.contains("yellow"),
        "{e}"
    );
}

#[test]
fn a_missing_field_is_named() {
    let e = parse_err(&GOOD.replace("            layout: bmc,\n", ""));
    assert!(e.message.contains("layout"), "{e}");
    assert!(e.line >= 5 && e.line <= 12, "{e}");
}

#[test]
fn a_file_from_a_newer_holst_is_refused_saying_so() {
    let e = parse_err(&GOOD.replace(
        "format_version: 1",
        &format!("format_version: {}", FORMAT_VERSION + 1),
    ));
    assert_eq!(e.line, 2);
    assert!(e.message.contains("newer Holst"), "{e}");
}

#[test]
fn semantic_errors_point_at_the_offending_note() {
    let e = parse_err(&GOOD.replace("(id: 2, block: channels", "(id: 1, block: channels"));
    assert!(e.message.contains("two notes have the id 1"), "{e}");
    let e = parse_err(&GOOD.replace(
        "block: channels, colour: yellow",
        "block: products, colour: yellow",
    ));
    assert_eq!(e.line, 11, "{e}");
    assert!(
        e.message.contains("products") && e.message.contains("bmc"),
        "{e}"
    );
    let e = parse_err(&GOOD.replace("    versions: [\n        (\n            id: 1,\n            name: \"Версия 1\",\n            layout: bmc,\n            notes: [\n                (id: 1, block: channels, colour: pink, x: 8.0, y: 40.0, text: \"Сайт\"),\n                (id: 2, block: channels, colour: yellow, x: 142.0, y: 40.0, text: \"Выставки\"),\n            ],\n        ),\n    ],", "    versions: [],"));
    assert!(e.message.contains("at least one version"), "{e}");
}

#[test]
fn load_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, GOOD.replace("colour: pink", "colour: magenta")).unwrap();
    let e = storage::load(&path).unwrap_err();
    let text = e.to_string();
    assert!(text.starts_with(&path.display().to_string()), "{text}");
    assert!(text.contains(":10:"), "{text}");

    let e = storage::load(&dir.path().join("missing.ron")).unwrap_err();
    assert!(matches!(e, StorageError::Io { .. }), "{e}");
    let e = storage::load(Path::new("model.txt")).unwrap_err();
    assert!(matches!(e, StorageError::UnknownFormat { .. }), "{e}");

    let latin1 = dir.path().join("latin1.ron");
    std::fs::write(&latin1, b"(\n  title: \"caf\xe9\",\n)").unwrap();
    let e = storage::load(&latin1).unwrap_err().to_string();
    assert!(e.contains(":2:") && e.contains("UTF-8"), "{e}");
}

#[test]
fn saving_is_atomic_and_a_failed_save_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    let model: Model = ron_format::read(GOOD).unwrap();
    storage::save(&model, &path).unwrap();
    assert_eq!(storage::load(&path).unwrap().model, model);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file left behind");
    let bad_target = dir.path().join("no-such-dir").join("m.ron");
    assert!(storage::save(&model, &bad_target).is_err());
    assert!(!bad_target.exists());
}
