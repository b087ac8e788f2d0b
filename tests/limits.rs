//! Input limits (issue 8, item 7): each limit refuses what goes beyond it with the limit
//! named, through `Model::validate` (which every reader and saving use) and through the
//! readers, which stop at the line that goes beyond it. Special files and huge files are
//! refused before anything is read.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::path::Path;

use holst::model::{
    BlockId, Card, CardId, Colour, LayoutKind, LegendEntry, MAX_CARDS, MAX_FILE_BYTES, MAX_LEGEND,
    MAX_NAME_CHARS, MAX_NOTES, MAX_TEXT_CHARS, MAX_VERSIONS, Model, Note, NoteId, Version,
    VersionId,
};
use holst::storage::{self, FileKind, StorageError, markdown, ron_format};

fn note(id: u64, text: &str) -> Note {
    Note {
        id: NoteId(id),
        block: BlockId::Channels,
        colour: Colour::Yellow,
        x: 8.0,
        y: 40.0,
        text: text.into(),
    }
}

/// The model's validation message, which must name `limit` (the number) and `what`, and
/// have a Russian text naming the number too.
fn refused(model: &Model, limit: usize, what: &str) {
    let e = model.validate().expect_err("beyond the limit");
    assert!(
        e.message.contains(&limit.to_string()) && e.message.contains(what),
        "{e}"
    );
    assert!(e.ru.contains(&limit.to_string()), "{}", e.ru);
    assert_ne!(e.ru, e.message);
}

#[test]
fn notes_per_model_are_bounded_over_all_versions() {
    let mut m = Model::new("T", "A", LayoutKind::Bmc);
    m.versions[0].notes = (1..=MAX_NOTES as u64 / 2).map(|i| note(i, "n")).collect();
    let mut b = m.versions[0].clone();
    b.id = VersionId(2);
    m.versions.push(b);
    m.validate().unwrap();
    m.versions[1]
        .notes
        .push(note(MAX_NOTES as u64, "one too many"));
    refused(&m, MAX_NOTES, "notes");
    // The RON reader points at the note beyond the limit: the last line with a note.
    let text = ron_format::write(&m);
    let e = ron_format::read(&text).unwrap_err();
    let lines: Vec<&str> = text.lines().collect();
    let last_note = lines.iter().rposition(|l| l.contains("block:")).unwrap() + 1;
    assert_eq!(e.line, last_note, "{e}");
}

#[test]
fn the_markdown_reader_stops_at_the_note_beyond_the_limit() {
    let mut text = String::from("# T\n### Каналы\n");
    for i in 0..=MAX_NOTES {
        writeln!(text, "- n{i}").unwrap();
    }
    let e = markdown::read(&text).unwrap_err();
    assert_eq!(e.line, MAX_NOTES + 3, "{e}");
    assert!(e.message.contains(&format!("{MAX_NOTES} notes")), "{e}");
}

#[test]
fn versions_per_model_are_bounded_and_a_flood_of_empty_versions_is_refused_at_once() {
    let mut m = Model::new("T", "v", LayoutKind::Bmc);
    for i in 2..=MAX_VERSIONS as u64 {
        m.versions
            .push(Version::new(VersionId(i), "v", LayoutKind::Bmc));
    }
    m.validate().unwrap();
    m.versions
        .push(Version::new(VersionId(9999), "v", LayoutKind::Bmc));
    refused(&m, MAX_VERSIONS, "versions");
    // The file of the issue: 100 000 empty versions, 4 MB. The reader stops at the
    // first heading beyond the limit instead of building them all.
    let mut text = String::from("# Flood\n");
    for i in 0..100_000 {
        writeln!(text, "## Version number {i:>6} of the flood\nlayout: bmc").unwrap();
    }
    assert!(text.len() > 2_900_000);
    // Without key lines they are no versions at all: no block, refused.
    let plain = text.replace("\nlayout: bmc", "");
    assert!(markdown::read(&plain).is_err());
    let e = markdown::read(&text).unwrap_err();
    assert_eq!(e.line, 2 * MAX_VERSIONS + 2, "{e}");
    assert!(
        e.message.contains(&format!("{MAX_VERSIONS} versions")),
        "{e}"
    );
}

#[test]
fn cards_per_model_are_bounded() {
    let mut m = Model::new("T", "v", LayoutKind::Bmc);
    m.versions[0].cards = (1..=MAX_CARDS as u64)
        .map(|i| Card {
            id: CardId(i),
            hypothesis: "h".into(),
            ..Card::default()
        })
        .collect();
    m.validate().unwrap();
    m.versions[0].cards.push(Card {
        id: CardId(MAX_CARDS as u64 + 1),
        ..Card::default()
    });
    refused(&m, MAX_CARDS, "cards");
}

#[test]
fn texts_titles_and_legends_are_bounded() {
    let long = "ж".repeat(MAX_TEXT_CHARS);
    let mut m = Model::new("T", "v", LayoutKind::Bmc);
    m.versions[0].notes.push(note(1, &long));
    m.validate().unwrap();
    m.versions[0].notes[0].text.push('!');
    refused(&m, MAX_TEXT_CHARS, "note 1");

    let mut m = Model::new("T", "v", LayoutKind::Bmc);
    m.versions[0].cards.push(Card {
        id: CardId(4),
        learning: format!("{long}!"),
        ..Card::default()
    });
    refused(&m, MAX_TEXT_CHARS, "card 4");

    let mut m = Model::new("T".repeat(MAX_NAME_CHARS + 1), "v", LayoutKind::Bmc);
    refused(&m, MAX_NAME_CHARS, "title");
    m.title = "T".into();
    m.versions[0].name = "v".repeat(MAX_NAME_CHARS + 1);
    refused(&m, MAX_NAME_CHARS, "version name");

    let mut m = Model::new("T", "v", LayoutKind::Bmc);
    m.versions[0].legend = vec![
        LegendEntry {
            colour: Colour::Pink,
            meaning: "m".into(),
        };
        MAX_LEGEND + 1
    ];
    refused(&m, MAX_LEGEND, "legend");

    // In Markdown the error names the note's line.
    let text = format!("# T\n\n### Каналы\n- short\n- {long}!\n");
    let e = markdown::read(&text).unwrap_err();
    assert_eq!(e.line, 5, "{e}");
    assert!(e.message.contains(&MAX_TEXT_CHARS.to_string()), "{e}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // A sparse file: as large as the limit plus one byte, without writing it.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap();
    let e = storage::load(&path).unwrap_err();
    assert!(matches!(e, StorageError::TooLarge { .. }), "{e}");
    assert!(e.to_string().contains("64 MB"), "{e}");
    assert!(e.describe(holst::model::Lang::Ru).contains("64 МБ"));
}

/// The kind of special file `path` is refused as.
fn refused_kind(path: &Path) -> FileKind {
    match storage::load(path) {
        Err(StorageError::NotAFile { kind, .. }) => kind,
        other => panic!("{}: {other:?}", path.display()),
    }
}

#[test]
fn only_regular_files_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    assert_eq!(refused_kind(&folder), FileKind::Directory);
    // `/dev/zero` behind a name with a known extension: would grow without end.
    let zero = dir.path().join("zero.md");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    assert_eq!(refused_kind(&zero), FileKind::Device);
    // A FIFO with no writer: opening it for reading would wait for ever.
    let fifo = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    assert_eq!(refused_kind(&fifo), FileKind::Fifo);
    let e = storage::load(&fifo).unwrap_err();
    assert!(e.to_string().contains("FIFO"), "{e}");
}

#[test]
fn stray_lines_are_counted_not_listed_one_by_one() {
    // 500 paragraphs under a block with a note: each kept in the description, with a warning.
    let mut text = String::from("# T\n### Каналы\n- a\n\n");
    for i in 0..500 {
        writeln!(text, "stray {i}\n").unwrap();
    }
    let (model, warnings) = markdown::read(&text).unwrap();
    assert_eq!(model.note_count(), 1);
    assert!(model.versions[0].description.contains("stray 499"));
    assert_eq!(warnings.len(), 101, "100 listed and one counting the rest");
    assert_eq!(warnings[99].line, 203);
    let last = &warnings[100];
    assert_eq!(last.line, 205);
    assert!(last.message.contains("400 more warnings"), "{last}");
    assert!(last.ru.contains("ещё 400"), "{}", last.ru);
}

#[test]
fn one_list_item_cannot_go_on_for_ever() {
    let mut text = String::from("### Каналы\n- start\n");
    text.push_str(&"  more\n".repeat(1_000_001));
    let e = markdown::read(&text).unwrap_err();
    assert_eq!(e.line, 1_000_003, "{e}");
    assert!(e.message.contains("1000000 lines"), "{e}");
    // Blank lines inside an item count too, without being kept one by one.
    let mut text = String::from("### Каналы\n- start\n");
    text.push_str(&"\n".repeat(1_000_000));
    text.push_str("  end\n");
    let e = markdown::read(&text).unwrap_err();
    assert_eq!(e.line, 1_000_003, "{e}");
    // The same blank lines before a line that is not indented just end the item.
    let mut text = String::from("### Каналы\n- start\n");
    text.push_str(&"\n".repeat(1_000_000));
    text.push_str("- next\n");
    assert_eq!(markdown::read(&text).unwrap().0.note_count(), 2);
}
