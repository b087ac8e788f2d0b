//! The shipped cases are faithful and complete transcriptions of the seed: per block, the
//! words of the seed and the words of the template's notes are the same sets, and every
//! note is tidily inside its block with none over another.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use holst::geometry::{content_rect, note_height, note_rect, overlapping_pairs};
use holst::model::{BlockId, LayoutKind};
use holst::templates::{TEMPLATES, Template};

const SEED: &str = include_str!("data/cases-seed.txt");

/// The labels the seed uses for blocks, in the spelling of the slides.
const LABELS: [&str; 12] = [
    "Клиенты:",
    "Продукты:",
    "Ключевые партнерства:",
    "Ключевые партнёрства:",
    "Создаваемая стоимость для клиентов:",
    "Затраты:",
    "Доходы:",
    "Каналы:",
    "Отношения с клиентами:",
    "Ключевые действия:",
    "Ключевые ресурсы:",
    "Социальное воздействие:",
];

/// The seed's text of one case, whitespace collapsed and the slide's hyphen breaks
/// ("детей-  инвалидов") joined.
fn case_text(id: &str) -> String {
    let start = SEED
        .find(&format!("=== {id}\n"))
        .expect("the excerpt has the case");
    let body = SEED[start + id.len() + 5..]
        .split("\n=== ")
        .next()
        .unwrap_or_default();
    let collapsed = body.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.replace("- ", "-")
}

/// The seed's text of each block of a case.
fn seed_blocks(id: &str) -> Vec<(BlockId, String)> {
    let text = case_text(id);
    let mut marks: Vec<(usize, &str)> = LABELS
        .iter()
        .filter_map(|l| text.find(l).map(|p| (p, *l)))
        .collect();
    marks.sort_unstable();
    let mut blocks = Vec::new();
    for (i, (pos, label)) in marks.iter().enumerate() {
        let end = marks.get(i + 1).map_or(text.len(), |m| m.0);
        let block = BlockId::parse(label).unwrap_or_else(|| panic!("label {label} names a block"));
        blocks.push((block, text[pos + label.len()..end].to_owned()));
    }
    blocks
}

/// Lower-case words, list numbering ("1.Обеспеченность") dropped.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '/'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !w.chars().all(|c| c.is_ascii_digit()) || w.len() > 1 || text.contains(&format!("{w} "))
        })
        .collect()
}

#[test]
fn both_cases_hold_every_item_of_the_seed_in_its_block_word_for_word() {
    for id in ["vesely-voylok", "narodnoe-zdorovie"] {
        let model = Template::find(id).unwrap().model().unwrap();
        assert_eq!(model.versions.len(), 1);
        let version = &model.versions[0];
        assert_eq!(version.layout, LayoutKind::Social);
        let blocks = seed_blocks(id);
        assert_eq!(blocks.len(), 11, "{id}: the seed names all eleven blocks");
        for (block, seed_text) in &blocks {
            let notes: Vec<&str> = version.notes_in(*block).map(|n| n.text.as_str()).collect();
            assert!(!notes.is_empty(), "{id}: {block:?} has notes");
            let ours = words(&notes.join(" "));
            let seed = words(seed_text);
            assert_eq!(ours, seed, "{id}: {block:?} words differ from the seed");
            for note in &notes {
                let flat = note.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    seed_text.contains(&flat) || flat.split(' ').all(|w| seed_text.contains(w)),
                    "{id}: «{note}» is not the seed's wording"
                );
            }
        }
    }
}

#[test]
fn every_template_is_tidy_notes_inside_blocks_and_none_over_another() {
    for t in TEMPLATES {
        let model = t.model().unwrap_or_else(|e| panic!("{}: {e}", t.id));
        for v in &model.versions {
            assert!(
                overlapping_pairs(v).is_empty(),
                "{}: overlapping notes",
                t.id
            );
            for n in &v.notes {
                let block = content_rect(v.layout.block_rect(n.block).unwrap());
                let r = note_rect(v.layout, n, note_height(&n.text)).unwrap();
                assert!(
                    block.contains_rect(&r, 0.01),
                    "{}: «{}» sticks out of {:?}",
                    t.id,
                    n.text,
                    n.block
                );
            }
        }
    }
}

#[test]
fn template_ids_and_layouts_are_as_documented() {
    let ids: Vec<&str> = TEMPLATES.iter().map(|t| t.id).collect();
    assert_eq!(
        ids,
        [
            "vesely-voylok",
            "narodnoe-zdorovie",
            "blank-bmc",
            "blank-social"
        ]
    );
    assert_eq!(
        Template::find("blank-bmc")
            .unwrap()
            .model()
            .unwrap()
            .versions[0]
            .layout,
        LayoutKind::Bmc
    );
    assert_eq!(
        Template::find("blank-social")
            .unwrap()
            .model()
            .unwrap()
            .versions[0]
            .layout,
        LayoutKind::Social
    );
    assert_eq!(
        Template::find("vesely-voylok").unwrap().title(),
        "Веселый войлок"
    );
    assert_eq!(
        Template::find("narodnoe-zdorovie").unwrap().title(),
        "Народное здоровье"
    );
}

#[test]
fn the_templates_are_the_markdown_cases_converted() {
    for id in ["vesely-voylok", "narodnoe-zdorovie"] {
        let md = std::fs::read_to_string(format!(
            "{}/examples/cases/{id}.md",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let (from_md, _) = holst::storage::markdown::read(&md).unwrap();
        let shipped = Template::find(id).unwrap().model().unwrap();
        assert_eq!(
            from_md, shipped,
            "{id}: run `holst convert examples/cases/{id}.md assets/templates/{id}.ron`"
        );
    }
}
