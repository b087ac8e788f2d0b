//! PDF export read back with poppler (`pdftotext`, `pdfinfo`, `pdffonts`; Debian package
//! `poppler-utils`), and the page layout checked for overlaps and cut-off text.

mod cli;
mod fit;
mod glyphs;
mod images;
mod layout;
mod method;
mod support;

use std::collections::HashSet;

use holst::export::{PageKind, Paper, Part, PdfOptions, layout_pages};
use holst::model::{BlockId, VersionId};
use support::{
    assert_all_words, opts, overfull_model, page_sizes, rich_model, stress_model, template_models,
    tool, write_pdf,
};

#[test]
fn every_word_of_every_note_is_real_text_in_the_pdf() {
    let mut models = template_models();
    models.push(rich_model());
    models.push(overfull_model());
    models.push(stress_model());
    for model in &models {
        let (_dir, path) = write_pdf(model, &opts(Paper::A3));
        let text = tool("pdftotext", &["-raw", "-enc", "UTF-8"], &path);
        assert_all_words(model, &format!("{text}\n"));
        assert!(
            text.contains(
                &model
                    .title
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            )
        );
        assert!(text.contains("Strategyzer"), "footer credit missing");
    }
}

#[test]
fn pages_have_the_paper_size_and_count_of_the_layout() {
    let model = rich_model();
    for paper in Paper::ALL {
        let mut o = opts(paper);
        o.compare = Some((VersionId(1), VersionId(2)));
        let layout = layout_pages(&model, &o).expect("layout");
        // Canvas 1, its cards, canvas 2, the compare page.
        let kinds: Vec<PageKind> = layout.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                PageKind::Canvas(VersionId(1)),
                PageKind::Cards(VersionId(1)),
                PageKind::Canvas(VersionId(2)),
                PageKind::Compare(VersionId(1), VersionId(2)),
            ]
        );
        let (_dir, path) = write_pdf(&model, &o);
        let sizes = page_sizes(&path);
        assert_eq!(sizes.len(), layout.len());
        let (w, h) = paper.size_pt();
        for (i, (pw, ph)) in sizes.iter().enumerate() {
            let (ew, eh) = if i == 3 { (h, w) } else { (w, h) };
            assert!(
                (pw - ew).abs() < 0.5 && (ph - eh).abs() < 0.5,
                "{paper:?} page {}: {pw}x{ph}",
                i + 1
            );
        }
    }
    let (_dir, path) = write_pdf(
        &model,
        &PdfOptions {
            versions: vec![VersionId(2)],
            ..opts(Paper::A4)
        },
    );
    assert_eq!(page_sizes(&path).len(), 1);
}

#[test]
fn the_font_is_embedded_as_a_subset_with_unicode_and_cyrillic_copies_back() {
    let (_dir, path) = write_pdf(&rich_model(), &opts(Paper::A3));
    let fonts = tool("pdffonts", &[], &path);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "regular and bold expected:\n{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert!(cols[0].contains("NotoSans"), "{row}");
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            ["yes", "yes", "yes"],
            "emb sub uni: {row}"
        );
    }
    let text = tool("pdftotext", &["-enc", "UTF-8"], &path);
    for s in [
        "Ключевые партнёры",
        "Весёлый войлок",
        "итоговая",
        "01.02.2025",
        "Гипотеза",
        "Выводы",
        "подтверждена",
        "Сегмент: молодые мамы",
        "Какие социальные изменения",
    ] {
        assert!(text.contains(s), "«{s}» not in the text:\n{text}");
    }
}

#[test]
fn an_overfull_block_continues_in_an_appendix_with_every_word() {
    let model = overfull_model();
    for paper in Paper::ALL {
        let layout = layout_pages(&model, &opts(paper)).expect("layout");
        assert!(
            layout.len() >= 2 && layout[1].kind == PageKind::Appendix,
            "{paper:?}"
        );
        let shown = layout[0]
            .shapes
            .iter()
            .filter(|s| matches!(s.part, Part::Note(..)))
            .count();
        assert!(
            shown > 1 && shown < 41,
            "{paper:?}: {shown} notes on the canvas"
        );
        let in_appendix: HashSet<u64> = layout[1..]
            .iter()
            .flat_map(|p| &p.shapes)
            .filter_map(|s| match s.part {
                Part::AppendixNote(_, id) => Some(id.0),
                _ => None,
            })
            .collect();
        assert_eq!(in_appendix, (1..=40).collect(), "{paper:?}");
    }
    let (_dir, path) = write_pdf(&model, &opts(Paper::A3));
    let first = tool("pdftotext", &["-enc", "UTF-8", "-f", "1", "-l", "1"], &path);
    assert!(
        first.contains("Продолжение") && first.contains("странице 2"),
        "{first}"
    );
    let rest = tool("pdftotext", &["-raw", "-enc", "UTF-8", "-f", "2"], &path);
    let mut only_block = model.clone();
    only_block.versions[0]
        .notes
        .retain(|n| n.block == BlockId::KeyPartners);
    assert_all_words(&only_block, &rest);
}

#[test]
fn qpdf_finds_no_structural_errors() {
    let mut compare = opts(Paper::A3);
    compare.compare = Some((VersionId(1), VersionId(2)));
    for (model, o) in [
        (rich_model(), compare),
        (overfull_model(), opts(Paper::A4)),
        (stress_model(), opts(Paper::Letter)),
    ] {
        let (_dir, path) = write_pdf(&model, &o);
        let out = std::process::Command::new("qpdf")
            .arg("--check")
            .arg(&path)
            .output()
            .expect("qpdf (Debian: qpdf) runs");
        assert!(
            out.status.success(),
            "qpdf --check on «{}»: {}{}",
            model.title,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
