//! Markdown exchange format (canvas.md, "Markdown exchange format").
//!
//! ```text
//! # <model title>
//!
//! ## <version name>
//! layout: social
//! final: yes
//!
//! ### <block title, id or accepted spelling>
//! - one note per list item
//!   continuation lines indented by two spaces
//! - {color: pink} a leading brace sets the colour
//!
//! ### Легенда
//! - {color: pink} Корпоративные клиенты
//!
//! ### Гипотезы
//! - [подтверждена] Мы считаем, что …
//!   test: Чтобы проверить это, мы …
//!   notes: «text of a note»; «another note»
//! ```
//!
//! [`write`] writes exactly this; [`read`] reads it back, and also files of other tools
//! with one `##` heading per block, or files with no `##` heading at all (one version).
//!
//! The exporter writes `{color: NAME}` for non-yellow notes, and `{color: yellow}` for a
//! yellow note whose text starts with `{` or a task checkbox (`[ ]`, `[x]`), which the
//! importer would otherwise take as markup. Continuation lines of card texts are indented
//! by four spaces, so that a line starting with `test:` stays text.
//!
//! Texts (notes, legend meanings, card fields) are kept as written, with three
//! normalisations that Markdown cannot avoid: surrounding whitespace and blank lines are
//! dropped, lines holding only whitespace become empty, and carriage returns end lines
//! (`\r\n` and a lone `\r`, as old Mac files have them, are line breaks like `\n`).
//!
//! A file with no block heading at all is refused rather than read as an empty model, and
//! so are empty, blank and binary files.
//! Card links name notes by their text (whitespace collapsed), so two notes with the same
//! collapsed text cannot be told apart by a link.

mod attrs;
mod folder;
mod items;
#[cfg(test)]
mod lang_tests;
mod lines;
mod method;
mod method_write;
mod obsidian;
mod raw;
mod read;
mod write;

pub(crate) use attrs::Attrs;
pub use folder::read_folder;
pub(crate) use lines::LeanSub;
pub(crate) use raw::{Parsed, RawNote, RawVersion, build};

use super::{ParseError, Warning};
use crate::i18n::Message;
use crate::model::{BlockId, Lang, Model, VersionId};

/// Title given to a model whose file has no `#` heading.
const UNTITLED: &str = "Без названия";

/// Most warnings listed one by one; the others are counted in a last one, so that a file
/// of millions of stray lines costs no memory for their warnings.
const MAX_WARNINGS: usize = 100;

/// The warnings of one read, at most [`MAX_WARNINGS`] of them listed.
#[derive(Debug, Default)]
pub(crate) struct Warnings {
    list: Vec<Warning>,
    /// Warnings not listed, and the line of the first of them.
    more: usize,
    first_more: usize,
}

impl Warnings {
    pub(crate) fn push(&mut self, w: Warning) {
        let line = w.line;
        self.keep(line, || w);
    }

    /// A warning worded by the message `make` makes, only if it is listed.
    pub(crate) fn add(&mut self, line: usize, make: impl FnOnce() -> Message) {
        self.keep(line, || Warning::new(line, &make()));
    }

    /// Lists the warning `make` makes, or only counts it past [`MAX_WARNINGS`].
    fn keep(&mut self, line: usize, make: impl FnOnce() -> Warning) {
        if self.list.len() < MAX_WARNINGS {
            self.list.push(make());
        } else {
            if self.more == 0 {
                self.first_more = line;
            }
            self.more += 1;
        }
    }

    /// The warnings by line, and one that counts those not listed.
    pub(crate) fn finish(mut self) -> Vec<Warning> {
        self.list.sort_by_key(|w| w.line);
        if self.more > 0 {
            let (more, line) = (self.more, self.first_more);
            self.list.push(Warning::new(
                line,
                &Message::new("md-warnings-more").arg("count", more),
            ));
        }
        self.list
    }
}

/// Reads a Markdown canvas: the model and the warnings about text that was kept in a
/// version's description or skipped.
///
/// Errors (unknown block heading, block missing from the version's layout, unknown
/// colour, status or layout, a file from which nothing was read) name the 1-based line and
/// column and what was expected; nothing is returned then. Notes keep the ids and places of
/// Holst's comments; the others are laid out tidily in their blocks.
pub fn read(text: &str) -> Result<(Model, Vec<Warning>), ParseError> {
    read_named(text, None)
}

/// [`read`], with the title a file gets when it names none (its file name).
pub fn read_named(text: &str, name: Option<&str>) -> Result<(Model, Vec<Warning>), ParseError> {
    let parsed = read::parse(text, read::Context::default())?;
    raw::build(parsed, name)
}

/// How Markdown is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// Holst's exchange format: every version, `###` blocks, colours, cards, and each note's
    /// id and place in a trailing comment.
    #[default]
    Holst,
    /// As the Obsidian Business Model Canvas plugin reads it: one version, English `##`
    /// headings, one `- text` line per note, the rest in sections the plugin ignores.
    Obsidian,
}

/// What [`write_with`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WriteOptions {
    /// The format.
    pub style: Style,
    /// The language of block titles and section headings.
    pub lang: Lang,
    /// The version written by [`Style::Obsidian`] (default: the final one, else the
    /// first); [`Style::Holst`] writes every version whatever this says.
    pub version: Option<VersionId>,
}

/// Writes a model as Markdown in Holst's style with Russian headings; [`read`] gives back
/// the same model.
pub fn write(model: &Model) -> String {
    write_with(model, &WriteOptions::default())
}

/// Writes a model as Markdown in the given style and language.
pub fn write_with(model: &Model, options: &WriteOptions) -> String {
    match options.style {
        Style::Holst => write::write(model, options.lang),
        Style::Obsidian => obsidian::write(model, options),
    }
}

/// The sections of a version that are not blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Special {
    /// `### Легенда`: what each colour means.
    Legend,
    /// `### Гипотезы`: hypothesis cards.
    Hypotheses,
    /// `### Описание`: the version's description, as `> ` quoted lines.
    Description,
    /// `### Описание модели`: the model's description, as `> ` quoted lines (written
    /// under the first version).
    ModelDescription,
    /// `### Социальное предприятие`: the version's operating model, type and description
    /// fields, one `- Key: value` item each.
    Social,
    /// `### Профили сегментов`: each segment's profile and the notes tied to it.
    Segments,
}

impl Special {
    /// Heading written by the exporter.
    fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Special::Legend, Lang::Ru) => "Легенда",
            (Special::Legend, Lang::En) => "Legend",
            (Special::Hypotheses, Lang::Ru) => "Гипотезы",
            (Special::Hypotheses, Lang::En) => "Hypotheses",
            (Special::Description, Lang::Ru) => "Описание",
            (Special::Description, Lang::En) => "Description",
            (Special::ModelDescription, Lang::Ru) => "Описание модели",
            (Special::ModelDescription, Lang::En) => "Model description",
            (Special::Social, Lang::Ru) => "Социальное предприятие",
            (Special::Social, Lang::En) => "Social enterprise",
            (Special::Segments, Lang::Ru) => "Профили сегментов",
            (Special::Segments, Lang::En) => "Segment profiles",
        }
    }

    /// Every accepted heading, for messages.
    const NAMES: [&'static str; 12] = [
        "Легенда",
        "Legend",
        "Гипотезы",
        "Hypotheses",
        "Описание",
        "Description",
        "Описание модели",
        "Model description",
        "Социальное предприятие",
        "Social enterprise",
        "Профили сегментов",
        "Segment profiles",
    ];

    /// The section a heading names, by the same loose rules as block headings.
    fn parse(heading: &str) -> Option<Special> {
        match loose(heading).as_str() {
            "легенда" | "legend" => Some(Special::Legend),
            "гипотезы" | "hypotheses" => Some(Special::Hypotheses),
            "описание" | "description" => Some(Special::Description),
            "описание модели" | "model description" => {
                Some(Special::ModelDescription)
            }
            "социальное предприятие" | "social enterprise" => {
                Some(Special::Social)
            }
            "профили сегментов" | "segment profiles" | "сегменты: профили и связи" => {
                Some(Special::Segments)
            }
            _ => None,
        }
    }
}

/// Message for a heading that names no block: the blocks by id and title in the
/// message's language, and the special sections (both languages are accepted).
fn unknown_block(text: &str) -> Message {
    Message::new("md-unknown-block")
        .arg("text", lines::quote(text))
        .arg("blocks", ids_with_titles(BlockId::ALL.iter().copied()))
        .arg("sections", Special::NAMES.join(", "))
}

/// `id (title / title)` for each block, in both languages (files accept either), the
/// message's language first.
fn ids_with_titles(blocks: impl Iterator<Item = BlockId>) -> Vec<Message> {
    blocks
        .map(|b| {
            Message::new("block-with-id")
                .arg("id", b.id())
                .arg("en", b.title(Lang::En))
                .arg("ru", b.title(Lang::Ru))
        })
        .collect()
}

/// A field of a hypothesis card written as an indented `key: value` line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    /// The list item's own text: «Мы считаем, что …».
    Hypothesis,
    /// `test:`
    Test,
    /// `metric:`
    Metric,
    /// `criterion:`
    Criterion,
    /// `learning:`
    Learning,
    /// `notes:` (links to notes by their text)
    Notes,
}

impl Field {
    /// The key the exporter writes.
    fn key(self) -> &'static str {
        match self {
            Field::Hypothesis => "hypothesis",
            Field::Test => "test",
            Field::Metric => "metric",
            Field::Criterion => "criterion",
            Field::Learning => "learning",
            Field::Notes => "notes",
        }
    }

    /// The field a key names (English or Russian, any case).
    fn parse(key: &str) -> Option<Field> {
        match loose(key).as_str() {
            "test" | "проверка" => Some(Field::Test),
            "metric" | "метрика" => Some(Field::Metric),
            "criterion" | "критерий" => Some(Field::Criterion),
            // The labels the card panel shows are accepted too («Выводы:», «Связанные заметки:»).
            "learning" | "вывод" | "выводы" => Some(Field::Learning),
            "notes" | "заметки" | "связанные заметки" | "linked notes" => {
                Some(Field::Notes)
            }
            _ => None,
        }
    }
}

/// Lower case, `ё` = `е`, surrounding punctuation and whitespace dropped.
fn loose(s: &str) -> String {
    s.to_lowercase()
        .replace('ё', "е")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// The normal form of a multi-line text as Markdown can carry it: `\r\n` and lone `\r`
/// made line breaks, whitespace-only lines emptied, surrounding whitespace trimmed.
fn canonical(text: &str) -> String {
    let lines: Vec<&str> = lines::split_lines(text)
        .map(|l| if l.trim().is_empty() { "" } else { l })
        .collect();
    lines.join("\n").trim().to_owned()
}

/// The text on one line with runs of whitespace collapsed to one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A title or version name as one heading line.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ").trim().to_owned()
}

/// Whether a key before `:` names the colour of a note.
fn is_colour_key(key: &str) -> bool {
    matches!(loose(key).as_str(), "color" | "colour" | "цвет")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_trims_and_empties_blank_lines_but_keeps_inner_indentation() {
        assert_eq!(canonical("\n  a\r\n   \n  b  \n\n"), "a\n\n  b");
        assert_eq!(canonical("a\rb\r\r\nc\r"), "a\nb\n\nc");
        assert_eq!(canonical(&canonical(" x\n\ty ")), "x\n\ty");
    }

    #[test]
    fn section_and_field_names_are_loose() {
        assert_eq!(Special::parse("Гипотезы:"), Some(Special::Hypotheses));
        assert_eq!(Special::parse("LEGEND"), Some(Special::Legend));
        assert_eq!(Special::parse("Каналы"), None);
        assert_eq!(Field::parse("Вывод"), Some(Field::Learning));
        assert_eq!(Field::parse("notes"), Some(Field::Notes));
        assert_eq!(Field::parse("Выводы"), Some(Field::Learning));
        assert_eq!(Field::parse("Связанные заметки"), Some(Field::Notes));
        assert_eq!(Field::parse("Linked notes"), Some(Field::Notes));
        assert_eq!(Special::parse("Описание"), Some(Special::Description));
        assert_eq!(Field::parse("hypothesis"), None);
        assert!(is_colour_key(" Цвет "));
        assert!(!is_colour_key("colr"));
    }
}
