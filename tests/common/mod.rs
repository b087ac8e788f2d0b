//! Shared set-up of the headless GUI tests: the real app in an `egui_kittest` harness with
//! scripted dialogs, settings in a given folder (or none), realistic frame times.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;

use eframe::egui::{Event, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
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
