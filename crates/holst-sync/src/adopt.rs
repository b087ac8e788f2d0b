//! Merging a model file into a shared model that it has no common history with.
//!
//! When a `.ron` is synced with a document for the first time, nothing says which
//! differences are edits of the file and which are edits of the document, or whether an
//! item one side lacks was added there or deleted here. So the merge only adds: what the
//! file has and the document lacks is added, an item both have with different content is
//! kept twice (the file's under a new id), and nothing is deleted.

use std::collections::HashSet;

use holst_core::geometry::{clamp_into_block, note_height};
use holst_core::i18n::Message;
use holst_core::model::{IdStrategy, LegendEntry, Model, Note, NoteId, Version};
use holst_core::ops::fallback_block;

/// `shared` with everything of `file` it lacks, and a message for each item kept twice.
pub fn add_only(shared: &Model, file: &Model) -> (Model, Vec<Message>) {
    let mut out = shared.clone();
    out.ids = IdStrategy::Random;
    let mut told = Vec::new();
    if file.title != shared.title {
        told.push(
            Message::new("adopt-title")
                .arg("file", &file.title)
                .arg("shared", &shared.title),
        );
    }
    for fv in &file.versions {
        let Some(index) = out.versions.iter().position(|v| v.id == fv.id) else {
            out.versions.push(fv.clone());
            continue;
        };
        let fresh: Vec<NoteId> = out.new_note_ids(fv.notes.len());
        let mut fresh = fresh.into_iter();
        let v = &mut out.versions[index];
        merge_version(v, fv, &mut fresh, &mut told);
    }
    (out, told)
}

/// Adds the notes, cards and legend entries of `file` that `v` lacks.
fn merge_version(
    v: &mut Version,
    file: &Version,
    fresh: &mut impl Iterator<Item = NoteId>,
    told: &mut Vec<Message>,
) {
    // Ids of the file's notes in the merged version (a note kept twice gets a new one).
    let mut renamed = std::collections::HashMap::new();
    for n in &file.notes {
        match v.note(n.id) {
            Some(d) if d == n => {}
            None => v.notes.push(placed(v, n.clone())),
            Some(_) => {
                let Some(id) = fresh.next() else { continue };
                told.push(
                    Message::new("adopt-note")
                        .arg("version", &v.name)
                        .arg("id", n.id.0.to_string())
                        .arg("new", id.0.to_string()),
                );
                renamed.insert(n.id, id);
                let mut copy = n.clone();
                copy.id = id;
                v.notes.push(placed(v, copy));
            }
        }
    }
    let notes: HashSet<NoteId> = v.notes.iter().map(|n| n.id).collect();
    let mut next_card = v.cards.iter().map(|c| c.id.0).max().unwrap_or(0);
    for c in &file.cards {
        let mut card = c.clone();
        card.notes = c
            .notes
            .iter()
            .map(|n| renamed.get(n).copied().unwrap_or(*n))
            .filter(|n| notes.contains(n))
            .collect();
        match v.cards.iter().find(|d| d.id == c.id) {
            Some(d) if *d == card => {}
            None => v.cards.push(card),
            Some(_) => {
                next_card += 1;
                told.push(
                    Message::new("adopt-card")
                        .arg("version", &v.name)
                        .arg("id", c.id.0.to_string())
                        .arg("new", next_card.to_string()),
                );
                card.id.0 = next_card;
                v.cards.push(card);
            }
        }
    }
    for e in &file.legend {
        match v.legend.iter_mut().find(|d| d.colour == e.colour) {
            None => v.legend.push(LegendEntry {
                colour: e.colour,
                meaning: e.meaning.clone(),
            }),
            Some(d) if d.meaning == e.meaning || e.meaning.is_empty() => {}
            Some(d) => d.meaning = format!("{} / {}", d.meaning, e.meaning),
        }
    }
}

/// The note moved into a block of `v`'s layout if the file's layout differs.
fn placed(v: &Version, mut n: Note) -> Note {
    if !v.layout.has_block(n.block) {
        n.block = fallback_block(n.block, v.layout);
        (n.x, n.y) = clamp_into_block(v.layout, n.block, n.x, n.y, note_height(&n.text));
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use holst_core::model::{BlockId, Colour, Lang, LayoutKind, Model};

    fn note(id: u64, text: &str) -> Note {
        Note {
            id: NoteId(id),
            block: BlockId::Products,
            colour: Colour::Yellow,
            x: 20.0,
            y: 40.0,
            text: text.into(),
        }
    }

    #[test]
    fn only_adds_and_keeps_both_of_a_differing_note() {
        let mut shared = Model::new("Общая", "1", LayoutKind::Bmc);
        shared.versions[0].notes = vec![
            Note {
                block: BlockId::Channels,
                ..note(1, "одна")
            },
            Note {
                block: BlockId::Channels,
                ..note(2, "две")
            },
        ];
        let mut file = Model::new("Файл", "1", LayoutKind::Social);
        file.versions[0].notes = vec![
            Note {
                block: BlockId::Channels,
                ..note(1, "одна")
            },
            note(2, "две, но иначе"),
            note(3, "третья"),
        ];
        let (merged, told) = add_only(&shared, &file);
        let texts: Vec<&str> = merged.versions[0]
            .notes
            .iter()
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(texts, ["одна", "две", "две, но иначе", "третья"]);
        assert_eq!(merged.title, "Общая");
        assert_eq!(told.len(), 2, "{told:?}");
        assert!(told[1].text(Lang::En).contains("both kept"), "{told:?}");
        assert!(told[1].text(Lang::Ru).contains("сохранены обе"), "{told:?}");
        // Products is not a block of the shared (nine-block) layout: moved into one it has.
        assert!(
            merged.versions[0]
                .notes
                .iter()
                .all(|n| LayoutKind::Bmc.has_block(n.block))
        );
        assert!(merged.validate().is_ok());
    }
}
