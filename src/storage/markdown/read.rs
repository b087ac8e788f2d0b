//! The importer: lines, headings and list items into a [`Model`].
//!
//! A first pass decides how `##` headings are meant (versions, or blocks of a single
//! version as other canvas tools write them); the second walks the lines once, collecting
//! raw versions; the last step gives ids, infers layouts, links cards and lays notes out.

use super::items::{self, Item, RawCard};
use super::lines::{
    KeyLine, Line, Mode, detect_mode, front_matter_len, heading, item_rest, key_value, list_item,
    names_section, quote,
};
use super::{Special, UNTITLED, loose};
use crate::geometry::arrange_version;
use crate::model::{
    BlockId, CardId, Colour, Lang, LayoutKind, LegendEntry, Model, Note, NoteId, Version, VersionId,
};
use crate::storage::{ParseError, Warning};

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
    /// `None`: named after the model.
    name: Option<String>,
    layout: Option<LayoutKind>,
    final_mark: bool,
    /// A block heading of the social layout only was seen.
    social_blocks: bool,
    notes: Vec<(BlockId, Colour, String)>,
    legend: Vec<LegendEntry>,
    cards: Vec<RawCard>,
}

struct Parser {
    mode: Mode,
    title: Option<String>,
    versions: Vec<RawVersion>,
    section: Section,
    /// Key lines (`layout:`, `final:`) are read here: directly under a version heading.
    header: bool,
    final_seen: bool,
    warnings: Vec<Warning>,
}

/// See [`super::read`].
pub(super) fn read(text: &str) -> Result<(Model, Vec<Warning>), ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<Line<'_>> = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| Line {
            no: i + 1,
            text: l.trim_end_matches('\r'),
        })
        .collect();
    let body = &lines[front_matter_len(&lines)..];
    let mode = detect_mode(body);
    let mut parser = Parser {
        mode,
        title: None,
        versions: Vec::new(),
        section: Section::None,
        header: mode != Mode::Versions,
        final_seen: false,
        warnings: Vec::new(),
    };
    if mode != Mode::Versions {
        parser.versions.push(RawVersion::default());
    }
    let mut i = 0;
    while let Some(&line) = body.get(i) {
        i += 1;
        if line.text.trim().is_empty() {
            continue;
        }
        if let Some((level, text)) = heading(line.text) {
            parser.heading(line, level, text)?;
        } else if let Some(head) = list_item(line.text) {
            let rest = item_rest(&body[i..]);
            i += rest.len();
            parser.header = false;
            parser.item(&Item { line, head, rest })?;
        } else if !(parser.header && parser.key_line(line)?) {
            parser.header = false;
            parser.warn(
                line.no,
                format!("text outside a list item skipped: {}", quote(line.text)),
                format!("текст вне пункта списка пропущен: {}", quote(line.text)),
            );
        }
    }
    parser.build()
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
    fn warn(&mut self, line: usize, message: String, ru: String) {
        self.warnings.push(Warning { line, message, ru });
    }

    fn heading(&mut self, line: Line<'_>, level: usize, text: &str) -> Result<(), ParseError> {
        match (level, self.mode) {
            (1, _) if self.title.is_none() => {
                self.title = Some(text.to_owned());
                self.header = self.mode != Mode::Versions && self.section == Section::None;
            }
            (2, Mode::Versions) => {
                self.versions.push(RawVersion {
                    name: Some(text.to_owned()),
                    ..RawVersion::default()
                });
                self.section = Section::None;
                self.header = true;
            }
            (2, _) | (3, Mode::Versions | Mode::Single) => self.section_heading(line, text)?,
            (3, Mode::BlocksAtTwo) if names_section(text) => self.section_heading(line, text)?,
            _ => self.warn(
                line.no,
                format!("heading skipped: {}", quote(line.text)),
                format!("заголовок пропущен: {}", quote(line.text)),
            ),
        }
        Ok(())
    }

    fn section_heading(&mut self, line: Line<'_>, text: &str) -> Result<(), ParseError> {
        self.header = false;
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
                    self.warn(
                        line.no,
                        "another version is already marked final; this mark is skipped".into(),
                        "другая версия уже отмечена как итоговая; эта отметка пропущена".into(),
                    );
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
            let message = format!(
                "list item outside any block skipped: {}; expected it under a `### <block>` heading",
                quote(item.head)
            );
            let ru = format!(
                "пункт списка вне блока пропущен: {}; он ожидался под заголовком `### <блок>`",
                quote(item.head)
            );
            self.warn(item.line.no, message, ru);
            return Ok(());
        };
        match self.section {
            Section::Block(block) => {
                let (colour, text) = items::note(item)?;
                version.notes.push((block, colour, text));
            }
            Section::Special(Special::Legend) => {
                let (colour, meaning) = items::note(item)?;
                version.legend.push(LegendEntry { colour, meaning });
            }
            Section::Special(Special::Hypotheses) => version.cards.push(items::card(item)?),
            Section::None => {}
        }
        Ok(())
    }

    fn build(mut self) -> Result<(Model, Vec<Warning>), ParseError> {
        let title = self.title.take().unwrap_or_else(|| UNTITLED.to_owned());
        let mut model = Model {
            format_version: crate::model::FORMAT_VERSION,
            title,
            final_version: None,
            versions: Vec::new(),
        };
        let (mut next_note, mut next_card) = (1, 1);
        for (index, raw) in std::mem::take(&mut self.versions).into_iter().enumerate() {
            let id = VersionId(index as u64 + 1);
            let layout = raw.layout.unwrap_or(if raw.social_blocks {
                LayoutKind::Social
            } else {
                LayoutKind::Bmc
            });
            let name = raw.name.unwrap_or_else(|| model.title.clone());
            let mut version = Version::new(id, name, layout);
            version.legend = raw.legend;
            for (block, colour, text) in raw.notes {
                version.notes.push(Note {
                    id: NoteId(next_note),
                    block,
                    colour,
                    x: 0.0,
                    y: 0.0,
                    text,
                });
                next_note += 1;
            }
            for raw_card in raw.cards {
                let mut card = raw_card.card;
                card.id = CardId(next_card);
                next_card += 1;
                card.notes = items::link(&version.notes, &raw_card.refs, &mut self.warnings);
                version.cards.push(card);
            }
            arrange_version(&mut version);
            if raw.final_mark {
                model.final_version = Some(id);
            }
            model.versions.push(version);
        }
        model.validate().map_err(|invalid| ParseError {
            line: 1,
            column: 1,
            message: invalid.message,
            ru: invalid.ru,
        })?;
        self.warnings.sort_by_key(|w| w.line);
        Ok((model, self.warnings))
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
