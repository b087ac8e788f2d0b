//! Comparing versions: a fork keeps ids and its diff after scripted edits gives exactly
//! those edits; independently written versions are matched by text; `holst versions` and
//! `holst diff` end to end.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};

use holst::diff::{Change, Kind, Mark, diff, normalise};
use holst::model::{BlockId, Colour, Model, Note, NoteId, Version, VersionId};
use holst::ops::{self, History, Op};
use holst::storage::{self, Format};
use holst::templates::Template;

/// What was done to the fork, to compare the diff against.
struct Edits {
    added: Note,
    removed: Note,
    /// The note before and after its text was changed.
    reworded: (Note, Note),
    /// The note before and after it went to another block.
    moved: (Note, Note),
    /// The note before and after its colour was changed.
    recoloured: (Note, Note),
}

fn template() -> Model {
    Template::find("vesely-voylok")
        .expect("template exists")
        .model()
        .expect("template parses")
}

fn note_of(model: &Model, version: VersionId, id: NoteId) -> Note {
    model
        .version(version)
        .and_then(|v| v.note(id))
        .expect("note exists")
        .clone()
}

/// Forks the first version of `model` and edits the fork through ops and undo history:
/// one note added, one deleted, one reworded, one moved to another block, one
/// recoloured, one shifted inside its block. Returns the fork's id and the edits.
fn fork_and_edit(model: &mut Model) -> (VersionId, Edits) {
    let mut history = History::new();
    let source = model.versions[0].id;
    let fork = ops::fork_version(model, source, "Гипотеза Б").expect("fork op");
    history.apply(model, &fork).expect("fork applies");
    let fork_id = model.versions[1].id;
    let notes = model.versions[1].notes.clone();
    let distinct: HashSet<String> = notes.iter().map(|n| normalise(&n.text)).collect();
    assert!(notes.len() >= 6 && distinct.len() == notes.len());
    let (rm, rw, mv, rc, shift) = (&notes[0], &notes[1], &notes[2], &notes[3], &notes[4]);

    let add = ops::add_note(
        model,
        fork_id,
        BlockId::Channels,
        Colour::Green,
        "Продажи через\nмаркетплейс",
    )
    .expect("add op");
    let Op::AddNote { note: added, .. } = &add else {
        panic!("add_note gives an AddNote op, got {add:?}");
    };
    let added = added.clone();
    let layout = model.versions[1].layout;
    let target = layout
        .blocks()
        .find(|b| *b != mv.block)
        .expect("another block");
    let edits = [
        add.clone(),
        Op::RemoveNote {
            version: fork_id,
            note: rm.id,
        },
        Op::SetNoteText {
            version: fork_id,
            note: rw.id,
            text: format!("{} и соседних областей", rw.text),
        },
        Op::MoveNote {
            version: fork_id,
            note: mv.id,
            block: target,
            x: 12.0,
            y: 40.0,
        },
        Op::SetNoteColour {
            version: fork_id,
            note: rc.id,
            colour: if rc.colour == Colour::Pink {
                Colour::Blue
            } else {
                Colour::Pink
            },
        },
        Op::MoveNote {
            version: fork_id,
            note: shift.id,
            block: shift.block,
            x: shift.x + 30.0,
            y: shift.y + 5.0,
        },
    ];
    for op in &edits {
        history.apply(model, op).expect("edit applies");
    }
    let edits = Edits {
        added: note_of(model, fork_id, added.id),
        removed: rm.clone(),
        reworded: (rw.clone(), note_of(model, fork_id, rw.id)),
        moved: (mv.clone(), note_of(model, fork_id, mv.id)),
        recoloured: (rc.clone(), note_of(model, fork_id, rc.id)),
    };
    (fork_id, edits)
}

#[test]
fn a_fork_keeps_note_ids_and_has_no_differences() {
    let mut model = template();
    let source = model.versions[0].id;
    let op = ops::fork_version(&model, source, "Копия").expect("fork op");
    History::new().apply(&mut model, &op).expect("fork applies");
    let (a, b) = (&model.versions[0], &model.versions[1]);
    assert_ne!(a.id, b.id);
    assert_eq!(
        a.notes.iter().map(|n| n.id).collect::<Vec<_>>(),
        b.notes.iter().map(|n| n.id).collect::<Vec<_>>()
    );
    let d = diff(a, b);
    assert!(d.is_empty(), "{:?}", d.changes());
    assert!(d.ids_trusted());
}

#[test]
fn the_diff_of_an_edited_fork_gives_exactly_the_edits() {
    let mut model = template();
    let (fork_id, edits) = fork_and_edit(&mut model);
    let a = &model.versions[0];
    let b = model.version(fork_id).expect("fork");
    let d = diff(a, b);

    let expected = vec![
        Change::Added {
            note: edits.added.clone(),
        },
        Change::Removed {
            note: edits.removed.clone(),
        },
        Change::Changed {
            before: edits.reworded.0.clone(),
            after: edits.reworded.1.clone(),
        },
        Change::Moved {
            before: edits.moved.0.clone(),
            after: edits.moved.1.clone(),
        },
        Change::Recoloured {
            before: edits.recoloured.0.clone(),
            after: edits.recoloured.1.clone(),
        },
    ];
    let mut got = d.changes().to_vec();
    for change in &expected {
        let at = got
            .iter()
            .position(|c| c == change)
            .unwrap_or_else(|| panic!("missing {change:?} in {:?}", d.changes()));
        got.remove(at);
    }
    assert!(got.is_empty(), "unexpected changes: {got:?}");

    let c = d.counts();
    for kind in [
        Kind::Added,
        Kind::Removed,
        Kind::Changed,
        Kind::Moved,
        Kind::Recoloured,
    ] {
        assert_eq!(c.of(kind), 1, "{kind:?}");
    }
    // Removed notes come last; the others follow B's note order.
    assert_eq!(d.changes().last().map(Change::kind), Some(Kind::Removed));
    let b_order: Vec<NoteId> = d.changes()[..4].iter().map(|c| c.note().id).collect();
    let mut sorted = b_order.clone();
    sorted.sort_by_key(|id| b.notes.iter().position(|n| n.id == *id));
    assert_eq!(b_order, sorted);

    // Marks for the compare view.
    let mark = d
        .mark_b(edits.reworded.1.id)
        .expect("mark of the reworded note");
    assert_eq!(
        mark.other_text.as_deref(),
        Some(edits.reworded.0.text.as_str())
    );
    let mark = d.mark_b(edits.moved.1.id).expect("mark of the moved note");
    assert_eq!(mark.other_block, Some(edits.moved.0.block));
    assert!(d.mark_b(edits.added.id).is_some_and(Mark::is_added));
    assert!(d.mark_a(edits.removed.id).is_some_and(Mark::is_removed));
    let unchanged = b.notes.len() - 4;
    let marked_unchanged = b
        .notes
        .iter()
        .filter(|n| d.mark_b(n.id).is_some_and(Mark::is_unchanged))
        .count();
    assert_eq!(marked_unchanged, unchanged);
}

fn import(md: &str) -> Version {
    let (model, warnings) = storage::parse(md, Format::Markdown).expect("Markdown parses");
    assert!(warnings.is_empty(), "{warnings:?}");
    model.versions[0].clone()
}

const FIRST: &str = "# Войлок\n\n## Версия 1\nlayout: bmc\n\n\
### Ключевые партнёры\n- Фабрики-поставщики\n- Местная администрация\n\n\
### Каналы\n- Ярмарки\n- Интернет-магазин\n- Сувенирные лавки\n\n\
### Потребительские сегменты\n- Туристы\n- Родители  маленьких детей\n";

/// The same canvas typed again: blocks and notes in another order, other case and spacing.
const RETYPED: &str = "# Войлок\n\n## Версия 2\nlayout: bmc\n\n\
### Потребительские сегменты\n- родители маленьких\n  детей\n- ТУРИСТЫ\n\n\
### Каналы\n- ярмарки\n- сувенирные лавки\n- интернет-магазин  \n\n\
### Ключевые партнёры\n- местная администрация\n- фабрики-поставщики\n";

#[test]
fn independently_imported_versions_in_another_order_have_no_differences() {
    let (a, b) = (import(FIRST), import(RETYPED));
    // Both imports number their notes from 1: the ids are shared but mean nothing.
    assert!(b.notes.iter().all(|n| a.note(n.id).is_some()));
    let d = diff(&a, &b);
    assert!(d.is_empty(), "{:?}", d.changes());
    // The texts contradict the ids, so the ids were not relied on.
    assert!(!d.ids_trusted());
}

#[test]
fn a_reworded_item_of_independent_versions_is_one_removed_and_one_added() {
    // The reworded item has id 3 in both imports, in the same block: only the refusal to
    // trust ids that contradict the texts keeps it from being paired as changed.
    let a = import(FIRST);
    let b = import(&RETYPED.replace("- ярмарки", "- ярмарки выходного дня"));
    let d = diff(&a, &b);
    let c = d.counts();
    assert_eq!(
        (c.added, c.removed, c.total()),
        (1, 1, 2),
        "{:?}",
        d.changes()
    );
    let texts: Vec<(Kind, &str)> = d
        .changes()
        .iter()
        .map(|c| (c.kind(), c.note().text.as_str()))
        .collect();
    assert_eq!(
        texts,
        vec![
            (Kind::Added, "ярмарки выходного дня"),
            (Kind::Removed, "Ярмарки")
        ]
    );
}

fn holst(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_holst"))
        // English messages, whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(args)
        .output()
        .expect("holst runs")
}

/// The lines a run printed; it must have gone through (`diff` exits 1 when the versions
/// differ, as diff(1) does).
fn stdout_lines(o: &Output) -> Vec<String> {
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn cli_lists_versions_and_their_differences() {
    let mut model = template();
    let (fork_id, e) = fork_and_edit(&mut model);
    History::new()
        .apply(
            &mut model,
            &Op::SetFinal {
                version: Some(fork_id),
            },
        )
        .expect("mark final");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("model.ron");
    storage::save(&model, &file).expect("save");
    let f = path(&file);

    let expected: Vec<String> = model
        .versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mark = if v.id == fork_id { "final" } else { "-" };
            format!(
                "{}\t{}\t{}\t{}\t{mark}",
                i + 1,
                v.name,
                v.layout.id(),
                v.notes.len()
            )
        })
        .collect();
    assert_eq!(stdout_lines(&holst(&["versions", f])), expected);

    let (a_name, b_name) = (&model.versions[0].name, &model.versions[1].name);
    let id = |b: BlockId| b.id();
    let expected = {
        let mut by_b_order: Vec<(NoteId, String)> = vec![
            (
                e.added.id,
                format!("+ [{}] Продажи через / маркетплейс", id(e.added.block)),
            ),
            (
                e.reworded.1.id,
                format!(
                    "~ [{}] {} → {}",
                    id(e.reworded.0.block),
                    e.reworded.0.text,
                    e.reworded.1.text
                ),
            ),
            (
                e.moved.1.id,
                format!(
                    "> [{} → {}] {}",
                    id(e.moved.0.block),
                    id(e.moved.1.block),
                    e.moved.1.text
                ),
            ),
        ];
        let fork = model.version(fork_id).expect("fork");
        by_b_order.sort_by_key(|(note, _)| fork.notes.iter().position(|n| n.id == *note));
        let mut lines: Vec<String> = by_b_order.into_iter().map(|(_, l)| l).collect();
        lines.push(format!("- [{}] {}", id(e.removed.block), e.removed.text));
        lines
    };
    let differ = holst(&["diff", f, "1", "2"]);
    assert_eq!(
        differ.status.code(),
        Some(1),
        "they differ: exit 1, as diff(1)"
    );
    assert_eq!(stdout_lines(&differ), expected);
    let forced = holst(&["diff", f, "1", "2", "--exit-zero"]);
    assert_eq!(forced.status.code(), Some(0));
    assert_eq!(stdout_lines(&forced), expected);
    // By name, in any case, and the summary on stderr.
    let named = holst(&["diff", f, a_name, &b_name.to_uppercase()]);
    assert_eq!(stdout_lines(&named), expected);
    let summary = String::from_utf8_lossy(&named.stderr);
    assert!(summary.contains("1 added") && summary.contains("1 recoloured"));
    // A version compared with itself: nothing, exit 0.
    let same = holst(&["diff", f, "2", "2"]);
    assert_eq!(same.status.code(), Some(0));
    assert!(stdout_lines(&same).is_empty());

    // The same model as Markdown: the notes' comments keep the ids a fork shares, so the
    // reworded note is still one change (issue 15), and the diff is the same as of the RON.
    let md = dir.path().join("model.md");
    storage::save(&model, &md).expect("save md");
    assert_eq!(
        stdout_lines(&holst(&["versions", path(&md)])),
        stdout_lines(&holst(&["versions", f]))
    );
    assert_eq!(
        stdout_lines(&holst(&["diff", path(&md), "1", "2"])),
        expected
    );
    bare_markdown_matches_by_text(dir.path(), &md, &expected, &e);
}

/// Without the Holst comments (a tool that dropped them), notes are matched by text: the
/// reworded note becomes one removed and one added; the rest is as `expected`.
fn bare_markdown_matches_by_text(dir: &Path, md: &Path, expected: &[String], e: &Edits) {
    let id = |b: BlockId| b.id();
    let text = std::fs::read_to_string(md).unwrap();
    let bare: String = text
        .lines()
        .map(|l| l.split(" <!-- holst").next().unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    let bare_md = dir.join("bare.md");
    std::fs::write(&bare_md, bare).unwrap();
    let mut md_lines = stdout_lines(&holst(&["diff", path(&bare_md), "1", "2"]));
    md_lines.sort();
    let mut want: Vec<String> = expected
        .iter()
        .filter(|l| !l.starts_with('~'))
        .cloned()
        .collect();
    want.push(format!(
        "+ [{}] {}",
        id(e.reworded.1.block),
        e.reworded.1.text
    ));
    want.push(format!(
        "- [{}] {}",
        id(e.reworded.0.block),
        e.reworded.0.text
    ));
    want.sort();
    assert_eq!(md_lines, want);
}

#[test]
fn cli_reports_an_unknown_version_and_wrong_usage() {
    let mut model = template();
    fork_and_edit(&mut model);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("model.ron");
    storage::save(&model, &file).expect("save");
    let f = path(&file);

    // Trouble exits 2, as diff(1) has it (1 means "they differ").
    let bad = holst(&["diff", f, "1", "Нет такой"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("Нет такой"), "{err}");
    for v in &model.versions {
        assert!(err.contains(&v.name), "{err}");
    }
    assert_eq!(holst(&["diff", f, "0", "1"]).status.code(), Some(2));
    assert_eq!(holst(&["diff", f, "3", "1"]).status.code(), Some(2));
    let missing_model = dir.path().join("none.ron");
    assert_eq!(
        holst(&["diff", path(&missing_model), "1", "2"])
            .status
            .code(),
        Some(2)
    );

    let missing = dir.path().join("missing.ron");
    assert_eq!(holst(&["versions", path(&missing)]).status.code(), Some(1));

    for usage in [
        &["diff", f, "1"][..],
        &["diff", f, "1", "2", "3"],
        &["versions"],
        &["versions", f, "--bogus"],
    ] {
        let o = holst(usage);
        assert_eq!(o.status.code(), Some(2), "{usage:?}");
        assert!(o.stdout.is_empty(), "{usage:?}");
    }
}
