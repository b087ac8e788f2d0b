//! The note editor wraps its text with the function the note and the PDF use
//! (`geometry::note_lines`), so what is typed never spills out of the note's box.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use eframe::egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable};
use holst::app::{Document, ScriptedDialogs};
use holst::geometry::{NOTE_LINE_H, NOTE_PAD, NOTE_W, note_lines};
use holst::model::BlockId;

mod common;

#[test]
fn the_editor_has_the_lines_of_the_note_and_stays_inside_its_box() {
    let mut h = common::harness(
        Document::new_unsaved(common::model("blank-bmc")),
        None,
        ScriptedDialogs::default(),
    );
    // Words of many widths, a long hyphenated word and a line break: where egui's own
    // wrapping and the note's differ, the editor used to grow a line the note lacks.
    let text = "Быстрое реагирование на запросы и предоставление предложений-сравнений \
                клиентам в течение одного рабочего дня\nОтдельная строка";
    common::start_typing(&mut h, BlockId::Channels, text);
    let app = h.state();
    let zoom = app.canvas.view(app.doc.current()).zoom;
    let lines = note_lines(text).len();
    assert!(lines > 3, "the text wraps: {lines} lines");
    let editor = h.get(By::new().role(Role::MultilineTextInput)).rect();
    let box_h = lines as f32 * NOTE_LINE_H * zoom;
    // The editor starts inside the note's left padding; its right edge stays within the
    // note (text drawn at a font size rounded for the glyph cache may use the padding).
    let box_w = (NOTE_W - NOTE_PAD) * zoom;
    assert!(
        (editor.height() - box_h).abs() <= 1.0,
        "the editor has the note's {lines} lines: {} px for {box_h} px",
        editor.height()
    );
    assert!(
        editor.width() <= box_w + 1.0,
        "the editor stays inside the note: {} px for {box_w} px",
        editor.width()
    );
}
