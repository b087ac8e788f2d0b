//! The course's method in the PDF (issue 16): segment badges on tied notes and segments,
//! and the page of descriptions, social enterprise and segment profiles.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use std::collections::BTreeSet;

use holst::export::{PageKind, Paper, Part, layout_pages};
use holst::geometry::arrange_version;
use holst::method::labels;
use holst::model::{
    Attribute, BlockId, Colour, EnterpriseKind, Lang, LayoutKind, Loyalty, Model, NoteId,
    OperatingModel, Priority, SegmentKind, SegmentProfile,
};

use super::support::{note, opts, rich_model, tool, write_pdf};

const S1: u64 = 1;
const S2: u64 = 2;
const VALUE: u64 = 3;
const REVENUE: u64 = 4;
const CHANNEL: u64 = 5;

/// Two segments (S1 above S2), a value proposition tied to S2, revenue tied to both, an
/// untied channel.
fn tied_model() -> Model {
    let mut m = Model::new("Пекарня у метро", "Пример", LayoutKind::Bmc);
    let v = &mut m.versions[0];
    let text = |s: &str| s.to_owned();
    v.notes = vec![
        note(
            S1,
            BlockId::CustomerSegments,
            Colour::Yellow,
            text("студенты в перерыве"),
        ),
        note(
            S2,
            BlockId::CustomerSegments,
            Colour::Yellow,
            text("рабочие вечером"),
        ),
        note(
            VALUE,
            BlockId::ValuePropositions,
            Colour::Yellow,
            text("сытные пирожки"),
        ),
        note(
            REVENUE,
            BlockId::RevenueStreams,
            Colour::Yellow,
            text("продажа выпечки"),
        ),
        note(
            CHANNEL,
            BlockId::Channels,
            Colour::Yellow,
            text("рекламные щиты"),
        ),
    ];
    arrange_version(v);
    let y1 = v.note(NoteId(S1)).unwrap().y;
    let s2 = v.notes.iter_mut().find(|n| n.id == NoteId(S2)).unwrap();
    s2.y = y1 + 60.0;
    v.ties.insert(NoteId(VALUE), BTreeSet::from([NoteId(S2)]));
    v.ties
        .insert(NoteId(REVENUE), BTreeSet::from([NoteId(S1), NoteId(S2)]));
    m.validate().unwrap();
    m
}

/// The tied model with a profile on S1, a social enterprise and both descriptions.
fn described_model() -> Model {
    let mut m = tied_model();
    m.description = "Модель пекарни для курса".into();
    let v = &mut m.versions[0];
    v.description = "Версия с двумя сегментами".into();
    v.social.operating_model = Some(OperatingModel::Employment);
    v.social.kinds.insert(EnterpriseKind::Embedded);
    v.social.sells = "выпечку горожанам".into();
    v.social.impact = "работа для выпускников интерната".into();
    let mut p = SegmentProfile {
        kind: SegmentKind::Beneficiary,
        priority: Some(Priority::High),
        loyalty: Some(Loyalty::Strong),
        size: "около 2000 человек".into(),
        what: "горячие пирожки".into(),
        ..SegmentProfile::default()
    };
    p.set_attribute(Attribute::Age, Some("18–23 года".into()));
    v.profiles.insert(NoteId(S1), p);
    m.validate().unwrap();
    m
}

/// The badges of the canvas page: (note, number) for every badge disc.
fn badges(m: &Model) -> Vec<(u64, u16)> {
    let pages = layout_pages(m, &opts(Paper::A4)).unwrap();
    let canvas = &pages[0];
    let mut out = Vec::new();
    for (i, s) in canvas.shapes.iter().enumerate() {
        let Part::SegmentMark(_, id, n) = s.part else {
            continue;
        };
        // The disc lies inside its note, and holds its number as text.
        let note = canvas
            .shapes
            .iter()
            .find(|o| o.part == Part::Note(m.versions[0].id, id))
            .expect("the badge's note is drawn");
        assert!(
            s.rect.x >= note.rect.x
                && s.rect.y >= note.rect.y
                && s.rect.right() <= note.rect.right() + 0.01
                && s.rect.y < note.rect.bottom(),
            "badge {n} of note {} lies on it",
            id.0
        );
        // No line of the note's text runs under the badge.
        let owner = canvas.shapes.iter().position(|o| o == note).unwrap();
        for t in canvas.texts.iter().filter(|t| t.owner == Some(owner)) {
            let ink = t.ink_box();
            let apart =
                ink.right() <= s.rect.x || ink.bottom() <= s.rect.y || ink.y >= s.rect.bottom();
            assert!(apart, "badge {n} covers «{}»", t.text);
        }
        let label: Vec<&str> = canvas
            .texts
            .iter()
            .filter(|t| t.owner == Some(i))
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(label, [n.to_string()], "badge text is its number");
        out.push((id.0, n));
    }
    out.sort_unstable();
    out
}

#[test]
fn tied_notes_and_segments_carry_numbered_badges_on_the_canvas_page() {
    let m = tied_model();
    assert_eq!(
        badges(&m),
        [(S1, 1), (S2, 2), (VALUE, 2), (REVENUE, 1), (REVENUE, 2)],
        "segments numbered in reading order; each tied note shows the segments it serves"
    );
    // Without ties there are no badges (as on screen).
    let mut untied = m.clone();
    untied.versions[0].ties.clear();
    assert!(badges(&untied).is_empty());
    // Moving S2 above S1 renumbers them.
    let mut moved = m.clone();
    let v = &mut moved.versions[0];
    let y1 = v.note(NoteId(S1)).unwrap().y;
    v.notes.iter_mut().find(|n| n.id == NoteId(S2)).unwrap().y = y1 - 60.0;
    assert_eq!(
        badges(&moved),
        [(S1, 2), (S2, 1), (VALUE, 1), (REVENUE, 1), (REVENUE, 2)]
    );
}

#[test]
fn a_badge_never_hides_the_text_of_a_full_last_line() {
    // Some count of one-letter words fills the note's last line to its right edge.
    let mut reached = 0;
    for words in 1..80 {
        let mut m = tied_model();
        let v = &mut m.versions[0];
        v.notes
            .iter_mut()
            .find(|n| n.id == NoteId(VALUE))
            .unwrap()
            .text = vec!["ж"; words].join(" ");
        let pages = layout_pages(&m, &opts(Paper::A4)).unwrap();
        let canvas = &pages[0];
        let note = canvas
            .shapes
            .iter()
            .position(|s| s.part == Part::Note(m.versions[0].id, NoteId(VALUE)))
            .unwrap();
        let badge = canvas
            .shapes
            .iter()
            .find(|s| matches!(s.part, Part::SegmentMark(_, id, _) if id == NoteId(VALUE)))
            .unwrap();
        let last = canvas
            .texts
            .iter()
            .rfind(|t| t.owner == Some(note))
            .unwrap()
            .ink_box();
        if last.right() > badge.rect.x {
            reached += 1;
            assert!(
                badge.rect.y >= last.bottom(),
                "{words} words: the badge sits below the last line's ink"
            );
        }
        // And it stays on its note, every line of which it leaves readable.
        badges(&m);
    }
    assert!(reached > 0, "some last line reached the badge's strip");
}

#[test]
fn the_method_page_prints_descriptions_social_enterprise_and_profiles() {
    let m = described_model();
    let o = opts(Paper::A4);
    let pages = layout_pages(&m, &o).unwrap();
    let kinds: Vec<PageKind> = pages.iter().map(|p| p.kind).collect();
    let v = m.versions[0].id;
    assert_eq!(kinds, [PageKind::Canvas(v), PageKind::Method(v)]);
    let (_dir, path) = write_pdf(&m, &o);
    let text = tool("pdftotext", &["-raw", "-enc", "UTF-8", "-f", "2"], &path);
    let lang = Lang::Ru;
    let expected = [
        "Модель пекарни для курса",
        "Версия с двумя сегментами",
        "3) модель занятости",
        labels::enterprise_kind(EnterpriseKind::Embedded, lang),
        "выпечку горожанам",
        "работа для выпускников интерната",
        "Сегмент 1: студенты в перерыве",
        labels::segment_kind(SegmentKind::Beneficiary, lang),
        labels::priority(Priority::High, lang),
        labels::loyalty(Loyalty::Strong, lang),
        "около 2000 человек",
        "горячие пирожки",
        "Возраст: 18–23 года",
        "— продажа выпечки",
    ];
    for e in expected {
        assert!(!e.is_empty());
        assert!(text.contains(e), "page 2 lacks «{e}»:\n{text}");
    }
    // S2 has no profile: no box of its own; the untied channel is listed nowhere.
    assert!(!text.contains("Сегмент 2"), "{text}");
    assert!(!text.contains("рекламные щиты"), "{text}");
}

#[test]
fn the_method_page_follows_the_language_and_appears_only_when_there_is_something_to_print() {
    let m = described_model();
    let en = holst::export::PdfOptions {
        lang: Lang::En,
        ..opts(Paper::A4)
    };
    let (_dir, path) = write_pdf(&m, &en);
    let text = tool("pdftotext", &["-raw", "-enc", "UTF-8", "-f", "2"], &path);
    assert!(text.contains("Segment 1: студенты в перерыве"), "{text}");
    assert!(
        text.contains(labels::operating_model(
            OperatingModel::Employment,
            Lang::En
        )),
        "{text}"
    );
    // Ties alone, or nothing at all: no method page.
    for m in [tied_model(), rich_model()] {
        let pages = layout_pages(&m, &opts(Paper::A4)).unwrap();
        assert!(
            !pages.iter().any(|p| matches!(p.kind, PageKind::Method(_))),
            "{}",
            m.title
        );
    }
    // A model description alone gets the page, once, with the first version printed.
    let mut two = rich_model();
    two.description = "Только описание модели".into();
    let pages = layout_pages(&two, &opts(Paper::A4)).unwrap();
    let method: Vec<PageKind> = pages
        .iter()
        .map(|p| p.kind)
        .filter(|k| matches!(k, PageKind::Method(_)))
        .collect();
    assert_eq!(method, [PageKind::Method(two.versions[0].id)]);
}
