//! Colours and sizes of the editor in one place. Canvas geometry (note width, fonts in
//! canvas units) lives in [`crate::geometry`], shared with the PDF; this module holds only
//! what is screen-specific.

use eframe::egui::{Color32, Stroke};

use crate::model::{Colour, NOTE_TEXT_RGB};

/// Background around the canvas.
pub const WORKSPACE_BG: Color32 = Color32::from_rgb(0xEC, 0xEE, 0xF1);
/// Fill of the canvas sheet.
pub const SHEET_BG: Color32 = Color32::WHITE;
/// Block borders.
pub const BLOCK_BORDER: Color32 = Color32::from_rgb(0x9E, 0xA4, 0xAB);
/// Block titles.
pub const BLOCK_TITLE: Color32 = Color32::from_rgb(0x30, 0x36, 0x3D);
/// Key question shown in an empty block.
pub const PLACEHOLDER: Color32 = Color32::from_rgb(0xA0, 0xA6, 0xAD);
/// Block highlighted as a drop target.
pub const DROP_TARGET: Color32 = Color32::from_rgba_premultiplied(0x1E, 0x63, 0xB4, 0x18);
/// Note text.
pub const NOTE_TEXT: Color32 =
    Color32::from_rgb(NOTE_TEXT_RGB[0], NOTE_TEXT_RGB[1], NOTE_TEXT_RGB[2]);
/// Outline of a selected note.
pub const SELECTION: Color32 = Color32::from_rgb(0x1E, 0x63, 0xB4);
/// Rubber-band selection fill.
pub const RUBBER_BAND: Color32 = Color32::from_rgba_premultiplied(0x1E, 0x63, 0xB4, 0x20);
/// Status line text that needs attention (a file changed on disk, a recovery copy not
/// written).
pub const STATUS_WARNING: Color32 = Color32::from_rgb(0xB7, 0x1C, 0x1C);
/// Soft shadow under notes.
pub const SHADOW: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 0x30);

/// Width of block borders, in screen points.
pub const BLOCK_BORDER_W: f32 = 1.0;
/// Width of a selected note's outline, in screen points.
pub const SELECTION_W: f32 = 2.0;
/// Corner radius of notes, in canvas units (scaled with zoom).
pub const NOTE_RADIUS: f32 = 3.0;
/// Shadow offset under notes, in canvas units.
pub const SHADOW_OFFSET: f32 = 2.0;
/// Blur of the note shadow, in canvas units.
pub const SHADOW_BLUR: f32 = 4.0;
/// Smallest and largest zoom (screen points per canvas unit).
pub const ZOOM_RANGE: (f32, f32) = (0.2, 6.0);
/// Zoom factor of one Ctrl+= / Ctrl+- step.
pub const ZOOM_STEP: f32 = 1.2;
/// Margin around the canvas when fitted to the window, in screen points.
pub const FIT_MARGIN: f32 = 12.0;
/// Distance an arrow key moves the selection, in canvas units (Shift: ten times).
pub const NUDGE: f32 = 2.0;

/// Fill of a note of the given colour.
pub fn note_fill(colour: Colour) -> Color32 {
    let [r, g, b] = colour.rgb();
    Color32::from_rgb(r, g, b)
}

/// Border of a note: its fill, darkened.
pub fn note_border(colour: Colour) -> Stroke {
    let [r, g, b] = colour.rgb();
    let d = |c: u8| (f32::from(c) * 0.78) as u8;
    Stroke::new(1.0, Color32::from_rgb(d(r), d(g), d(b)))
}

/// Compare view: a note only in the later version.
pub const DIFF_ADDED: Color32 = Color32::from_rgb(0x2E, 0x9E, 0x44);
/// Compare view: a note only in the earlier version (drawn dashed).
pub const DIFF_REMOVED: Color32 = Color32::from_rgb(0xD3, 0x2F, 0x2F);
/// Compare view: a note whose text changed.
pub const DIFF_CHANGED: Color32 = Color32::from_rgb(0xEF, 0x8A, 0x00);
/// Compare view: a note that moved to another block (teal, apart from the selection blue).
pub const DIFF_MOVED: Color32 = Color32::from_rgb(0x00, 0x89, 0x7B);
/// Compare view: a note of another colour (drawn dashed).
pub const DIFF_RECOLOURED: Color32 = Color32::from_rgb(0x8E, 0x44, 0xAD);

/// Hypothesis cards: outline of a note that rests on an assumption (a card not yet validated).
pub const CARD_ASSUMPTION: Color32 = Color32::from_rgb(0x5B, 0x74, 0x94);
/// Hypothesis cards: outline of a note of a refuted card, and the colour of the invalidated status.
pub const CARD_REFUTED: Color32 = Color32::from_rgb(0xC6, 0x28, 0x28);
/// Hypothesis cards: colour of the untested status.
pub const CARD_UNTESTED: Color32 = Color32::from_rgb(0x6B, 0x72, 0x80);
/// Hypothesis cards: colour of the testing status.
pub const CARD_TESTING: Color32 = Color32::from_rgb(0xA8, 0x62, 0x00);
/// Hypothesis cards: colour of the validated status.
pub const CARD_VALIDATED: Color32 = Color32::from_rgb(0x2E, 0x7D, 0x32);
