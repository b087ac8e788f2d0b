//! The native format: RON, human-readable and diff-friendly.
//!
//! Fields come in a fixed order, each note on one line, no machine-specific data. The file
//! carries `format_version` as its first field; a file from a newer Holst is refused with a
//! message saying so, even when the rest of it does not parse here.

mod header;
mod locate;

use super::{ParseError, Warning};
use crate::geometry::{clamp_into_block, note_height};
use crate::i18n::Message;
use crate::model::{FORMAT_VERSION, Model};
use ron::ser::PrettyConfig;

/// Serialises a model as RON text.
pub fn write(model: &Model) -> String {
    // Depth 5 is a note (model > versions > version > notes > note): it stays on one line.
    let config = PrettyConfig::new()
        .depth_limit(4)
        .indentor("    ".to_owned())
        .struct_names(false);
    match ron::ser::to_string_pretty(model, config) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        // Serialising plain data to a string has no failure mode; keep a useful message anyway.
        Err(e) => format!("// could not serialise the model: {e}\n"),
    }
}

/// Parses RON text into a validated model. Notes that lay outside their blocks are moved
/// in; [`read_with_warnings`] says which.
pub fn read(text: &str) -> Result<Model, ParseError> {
    read_with_warnings(text).map(|(model, _)| model)
}

/// Parses RON text into a validated model, with a warning for each note that lay outside
/// its block (a hand-edited or foreign position such as `x: 1e30`) and was moved into it.
pub fn read_with_warnings(text: &str) -> Result<(Model, Vec<Warning>), ParseError> {
    super::check_text(text, super::Format::Ron)?;
    let declared = header::declared(text);
    let declared_at = declared.and_then(|d| d.at);
    if let Some(d) = declared {
        let (line, column) = declared_at
            .or_else(|| locate::find(text, "format_version"))
            .unwrap_or((1, 1));
        if d.version > u64::from(FORMAT_VERSION) {
            let m = Message::new("ron-newer-format")
                .arg("found", d.version.to_string())
                .arg("newest", FORMAT_VERSION.to_string());
            return Err(ParseError::new(line, column, &m));
        }
        if d.version == 0 {
            let m = Message::new("ron-format-zero").arg("known", crate::model::known_formats());
            return Err(ParseError::new(line, column, &m));
        }
    }
    let mut model: Model = ron::from_str(text).map_err(|e| {
        ParseError::new(
            e.span.start.line.max(1),
            e.span.start.col.max(1),
            &describe(&e.code),
        )
    })?;
    let index = locate::Index::new(text);
    model.validate().map_err(|invalid| {
        let (line, column) = index.place(invalid.at, declared_at).unwrap_or((1, 1));
        ParseError {
            line,
            column,
            message: invalid.message,
            ru: invalid.ru,
        }
    })?;
    let warnings = move_stray_notes(&mut model, &index);
    Ok((model, warnings))
}

/// Moves every note whose top-left corner lies outside its block into the block (nearest
/// place, see [`clamp_into_block`]), and says so for each. Notes whose corner is inside
/// stay exactly where they are, even when they stick out a little.
fn move_stray_notes(model: &mut Model, index: &locate::Index<'_>) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for v in &mut model.versions {
        let layout = v.layout;
        for n in &mut v.notes {
            let Some(rect) = layout.block_rect(n.block) else {
                continue;
            };
            if rect.contains(rect.x + n.x, rect.y + n.y) {
                continue;
            }
            let (x, y) = clamp_into_block(layout, n.block, n.x, n.y, note_height(&n.text));
            let line = index.note(v.id, n.id).map_or(1, |(line, _)| line);
            let text = short(&n.text);
            let m = Message::new("ron-note-moved-in")
                .arg("note", n.id.0.to_string())
                .arg("text", text)
                .arg("x", format!("{:?}", n.x))
                .arg("y", format!("{:?}", n.y));
            warnings.push(Warning::new(line, &m));
            (n.x, n.y) = (x, y);
        }
    }
    warnings
}

/// A note's text on one line, shortened for a message.
fn short(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = line.chars().take(40).collect();
    if out.len() < line.len() {
        out.push('…');
    }
    out
}

/// Words for a RON error, saying what was expected (RON's own detail stays as it is).
fn describe(code: &ron::Error) -> Message {
    match code {
        ron::Error::MissingStructField { field, outer } => match outer {
            Some(outer) => Message::new("ron-missing-field-in")
                .arg("field", field.to_string())
                .arg("outer", outer.clone()),
            None => Message::new("ron-missing-field").arg("field", field.to_string()),
        },
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => Message::new("ron-not-allowed")
            .arg("found", found.clone())
            .arg("expected", expected.join(", ")),
        other => Message::new("ron-syntax").arg("detail", other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BlockId, Colour, Lang, LayoutKind, Note, NoteId};

    fn sample() -> Model {
        let mut m = Model::new("Тест", "Версия 1", LayoutKind::Social);
        m.versions[0].notes.push(Note {
            id: NoteId(1),
            block: BlockId::Products,
            colour: Colour::Pink,
            x: 12.5,
            y: 40.0,
            text: "Игрушки из войлока\nвторая строка «₽»".into(),
        });
        m
    }

    #[test]
    fn writes_one_note_per_line_and_reads_it_back() {
        let text = write(&sample());
        let note_lines: Vec<&str> = text.lines().filter(|l| l.contains("block:")).collect();
        assert_eq!(note_lines.len(), 1);
        assert!(
            note_lines[0].contains("text: \"Игрушки из войлока\\nвторая строка «₽»\""),
            "{text}"
        );
        assert_eq!(read(&text).unwrap(), sample());
    }

    /// The error's Russian text: not empty, not the English one, naming `subject`.
    fn assert_russian(e: &ParseError, subject: &str) {
        let (ru, en) = (e.text(Lang::Ru), e.text(Lang::En));
        assert!(!ru.is_empty());
        assert_ne!(ru, en);
        assert!(ru.contains(subject), "{ru}");
        assert!(
            ru.chars().any(|c| ('а'..='я').contains(&c)),
            "no Russian words: {ru}"
        );
    }

    #[test]
    fn read_errors_have_russian_texts_naming_the_subject() {
        let text = write(&sample());
        let newer = text.replacen("format_version: 1", "format_version: 7", 1);
        let e = read(&newer).unwrap_err();
        assert!(e.message.contains("newer Holst"), "{e}");
        assert_russian(&e, "format_version 7");

        let unknown = text.replacen("block: products", "block: warp_drive", 1);
        let e = read(&unknown).unwrap_err();
        assert_russian(&e, "warp_drive");

        let mut m = sample();
        let mut twin = m.versions[0].notes[0].clone();
        twin.x = 200.0;
        m.versions[0].notes.push(twin);
        let e = read(&write(&m)).unwrap_err();
        assert!(e.message.contains("two notes have the id 1"), "{e}");
        assert_russian(&e, "id 1");

        let e = read("(format_version: 1, title: \"x\", versions: [").unwrap_err();
        assert_russian(&e, "RON");
    }
}
