//! Issue 14 on paper: words are broken only with a hyphen, and the shipped cases print
//! with note text large enough to read at arm's length. Everything is read back from the
//! PDF (`pdftotext -raw` for the words, the text size from `pdftotext -bbox`).

use std::collections::HashSet;
use std::path::Path;

use holst::export::{Paper, PdfOptions, layout_pages};
use holst::model::{BlockId, Colour, LayoutKind, Model};

use crate::support::{note, opts, overfull_model, template_models, tool, write_pdf};

/// Notes of words longer than any note line: Russian and English words with syllable
/// breaks, a word with its own hyphen, and words no rules break (capitals, digits).
fn long_word_model() -> Model {
    let mut m = Model::new("Длинные слова", "Версия", LayoutKind::Bmc);
    let texts = [
        "сельскохозяйственные предприятия и Микрокредитование",
        "поддержка предпринимательской деятельности",
        "internationalization of microfinancing institutions",
        "фабрики-поставщики высококачественного сырья",
        "ЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩ и 1234567890123456789012345678901234567890",
        "человеконенавистничество достопримечательность",
        "электрооборудование и радиоэлектроника",
    ];
    let v = &mut m.versions[0];
    for (i, t) in texts.iter().enumerate() {
        v.notes.push(note(
            i as u64 + 1,
            BlockId::ALL[i % 3],
            Colour::ALL[i % 8],
            (*t).into(),
        ));
    }
    holst::geometry::arrange_version(v);
    m
}

/// The shipped cases: the templates that have notes.
fn cases() -> Vec<Model> {
    template_models()
        .into_iter()
        .filter(|m| m.note_count() > 0)
        .collect()
}

/// Asserts every word of every note is in `text` (from `pdftotext -raw`) whole, or broken
/// across lines only with a hyphen at the end of the line: a syllable break (the hyphen
/// joined away) or after a hyphen the word has (kept).
pub fn assert_broken_only_with_hyphens(model: &Model, text: &str, what: &str) {
    let joined = text.replace("-\n", "");
    let kept = text.replace("-\n", "-");
    let words: HashSet<&str> = text
        .split_whitespace()
        .chain(joined.split_whitespace())
        .chain(kept.split_whitespace())
        .collect();
    let mut checked = 0;
    for v in &model.versions {
        for n in &v.notes {
            for w in n.text.split_whitespace() {
                assert!(
                    words.contains(w),
                    "{what}: «{w}» of note {} is missing or broken without a hyphen",
                    n.id.0
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0);
}

#[test]
fn no_word_is_broken_without_a_hyphen_on_the_canvas_or_in_the_appendix() {
    let mut models = cases();
    assert_eq!(models.len(), 2, "two shipped cases");
    models.push(long_word_model());
    models.push(overfull_model());
    for model in &models {
        for paper in [Paper::A4, Paper::A3] {
            for as_on_screen in [false, true] {
                let o = PdfOptions {
                    as_on_screen,
                    ..opts(paper)
                };
                let (_dir, path) = write_pdf(model, &o);
                let text = tool("pdftotext", &["-raw", "-enc", "UTF-8"], &path);
                let what = format!(
                    "«{}» on {paper:?}, as on screen {as_on_screen}",
                    model.title
                );
                assert_broken_only_with_hyphens(model, &text, &what);
            }
        }
    }
    // The long words really are broken, with a hyphen drawn at the break.
    let (_dir, path) = write_pdf(&long_word_model(), &opts(Paper::A4));
    let text = tool("pdftotext", &["-raw", "-enc", "UTF-8"], &path);
    assert!(text.contains("-\n"), "no hyphenated break:\n{text}");
}

/// A word of the PDF with its box, from `pdftotext -bbox`.
struct Word {
    text: String,
    height: f32,
}

/// The words of page `page` (1-based) with their boxes.
fn words_on_page(path: &Path, page: usize) -> Vec<Word> {
    let p = page.to_string();
    let html = tool("pdftotext", &["-bbox", "-f", &p, "-l", &p], path);
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word "))
        .filter_map(|l| {
            let num = |key: &str| -> Option<f32> {
                let start = l.find(&format!("{key}=\""))? + key.len() + 2;
                l[start..].split('"').next()?.parse().ok()
            };
            let text = l.split('>').nth(1)?.split('<').next()?.to_owned();
            Some(Word {
                text,
                height: num("yMax")? - num("yMin")?,
            })
        })
        .collect()
}

/// Height of a word's box per point of text size, for the shipped font: measured on a
/// page whose note text size the layout states (a model of one short note).
fn box_per_point() -> f32 {
    let mut m = Model::new("Калибровка", "Версия", LayoutKind::Bmc);
    m.versions[0].notes.push(note(
        1,
        BlockId::KeyPartners,
        Colour::Yellow,
        "калибровочноеслово".into(),
    ));
    let o = opts(Paper::A3);
    let pages = layout_pages(&m, &o).expect("layout");
    let size = pages[0]
        .texts
        .iter()
        .find(|t| t.text.contains("калибровочно"))
        .map(|t| t.size)
        .expect("the note's text on the page");
    let (_dir, path) = write_pdf(&m, &o);
    let words = words_on_page(&path, 1);
    let w = words
        .iter()
        .find(|w| w.text.contains("калибровочно"))
        .expect("the word in the PDF");
    w.height / size
}

/// The smallest text size of the notes' words on the canvas page, in points.
fn smallest_note_text(model: &Model, paper: Paper, as_on_screen: bool) -> f32 {
    let o = PdfOptions {
        as_on_screen,
        ..opts(paper)
    };
    let (_dir, path) = write_pdf(model, &o);
    let words = words_on_page(&path, 1);
    let note_words: HashSet<&str> = model.versions[0]
        .notes
        .iter()
        .flat_map(|n| n.text.split_whitespace())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let k = box_per_point();
    let sizes: Vec<f32> = words
        .iter()
        .filter(|w| note_words.contains(w.text.as_str()))
        .map(|w| w.height / k)
        .collect();
    assert!(sizes.len() > 10, "«{}»: note words on page 1", model.title);
    sizes.into_iter().fold(f32::INFINITY, f32::min)
}

#[test]
fn the_shipped_cases_print_note_text_large_enough_to_read() {
    for model in cases() {
        let a4 = smallest_note_text(&model, Paper::A4, false);
        let a3 = smallest_note_text(&model, Paper::A3, false);
        eprintln!(
            "«{}»: note text {a4:.2} pt on A4, {a3:.2} pt on A3",
            model.title
        );
        assert!(a4 >= 8.0 - 0.05, "«{}»: {a4} pt on A4", model.title);
        assert!(a3 >= 10.0 - 0.05, "«{}»: {a3} pt on A3", model.title);
        // "As on screen" keeps the canvas a scaled copy of the screen: smaller text.
        let screen = smallest_note_text(&model, Paper::A4, true);
        assert!(screen < a4, "«{}»: as on screen {screen} pt", model.title);
    }
}
