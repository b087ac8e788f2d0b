//! Canvases written by other tools (issue 15): every fixture of `tests/data/formats` reads
//! as its `.expected.json` says, and converts to Holst's Markdown and to JSON Canvas and
//! back without losing a note, an id, a place or a colour. Holst's Obsidian-style output
//! read by the plugin's own rules gives back every note; its JSON Canvas output passes the
//! spec's required fields.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

#[path = "formats/canvas_spec.rs"]
mod canvas_spec;
#[path = "formats/plugin.rs"]
mod plugin;

use std::path::{Path, PathBuf};

use holst::model::{BlockId, Lang, Model, Version};
use holst::storage::markdown::Style;
use holst::storage::{self, Format, WriteOptions};
use serde_json::Value;

/// The fixtures folder.
fn base() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/formats")
}

/// Every `*.expected.json` below the fixtures folder, with its content.
fn expectations() -> Vec<(PathBuf, Value)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.to_string_lossy().ends_with(".expected.json") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&base(), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (p, v)
        })
        .collect()
}

/// Whitespace runs (U+00A0 too) as one space, trimmed.
fn norm(s: &str) -> String {
    s.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn block_named(id: &str) -> BlockId {
    BlockId::ALL
        .into_iter()
        .find(|b| b.id() == id)
        .unwrap_or_else(|| panic!("no block {id}"))
}

/// Whether a note matches an expected note: its text contains the expected text, carries
/// the sub-section name, and has the colour, when the expectation names them.
fn matches(note: &holst::model::Note, want: &Value) -> bool {
    let text = norm(&note.text);
    let want_text = norm(want["text"].as_str().unwrap());
    let sub_ok = want["sub"]
        .as_str()
        .is_none_or(|s| text.to_lowercase().starts_with(&norm(s).to_lowercase()));
    let colour_ok = want["colour"]
        .as_str()
        .is_none_or(|c| note.colour.name() == c);
    text.contains(&want_text) && sub_ok && colour_ok
}

/// What is wrong with the notes of one version against the expectation.
fn check_notes(v: &Version, exp: &Value, problems: &mut Vec<String>) {
    let exact = exp["exact"].as_bool().unwrap_or(false);
    let extra: Vec<&str> = exp["extra_allowed_in"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let listed = exp["notes"].as_object().cloned().unwrap_or_default();
    for (id, want) in &listed {
        let block = block_named(id);
        if !v.layout.has_block(block) {
            problems.push(format!("block {id} is not in the {} layout", v.layout.id()));
            continue;
        }
        let have: Vec<_> = v.notes_in(block).collect();
        let want = want.as_array().unwrap();
        if exact && !extra.contains(&id.as_str()) {
            let ok = have.len() == want.len() && have.iter().zip(want).all(|(n, w)| matches(n, w));
            if !ok {
                let texts: Vec<&str> = have.iter().map(|n| n.text.as_str()).collect();
                problems.push(format!("{id}: got {texts:?}, expected {want:?}"));
            }
        } else {
            // The expected notes in order, others allowed around them.
            let mut it = have.iter();
            for w in want {
                if !it.any(|n| matches(n, w)) {
                    let texts: Vec<&str> = have.iter().map(|n| n.text.as_str()).collect();
                    problems.push(format!("{id}: {w} missing or out of order in {texts:?}"));
                    break;
                }
            }
        }
    }
    if exact {
        for b in v.layout.blocks() {
            if !listed.contains_key(b.id()) && !extra.contains(&b.id()) && v.notes_in(b).count() > 0
            {
                let texts: Vec<&str> = v.notes_in(b).map(|n| n.text.as_str()).collect();
                problems.push(format!("{}: expected no notes, got {texts:?}", b.id()));
            }
        }
    }
    for id in exp["empty_blocks"].as_array().into_iter().flatten() {
        let b = block_named(id.as_str().unwrap());
        if v.notes_in(b).count() > 0 {
            problems.push(format!("{} must be empty", b.id()));
        }
    }
    let notes: Vec<String> = v.notes.iter().map(|n| norm(&n.text)).collect();
    let description = norm(&v.description);
    for s in exp["must_keep"].as_array().into_iter().flatten() {
        let s = norm(s.as_str().unwrap());
        if !description.contains(&s) && !notes.iter().any(|n| n.contains(&s)) {
            problems.push(format!("lost: «{s}»"));
        }
    }
    for s in exp["must_not_be_notes"].as_array().into_iter().flatten() {
        let s = norm(s.as_str().unwrap());
        if notes.iter().any(|n| n.contains(&s)) {
            problems.push(format!("a note holds «{s}»"));
        }
    }
}

/// What a model keeps through a conversion: title, and per version its name, layout,
/// description and notes (id, block, colour, text, place) in drawing order.
fn essence(m: &Model) -> Vec<String> {
    let mut out = vec![m.title.clone()];
    for v in &m.versions {
        out.push(format!("{} {} «{}»", v.name, v.layout.id(), v.description));
        for n in &v.notes {
            out.push(format!(
                "{} {} {} {:?} ({}, {})",
                n.id.0,
                n.block.id(),
                n.colour.name(),
                n.text,
                n.x,
                n.y
            ));
        }
    }
    out
}

/// Writes and reads back in a format; the model read.
fn through(m: &Model, format: Format, lang: Lang) -> Model {
    let options = WriteOptions {
        lang,
        ..WriteOptions::default()
    };
    let text = storage::serialise_with(m, format, &options);
    storage::parse(&text, format)
        .unwrap_or_else(|e| panic!("{format:?}: {e}\n{text}"))
        .0
}

#[test]
fn every_fixture_reads_as_its_expected_file_says_and_converts_without_loss() {
    let mut failures = Vec::new();
    let all = expectations();
    assert!(all.len() >= 20, "{} fixtures", all.len());
    for (json, exp) in all {
        let fixture = exp["fixture"].as_str().unwrap();
        let path = json.parent().unwrap().join(fixture.trim_end_matches('/'));
        let path = if path.exists() {
            path
        } else {
            base().join(fixture.trim_end_matches('/'))
        };
        let mut problems = Vec::new();
        let loaded = storage::load(&path);
        match (exp["expect"].as_str().unwrap(), loaded) {
            ("error", Err(e)) => {
                let text = e.to_string();
                if !text.contains(path.file_name().unwrap().to_str().unwrap()) {
                    problems.push(format!("the error names no file: {text}"));
                }
            }
            ("error", Ok(l)) => {
                problems.push(format!("read, expected an error: {:?}", essence(&l.model)));
            }
            (_, Err(e)) => problems.push(format!("not read: {e}")),
            (expect, Ok(loaded)) => {
                let m = &loaded.model;
                if expect == "ok" && !loaded.warnings.is_empty() {
                    problems.push(format!("warnings: {:?}", loaded.warnings));
                }
                if m.versions.len() != 1 {
                    problems.push(format!("{} versions", m.versions.len()));
                }
                let v = &m.versions[0];
                if let Some(layout) = exp["layout"].as_str()
                    && v.layout.id() != layout
                {
                    problems.push(format!("layout {}, expected {layout}", v.layout.id()));
                }
                if let Some(t) = exp["title"].as_str()
                    && m.title != t
                {
                    problems.push(format!("title «{}», expected «{t}»", m.title));
                }
                if let Some(one_of) = exp["title_one_of"].as_array()
                    && !one_of.iter().any(|t| t.as_str() == Some(m.title.as_str()))
                {
                    problems.push(format!("title «{}», expected one of {one_of:?}", m.title));
                }
                check_notes(v, &exp, &mut problems);
                for lang in [Lang::Ru, Lang::En] {
                    for format in [Format::Markdown, Format::Canvas, Format::Ron] {
                        let back = through(m, format, lang);
                        if essence(&back) != essence(m) {
                            problems.push(format!(
                                "{format:?} ({lang:?}) changed the model:\n{:#?}\n{:#?}",
                                essence(m),
                                essence(&back)
                            ));
                        }
                    }
                }
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{fixture}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_plugin_reads_back_every_note_of_holsts_obsidian_output() {
    let mut models: Vec<Model> = holst::templates::TEMPLATES
        .iter()
        .map(|t| t.model().unwrap())
        .collect();
    for f in [
        "obsidian-bmc/filled-with-notes.md",
        "obsidian-bmc/aliases-levels-unknown.md",
        "vault-bmc-yjpl",
    ] {
        models.push(storage::load(&base().join(f)).unwrap().model);
    }
    // Multi-line notes, ticks, colours, a legend, a card, a description.
    let mut m = storage::load(&base().join("obsidian-bmc/filled-with-notes.md"))
        .unwrap()
        .model;
    let v = &mut m.versions[0];
    v.notes[0].text = "two\nlines\n\nand a gap".into();
    v.notes[1].colour = holst::model::Colour::Pink;
    v.legend.push(holst::model::LegendEntry {
        colour: holst::model::Colour::Pink,
        meaning: "Partners".into(),
    });
    v.cards.push(holst::model::Card {
        hypothesis: "Offices pay".into(),
        ..holst::model::Card::default()
    });
    models.push(m);
    let mut checked = 0;
    for m in &models {
        for v in &m.versions {
            let options = WriteOptions {
                style: Style::Obsidian,
                lang: Lang::Ru,
                version: Some(v.id),
            };
            let text = storage::serialise_with(m, Format::Markdown, &options);
            let read = plugin::parse_canvas(&text);
            for b in holst::model::LayoutKind::Bmc
                .blocks()
                .filter(|b| v.layout.has_block(*b))
            {
                let want: Vec<String> = v
                    .notes_in(b)
                    .map(|n| n.text.trim().lines().collect::<Vec<_>>().join("<br>"))
                    .filter(|t| !t.is_empty())
                    .collect();
                let got = read
                    .get(b.title(Lang::En).to_lowercase().as_str())
                    .cloned()
                    .unwrap_or_default();
                assert_eq!(got, want, "{} / {} / {}\n{text}", m.title, v.name, b.id());
                checked += want.len();
            }
            // And Holst reads its own Obsidian style back: same notes in the same blocks.
            let (back, _) = holst::storage::markdown::read(&text).unwrap();
            let bv = &back.versions[0];
            for b in v.layout.blocks() {
                let a: Vec<String> = v
                    .notes_in(b)
                    .map(|n| n.text.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect();
                let c: Vec<String> = bv.notes_in(b).map(|n| n.text.clone()).collect();
                assert_eq!(a, c, "{} / {}", v.name, b.id());
            }
            assert_eq!(back.title, m.title.replace('\n', " ").trim());
        }
    }
    assert!(checked > 100, "{checked} notes checked");
}

#[test]
fn holsts_json_canvas_passes_the_spec_and_its_own_rules() {
    let rules = canvas_spec::Rules::load(&base().join("jsoncanvas/required-fields.json"));
    // The validator can fail: the fixture of another writer breaks two rules on purpose.
    let other = std::fs::read_to_string(base().join("jsoncanvas/other-writer.canvas")).unwrap();
    assert!(!rules.spec(&other).is_empty());
    let obsidian = std::fs::read_to_string(base().join("jsoncanvas/bmc-obsidian.canvas")).unwrap();
    assert_eq!(rules.spec(&obsidian), Vec::<String>::new());
    let mut models: Vec<Model> = holst::templates::TEMPLATES
        .iter()
        .map(|t| t.model().unwrap())
        .collect();
    models.push(
        storage::load(&base().join("lean/leanstack-sections.md"))
            .unwrap()
            .model,
    );
    for m in &models {
        for lang in [Lang::Ru, Lang::En] {
            let text = storage::serialise_with(
                m,
                Format::Canvas,
                &WriteOptions {
                    lang,
                    ..WriteOptions::default()
                },
            );
            let mut problems = rules.spec(&text);
            problems.extend(rules.holst(&text, m));
            assert!(problems.is_empty(), "{}: {problems:#?}", m.title);
        }
    }
}
