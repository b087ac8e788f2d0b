//! What the undo history asks of an [`Op`] beyond applying it: its label for the menus,
//! whether a later op merges into it, and whether it is an independent set.

use super::op::Op;

impl Op {
    /// A short English name of the change for the Undo and Redo menu items, used when
    /// the caller gives no label of its own.
    pub fn label(&self) -> &'static str {
        match self {
            Op::SetTitle { .. } => "Rename model",
            Op::AddNote { .. } => "Add note",
            Op::RemoveNote { .. } => "Delete note",
            Op::SetNoteText { .. } => "Edit note",
            Op::SetNoteColour { .. } => "Change note colour",
            Op::MoveNote { .. } => "Move note",
            Op::ReorderNote { .. } => "Bring note to front",
            Op::AddVersion { .. } => "Add version",
            Op::RemoveVersion { .. } => "Delete version",
            Op::RenameVersion { .. } => "Rename version",
            Op::SetLayout { .. } => "Change layout",
            Op::MoveVersion { .. } => "Move version",
            Op::SetFinal { .. } => "Mark final version",
            Op::SetLegend { .. } => "Edit legend",
            Op::AddCard { .. } => "Add hypothesis",
            Op::RemoveCard { .. } => "Delete hypothesis",
            Op::UpdateCard { .. } => "Edit hypothesis",
            Op::LinkNote { .. } => "Link note to hypothesis",
            Op::UnlinkNote { .. } => "Unlink note from hypothesis",
            Op::SetModelDescription { .. } => "Edit model description",
            Op::SetDescription { .. } => "Edit version description",
            Op::SetSocial { .. } => "Edit social enterprise",
            Op::SetProfile { .. } => "Edit segment profile",
            Op::Tie { .. } => "Tie note to segment",
            Op::Untie { .. } => "Untie note from segment",
            Op::Batch { ops } => ops.first().map_or("Edit", Op::label),
        }
    }

    /// Whether `later`, an inverse recorded after this one in the same transaction, is
    /// made redundant by this one. That holds for ops that set one property of one target
    /// outright: undoing back to this op's state restores the property wholly. So a drag
    /// of many [`Op::MoveNote`]s keeps only the first inverse.
    pub(crate) fn absorbs(&self, later: &Op) -> bool {
        match (self, later) {
            (Op::SetTitle { .. }, Op::SetTitle { .. })
            | (Op::SetFinal { .. }, Op::SetFinal { .. })
            | (Op::SetModelDescription { .. }, Op::SetModelDescription { .. }) => true,
            (
                Op::SetNoteText {
                    version: v1,
                    note: n1,
                    ..
                },
                Op::SetNoteText {
                    version: v2,
                    note: n2,
                    ..
                },
            )
            | (
                Op::SetNoteColour {
                    version: v1,
                    note: n1,
                    ..
                },
                Op::SetNoteColour {
                    version: v2,
                    note: n2,
                    ..
                },
            )
            | (
                Op::MoveNote {
                    version: v1,
                    note: n1,
                    ..
                },
                Op::MoveNote {
                    version: v2,
                    note: n2,
                    ..
                },
            )
            | (
                Op::ReorderNote {
                    version: v1,
                    note: n1,
                    ..
                },
                Op::ReorderNote {
                    version: v2,
                    note: n2,
                    ..
                },
            )
            | (
                Op::SetProfile {
                    version: v1,
                    note: n1,
                    ..
                },
                Op::SetProfile {
                    version: v2,
                    note: n2,
                    ..
                },
            ) => v1 == v2 && n1 == n2,
            (Op::RenameVersion { version: v1, .. }, Op::RenameVersion { version: v2, .. })
            | (Op::MoveVersion { version: v1, .. }, Op::MoveVersion { version: v2, .. })
            | (Op::SetDescription { version: v1, .. }, Op::SetDescription { version: v2, .. })
            | (Op::SetSocial { version: v1, .. }, Op::SetSocial { version: v2, .. }) => v1 == v2,
            (
                Op::UpdateCard {
                    version: v1,
                    card: c1,
                },
                Op::UpdateCard {
                    version: v2,
                    card: c2,
                },
            ) => v1 == v2 && c1.id == c2.id,
            _ => false,
        }
    }

    /// Whether this op sets one property of one target outright and reads nothing else,
    /// so that it gives the same result whatever other such ops did before or after it.
    /// An absorbing inverse may be found behind any number of these (a drag of several
    /// selected notes alternates their moves). Reorders are not: they depend on where the
    /// other items are.
    pub(crate) fn is_independent_set(&self) -> bool {
        matches!(
            self,
            Op::SetTitle { .. }
                | Op::SetNoteText { .. }
                | Op::SetNoteColour { .. }
                | Op::MoveNote { .. }
                | Op::RenameVersion { .. }
                | Op::SetFinal { .. }
                | Op::UpdateCard { .. }
                | Op::SetModelDescription { .. }
                | Op::SetDescription { .. }
                | Op::SetSocial { .. }
                | Op::SetProfile { .. }
        )
    }
}
