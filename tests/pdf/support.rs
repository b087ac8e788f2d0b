//! Models to print, and poppler's tools to read the PDF back.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use holst::export::{self, Paper, PdfOptions};
use holst::geometry::{self, NOTE_FONT, NOTE_PAD, NOTE_W};
use holst::model::{
    BlockId, Card, CardId, Colour, LayoutKind, LegendEntry, Model, Note, NoteId, Status, Version,
    VersionId,
};
use holst::templates::TEMPLATES;

pub const WORDS: [&str; 12] = [
    "войлок",
    "ярмарка",
    "мастерская",
    "покупатель",
    "₽",
    "«экотовары»",
    "доставка",
    "сообщество",
    "Ёлочные",
    "игрушки",
    "партнёр",
    "грант",
];

pub fn note(id: u64, block: BlockId, colour: Colour, text: String) -> Note {
    Note {
        id: NoteId(id),
        block,
        colour,
        x: 0.0,
        y: 0.0,
        text,
    }
}

/// Two versions on both layouts, notes in every block, a legend, cards, a final mark.
pub fn rich_model() -> Model {
    let mut m = Model::new(
        "Весёлый войлок — тест печати",
        "Гипотеза А",
        LayoutKind::Social,
    );
    let mut v2 = Version::new(VersionId(2), "Гипотеза Б", LayoutKind::Bmc);
    let mut id = 0;
    for v in [&mut m.versions[0], &mut v2] {
        for (bi, block) in v.layout.blocks().enumerate().collect::<Vec<_>>() {
            for k in 0..=(bi % 3) {
                id += 1;
                let words: Vec<String> = (0..(2 + (bi + k) % 7))
                    .map(|w| format!("{}{}", WORDS[(w + bi) % WORDS.len()], id))
                    .collect();
                v.notes
                    .push(note(id, block, Colour::ALL[(bi + k) % 8], words.join(" ")));
            }
        }
        geometry::arrange_version(v);
    }
    // An empty block shows its key question.
    m.versions[0]
        .notes
        .retain(|n| n.block != BlockId::SocialImpact);
    m.versions[0].legend.push(LegendEntry {
        colour: Colour::Blue,
        meaning: "Сегмент: молодые мамы".into(),
    });
    let first = m.versions[0].notes[0].id;
    m.versions[0].cards.push(Card {
        id: CardId(1),
        hypothesis: "Мы считаем, что молодые мамы купят игрушки ручной работы".into(),
        test: "Чтобы проверить это, мы проведём ярмарку".into(),
        metric: "И будем измерять долю покупок".into(),
        criterion: "Мы правы, если купят 10% посетителей".into(),
        status: Status::Validated,
        learning: "Купили 14% посетителей".into(),
        notes: vec![first],
    });
    m.versions.push(v2);
    m.final_version = Some(VersionId(2));
    m
}

/// Hard cases for the page furniture: a title longer than a line, a legend of every
/// colour, line breaks and blank lines in notes, a word longer than a note line, and 25
/// cards, one taller than a whole column.
pub fn stress_model() -> Model {
    let title = "Очень длинное название модели, которое не помещается в одну строку заголовка \
                 страницы ни на A3, ни на A4, ни на Letter, и поэтому переносится по словам";
    let mut m = Model::new(
        title,
        "Версия с длинным названием и легендой",
        LayoutKind::Bmc,
    );
    let v = &mut m.versions[0];
    for (i, c) in Colour::ALL.into_iter().enumerate() {
        v.legend.push(LegendEntry {
            colour: c,
            meaning: format!("значение цвета {i}: покупатели из сегмента номер {i}"),
        });
    }
    let texts = [
        "Первая строка\n\nпосле пустой строки\nи ещё одна",
        "Сверхдлинноесловокотороененавмещаетсяводнустрокузаметкиникак и обычные слова",
        "Цена 1 500 ₽ — «выгодно» №1",
    ];
    for (i, t) in texts.iter().enumerate() {
        v.notes.push(note(
            500 + i as u64,
            BlockId::ValuePropositions,
            Colour::ALL[i],
            (*t).into(),
        ));
    }
    geometry::arrange_version(v);
    for i in 0..25u64 {
        let long = if i == 3 {
            400
        } else {
            1 + (i as usize % 5) * 6
        };
        v.cards.push(Card {
            id: CardId(i + 1),
            hypothesis: format!("Мы считаем, что гипотеза{i} верна для сегмента {i}"),
            test: "Чтобы проверить это, мы проведём интервью с покупателями".into(),
            metric: String::new(),
            criterion: "Мы правы, если 7 из 10 согласятся".into(),
            status: Status::ALL[i as usize % 4],
            learning: (0..long)
                .map(|w| format!("вывод{i}w{w}"))
                .collect::<Vec<_>>()
                .join(" "),
            notes: vec![NoteId(500)],
        });
    }
    m
}

/// One block with 40 long notes, far more than it holds.
pub fn overfull_model() -> Model {
    let mut m = Model::new("Переполненный холст", "Версия 1", LayoutKind::Social);
    let v = &mut m.versions[0];
    for i in 0..40 {
        let text: Vec<String> = (0..30)
            .map(|w| format!("{}{i}x{w}", WORDS[w % WORDS.len()]))
            .collect();
        v.notes.push(note(
            i + 1,
            BlockId::KeyPartners,
            Colour::Yellow,
            text.join(" "),
        ));
    }
    v.notes.push(note(
        100,
        BlockId::Channels,
        Colour::Pink,
        "Сайт и соцсети".into(),
    ));
    geometry::arrange_version(v);
    m
}

pub fn template_models() -> Vec<Model> {
    TEMPLATES
        .iter()
        .map(|t| {
            t.model()
                .unwrap_or_else(|e| panic!("template {}: {e}", t.id))
        })
        .collect()
}

pub fn opts(paper: Paper) -> PdfOptions {
    PdfOptions {
        paper,
        date: "01.02.2025".into(),
        ..PdfOptions::default()
    }
}

pub fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let mut cmd = Command::new(name);
    cmd.args(args).arg(file);
    if name == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{name} (Debian: poppler-utils) cannot run: {e}"));
    assert!(
        out.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Exports to a temporary file. With `HOLST_PDF_OUT=DIR` set, a copy goes to DIR too,
/// for looking at the pages (for instance with `pdftoppm -png`).
pub fn write_pdf(model: &Model, opts: &PdfOptions) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("out.pdf");
    export::export_pdf(model, opts, &path).expect("export");
    if let Some(keep) = std::env::var_os("HOLST_PDF_OUT") {
        let name: String = model
            .title
            .chars()
            .take(30)
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let compare = if opts.compare.is_some() {
            "-compare"
        } else {
            ""
        };
        let file = format!("{name}-{}{compare}.pdf", opts.paper.id());
        std::fs::copy(&path, Path::new(&keep).join(file)).expect("copy for viewing");
    }
    (dir, path)
}

/// Width and height of every page, from `pdfinfo`.
pub fn page_sizes(path: &Path) -> Vec<(f32, f32)> {
    tool("pdfinfo", &["-f", "1", "-l", "9999"], path)
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains(" size: "))
        .map(|l| {
            let nums: Vec<f32> = l
                .split_once(" size: ")
                .map(|(_, s)| s)
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|t| t.parse().ok())
                .collect();
            (nums[0], nums[1])
        })
        .collect()
}

/// Asserts every word of every note of the model is in the PDF's text (read with
/// `pdftotext -raw`, which keeps a hyphen at the end of a line): whole, or broken across
/// lines after a hyphen (one drawn at a syllable break, or the word's own).
pub fn assert_all_words(model: &Model, text: &str) {
    let joined = text.replace("-\n", "");
    let kept = text.replace("-\n", "-");
    let words: HashSet<&str> = text
        .split_whitespace()
        .chain(joined.split_whitespace())
        .chain(kept.split_whitespace())
        .collect();
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let line_w = NOTE_W - 2.0 * NOTE_PAD;
    for v in &model.versions {
        for n in &v.notes {
            for w in n.text.split_whitespace() {
                // Only a word longer than a whole line may be cut across lines.
                let overlong = geometry::regular().width(w, NOTE_FONT) > line_w;
                assert!(
                    words.contains(w) || (overlong && squeezed.contains(w)),
                    "«{w}» of note {} of «{}» is missing from the PDF text",
                    n.id.0,
                    v.name
                );
            }
        }
        for c in &v.cards {
            let fields = [&c.hypothesis, &c.test, &c.metric, &c.criterion, &c.learning];
            for w in fields.iter().flat_map(|f| f.split_whitespace()) {
                assert!(words.contains(w), "«{w}» of card {} is missing", c.id.0);
            }
        }
    }
}

/// The text of the note in [`glyph_model`] that mixes what Noto Sans has, what only the
/// fallback (DejaVu Sans) has, and what no shipped font has (中, 🚀).
pub const GLYPH_NOTE: &str = "★ → שלום 😀 中 цена ✓ 🚀";

/// Notes with characters Noto Sans lacks: stars, arrows, Hebrew, Arabic, an emoji DejaVu
/// Sans has, and CJK and emoji no shipped font has; a card and a title with some too.
pub fn glyph_model() -> Model {
    let mut m = Model::new("Символы ★ в PDF", "Версия ✓", LayoutKind::Bmc);
    let v = &mut m.versions[0];
    let texts = [
        GLYPH_NOTE,
        "Стрелки ← ↑ → ↓ ⇒ и звёзды ★★★★★★★★★★★★★★★★★★★★★★★★★★★★★★",
        "مرحبا بالعالم и עברית",
        "Обычная заметка без редких знаков",
        "日本語のテキスト",
    ];
    for (i, t) in texts.iter().enumerate() {
        v.notes.push(note(
            i as u64 + 1,
            BlockId::ALL[i % 5],
            Colour::ALL[i],
            (*t).into(),
        ));
    }
    geometry::arrange_version(v);
    v.cards.push(Card {
        id: CardId(1),
        hypothesis: "Мы считаем, что ✓ значок понятен".into(),
        test: "Проверим 🎉 на ярмарке".into(),
        status: Status::Testing,
        ..Card::default()
    });
    m
}
