//! Canvas geometry shared by the screen and the paper: text measurement and wrapping with
//! the shipped font, note sizes, where notes go in their blocks. No egui, no I/O.
//!
//! Both the editor and the PDF export take their line breaks from [`wrap`], measured with
//! the same font file and hyphenated by the same rules, so a note wraps alike on screen
//! and on paper.

mod arrange;
mod board;
mod fit;
mod hyphen;
mod text;
mod wrap;

pub(crate) use arrange::free_spot;
pub use arrange::{arrange_version, clamp_into_block, overlapping_pairs};
pub use board::{
    BlockMode, Board, BoardBlock, BoardNote, COLUMN_BAND, LayoutProblem, MAX_NOTE_SHARE,
    MIN_SCREEN_FONT, after_last, board_block, focus_block, layout_problems, max_note_height,
    nearest_free_spot, reading_order, tidy_block,
};
pub use fit::{BlockFit, FitRange, FittedNote, NoteStyle, fit_block};
pub use text::{Coverage, FontMetrics, bold, fallback, regular};
pub use wrap::{HYPHEN, Line, wrap, wrap_lines, wrap_ranges};

use crate::model::{LayoutKind, Note, Rect};

/// Noto Sans Regular, shipped in `assets/fonts` (OFL-1.1), compiled into the binary.
pub const FONT_REGULAR: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/NotoSans-Regular.ttf"
));
/// Noto Sans Bold, used for block titles.
pub const FONT_BOLD: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/NotoSans-Bold.ttf"
));
/// DejaVu Sans, shipped in `assets/fonts` (Bitstream Vera licence, `DejaVu-LICENSE.txt`):
/// the fallback for what Noto Sans lacks.
pub const FONT_FALLBACK: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/DejaVuSans.ttf"
));

/// Width of a note, in canvas units.
pub const NOTE_W: f32 = 126.0;
/// Font size of note text, in canvas units.
pub const NOTE_FONT: f32 = 11.0;
/// Distance between the baselines of two lines of note text.
pub const NOTE_LINE_H: f32 = NOTE_FONT * 1.32;
/// Inner padding of a note.
pub const NOTE_PAD: f32 = 7.0;
/// Smallest note height.
pub(crate) const NOTE_MIN_H: f32 = 34.0;
/// Gap between notes placed automatically.
pub(crate) const NOTE_GAP: f32 = 8.0;
/// Font size of block titles.
pub const TITLE_FONT: f32 = 13.0;
/// Height of the band at the top of a block that holds its title.
pub const TITLE_BAND_H: f32 = 32.0;
/// Inner margin of a block around its notes.
pub const BLOCK_PAD: f32 = 8.0;

/// Text lines of a note, wrapped to the note's inner width.
pub fn note_lines(text: &str) -> Vec<String> {
    wrap(regular(), text, NOTE_FONT, NOTE_W - 2.0 * NOTE_PAD)
}

/// The lines of [`note_lines`] as byte ranges of the text (see [`wrap_ranges`]).
pub fn note_line_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    wrap_ranges(regular(), text, NOTE_FONT, NOTE_W - 2.0 * NOTE_PAD)
}

/// Height of a note with this many lines of text.
pub fn note_height_for_lines(lines: usize) -> f32 {
    (2.0 * NOTE_PAD + lines.max(1) as f32 * NOTE_LINE_H).max(NOTE_MIN_H)
}

/// Height of a note holding this text.
pub fn note_height(text: &str) -> f32 {
    note_height_for_lines(note_lines(text).len())
}

/// The part of a block where notes live: below the title band, inside the margin.
pub fn content_rect(block: Rect) -> Rect {
    Rect::new(
        block.x + BLOCK_PAD,
        block.y + TITLE_BAND_H,
        (block.w - 2.0 * BLOCK_PAD).max(0.0),
        (block.h - TITLE_BAND_H - BLOCK_PAD).max(0.0),
    )
}

/// The note's rectangle in canvas units, given its height (see [`note_height`]).
/// `None` when the layout lacks the note's block.
pub fn note_rect(layout: LayoutKind, note: &Note, height: f32) -> Option<Rect> {
    let block = layout.block_rect(note.block)?;
    Some(Rect::new(
        block.x + note.x,
        block.y + note.y,
        NOTE_W,
        height,
    ))
}
