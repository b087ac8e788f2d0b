//! Screen and paper take the same design tokens: every note colour, every kind of
//! difference mark and every hypothesis status is drawn in the same colour by the editor
//! (`ui::theme`, `ui::compare`, `ui::cards`) and by the PDF (read from its page layout),
//! and notes have the same corner radius.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use eframe::egui::Color32;
use holst::diff::Kind;
use holst::export::{PageLayout, Part, PdfOptions, layout_pages};
use holst::geometry::NOTE_W;
use holst::model::{BlockId, Card, CardId, Colour, LayoutKind, Model, Note, NoteId, Status};
use holst::ui::canvas::NoteMark;
use holst::ui::{cards, compare, theme};

fn rgb(c: Color32) -> [u8; 3] {
    [c.r(), c.g(), c.b()]
}

/// A model whose first version has one note of each colour and one card of each status,
/// and a second version (a fork) for a compare page.
fn model() -> Model {
    let mut m = Model::new("Tokens", "A", LayoutKind::Bmc);
    let v = &mut m.versions[0];
    for (i, colour) in Colour::ALL.into_iter().enumerate() {
        v.notes.push(Note {
            id: NoteId(i as u64 + 1),
            block: BlockId::Channels,
            colour,
            // Two columns, inside the block: drawn where they are, at full size.
            x: 8.0 + 134.0 * (i % 2) as f32,
            y: 40.0 + 40.0 * (i / 2) as f32,
            text: colour.name().into(),
        });
    }
    for (i, status) in Status::ALL.into_iter().enumerate() {
        v.cards.push(Card {
            id: CardId(i as u64 + 1),
            hypothesis: format!("card {i}"),
            status,
            ..Card::default()
        });
    }
    let mut b = m.versions[0].clone();
    b.id = holst::model::VersionId(2);
    b.name = "B".into();
    b.cards.clear();
    m.versions.push(b);
    m
}

fn pages(m: &Model, marks: BTreeMap<(holst::model::VersionId, NoteId), Kind>) -> Vec<PageLayout> {
    let a = m.versions[0].id;
    let b = m.versions[1].id;
    let opts = PdfOptions {
        versions: vec![a],
        compare: Some((a, b)),
        marks,
        // A scaled copy of the screen, so a note's size on paper says the page's scale.
        as_on_screen: true,
        ..PdfOptions::default()
    };
    layout_pages(m, &opts).unwrap()
}

#[test]
fn notes_have_the_same_fill_outline_and_radius_on_screen_and_paper() {
    let m = model();
    let pages = pages(&m, BTreeMap::new());
    let notes = &m.versions[0].notes;
    let mut seen = 0;
    for s in &pages[0].shapes {
        let Part::Note(_, id) = s.part else {
            continue;
        };
        let colour = notes.iter().find(|n| n.id == id).unwrap().colour;
        assert_eq!(
            s.fill,
            Some(rgb(theme::note_fill(colour))),
            "{colour:?} fill"
        );
        assert_eq!(
            s.stroke.map(|st| st.rgb),
            Some(rgb(theme::note_border(colour).color)),
            "{colour:?} outline"
        );
        // Points per canvas unit on this page, from the note's width.
        let scale = s.rect.w / NOTE_W;
        assert!(
            (s.radius / scale - theme::NOTE_RADIUS).abs() < 1e-3,
            "paper radius {} canvas units, screen {}",
            s.radius / scale,
            theme::NOTE_RADIUS
        );
        seen += 1;
    }
    assert_eq!(seen, Colour::ALL.len(), "every colour was printed");
}

#[test]
fn every_kind_of_difference_has_the_same_outline_on_screen_and_paper() {
    let m = model();
    let kinds = [
        Kind::Added,
        Kind::Removed,
        Kind::Changed,
        Kind::Moved,
        Kind::Recoloured,
    ];
    let b = m.versions[1].id;
    let marks = kinds
        .iter()
        .enumerate()
        .map(|(i, k)| ((b, NoteId(i as u64 + 1)), *k))
        .collect();
    let pages = pages(&m, marks);
    let mut seen = Vec::new();
    for s in pages.iter().flat_map(|p| &p.shapes) {
        let Part::Mark(_, _, kind) = s.part else {
            continue;
        };
        let NoteMark::Outline { colour, dashed } = compare::mark_outline(kind) else {
            panic!("a difference is an outline");
        };
        let stroke = s.stroke.unwrap();
        assert_eq!(stroke.rgb, rgb(colour), "{kind:?} colour");
        assert_eq!(stroke.dashed, dashed, "{kind:?} dashed");
        seen.push(kind);
    }
    assert_eq!(seen, kinds, "every kind was printed once");
}

#[test]
fn every_hypothesis_status_has_the_same_colour_on_screen_and_paper() {
    let m = model();
    let pages = pages(&m, BTreeMap::new());
    let cards = &m.versions[0].cards;
    let mut seen = Vec::new();
    for page in &pages {
        for (i, s) in page.shapes.iter().enumerate() {
            let Part::Card(_, id) = s.part else {
                continue;
            };
            let status = cards.iter().find(|c| c.id == id).unwrap().status;
            let stripe = page
                .shapes
                .iter()
                .find(|d| d.parent == Some(i) && d.part == Part::Decoration)
                .and_then(|d| d.fill);
            assert_eq!(
                stripe,
                Some(rgb(cards::status_colour(status))),
                "{status:?}"
            );
            seen.push(status);
        }
    }
    assert_eq!(seen, Status::ALL, "every status was printed");
}
