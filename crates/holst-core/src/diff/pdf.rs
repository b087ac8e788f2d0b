//! The differences of two versions as the marks the PDF compare page draws.

use std::collections::BTreeMap;

use super::Diff;
use crate::export::Mark;
use crate::model::{Model, NoteId, Version, VersionId};

impl Diff {
    /// Marks for the PDF compare page of `a` (earlier) and `b` (later), the same as the
    /// compare view draws: removed on A; added, changed, moved on B.
    pub fn pdf_marks(&self, a: &Version, b: &Version) -> BTreeMap<(VersionId, NoteId), Mark> {
        let mut marks = BTreeMap::new();
        for n in &a.notes {
            if self.mark_a(n.id).is_some_and(super::Mark::is_removed) {
                marks.insert((a.id, n.id), Mark::Removed);
            }
        }
        for n in &b.notes {
            let Some(m) = self.mark_b(n.id) else {
                continue;
            };
            let mark = if m.is_added() {
                Some(Mark::Added)
            } else if m.is_changed() {
                Some(Mark::Changed)
            } else if m.is_moved() {
                Some(Mark::Moved)
            } else if m.is_recoloured() {
                Some(Mark::Recoloured)
            } else {
                None
            };
            if let Some(mark) = mark {
                marks.insert((b.id, n.id), mark);
            }
        }
        marks
    }
}

/// The PDF marks of the compare page of versions `a` and `b` of a model; none when either
/// is missing.
pub fn compare_marks(
    model: &Model,
    a: VersionId,
    b: VersionId,
) -> BTreeMap<(VersionId, NoteId), Mark> {
    match (model.version(a), model.version(b)) {
        (Some(va), Some(vb)) => super::diff(va, vb).pdf_marks(va, vb),
        _ => BTreeMap::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::export::Mark;
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
