//! Notes on the clipboard as Markdown block sections (canvas.md), so a copy pastes into
//! another version, another Holst window, or a text editor as readable text.

use crate::model::{BlockId, Colour, Model, Note, NoteId, Version};
use crate::storage::markdown;

/// The clipboard text for some notes of a version.
pub fn notes_to_text(version: &Version, ids: &[NoteId]) -> String {
    let mut model = Model::new("", "", version.layout);
    model.versions[0].notes = ids
        .iter()
        .filter_map(|id| version.note(*id))
        .cloned()
        .collect();
    let text = markdown::write(&model);
    // Keep only the block sections that hold notes: the title and version headings of a
    // whole file mean nothing on a clipboard.
    let mut out = String::new();
    let mut section = String::new();
    let mut has_notes = false;
    for line in text
        .lines()
        .filter(|l| !l.starts_with("# ") && !l.starts_with("## ") && !l.starts_with("layout:"))
    {
        if line.starts_with("### ") {
            if has_notes {
                out.push_str(&section);
            }
            section.clear();
            has_notes = false;
        }
        if line.starts_with("- ") {
            has_notes = true;
        }
        section.push_str(line);
        section.push('\n');
    }
    if has_notes {
        out.push_str(&section);
    }
    out.trim().to_owned()
}

/// Notes from clipboard text: Holst's block sections keep blocks and colours; any other
/// text becomes one note in `fallback` block.
pub fn notes_from_text(text: &str, fallback: BlockId) -> Vec<Note> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    if text.starts_with("### ")
        && let Ok((model, _)) = markdown::read(text)
    {
        let notes: Vec<Note> = model.versions.into_iter().flat_map(|v| v.notes).collect();
        if !notes.is_empty() {
            return notes;
        }
    }
    vec![Note {
        id: NoteId(0),
        block: fallback,
        colour: Colour::Yellow,
        x: f32::NAN,
        y: f32::NAN,
        text: text.to_owned(),
    }]
}
