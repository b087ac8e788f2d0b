//! Colours and sizes of the editor in one place. What the screen shares with the PDF
//! (note colours, difference marks, card statuses, note radius) comes from the design
//! tokens of [`holst_core::style`], converted to egui types here; canvas geometry (note
//! width, fonts in canvas units) lives in [`crate::geometry`]. The rest is screen-only.

use eframe::egui::{Color32, Stroke};
use holst_core::style::{self, Rgb};

use crate::model::Colour;

/// A design token as an egui colour.
pub const fn rgb(c: Rgb) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// Background around the canvas.
pub const WORKSPACE_BG: Color32 = Color32::from_rgb(0xEC, 0xEE, 0xF1);
/// Fill of the canvas sheet.
pub const SHEET_BG: Color32 = Color32::WHITE;
/// Block borders.
pub const BLOCK_BORDER: Color32 = rgb(style::BLOCK_BORDER);
/// Block titles.
pub const BLOCK_TITLE: Color32 = rgb(style::BLOCK_TITLE);
/// Key question shown in an empty block.
pub const PLACEHOLDER: Color32 = rgb(style::PLACEHOLDER);
/// Block highlighted as a drop target.
pub const DROP_TARGET: Color32 = Color32::from_rgba_premultiplied(0x1E, 0x63, 0xB4, 0x18);
/// Note text.
pub const NOTE_TEXT: Color32 = rgb(style::NOTE_TEXT);
/// Outline of a selected note.
pub const SELECTION: Color32 = rgb(style::SELECTION);
/// Rubber-band selection fill.
pub const RUBBER_BAND: Color32 = Color32::from_rgba_premultiplied(0x1E, 0x63, 0xB4, 0x20);
/// Status line text that needs attention (a file changed on disk, a recovery copy not
/// written).
pub const STATUS_WARNING: Color32 = rgb(style::WARNING);
/// Soft shadow under notes.
pub const SHADOW: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 0x30);
/// Plain (unblurred) shadow under notes small on screen: lighter, as it is not spread.
pub const SHADOW_FLAT: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 0x22);
/// Grey lines standing for note text too small to read.
pub const LOD_TEXT: Color32 = Color32::from_rgba_premultiplied(0x33, 0x33, 0x33, 0x66);
/// Smallest note font size on screen, in points, drawn as text; below it, grey lines.
pub const LOD_MIN_TEXT_PX: f32 = 4.0;
/// Zoom from which notes get the soft, blurred shadow (below it a plain one).
pub const LOD_SOFT_SHADOW_ZOOM: f32 = 1.0;

/// Width of block borders, in screen points.
pub const BLOCK_BORDER_W: f32 = 1.0;
/// Width of a selected note's outline, in screen points.
pub const SELECTION_W: f32 = 2.0;
/// Corner radius of notes, in canvas units (scaled with zoom).
pub const NOTE_RADIUS: f32 = style::NOTE_RADIUS;
/// Shadow offset under notes, in canvas units.
pub const SHADOW_OFFSET: f32 = 2.0;
/// Blur of the note shadow, in canvas units.
pub const SHADOW_BLUR: f32 = 4.0;
/// Radius of a segment badge on a note, in canvas units.
pub const SEGMENT_BADGE_R: f32 = style::SEGMENT_BADGE_R;
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
    rgb(style::note_fill(colour))
}

/// Border of a note: its fill, darkened.
pub fn note_border(colour: Colour) -> Stroke {
    Stroke::new(1.0, rgb(style::note_border(colour)))
}

/// Compare view: a note only in the later version.
pub const DIFF_ADDED: Color32 = rgb(style::DIFF_ADDED);
/// Compare view: a note only in the earlier version (drawn dashed).
pub const DIFF_REMOVED: Color32 = rgb(style::DIFF_REMOVED);
/// Compare view: a note whose text changed.
pub const DIFF_CHANGED: Color32 = rgb(style::DIFF_CHANGED);
/// Compare view: a note that moved to another block (teal, apart from the selection blue).
pub const DIFF_MOVED: Color32 = rgb(style::DIFF_MOVED);
/// Compare view: a note of another colour (drawn dashed).
pub const DIFF_RECOLOURED: Color32 = rgb(style::DIFF_RECOLOURED);
/// Width of the compare view's list of differences.
pub const COMPARE_LIST_W: f32 = 340.0;
/// When the compare view zooms to a difference: the note takes this share of the
/// canvas's width (at most), and the zoom stays at or under [`FOCUS_ZOOM_MAX`].
pub const FOCUS_SHARE: f32 = 0.25;
/// The largest zoom the compare view picks when it zooms to a difference.
pub const FOCUS_ZOOM_MAX: f32 = 2.0;
/// Opacity of a removed note's ghost in the compare view's overlay mode.
pub const GHOST_OPACITY: f32 = 0.45;
/// Width of the arrow from a moved note's old place in overlay mode.
pub const MOVE_ARROW_W: f32 = 2.5;
/// Length of the head of that arrow, in screen points.
pub const MOVE_ARROW_HEAD: f32 = 12.0;
/// Characters of a note's text shown in the compare view's list.
pub const COMPARE_ITEM_CHARS: usize = 60;

/// Hypothesis cards: outline of a note that rests on an assumption (a card not yet validated).
pub const CARD_ASSUMPTION: Color32 = rgb(style::CARD_ASSUMPTION);
/// Hypothesis cards: outline of a note of a refuted card, and the colour of the invalidated status.
pub const CARD_REFUTED: Color32 = rgb(style::CARD_REFUTED);
/// Hypothesis cards: colour of the untested status.
pub const CARD_UNTESTED: Color32 = rgb(style::CARD_UNTESTED);
/// Hypothesis cards: colour of the testing status.
pub const CARD_TESTING: Color32 = rgb(style::CARD_TESTING);
/// Hypothesis cards: colour of the validated status.
pub const CARD_VALIDATED: Color32 = rgb(style::CARD_VALIDATED);

/// Side of a block's «?» help button, in canvas units: it scales with the block.
pub const HELP_BUTTON: f32 = crate::geometry::TITLE_BAND_H * 0.55;
/// Gap between the help button and the block's right edge, in canvas units.
pub const HELP_BUTTON_MARGIN: f32 = 6.0;

/// Width at the right of a block's title band kept free for the help button, in canvas
/// units, so the button never covers the title.
pub fn help_button_room() -> f32 {
    HELP_BUTTON + HELP_BUTTON_MARGIN + 4.0
}

/// Largest share of the canvas area a hovered long note may take when shown whole.
pub const HOVER_NOTE_SHARE: f32 = 0.8;
/// Zoom factor of one notch of Ctrl+wheel.
pub const WHEEL_ZOOM_STEP: f32 = 1.1;
