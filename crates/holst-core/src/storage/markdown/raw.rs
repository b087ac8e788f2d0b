//! Versions as read, before ids, layouts and places are settled; and how they become a
//! [`Model`].

use std::collections::{HashMap, HashSet};

use super::attrs::Attrs;
use super::items::{self, RawCard};
use super::{UNTITLED, Warnings, canonical};
use crate::geometry::{arrange_version, clamp_into_block, free_spot, note_height};
use crate::i18n::{Arg, Message};
use crate::model::{
    BlockId, CardId, Colour, Lang, LayoutKind, LegendEntry, MAX_ID, Model, Note, NoteId, Place,
    Version, VersionId,
};
use crate::storage::{ParseError, Warning};

/// A note as read.
#[derive(Debug)]
pub(crate) struct RawNote {
    pub block: BlockId,
    pub colour: Colour,
    pub text: String,
    pub line: usize,
    /// Holst's comment on the item, if it had one.
    pub attrs: Option<Attrs>,
}

/// A version as read.
#[derive(Debug, Default)]
pub(crate) struct RawVersion {
    /// Line of the version's heading (1 for the version of a file without them).
    pub line: usize,
    /// `None`: named after the model.
    pub name: Option<String>,
    /// The heading line as written (Holst's versions only).
    pub heading: String,
    pub layout: Option<LayoutKind>,
    pub final_mark: bool,
    /// A key line (`layout:`, `final:`) stood under the heading.
    pub keys: bool,
    /// Blocks named by a heading (or label), each once.
    pub blocks: Vec<BlockId>,
    /// A legend, hypotheses or description section was seen.
    pub sections: bool,
    pub notes: Vec<RawNote>,
    pub legend: Vec<LegendEntry>,
    /// Each card with its line.
    pub cards: Vec<(RawCard, usize)>,
    /// Text kept in the version's description.
    pub description: String,
    /// The social enterprise section.
    pub social: crate::model::SocialEnterprise,
    /// The segment profiles section.
    pub segments: Vec<super::method::RawSegment>,
}

/// What reading one text gave.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    /// The title and the line it came from.
    pub title: Option<(String, usize)>,
    /// The first heading before any block that names none (a title when there is no
    /// `#` one).
    pub first_heading: Option<String>,
    pub versions: Vec<RawVersion>,
    /// Description before the first version heading.
    pub intro: String,
    /// The model's description (`### Описание модели`).
    pub model_description: String,
    pub warnings: Warnings,
    /// A block or section heading was seen.
    pub sections: bool,
    /// Some text of the file went to the description with a warning, or was skipped.
    pub skipped: bool,
    /// The file names the Lean Canvas's value proposition or one of its sub-sections.
    pub lean_named: bool,
    /// The first heading below the second level that named nothing: line, column, text
    /// (a misspelt block, when no heading names one).
    pub unknown: Option<(usize, usize, String)>,
}

impl RawVersion {
    /// Whether a `##` heading really made a version: it has a key line, a block or section,
    /// or anything read into it. A `## Summary` among versions is text, not a version.
    fn is_version(&self) -> bool {
        self.name.is_none()
            || self.layout.is_some()
            || self.keys
            || self.sections
            || !self.blocks.is_empty()
            || !self.notes.is_empty()
    }
}

/// The error for a file with no block heading at all.
fn no_block_heading() -> ParseError {
    ParseError::new(1, 1, &Message::new("md-no-block-heading"))
}

/// The error for a file whose blocks gave no note while other text was there.
fn nothing_read() -> ParseError {
    ParseError::new(1, 1, &Message::new("md-nothing-read"))
}

/// Appends a piece of text to a description, a blank line between pieces.
fn append(description: &mut String, text: &str) {
    let text = text.trim_end();
    if text.is_empty() {
        return;
    }
    if !description.trim().is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(text);
}

/// Ids for the notes of every version: the id of a note's Holst comment when it has one
/// (at most [`MAX_ID`], once per version), else a fresh one used nowhere in the model.
fn note_ids(versions: &[RawVersion], warnings: &mut Warnings) -> Vec<Vec<NoteId>> {
    let mut used: HashSet<u64> = HashSet::new();
    let mut kept: Vec<Vec<Option<u64>>> = Vec::new();
    for v in versions {
        let mut here = HashSet::new();
        let mut ids = Vec::with_capacity(v.notes.len());
        for n in &v.notes {
            let id = n.attrs.and_then(|a| a.id);
            let ok = id.filter(|id| *id <= MAX_ID && here.insert(*id));
            if let (Some(id), None) = (id, ok) {
                warnings.add(n.line, || {
                    Message::new("md-note-id-reused").arg("id", id.to_string())
                });
            }
            if let Some(id) = ok {
                used.insert(id);
            }
            ids.push(ok);
        }
        kept.push(ids);
    }
    let mut next = 1;
    kept.into_iter()
        .map(|ids| {
            ids.into_iter()
                .map(|id| {
                    NoteId(id.unwrap_or_else(|| {
                        while used.contains(&next) {
                            next += 1;
                        }
                        used.insert(next);
                        next
                    }))
                })
                .collect()
        })
        .collect()
}

/// Places the notes of a version: every note at its comment's place (moved into its block
/// when outside, with a warning), the others at free spots; no comment with a place at
/// all: tidy columns.
fn place_notes(
    version: &mut Version,
    places: &[Option<(f32, f32)>],
    lines: &[usize],
    w: &mut Warnings,
) {
    if places.iter().all(Option::is_none) {
        arrange_version(version);
        return;
    }
    let layout = version.layout;
    let mut scratch = Version::new(version.id, String::new(), layout);
    for (i, note) in version.notes.iter_mut().enumerate() {
        if let Some((x, y)) = places[i] {
            (note.x, note.y) = (x, y);
            if let Some(rect) = layout.block_rect(note.block)
                && !rect.contains(rect.x + x, rect.y + y)
            {
                (note.x, note.y) =
                    clamp_into_block(layout, note.block, x, y, note_height(&note.text));
                w.add(lines[i], || {
                    Message::new("md-note-moved-in")
                        .arg("x", x.to_string())
                        .arg("y", y.to_string())
                });
            }
            scratch.notes.push(note.clone());
        }
    }
    for (i, note) in version.notes.iter_mut().enumerate() {
        if places[i].is_none() {
            (note.x, note.y) = free_spot(&scratch, note.block, note_height(&note.text));
            scratch.notes.push(note.clone());
        }
    }
}

/// The layout of a version: its `layout:` line, else what its blocks call for (Lean when
/// the file named the Lean value proposition or a Lean sub-section).
fn layout_of(raw: &RawVersion, lean_named: bool) -> LayoutKind {
    raw.layout.unwrap_or_else(|| {
        let inferred = LayoutKind::inferred(
            raw.blocks
                .iter()
                .chain(raw.notes.iter().map(|n| &n.block))
                .copied(),
        );
        if lean_named && inferred == LayoutKind::Bmc {
            LayoutKind::Lean
        } else {
            inferred
        }
    })
}

/// The notes of a version with their ids: a note of a block its layout lacks goes to the
/// block at the same place (its block named in its text, with a warning); places and
/// drawing order from Holst's comments when they have them.
fn add_notes(version: &mut Version, notes: Vec<RawNote>, ids: &[NoteId], warnings: &mut Warnings) {
    let layout = version.layout;
    let mut places = Vec::with_capacity(notes.len());
    let mut lines = Vec::with_capacity(notes.len());
    let mut z = Vec::with_capacity(notes.len());
    for (n, note_id) in notes.into_iter().zip(ids) {
        let mut text = n.text;
        let block = layout.home_for(n.block);
        if block != n.block {
            let from = n.block.title(Lang::En);
            warnings.add(n.line, || {
                Message::new("md-note-block-not-in-layout")
                    .arg("from", Arg::Block(n.block))
                    .arg("layout", layout.id())
                    .arg("to", Arg::Block(block))
            });
            text = format!("{from}: {text}");
        }
        places.push(n.attrs.and_then(|a| a.place));
        z.push(n.attrs.and_then(|a| a.z));
        lines.push(n.line);
        version.notes.push(Note {
            id: *note_id,
            block,
            colour: n.colour,
            x: 0.0,
            y: 0.0,
            text,
        });
    }
    place_notes(version, &places, &lines, warnings);
    if !z.is_empty() && z.iter().all(Option::is_some) {
        let mut order: Vec<(usize, Note)> = z
            .into_iter()
            .flatten()
            .zip(std::mem::take(&mut version.notes))
            .collect();
        order.sort_by_key(|(z, _)| *z);
        version.notes = order.into_iter().map(|(_, n)| n).collect();
    }
}

/// The versions that are versions; the text of `## ` headings that made none goes into
/// the description of the version before (into `pending` before the first), with a
/// warning each.
fn fold_non_versions(
    raw: Vec<RawVersion>,
    pending: &mut String,
    warnings: &mut Warnings,
) -> Vec<RawVersion> {
    let mut versions: Vec<RawVersion> = Vec::new();
    for v in raw {
        if v.is_version() {
            versions.push(v);
            continue;
        }
        let name = v.name.clone().unwrap_or_default();
        warnings.add(v.line, || {
            Message::new("md-not-a-version").arg("name", name)
        });
        let text = format!("{}\n{}", v.heading, v.description);
        match versions.last_mut() {
            Some(prev) => append(&mut prev.description, &text),
            None => append(pending, &text),
        }
    }
    versions
}

/// Cards with their links, the social enterprise, profiles and ties of a version, once its
/// notes have ids; `card_lines` gets the line of each card.
fn links(
    version: &mut Version,
    raw: RawVersion,
    card_lines: &mut Vec<usize>,
    warnings: &mut Warnings,
) {
    let linker = items::Linker::new(&version.notes);
    for (raw_card, line) in raw.cards {
        card_lines.push(line);
        let mut card = raw_card.card;
        card.id = CardId(card_lines.len() as u64);
        card.notes = linker.link(&version.notes, &raw_card.refs, warnings);
        version.cards.push(card);
    }
    version.social = raw.social;
    super::method::resolve(version, raw.segments, warnings);
}

/// Builds the model from what was read: versions that are no versions folded into the
/// description, ids, layouts, places, card links; validated, with errors at their lines.
/// `fallback_title`: the title when the file names none (its name).
pub(crate) fn build(
    parsed: Parsed,
    fallback_title: Option<&str>,
) -> Result<(Model, Vec<Warning>), ParseError> {
    let Parsed {
        title,
        first_heading,
        versions: raw_versions,
        intro,
        model_description,
        mut warnings,
        sections,
        mut skipped,
        lean_named,
        unknown,
        ..
    } = parsed;
    let (title, title_line) = title
        .or_else(|| first_heading.map(|t| (t, 1)))
        .or_else(|| fallback_title.map(|t| (t.to_owned(), 1)))
        .unwrap_or_else(|| (UNTITLED.to_owned(), 1));
    let mut pending = intro;
    let before = raw_versions.len();
    let mut versions = fold_non_versions(raw_versions, &mut pending, &mut warnings);
    skipped |= versions.len() < before;
    if !sections {
        if let Some((line, column, text)) = unknown {
            return Err(ParseError::new(line, column, &super::unknown_block(&text)));
        }
        return Err(no_block_heading());
    }
    let read: usize = versions
        .iter()
        .map(|v| v.notes.len() + v.legend.len() + v.cards.len())
        .sum();
    if read == 0 && skipped {
        return Err(nothing_read());
    }
    if let Some(first) = versions.first_mut() {
        let rest = std::mem::take(&mut first.description);
        append(&mut first.description, &pending);
        append(&mut first.description, &rest);
    }
    let ids = note_ids(&versions, &mut warnings);
    let mut model = Model {
        format_version: crate::model::FORMAT_VERSION,
        title,
        description: canonical(&model_description),
        final_version: None,
        versions: Vec::new(),
        ids: crate::model::IdStrategy::Sequential,
    };
    // Lines of versions, notes and cards, for messages.
    let mut version_lines = Vec::new();
    let mut note_lines: HashMap<(VersionId, NoteId), usize> = HashMap::new();
    let mut card_lines = Vec::new();
    for (index, (mut raw, ids)) in versions.into_iter().zip(ids).enumerate() {
        let id = VersionId(index as u64 + 1);
        version_lines.push(raw.line);
        let name = raw.name.clone().unwrap_or_else(|| model.title.clone());
        let mut version = Version::new(id, name, layout_of(&raw, lean_named));
        version.legend = std::mem::take(&mut raw.legend);
        version.description = canonical(&raw.description);
        let notes = std::mem::take(&mut raw.notes);
        for (n, note_id) in notes.iter().zip(&ids) {
            note_lines.insert((id, *note_id), n.line);
        }
        add_notes(&mut version, notes, &ids, &mut warnings);
        let final_mark = raw.final_mark;
        links(&mut version, raw, &mut card_lines, &mut warnings);
        if final_mark {
            model.final_version = Some(id);
        }
        model.versions.push(version);
    }
    model.validate().map_err(|invalid| {
        let by_index = |lines: &[usize], id: u64| {
            usize::try_from(id)
                .ok()
                .and_then(|i| lines.get(i.checked_sub(1)?).copied())
        };
        let line = match invalid.at {
            Place::Title => Some(title_line),
            Place::Version(v) => by_index(&version_lines, v.0),
            Place::Note(v, n) => note_lines.get(&(v, n)).copied(),
            Place::Card(_, c) => by_index(&card_lines, c.0),
            Place::Model | Place::FormatVersion => None,
        };
        ParseError {
            line: line.unwrap_or(1),
            column: 1,
            message: invalid.message,
            ru: invalid.ru,
        }
    })?;
    Ok((model, warnings.finish()))
}
