//! Reading and writing documents: native RON, Markdown exchange, atomic save.
//!
//! Everything here works on [`Model`] values and files; nothing touches egui. Reading
//! never writes, and a failed read leaves every file as it was.

mod atomic;
pub mod autosave;
pub mod canvas_json;
pub mod config;
pub mod lock;
pub mod markdown;
pub mod ron_format;
pub mod stamp;

pub(crate) use atomic::Refused;
pub use atomic::write_atomic;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::i18n::Message;
use crate::model::{Invalid, Lang, MAX_FILE_BYTES, Model};

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
    /// An error at a place, worded by a message of the i18n files (both languages).
    pub fn new(line: usize, column: usize, message: &Message) -> Self {
        Self {
            line,
            column,
            message: message.text(Lang::En),
            ru: message.text(Lang::Ru),
        }
    }

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
    /// A warning about a line, worded by a message of the i18n files (both languages).
    pub fn new(line: usize, message: &Message) -> Self {
        Self {
            line,
            message: message.text(Lang::En),
            ru: message.text(Lang::Ru),
        }
    }

    /// The message in the given language.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.message,
        }
    }

    /// The warning with its line, in the given language (English: the `Display` text).
    pub fn describe(&self, lang: Lang) -> String {
        Message::new("warning-line")
            .arg("line", self.line.to_string())
            .arg("message", self.text(lang))
            .text(lang)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Why a file could not be read or written.
///
/// [`StorageError::describe`] says it in either language; `Display` is the English text.
#[derive(Debug)]
pub enum StorageError {
    /// The file could not be opened, read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file's text is not a valid document.
    Parse {
        /// The file.
        path: PathBuf,
        /// Where and what.
        error: ParseError,
    },
    /// The extension names no format Holst knows.
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// The path names a folder, a device, a FIFO or a socket: only regular files are read
    /// or replaced.
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        kind: FileKind,
    },
    /// The file is larger than [`MAX_FILE_BYTES`]; nothing of it was read.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes (at least this much).
        size: u64,
    },
    /// The file to save over is read-only; it was left as it is.
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The model breaks a rule or a limit, so a file written from it could not be read
    /// back; nothing was written.
    Invalid {
        /// The file that was to be written.
        path: PathBuf,
        /// What is wrong.
        error: Invalid,
    },
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for StorageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StorageError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// What a path that is not a regular file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Directory,
    /// A named pipe.
    Fifo,
    /// A character or block device, such as `/dev/zero`.
    Device,
    /// A socket.
    Socket,
    /// Anything else that is no regular file.
    Other,
}

impl FileKind {
    /// What `meta` is when it is not a regular file; `None` for a regular file.
    pub fn of(meta: &std::fs::Metadata) -> Option<FileKind> {
        let t = meta.file_type();
        if t.is_file() {
            return None;
        }
        if t.is_dir() {
            return Some(FileKind::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Some(FileKind::Fifo);
            }
            if t.is_char_device() || t.is_block_device() {
                return Some(FileKind::Device);
            }
            if t.is_socket() {
                return Some(FileKind::Socket);
            }
        }
        Some(FileKind::Other)
    }

    /// What the kind is called in the given language (English: with an article).
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            FileKind::Directory => "file-kind-directory",
            FileKind::Fifo => "file-kind-fifo",
            FileKind::Device => "file-kind-device",
            FileKind::Socket => "file-kind-socket",
            FileKind::Other => "file-kind-other",
        };
        crate::i18n::tr(lang, id)
    }
}

/// A size in megabytes for a message, such as `64 MB` or `1024.5 MB` (`МБ` in Russian).
fn megabytes(lang: Lang, bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    let size = if mb.fract() == 0.0 {
        format!("{mb:.0}")
    } else {
        format!("{mb:.1}")
    };
    Message::new("megabytes").arg("size", size).text(lang)
}

impl StorageError {
    /// The error for the user in the given language: the same shape as the `Display` text
    /// (`{path}:{line}:{column}: {message}`), with the message translated.
    pub fn describe(&self, lang: Lang) -> String {
        let at = |id: &'static str, path: &Path| {
            Message::new(id).arg("path", path.display().to_string())
        };
        let m = match self {
            StorageError::Io { path, source } => {
                at("storage-io", path).arg("error", crate::i18n::io_error(lang, source))
            }
            StorageError::Parse { path, error } => at("storage-parse", path)
                .arg("line", error.line.to_string())
                .arg("column", error.column.to_string())
                .arg("message", error.text(lang)),
            StorageError::UnknownFormat { path } => at("storage-unknown-format", path),
            StorageError::NotAFile { path, kind } => {
                at("storage-not-a-file", path).arg("kind", kind.label(lang))
            }
            StorageError::TooLarge { path, size } => at("storage-too-large", path)
                .arg("size", megabytes(lang, *size))
                .arg("limit", megabytes(lang, MAX_FILE_BYTES)),
            StorageError::ReadOnly { path } => at("storage-read-only", path),
            StorageError::Invalid { path, error } => {
                at("storage-invalid", path).arg("error", error.text(lang))
            }
        };
        m.text(lang)
    }
}

/// The file formats Holst reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Native `.ron`.
    Ron,
    /// Markdown exchange `.md`.
    Markdown,
    /// JSON Canvas `.canvas` (Obsidian's canvases).
    Canvas,
}

impl Format {
    /// The format a path's extension names (`.ron`, `.md`, `.markdown`, `.canvas`),
    /// case-insensitive.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_lowercase();
        match ext.as_str() {
            "ron" => Some(Format::Ron),
            "md" | "markdown" => Some(Format::Markdown),
            "canvas" => Some(Format::Canvas),
            _ => None,
        }
    }
}

/// How a model is written: the language of block titles and headings, the Markdown style,
/// the one version (Obsidian-style Markdown, or a canvas of one version).
pub type WriteOptions = markdown::WriteOptions;

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
    parse_named(text, format, None)
}

/// Parses document text; `name` (the file's name) titles a Markdown file or canvas that
/// names no title.
pub fn parse_named(
    text: &str,
    format: Format,
    name: Option<&str>,
) -> Result<(Model, Vec<Warning>), ParseError> {
    match format {
        Format::Ron => ron_format::read_with_warnings(text),
        Format::Markdown => markdown::read_named(text, name),
        Format::Canvas => canvas_json::read(text, name),
    }
}

/// Serialises a model in the given format, with Russian block titles.
pub fn serialise(model: &Model, format: Format) -> String {
    serialise_with(model, format, &WriteOptions::default())
}

/// Serialises a model in the given format with the given options (RON has none).
pub fn serialise_with(model: &Model, format: Format, options: &WriteOptions) -> String {
    match format {
        Format::Ron => ron_format::write(model),
        Format::Markdown => markdown::write_with(model, options),
        Format::Canvas => canvas_json::write(
            model,
            &canvas_json::CanvasOptions {
                lang: options.lang,
                version: options.version,
            },
        ),
    }
}

/// Reads a `.ron`, `.md` or `.canvas` file, or a folder of per-block `.md` files (a folder
/// whose name has none of those extensions). Errors name the file, line and column. Only a
/// regular file of at most [`MAX_FILE_BYTES`] is read: a device or a FIFO is refused
/// before it is opened for reading, and reading stops at the limit even if the file grows.
pub fn load(path: &Path) -> Result<Loaded, StorageError> {
    if Format::of(path).is_none() && path.is_dir() {
        let (model, warnings) = markdown::read_folder(path)?;
        return Ok(Loaded {
            model,
            warnings,
            format: Format::Markdown,
        });
    }
    let format =
        Format::of(path).ok_or_else(|| StorageError::UnknownFormat { path: path.into() })?;
    let bytes = read_limited(path)?;
    let text = decode(bytes).map_err(|error| StorageError::Parse {
        path: path.into(),
        error,
    })?;
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    let (model, warnings) =
        parse_named(&text, format, name.as_deref()).map_err(|error| StorageError::Parse {
            path: path.into(),
            error,
        })?;
    Ok(Loaded {
        model,
        warnings,
        format,
    })
}

/// The bytes of a regular file of at most [`MAX_FILE_BYTES`].
fn read_limited(path: &Path) -> Result<Vec<u8>, StorageError> {
    let io = |source| StorageError::Io {
        path: path.into(),
        source,
    };
    let regular = |meta: &std::fs::Metadata| match FileKind::of(meta) {
        Some(kind) => Err(StorageError::NotAFile {
            path: path.into(),
            kind,
        }),
        None if meta.len() > MAX_FILE_BYTES => Err(StorageError::TooLarge {
            path: path.into(),
            size: meta.len(),
        }),
        None => Ok(()),
    };
    // Look before opening: opening a FIFO for reading would wait for a writer.
    regular(&std::fs::metadata(path).map_err(io)?)?;
    let file = std::fs::File::open(path).map_err(io)?;
    // The file actually opened, in case the path was replaced in between.
    let meta = file.metadata().map_err(io)?;
    regular(&meta)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            path: path.into(),
            size: read,
        });
    }
    Ok(bytes)
}

/// Writes a model to a file atomically, in the format its extension names. A model that
/// breaks a rule or a limit is not written (it could not be read back). The file keeps its
/// permissions, a symbolic link is written through to its target, and a read-only file is
/// refused; see [`write_atomic`].
pub fn save(model: &Model, path: &Path) -> Result<(), StorageError> {
    save_with(model, path, &WriteOptions::default())
}

/// [`save`] with the language, Markdown style and version to write.
pub fn save_with(model: &Model, path: &Path, options: &WriteOptions) -> Result<(), StorageError> {
    let format =
        Format::of(path).ok_or_else(|| StorageError::UnknownFormat { path: path.into() })?;
    model.validate().map_err(|error| StorageError::Invalid {
        path: path.into(),
        error,
    })?;
    write_atomic(path, serialise_with(model, format, options).as_bytes()).map_err(|source| {
        match source
            .get_ref()
            .and_then(|e| e.downcast_ref::<Refused>())
            .copied()
        {
            Some(Refused::ReadOnly) => StorageError::ReadOnly { path: path.into() },
            Some(Refused::NotAFile(kind)) => StorageError::NotAFile {
                path: path.into(),
                kind,
            },
            None => StorageError::Io {
                path: path.into(),
                source,
            },
        }
    })
}

/// An error at byte `at` of `text`: its 1-based line and column (in characters).
fn position(text: &[u8], at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.split(|b| *b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The error for a text with a NUL byte at `at`.
fn binary(text: &[u8], at: usize) -> ParseError {
    let (line, column) = position(text, at);
    ParseError::new(line, column, &Message::new("read-binary"))
}

/// Refuses a text that cannot be a document whatever its format: a binary file (a NUL
/// byte), an empty file and one of whitespace only. Both readers call it first.
pub(crate) fn check_text(text: &str, format: Format) -> Result<(), ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(at) = text.find('\0') {
        return Err(binary(text.as_bytes(), at));
    }
    if !text.trim().is_empty() {
        return Ok(());
    }
    let what = Message::new(match format {
        Format::Ron => "expected-ron-model",
        Format::Markdown => "expected-md-canvas",
        Format::Canvas => "expected-json-canvas",
    });
    let id = if text.is_empty() {
        "read-empty"
    } else {
        "read-only-whitespace"
    };
    Err(ParseError::new(
        1,
        1,
        &Message::new(id).arg("expected", what),
    ))
}

/// UTF-8 text of a file (a leading byte-order mark is dropped; `\r\n` and a lone `\r`
/// become `\n`); the error points at the first NUL byte (a binary file) or the first byte
/// that is not UTF-8.
fn decode(mut bytes: Vec<u8>) -> Result<String, ParseError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(binary(&bytes, at));
    }
    match String::from_utf8(bytes) {
        Ok(s) if s.contains('\r') => Ok(s.replace("\r\n", "\n").replace('\r', "\n")),
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let (line, column) = position(e.as_bytes(), at);
            Err(ParseError::new(
                line,
                column,
                &Message::new("read-not-utf8"),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_error_has_a_russian_text_at_the_same_place() {
        let e = decode(b"# Title\nab\xFFcd\n".to_vec()).unwrap_err();
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
