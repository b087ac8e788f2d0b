//! Generated input for the Markdown tests: models that must round-trip, and text (random,
//! or random lines of the format) that must read without a panic.

use super::{assert_round_trip, read_clean, shape};
use holst::model::{
    BlockId, Card, CardId, Colour, LayoutKind, LegendEntry, Model, Note, NoteId, Status, Version,
    VersionId,
};
use holst::storage::markdown::{read, write};
use proptest::prelude::*;

/// The lines of a text: `\r\n`, `\n` and a lone `\r` each end one.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

/// What Markdown keeps of a text (see the module docs of `storage::markdown`).
fn canon(text: &str) -> String {
    let lines: Vec<&str> = lines_of(text)
        .map(|l| if l.trim().is_empty() { "" } else { l })
        .collect();
    lines.join("\n").trim().to_owned()
}

const PIECES: &[&str] = &[
    "Сайт",
    "ёлка",
    "a",
    "b",
    "{x}",
    "{color: pink}",
    "[x]",
    "[ ]",
    "- ",
    "* ",
    "1. ",
    "# ",
    "## h",
    "«",
    "»",
    ";",
    "test:",
    "notes:",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\n  ",
    " ",
    "—",
    "😀",
    "\\",
    "`",
    "[подтверждена]",
    "layout: bmc",
    "---",
    "\r",
    "\u{a0}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..10).prop_map(|p| canon(&p.concat()))
}

fn line_text() -> impl Strategy<Value = String> {
    text().prop_map(|t| t.replace('\n', " ").trim().to_owned())
}

fn colour() -> impl Strategy<Value = Colour> {
    prop::sample::select(Colour::ALL.to_vec())
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn card_strategy() -> impl Strategy<Value = (Card, Vec<usize>)> {
    (
        prop::collection::vec(text(), 5),
        status(),
        prop::collection::vec(any::<usize>(), 0..3),
    )
        .prop_map(|(f, status, links)| {
            let card = Card {
                hypothesis: f[0].clone(),
                test: f[1].clone(),
                metric: f[2].clone(),
                criterion: f[3].clone(),
                learning: f[4].clone(),
                status,
                ..Card::default()
            };
            (card, links)
        })
}

type VersionParts = (
    String,
    LayoutKind,
    Vec<(usize, Colour, String)>,
    Vec<(Colour, String)>,
    Vec<(Card, Vec<usize>)>,
);

fn version_strategy() -> impl Strategy<Value = VersionParts> {
    (
        line_text(),
        prop::sample::select(LayoutKind::ALL.to_vec()),
        prop::collection::vec((any::<usize>(), colour(), text()), 0..8),
        prop::collection::vec((colour(), text()), 0..3),
        prop::collection::vec(card_strategy(), 0..3),
    )
}

/// A link names a note by its text in «…», separated by `;`: a note saying `»;«` itself
/// cannot be named.
fn linkable(text: &str) -> bool {
    !text.replace(char::is_whitespace, "").contains("»;«")
}

fn model_strategy() -> impl Strategy<Value = Model> {
    (
        line_text(),
        prop::collection::vec(version_strategy(), 1..4),
        any::<Option<prop::sample::Index>>(),
    )
        .prop_map(|(title, versions, final_index)| {
            let mut model = Model::new(title, "", LayoutKind::Bmc);
            model.versions.clear();
            let (mut note_id, mut card_id) = (1, 1);
            for (i, (name, layout, notes, legend, cards)) in versions.into_iter().enumerate() {
                let mut v = Version::new(VersionId(i as u64 + 1), name, layout);
                let blocks: Vec<BlockId> = layout.blocks().collect();
                for (b, colour, text) in notes {
                    v.notes.push(Note {
                        id: NoteId(note_id),
                        block: blocks[b % blocks.len()],
                        colour,
                        x: 0.0,
                        y: 0.0,
                        text,
                    });
                    note_id += 1;
                }
                v.legend = legend
                    .into_iter()
                    .map(|(colour, meaning)| LegendEntry { colour, meaning })
                    .collect();
                let targets: Vec<NoteId> = v
                    .notes
                    .iter()
                    .filter(|n| linkable(&n.text))
                    .map(|n| n.id)
                    .collect();
                for (mut card, links) in cards {
                    card.id = CardId(card_id);
                    card_id += 1;
                    if !targets.is_empty() {
                        card.notes = links.iter().map(|l| targets[l % targets.len()]).collect();
                    }
                    v.cards.push(card);
                }
                model.versions.push(v);
            }
            model.final_version =
                final_index.map(|ix| model.versions[ix.index(model.versions.len())].id);
            model
        })
}

/// Lines of the format (and a few odd ones) that read without error on their own.
const LINE_PIECES: &[&str] = &[
    "# T",
    "#",
    "## V",
    "## Key Partners",
    "## Гипотезы",
    "### Каналы",
    "### Продукты",
    "### Легенда",
    "### Hypotheses",
    "#### sub",
    "- note",
    "* n",
    "1. n",
    "-",
    "- {color: pink} x",
    "- {цвет: синий",
    "- [подтверждена] h",
    "- [x] done",
    "- [ ]",
    "  test: t",
    "  вывод: v",
    "  notes: «note»; «x»",
    "  notes: n",
    "    deep",
    "\tTab",
    "  - nested",
    "",
    "   ",
    "layout: bmc",
    "layout: social",
    "final: yes",
    "---",
    "...",
    "text",
    "\u{feff}",
    "\r",
    "«",
    "»; «",
    "{",
    "}",
    "[",
    "]",
    ":",
    "ё",
    "😀",
];

/// Lines that are errors wherever they stand.
const BAD_LINES: &[&str] = &[
    "### Foo",
    "- {color: nope} x",
    "- [zzz] h",
    "layout: zz",
    "final: maybe",
];

fn assert_reads_sanely(text: &str) {
    let line_count = lines_of(text).count();
    match read(text) {
        Ok((model, warnings)) => {
            model.validate().unwrap();
            assert!(warnings.iter().all(|w| (1..=line_count).contains(&w.line)));
            let again = write(&model);
            let back = read_clean(&again);
            assert_eq!(shape(&back), shape(&model), "\n{again}");
        }
        Err(e) => {
            assert!((1..=line_count).contains(&e.line), "{e}");
            assert!(e.column >= 1);
        }
    }
}

proptest! {
    #[test]
    fn generated_models_round_trip(model in model_strategy()) {
        model.validate().unwrap();
        assert_round_trip(&model);
    }

    #[test]
    fn any_string_reads_without_panic(text in any::<String>()) {
        assert_reads_sanely(&text);
    }

    #[test]
    fn lines_of_the_format_read_without_panic(
        lines in prop::collection::vec(
            prop_oneof![
                19 => prop::sample::select(LINE_PIECES),
                1 => prop::sample::select(BAD_LINES),
            ],
            0..40,
        ),
        joins in prop::collection::vec(prop::sample::select(vec!["\n", "\r\n", " ", ""]), 40),
    ) {
        let mut text = String::new();
        for (line, join) in lines.iter().zip(&joins) {
            text.push_str(line);
            text.push_str(join);
        }
        assert_reads_sanely(&text);
    }
}
