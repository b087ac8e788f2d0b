//! The English window shows no Russian text except the user's own content: menus, panels,
//! the compare view, the block help, the context menu of a note and the dialogs are walked
//! in English, and every label and value of every widget is checked for Cyrillic letters.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use eframe::egui::{Key, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use holst::app::{Document, HolstApp, Modal, ScriptedDialogs};
use holst::model::{BlockId, Colour, Lang, LayoutKind, Model, Note, NoteId};
use holst::templates::TEMPLATES;

mod common;

/// A model whose own text (title, version names, notes) is English.
fn english_model() -> Model {
    let mut m = Model::new("Coffee shop", "First idea", LayoutKind::Bmc);
    m.versions[0].notes.push(Note {
        id: NoteId(1),
        block: BlockId::Channels,
        colour: Colour::Yellow,
        x: 8.0,
        y: 40.0,
        text: "Website".into(),
    });
    m
}

/// Texts the user or a template wrote, which may be Russian: template titles in the
/// gallery, and each language's own name in the View menu (Русский is how a Russian
/// speaker finds it in an English window).
fn allowed(text: &str) -> bool {
    text == "Русский"
        || TEMPLATES
            .iter()
            .any(|t| text.contains(t.title().as_str()) || t.title().contains(text))
}

/// Every text a widget shows (accessible labels and values) that has a Cyrillic letter.
fn russian_texts(h: &Harness<'_, HolstApp>) -> Vec<String> {
    let mut found = Vec::new();
    for node in h.query_all(By::new()) {
        let a = node.accesskit_node();
        for text in [a.label(), a.value()].into_iter().flatten() {
            let cyrillic = text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
            if cyrillic && !allowed(&text) {
                found.push(text.clone());
            }
        }
    }
    found
}

fn assert_english(h: &Harness<'_, HolstApp>, place: &str) {
    let found = russian_texts(h);
    assert!(found.is_empty(), "Russian text in {place}: {found:?}");
}

fn click(h: &mut Harness<'_, HolstApp>, label: &str) {
    h.get_by_label(label).click();
    h.run_ok();
}

fn open_menu(h: &mut Harness<'_, HolstApp>, menu: &str) {
    click(h, menu);
    assert_english(h, &format!("the {menu} menu"));
    h.key_press(Key::Escape);
    h.run_ok();
}

#[test]
fn the_english_window_shows_no_russian_text() {
    let mut h = common::harness_in(
        Document::new_unsaved(english_model()),
        None,
        ScriptedDialogs::default(),
        Lang::En,
    );
    assert_english(&h, "the window");
    for menu in ["File", "Edit", "View", "Version", "Help"] {
        open_menu(&mut h, menu);
    }

    // The help of a block: its title, key question and typology.
    let help = format!("About this block: {}", BlockId::Channels.title(Lang::En));
    click(&mut h, &help);
    assert_english(&h, "the block help");
    h.key_press(Key::Escape);
    h.run_ok();

    // The context menu of a note.
    let note = h.get_by_label("Website").rect().center();
    h.hover_at(note);
    h.step();
    for pressed in [true, false] {
        h.event(eframe::egui::Event::PointerButton {
            pos: note,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run_ok();
    assert_english(&h, "a note's context menu");
    h.key_press(Key::Escape);
    h.run_ok();

    // Panels: the legend and the hypothesis cards with one card.
    h.state_mut().show_legend = true;
    h.state_mut().show_cards = true;
    h.run_ok();
    click(&mut h, "+ Add hypothesis");
    assert_english(&h, "the legend and the cards panel");
    // The new card's hypothesis has the keyboard; leave it for the shortcuts below.
    h.key_press(Key::Escape);
    h.run_ok();

    // A second version, and the compare view.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run_ok();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run_ok();
    assert!(h.state().compare, "the compare view is open");
    assert_english(&h, "the compare view");

    // Dialogs: about, export, the template gallery, unsaved changes, an error.
    let dialogs = [
        Modal::About,
        Modal::Gallery,
        Modal::Recovery(Vec::new()),
        Modal::ConfirmReload,
        Modal::Unsaved(holst::app::Pending::Close),
    ];
    for modal in dialogs {
        let name = format!("{modal:?}");
        h.state_mut().modal = Some(modal);
        h.run_ok();
        assert_english(&h, &name);
        h.state_mut().modal = None;
        h.run_ok();
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_ok();
    assert!(
        matches!(h.state().modal, Some(Modal::Export(_))),
        "Ctrl+P opens the export dialog"
    );
    assert_english(&h, "the export dialog");
    h.state_mut().modal = None;
    h.run_ok();

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(format_version: 1, title: \"x\", versions: [").unwrap();
    h.state_mut().open(&bad);
    h.run_ok();
    assert!(matches!(h.state().modal, Some(Modal::Error(_))));
    assert_english(&h, "the error of a file that cannot be read");
}
