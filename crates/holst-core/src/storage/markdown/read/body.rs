//! The body of a section: paragraphs, tables and list items (notes, legend entries,
//! cards, bold-label bullets).

use super::super::attrs;
use super::super::items::{self, Item};
use super::super::lines::{LeanSub, Line, Mode, bold_label, is_indented, is_table_rule, list_item};
use super::super::{Special, method};
use super::{Parser, Section, names_uvp, over_limit};
use crate::i18n::Message;
use crate::model::{BlockId, Colour, MAX_CARDS, MAX_NOTES};
use crate::storage::ParseError;

impl Parser {
    /// A line of a paragraph: the first line may be a bold label naming a block or a Lean
    /// sub-section (`**Customer Segments** (…)`), which opens it.
    pub(super) fn paragraph_line(&mut self, line: Line<'_>, first: bool) {
        if first
            && self.mode == Mode::Generic
            && self.ctx.block.is_none()
            && let Some((label, _)) = bold_label(line.text)
        {
            {
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
    pub(super) fn table(&mut self, line: Line<'_>, cells: &[&str]) {
        let row = self.table_row.map_or(0, |r| r + 1);
        self.table_row = Some(row);
        if is_table_rule(cells) {
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

    pub(super) fn item(&mut self, item: &Item<'_>) -> Result<(), ParseError> {
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
                    return Err(over_limit(item.line, MAX_CARDS, "md-too-many-cards"));
                }
                let card = items::card(item)?;
                if let Some(v) = self.version() {
                    v.cards.push((card, item.line.no));
                }
                self.cards += 1;
                Ok(())
            }
            Section::Special(Special::Social) => {
                if let Some(v) = self.version() {
                    method::social_item(item, &mut v.social)?;
                }
                Ok(())
            }
            Section::Special(Special::Segments) => {
                let raw = method::segment_item(item)?;
                if let Some(v) = self.version() {
                    v.segments.push(raw);
                }
                Ok(())
            }
            Section::Special(Special::Description | Special::ModelDescription)
            | Section::None
            | Section::Described => {
                let warn = !matches!(
                    self.section,
                    Section::Special(Special::Description | Special::ModelDescription)
                );
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
    pub(super) fn note(&mut self, item: &Item<'_>, block: BlockId) -> Result<(), ParseError> {
        if self.notes >= MAX_NOTES {
            return Err(over_limit(item.line, MAX_NOTES, "md-too-many-notes"));
        }
        let (head, attrs) = attrs::split(item.head);
        let (colour, mut text) = items::note(&Item {
            line: item.line,
            head,
            rest: item.rest,
        })?;
        if text.is_empty() && colour.is_none() && attrs.is_none() {
            self.out.skipped = true;
            self.warn(item.line.no, || Message::new("md-empty-item"));
            return Ok(());
        }
        if self.mode == Mode::Generic && text.contains("<br") {
            // Line breaks as the Obsidian plugin's one-line items carry them.
            text = super::super::canonical(
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
    pub(super) fn label_item(
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
