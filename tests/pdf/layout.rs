//! The layout of every page: text inside its box, notes inside their blocks, nothing
//! overlapping, nothing smaller than 6 pt on A3, the canvas a scaled copy of the screen.

use holst::export::{Mark, PageLayout, Paper, Part, PdfOptions, layout_pages, render_pdf};
use holst::geometry::{self, NOTE_FONT};
use holst::model::{Rect, VersionId};

use crate::support::{
    glyph_model, opts, overfull_model, rich_model, stress_model, template_models, write_pdf,
};

/// Every page: text inside its owner, notes inside their blocks, no overlaps, 6 pt on A3.
fn assert_clean(pages: &[PageLayout], paper: Paper, what: &str) {
    for (i, page) in pages.iter().enumerate() {
        let at = format!("{what} {paper:?} page {}", i + 1);
        let sheet = Rect::new(0.0, 0.0, page.width, page.height);
        for t in &page.texts {
            assert!(
                sheet.contains_rect(&t.ink_box(), 0.01),
                "{at}: «{}» off the page",
                t.text
            );
            if let Some(o) = t.owner {
                let owner = page.shapes[o].rect;
                assert!(
                    owner.contains_rect(&t.line_box(), 0.01),
                    "{at}: «{}» outside {:?}",
                    t.text,
                    page.shapes[o].part
                );
                assert!(
                    owner.contains_rect(&t.ink_box(), 0.01),
                    "{at}: glyphs of «{}» cut",
                    t.text
                );
            }
        }
        for (j, a) in page.texts.iter().enumerate() {
            for b in &page.texts[j + 1..] {
                assert!(
                    !a.line_box()
                        .shrink(0.05)
                        .overlaps(&b.line_box().shrink(0.05)),
                    "{at}: «{}» overlaps «{}»",
                    a.text,
                    b.text
                );
            }
        }
        let boxes: Vec<_> = page
            .shapes
            .iter()
            .filter(|s| {
                matches!(
                    s.part,
                    Part::Note(..) | Part::AppendixNote(..) | Part::Card(..)
                )
            })
            .collect();
        for (j, a) in boxes.iter().enumerate() {
            if let Part::Note(..) = a.part {
                let block = a
                    .parent
                    .map(|p| &page.shapes[p])
                    .expect("a note has a block");
                assert!(matches!(block.part, Part::Block(..)));
                assert!(
                    block.rect.contains_rect(&a.rect, 0.01),
                    "{at}: {:?} outside its block",
                    a.part
                );
            }
            for b in &boxes[j + 1..] {
                assert!(
                    !a.rect.shrink(0.01).overlaps(&b.rect.shrink(0.01)),
                    "{at}: {:?} overlaps {:?}",
                    a.part,
                    b.part
                );
            }
        }
        if paper == Paper::A3 {
            let small = page.smallest_text().unwrap_or(6.0);
            assert!(small >= 6.0 - 1e-3, "{at}: text of {small} pt");
        }
    }
}

#[test]
fn nothing_overlaps_or_is_cut_off_on_any_page() {
    let mut models = template_models();
    models.push(rich_model());
    models.push(overfull_model());
    models.push(stress_model());
    // Notes piled on one another and sticking out of their block.
    let mut messy = rich_model();
    for (i, n) in messy.versions[0].notes.iter_mut().enumerate() {
        n.x = 20.0 + (i % 3) as f32 * 30.0;
        n.y = 10.0 + (i % 4) as f32 * 25.0;
    }
    models.push(messy);
    models.push(glyph_model());
    for model in &models {
        for paper in Paper::ALL {
            let mut o = opts(paper);
            let last = model.versions.last().map_or(VersionId(1), |v| v.id);
            o.compare = Some((model.versions[0].id, last));
            let pages = layout_pages(model, &o).expect("layout");
            assert_clean(&pages, paper, &model.title);
        }
    }
}

#[test]
fn as_on_screen_a_tidy_canvas_prints_as_a_scaled_copy_of_the_screen() {
    let model = rich_model();
    let o = PdfOptions {
        as_on_screen: true,
        ..opts(Paper::A3)
    };
    let pages = layout_pages(&model, &o).expect("layout");
    let v = &model.versions[0];
    let page = &pages[0];
    let mut scale = None;
    for s in &page.shapes {
        let (Part::Note(_, id), Some(parent)) = (s.part, s.parent) else {
            continue;
        };
        let n = v.note(id).expect("note of version 1");
        let block = v.layout.block_rect(n.block).expect("block");
        let on_page = page.shapes[parent].rect;
        let k = on_page.w / block.w;
        assert!((on_page.h / block.h - k).abs() < 1e-3);
        assert!(
            (s.rect.x - on_page.x - n.x * k).abs() < 0.05
                && (s.rect.y - on_page.y - n.y * k).abs() < 0.05
        );
        assert!((s.rect.h - geometry::note_height(&n.text) * k).abs() < 0.05);
        assert!(
            scale.is_none_or(|old: f32| (old - k).abs() < 1e-4),
            "one scale for the page"
        );
        scale = Some(k);
    }
    let k = scale.expect("notes on the page");
    assert!(NOTE_FONT * k >= 6.0, "note text {} pt on A3", NOTE_FONT * k);
    let lines: Vec<_> = page
        .texts
        .iter()
        .filter(|t| (t.size - NOTE_FONT * k).abs() < 1e-4)
        .map(|t| t.text.as_str())
        .collect();
    for n in &v.notes {
        for l in geometry::note_lines(&n.text) {
            assert!(
                lines.contains(&l.as_str()),
                "screen line «{l}» not printed as one line"
            );
        }
    }
}

#[test]
fn compare_marks_are_drawn_around_their_notes() {
    let model = rich_model();
    let mut options = opts(Paper::A3);
    options.compare = Some((VersionId(1), VersionId(2)));
    let gone = model.versions[0].notes[0].id;
    let new = model.versions[1].notes[0].id;
    let moved = model.versions[1].notes[5].id;
    options.marks.insert((VersionId(1), gone), Mark::Removed);
    options.marks.insert((VersionId(2), new), Mark::Added);
    options.marks.insert((VersionId(2), moved), Mark::Moved);
    let pages = layout_pages(&model, &options).expect("layout");
    let compare = pages.last().expect("compare page");
    let marks: Vec<_> = compare
        .shapes
        .iter()
        .filter_map(|s| match s.part {
            Part::Mark(v, id, m) => Some((v, id, m, s.stroke.is_some_and(|st| st.dashed))),
            _ => None,
        })
        .collect();
    assert_eq!(
        marks,
        vec![
            (VersionId(1), gone, Mark::Removed, true),
            (VersionId(2), new, Mark::Added, false),
            (VersionId(2), moved, Mark::Moved, false),
        ]
    );
    // The key names the marks in use, and only those.
    let words: Vec<&str> = compare.texts.iter().map(|t| t.text.as_str()).collect();
    for (word, shown) in [
        ("удалена", true),
        ("добавлена", true),
        ("перемещена", true),
        ("изменена", false),
        ("другой цвет", false),
    ] {
        assert_eq!(words.contains(&word), shown, "{word} in the key: {words:?}");
    }
    assert_clean(&pages, Paper::A3, "marks");
    write_pdf(&model, &options);
}

#[test]
fn an_unknown_version_is_an_error_that_lists_the_versions() {
    let o = PdfOptions {
        versions: vec![VersionId(9)],
        ..opts(Paper::A3)
    };
    let err = render_pdf(&rich_model(), &o)
        .expect_err("no version 9")
        .to_string();
    assert!(
        err.contains("Гипотеза А") && err.contains("Гипотеза Б"),
        "{err}"
    );
}
