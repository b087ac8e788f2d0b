//! Mending what a merge of two valid models can break, the same way on every peer.
//!
//! Each person's edit kept the model valid, but two edits made apart can clash: a card
//! links a note someone else deleted, a note sits in a block the other person's layout
//! change removed, the final version was deleted. The reader mends these deterministically
//! (every peer computes the same model from the same document) and reports each. Reading
//! writes nothing; the next step anyone records is written as its difference from the
//! document as it is, so the mending goes into the document with it.

use std::collections::HashSet;

use super::Kind;
use crate::error::{Detail, ReadError};
use holst_core::geometry::{clamp_into_block, note_height};
use holst_core::i18n::{Arg, Message};
use holst_core::model::{
    BlockId, CardId, Colour, Lang, LayoutKind, Model, NoteId, Place, Version, VersionId,
};
use holst_core::ops::fallback_block;

/// Something the reader mended in a merged model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repair {
    /// Two people made an item with the same id; both are kept, the second under a new id.
    KeptBoth {
        /// Whether a version, a note or a card.
        kind: ItemKind,
        /// The version of a note or card.
        version: Option<VersionId>,
        /// The id both had.
        id: u64,
        /// The new id of the second.
        new_id: u64,
    },
    /// Two people explained one colour at once; both meanings are kept, joined.
    LegendJoined {
        /// The version.
        version: Option<VersionId>,
        /// The colour.
        colour: Colour,
    },
    /// A card linked a note that someone deleted meanwhile; the link is gone.
    LinkDropped {
        /// The version.
        version: VersionId,
        /// The card.
        card: CardId,
        /// The deleted note.
        note: NoteId,
    },
    /// A note was in a block its version's layout (changed meanwhile) lacks; it moved to a
    /// block the layout has.
    NoteMoved {
        /// The version.
        version: VersionId,
        /// The note.
        note: NoteId,
        /// The block it was in.
        from: BlockId,
        /// The block it is in now.
        to: BlockId,
    },
    /// A note lay outside its block; it moved into it.
    NotePlaced {
        /// The version.
        version: VersionId,
        /// The note.
        note: NoteId,
    },
    /// The final version was deleted meanwhile; no version is final.
    FinalCleared {
        /// The deleted version.
        version: VersionId,
    },
    /// Every version was deleted meanwhile (each person deleted a different one); an
    /// empty version was made, as a model needs one.
    VersionAdded,
}

/// The kind of item of [`Repair::KeptBoth`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A version.
    Version,
    /// A note.
    Note,
    /// A hypothesis card.
    Card,
}

impl From<Kind> for ItemKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Version => ItemKind::Version,
            Kind::Note => ItemKind::Note,
            Kind::Card => ItemKind::Card,
        }
    }
}

impl Repair {
    /// What was mended, as a message in `lang` (a colour's name is a word of the language).
    fn message(&self, lang: Lang) -> Message {
        match *self {
            Repair::KeptBoth {
                kind, id, new_id, ..
            } => {
                let kind = match kind {
                    ItemKind::Version => "version",
                    ItemKind::Note => "note",
                    ItemKind::Card => "card",
                };
                Message::new("repair-kept-both")
                    .arg("kind", kind)
                    .arg("id", id.to_string())
                    .arg("new", new_id.to_string())
            }
            Repair::LegendJoined { colour, .. } => {
                Message::new("repair-legend-joined").arg("colour", colour.label(lang))
            }
            Repair::LinkDropped { card, note, .. } => Message::new("repair-link-dropped")
                .arg("card", card.0.to_string())
                .arg("note", note.0.to_string()),
            Repair::NoteMoved { note, from, to, .. } => Message::new("repair-note-moved")
                .arg("note", note.0.to_string())
                .arg("from", Arg::Block(from))
                .arg("to", Arg::Block(to)),
            Repair::NotePlaced { note, .. } => {
                Message::new("repair-note-placed").arg("note", note.0.to_string())
            }
            Repair::FinalCleared { version } => {
                Message::new("repair-final-cleared").arg("version", version.0.to_string())
            }
            Repair::VersionAdded => Message::new("repair-version-added"),
        }
    }

    /// What was mended, in words for the user.
    pub fn describe(&self, lang: Lang) -> String {
        self.message(lang).text(lang)
    }
}

/// Mends a merged model (see the module) and checks it.
pub(super) fn normalise(mut model: Model, repairs: &mut Vec<Repair>) -> Result<Model, ReadError> {
    if model.versions.is_empty() {
        model.versions.push(Version::new(
            VersionId(1),
            "Версия 1",
            LayoutKind::default(),
        ));
        repairs.push(Repair::VersionAdded);
    }
    if let Some(f) = model.final_version
        && model.version(f).is_none()
    {
        model.final_version = None;
        repairs.push(Repair::FinalCleared { version: f });
    }
    for v in &mut model.versions {
        place_notes(v, repairs);
        let ids: HashSet<NoteId> = v.notes.iter().map(|n| n.id).collect();
        for c in &mut v.cards {
            let mut seen = HashSet::new();
            c.notes.retain(|&note| {
                if !ids.contains(&note) {
                    repairs.push(Repair::LinkDropped {
                        version: v.id,
                        card: c.id,
                        note,
                    });
                    return false;
                }
                // Two people linked the same note at once: one link is enough.
                seen.insert(note)
            });
        }
    }
    model.validate().map_err(|e| ReadError {
        place: place(e.at),
        detail: Detail::Invalid(e),
    })?;
    Ok(model)
}

/// Moves notes of blocks the layout lacks, and notes whose corner lies outside their block,
/// into a block of the layout (as `.ron` reading does).
fn place_notes(v: &mut Version, repairs: &mut Vec<Repair>) {
    let layout = v.layout;
    for n in &mut v.notes {
        let from = n.block;
        n.block = fallback_block(n.block, layout);
        let Some(rect) = layout.block_rect(n.block) else {
            continue;
        };
        if n.block == from && rect.contains(rect.x + n.x, rect.y + n.y) {
            continue;
        }
        (n.x, n.y) = clamp_into_block(layout, n.block, n.x, n.y, note_height(&n.text));
        repairs.push(if n.block == from {
            Repair::NotePlaced {
                version: v.id,
                note: n.id,
            }
        } else {
            Repair::NoteMoved {
                version: v.id,
                note: n.id,
                from,
                to: n.block,
            }
        });
    }
}

/// A validation message's place as a document path.
fn place(at: Place) -> String {
    match at {
        Place::Model | Place::FormatVersion => "the document".into(),
        Place::Title => "title".into(),
        Place::Version(v) => format!("versions[{}]", v.0),
        Place::Note(v, n) => format!("versions[{}].notes[{}]", v.0, n.0),
        Place::Card(v, c) => format!("versions[{}].cards[{}]", v.0, c.0),
    }
}
