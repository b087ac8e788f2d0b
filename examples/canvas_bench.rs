//! Frame time of the editor with 1000 notes on the canvas, headless (`egui_kittest`).
//!
//! Run with `cargo run --release --example canvas_bench`. It prints the mean and worst
//! frame time for an idle canvas with the pointer moving, a drag of 50 selected notes, and
//! zooming, so changes that slow the canvas down show up as numbers.

use std::time::{Duration, Instant};

use eframe::egui::{Event, Modifiers, MouseWheelUnit, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, ScriptedDialogs};
use holst::geometry::NOTE_W;
use holst::model::{BlockId, Colour, LayoutKind, Model, Note, NoteId};

#[path = "../tests/common/mod.rs"]
mod common;

const NOTES: usize = 1000;

fn big_model() -> Model {
    let mut model = Model::new("Нагрузка", "1000 заметок", LayoutKind::Social);
    let v = &mut model.versions[0];
    let blocks: Vec<BlockId> = v.layout.blocks().collect();
    for i in 0..NOTES {
        let block = blocks[i % blocks.len()];
        let rect = v.layout.block_rect(block).unwrap_or_default();
        let k = i / blocks.len();
        v.notes.push(Note {
            id: NoteId(i as u64 + 1),
            block,
            colour: Colour::ALL[i % Colour::ALL.len()],
            x: 8.0 + (k % 3) as f32 * 6.0 % (rect.w - NOTE_W - 16.0).max(1.0),
            y: 32.0 + (k as f32 * 2.3) % (rect.h - 80.0).max(1.0),
            text: format!(
                "Заметка номер {i}: гипотеза о клиентах, канале и цене — {}",
                "слово ".repeat(i % 7)
            ),
        });
    }
    model
}

fn measure(
    name: &str,
    h: &mut Harness<'_, HolstApp>,
    frames: usize,
    mut input: impl FnMut(&mut Harness<'_, HolstApp>, usize),
) {
    let mut times = Vec::with_capacity(frames);
    for i in 0..frames {
        input(h, i);
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    let total: Duration = times.iter().sum();
    let worst = times.iter().max().copied().unwrap_or_default();
    println!(
        "{name:<28} mean {:>7.2} ms   worst {:>7.2} ms   ({frames} frames)",
        total.as_secs_f64() * 1000.0 / frames as f64,
        worst.as_secs_f64() * 1000.0
    );
}

fn main() {
    let doc = Document::new_unsaved(big_model());
    let mut h = common::harness(doc, None, ScriptedDialogs::default());
    println!("{} notes on the canvas", h.state().doc.model().note_count());
    measure("idle, pointer moving", &mut h, 120, |h, i| {
        h.hover_at(Pos2::new(300.0 + (i % 50) as f32 * 10.0, 400.0));
    });
    // Select 50 notes and drag them across the canvas by the first one.
    let ids: Vec<NoteId> = h.state().doc.model().versions[0]
        .notes
        .iter()
        .take(50)
        .map(|n| n.id)
        .collect();
    h.state_mut().canvas.selection = ids.iter().copied().collect();
    let text = h.state().doc.model().versions[0].notes[0].text.clone();
    let start = h.get_by_label(&text).rect().center();
    h.hover_at(start);
    h.step();
    h.drag_at(start);
    h.step();
    measure("drag of 50 selected notes", &mut h, 120, |h, i| {
        h.hover_at(start + vec2(i as f32 * 2.0, i as f32));
    });
    println!("dragging: {}", h.state().canvas.dragging());
    h.drop_at(start + vec2(240.0, 120.0));
    h.run_ok();
    measure("zoom with Ctrl+wheel", &mut h, 120, |h, i| {
        h.hover_at(Pos2::new(700.0, 450.0));
        let dy = if i < 60 { 40.0 } else { -40.0 };
        h.event_modifiers(
            Event::MouseWheel {
                unit: MouseWheelUnit::Point,
                delta: vec2(0.0, dy),
                modifiers: Modifiers::COMMAND,
                phase: eframe::egui::TouchPhase::Move,
                source: eframe::egui::MouseWheelSource::Wheel,
            },
            Modifiers::COMMAND,
        );
    });
}
