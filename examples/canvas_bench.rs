//! Frame time of the editor's canvas, headless (`egui_kittest`), covering the whole CPU side
//! of a frame: the app's update, egui's layout and the tessellation of the frame's shapes
//! into meshes (what the window's painter does before it uploads them to the GPU).
//!
//! Run with `cargo run --release --example canvas_bench` (add `template`, `1000`, `30k` or
//! `enlarged`
//! for one group only). It prints one figure a line,
//! `name value`, times in milliseconds:
//!
//! - `frame_ms_template`: the 30-note template, pointer moving (median frame);
//! - `frame_ms_1000`: 1000 notes spread over every block, pointer moving (median);
//! - `frame_ms_drag_1000`: dragging 50 selected of those notes (median);
//! - `frame_ms_zoom_1000` and `frame_ms_zoom_1000_worst`: zooming in and out in Ctrl+wheel
//!   steps, one step a frame (mean and worst frame);
//! - `frame_ms_30k`: a 30,000-note model, pointer moving (median);
//! - `vertices_1000`: vertices after tessellation of one 1000-note frame;
//! - `frame_ms_enlarged_1000`, `vertices_enlarged_1000`, `notes_drawn_enlarged_1000`: one
//!   block of 1000 notes shown enlarged and zoomed out as far as the canvas goes;
//! - `notes_drawn_1000`, `notes_drawn_30k`: notes the canvas draws in a frame (notes packed
//!   away or hidden by the canvas's layout are not drawn).

use std::time::{Duration, Instant};

use eframe::egui::epaint::Primitive;
use eframe::egui::{Event, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, TouchPhase, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, ScriptedDialogs};
use holst::geometry::{self, NOTE_W};
use holst::model::{BlockId, Colour, LayoutKind, Model, Note, NoteId};

/// The allocator of the `holst` binary (see src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../tests/common/mod.rs"]
mod common;

/// Notes spread evenly over every block of a Social canvas, each block's notes scattered
/// over its content area.
fn big_model(notes: usize) -> Model {
    let mut model = Model::new("Нагрузка", format!("{notes} заметок"), LayoutKind::Social);
    let v = &mut model.versions[0];
    let blocks: Vec<BlockId> = v.layout.blocks().collect();
    for i in 0..notes {
        let block = blocks[i % blocks.len()];
        let rect = v.layout.block_rect(block).unwrap_or_default();
        let content = geometry::content_rect(rect);
        let k = i / blocks.len();
        let free_w = (content.w - NOTE_W).max(1.0);
        let free_h = (content.h - 60.0).max(1.0);
        v.notes.push(Note {
            id: NoteId(i as u64 + 1),
            block,
            colour: Colour::ALL[i % Colour::ALL.len()],
            x: geometry::BLOCK_PAD + (k as f32 * 37.0) % free_w,
            y: 32.0 + (k as f32 * 53.0) % free_h,
            text: format!(
                "Заметка номер {i}: гипотеза о клиентах, канале и цене — {}",
                "слово ".repeat(i % 7)
            ),
        });
    }
    model
}

/// One frame as the window runs it: the app and egui (`step`), then the tessellation of
/// the shapes and the release of the meshes. Returns the time of both and the vertex count.
fn frame(h: &mut Harness<'_, HolstApp>) -> (Duration, usize) {
    let t = Instant::now();
    h.step();
    let step = t.elapsed();
    // The window moves the shapes out of the output; the harness keeps them, so clone
    // them outside the timed part.
    let shapes = h.output().shapes.clone();
    let ppp = h.output().pixels_per_point;
    let t = Instant::now();
    let primitives = h.ctx.tessellate(shapes, ppp);
    let vertices = primitives
        .iter()
        .map(|p| match &p.primitive {
            Primitive::Mesh(m) => m.vertices.len(),
            Primitive::Callback(_) => 0,
        })
        .sum();
    drop(primitives);
    (step + t.elapsed(), vertices)
}

/// Frame times in milliseconds, one per frame, after `input` for each.
fn run(
    h: &mut Harness<'_, HolstApp>,
    frames: usize,
    mut input: impl FnMut(&mut Harness<'_, HolstApp>, usize),
) -> Vec<f64> {
    (0..frames)
        .map(|i| {
            input(h, i);
            frame(h).0.as_secs_f64() * 1000.0
        })
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len().max(1) as f64
}

fn print(name: &str, value: f64) {
    println!("{name} {value:.2}");
}

/// Moves the pointer over the canvas, one position a frame.
fn wander(h: &mut Harness<'_, HolstApp>, i: usize) {
    h.hover_at(Pos2::new(
        300.0 + (i % 50) as f32 * 14.0,
        300.0 + (i % 7) as f32 * 40.0,
    ));
}

/// Notes the canvas draws (the board's shown notes: packed blocks hide what does not fit).
fn notes_drawn(h: &Harness<'_, HolstApp>) -> usize {
    h.state()
        .canvas
        .board()
        .blocks
        .iter()
        .map(|b| b.notes.len())
        .sum()
}

fn harness(model: Model) -> Harness<'static, HolstApp> {
    let mut h = common::harness(
        Document::new_unsaved(model),
        None,
        ScriptedDialogs::default(),
    );
    // Warm up: fonts, text caches.
    run(&mut h, 10, wander);
    h
}

fn template() {
    let mut h = harness(common::model("vesely-voylok"));
    print("frame_ms_template", median(run(&mut h, 200, wander)));
}

fn thousand() {
    let mut h = harness(big_model(1000));
    print("frame_ms_1000", median(run(&mut h, 120, wander)));
    let (_, vertices) = frame(&mut h);
    println!("vertices_1000 {vertices}");
    // Less the note-coloured rectangles that are not notes (the new-note colour button).
    println!("notes_drawn_1000 {}", notes_drawn(&h));

    // Select 50 notes and drag them across the canvas by the first one.
    let notes = &h.state().doc.model().versions[0].notes;
    let ids: Vec<NoteId> = notes.iter().take(50).map(|n| n.id).collect();
    let text = notes[0].text.clone();
    h.state_mut().canvas.selection = ids.into_iter().collect();
    if let Some(start) = h.query_by_label(&text).map(|n| n.rect().center()) {
        h.hover_at(start);
        h.step();
        h.drag_at(start);
        h.step();
        let times = run(&mut h, 120, |h, i| {
            h.hover_at(start + vec2(i as f32 * 2.0, i as f32));
        });
        if h.state().canvas.dragging() {
            print("frame_ms_drag_1000", median(times));
        } else {
            println!("frame_ms_drag_1000 nan  # the drag did not start");
        }
        h.drop_at(start + vec2(240.0, 120.0));
        h.run_ok();
    } else {
        println!("frame_ms_drag_1000 nan  # the first note is not on screen");
    }

    // Zoom in 40 steps and back out, one Ctrl+wheel step a frame around a fixed point.
    let times = run(&mut h, 80, |h, i| {
        let dy = if i < 40 { 40.0 } else { -40.0 };
        let input = h.input_mut();
        input
            .events
            .push(Event::ModifiersChanged(Modifiers::COMMAND));
        input
            .events
            .push(Event::PointerMoved(Pos2::new(700.0, 450.0)));
        input.events.push(Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: vec2(0.0, dy),
            modifiers: Modifiers::COMMAND,
            phase: TouchPhase::Move,
            source: MouseWheelSource::Wheel,
        });
    });
    h.input_mut()
        .events
        .push(Event::ModifiersChanged(Modifiers::NONE));
    if std::env::var_os("CANVAS_BENCH_FRAMES").is_some() {
        eprintln!("zoom frames: {times:.1?}");
    }
    print("frame_ms_zoom_1000", mean(&times));
    print(
        "frame_ms_zoom_1000_worst",
        times.iter().copied().fold(0.0, f64::max),
    );
}

fn thirty_thousand() {
    let mut h = harness(big_model(30_000));
    print("frame_ms_30k", median(run(&mut h, 40, wander)));
    println!("notes_drawn_30k {}", notes_drawn(&h));
}

/// 1000 notes in one block, shown enlarged (every note at full size) and zoomed out as far
/// as the canvas goes, so that as many notes as fit the window are drawn at once.
fn enlarged() {
    let mut model = big_model(0);
    let v = &mut model.versions[0];
    for i in 0..1000 {
        v.notes.push(Note {
            id: NoteId(i as u64 + 1),
            block: BlockId::Channels,
            colour: Colour::ALL[i % Colour::ALL.len()],
            x: geometry::BLOCK_PAD,
            y: 32.0 + i as f32,
            text: format!(
                "Канал {i}: гипотеза о клиентах и цене {}",
                "слово ".repeat(i % 7)
            ),
        });
    }
    let mut h = harness(model);
    h.state_mut().canvas.enlarge(BlockId::Channels);
    h.run_ok();
    let id = h.state().doc.current();
    for _ in 0..20 {
        h.state_mut().canvas.zoom_by(id, 0.8);
    }
    run(&mut h, 10, wander);
    print("frame_ms_enlarged_1000", median(run(&mut h, 120, wander)));
    let (_, vertices) = frame(&mut h);
    println!("vertices_enlarged_1000 {vertices}");
    // Drawn: the enlarged board's notes inside the window at this zoom.
    let zoom = h.state().canvas.shown_zoom(id);
    let visible = h.state().canvas.board().blocks[0]
        .notes
        .iter()
        .filter(|n| n.rect.y * zoom < 900.0)
        .count();
    println!("notes_drawn_enlarged_1000 {visible}");
}

fn main() {
    // `canvas_bench 30k` runs one group only (template, 1000, 30k), e.g. under a profiler.
    let only = std::env::args().nth(1);
    let runs = |name: &str| only.as_deref().is_none_or(|o| o == name);
    if runs("template") {
        template();
    }
    if runs("1000") {
        thousand();
    }
    if runs("30k") {
        thirty_thousand();
    }
    if runs("enlarged") {
        enlarged();
    }
}
