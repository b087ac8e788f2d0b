//! Headings: Holst's versions and blocks, other tools' blocks at any level, sub-sections,
//! sections kept as description; and the key lines under a version heading.

use super::super::lines::{KeyLine, LeanSub, Line, Mode, key_value, quote};
use super::super::raw::RawVersion;
use super::super::{Special, loose};
use super::{Parser, Section, error, names_uvp, over_limit};
use crate::i18n::Message;
use crate::model::{BlockId, LayoutKind, MAX_VERSIONS};
use crate::storage::ParseError;

impl Parser {
    pub(super) fn heading(
        &mut self,
        line: Line<'_>,
        level: usize,
        text: &str,
    ) -> Result<(), ParseError> {
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
                    let column = super::super::items::column(line.text, text);
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
    pub(super) fn sub_section(&mut self, text: &str, level: usize) {
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
    pub(super) fn version_heading(
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
                    return Err(over_limit(line, MAX_VERSIONS, "md-too-many-versions"));
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
    pub(super) fn section_heading(&mut self, line: Line<'_>, text: &str) -> Result<(), ParseError> {
        let section = if let Some(special) = Special::parse(text) {
            Section::Special(special)
        } else if let Some(block) = BlockId::parse(text) {
            Section::Block(block)
        } else {
            return Err(error(line, text, &super::super::unknown_block(text)));
        };
        let Some(version) = self.out.versions.last_mut() else {
            return Err(error(
                line,
                text,
                &Message::new("md-before-version").arg("text", quote(text)),
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
                    &Message::new("md-block-not-in-layout")
                        .arg("text", quote(text))
                        .arg("id", block.id())
                        .arg("layout", layout.id())
                        .arg("blocks", super::super::ids_with_titles(layout.blocks()))
                        .arg("others", others.join(", ")),
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
    pub(super) fn key_line(&mut self, line: Line<'_>) -> Result<bool, ParseError> {
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
                        &Message::new("md-unknown-layout")
                            .arg("text", quote(value))
                            .arg("ids", ids.join(", ")),
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
                            &Message::new("md-final-not-yes-no").arg("text", quote(value)),
                        ));
                    }
                };
                if yes && final_seen {
                    self.warn(line.no, || Message::new("md-final-twice"));
                } else if yes {
                    version.final_mark = true;
                    self.final_seen = true;
                }
            }
        }
        Ok(true)
    }
}
