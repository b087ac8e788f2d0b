//! Layouts as data: where each block sits on the canvas (canvas.md, "Layouts").
//!
//! The canvas is one logical coordinate space with the proportions of A-series landscape
//! paper, `CANVAS_W : CANVAS_H = sqrt(2) : 1`. The screen draws it at the user's zoom and
//! the PDF at the page's scale, so both show the same rectangles.

use serde::{Deserialize, Serialize};

use super::BlockId;

/// Canvas height in canvas units.
pub const CANVAS_H: f32 = 1000.0;
/// Canvas width in canvas units (`CANVAS_H * sqrt(2)`).
pub const CANVAS_W: f32 = CANVAS_H * std::f32::consts::SQRT_2;

/// An axis-aligned rectangle in canvas units, origin top-left.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// A rectangle from its left, top, width and height.
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self { x, y, w, h }
    }
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Whether the point lies inside (edges included).
    pub fn contains(&self, px: f32, py: f32) -> bool {
        px >= self.x && px <= self.right() && py >= self.y && py <= self.bottom()
    }
    /// Whether `other` lies wholly inside this rectangle, with `eps` of tolerance.
    pub fn contains_rect(&self, other: &Rect, eps: f32) -> bool {
        other.x >= self.x - eps
            && other.y >= self.y - eps
            && other.right() <= self.right() + eps
            && other.bottom() <= self.bottom() + eps
    }
    /// Whether the two rectangles share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
    /// The rectangle shrunk by `d` on every side.
    #[must_use]
    pub fn shrink(&self, d: f32) -> Rect {
        Rect::new(
            self.x + d,
            self.y + d,
            (self.w - 2.0 * d).max(0.0),
            (self.h - 2.0 * d).max(0.0),
        )
    }
}

/// Which arrangement of blocks a version uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LayoutKind {
    /// Osterwalder's nine blocks.
    Bmc,
    /// The eleven-block social-enterprise canvas (adds Products and Social Impact).
    #[default]
    Social,
    /// Ash Maurya's Lean Canvas: nine blocks on the `bmc` grid (Problem, Solution, Key
    /// Metrics and Unfair Advantage in place of Key Partners, Key Activities, Key Resources
    /// and Customer Relationships).
    Lean,
}

const THIRD: f32 = 1.0 / 3.0;

/// Block rectangles of `bmc` as fractions (x, y, w, h) of the canvas.
const BMC: [(BlockId, [f32; 4]); 9] = [
    (BlockId::KeyPartners, [0.0, 0.0, 0.2, 0.7]),
    (BlockId::KeyActivities, [0.2, 0.0, 0.2, 0.35]),
    (BlockId::KeyResources, [0.2, 0.35, 0.2, 0.35]),
    (BlockId::ValuePropositions, [0.4, 0.0, 0.2, 0.7]),
    (BlockId::CustomerRelationships, [0.6, 0.0, 0.2, 0.35]),
    (BlockId::Channels, [0.6, 0.35, 0.2, 0.35]),
    (BlockId::CustomerSegments, [0.8, 0.0, 0.2, 0.7]),
    (BlockId::CostStructure, [0.0, 0.7, 0.5, 0.3]),
    (BlockId::RevenueStreams, [0.5, 0.7, 0.5, 0.3]),
];

/// Block rectangles of `social` as fractions (x, y, w, h) of the canvas.
const SOCIAL: [(BlockId, [f32; 4]); 11] = [
    (BlockId::KeyPartners, [0.0, 0.0, 0.2, 0.7]),
    (BlockId::KeyActivities, [0.2, 0.0, 0.2, 0.35]),
    (BlockId::KeyResources, [0.2, 0.35, 0.2, 0.35]),
    (BlockId::Products, [0.4, 0.0, 0.2, 0.3]),
    (BlockId::ValuePropositions, [0.4, 0.3, 0.2, 0.4]),
    (BlockId::CustomerRelationships, [0.6, 0.0, 0.2, 0.35]),
    (BlockId::Channels, [0.6, 0.35, 0.2, 0.35]),
    (BlockId::CustomerSegments, [0.8, 0.0, 0.2, 0.7]),
    (BlockId::CostStructure, [0.0, 0.7, THIRD, 0.3]),
    (BlockId::SocialImpact, [THIRD, 0.7, THIRD, 0.3]),
    (BlockId::RevenueStreams, [2.0 * THIRD, 0.7, THIRD, 0.3]),
];

/// Block rectangles of `lean` as fractions (x, y, w, h) of the canvas (canvas.md).
const LEAN: [(BlockId, [f32; 4]); 9] = [
    (BlockId::Problem, [0.0, 0.0, 0.2, 0.7]),
    (BlockId::Solution, [0.2, 0.0, 0.2, 0.35]),
    (BlockId::KeyMetrics, [0.2, 0.35, 0.2, 0.35]),
    (BlockId::ValuePropositions, [0.4, 0.0, 0.2, 0.7]),
    (BlockId::UnfairAdvantage, [0.6, 0.0, 0.2, 0.35]),
    (BlockId::Channels, [0.6, 0.35, 0.2, 0.35]),
    (BlockId::CustomerSegments, [0.8, 0.0, 0.2, 0.7]),
    (BlockId::CostStructure, [0.0, 0.7, 0.5, 0.3]),
    (BlockId::RevenueStreams, [0.5, 0.7, 0.5, 0.3]),
];

/// Blocks that sit in the same place of the grid in `bmc` and `lean`: a switch between
/// layouts puts the notes of one into the other, so nothing moves and a switch back
/// restores every block.
const GRID_TWINS: [(BlockId, BlockId); 4] = [
    (BlockId::KeyPartners, BlockId::Problem),
    (BlockId::KeyActivities, BlockId::Solution),
    (BlockId::KeyResources, BlockId::KeyMetrics),
    (BlockId::CustomerRelationships, BlockId::UnfairAdvantage),
];

impl LayoutKind {
    /// Every layout, in menu order.
    pub const ALL: [LayoutKind; 3] = [LayoutKind::Bmc, LayoutKind::Social, LayoutKind::Lean];

    /// The id used in files: `bmc`, `social` or `lean`.
    pub fn id(self) -> &'static str {
        match self {
            LayoutKind::Bmc => "bmc",
            LayoutKind::Social => "social",
            LayoutKind::Lean => "lean",
        }
    }

    /// Parses `bmc`, `social` or `lean` (any case).
    pub fn parse(s: &str) -> Option<LayoutKind> {
        match s.trim().to_lowercase().as_str() {
            "bmc" => Some(LayoutKind::Bmc),
            "social" => Some(LayoutKind::Social),
            "lean" => Some(LayoutKind::Lean),
            _ => None,
        }
    }

    /// The layout a set of blocks calls for: `lean` when one of them is Lean-only,
    /// `social` when one is Products or Social Impact, else `bmc`.
    pub fn inferred(blocks: impl IntoIterator<Item = BlockId>) -> LayoutKind {
        let mut layout = LayoutKind::Bmc;
        for b in blocks {
            if !LayoutKind::Bmc.has_block(b) {
                if LayoutKind::Lean.has_block(b) {
                    return LayoutKind::Lean;
                }
                layout = LayoutKind::Social;
            }
        }
        layout
    }

    /// Where a note of `block` goes when its version switches to this layout: the block
    /// itself when this layout has it; else the block at the same place of the grid
    /// (Key Partners and Problem, Key Activities and Solution, Key Resources and Key
    /// Metrics, Customer Relationships and Unfair Advantage); else Value Propositions,
    /// which every layout has and into which Products and Social Impact fold.
    pub fn home_for(self, block: BlockId) -> BlockId {
        if self.has_block(block) {
            return block;
        }
        GRID_TWINS
            .iter()
            .find_map(|&(a, b)| {
                if a == block {
                    Some(b)
                } else if b == block {
                    Some(a)
                } else {
                    None
                }
            })
            .filter(|twin| self.has_block(*twin))
            .unwrap_or(BlockId::ValuePropositions)
    }

    fn table(self) -> &'static [(BlockId, [f32; 4])] {
        match self {
            LayoutKind::Bmc => &BMC,
            LayoutKind::Social => &SOCIAL,
            LayoutKind::Lean => &LEAN,
        }
    }

    /// The blocks of this layout in reading order.
    pub fn blocks(self) -> impl Iterator<Item = BlockId> {
        self.table().iter().map(|(b, _)| *b)
    }

    /// Block ids as written in files, for messages.
    pub(crate) fn block_ids(self) -> Vec<&'static str> {
        self.blocks().map(BlockId::id).collect()
    }

    /// Whether the layout has this block.
    pub fn has_block(self, block: BlockId) -> bool {
        self.blocks().any(|b| b == block)
    }

    /// The block's rectangle in canvas units, or `None` when the layout lacks the block.
    pub fn block_rect(self, block: BlockId) -> Option<Rect> {
        self.table()
            .iter()
            .find(|(b, _)| *b == block)
            .map(|(_, [x, y, w, h])| {
                Rect::new(x * CANVAS_W, y * CANVAS_H, w * CANVAS_W, h * CANVAS_H)
            })
    }

    /// The block whose rectangle contains the canvas point, if any.
    pub fn block_at(self, x: f32, y: f32) -> Option<BlockId> {
        self.blocks()
            .find(|b| self.block_rect(*b).is_some_and(|r| r.contains(x, y)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layout_has_value_propositions_and_a_home_for_every_block() {
        for layout in LayoutKind::ALL {
            assert!(layout.has_block(BlockId::ValuePropositions));
            for b in BlockId::ALL {
                assert!(layout.has_block(layout.home_for(b)), "{layout:?} {b:?}");
            }
        }
        assert_eq!(
            LayoutKind::Lean.home_for(BlockId::KeyPartners),
            BlockId::Problem
        );
        assert_eq!(
            LayoutKind::Bmc.home_for(BlockId::UnfairAdvantage),
            BlockId::CustomerRelationships
        );
        assert_eq!(
            LayoutKind::Social.home_for(BlockId::KeyMetrics),
            BlockId::KeyResources
        );
        assert_eq!(
            LayoutKind::Bmc.home_for(BlockId::Products),
            BlockId::ValuePropositions
        );
        assert_eq!(
            LayoutKind::Lean.home_for(BlockId::Channels),
            BlockId::Channels
        );
        // A twin sits exactly where its block sat: a switch moves no note.
        for (a, b) in GRID_TWINS {
            assert_eq!(
                LayoutKind::Bmc.block_rect(a),
                LayoutKind::Lean.block_rect(b)
            );
        }
        assert_eq!(
            LayoutKind::inferred([BlockId::Channels, BlockId::Products]),
            LayoutKind::Social
        );
        assert_eq!(
            LayoutKind::inferred([BlockId::Products, BlockId::Solution]),
            LayoutKind::Lean
        );
        assert_eq!(LayoutKind::inferred([BlockId::Channels]), LayoutKind::Bmc);
    }

    #[test]
    fn every_layout_tiles_the_canvas_without_gaps_or_overlaps() {
        for layout in LayoutKind::ALL {
            let rects: Vec<Rect> = layout
                .blocks()
                .filter_map(|b| layout.block_rect(b))
                .collect();
            let area: f32 = rects.iter().map(|r| r.w * r.h).sum();
            assert!(
                (area - CANVAS_W * CANVAS_H).abs() < 1.0,
                "{layout:?} covers {area}"
            );
            for (i, a) in rects.iter().enumerate() {
                assert!(Rect::new(0.0, 0.0, CANVAS_W, CANVAS_H).contains_rect(a, 0.01));
                for b in &rects[i + 1..] {
                    assert!(
                        !a.shrink(0.01).overlaps(b),
                        "{layout:?}: {a:?} overlaps {b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn social_has_eleven_blocks_and_bmc_nine() {
        assert_eq!(LayoutKind::Bmc.blocks().count(), 9);
        assert_eq!(LayoutKind::Social.blocks().count(), 11);
        assert!(!LayoutKind::Bmc.has_block(BlockId::Products));
        assert_eq!(
            LayoutKind::Social.block_at(700.0, 100.0),
            Some(BlockId::Products)
        );
        assert_eq!(
            LayoutKind::Bmc.block_at(700.0, 100.0),
            Some(BlockId::ValuePropositions)
        );
    }
}
