//! The native format: RON, human-readable and diff-friendly.
//!
//! Fields come in a fixed order, each note on one line, no machine-specific data. The file
//! carries `format_version`; a file from a newer Holst is refused with a message saying so.

use super::ParseError;
use crate::model::{FORMAT_VERSION, Invalid, Model, Place};
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

/// The `format_version` a file declares, read from the text itself so that a file from a
/// newer Holst is recognised even when the rest of it no longer parses here.
fn declared_format(text: &str) -> Option<u32> {
    let at = text.find("format_version")?;
    let rest = text[at + "format_version".len()..]
        .trim_start()
        .strip_prefix(':')?;
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Parses RON text into a validated model.
pub fn read(text: &str) -> Result<Model, ParseError> {
    if let Some(found) = declared_format(text)
        && found > FORMAT_VERSION
    {
        let (line, column) = find(text, "format_version").unwrap_or((1, 1));
        return Err(ParseError {
            line,
            column,
            message: format!(
                "this file was written by a newer Holst (format_version {found}); this Holst reads format_version \
                 up to {FORMAT_VERSION}. Update Holst to open it"
            ),
            ru: format!(
                "файл записан более новой версией Holst (format_version {found}); эта версия Holst читает \
                 format_version не выше {FORMAT_VERSION}. Обновите Holst, чтобы открыть его"
            ),
        });
    }
    let model: Model = ron::from_str(text).map_err(|e| ParseError {
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
        message: describe(&e.code),
        ru: describe_ru(&e.code),
    })?;
    model.validate().map_err(|invalid| locate(text, &invalid))?;
    Ok(model)
}

/// Words for a RON error, saying what was expected.
fn describe(code: &ron::Error) -> String {
    match code {
        ron::Error::MissingStructField { field, outer } => match outer {
            Some(outer) => {
                format!("`{field}` is missing; expected it among the fields of this {outer}")
            }
            None => format!("`{field}` is missing; expected it among the fields here"),
        },
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "`{found}` is not allowed here; expected one of: {}",
            expected.join(", ")
        ),
        other => format!(
            "{other}; expected a Holst model: (format_version: 1, title: \"…\", versions: [ … ])"
        ),
    }
}

/// Russian words for a RON error; RON's own detail stays as it is, inside a Russian frame.
fn describe_ru(code: &ron::Error) -> String {
    match code {
        ron::Error::MissingStructField { field, outer } => match outer {
            Some(outer) => {
                format!("нет поля `{field}`; оно ожидалось среди полей этого {outer}")
            }
            None => format!("нет поля `{field}`; оно ожидалось среди полей здесь"),
        },
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "`{found}` здесь недопустимо; ожидалось одно из: {}",
            expected.join(", ")
        ),
        other => format!(
            "ошибка синтаксиса RON: {other}; ожидалась модель Holst: (format_version: 1, title: \"…\", versions: [ … ])"
        ),
    }
}

/// The line of the item a validation error is about, found by its id in the text.
fn locate(text: &str, invalid: &Invalid) -> ParseError {
    let key = |id: u64| format!("id: {id},");
    let pos = match invalid.at {
        Place::Model => find(text, "final_version").or_else(|| find(text, "versions")),
        Place::Version(v) => find_line_with(text, &key(v.0), "name:"),
        Place::Note(_, n) => find_line_with(text, &key(n.0), "block:"),
        Place::Card(_, c) => find_line_with(text, &key(c.0), "hypothesis:"),
    };
    let (line, column) = pos.unwrap_or((1, 1));
    ParseError {
        line,
        column,
        message: invalid.message.clone(),
        ru: invalid.ru.clone(),
    }
}

/// 1-based line and column of the first occurrence of `needle`.
fn find(text: &str, needle: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        line.find(needle)
            .map(|byte| (i + 1, line[..byte].chars().count() + 1))
    })
}

/// Line and column of `needle` where the same line, or one of the next two, has `companion`.
fn find_line_with(text: &str, needle: &str, companion: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().find_map(|(i, line)| {
        let byte = line.find(needle)?;
        let near = lines[i..lines.len().min(i + 3)]
            .iter()
            .any(|l| l.contains(companion));
        near.then(|| (i + 1, line[..byte].chars().count() + 1))
    })
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
