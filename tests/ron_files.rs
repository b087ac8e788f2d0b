//! The native RON format: round trips, and every kind of read error naming the file, the
//! line and column, and what was expected. Nothing is written when reading fails.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use holst::model::{BlockId, Colour, FORMAT_VERSION, MAX_ID, Model};
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

#[test]
fn templates_load_without_moving_a_note() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let loaded = storage::load(&path).unwrap();
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.warnings
        );
        count += 1;
    }
    assert_eq!(count, TEMPLATES.len());
}

#[test]
fn ids_that_leave_no_room_are_refused_with_the_note_line() {
    let e = parse_err(&GOOD.replace("(id: 2, block:", "(id: 18446744073709551615, block:"));
    assert_eq!(e.line, 11, "{e}");
    assert!(
        e.message.contains("18446744073709551615") && e.message.contains(&MAX_ID.to_string()),
        "{e}"
    );
    assert!(e.ru.contains("18446744073709551615"), "{}", e.ru);
    let e = parse_err(&GOOD.replace(
        "            id: 1,\n",
        &format!("            id: {},\n", MAX_ID + 1),
    ));
    assert_eq!(e.line, 6, "{e}");
    // The largest allowed id still leaves room: new ids are made below the bound, and
    // two new notes in a row both get an id.
    let mut model =
        ron_format::read(&GOOD.replace("(id: 2, block:", &format!("(id: {MAX_ID}, block:")))
            .unwrap();
    let v = model.versions[0].id;
    for text in ["first", "second"] {
        let op = holst::ops::add_note(&model, v, BlockId::Channels, Colour::Yellow, text).unwrap();
        let mut history = holst::ops::History::new();
        history.apply(&mut model, &op).unwrap();
    }
    model.validate().unwrap();
    let ids: Vec<u64> = model.versions[0].notes.iter().map(|n| n.id.0).collect();
    assert_eq!(ids, [1, MAX_ID, 2, 3]);
    assert_eq!(ron_format::read(&ron_format::write(&model)).unwrap(), model);
}

#[test]
fn a_note_far_outside_its_block_is_moved_in_with_a_warning() {
    let text = GOOD.replace("x: 142.0, y: 40.0", "x: 1e30, y: -7e20");
    let (model, warnings) = ron_format::read_with_warnings(&text).unwrap();
    let note = &model.versions[0].notes[1];
    let layout = model.versions[0].layout;
    let block = layout.block_rect(note.block).unwrap();
    let rect =
        holst::geometry::note_rect(layout, note, holst::geometry::note_height(&note.text)).unwrap();
    assert!(block.contains_rect(&rect, 0.01), "{note:?} in {block:?}");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].line, 11);
    assert!(warnings[0].message.contains("Выставки"), "{}", warnings[0]);
    assert!(warnings[0].ru.contains("перенесена"), "{}", warnings[0].ru);
    // The note that was inside stays exactly where it was.
    assert_eq!(
        (model.versions[0].notes[0].x, model.versions[0].notes[0].y),
        (8.0, 40.0)
    );
    // Through `storage::load` the warning reaches the caller (and so `holst check`).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.ron");
    std::fs::write(&path, &text).unwrap();
    assert_eq!(storage::load(&path).unwrap().warnings, warnings);
    // Positions that are no numbers at all stay refused.
    let e = parse_err(&GOOD.replace("x: 142.0", "x: inf"));
    assert!(e.message.contains("finite"), "{e}");
}

#[test]
fn format_version_is_read_as_the_field() {
    // A title that mentions a newer version does not make the file newer.
    let titled = GOOD.replace("title: \"Тест\"", "title: \"format_version: 9\"");
    assert_eq!(
        ron_format::read(&titled).unwrap().title,
        "format_version: 9"
    );
    let first_in_title = titled.replace(
        "(\n    format_version: 1,\n    title: \"format_version: 9\",",
        "(\n    title: \"format_version: 9\",\n    format_version: 1,",
    );
    assert!(ron_format::read(&first_in_title).is_ok());
    // Version 0 is no format.
    let e = parse_err(&GOOD.replace("format_version: 1", "format_version: 0"));
    assert_eq!((e.line, e.column), (2, 5), "{e}");
    assert!(e.message.contains("format_version 0"), "{e}");
    // A newer file is recognised even when the rest does not parse for this Holst.
    let newer = "(\n    format_version: 2,\n    title: \"x\",\n    canvases: { \"a\": [1, 2] },\n    versions: [(id: 1, name: \"v\", layout: hexagons)],\n)\n";
    let e = parse_err(newer);
    assert!(
        e.message.contains("newer Holst") && e.message.contains("format_version 2"),
        "{e}"
    );
    assert_eq!(e.line, 2);
    // Also when the field is not first: then serde finds it among the others.
    let later = "(title: \"x\", shapes: [circle], format_version: 3)";
    assert!(parse_err(later).message.contains("format_version 3"));
}

#[test]
fn empty_blank_and_binary_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, expected) in [
        ("empty.ron", &b""[..], "empty"),
        ("blank.ron", b" \n\t\n", "only spaces"),
        ("nul.ron", &[0u8; 64][..], "binary file"),
        (
            "nul-inside.ron",
            b"(\n  format_version: 1,\x00",
            "binary file",
        ),
        ("empty.md", b"", "empty"),
        ("blank.md", b"\r\n  \n", "only spaces"),
        ("nul.md", &[0u8; 64][..], "binary file"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let e = storage::load(&path).unwrap_err();
        assert!(e.to_string().contains(expected), "{name}: {e}");
        assert!(matches!(e, StorageError::Parse { .. }), "{name}: {e}");
    }
    let e = storage::load(&dir.path().join("nul-inside.ron")).unwrap_err();
    assert!(e.to_string().contains(":2:21:"), "{e}");
}

#[test]
fn old_mac_line_endings_are_line_ends_in_ron_too() {
    let path = tempfile::tempdir().unwrap();
    let file = path.path().join("mac.ron");
    std::fs::write(
        &file,
        GOOD.replace('\n', "\r").replace("x: 142.0,", "x: 142.0"),
    )
    .unwrap();
    let e = storage::load(&file).unwrap_err().to_string();
    assert!(e.contains(":11:"), "the line is counted at each CR: {e}");
    std::fs::write(&file, GOOD.replace('\n', "\r")).unwrap();
    assert_eq!(storage::load(&file).unwrap().model.note_count(), 2);
}
