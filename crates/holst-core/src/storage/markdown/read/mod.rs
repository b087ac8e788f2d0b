//! The importer: lines, headings and list items into raw versions.
//!
//! A first pass decides how `##` headings are meant (Holst's versions, or a single version
//! as other canvas tools write it, with blocks at any heading level); the second walks the
//! lines once. [`super::build`] then gives ids, infers layouts, links cards and lays notes
//! out. Text that is no note (a `## Notes` section, an introduction, guidance, code blocks)
//! is kept in the version's description, never dropped.

mod body;
mod headings;

use super::Special;
use super::attrs::Attrs;
use super::items::{self, Item};
use super::lines::{
    Line, MAX_ITEM_LINES, Mode, detect_shape, fence_closes, fence_opens, front_matter_len,
    front_matter_title, heading, is_rule, list_item, numbered, quote, table_cells, take_rest,
};
use super::raw::{Parsed, RawNote, RawVersion};
use crate::i18n::Message;
use crate::model::{BlockId, Colour, MAX_NOTES, normalise};
use crate::storage::{Format, ParseError, check_text};

/// What list items under the current heading become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Nothing yet: the text before the first block (kept in the description).
    None,
    /// Notes of a block.
    Block(BlockId),
    /// Legend entries, hypothesis cards or the description.
    Special(Special),
    /// A section that names no block: its text is kept in the description.
    Described,
}

/// How one file is read: as a whole canvas, or as the file of one block in a folder of
/// per-block files (the block comes from its name).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Context {
    /// The block a per-block file holds.
    pub block: Option<BlockId>,
}

// Reading state: where the reader is in the file, set and cleared line by line.
#[allow(clippy::struct_excessive_bools)]
struct Parser {
    mode: Mode,
    ctx: Context,
    /// No heading names a block: a table naming blocks in its first column is the canvas.
    table_canvas: bool,
    out: Parsed,
    section: Section,
    /// Level of the heading that opened the current block (0: a per-block file's block,
    /// or no heading).
    block_level: usize,
    /// The current sub-section of the block, kept as a prefix of its notes.
    sub: Option<String>,
    /// The current block was opened by a bold label bullet (`- **Channels:** …`).
    label_block: bool,
    /// Level of the last heading.
    last_level: usize,
    /// The current section's heading line, written into the description before the first
    /// text of the section that goes there; `None` once written.
    heading_line: Option<String>,
    /// Paragraphs of the current block section: sub-section, text, first line.
    paragraphs: Vec<(Option<String>, String, usize)>,
    /// The current block section has list items (or table rows).
    block_items: bool,
    /// Line number of the last line put into the description.
    last_described: usize,
    /// Row number inside the current table (0: header).
    table_row: Option<usize>,
    /// Key lines (`layout:`, `final:`) are read here: directly under a version heading.
    header: bool,
    final_seen: bool,
    /// Notes and cards read so far, all versions together.
    notes: usize,
    cards: usize,
}

/// Reads one Markdown text into raw versions (see the module docs).
// One loop over the kinds of line, read top to bottom.
#[allow(clippy::too_many_lines)]
pub(super) fn parse(text: &str, ctx: Context) -> Result<Parsed, ParseError> {
    check_text(text, Format::Markdown)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Passes over the lines, none of them stored: front matter, how `##` headings are
    // meant, then the reading itself.
    let front = front_matter_len(numbered(text));
    let shape = detect_shape(numbered(text).skip(front));
    let mode = if ctx.block.is_some() {
        Mode::Generic
    } else {
        shape.mode
    };
    let mut p = Parser {
        mode,
        ctx,
        table_canvas: !shape.block_heading && ctx.block.is_none(),
        out: Parsed::default(),
        section: Section::None,
        block_level: 0,
        sub: None,
        label_block: false,
        last_level: 0,
        heading_line: None,
        paragraphs: Vec::new(),
        block_items: false,
        last_described: 0,
        table_row: None,
        header: mode != Mode::Versions,
        final_seen: false,
        notes: 0,
        cards: 0,
    };
    if front > 0 {
        p.out.title = front_matter_title(numbered(text)).map(|t| (t, 1));
    }
    if mode != Mode::Versions {
        p.out.versions.push(RawVersion {
            line: 1,
            ..RawVersion::default()
        });
    }
    if let Some(block) = ctx.block {
        // A per-block file: its items belong to its block from the start, unless a heading
        // names the block, which then opens it (what comes before is description).
        let named = numbered(text)
            .skip(front)
            .any(|l| heading(l.text).is_some_and(|(_, t)| BlockId::parse(t) == Some(block)));
        if !named {
            p.open_block(block, 0);
        }
    }
    let mut fence = None;
    let mut comment = false;
    let mut paragraph = false;
    let mut lines = numbered(text).skip(front).peekable();
    while let Some(line) = lines.next() {
        if let Some(f) = fence {
            p.describe(line, line.text, false);
            if fence_closes(line.text, f) {
                fence = None;
            }
            continue;
        }
        if comment {
            p.describe(line, line.text, false);
            comment = !line.text.contains("-->");
            continue;
        }
        let t = line.text.trim();
        if t.is_empty() {
            paragraph = false;
            p.table_row = None;
            continue;
        }
        let starts_paragraph = !paragraph;
        paragraph = false;
        if !matches!(
            p.section,
            Section::Special(Special::Description | Special::ModelDescription)
        ) && let Some(f) = fence_opens(line.text)
        {
            fence = Some(f);
            p.header = false;
            p.describe(line, line.text, true);
            continue;
        }
        if t.starts_with("<!--") {
            comment = !t.strip_prefix("<!--").is_some_and(|r| r.contains("-->"));
            p.describe(line, line.text, false);
            continue;
        }
        if let Some((level, text)) = heading(line.text) {
            p.heading(line, level, text)?;
        } else if matches!(
            p.section,
            Section::Special(Special::Description | Special::ModelDescription)
        ) {
            let body = line
                .text
                .trim_start()
                .strip_prefix('>')
                .map_or(line.text, |r| r.strip_prefix(' ').unwrap_or(r));
            p.describe(line, body, false);
        } else if let Some(head) = list_item(line.text) {
            let rest = take_rest(&mut lines).map_err(|at| too_long(line, at))?;
            p.header = false;
            p.item(&Item {
                line,
                head,
                rest: &rest,
            })?;
        } else if p.header && p.key_line(line)? {
        } else if is_rule(line.text) {
            p.header = false;
        } else if let Some(cells) = table_cells(line.text) {
            p.header = false;
            p.table(line, &cells);
        } else {
            p.header = false;
            if t.starts_with('>') {
                p.describe(line, line.text, true);
            } else {
                p.paragraph_line(line, starts_paragraph);
                paragraph = true;
            }
        }
    }
    p.end_section();
    Ok(p.out)
}

/// The error for a list item longer than [`MAX_ITEM_LINES`].
fn too_long(line: Line<'_>, at: Line<'_>) -> ParseError {
    ParseError::new(
        at.no,
        1,
        &Message::new("md-item-too-long")
            .arg("start", line.no.to_string())
            .arg("limit", MAX_ITEM_LINES),
    )
}

/// The error for an item beyond a limit of the model: `message` names the items (such as
/// `md-too-many-notes`), `limit` is the limit.
fn over_limit(line: Line<'_>, limit: usize, message: &'static str) -> ParseError {
    ParseError::new(line.no, 1, &Message::new(message).arg("limit", limit))
}

/// An error at `part` of `line`.
fn error(line: Line<'_>, part: &str, message: &Message) -> ParseError {
    ParseError::new(line.no, items::column(line.text, part), message)
}

/// Whether a paragraph is template guidance rather than content: wholly in emphasis
/// (`*Who are our customers?*`) or a fill-order number such as `(3)`.
fn is_guidance(text: &str) -> bool {
    let t = text.trim();
    let number = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    let emphasis = ['*', '_']
        .iter()
        .any(|m| t.len() > 2 && t.starts_with(*m) && t.ends_with(*m));
    number || emphasis
}

/// Whether a name is a spelling of the Lean Canvas's unique value proposition.
fn names_uvp(name: &str) -> bool {
    matches!(
        normalise(name).as_str(),
        "unique value proposition" | "uvp" | "уникальное ценностное предложение"
    )
}

impl Parser {
    fn version(&mut self) -> Option<&mut RawVersion> {
        self.out.versions.last_mut()
    }

    /// A warning at `line`; its texts are made only when it will be listed.
    fn warn(&mut self, line: usize, make: impl FnOnce() -> Message) {
        self.out.warnings.add(line, make);
    }

    /// Puts a line into the current version's description (before any version: the
    /// first one's), after the heading of its section; `warn`: say so in a warning, once
    /// per run of lines, unless the text comes before the first block of a canvas.
    fn describe(&mut self, line: Line<'_>, text: &str, warn: bool) {
        let gap = self.last_described > 0 && line.no > self.last_described + 1;
        let heading = self.heading_line.take();
        let target = match self.out.versions.last_mut() {
            _ if self.section == Section::Special(Special::ModelDescription) => {
                &mut self.out.model_description
            }
            Some(v) => &mut v.description,
            None => &mut self.out.intro,
        };
        if !target.is_empty() && (gap || heading.is_some()) {
            target.push('\n');
        }
        if let Some(h) = heading {
            target.push_str(&h);
            target.push('\n');
        }
        target.push_str(text);
        target.push('\n');
        let new_run = self.last_described == 0 || line.no != self.last_described + 1;
        self.last_described = line.no;
        let told = warn && (self.section != Section::None || self.mode == Mode::Versions);
        if told && new_run {
            self.out.skipped = true;
            self.warn(line.no, || {
                Message::new("md-kept-in-description").arg("text", quote(text))
            });
        }
    }

    /// Opens a block at a heading level (see [`Self::block_level`]).
    fn open_block(&mut self, block: BlockId, level: usize) {
        self.end_section();
        self.section = Section::Block(block);
        self.block_level = level;
        self.sub = None;
        self.label_block = false;
        self.out.sections = true;
        if let Some(v) = self.version()
            && !v.blocks.contains(&block)
        {
            v.blocks.push(block);
        }
    }

    /// Ends the current section: paragraphs of a block without items become its notes
    /// (guidance aside), otherwise they are kept in the description.
    fn end_section(&mut self) {
        let paragraphs = std::mem::take(&mut self.paragraphs);
        let Section::Block(block) = self.section else {
            return;
        };
        let as_notes = !self.block_items && self.mode == Mode::Generic;
        self.block_items = false;
        for (sub, text, line) in paragraphs {
            let first = Line {
                no: line,
                text: &text,
            };
            if as_notes && !is_guidance(&text) && self.notes < MAX_NOTES {
                let text = match sub {
                    Some(s) => format!("{s}: {text}"),
                    None => text.clone(),
                };
                self.push_note(
                    block,
                    Colour::default(),
                    super::canonical(&text),
                    line,
                    None,
                );
            } else {
                let section = self.section;
                self.section = Section::Described;
                for (i, l) in text.split('\n').enumerate() {
                    let one = Line {
                        no: line + i,
                        text: l,
                    };
                    self.describe(one, l, !is_guidance(first.text));
                }
                self.section = section;
            }
        }
    }

    fn push_note(
        &mut self,
        block: BlockId,
        colour: Colour,
        text: String,
        line: usize,
        attrs: Option<Attrs>,
    ) {
        self.notes += 1;
        if let Some(v) = self.out.versions.last_mut() {
            v.notes.push(RawNote {
                block,
                colour,
                text,
                line,
                attrs,
            });
        }
    }
}
