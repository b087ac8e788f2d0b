//! The importer: lines, headings and list items into a [`Model`].
//!
//! A first pass decides how `##` headings are meant (versions, or blocks of a single
//! version as other canvas tools write them); the second walks the lines once, collecting
//! raw versions; the last step gives ids, infers layouts, links cards and lays notes out.

use super::items::{self, Item, RawCard};
use super::lines::{
    KeyLine, Line, MAX_ITEM_LINES, Mode, detect_mode, front_matter_len, heading, key_value,
    list_item, names_section, numbered, quote, take_rest,
};
use super::{Special, UNTITLED, Warnings, loose};
use crate::geometry::arrange_version;
use crate::model::{
    BlockId, CardId, Colour, Lang, LayoutKind, LegendEntry, MAX_CARDS, MAX_NOTES, MAX_VERSIONS,
    Model, Note, NoteId, Place, Version, VersionId,
};
use crate::storage::{Format, ParseError, Warning, check_text};

/// What list items under the current heading become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Nothing: items here are skipped with a warning.
    None,
    /// Notes of a block.
    Block(BlockId),
    /// Legend entries, or hypothesis cards.
    Special(Special),
}

/// A version as read, before ids and layout are settled.
#[derive(Debug, Default)]
struct RawVersion {
    /// Line of the version's heading (1 for the version of a file without them).
    line: usize,
    /// `None`: named after the model.
    name: Option<String>,
    layout: Option<LayoutKind>,
    final_mark: bool,
    /// A block heading of the social layout only was seen.
    social_blocks: bool,
    /// Block, colour, text and line of each note.
    notes: Vec<(BlockId, Colour, String, usize)>,
    legend: Vec<LegendEntry>,
    /// Each card with its line.
    cards: Vec<(RawCard, usize)>,
}

struct Parser {
    mode: Mode,
    /// The title and the line of its heading.
    title: Option<(String, usize)>,
    versions: Vec<RawVersion>,
    section: Section,
    /// Key lines (`layout:`, `final:`) are read here: directly under a version heading.
    header: bool,
    final_seen: bool,
    /// A block or section heading was seen.
    sections: bool,
    /// Notes and cards read so far, all versions together.
    notes: usize,
    cards: usize,
    warnings: Warnings,
}

/// See [`super::read`].
pub(super) fn read(text: &str) -> Result<(Model, Vec<Warning>), ParseError> {
    check_text(text, Format::Markdown)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Three passes over the lines, none of them stored: front matter, how `##` headings
    // are meant, then the reading itself.
    let front = front_matter_len(numbered(text));
    let mode = detect_mode(numbered(text).skip(front));
    let mut parser = Parser {
        mode,
        title: None,
        versions: Vec::new(),
        section: Section::None,
        header: mode != Mode::Versions,
        final_seen: false,
        sections: false,
        notes: 0,
        cards: 0,
        warnings: Warnings::default(),
    };
    if mode != Mode::Versions {
        parser.versions.push(RawVersion {
            line: 1,
            ..RawVersion::default()
        });
    }
    let mut lines = numbered(text).skip(front).peekable();
    while let Some(line) = lines.next() {
        if line.text.trim().is_empty() {
            continue;
        }
        if let Some((level, text)) = heading(line.text) {
            parser.heading(line, level, text)?;
        } else if let Some(head) = list_item(line.text) {
            let rest = take_rest(&mut lines).map_err(|at| ParseError {
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
            })?;
            parser.header = false;
            parser.item(&Item {
                line,
                head,
                rest: &rest,
            })?;
        } else if !(parser.header && parser.key_line(line)?) {
            parser.header = false;
            parser.warn(line.no, || {
                (
                    format!("text outside a list item skipped: {}", quote(line.text)),
                    format!("текст вне пункта списка пропущен: {}", quote(line.text)),
                )
            });
        }
    }
    if !parser.sections {
        return Err(ParseError {
            line: 1,
            column: 1,
            message:
                "no block heading found, so there is no note to read; expected a `### <block>` \
                      heading (such as `### Каналы` or `### Channels`) with `- notes` under it"
                    .into(),
            ru: "не найдено ни одного заголовка блока, значит, нет и заметок; ожидался заголовок \
                 `### <блок>` (например `### Каналы`) с пунктами `- заметка` под ним"
                .into(),
        });
    }
    parser.build()
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

impl Parser {
    /// A warning at `line`; its texts are made only when it will be listed.
    fn warn(&mut self, line: usize, texts: impl FnOnce() -> (String, String)) {
        self.warnings.add(line, texts);
    }

    fn heading(&mut self, line: Line<'_>, level: usize, text: &str) -> Result<(), ParseError> {
        match (level, self.mode) {
            (1, _) if self.title.is_none() => {
                self.title = Some((text.to_owned(), line.no));
                self.header = self.mode != Mode::Versions && self.section == Section::None;
            }
            (2, Mode::Versions) => {
                if self.versions.len() >= MAX_VERSIONS {
                    return Err(over_limit(
                        line,
                        MAX_VERSIONS,
                        ("versions", "версий"),
                        false,
                    ));
                }
                self.versions.push(RawVersion {
                    line: line.no,
                    name: Some(text.to_owned()),
                    ..RawVersion::default()
                });
                self.section = Section::None;
                self.header = true;
            }
            (2, _) | (3, Mode::Versions | Mode::Single) => self.section_heading(line, text)?,
            (3, Mode::BlocksAtTwo) if names_section(text) => self.section_heading(line, text)?,
            _ => self.warn(line.no, || {
                (
                    format!("heading skipped: {}", quote(line.text)),
                    format!("заголовок пропущен: {}", quote(line.text)),
                )
            }),
        }
        Ok(())
    }

    fn section_heading(&mut self, line: Line<'_>, text: &str) -> Result<(), ParseError> {
        self.header = false;
        self.sections = true;
        let section = if let Some(special) = Special::parse(text) {
            Section::Special(special)
        } else if let Some(block) = BlockId::parse(text) {
            Section::Block(block)
        } else {
            return Err(error(
                line,
                text,
                unknown_block(text),
                unknown_block_ru(text),
            ));
        };
        let Some(version) = self.versions.last_mut() else {
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
                return Err(error(
                    line,
                    text,
                    format!(
                        "block {} ({}) is not in the {} layout of this version; expected one of: {} \
                         (or `layout: social`)",
                        quote(text),
                        block.id(),
                        layout.id(),
                        layout.block_ids().join(", ")
                    ),
                    format!(
                        "блока {} ({}) нет в макете {} этой версии; ожидался один из: {} \
                         (или строка `layout: social`)",
                        quote(text),
                        block.id(),
                        layout.id(),
                        ids_with_titles(layout.blocks())
                    ),
                ));
            }
            version.social_blocks |= !LayoutKind::Bmc.has_block(block);
        }
        self.section = section;
        Ok(())
    }

    /// Reads a `layout:` or `final:` line; `false` when the line is no key line.
    fn key_line(&mut self, line: Line<'_>) -> Result<bool, ParseError> {
        let Some((key, value)) = key_value(line.text) else {
            return Ok(false);
        };
        let final_seen = self.final_seen;
        let Some(version) = self.versions.last_mut() else {
            return Ok(false);
        };
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

    fn item(&mut self, item: &Item<'_>) -> Result<(), ParseError> {
        let Some(version) = self
            .versions
            .last_mut()
            .filter(|_| self.section != Section::None)
        else {
            self.warn(item.line.no, || {
                (
                    format!(
                        "list item outside any block skipped: {}; expected it under a `### <block>` heading",
                        quote(item.head)
                    ),
                    format!(
                        "пункт списка вне блока пропущен: {}; он ожидался под заголовком `### <блок>`",
                        quote(item.head)
                    ),
                )
            });
            return Ok(());
        };
        match self.section {
            Section::Block(block) => {
                if self.notes >= MAX_NOTES {
                    return Err(over_limit(item.line, MAX_NOTES, ("notes", "заметок"), true));
                }
                let (colour, text) = items::note(item)?;
                version.notes.push((block, colour, text, item.line.no));
                self.notes += 1;
            }
            Section::Special(Special::Legend) => {
                let (colour, meaning) = items::note(item)?;
                version.legend.push(LegendEntry { colour, meaning });
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
                version.cards.push((items::card(item)?, item.line.no));
                self.cards += 1;
            }
            Section::None => {}
        }
        Ok(())
    }

    fn build(mut self) -> Result<(Model, Vec<Warning>), ParseError> {
        let (title, title_line) = self
            .title
            .take()
            .unwrap_or_else(|| (UNTITLED.to_owned(), 1));
        let mut model = Model {
            format_version: crate::model::FORMAT_VERSION,
            title,
            final_version: None,
            versions: Vec::new(),
        };
        // Lines of versions, notes and cards by id (ids count from 1), for messages.
        let (mut version_lines, mut note_lines, mut card_lines) = (vec![], vec![], vec![]);
        for (index, raw) in std::mem::take(&mut self.versions).into_iter().enumerate() {
            let id = VersionId(index as u64 + 1);
            version_lines.push(raw.line);
            let layout = raw.layout.unwrap_or(if raw.social_blocks {
                LayoutKind::Social
            } else {
                LayoutKind::Bmc
            });
            let name = raw.name.unwrap_or_else(|| model.title.clone());
            let mut version = Version::new(id, name, layout);
            version.legend = raw.legend;
            for (block, colour, text, line) in raw.notes {
                note_lines.push(line);
                version.notes.push(Note {
                    id: NoteId(note_lines.len() as u64),
                    block,
                    colour,
                    x: 0.0,
                    y: 0.0,
                    text,
                });
            }
            let linker = items::Linker::new(&version.notes);
            for (raw_card, line) in raw.cards {
                card_lines.push(line);
                let mut card = raw_card.card;
                card.id = CardId(card_lines.len() as u64);
                card.notes = linker.link(&version.notes, &raw_card.refs, &mut self.warnings);
                version.cards.push(card);
            }
            arrange_version(&mut version);
            if raw.final_mark {
                model.final_version = Some(id);
            }
            model.versions.push(version);
        }
        model.validate().map_err(|invalid| {
            let by_id = |lines: &[usize], id: u64| {
                usize::try_from(id)
                    .ok()
                    .and_then(|i| lines.get(i.checked_sub(1)?).copied())
            };
            let line = match invalid.at {
                Place::Title => Some(title_line),
                Place::Version(v) => by_id(&version_lines, v.0),
                Place::Note(_, n) => by_id(&note_lines, n.0),
                Place::Card(_, c) => by_id(&card_lines, c.0),
                Place::Model | Place::FormatVersion => None,
            };
            ParseError {
                line: line.unwrap_or(1),
                column: 1,
                message: invalid.message,
                ru: invalid.ru,
            }
        })?;
        Ok((model, self.warnings.finish()))
    }
}

/// Message for a heading that names no block: every accepted name.
fn unknown_block(text: &str) -> String {
    let mut names: Vec<&str> = BlockId::ALL.iter().map(|b| b.id()).collect();
    names.extend(BlockId::ALL.iter().map(|b| b.title(Lang::Ru)));
    names.extend(BlockId::ALL.iter().map(|b| b.title(Lang::En)));
    names.extend(Special::NAMES);
    format!(
        "unknown block heading {}; expected one of: {}",
        quote(text),
        names.join(", ")
    )
}

/// Russian message for a heading that names no block: ids with Russian titles, and the
/// special sections.
fn unknown_block_ru(text: &str) -> String {
    format!(
        "неизвестный заголовок блока {}; ожидался один из: {}, а также Легенда или Гипотезы",
        quote(text),
        ids_with_titles(BlockId::ALL.iter().copied())
    )
}

/// `id (Русское название)` for each block, comma-separated.
fn ids_with_titles(blocks: impl Iterator<Item = BlockId>) -> String {
    blocks
        .map(|b| format!("{} ({})", b.id(), b.title(Lang::Ru)))
        .collect::<Vec<_>>()
        .join(", ")
}
