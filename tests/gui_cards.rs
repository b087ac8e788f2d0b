//! The hypothesis cards panel driven through its widgets with `egui_kittest`, headless:
//! open it, add a card, fill it, change its status, link a note selected on the canvas,
//! and check the marks on the canvas and the counts in the header.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use eframe::egui::accesskit::Role;
use eframe::egui::{Event, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, ScriptedDialogs};
use holst::model::{Card, Lang, NoteId, Status, Version};
use holst::ui::canvas::NoteMark;
use holst::ui::cards;
use holst::ui::theme::{CARD_ASSUMPTION as ASSUMPTION, CARD_REFUTED as REFUTED};

mod common;

use common::model;

fn harness(doc: Document, root: &Path, lang: Lang) -> Harness<'static, HolstApp> {
    common::harness_in(doc, Some(root), ScriptedDialogs::default(), lang)
}

fn click_at(h: &mut Harness<'_, HolstApp>, pos: Pos2) {
    common::click_n(h, pos, 1);
}

fn current(h: &Harness<'_, HolstApp>) -> Version {
    let app = h.state();
    app.doc.model().version(app.doc.current()).unwrap().clone()
}

fn only_card(h: &Harness<'_, HolstApp>) -> Card {
    let v = current(h);
    assert_eq!(v.cards.len(), 1, "one card in the version");
    v.cards[0].clone()
}

fn undo_steps(h: &Harness<'_, HolstApp>) -> usize {
    h.state().doc.history().undo_len()
}

fn click_label(h: &mut Harness<'_, HolstApp>, label: &str) {
    h.get_by_label(label).click();
    h.run_ok();
}

fn open_panel_from_menu(h: &mut Harness<'_, HolstApp>) {
    click_label(h, "Версия");
    // The menu item's name carries its shortcut as well.
    h.get_by_label_contains("Гипотезы").click();
    h.run_ok();
    assert!(h.state().show_cards, "Version → Hypotheses opens the panel");
}

fn counts_shown(h: &Harness<'_, HolstApp>, validated: usize, invalidated: usize, untested: usize) {
    for label in [
        format!("Подтверждены: {validated}"),
        format!("Опровергнуты: {invalidated}"),
        format!("Не проверены: {untested} (ещё не проверялись или проверяются сейчас)"),
    ] {
        assert!(
            h.query_by_label(&label).is_some(),
            "the header shows «{label}»"
        );
    }
}

fn mark_of(h: &Harness<'_, HolstApp>, note: NoteId) -> Option<Vec<NoteMark>> {
    let from_version = cards::note_marks(&current(h)).get(&note).cloned();
    let on_canvas = h.state().canvas.marks.get(&note).cloned();
    assert_eq!(
        from_version, on_canvas,
        "the canvas draws the marks of the cards"
    );
    from_version
}

fn choose_status(h: &mut Harness<'_, HolstApp>, label: &str) {
    h.get_by_role_and_label(Role::ComboBox, "Статус").click();
    h.run_ok();
    click_label(h, label);
}

#[test]
fn a_card_is_added_filled_linked_refuted_deleted_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(
        Document::new_unsaved(model("vesely-voylok")),
        dir.path(),
        Lang::Ru,
    );
    assert!(h.query_by_label("+ Добавить гипотезу").is_none());
    open_panel_from_menu(&mut h);
    counts_shown(&h, 0, 0, 0);

    click_label(&mut h, "+ Добавить гипотезу");
    assert_eq!(undo_steps(&h), 1, "adding a card is one undo step");
    assert_eq!(only_card(&h).status, Status::Untested);
    counts_shown(&h, 0, 0, 1);

    // The new card's hypothesis has the keyboard focus: typing goes there, and nothing
    // reaches the model until the field is left.
    for word in ["Мы считаем, что ", "мамы купят игрушки"] {
        h.event(Event::Text(word.into()));
        h.run_ok();
    }
    assert_eq!(only_card(&h).hypothesis, "", "no change per keystroke");
    h.key_press(Key::Escape);
    h.run_ok();
    assert_eq!(
        only_card(&h).hypothesis,
        "Мы считаем, что мамы купят игрушки"
    );
    assert_eq!(undo_steps(&h), 2, "the whole typing is one undo step");

    // Select a note on the canvas and link it.
    let note = current(&h)
        .notes
        .iter()
        .find(|n| n.text == "Галереи подарков")
        .unwrap()
        .id;
    let pos = h.get_by_label("Галереи подарков").rect().center();
    click_at(&mut h, pos);
    assert_eq!(h.state().canvas.selection.len(), 1);
    assert_eq!(mark_of(&h, note), None, "an unlinked note has no mark");
    click_label(&mut h, "Связать выделенные заметки");
    assert_eq!(only_card(&h).notes, vec![note]);
    assert_eq!(undo_steps(&h), 3);
    assert_eq!(
        mark_of(&h, note),
        Some(vec![NoteMark::Outline {
            colour: ASSUMPTION,
            dashed: true
        }]),
        "a note of an untested card is an assumption"
    );
    assert!(
        h.query_by_label("Отвязать заметку «Галереи подарков»")
            .is_some(),
        "the linked note is listed with its unlink button"
    );

    choose_status(&mut h, "опровергнута");
    assert_eq!(only_card(&h).status, Status::Invalidated);
    assert_eq!(undo_steps(&h), 4, "a status change is one undo step");
    assert_eq!(
        only_card(&h).hypothesis,
        "Мы считаем, что мамы купят игрушки"
    );
    counts_shown(&h, 0, 1, 0);
    assert_eq!(
        mark_of(&h, note),
        Some(vec![NoteMark::Outline {
            colour: REFUTED,
            dashed: false
        }]),
        "a note of a refuted card is marked red"
    );

    choose_status(&mut h, "подтверждена");
    counts_shown(&h, 1, 0, 0);
    assert_eq!(mark_of(&h, note), None, "validated: no mark");

    let before = only_card(&h);
    click_label(&mut h, "Удалить гипотезу");
    assert!(current(&h).cards.is_empty());
    assert_eq!(mark_of(&h, note), None);
    counts_shown(&h, 0, 0, 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(
        only_card(&h),
        before,
        "undo restores the card with its link"
    );
    counts_shown(&h, 1, 0, 0);
}

#[test]
fn the_other_fields_and_unlinking_are_one_step_each() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = model("vesely-voylok");
    let v = &mut m.versions[0];
    let note = v.notes[0].id;
    v.cards.push(Card {
        id: holst::model::CardId(7),
        hypothesis: "Мы считаем, что войлок ценят".into(),
        notes: vec![note],
        ..Card::default()
    });
    let text = v.notes[0].text.clone();
    let mut h = harness(Document::new_unsaved(m), dir.path(), Lang::Ru);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    h.run_ok();
    assert!(h.state().show_cards, "Ctrl+Shift+H opens the panel");
    // An existing card starts collapsed; its header shows its status and hypothesis.
    click_label(&mut h, "не проверена — Мы считаем, что войлок ценят");

    h.get_by_label("Метрика").click();
    h.run_ok();
    h.event(Event::Text("И будем измерять долю покупок".into()));
    h.run_ok();
    // Enter ends a one-paragraph field.
    h.key_press(Key::Enter);
    h.run_ok();
    assert_eq!(only_card(&h).metric, "И будем измерять долю покупок");
    assert_eq!(undo_steps(&h), 1);

    h.get_by_label("Выводы").click();
    h.run_ok();
    for part in ["Мы наблюдали мало покупок", "\n", "Поэтому мы сменим канал"]
    {
        if part == "\n" {
            h.key_press(Key::Enter);
        } else {
            h.event(Event::Text(part.into()));
        }
        h.run_ok();
    }
    // Leaving by a click elsewhere in the panel stores it too.
    click_label(&mut h, "Гипотезы версии «Кейс «Веселый войлок»»");
    assert_eq!(
        only_card(&h).learning,
        "Мы наблюдали мало покупок\nПоэтому мы сменим канал"
    );
    assert_eq!(undo_steps(&h), 2);

    click_label(&mut h, &format!("Отвязать заметку «{text}»"));
    assert!(only_card(&h).notes.is_empty());
    assert_eq!(undo_steps(&h), 3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_ok();
    assert_eq!(only_card(&h).notes, vec![note], "undo links it again");
    // A linked note's quote selects it on the canvas.
    assert!(h.state().canvas.selection.is_empty());
    click_label(&mut h, &format!("«{text}»"));
    assert_eq!(
        h.state()
            .canvas
            .selection
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        vec![note]
    );
}

#[test]
fn the_panel_speaks_english_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(
        Document::new_unsaved(model("blank-bmc")),
        dir.path(),
        Lang::En,
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    h.run_ok();
    click_label(&mut h, "+ Add hypothesis");
    assert!(
        h.query_by_label("Untested: 1 (not yet tested or being tested now)")
            .is_some()
    );
    assert!(h.query_by_label("Link selected notes").is_some());
    assert!(h.query_by_label("Hypothesis").is_some());
    assert!(h.query_by_label("Гипотеза").is_none());
}
