//! The readers: whatever the bytes, no panic; a model that reads validates, lays out as
//! PDF pages, and survives a write and a second read.

use holst::export::{PdfOptions, layout_pages};
use holst::model::{BlockId, Colour, LayoutKind, LegendEntry, Model, Status};
use holst::storage::canvas_json::{self, CanvasOptions};
use holst::storage::{Format, markdown, parse, ron_format};

/// Models larger than this are not laid out as PDF pages (it would slow the fuzzer down
/// without reaching other code).
const LAYOUT_LIMIT: usize = 300;

/// The RON reader: a model that reads is valid, writes, and reads back equal; its text
/// is a fixed point of write.
pub fn ron_read(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok((model, warnings)) = parse(text, Format::Ron) else {
        return;
    };
    assert!(warnings.is_empty(), "the RON reader gave warnings");
    valid_and_laid_out(&model);
    let written = ron_format::write(&model);
    let back = ron_format::read(&written)
        .unwrap_or_else(|e| panic!("the written RON does not read back: {e}\n{written}"));
    assert_eq!(back, model, "the model changed through RON\n{written}");
    assert_eq!(
        ron_format::write(&back),
        written,
        "RON is not a fixed point"
    );
    // `holst convert` to Markdown gives a file that opens. (Not always the same model:
    // Markdown cannot carry everything RON can, see `storage::markdown`.)
    let md = markdown::write(&model);
    match markdown::read(&md) {
        Ok((m, _)) => {
            if let Err(e) = m.validate() {
                panic!("the Markdown of a valid model reads as an invalid one: {e}\n{md}");
            }
        }
        Err(e) => panic!("the Markdown of a valid model does not read: {e}\n{md}"),
    }
}

/// The Markdown reader: a model that reads is valid, and writing it as Markdown and
/// reading that back gives the same notes (text, colour, block), versions, legend and
/// cards; the written text is a fixed point.
pub fn markdown_read(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok((model, _warnings)) = parse(text, Format::Markdown) else {
        return;
    };
    valid_and_laid_out(&model);
    markdown_round_trip(&model);
    // The native format keeps whatever Markdown gave.
    let written = ron_format::write(&model);
    let back = ron_format::read(&written)
        .unwrap_or_else(|e| panic!("the written RON does not read back: {e}\n{written}"));
    assert_eq!(back, model, "the model changed through RON\n{written}");
}

/// The JSON Canvas reader: a model that reads is valid and lays out; written as a canvas
/// again it reads back with the same versions and the same notes (text and block) in each.
pub fn canvas_read(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok((model, _warnings)) = parse(text, Format::Canvas) else {
        return;
    };
    valid_and_laid_out(&model);
    let written = canvas_json::write(&model, &CanvasOptions::default());
    let (back, _) = canvas_json::read(&written, None)
        .unwrap_or_else(|e| panic!("the written canvas does not read back: {e}\n{written}"));
    if let Err(e) = back.validate() {
        panic!("the written canvas reads as an invalid model: {e}\n{written}");
    }
    let notes = |m: &Model| -> Vec<Vec<(BlockId, String)>> {
        m.versions
            .iter()
            .map(|v| {
                let mut n: Vec<_> = v.notes.iter().map(|n| (n.block, canon(&n.text))).collect();
                n.sort();
                n
            })
            .collect()
    };
    assert_eq!(
        notes(&back),
        notes(&model),
        "notes changed through JSON Canvas\n{written}"
    );
}

fn valid_and_laid_out(model: &Model) {
    if let Err(e) = model.validate() {
        panic!("a model that reads is not valid: {e}");
    }
    if model.note_count() <= LAYOUT_LIMIT {
        let pages = layout_pages(model, &PdfOptions::default())
            .unwrap_or_else(|e| panic!("a valid model does not lay out: {e}"));
        assert!(pages.len() >= model.versions.len());
    }
}

/// Writes the model as Markdown and reads it back: no error, no warning, the same shape,
/// and the same text when written again.
pub(crate) fn markdown_round_trip(model: &Model) {
    let written = markdown::write(model);
    let (back, warnings) = markdown::read(&written)
        .unwrap_or_else(|e| panic!("the written Markdown does not read back: {e}\n{written}"));
    assert!(
        warnings.is_empty(),
        "the written Markdown reads with warnings: {warnings:?}\n{written}"
    );
    if let Err(e) = back.validate() {
        panic!("the written Markdown reads as an invalid model: {e}\n{written}");
    }
    assert_eq!(
        shape(&back),
        shape(&canon_model(model)),
        "the model changed through Markdown\n{written}"
    );
    assert_eq!(
        markdown::write(&back),
        written,
        "Markdown is not a fixed point"
    );
}

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
    cards: Vec<([String; 5], Status, Vec<String>)>,
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
                    .map(|c| {
                        let fields = [
                            c.hypothesis.clone(),
                            c.test.clone(),
                            c.metric.clone(),
                            c.criterion.clone(),
                            c.learning.clone(),
                        ];
                        let notes = c
                            .notes
                            .iter()
                            .filter_map(|id| v.note(*id))
                            .map(|n| collapse(&n.text))
                            .collect();
                        (fields, c.status, notes)
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The model with its texts normalised as Markdown documents it must (see the module
/// docs of `storage::markdown`): surrounding whitespace and blank lines dropped, lines of
/// only whitespace emptied, trailing carriage returns gone.
fn canon_model(model: &Model) -> Model {
    let mut m = model.clone();
    m.title = canon(&m.title);
    for v in &mut m.versions {
        v.name = canon(&v.name);
        for n in &mut v.notes {
            n.text = canon(&n.text);
        }
        for e in &mut v.legend {
            e.meaning = canon(&e.meaning);
        }
        for c in &mut v.cards {
            for f in [
                &mut c.hypothesis,
                &mut c.test,
                &mut c.metric,
                &mut c.criterion,
                &mut c.learning,
            ] {
                *f = canon(f);
            }
        }
    }
    m
}

fn canon(text: &str) -> String {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .map(|l| if l.trim().is_empty() { "" } else { l })
        .collect();
    lines.join("\n").trim().to_owned()
}
