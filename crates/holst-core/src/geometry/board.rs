//! The board: where each note of a version is drawn, decided by one function for the
//! screen, the print "as on screen" and `holst check`, so all three agree on which notes
//! show and which are hidden.
//!
//! A block shows its notes in one of two ways:
//! - **placed**: while every note, at its own place and no taller than its largest
//!   height, lies inside the block's content area, the notes are drawn where the user put
//!   them (overlaps included: they are the user's, and `holst check` warns of them);
//! - **packed**: otherwise the notes are set in columns in reading order by
//!   [`fit_block`], shrinking down to [`MIN_SCREEN_FONT`]; past that floor the last ones
//!   are hidden and counted, with a band at the block's bottom for the count.
//!
//! Reading order is by columns: left to right in bands of [`COLUMN_BAND`], top to bottom
//! inside a band. The positions [`tidy_block`] writes follow the same order, so tidying a
//! block keeps its order and a packed block stays packed the same way.

use std::collections::HashMap;

use super::fit::{cut_lines, most_lines};
use super::{
    BLOCK_PAD, FitRange, NOTE_FONT, NOTE_GAP, NOTE_W, NoteStyle, TITLE_BAND_H, content_rect,
    fit_block, note_lines,
};
use crate::model::{BlockId, CANVAS_H, CANVAS_W, NoteId, Rect, Version};

/// Smallest text on the canvas, in canvas units (pixels at 100 % zoom): a packed block
/// shrinks its notes down to this size and hides the rest.
pub const MIN_SCREEN_FONT: f32 = 9.0;
/// Largest height of a note, as a share of its block's content height: a longer text is
/// cut with an ellipsis on the canvas (and shown whole while edited or hovered).
pub const MAX_NOTE_SHARE: f32 = 0.6;
/// Width of the bands that make columns of reading order, in canvas units.
pub const COLUMN_BAND: f32 = 24.0;

/// How a block shows its notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockMode {
    /// At the places the user gave them.
    Placed,
    /// In columns, in reading order, shrunk as needed.
    Packed,
}

/// One note as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardNote {
    /// The note.
    pub id: NoteId,
    /// Its index in the version's notes.
    pub index: usize,
    /// Where it is drawn, in canvas units.
    pub rect: Rect,
    /// Its text as drawn, wrapped at the block's note size (cut when `cut`).
    pub lines: Vec<String>,
    /// Whether the text is longer than the note shows (the last line ends with "…").
    pub cut: bool,
}

/// One block as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardBlock {
    /// The block.
    pub block: BlockId,
    /// The block's rectangle, in canvas units.
    pub rect: Rect,
    /// Where its notes go.
    pub content: Rect,
    /// Placed or packed.
    pub mode: BlockMode,
    /// Size of its notes' text, padding and line height.
    pub style: NoteStyle,
    /// The notes shown: in drawing order when placed, in reading order when packed.
    pub notes: Vec<BoardNote>,
    /// The notes that do not fit even at the smallest size, in reading order.
    pub hidden: Vec<NoteId>,
    /// Where the count of hidden notes is drawn, when there are any.
    pub band: Option<Rect>,
}

/// Every block of a version as drawn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Board {
    /// The blocks, in the layout's reading order.
    pub blocks: Vec<BoardBlock>,
    at: HashMap<NoteId, (usize, usize)>,
}

impl Board {
    /// A board of these blocks.
    pub fn new(blocks: Vec<BoardBlock>) -> Self {
        let mut at = HashMap::new();
        for (b, block) in blocks.iter().enumerate() {
            for (n, note) in block.notes.iter().enumerate() {
                at.insert(note.id, (b, n));
            }
        }
        Self { blocks, at }
    }

    /// Every block of the version, each by [`board_block`].
    pub fn of(version: &Version) -> Self {
        Self::new(
            version
                .layout
                .blocks()
                .filter_map(|b| board_block(version, b))
                .collect(),
        )
    }

    /// A note as drawn, or `None` when it is hidden (or not in the version).
    pub fn note(&self, id: NoteId) -> Option<&BoardNote> {
        let (b, n) = *self.at.get(&id)?;
        self.blocks.get(b)?.notes.get(n)
    }

    /// The block as drawn.
    pub fn block(&self, block: BlockId) -> Option<&BoardBlock> {
        self.blocks.iter().find(|b| b.block == block)
    }

    /// The block whose rectangle holds the point.
    pub fn block_at(&self, x: f32, y: f32) -> Option<&BoardBlock> {
        self.blocks.iter().find(|b| b.rect.contains(x, y))
    }

    /// Every note drawn, block by block.
    pub fn notes(&self) -> impl Iterator<Item = (&BoardBlock, &BoardNote)> {
        self.blocks
            .iter()
            .flat_map(|b| b.notes.iter().map(move |n| (b, n)))
    }
}

/// The key that sorts notes in reading order: column band, then top, then left.
fn reading_key(x: f32, y: f32) -> (i64, f32, f32) {
    ((x / COLUMN_BAND).floor() as i64, y, x)
}

/// The block's notes (indices in `version.notes`) in reading order.
pub fn reading_order(version: &Version, block: BlockId) -> Vec<usize> {
    let mut order: Vec<usize> = version
        .notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.block == block)
        .map(|(i, _)| i)
        .collect();
    order.sort_by(|&a, &b| {
        let (na, nb) = (&version.notes[a], &version.notes[b]);
        let (ka, kb) = (reading_key(na.x, na.y), reading_key(nb.x, nb.y));
        ka.0.cmp(&kb.0)
            .then(ka.1.total_cmp(&kb.1))
            .then(ka.2.total_cmp(&kb.2))
            .then(a.cmp(&b))
    });
    order
}

/// The largest height of a note in a block with this content area.
pub fn max_note_height(content: &Rect) -> f32 {
    (content.h * MAX_NOTE_SHARE).max(NoteStyle::at(NOTE_FONT).height(2))
}

/// The range a packed block on the canvas fits its notes in.
fn screen_range(content: &Rect) -> FitRange {
    FitRange {
        min: MIN_SCREEN_FONT,
        max: NOTE_FONT,
        reserve: band_height(),
        max_h: max_note_height(content),
    }
}

/// Height of the band that counts hidden notes.
fn band_height() -> f32 {
    NoteStyle::at(MIN_SCREEN_FONT).line_h + NOTE_GAP
}

/// One block of the version as drawn; `None` when the layout lacks the block.
pub fn board_block(version: &Version, block: BlockId) -> Option<BoardBlock> {
    let rect = version.layout.block_rect(block)?;
    let content = content_rect(rect);
    let style = NoteStyle::at(NOTE_FONT);
    let most = most_lines(&style, max_note_height(&content));
    let inner = NOTE_W - 2.0 * style.pad;
    let mut placed = Vec::new();
    let mut inside = true;
    for (index, note) in version.notes.iter().enumerate() {
        if note.block != block {
            continue;
        }
        let (lines, cut) = cut_lines(note_lines(&note.text), most, NOTE_FONT, inner);
        let r = Rect::new(
            rect.x + note.x,
            rect.y + note.y,
            NOTE_W,
            style.height(lines.len()),
        );
        inside &= note.x.is_finite() && note.y.is_finite() && content.contains_rect(&r, 0.5);
        placed.push(BoardNote {
            id: note.id,
            index,
            rect: r,
            lines,
            cut,
        });
    }
    if inside {
        return Some(BoardBlock {
            block,
            rect,
            content,
            mode: BlockMode::Placed,
            style,
            notes: placed,
            hidden: Vec::new(),
            band: None,
        });
    }
    Some(packed(
        version,
        block,
        rect,
        content,
        screen_range(&content),
    ))
}

/// The block's notes set in columns in reading order within `range`.
fn packed(
    version: &Version,
    block: BlockId,
    rect: Rect,
    content: Rect,
    range: FitRange,
) -> BoardBlock {
    let order = reading_order(version, block);
    let texts: Vec<&str> = order
        .iter()
        .map(|&i| version.notes[i].text.as_str())
        .collect();
    let fit = fit_block(content, &texts, range);
    let shown = fit.notes.len();
    let notes = fit
        .notes
        .into_iter()
        .zip(&order)
        .map(|(n, &index)| BoardNote {
            id: version.notes[index].id,
            index,
            rect: n.rect,
            lines: n.lines,
            cut: n.cut,
        })
        .collect();
    let hidden: Vec<NoteId> = order[shown..]
        .iter()
        .map(|&i| version.notes[i].id)
        .collect();
    let band = (!hidden.is_empty()).then(|| {
        let h = band_height();
        Rect::new(content.x, content.bottom() - h, content.w, h)
    });
    BoardBlock {
        block,
        rect,
        content,
        mode: BlockMode::Packed,
        style: fit.style,
        notes,
        hidden,
        band,
    }
}

/// One block enlarged: alone on a sheet as wide as the canvas and as tall as its notes
/// need (at least the canvas's height), every note shown whole at full size.
pub fn focus_block(version: &Version, block: BlockId) -> Option<BoardBlock> {
    version.layout.block_rect(block)?;
    let style = NoteStyle::at(NOTE_FONT);
    let tall: f32 = version
        .notes_in(block)
        .map(|n| style.height(note_lines(&n.text).len()) + style.gap)
        .sum();
    let content = Rect::new(
        BLOCK_PAD,
        TITLE_BAND_H,
        CANVAS_W - 2.0 * BLOCK_PAD,
        tall.max(CANVAS_H - TITLE_BAND_H - BLOCK_PAD),
    );
    let range = FitRange {
        min: NOTE_FONT,
        max: NOTE_FONT,
        reserve: 0.0,
        max_h: f32::INFINITY,
    };
    let sheet = Rect::new(0.0, 0.0, CANVAS_W, content.bottom() + BLOCK_PAD);
    let mut b = packed(version, block, sheet, content, range);
    let bottom = b.notes.iter().map(|n| n.rect.bottom()).fold(0.0, f32::max);
    b.rect.h = (bottom + BLOCK_PAD).max(CANVAS_H);
    b.content.h = b.rect.h - TITLE_BAND_H - BLOCK_PAD;
    Some(b)
}

/// Rounds a position down to half a canvas unit, as files keep them.
fn half(v: f32) -> f32 {
    (v * 2.0).floor() / 2.0
}

/// Tidy places (offsets from the block's top-left) for the block's notes taken in the
/// order given (indices in `version.notes`): a grid of full-size notes filled column by
/// column when they fit so; otherwise the columns of the packed block, the hidden notes
/// right after the last shown one. Either way the places read in the order given.
pub fn tidy_block(version: &Version, block: BlockId, order: &[usize]) -> Vec<(NoteId, f32, f32)> {
    let Some(rect) = version.layout.block_rect(block) else {
        return Vec::new();
    };
    let content = content_rect(rect);
    if let Some(grid) = full_size_grid(version, &content, order) {
        return order
            .iter()
            .zip(grid)
            .map(|(&i, (x, y))| (version.notes[i].id, half(x - rect.x), half(y - rect.y)))
            .collect();
    }
    let texts: Vec<&str> = order
        .iter()
        .map(|&i| version.notes[i].text.as_str())
        .collect();
    let fit = fit_block(content, &texts, screen_range(&content));
    let mut out: Vec<(NoteId, f32, f32)> = fit
        .notes
        .iter()
        .zip(order)
        .map(|(n, &i)| {
            (
                version.notes[i].id,
                half(n.rect.x - rect.x),
                half(n.rect.y - rect.y),
            )
        })
        .collect();
    let (lx, ly) = out
        .last()
        .map_or((content.x - rect.x, content.y - rect.y), |l| (l.1, l.2));
    for (k, &i) in order[out.len()..].iter().enumerate() {
        out.push((version.notes[i].id, lx, ly + 0.5 * (k + 1) as f32));
    }
    out
}

/// Top-left corners (canvas units) of full-size notes in `order` set in as many columns
/// as the content area holds, filled top to bottom and balanced; `None` when they do not
/// fit so.
fn full_size_grid(version: &Version, content: &Rect, order: &[usize]) -> Option<Vec<(f32, f32)>> {
    let style = NoteStyle::at(NOTE_FONT);
    let most = most_lines(&style, max_note_height(content));
    let inner = NOTE_W - 2.0 * style.pad;
    let heights: Vec<f32> = order
        .iter()
        .map(|&i| {
            let lines = note_lines(&version.notes[i].text);
            style.height(cut_lines(lines, most, NOTE_FONT, inner).0.len())
        })
        .collect();
    let columns = (((content.w + NOTE_GAP) / (NOTE_W + NOTE_GAP)).floor() as usize).max(1);
    let used = columns as f32 * NOTE_W + (columns - 1) as f32 * NOTE_GAP;
    let left = content.x + ((content.w - used) / 2.0).max(0.0);
    let fits = |limit: f32| {
        let (mut col, mut y) = (0, 0.0);
        for &h in &heights {
            if y > 0.0 && y + h > limit {
                col += 1;
                y = 0.0;
            }
            if col >= columns || h > limit {
                return false;
            }
            y += h + NOTE_GAP;
        }
        true
    };
    if !fits(content.h) {
        return None;
    }
    // The lowest column height that holds them all, for balanced columns.
    let tallest = heights.iter().copied().fold(0.0, f32::max);
    let (mut bad, mut good) = (tallest * 0.999, content.h);
    if fits(tallest) {
        good = tallest;
    } else {
        for _ in 0..14 {
            let mid = f32::midpoint(good, bad);
            if fits(mid) {
                good = mid;
            } else {
                bad = mid;
            }
        }
    }
    let (mut col, mut y) = (0, 0.0);
    let mut out = Vec::with_capacity(heights.len());
    for &h in &heights {
        if y > 0.0 && y + h > good {
            col += 1;
            y = 0.0;
        }
        out.push((left + col as f32 * (NOTE_W + NOTE_GAP), content.y + y));
        y += h + NOTE_GAP;
    }
    Some(out)
}

/// The place nearest to `want` (offsets from the block's top-left) where a full-size note
/// of `height` lies inside the block's content area and clear of its notes other than
/// `ignore`; when there is none, a place right after the block's last note in reading
/// order (the block then packs its notes).
pub fn nearest_free_spot(
    version: &Version,
    block: BlockId,
    want: (f32, f32),
    height: f32,
    ignore: &[NoteId],
) -> (f32, f32) {
    let Some(rect) = version.layout.block_rect(block) else {
        return want;
    };
    let content = content_rect(rect);
    let style = NoteStyle::at(NOTE_FONT);
    let height = height.min(
        style
            .height(most_lines(&style, max_note_height(&content)))
            .max(style.min_h),
    );
    let taken: Vec<Rect> = version
        .notes_in(block)
        .filter(|n| !ignore.contains(&n.id))
        .map(|n| {
            let lines = note_lines(&n.text).len();
            let h = style.height(lines.min(most_lines(&style, max_note_height(&content))));
            Rect::new(rect.x + n.x, rect.y + n.y, NOTE_W, h)
        })
        .collect();
    let free = |x: f32, y: f32| {
        let padded = Rect::new(x - 2.0, y - 2.0, NOTE_W + 4.0, height + 4.0);
        !taken.iter().any(|t| t.overlaps(&padded))
    };
    let (wx, wy) = (rect.x + want.0, rect.y + want.1);
    let max_x = content.right() - NOTE_W;
    let max_y = content.bottom() - height;
    let mut best: Option<(f32, f32, f32)> = None;
    if max_x >= content.x && max_y >= content.y {
        let step = NOTE_GAP / 2.0;
        let mut y = content.y;
        while y <= max_y + 0.01 {
            let mut x = content.x;
            while x <= max_x + 0.01 {
                let d = (x - wx).powi(2) + (y - wy).powi(2);
                if best.is_none_or(|b| d < b.2) && free(x, y) {
                    best = Some((x, y, d));
                }
                x = if x < max_x && x + step > max_x {
                    max_x
                } else {
                    x + step
                };
            }
            y = if y < max_y && y + step > max_y {
                max_y
            } else {
                y + step
            };
        }
        // The wanted place itself, when free, beats any point of the grid.
        let (cx, cy) = (wx.clamp(content.x, max_x), wy.clamp(content.y, max_y));
        if free(cx, cy) && (cx - wx).abs() < 0.01 && (cy - wy).abs() < 0.01 {
            best = Some((cx, cy, 0.0));
        }
    }
    if let Some((x, y, _)) = best {
        return (half(x - rect.x), half(y - rect.y));
    }
    after_last(version, block, ignore)
}

/// A place right after the block's last note in reading order (offsets from the block's
/// top-left), or the content area's top-left when the block has no notes.
pub fn after_last(version: &Version, block: BlockId, ignore: &[NoteId]) -> (f32, f32) {
    let Some(rect) = version.layout.block_rect(block) else {
        return (0.0, 0.0);
    };
    let content = content_rect(rect);
    reading_order(version, block)
        .into_iter()
        .map(|i| &version.notes[i])
        .rfind(|n| !ignore.contains(&n.id))
        .map_or((half(content.x - rect.x), half(content.y - rect.y)), |n| {
            (n.x, half(n.y + 0.5))
        })
}

/// A layout problem of a version, as `holst check` reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum LayoutProblem {
    /// Two notes drawn over each other.
    Overlap(BlockId, NoteId, NoteId),
    /// A note whose place (its top-left corner) lies outside its block's content area.
    Outside(BlockId, NoteId),
    /// Notes of a block that do not fit even at the smallest size.
    Hidden(BlockId, usize),
}

/// The layout problems of a version as drawn ([`Board::of`]).
pub fn layout_problems(version: &Version) -> Vec<LayoutProblem> {
    let board = Board::of(version);
    let mut out = Vec::new();
    for b in &board.blocks {
        for n in version.notes_in(b.block) {
            let (x, y) = (b.rect.x + n.x, b.rect.y + n.y);
            if !(x.is_finite() && y.is_finite() && b.content.shrink(-0.5).contains(x, y)) {
                out.push(LayoutProblem::Outside(b.block, n.id));
            }
        }
        if b.mode == BlockMode::Placed {
            for (i, a) in b.notes.iter().enumerate() {
                for c in &b.notes[i + 1..] {
                    if a.rect.shrink(0.25).overlaps(&c.rect.shrink(0.25)) {
                        out.push(LayoutProblem::Overlap(b.block, a.id, c.id));
                    }
                }
            }
        }
        if !b.hidden.is_empty() {
            out.push(LayoutProblem::Hidden(b.block, b.hidden.len()));
        }
    }
    out
}

#[cfg(test)]
#[path = "board_tests.rs"]
mod tests;
