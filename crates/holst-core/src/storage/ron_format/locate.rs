//! Where an item of a model is in its RON text, for messages: built in one pass, so that
//! many lookups (one per moved note) stay linear in the file's size.
//!
//! Holst writes a version's `id: N,` alone on a line and each note and card on one line
//! starting `(id: N,`; the same note id may appear in several versions (forks keep ids),
//! so notes are found under their version. Text laid out by hand falls back to a search.

use std::collections::HashMap;

use crate::model::{CardId, NoteId, Place, VersionId};

/// 1-based line and column.
pub(super) type Pos = (usize, usize);

/// The lines of versions, notes and cards of one RON text.
pub(super) struct Index<'a> {
    text: &'a str,
    versions: HashMap<u64, Pos>,
    notes: HashMap<(u64, u64), Pos>,
    cards: HashMap<(u64, u64), Pos>,
}

/// The number after `prefix` when `line` is `prefix N,` (or ends after `N`); the rest.
fn id_after<'l>(line: &'l str, prefix: &str) -> Option<(u64, &'l str)> {
    let rest = line.strip_prefix(prefix)?.trim_start();
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let id = rest.get(..digits)?.parse().ok()?;
    Some((id, &rest[digits..]))
}

/// 1-based column of byte `at` of `line`.
fn column(line: &str, at: usize) -> usize {
    line.get(..at).map_or(1, |s| s.chars().count() + 1)
}

impl<'a> Index<'a> {
    /// Indexes the text in one pass.
    pub fn new(text: &'a str) -> Self {
        let mut index = Index {
            text,
            versions: HashMap::new(),
            notes: HashMap::new(),
            cards: HashMap::new(),
        };
        let mut current = None;
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            let at = (i + 1, column(line, line.len() - trimmed.len()));
            if let Some((id, rest)) = id_after(trimmed, "id:")
                && matches!(rest.trim_end(), "," | "")
            {
                current = Some(id);
                index.versions.entry(id).or_insert(at);
            } else if let (Some(v), Some((id, rest))) = (current, id_after(trimmed, "(id:"))
                && rest.starts_with(',')
            {
                // The column of `id:`, past the parenthesis.
                let at = (at.0, at.1 + 1);
                if rest.contains("block:") {
                    index.notes.entry((v, id)).or_insert(at);
                } else if rest.contains("hypothesis:") {
                    index.cards.entry((v, id)).or_insert(at);
                }
            }
        }
        index
    }

    /// Where a note is.
    pub fn note(&self, v: VersionId, n: NoteId) -> Option<Pos> {
        self.notes
            .get(&(v.0, n.0))
            .copied()
            .or_else(|| find_line_with(self.text, &format!("id: {},", n.0), "block:"))
    }

    /// Where a card is.
    pub fn card(&self, v: VersionId, c: CardId) -> Option<Pos> {
        self.cards
            .get(&(v.0, c.0))
            .copied()
            .or_else(|| find_line_with(self.text, &format!("id: {},", c.0), "hypothesis:"))
    }

    /// Where a validation message's item is.
    pub fn place(&self, at: Place, format_version: Option<Pos>) -> Option<Pos> {
        let text = self.text;
        match at {
            Place::Model => find(text, "final_version").or_else(|| find(text, "versions")),
            Place::FormatVersion => format_version.or_else(|| find(text, "format_version")),
            Place::Title => starting(text, "title"),
            Place::Version(v) => self
                .versions
                .get(&v.0)
                .copied()
                .or_else(|| find_line_with(text, &format!("id: {},", v.0), "name:")),
            Place::Note(v, n) => self.note(v, n),
            Place::Card(v, c) => self.card(v, c),
        }
    }
}

/// 1-based line and column of the first occurrence of `needle`.
pub(super) fn find(text: &str, needle: &str) -> Option<Pos> {
    text.lines().enumerate().find_map(|(i, line)| {
        line.find(needle)
            .map(|byte| (i + 1, line[..byte].chars().count() + 1))
    })
}

/// The first line that starts (after indentation) with `word`.
fn starting(text: &str, word: &str) -> Option<Pos> {
    text.lines().enumerate().find_map(|(i, line)| {
        let trimmed = line.trim_start();
        trimmed
            .starts_with(word)
            .then(|| (i + 1, column(line, line.len() - trimmed.len())))
    })
}

/// Line and column of `needle` where the same line, or one of the next two, has `companion`.
fn find_line_with(text: &str, needle: &str, companion: &str) -> Option<Pos> {
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

    const TWO: &str = "(\n    format_version: 1,\n    title: \"T\",\n    versions: [\n        (\n            id: 1,\n            name: \"A\",\n            layout: bmc,\n            notes: [\n                (id: 5, block: channels, colour: pink, x: 8.0, y: 40.0, text: \"a\"),\n            ],\n        ),\n        (\n            id: 2,\n            name: \"B\",\n            layout: bmc,\n            notes: [\n                (id: 5, block: channels, colour: pink, x: 8.0, y: 40.0, text: \"a\"),\n            ],\n            cards: [\n                (id: 3, hypothesis: \"h\"),\n            ],\n        ),\n    ],\n)\n";

    #[test]
    fn a_note_kept_by_a_fork_is_found_under_its_own_version() {
        let index = Index::new(TWO);
        assert_eq!(index.note(VersionId(1), NoteId(5)), Some((10, 18)));
        assert_eq!(index.note(VersionId(2), NoteId(5)), Some((18, 18)));
        assert_eq!(index.card(VersionId(2), CardId(3)), Some((21, 18)));
        assert_eq!(
            index.place(Place::Version(VersionId(2)), None),
            Some((14, 13))
        );
        assert_eq!(index.place(Place::Title, None), Some((3, 5)));
    }
}
