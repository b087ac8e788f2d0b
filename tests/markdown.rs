//! Markdown import and export (canvas.md, "Markdown exchange format"): round trips,
//! hand-written files in both forms, errors with their lines, warnings, and no panics.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use holst::model::{
    BlockId, Card, Colour, LayoutKind, LegendEntry, Model, Status, Version, VersionId,
};
use holst::storage::markdown::{read, write};
use holst::templates::TEMPLATES;

/// A model as Markdown carries it: everything but ids and note positions.
#[derive(Debug, PartialEq)]
struct Shape {
    title: String,
    versions: Vec<VersionShape>,
}

#[derive(Debug, PartialEq)]
struct VersionShape {
    name: String,
    layout: LayoutKind,
    is_final: bool,
    blocks: Vec<(BlockId, Vec<(String, Colour)>)>,
    legend: Vec<LegendEntry>,
    cards: Vec<CardShape>,
}

#[derive(Debug, PartialEq)]
struct CardShape {
    fields: [String; 5],
    status: Status,
    /// Linked notes by their text, whitespace collapsed (what a link names).
    notes: Vec<String>,
}

fn collapse(t: &str) -> String {
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn shape(m: &Model) -> Shape {
    Shape {
        title: m.title.clone(),
        versions: m
            .versions
            .iter()
            .map(|v| VersionShape {
                name: v.name.clone(),
                layout: v.layout,
                is_final: m.final_version == Some(v.id),
                blocks: v
                    .layout
                    .blocks()
                    .map(|b| {
                        let notes = v.notes_in(b).map(|n| (n.text.clone(), n.colour)).collect();
                        (b, notes)
                    })
                    .collect(),
                legend: v.legend.clone(),
                cards: v
                    .cards
                    .iter()
                    .map(|c| CardShape {
                        fields: [
                            c.hypothesis.clone(),
                            c.test.clone(),
                            c.metric.clone(),
                            c.criterion.clone(),
                            c.learning.clone(),
                        ],
                        status: c.status,
                        notes: c
                            .notes
                            .iter()
                            .filter_map(|id| v.note(*id))
                            .map(|n| collapse(&n.text))
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Reads text that must be free of warnings.
fn read_clean(text: &str) -> Model {
    let (model, warnings) = read(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert!(warnings.is_empty(), "{warnings:?}\n{text}");
    model.validate().unwrap();
    model
}

fn assert_round_trip(model: &Model) {
    let text = write(model);
    let back = read_clean(&text);
    assert_eq!(shape(&back), shape(model), "\n{text}");
    assert_eq!(write(&back), text);
}

fn notes(v: &Version, block: BlockId) -> Vec<(&str, Colour)> {
    v.notes_in(block)
        .map(|n| (n.text.as_str(), n.colour))
        .collect()
}

#[test]
fn every_template_round_trips() {
    for t in TEMPLATES {
        let model = t.model().unwrap_or_else(|e| panic!("{}: {e}", t.id));
        assert_round_trip(&model);
    }
}

#[test]
fn the_transcribed_cases_read_without_warnings_and_round_trip() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cases");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            let model = read_clean(&text);
            assert!(model.note_count() > 0, "{}", path.display());
            assert_round_trip(&model);
        }
    }
}

const HAND_WRITTEN: &str = "\u{feff}# Весёлый войлок\r
\r
## Первая гипотеза\r
итоговая: да\r
\r
### Продукты\r
- Игрушки из войлока\r
\r
### Каналы сбыта:\r
* Интернет-сайт\r
+ {цвет: розовый} участие в выставках,\r
  ярмарках и\r
\r
    фестивалях\r
1. {color: yellow} {скобки} остаются текстом\r
\r
### Легенда\r
- {color: pink} Корпоративные клиенты\r
\r
### Hypotheses\r
- [подтверждена] Мы считаем, что мамы купят игрушки\r
  проверка: проведём ярмарку\r
  metric: доля покупок\r
  критерий: купят 10%\r
  learning: Купили 14%\r
    Поэтому расширяем ассортимент\r
  notes: «Интернет-сайт»; «участие в выставках, ярмарках и фестивалях»\r
- [testing] Без полей\r
\r
## Вторая\r
layout: bmc\r
\r
### key-partners\r
- Фабрики\r
";

#[test]
fn hand_written_versions_with_colours_multi_line_notes_legend_and_cards() {
    let model = read_clean(HAND_WRITTEN);
    assert_eq!(model.title, "Весёлый войлок");
    assert_eq!(model.versions.len(), 2);
    let v = &model.versions[0];
    assert_eq!(v.name, "Первая гипотеза");
    assert_eq!(v.layout, LayoutKind::Social, "Продукты makes it social");
    assert_eq!(model.final_version, Some(v.id));
    assert_eq!(
        notes(v, BlockId::Products),
        [("Игрушки из войлока", Colour::Yellow)]
    );
    assert_eq!(
        notes(v, BlockId::Channels),
        [
            ("Интернет-сайт", Colour::Yellow),
            (
                "участие в выставках,\nярмарках и\n\n  фестивалях",
                Colour::Pink
            ),
            ("{скобки} остаются текстом", Colour::Yellow),
        ]
    );
    assert_eq!(
        v.legend,
        [LegendEntry {
            colour: Colour::Pink,
            meaning: "Корпоративные клиенты".into()
        }]
    );
    let card = &v.cards[0];
    assert_eq!(card.status, Status::Validated);
    assert_eq!(card.hypothesis, "Мы считаем, что мамы купят игрушки");
    assert_eq!(card.test, "проведём ярмарку");
    assert_eq!(card.metric, "доля покупок");
    assert_eq!(card.criterion, "купят 10%");
    assert_eq!(card.learning, "Купили 14%\nПоэтому расширяем ассортимент");
    let linked: Vec<&str> = card
        .notes
        .iter()
        .filter_map(|id| v.note(*id))
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(
        linked,
        [
            "Интернет-сайт",
            "участие в выставках,\nярмарках и\n\n  фестивалях"
        ]
    );
    assert_eq!(v.cards[1].status, Status::Testing);
    assert!(v.cards[1].test.is_empty() && v.cards[1].notes.is_empty());
    let w = &model.versions[1];
    assert_eq!((w.name.as_str(), w.layout), ("Вторая", LayoutKind::Bmc));
    assert_eq!(
        notes(w, BlockId::KeyPartners),
        [("Фабрики", Colour::Yellow)]
    );
    let ids: Vec<u64> = model
        .versions
        .iter()
        .flat_map(|v| v.notes.iter().map(|n| n.id.0))
        .collect();
    assert_eq!(ids, (1..=ids.len() as u64).collect::<Vec<_>>());
    assert!(
        model
            .versions
            .iter()
            .all(|v| holst::geometry::overlapping_pairs(v).is_empty())
    );
    assert_round_trip(&model);
}

const OBSIDIAN: &str = "---
tags: [canvas]
title: x
---
# Lemonade stand

Some description of the canvas.

## Key Partners
- Lemon farm
- [x] Sugar supplier

## Value Propositions
1. Cold lemonade
2. Friendly service
   on hot days

## Customer Segments
* [ ] Tourists
### Notes on segments
- Families

## Hypotheses
- [untested] Tourists pay $2
";

#[test]
fn a_block_per_second_level_heading_reads_as_one_version() {
    let (model, warnings) = read(OBSIDIAN).unwrap();
    // The front matter's title wins over the first heading (issue 15).
    assert_eq!(model.title, "x");
    assert_eq!(model.versions.len(), 1);
    let v = &model.versions[0];
    assert_eq!((v.name.as_str(), v.layout), ("x", LayoutKind::Bmc));
    // Task ticks stay in the text, as the Obsidian plugin keeps them.
    assert_eq!(
        notes(v, BlockId::KeyPartners),
        [
            ("Lemon farm", Colour::Yellow),
            ("[x] Sugar supplier", Colour::Yellow)
        ]
    );
    assert_eq!(
        notes(v, BlockId::ValuePropositions),
        [
            ("Cold lemonade", Colour::Yellow),
            ("Friendly service\n on hot days", Colour::Yellow)
        ]
    );
    // A heading under a block is a sub-section: its notes stay in the block, named.
    assert_eq!(
        notes(v, BlockId::CustomerSegments),
        [
            ("[ ] Tourists", Colour::Yellow),
            ("Notes on segments: Families", Colour::Yellow)
        ]
    );
    assert_eq!(v.cards.len(), 1);
    assert_eq!(v.cards[0].hypothesis, "Tourists pay $2");
    // The introduction (with the `#` heading the title did not take) is the version's
    // description, kept without a warning.
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        v.description,
        "# Lemonade stand\nSome description of the canvas."
    );
    assert_round_trip(&model);
    let back = read_clean(&write(&model));
    assert_eq!(back.versions[0].description, v.description);
}

#[test]
fn social_blocks_at_the_second_level_make_the_layout_social() {
    let model = read_clean("## Products\n- Felt toys\n\n## Social Impact\n- Jobs\n");
    assert_eq!(model.title, "Без названия");
    assert_eq!(model.versions[0].layout, LayoutKind::Social);
    assert_eq!(
        notes(&model.versions[0], BlockId::SocialImpact),
        [("Jobs", Colour::Yellow)]
    );
}

#[test]
fn a_file_without_version_headings_is_one_version_named_after_the_model() {
    let model = read_clean("# Кооператив\nlayout: social\n\n### Каналы\n- сайты\n");
    assert_eq!(model.versions.len(), 1);
    assert_eq!(model.versions[0].name, "Кооператив");
    assert_eq!(model.versions[0].layout, LayoutKind::Social);
    let untitled = read_clean("### Каналы\n- сайты\n");
    assert_eq!(untitled.title, "Без названия");
    assert_eq!(untitled.versions[0].name, "Без названия");
    assert_eq!(untitled.versions[0].layout, LayoutKind::Bmc);
    // An empty file is no model (issue 8): refused, not read as one empty version.
    let empty = read("").unwrap_err();
    assert!(empty.message.contains("empty"), "{empty}");
}

#[test]
fn a_version_named_like_a_block_stays_a_version() {
    let mut model = Model::new("T", "Каналы", LayoutKind::Bmc);
    model
        .versions
        .push(Version::new(VersionId(2), "Гипотезы", LayoutKind::Social));
    assert_round_trip(&model);
}

#[test]
fn stray_text_is_skipped_with_a_warning_naming_the_line() {
    let text = "intro\n# T\n## V\nnot a key\nlayout: social\n### Каналы\nописание блока\n- сайт\n#### sub\n- item";
    let (model, warnings) = read(text).unwrap();
    // One warning per run of lines kept in the description; a deeper heading is a
    // sub-section, whose items are notes named after it.
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [1, 4, 7], "{warnings:?}");
    assert!(warnings[2].message.contains("описание блока"));
    assert_eq!(
        model.versions[0].layout,
        LayoutKind::Bmc,
        "layout after text is no key"
    );
    let v = &model.versions[0];
    assert_eq!(
        notes(v, BlockId::Channels),
        [("сайт", Colour::Yellow), ("sub: item", Colour::Yellow)]
    );
    for kept in ["intro", "not a key", "layout: social", "описание блока"] {
        assert!(v.description.contains(kept), "{kept}: {}", v.description);
    }
    let (_, warnings) = read("# T\n## V\n- before any block\n### Каналы\n- ok").unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 3);
}

#[test]
fn an_unmatched_card_link_is_a_warning_and_a_second_final_mark_too() {
    let text =
        "# T\n## A\nfinal: yes\n### Гипотезы\n- [ ] h\n  notes: «нет такой»\n## B\nfinal: yes\n";
    let (model, warnings) = read(text).unwrap();
    assert_eq!(model.final_version, Some(model.versions[0].id));
    assert!(model.versions[0].cards[0].notes.is_empty());
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [6, 8]);
}

/// The error of `text`: its line and column, and its message must mention `expected`.
fn error_at(text: &str, line: usize, column: usize, expected: &[&str]) {
    let e = read(text).expect_err(text);
    assert_eq!((e.line, e.column), (line, column), "{e}");
    for word in expected {
        assert!(e.message.contains(word), "{e} lacks {word}");
    }
}

#[test]
fn each_error_names_its_line_and_what_was_expected() {
    error_at(
        "# T\n## V\n\n### Ключевые партнёры\n- a\n### Партнёры по бизнесу\n",
        6,
        5,
        &[
            "Партнёры по бизнесу",
            "key_partners",
            "Ключевые партнёры",
            "Key Partners",
            "Гипотезы",
        ],
    );
    error_at(
        "# T\n## V\nlayout: bmc\n### Каналы\n### Продукты\n- x",
        5,
        5,
        &["products", "bmc", "key_partners", "revenue_streams"],
    );
    error_at(
        "### Каналы\n- ok\n- {color: magenta} x",
        3,
        11,
        &[
            "magenta",
            "yellow, orange, pink, green, blue, purple, grey, white",
        ],
    );
    error_at(
        "## V\n### Гипотезы\n- [может быть] h",
        3,
        4,
        &["может быть", "не проверена", "опровергнута", "untested"],
    );
    error_at("# T\n## V\nlayout: grid\n", 3, 9, &["grid", "bmc, social"]);
    error_at("# T\n## V\n\nfinal: maybe\n", 4, 8, &["yes"]);
    error_at(
        "# T\n### Каналы\n## V\nlayout: bmc",
        2,
        5,
        &["## <version name>"],
    );
}

#[test]
fn export_writes_every_block_of_the_layout_and_only_non_empty_sections() {
    let mut model = Model::new("T", "V", LayoutKind::Bmc);
    let text = write(&model);
    for b in LayoutKind::Bmc.blocks() {
        assert!(text.contains(&format!("\n### {}\n", b.title(holst::model::Lang::Ru))));
    }
    assert!(!text.contains("Легенда") && !text.contains("Гипотезы") && !text.contains("final"));
    model.final_version = Some(VersionId(1));
    model.versions[0].cards.push(Card {
        hypothesis: "h".into(),
        ..Card::default()
    });
    let text = write(&model);
    assert!(text.contains("layout: bmc\nfinal: yes\n"));
    assert!(text.contains("### Гипотезы\n- [не проверена] h\n"));
    assert!(!text.contains("test:"));
}

#[test]
fn old_mac_line_endings_keep_every_note() {
    let mut text = String::from("# Старый Mac\r\r## Версия\rlayout: bmc\r\r### Каналы\r");
    for i in 1..=30 {
        text.push_str("- Заметка ");
        text.push_str(&i.to_string());
        text.push('\r');
    }
    text.push_str("- {color: pink} многострочная\r  вторая строка\r");
    let (model, warnings) = read(&text).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let notes = &model.versions[0].notes;
    assert_eq!(notes.len(), 31);
    assert_eq!(notes[29].text, "Заметка 30");
    assert_eq!(notes[30].text, "многострочная\nвторая строка");
    assert_eq!(model.versions[0].name, "Версия");
    // Mixed endings count lines alike: an error names the line a reader sees.
    let e = read("# T\r## V\r\n\n### Nope\r").unwrap_err();
    assert_eq!(e.line, 4, "{e}");
    // From a file too.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mac.md");
    std::fs::write(&path, &text).unwrap();
    let loaded = holst::storage::load(&path).unwrap();
    assert_eq!(loaded.model.note_count(), 31);
}

#[test]
fn a_file_without_any_block_heading_is_refused_not_an_empty_model() {
    for text in [
        "# Только заголовок\n",
        "# T\n## Версия\nlayout: bmc\n",
        "- a note with no block\n- another\n",
        "Just a text file.\nNothing of a canvas.\n",
    ] {
        let e = read(text).expect_err(text);
        assert!(e.message.contains("no block heading"), "{text}: {e}");
        assert!(e.ru.contains("заголовка блока"), "{}", e.ru);
    }
    // A heading of a block, or of the hypotheses, is enough: an empty canvas is a canvas.
    assert_eq!(read("### Каналы\n").unwrap().0.note_count(), 0);
    assert!(read("## V\n### Гипотезы\n- h\n").is_ok());
}

#[test]
fn binary_and_blank_text_is_refused() {
    let e = read("\0\0\0").unwrap_err();
    assert!(e.message.contains("binary file"), "{e}");
    assert!(e.ru.contains("двоичный"), "{}", e.ru);
    let e = read("### Каналы\n- a\0b\n").unwrap_err();
    assert_eq!((e.line, e.column), (2, 4), "{e}");
    let e = read(" \n\t\r\n").unwrap_err();
    assert!(e.message.contains("only spaces"), "{e}");
    assert!(read("\u{feff}").unwrap_err().message.contains("empty"));
}

#[path = "markdown/props.rs"]
mod props;
