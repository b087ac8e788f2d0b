//! The one mapping from differences to the mark a note gets, used by the compare view on
//! screen and by the PDF compare page.

use std::collections::BTreeMap;

use super::{Diff, Kind, Mark};
use crate::model::{Model, NoteId, Version, VersionId};

/// The mark of a note of a compared version, given its relation to the version before it
/// (`earlier`: its mark as a note of B there) and to the version after it (`later`: its mark
/// as a note of A there). The first that applies wins: added, changed, moved, recoloured
/// since the version before; then removed in the version after. `None`: no mark.
pub fn note_mark(earlier: Option<&Mark>, later: Option<&Mark>) -> Option<Kind> {
    if let Some(m) = earlier {
        if m.is_added() {
            return Some(Kind::Added);
        }
        if m.is_changed() {
            return Some(Kind::Changed);
        }
        if m.is_moved() {
            return Some(Kind::Moved);
        }
        if m.is_recoloured() {
            return Some(Kind::Recoloured);
        }
    }
    later.filter(|m| m.is_removed()).map(|_| Kind::Removed)
}

impl Diff {
    /// Marks for the PDF compare page of `a` (earlier) and `b` (later), by [`note_mark`]:
    /// removed on A; added, changed, moved, recoloured on B.
    pub fn pdf_marks(&self, a: &Version, b: &Version) -> BTreeMap<(VersionId, NoteId), Kind> {
        let on_a = a
            .notes
            .iter()
            .filter_map(|n| Some(((a.id, n.id), note_mark(None, self.mark_a(n.id))?)));
        let on_b = b
            .notes
            .iter()
            .filter_map(|n| Some(((b.id, n.id), note_mark(self.mark_b(n.id), None)?)));
        on_a.chain(on_b).collect()
    }
}

/// The PDF marks of the compare page of versions `a` and `b` of a model; none when either
/// is missing.
pub fn compare_marks(
    model: &Model,
    a: VersionId,
    b: VersionId,
) -> BTreeMap<(VersionId, NoteId), Kind> {
    match (model.version(a), model.version(b)) {
        (Some(va), Some(vb)) => super::diff(va, vb).pdf_marks(va, vb),
        _ => BTreeMap::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::diff::Kind as Mark;
    use crate::model::{BlockId, Colour, LayoutKind, Note, NoteId, Version, VersionId};

    fn note(id: u64, block: BlockId, text: &str) -> Note {
        Note {
            id: NoteId(id),
            block,
            colour: Colour::Yellow,
            x: 8.0,
            y: 40.0,
            text: text.into(),
        }
    }

    #[test]
    fn each_kind_of_difference_gets_its_pdf_mark_on_the_right_side() {
        let mut a = Version::new(VersionId(1), "A", LayoutKind::Bmc);
        a.notes = vec![
            note(1, BlockId::Channels, "Сайт"),
            note(2, BlockId::Channels, "Ярмарки"),
            note(3, BlockId::CostStructure, "Аренда"),
            note(4, BlockId::CostStructure, "Налоги"),
        ];
        let mut b = a.clone();
        b.id = VersionId(2);
        b.notes.retain(|n| n.id != NoteId(4));
        b.notes[0].text = "Интернет-магазин".into();
        b.notes[1].block = BlockId::CustomerRelationships;
        b.notes.push(note(5, BlockId::KeyPartners, "Фабрика"));
        let marks = super::super::diff(&a, &b).pdf_marks(&a, &b);
        assert_eq!(marks.get(&(VersionId(1), NoteId(4))), Some(&Mark::Removed));
        assert_eq!(marks.get(&(VersionId(2), NoteId(1))), Some(&Mark::Changed));
        assert_eq!(marks.get(&(VersionId(2), NoteId(2))), Some(&Mark::Moved));
        assert_eq!(marks.get(&(VersionId(2), NoteId(5))), Some(&Mark::Added));
        assert_eq!(
            marks.len(),
            4,
            "the unchanged note is not marked: {marks:?}"
        );
    }
}
