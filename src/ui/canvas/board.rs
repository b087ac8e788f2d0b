//! The board the canvas draws and hit-tests with ([`geometry::Board`]), kept between
//! frames and made again only when the version's notes (or the enlarged block) change.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::geometry::{self, Board};
use crate::model::{BlockId, Version};

/// The last board made, and what it was made from.
#[derive(Debug, Default)]
pub struct BoardCache {
    key: Option<u64>,
    board: Rc<Board>,
}

impl BoardCache {
    /// The board of `version` (of its block `focus` alone, enlarged, when given).
    pub fn get(&mut self, version: &Version, focus: Option<BlockId>) -> Rc<Board> {
        let key = key(version, focus);
        if self.key != Some(key) {
            let board = match focus {
                Some(block) => {
                    Board::new(geometry::focus_block(version, block).into_iter().collect())
                }
                None => Board::of(version),
            };
            self.board = Rc::new(board);
            self.key = Some(key);
        }
        self.board.clone()
    }

    /// The board last made, for tests that read where notes are drawn.
    pub fn last(&self) -> Rc<Board> {
        self.board.clone()
    }
}

/// What a board depends on: the layout, the enlarged block, and each note's block, place
/// and text.
fn key(version: &Version, focus: Option<BlockId>) -> u64 {
    let mut h = DefaultHasher::new();
    version.id.hash(&mut h);
    version.layout.hash(&mut h);
    focus.hash(&mut h);
    for n in &version.notes {
        n.id.hash(&mut h);
        n.block.hash(&mut h);
        n.x.to_bits().hash(&mut h);
        n.y.to_bits().hash(&mut h);
        n.text.hash(&mut h);
    }
    h.finish()
}
