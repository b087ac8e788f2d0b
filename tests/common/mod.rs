//! Shared set-up of the headless GUI tests: the real app in an `egui_kittest` harness with
//! scripted dialogs, settings in a given folder (or none), realistic frame times.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;

use eframe::egui::{Event, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, Env, HolstApp, ScriptedDialogs};
use holst::model::{Lang, Model};
use holst::storage::config::Dirs;
use holst::templates::Template;

/// A shipped template as a model.
pub fn model(template: &str) -> Model {
    Template::find(template).unwrap().model().unwrap()
}

/// The app on a document, Russian interface, 60 frames a second of simulated time.
/// `root` holds settings and recovery copies; `None` keeps nothing.
pub fn harness(
    doc: Document,
    root: Option<&Path>,
    dialogs: ScriptedDialogs,
) -> Harness<'static, HolstApp> {
    harness_in(doc, root, dialogs, Lang::Ru)
}

/// [`harness`] with the interface in the given language.
pub fn harness_in(
    doc: Document,
    root: Option<&Path>,
    dialogs: ScriptedDialogs,
    lang: Lang,
) -> Harness<'static, HolstApp> {
    let dirs = root.map(Dirs::under);
    let mut h = Harness::builder()
        .with_size(vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            HolstApp::new(
                &cc.egui_ctx,
                doc,
                Env {
                    dirs,
                    dialogs: Box::new(dialogs),
                    lang: Some(lang),
                },
            )
        });
    h.run_ok();
    h
}

/// Presses and releases the primary button, `clicks` times, one frame per event.
pub fn click_n(h: &mut Harness<'_, HolstApp>, pos: Pos2, clicks: usize) {
    h.hover_at(pos);
    h.step();
    for _ in 0..clicks {
        for pressed in [true, false] {
            h.event(Event::PointerButton {
                pos,
                button: PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
            h.step();
        }
    }
    h.run_ok();
}

/// Dialogs that answer the first save dialog with `path`.
pub fn saving_to(path: &Path) -> ScriptedDialogs {
    ScriptedDialogs {
        save: [Some(path.to_path_buf())].into(),
        ..ScriptedDialogs::default()
    }
}

/// Drags with the primary button from one point to another in eight frames.
pub fn drag(h: &mut Harness<'_, HolstApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=8 {
        h.hover_at(from + (to - from) * (i as f32 / 8.0));
        h.step();
    }
    h.drop_at(to);
    h.run_ok();
}

/// The app as the command line starts it on `file` ([`HolstApp::start`]), Russian
/// interface, settings, recovery copies and locks under `root`.
pub fn harness_start(
    file: Option<&Path>,
    root: &Path,
    dialogs: ScriptedDialogs,
) -> Harness<'static, HolstApp> {
    let dirs = Some(Dirs::under(root));
    let file = file.map(Path::to_path_buf);
    let mut h = Harness::builder()
        .with_size(vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            HolstApp::start(
                &cc.egui_ctx,
                file.as_deref(),
                Env {
                    dirs,
                    dialogs: Box::new(dialogs),
                    lang: Some(Lang::Ru),
                },
            )
        });
    h.run_ok();
    h
}

/// A point inside a block's empty area (Russian interface), found through the block's
/// help button.
pub fn inside_block(h: &Harness<'_, HolstApp>, block: holst::model::BlockId, down: f32) -> Pos2 {
    let label = format!("Подсказка по блоку: {}", block.title(Lang::Ru));
    h.get_by_label(&label).rect().center() + vec2(-80.0, down)
}

/// Opens the editor on empty space of a block and types `text`, leaving the editor open.
pub fn start_typing(h: &mut Harness<'_, HolstApp>, block: holst::model::BlockId, text: &str) {
    let pos = inside_block(h, block, 120.0);
    click_n(h, pos, 2);
    assert!(
        h.state().canvas.editing.is_some(),
        "the note editor is open"
    );
    h.event(Event::Text(text.into()));
    h.run_ok();
}

/// The texts of the notes of the current version.
pub fn note_texts(app: &HolstApp) -> Vec<String> {
    app.doc
        .model()
        .version(app.doc.current())
        .map(|v| v.notes.iter().map(|n| n.text.clone()).collect())
        .unwrap_or_default()
}

/// Steps the app until `done` holds, sleeping between frames (for work on real time,
/// like the recovery copy's timer); gives up after `secs` seconds.
pub fn step_until(
    h: &mut Harness<'_, HolstApp>,
    secs: f32,
    mut done: impl FnMut(&HolstApp) -> bool,
) -> bool {
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f32(secs);
    while std::time::Instant::now() < end {
        h.step();
        if done(h.state()) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    false
}

/// Replaces the text of the text field labelled `label` with `text`: a click, select all,
/// typing.
pub fn type_into(h: &mut Harness<'_, HolstApp>, label: &str, text: &str) {
    h.get_by_role_and_label(eframe::egui::accesskit::Role::TextInput, label)
        .click();
    h.run_ok();
    h.key_press_modifiers(Modifiers::COMMAND, eframe::egui::Key::A);
    h.event(Event::Text(text.into()));
    h.run_ok();
}
