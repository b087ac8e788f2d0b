//! A canvas stays readable with any amount of content: every note drawn inside its block,
//! none over another, the rest counted; the layout is the board the print uses; dropped,
//! duplicated and grown notes take free places; Arrange is one undo step.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;

use eframe::egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use holst::app::{Document, ScriptedDialogs};
use holst::geometry::{BlockMode, Board, layout_problems, overlapping_pairs};
use holst::model::{BlockId, Model, Version};

mod common;

/// A Markdown canvas of `n` notes spread over the nine blocks, read as the app reads it.
fn generated(n: usize, text: impl Fn(usize) -> String) -> Model {
    let blocks = [
        "key_partners",
        "key_activities",
        "key_resources",
        "value_propositions",
        "customer_relationships",
        "channels",
        "customer_segments",
        "cost_structure",
        "revenue_streams",
    ];
    let mut md = String::from("# Мастерская\n\n## Основной\nlayout: bmc\n");
    for (b, block) in blocks.iter().enumerate() {
        let _ = write!(md, "\n### {block}\n");
        for i in (b..n).step_by(blocks.len()) {
            let _ = writeln!(md, "- {}", text(i));
        }
    }
    holst::storage::markdown::read(&md).unwrap().0
}

fn long_text(i: usize, words: usize) -> String {
    let pool = [
        "клиенты",
        "ценность",
        "мастерская",
        "войлок",
        "поставщики",
        "ярмарка",
        "подарки",
        "доставка",
        "обучение",
        "партнёры",
        "сообщество",
        "качество",
    ];
    (0..words)
        .map(|k| pool[(i * 7 + k * 3) % pool.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn version(h: &egui_kittest::Harness<'_, holst::app::HolstApp>) -> Version {
    h.state().doc.model().versions[0].clone()
}

#[test]
fn generated_canvases_open_tidy_and_the_screen_draws_the_print_s_board() {
    let mut text2000 = String::new();
    while text2000.chars().count() < 2000 {
        text2000.push_str("очень длинная заметка о ценностном предложении ");
    }
    let cases = [
        generated(200, |i| format!("Идея {}", i + 1)),
        generated(36, |i| format!("{i}. {}", long_text(i, 60))),
        generated(1, |_| text2000.clone()),
    ];
    for model in cases {
        let h = common::harness(
            Document::new_unsaved(model),
            None,
            ScriptedDialogs::default(),
        );
        let v = version(&h);
        let board = h.state().canvas.board();
        let mut counted = 0;
        for b in &board.blocks {
            for (i, n) in b.notes.iter().enumerate() {
                assert!(
                    b.content.contains_rect(&n.rect, 0.5),
                    "{:?}: {:?}",
                    b.block,
                    n.rect
                );
                for m in &b.notes[i + 1..] {
                    assert!(!n.rect.shrink(0.25).overlaps(&m.rect.shrink(0.25)));
                }
            }
            counted += b.notes.len() + b.hidden.len();
        }
        assert_eq!(counted, v.notes.len(), "every note shown or counted hidden");
        // The very board `holst check` and the print (as on screen) are made from.
        assert_eq!(*board, Board::of(&v));
        assert_eq!(layout_problems(&v), Vec::new());
        // And the canvas draws each note where the board says: its widget has the
        // board's size at the current zoom.
        let zoom = h.state().canvas.shown_zoom(v.id);
        let (_, first) = board.notes().next().unwrap();
        let text = &v.notes[first.index].text;
        let widget = h.get_by_label(text).rect();
        assert!((widget.width() - first.rect.w * zoom).abs() < 1.5);
        assert!((widget.height() - first.rect.h * zoom).abs() < 1.5);
    }
}

#[test]
fn a_full_block_counts_its_hidden_notes_and_opens_enlarged_until_esc() {
    let mut model = generated(0, |_| String::new());
    let md: String =
        std::iter::once("# М\n\n## Основной\nlayout: bmc\n\n### channels\n".to_owned())
            .chain((0..120).map(|i| format!("- Канал продаж номер {}\n", i + 1)))
            .collect();
    model = holst::storage::markdown::read(&md).map_or(model, |(m, _)| m);
    let mut h = common::harness(
        Document::new_unsaved(model),
        None,
        ScriptedDialogs::default(),
    );
    let board = h.state().canvas.board();
    let channels = board.block(BlockId::Channels).unwrap();
    assert_eq!(channels.mode, BlockMode::Packed);
    let hidden = channels.hidden.len();
    assert!(hidden > 0 && channels.notes.len() + hidden == 120);
    let label = format!("ещё {hidden} заметок — открыть блок");
    h.get_by_label(&label).click();
    h.run_ok();
    assert_eq!(h.state().canvas.focus, Some(BlockId::Channels));
    let enlarged = h.state().canvas.board();
    assert_eq!(enlarged.blocks.len(), 1);
    assert_eq!(
        enlarged.blocks[0].notes.len(),
        120,
        "every note shown enlarged"
    );
    h.key_press(Key::Escape);
    h.run_ok();
    assert_eq!(h.state().canvas.focus, None);
    assert_eq!(h.state().canvas.board().blocks.len(), 9);
}

#[test]
fn dropped_and_duplicated_notes_take_free_places_and_arrange_is_one_step() {
    let mut h = common::harness(
        Document::new_unsaved(common::model("vesely-voylok")),
        None,
        ScriptedDialogs::default(),
    );
    let v = version(&h);
    assert!(overlapping_pairs(&v).is_empty());
    // Drag one note of Channels onto another: it lands beside it, not over it.
    let mut channels = v.notes_in(BlockId::Channels);
    let (a, b) = (
        channels.next().unwrap().clone(),
        channels.next().unwrap().clone(),
    );
    let from = h.get_by_label(&b.text).rect().center();
    let to = h.get_by_label(&a.text).rect().center();
    common::drag(&mut h, from, to);
    let after = version(&h);
    let moved = after.note(b.id).unwrap();
    assert_ne!((moved.x, moved.y), (b.x, b.y), "the note moved");
    assert!(overlapping_pairs(&after).is_empty(), "and covers no note");
    // Ctrl+D copies the selected note beside it, over nothing.
    h.get_by_label(&a.text).click();
    h.run_ok();
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run_ok();
    let after = version(&h);
    assert_eq!(after.notes.len(), v.notes.len() + 1);
    assert!(overlapping_pairs(&after).is_empty());
    // A mess (every note of a block at one place) is tidied by Arrange all in one step.
    h.state_mut()
        .doc
        .apply(
            "mess",
            &after
                .notes_in(BlockId::KeyPartners)
                .map(|n| holst::ops::Op::MoveNote {
                    version: after.id,
                    note: n.id,
                    block: n.block,
                    x: 10.0,
                    y: 40.0,
                })
                .collect::<Vec<_>>(),
        )
        .unwrap();
    h.run_ok();
    let messy = version(&h);
    assert!(!overlapping_pairs(&messy).is_empty());
    h.get_by_label("Правка").click();
    h.run_ok();
    h.get_by_label("Упорядочить все блоки").click();
    h.run_ok();
    let tidy = version(&h);
    assert!(overlapping_pairs(&tidy).is_empty());
    assert_eq!(layout_problems(&tidy), Vec::new());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(
        version(&h).notes,
        messy.notes,
        "one undo step brings the mess back"
    );
}

#[test]
fn a_note_that_grows_over_its_neighbour_moves_to_a_free_place() {
    let mut h = common::harness(
        Document::new_unsaved(common::model("vesely-voylok")),
        None,
        ScriptedDialogs::default(),
    );
    let v = version(&h);
    let first = v.notes_in(BlockId::KeyPartners).next().unwrap().clone();
    let pos = h.get_by_label(&first.text).rect().center();
    common::click_n(&mut h, pos, 2);
    assert!(h.state().canvas.editing.is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::End);
    h.event(Event::Text(format!(" {}", long_text(3, 25))));
    h.run_ok();
    h.key_press(Key::Escape);
    h.run_ok();
    let after = version(&h);
    assert!(after.note(first.id).unwrap().text.len() > first.text.len());
    assert!(
        overlapping_pairs(&after).is_empty(),
        "the grown note covers nothing"
    );
    // Text and move are one step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(version(&h).notes, v.notes);
}

#[test]
fn text_pasted_as_notes_is_set_in_a_tidy_grid() {
    let mut h = common::harness(
        Document::new_unsaved(common::model("blank-bmc")),
        None,
        ScriptedDialogs::default(),
    );
    let lines: Vec<String> = (1..=9).map(|i| format!("Строка {i}")).collect();
    // Notes as text (Holst's clipboard, or Markdown list items under a block heading).
    let items: Vec<String> = lines.iter().map(|l| format!("- {l}")).collect();
    h.state_mut()
        .paste(&format!("### Каналы\n{}", items.join("\n")));
    h.run_ok();
    let v = version(&h);
    assert_eq!(v.notes.len(), 9);
    assert!(overlapping_pairs(&v).is_empty());
    assert_eq!(layout_problems(&v), Vec::new());
    // A grid: few distinct columns, each filled top to bottom in the pasted order.
    let mut columns: Vec<f32> = v.notes.iter().map(|n| n.x).collect();
    columns.sort_by(f32::total_cmp);
    columns.dedup();
    assert!(columns.len() <= 3, "{columns:?}");
    let order: Vec<&str> = holst::geometry::reading_order(&v, v.notes[0].block)
        .into_iter()
        .map(|i| v.notes[i].text.as_str())
        .collect();
    assert_eq!(order, lines.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn ctrl_wheel_zooms_in_steps_of_about_ten_percent() {
    let mut h = common::harness(
        Document::new_unsaved(common::model("vesely-voylok")),
        None,
        ScriptedDialogs::default(),
    );
    let id = version(&h).id;
    let before = h.state().canvas.shown_zoom(id);
    let centre = h.get_by_label("Подсказка по блоку: Каналы").rect().center()
        + eframe::egui::vec2(-100.0, 100.0);
    h.hover_at(centre);
    h.step();
    h.event(Event::MouseWheel {
        unit: eframe::egui::MouseWheelUnit::Line,
        delta: eframe::egui::vec2(0.0, 1.0),
        modifiers: Modifiers::CTRL,
        phase: eframe::egui::TouchPhase::Move,
        source: eframe::egui::MouseWheelSource::Wheel,
    });
    h.run_ok();
    let after = h.state().canvas.shown_zoom(id);
    assert!((after / before - 1.1).abs() < 0.01, "{before} → {after}");
}

#[test]
fn holding_alt_places_a_dropped_note_exactly_where_it_is_let_go() {
    let mut h = common::harness(
        Document::new_unsaved(common::model("vesely-voylok")),
        None,
        ScriptedDialogs::default(),
    );
    let v = version(&h);
    let mut channels = v.notes_in(BlockId::Channels);
    let (a, b) = (
        channels.next().unwrap().clone(),
        channels.next().unwrap().clone(),
    );
    let from = h.get_by_label(&b.text).rect().center();
    let to = h.get_by_label(&a.text).rect().center();
    h.event(Event::ModifiersChanged(Modifiers::ALT));
    common::drag(&mut h, from, to);
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    let moved = version(&h).note(b.id).unwrap().clone();
    // It went (about) where it was let go, over a, as asked; without Alt the same drag
    // puts it beside a (the test above).
    let far = (moved.x - a.x).hypot(moved.y - a.y);
    assert!(far < 20.0, "{moved:?} vs {a:?}");
    let pairs = overlapping_pairs(&version(&h));
    assert!(
        pairs.contains(&(a.id, b.id)) || pairs.contains(&(b.id, a.id)),
        "{pairs:?}"
    );
}
