//! Reading and writing documents: native RON, Markdown exchange, atomic save.
//!
//! Everything here works on [`Model`] values and files; nothing touches egui. Reading
//! never writes, and a failed read leaves every file as it was.

mod atomic;
pub mod autosave;
pub mod config;
pub mod lock;
pub mod markdown;
pub mod ron_format;
pub mod stamp;

pub use atomic::write_atomic;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::{Lang, Model};

/// A problem in a document's text: where it is and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column (in characters) of the problem.
    pub column: usize,
    /// What was found and what was expected, in English (the command line shows this).
    pub message: String,
    /// The same message in Russian.
    pub ru: String,
}

impl ParseError {
    /// The message in the given language.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.message,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl std::error::Error for ParseError {}

/// A warning while importing: something was skipped, nothing was lost from the notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line the warning is about.
    pub line: usize,
    /// What was skipped and why, in English (the command line shows this).
    pub message: String,
    /// The same message in Russian.
    pub ru: String,
}

impl Warning {
    /// The message in the given language.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.message,
        }
    }

    /// The warning with its line, in the given language (English: the `Display` text).
    pub fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::Ru => format!("строка {}: {}", self.line, self.ru),
            Lang::En => self.to_string(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Why a file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The file could not be opened, read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file's text is not a valid document.
    #[error("{path}:{}:{}: {}", error.line, error.column, error.message)]
    Parse {
        /// The file.
        path: PathBuf,
        /// Where and what.
        error: ParseError,
    },
    /// The extension names no format Holst knows.
    #[error("{path}: unknown file type; expected a .ron (Holst) or .md (Markdown) file")]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
}

impl StorageError {
    /// The error for the user in the given language: the same shape as the `Display` text
    /// (`{path}:{line}:{column}: {message}`), with the message translated.
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (StorageError::Io { path, source }, Lang::Ru) => {
                format!(
                    "{}: ошибка чтения или записи файла: {source}",
                    path.display()
                )
            }
            (StorageError::Parse { path, error }, Lang::Ru) => format!(
                "{}:{}:{}: {}",
                path.display(),
                error.line,
                error.column,
                error.ru
            ),
            (StorageError::UnknownFormat { path }, Lang::Ru) => format!(
                "{}: неизвестный тип файла; нужен файл .ron (Holst) или .md (Markdown)",
                path.display()
            ),
        }
    }
}

/// The file formats Holst reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Native `.ron`.
    Ron,
    /// Markdown exchange `.md`.
    Markdown,
}

impl Format {
    /// The format a path's extension names (`.ron`, `.md`, `.markdown`), case-insensitive.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_lowercase();
        match ext.as_str() {
            "ron" => Some(Format::Ron),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// A document read from disk, with any warnings the reader gave.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The model.
    pub model: Model,
    /// Warnings (Markdown only): text that was skipped.
    pub warnings: Vec<Warning>,
    /// The format the file was in.
    pub format: Format,
}

/// Parses document text in the given format.
pub fn parse(text: &str, format: Format) -> Result<(Model, Vec<Warning>), ParseError> {
    match format {
        Format::Ron => ron_format::read(text).map(|m| (m, Vec::new())),
        Format::Markdown => markdown::read(text),
    }
}

/// Serialises a model in the given format.
pub fn serialise(model: &Model, format: Format) -> String {
    match format {
        Format::Ron => ron_format::write(model),
        Format::Markdown => markdown::write(model),
    }
}

/// Reads a `.ron` or `.md` file. Errors name the file, line and column.
pub fn load(path: &Path) -> Result<Loaded, StorageError> {
    let format =
        Format::of(path).ok_or_else(|| StorageError::UnknownFormat { path: path.into() })?;
    let bytes = std::fs::read(path).map_err(|source| StorageError::Io {
        path: path.into(),
        source,
    })?;
    let text = decode(&bytes).map_err(|error| StorageError::Parse {
        path: path.into(),
        error,
    })?;
    let (model, warnings) = parse(&text, format).map_err(|error| StorageError::Parse {
        path: path.into(),
        error,
    })?;
    Ok(Loaded {
        model,
        warnings,
        format,
    })
}

/// Writes a model to a file atomically, in the format its extension names.
pub fn save(model: &Model, path: &Path) -> Result<(), StorageError> {
    let format =
        Format::of(path).ok_or_else(|| StorageError::UnknownFormat { path: path.into() })?;
    write_atomic(path, serialise(model, format).as_bytes()).map_err(|source| StorageError::Io {
        path: path.into(),
        source,
    })
}

/// UTF-8 text of a file (a leading byte-order mark is dropped); the error points at the
/// first byte that is not UTF-8.
fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.replace("\r\n", "\n")),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.split(|b| *b == b'\n').count();
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            Err(ParseError {
                line,
                column,
                message: "this byte is not UTF-8; expected a UTF-8 text file".into(),
                ru: "этот байт не является символом UTF-8; ожидался текстовый файл в кодировке UTF-8"
                    .into(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_error_has_a_russian_text_at_the_same_place() {
        let e = decode(b"# Title\nab\xFFcd\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
        assert!(e.text(Lang::En).contains("UTF-8"), "{e}");
        assert!(e.text(Lang::Ru).contains("UTF-8"), "{}", e.ru);
        assert!(e.text(Lang::Ru).contains("байт"), "{}", e.ru);
        assert_ne!(e.text(Lang::Ru), e.text(Lang::En));
    }

    #[test]
    fn describe_keeps_the_display_shape_with_the_message_in_the_language() {
        let error = StorageError::Parse {
            path: PathBuf::from("a.md"),
            error: ParseError {
                line: 3,
                column: 5,
                message: "english".into(),
                ru: "русский".into(),
            },
        };
        assert_eq!(error.describe(Lang::En), error.to_string());
        assert_eq!(error.describe(Lang::En), "a.md:3:5: english");
        assert_eq!(error.describe(Lang::Ru), "a.md:3:5: русский");
        let unknown = StorageError::UnknownFormat {
            path: PathBuf::from("a.txt"),
        };
        assert!(
            unknown
                .describe(Lang::Ru)
                .starts_with("a.txt: неизвестный тип файла")
        );
        assert_eq!(unknown.describe(Lang::En), unknown.to_string());
        let warning = Warning {
            line: 4,
            message: "skipped".into(),
            ru: "пропущено".into(),
        };
        assert_eq!(warning.describe(Lang::En), warning.to_string());
        assert_eq!(warning.describe(Lang::Ru), "строка 4: пропущено");
    }
}
