//! Commands of the canvas's content: tidying notes (Edit → Arrange block / Arrange all),
//! the enlarged view of a block, colouring by segments, the version's descriptions.

use super::HolstApp;
use crate::command::Command;
use crate::i18n::T;
use crate::model::BlockId;
use crate::ops;

impl HolstApp {
    /// The blocks of the selected notes, or the enlarged block when nothing is selected.
    fn blocks_of_selection(&self) -> Vec<BlockId> {
        let Some(v) = self.doc.model().version(self.doc.current()) else {
            return Vec::new();
        };
        let mut blocks: Vec<BlockId> = v
            .notes
            .iter()
            .filter(|n| self.canvas.selection.contains(&n.id))
            .map(|n| n.block)
            .collect();
        blocks.extend(self.canvas.focus);
        blocks.sort();
        blocks.dedup();
        blocks
    }

    /// Tidies the blocks of the selection (or every block) into grids, keeping their
    /// reading order, as one undo step; the status line says when all were tidy already.
    pub(super) fn arrange(&mut self, all: bool) {
        let current = self.doc.current();
        let blocks: Vec<BlockId> = if all {
            self.doc
                .model()
                .version(current)
                .map(|v| v.layout.blocks().collect())
                .unwrap_or_default()
        } else {
            self.blocks_of_selection()
        };
        let label = if all { T::ArrangeAll } else { T::ArrangeBlock };
        match ops::arrange_blocks(self.doc.model(), current, &blocks) {
            Ok(ops) if ops.is_empty() => {
                self.status = Some(format!("{}: ✓", label.get(self.lang)));
            }
            Ok(ops) => self.apply(label, &ops),
            Err(e) => self.modal = Some(super::Modal::Error(e.describe(self.lang))),
        }
    }

    /// Runs Arrange block / Arrange all / Open block enlarged / Back to the canvas /
    /// Colour by segments / Descriptions and social enterprise.
    pub(super) fn arrange_command(&mut self, cmd: Command) {
        match cmd {
            Command::ArrangeBlock => self.arrange(false),
            Command::ArrangeAll => self.arrange(true),
            Command::EnlargeBlock => self.enlarge_selected(),
            Command::LeaveBlock => {
                self.canvas.leave_block();
            }
            Command::ColourBySegments => {
                let current = self.doc.current();
                match ops::colour_by_segments(self.doc.model(), current) {
                    Ok(ops) => self.apply(T::ColourBySegments, &ops),
                    Err(e) => self.modal = Some(super::Modal::Error(e.describe(self.lang))),
                }
            }
            Command::AboutVersion => {
                let form = crate::ui::modals::AboutForm::of(self.doc.model(), self.doc.current());
                if let Some(form) = form {
                    self.modal = Some(super::Modal::AboutVersion(Box::new(form)));
                }
            }
            _ => {}
        }
    }

    /// Shows the block of the first selected note enlarged.
    pub(super) fn enlarge_selected(&mut self) {
        if let Some(block) = self.blocks_of_selection().first() {
            self.canvas.enlarge(*block);
        }
    }
}
