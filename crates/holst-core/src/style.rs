//! Design tokens: the colours and sizes the screen and the paper share, as plain sRGB
//! values and canvas units. `ui::theme` turns them into egui types; the PDF uses them as
//! they are. A colour or size that both draw lives here, so they cannot drift apart.

use crate::diff::Kind;
use crate::model::{Colour, NOTE_TEXT_RGB, Status};

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// Text on every note: near-black (canvas.md).
pub const NOTE_TEXT: Rgb = NOTE_TEXT_RGB;
/// Corner radius of a note, in canvas units.
pub const NOTE_RADIUS: f32 = 3.0;
/// Radius of a segment badge on a note, in canvas units (screen and PDF).
pub const SEGMENT_BADGE_R: f32 = 6.0;
/// How much a note's outline darkens its fill (each component times this).
const NOTE_BORDER_SHADE: f32 = 0.78;

/// Block borders.
pub const BLOCK_BORDER: Rgb = [0x9E, 0xA4, 0xAB];
/// Block titles.
pub const BLOCK_TITLE: Rgb = [0x30, 0x36, 0x3D];
/// The key question shown in an empty block.
pub const PLACEHOLDER: Rgb = [0xA0, 0xA6, 0xAD];
/// Outline of selected notes and other accents of the editor.
pub const SELECTION: Rgb = [0x1E, 0x63, 0xB4];
/// Text that needs attention: a file changed on disk, a block that continues elsewhere.
pub const WARNING: Rgb = [0xB7, 0x1C, 0x1C];

/// A difference: a note only in the later version.
pub const DIFF_ADDED: Rgb = [0x2E, 0x9E, 0x44];
/// A difference: a note only in the earlier version (drawn dashed).
pub const DIFF_REMOVED: Rgb = [0xD3, 0x2F, 0x2F];
/// A difference: a note whose text changed.
pub const DIFF_CHANGED: Rgb = [0xEF, 0x8A, 0x00];
/// A difference: a note that moved to another block (teal, apart from the selection blue).
pub const DIFF_MOVED: Rgb = [0x00, 0x89, 0x7B];
/// A difference: a note of another colour (drawn dashed).
pub const DIFF_RECOLOURED: Rgb = [0x8E, 0x44, 0xAD];

/// Hypothesis cards: outline of a note that rests on an assumption (a card not validated).
pub const CARD_ASSUMPTION: Rgb = [0x5B, 0x74, 0x94];
/// Hypothesis cards: a refuted card, its notes' outline and the invalidated status.
pub const CARD_REFUTED: Rgb = [0xC6, 0x28, 0x28];
/// Hypothesis cards: the untested status.
pub const CARD_UNTESTED: Rgb = [0x6B, 0x72, 0x80];
/// Hypothesis cards: the testing status.
pub const CARD_TESTING: Rgb = [0xA8, 0x62, 0x00];
/// Hypothesis cards: the validated status.
pub const CARD_VALIDATED: Rgb = [0x2E, 0x7D, 0x32];

/// Fill of a note of the given colour.
pub fn note_fill(colour: Colour) -> Rgb {
    colour.rgb()
}

/// Outline of a note of the given colour: its fill, darkened.
pub fn note_border(colour: Colour) -> Rgb {
    colour
        .rgb()
        .map(|c| (f32::from(c) * NOTE_BORDER_SHADE) as u8)
}

/// The colour a hypothesis status is shown in.
pub fn status_colour(status: Status) -> Rgb {
    match status {
        Status::Untested => CARD_UNTESTED,
        Status::Testing => CARD_TESTING,
        Status::Validated => CARD_VALIDATED,
        Status::Invalidated => CARD_REFUTED,
    }
}

/// The outline a difference puts around a note: its colour, and whether it is dashed.
pub fn mark(kind: Kind) -> (Rgb, bool) {
    match kind {
        Kind::Added => (DIFF_ADDED, false),
        Kind::Removed => (DIFF_REMOVED, true),
        Kind::Changed => (DIFF_CHANGED, false),
        Kind::Moved => (DIFF_MOVED, false),
        Kind::Recoloured => (DIFF_RECOLOURED, true),
    }
}
