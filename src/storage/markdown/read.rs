//! The importer: lines, headings and list items into raw versions.
//!
//! A first pass decides how `##` headings are meant (Holst's versions, or a single version
//! as other canvas tools write it, with blocks at any heading level); the second walks the
//! lines once. [`super::build`] then gives ids, infers layouts, links cards and lays notes
//! out. Text that is no note (a `## Notes` section, an introduction, guidance, code blocks)
//! is kept in the version's description, never dropped.

use super::attrs::{self, Attrs};
use super::items::{self, Item};
use super::lines::{
    KeyLine, LeanSub, Line, MAX_ITEM_LINES, Mode, bold_label, detect_shape, fence_closes,
    fence_opens, front_matter_len, front_matter_title, heading, is_indented, is_rule, key_value,
    list_item, numbered, quote, table_cells, take_rest,
};
use super::raw::{Parsed, RawNote, RawVersion};
use super::{Special, loose};
use crate::model::{BlockId, Colour, LayoutKind, MAX_CARDS, MAX_NOTES, MAX_VERSIONS, normalise};
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
        p.out.front_title = p.out.title.is_some();
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
        if !matches!(p.section, Section::Special(Special::Description))
            && let Some(f) = fence_opens(line.text)
        {
            fence = Some(f);
            p.header = false;
            p.describe(line, line.text, true);
            continue;
        }
        if t.starts_with("<!--") {
            comment = !t["<!--".len()..].contains("-->");
            p.describe(line, line.text, false);
            continue;
        }
        if let Some((level, text)) = heading(line.text) {
            p.heading(line, level, text)?;
        } else if p.section == Section::Special(Special::Description) {
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
    ParseError {
        line: at.no,
        column: 1,
        message: format!(
            "the list item of line {} goes on for more than {MAX_ITEM_LINES} lines; \
             expected a shorter note or card",
            line.no
        ),
        ru: format!(
            "пункт списка со строки {} тянется больше чем на {MAX_ITEM_LINES} строк; \
             ожидалась заметка или карточка покороче",
            line.no
        ),
    }
}

/// The error for an item beyond a limit of the model (`what`: the items, in English and
/// Russian, such as `notes`; `all`: the limit counts all versions together).
fn over_limit(line: Line<'_>, limit: usize, what: (&str, &str), all: bool) -> ParseError {
    let (en, ru) = what;
    let (across, across_ru) = if all {
        (", all versions together", " во всех версиях вместе")
    } else {
        ("", "")
    };
    ParseError {
        line: line.no,
        column: 1,
        message: format!("too many {en}: more than the limit of {limit} {en} per model{across}"),
        ru: format!("слишком много {ru}: больше предела в {limit} {ru} на модель{across_ru}"),
    }
}

/// An error at `part` of `line`, in English and Russian.
fn error(line: Line<'_>, part: &str, message: String, ru: String) -> ParseError {
    ParseError {
        line: line.no,
        column: items::column(line.text, part),
        message,
        ru,
    }
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
    fn warn(&mut self, line: usize, texts: impl FnOnce() -> (String, String)) {
        self.out.warnings.add(line, texts);
    }

    /// Puts a line into the current version's description (before any version: the
    /// first one's), after the heading of its section; `warn`: say so in a warning, once
    /// per run of lines, unless the text comes before the first block of a canvas.
    fn describe(&mut self, line: Line<'_>, text: &str, warn: bool) {
        let gap = self.last_described > 0 && line.no > self.last_described + 1;
        let heading = self.heading_line.take();
        let target = match self.out.versions.last_mut() {
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
                (
                    format!(
                        "not a note, kept in the version's description: {}",
                        quote(text)
                    ),
                    format!("не заметка, сохранено в описании версии: {}", quote(text)),
                )
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

    fn heading(&mut self, line: Line<'_>, level: usize, text: &str) -> Result<(), ParseError> {
        self.header = false;
        let before = self.last_level;
        self.last_level = level;
        if self.mode == Mode::Versions {
            return self.version_heading(line, level, text);
        }
        if let Some(special) = Special::parse(text) {
            self.end_section();
            self.section = Section::Special(special);
            self.out.sections = true;
            self.heading_line = None;
            return Ok(());
        }
        let struck = text.starts_with("~~");
        let block = BlockId::parse(text).filter(|_| !struck);
        if let Some(file_block) = self.ctx.block {
            if block == Some(file_block) {
                self.open_block(file_block, level);
                self.heading_line = Some(line.text.to_owned());
            } else if let Section::Block(_) = self.section {
                self.sub_section(text, level);
            } else {
                self.heading_line = Some(line.text.to_owned());
            }
            return Ok(());
        }
        if let Some(block) = block {
            self.open_block(block, level);
            self.heading_line = Some(line.text.to_owned());
            if names_uvp(text) {
                self.out.lean_named = true;
            }
            return Ok(());
        }
        match self.section {
            Section::Block(_) if level > self.block_level => self.sub_section(text, level),
            _ if LeanSub::parse(text).is_some() => self.sub_section(text, level),
            _ => {
                let intro = !self.out.sections;
                self.end_section();
                if intro && self.out.title.is_none() && level == 1 {
                    self.out.title = Some((text.to_owned(), line.no));
                    self.header = true;
                    self.last_level = before;
                    return Ok(());
                }
                if level >= 3 && self.out.unknown.is_none() {
                    let column = items::column(line.text, text);
                    self.out.unknown = Some((line.no, column, text.to_owned()));
                }
                if intro && self.out.first_heading.is_none() {
                    self.out.first_heading = Some(text.to_owned());
                }
                self.section = if intro {
                    Section::None
                } else {
                    Section::Described
                };
                self.heading_line = Some(line.text.to_owned());
            }
        }
        Ok(())
    }

    /// A heading below the current block, or a Lean sub-section anywhere: its items are
    /// notes of the block (Lean's own block for Lean's three names), prefixed with its name.
    fn sub_section(&mut self, text: &str, level: usize) {
        let (block, name) = if let Some(lean) = LeanSub::parse(text) {
            self.out.lean_named = true;
            (Some(lean.block()), lean.title(text).to_owned())
        } else {
            let name =
                text.trim_matches(|c: char| c == '*' || c == '_' || c == ':' || c.is_whitespace());
            (None, name.trim_end_matches(':').trim().to_owned())
        };
        if let Some(block) = block
            && self.section != Section::Block(block)
        {
            self.open_block(block, level.saturating_sub(1));
        }
        self.sub = (!name.is_empty()).then_some(name);
    }

    /// A heading of Holst's own format: `#` title, `##` version, `###` block or section,
    /// deeper: a sub-section of the block.
    fn version_heading(
        &mut self,
        line: Line<'_>,
        level: usize,
        text: &str,
    ) -> Result<(), ParseError> {
        match level {
            1 if self.out.title.is_none() => {
                self.out.title = Some((text.to_owned(), line.no));
            }
            2 => {
                self.end_section();
                if self.out.versions.len() >= MAX_VERSIONS {
                    return Err(over_limit(
                        line,
                        MAX_VERSIONS,
                        ("versions", "версий"),
                        false,
                    ));
                }
                self.out.versions.push(RawVersion {
                    line: line.no,
                    name: Some(text.to_owned()),
                    heading: line.text.to_owned(),
                    ..RawVersion::default()
                });
                self.section = Section::None;
                self.header = true;
            }
            3 => self.section_heading(line, text)?,
            _ if matches!(self.section, Section::Block(_)) => self.sub_section(text, level),
            _ => {
                self.end_section();
                self.section = Section::Described;
                self.heading_line = Some(line.text.to_owned());
            }
        }
        Ok(())
    }

    /// A `###` heading of Holst's own format: a block or section, else an error.
    fn section_heading(&mut self, line: Line<'_>, text: &str) -> Result<(), ParseError> {
        let section = if let Some(special) = Special::parse(text) {
            Section::Special(special)
        } else if let Some(block) = BlockId::parse(text) {
            Section::Block(block)
        } else {
            return Err(error(
                line,
                text,
                super::unknown_block(text),
                super::unknown_block_ru(text),
            ));
        };
        let Some(version) = self.out.versions.last_mut() else {
            return Err(error(
                line,
                text,
                format!(
                    "{} comes before any version heading; expected `## <version name>` above it",
                    quote(text)
                ),
                format!(
                    "{} стоит раньше любого заголовка версии; над ним ожидался `## <название версии>`",
                    quote(text)
                ),
            ));
        };
        if let Section::Block(block) = section {
            if let Some(layout) = version.layout
                && !layout.has_block(block)
            {
                let others: Vec<&str> = LayoutKind::ALL
                    .iter()
                    .filter(|l| l.has_block(block))
                    .map(|l| l.id())
                    .collect();
                return Err(error(
                    line,
                    text,
                    format!(
                        "block {} ({}) is not in the {} layout of this version; expected one of: {} \
                         (or `layout: {}`)",
                        quote(text),
                        block.id(),
                        layout.id(),
                        layout.block_ids().join(", "),
                        others.join("` or `layout: ")
                    ),
                    format!(
                        "блока {} ({}) нет в макете {} этой версии; ожидался один из: {} \
                         (или строка `layout: {}`)",
                        quote(text),
                        block.id(),
                        layout.id(),
                        super::ids_with_titles(layout.blocks()),
                        others.join("` или `layout: ")
                    ),
                ));
            }
            if names_uvp(text) {
                self.out.lean_named = true;
            }
            self.open_block(block, 3);
            self.heading_line = Some(line.text.to_owned());
        } else {
            self.end_section();
            self.heading_line = None;
            self.section = section;
            self.out.sections = true;
            if let Some(v) = self.version() {
                v.sections = true;
            }
        }
        Ok(())
    }

    /// Reads a `layout:` or `final:` line; `false` when the line is no key line.
    fn key_line(&mut self, line: Line<'_>) -> Result<bool, ParseError> {
        let Some((key, value)) = key_value(line.text) else {
            return Ok(false);
        };
        let final_seen = self.final_seen;
        let Some(version) = self.out.versions.last_mut() else {
            return Ok(false);
        };
        version.keys = true;
        match key {
            KeyLine::Layout => {
                let layout = LayoutKind::parse(value).ok_or_else(|| {
                    let ids: Vec<&str> = LayoutKind::ALL.iter().map(|l| l.id()).collect();
                    error(
                        line,
                        value,
                        format!(
                            "unknown layout {}; expected one of: {}",
                            quote(value),
                            ids.join(", ")
                        ),
                        format!(
                            "неизвестный макет {}; ожидался один из: {}",
                            quote(value),
                            ids.join(", ")
                        ),
                    )
                })?;
                version.layout = Some(layout);
            }
            KeyLine::Final => {
                let yes = match loose(value).as_str() {
                    "yes" | "да" | "true" | "y" | "1" => true,
                    "no" | "нет" | "false" | "n" | "0" => false,
                    _ => {
                        return Err(error(
                            line,
                            value,
                            format!("{} is not yes or no; expected `final: yes`", quote(value)),
                            format!(
                                "{} — не «да» и не «нет»; ожидалось `final: yes` или `final: да`",
                                quote(value)
                            ),
                        ));
                    }
                };
                if yes && final_seen {
                    self.warn(line.no, || {
                        (
                            "another version is already marked final; this mark is skipped".into(),
                            "другая версия уже отмечена как итоговая; эта отметка пропущена".into(),
                        )
                    });
                } else if yes {
                    version.final_mark = true;
                    self.final_seen = true;
                }
            }
        }
        Ok(true)
    }

    /// A line of a paragraph: the first line may be a bold label naming a block or a Lean
    /// sub-section (`**Customer Segments** (…)`), which opens it.
    fn paragraph_line(&mut self, line: Line<'_>, first: bool) {
        if first && self.mode == Mode::Generic && self.ctx.block.is_none() {
            if let Some((label, _)) = bold_label(line.text) {
                if let Some(block) = BlockId::parse(label) {
                    let level = self.last_level + 1;
                    self.open_block(block, level);
                    if names_uvp(label) {
                        self.out.lean_named = true;
                    }
                    return;
                }
                if LeanSub::parse(label).is_some() && line.text.trim().ends_with("**") {
                    self.sub_section(label, self.last_level + 1);
                    return;
                }
            }
        }
        match self.section {
            Section::Block(_) => {
                if first || self.paragraphs.is_empty() {
                    self.paragraphs
                        .push((self.sub.clone(), line.text.trim().to_owned(), line.no));
                } else if let Some((_, text, _)) = self.paragraphs.last_mut() {
                    text.push('\n');
                    text.push_str(line.text.trim());
                }
            }
            _ => self.describe(line, line.text, true),
        }
    }

    /// A table row: under a block, a note of its cells (the header row is description);
    /// in a file whose blocks are only in a table, a row naming a block in its first cell
    /// gives that block's notes from its second cell, split at `<br>`.
    fn table(&mut self, line: Line<'_>, cells: &[&str]) {
        let row = self.table_row.map_or(0, |r| r + 1);
        self.table_row = Some(row);
        if super::lines::is_table_rule(cells) {
            return;
        }
        if self.table_canvas
            && let [first, second, ..] = cells
            && let Some(block) = BlockId::parse(first)
        {
            if self.section != Section::Block(block) {
                self.open_block(block, self.last_level + 1);
            }
            if names_uvp(first) {
                self.out.lean_named = true;
            }
            self.block_items = true;
            for part in second
                .split("<br>")
                .flat_map(|p| p.split("<br/>"))
                .flat_map(|p| p.split("<br />"))
            {
                let part = part.trim();
                if !part.is_empty() && self.notes < MAX_NOTES {
                    self.push_note(block, Colour::default(), part.to_owned(), line.no, None);
                }
            }
            return;
        }
        match self.section {
            Section::Block(block) if row > 0 => {
                let text: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
                if !text.is_empty() && self.notes < MAX_NOTES {
                    let mut text = text.join(" — ");
                    if let Some(s) = &self.sub {
                        text = format!("{s}: {text}");
                    }
                    self.block_items = true;
                    self.push_note(block, Colour::default(), text, line.no, None);
                }
            }
            Section::Block(_) => self.describe(line, line.text, false),
            _ => self.describe(line, line.text, true),
        }
    }

    fn item(&mut self, item: &Item<'_>) -> Result<(), ParseError> {
        if self.mode == Mode::Generic
            && self.ctx.block.is_none()
            && (self.label_block || !matches!(self.section, Section::Block(_)))
            && item.head.starts_with("**")
            && let Some((label, rest)) = bold_label(item.head)
            && let Some(block) = BlockId::parse(label)
        {
            return self.label_item(item, block, label, rest);
        }
        match self.section {
            Section::Block(block) => self.note(item, block),
            Section::Special(Special::Legend) => {
                let (colour, meaning) = items::note(item)?;
                if let Some(v) = self.version() {
                    v.legend.push(crate::model::LegendEntry {
                        colour: colour.unwrap_or_default(),
                        meaning,
                    });
                }
                Ok(())
            }
            Section::Special(Special::Hypotheses) => {
                if self.cards >= MAX_CARDS {
                    return Err(over_limit(
                        item.line,
                        MAX_CARDS,
                        ("cards", "карточек"),
                        true,
                    ));
                }
                let card = items::card(item)?;
                if let Some(v) = self.version() {
                    v.cards.push((card, item.line.no));
                }
                self.cards += 1;
                Ok(())
            }
            Section::Special(Special::Description) | Section::None | Section::Described => {
                let warn = self.section != Section::Special(Special::Description);
                self.describe(item.line, item.line.text, warn);
                for l in item.rest {
                    self.describe(*l, l.text, false);
                }
                Ok(())
            }
        }
    }

    /// A note of `block` from a list item: its colour prefix, text and Holst comment. An
    /// empty item (`- `) is no note: skipped with a warning.
    fn note(&mut self, item: &Item<'_>, block: BlockId) -> Result<(), ParseError> {
        if self.notes >= MAX_NOTES {
            return Err(over_limit(item.line, MAX_NOTES, ("notes", "заметок"), true));
        }
        let (head, attrs) = attrs::split(item.head);
        let (colour, mut text) = items::note(&Item {
            line: item.line,
            head,
            rest: item.rest,
        })?;
        if text.is_empty() && colour.is_none() && attrs.is_none() {
            self.out.skipped = true;
            self.warn(item.line.no, || {
                (
                    "empty list item skipped".into(),
                    "пустой пункт списка пропущен".into(),
                )
            });
            return Ok(());
        }
        if self.mode == Mode::Generic && text.contains("<br") {
            // Line breaks as the Obsidian plugin's one-line items carry them.
            text = super::canonical(
                &text
                    .replace("<br />", "\n")
                    .replace("<br/>", "\n")
                    .replace("<br>", "\n"),
            );
        }
        if let Some(s) = &self.sub {
            text = format!("{s}: {text}");
        }
        self.block_items = true;
        self.push_note(block, colour.unwrap_or_default(), text, item.line.no, attrs);
        Ok(())
    }

    /// `- **Key Partners:** a, b` opens Key Partners; the rest of the line is a note, and
    /// so is each nested item under it.
    fn label_item(
        &mut self,
        item: &Item<'_>,
        block: BlockId,
        label: &str,
        rest: &str,
    ) -> Result<(), ParseError> {
        if self.section != Section::Block(block) {
            let level = self.last_level + 1;
            self.open_block(block, level);
        }
        self.label_block = true;
        if names_uvp(label) {
            self.out.lean_named = true;
        }
        let mut pieces: Vec<(Line<'_>, String)> = Vec::new();
        if !rest.trim().is_empty() {
            pieces.push((item.line, rest.trim().to_owned()));
        }
        for l in item.rest {
            let inner = l.text.trim_start();
            if let Some(head) = list_item(l.text).filter(|_| is_indented(l.text)) {
                pieces.push((*l, head.to_owned()));
            } else if let Some((_, text)) = pieces.last_mut()
                && !inner.is_empty()
            {
                text.push('\n');
                text.push_str(inner);
            }
        }
        for (line, text) in pieces {
            let sub = Item {
                line,
                head: &text,
                rest: &[],
            };
            self.note(&sub, block)?;
        }
        Ok(())
    }
}
