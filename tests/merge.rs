//! `holst diff --format json` and `holst merge` end to end, on a fork edited by a script:
//! the JSON names each difference with its block, kind, note ids and texts; merging
//! chosen ids changes only those notes; a dry run writes nothing.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

use holst::diff::diff;
use holst::model::{BlockId, Colour, Model, NoteId, VersionId};
use holst::ops::{self, History, Op};
use holst::storage;
use holst::templates::Template;
use serde_json::Value;

/// The ids of the fork's edited notes.
struct Edited {
    added: NoteId,
    removed: NoteId,
    reworded: NoteId,
    moved: NoteId,
    recoloured: NoteId,
}

/// The «Весёлый войлок» template with a fork of its first version, edited through ops:
/// one note added, one removed, one reworded, one moved, one recoloured.
fn forked() -> (Model, Edited) {
    let mut model = Template::find("vesely-voylok").unwrap().model().unwrap();
    let mut h = History::new();
    let fork = ops::fork_version(&model, model.versions[0].id, "Б").unwrap();
    h.apply(&mut model, &fork).unwrap();
    let v: VersionId = model.versions[1].id;
    let notes = model.versions[1].notes.clone();
    let add = ops::add_note(&model, v, BlockId::Channels, Colour::Green, "Маркетплейс").unwrap();
    let Op::AddNote { note: added, .. } = &add else {
        panic!("{add:?}")
    };
    let added = added.id;
    let target = model.versions[1]
        .layout
        .blocks()
        .find(|b| *b != notes[2].block)
        .unwrap();
    let edits = [
        add.clone(),
        Op::RemoveNote {
            version: v,
            note: notes[0].id,
        },
        Op::SetNoteText {
            version: v,
            note: notes[1].id,
            text: "Совсем новый текст".into(),
        },
        Op::MoveNote {
            version: v,
            note: notes[2].id,
            block: target,
            x: 10.0,
            y: 40.0,
        },
        Op::SetNoteColour {
            version: v,
            note: notes[3].id,
            colour: if notes[3].colour == Colour::Pink {
                Colour::Blue
            } else {
                Colour::Pink
            },
        },
    ];
    for op in &edits {
        h.apply(&mut model, op).unwrap();
    }
    let edited = Edited {
        added,
        removed: notes[0].id,
        reworded: notes[1].id,
        moved: notes[2].id,
        recoloured: notes[3].id,
    };
    (model, edited)
}

/// Runs holst in English, with its folders (and the editor locks merge checks) under `dir`.
fn holst(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_holst"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_RUNTIME_DIR", dir.join("run"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(args)
        .output()
        .expect("holst runs")
}

fn saved(model: &Model) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.ron");
    storage::save(model, &file).unwrap();
    (dir, file)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn json_diff_names_each_difference_with_block_kind_ids_and_texts() {
    let (model, e) = forked();
    let (dir, file) = saved(&model);
    let holst = |args: &[&str]| holst(dir.path(), args);
    let out = holst(&["diff", s(&file), "1", "2", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "they differ");
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["a"]["index"], 1);
    assert_eq!(json["b"]["name"], "Б");
    let c = &json["counts"];
    for kind in ["added", "removed", "changed", "moved", "recoloured"] {
        assert_eq!(c[kind], 1, "{kind}");
    }
    assert_eq!(c["cards"], 0);
    let diffs = json["differences"].as_array().unwrap();
    assert_eq!(diffs.len(), 5);
    let find = |kind: &str| diffs.iter().find(|d| d["kind"] == kind).unwrap();
    let (a, b) = (&model.versions[0], &model.versions[1]);

    let added = find("added");
    assert!(added["a"].is_null());
    assert_eq!(added["b"]["id"], e.added.0);
    assert_eq!(added["b"]["text"], "Маркетплейс");
    assert_eq!(added["block"], "channels");

    let removed = find("removed");
    assert!(removed["b"].is_null());
    assert_eq!(removed["a"]["id"], e.removed.0);
    assert_eq!(
        removed["a"]["text"],
        a.note(e.removed).unwrap().text.as_str()
    );

    let changed = find("changed");
    assert_eq!(
        changed["a"]["text"],
        a.note(e.reworded).unwrap().text.as_str()
    );
    assert_eq!(changed["b"]["text"], "Совсем новый текст");
    assert_eq!(changed["a"]["id"], changed["b"]["id"]);

    let moved = find("moved");
    let (before, after) = (a.note(e.moved).unwrap(), b.note(e.moved).unwrap());
    assert_eq!(moved["a"]["block"], before.block.id());
    assert_eq!(moved["b"]["block"], after.block.id());
    assert_eq!(moved["block"], after.block.id(), "listed under B's block");

    let recoloured = find("recoloured");
    assert_eq!(recoloured["b"]["id"], e.recoloured.0);
    assert_ne!(recoloured["a"]["colour"], recoloured["b"]["colour"]);

    // A version with itself: an empty list, exit 0.
    let same = holst(&["diff", s(&file), "2", "2", "--format", "json"]);
    assert_eq!(same.status.code(), Some(0));
    let json: Value = serde_json::from_str(&stdout(&same)).unwrap();
    assert_eq!(json["differences"].as_array().unwrap().len(), 0);
}

#[test]
fn merge_of_selected_ids_takes_only_those_differences() {
    let (model, e) = forked();
    let (dir, file) = saved(&model);
    let holst = |args: &[&str]| holst(dir.path(), args);
    let (removed, reworded) = (e.removed.0.to_string(), e.reworded.0.to_string());
    // Into the fork, from the original: the removed note comes back, the reworded one
    // gets its old text; the rest stays as the fork has it.
    let out = holst(&[
        "merge",
        s(&file),
        "--from",
        "1",
        "--into",
        "2",
        "--only",
        &removed,
        &reworded,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert!(text.contains("add ["), "{text}");
    assert!(text.contains("reword ["), "{text}");
    assert!(text.contains("2 differences taken"), "{text}");
    let after = storage::load(&file).unwrap().model;
    let (a, b) = (&after.versions[0], &after.versions[1]);
    assert_eq!(a, &model.versions[0], "the source is untouched");
    assert_eq!(
        b.note(e.removed).map(|n| n.text.as_str()),
        a.note(e.removed).map(|n| n.text.as_str())
    );
    assert_eq!(
        b.note(e.reworded).unwrap().text,
        a.note(e.reworded).unwrap().text
    );
    let left = diff(a, b);
    let c = left.counts();
    assert_eq!(
        (c.added, c.removed, c.changed, c.moved, c.recoloured),
        (1, 0, 0, 1, 1),
        "the differences not chosen are still there"
    );

    // The rest, the other way: the original takes the fork's added note.
    let added = e.added.0.to_string();
    let out = holst(&[
        "merge",
        s(&file),
        "--from",
        "Б",
        "--into",
        "1",
        "--only",
        &added,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = storage::load(&file).unwrap().model;
    assert_eq!(after.versions[0].note(e.added).unwrap().text, "Маркетплейс");

    // An id no difference concerns: refused, nothing written.
    let before = std::fs::read(&file).unwrap();
    let out = holst(&[
        "merge",
        s(&file),
        "--from",
        "1",
        "--into",
        "2",
        "--only",
        "99999",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no difference"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let out = holst(&["merge", s(&file), "--from", "1", "--into", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn dry_run_prints_the_actions_and_writes_nothing_then_the_real_run_leaves_no_difference() {
    let (model, e) = forked();
    let (dir, file) = saved(&model);
    let holst = |args: &[&str]| holst(dir.path(), args);
    let before = std::fs::read(&file).unwrap();
    let out = holst(&["merge", s(&file), "--from", "1", "--into", "2", "--dry-run"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "five actions and a summary: {text}");
    for verb in ["add [", "remove [", "reword [", "move [", "recolour ["] {
        assert!(lines.iter().any(|l| l.starts_with(verb)), "{verb}: {text}");
    }
    assert!(lines[5].starts_with("dry run: 5 differences"), "{text}");
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing written");

    let out = holst(&["merge", s(&file), "--from", "1", "--into", "2"]);
    assert_eq!(out.status.code(), Some(0));
    let after = storage::load(&file).unwrap().model;
    assert!(diff(&after.versions[0], &after.versions[1]).is_empty());
    assert!(after.versions[1].note(e.added).is_none());
    // Nothing left: said so, and the file is not written again.
    let again = std::fs::read(&file).unwrap();
    let out = holst(&["merge", s(&file), "--from", "1", "--into", "2"]);
    assert!(
        stdout(&out).starts_with("nothing to take"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read(&file).unwrap(), again);
}
