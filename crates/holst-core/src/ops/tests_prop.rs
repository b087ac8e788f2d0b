//! Random sequences of edits, as the editor would make them: every step keeps the model
//! valid, a failed step changes nothing, undoing everything gives back the original model
//! exactly and redoing everything gives back the final one.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use proptest::prelude::*;

use super::fixture::sample;
use super::{
    History, Op, bring_to_front, change_layout, duplicate_notes, fork_version, new_card,
    paste_notes,
};
use crate::model::{BlockId, Colour, LayoutKind, Model, NoteId, Status, Version, VersionId};

/// An edit, naming versions, notes and cards by position so that most edits are valid.
#[derive(Debug, Clone)]
enum Action {
    AddNote {
        v: usize,
        block: usize,
        text: String,
    },
    RemoveNote {
        v: usize,
        n: usize,
    },
    Text {
        v: usize,
        n: usize,
        text: String,
    },
    Colour {
        v: usize,
        n: usize,
        c: usize,
    },
    Drag {
        v: usize,
        notes: Vec<usize>,
        block: usize,
        steps: Vec<(f32, f32)>,
    },
    Front {
        v: usize,
        n: usize,
    },
    Title(String),
    Fork {
        v: usize,
    },
    RemoveVersion {
        v: usize,
    },
    Rename {
        v: usize,
        name: String,
    },
    Layout {
        v: usize,
        bmc: bool,
    },
    MoveVersion {
        v: usize,
        to: usize,
    },
    Final {
        v: Option<usize>,
    },
    Legend {
        v: usize,
        c: usize,
        meaning: String,
    },
    AddCard {
        v: usize,
    },
    RemoveCard {
        v: usize,
        c: usize,
    },
    UpdateCard {
        v: usize,
        c: usize,
        text: String,
        status: usize,
    },
    Link {
        v: usize,
        c: usize,
        n: usize,
    },
    Unlink {
        v: usize,
        c: usize,
        n: usize,
    },
    Duplicate {
        v: usize,
        n: usize,
    },
    Paste {
        from: usize,
        n: usize,
        to: usize,
    },
    UndoRedo,
}

fn text() -> impl Strategy<Value = String> {
    "[a-zа-яё ]{0,12}"
}

fn action() -> impl Strategy<Value = Action> {
    let i = || 0usize..16;
    prop_oneof![
        (i(), i(), text()).prop_map(|(v, block, text)| Action::AddNote { v, block, text }),
        (i(), i()).prop_map(|(v, n)| Action::RemoveNote { v, n }),
        (i(), i(), text()).prop_map(|(v, n, text)| Action::Text { v, n, text }),
        (i(), i(), i()).prop_map(|(v, n, c)| Action::Colour { v, n, c }),
        (
            i(),
            prop::collection::vec(i(), 1..4),
            i(),
            prop::collection::vec((0.0f32..300.0, 0.0f32..300.0), 1..6)
        )
            .prop_map(|(v, notes, block, steps)| Action::Drag {
                v,
                notes,
                block,
                steps
            }),
        (i(), i()).prop_map(|(v, n)| Action::Front { v, n }),
        text().prop_map(Action::Title),
        i().prop_map(|v| Action::Fork { v }),
        i().prop_map(|v| Action::RemoveVersion { v }),
        (i(), text()).prop_map(|(v, name)| Action::Rename { v, name }),
        (i(), any::<bool>()).prop_map(|(v, bmc)| Action::Layout { v, bmc }),
        (i(), i()).prop_map(|(v, to)| Action::MoveVersion { v, to }),
        prop::option::of(i()).prop_map(|v| Action::Final { v }),
        (i(), i(), text()).prop_map(|(v, c, meaning)| Action::Legend { v, c, meaning }),
        i().prop_map(|v| Action::AddCard { v }),
        (i(), i()).prop_map(|(v, c)| Action::RemoveCard { v, c }),
        (i(), i(), text(), i()).prop_map(|(v, c, text, status)| Action::UpdateCard {
            v,
            c,
            text,
            status
        }),
        (i(), i(), i()).prop_map(|(v, c, n)| Action::Link { v, c, n }),
        (i(), i(), i()).prop_map(|(v, c, n)| Action::Unlink { v, c, n }),
        (i(), i()).prop_map(|(v, n)| Action::Duplicate { v, n }),
        (i(), i(), i()).prop_map(|(from, n, to)| Action::Paste { from, n, to }),
        Just(Action::UndoRedo),
    ]
}

fn pick<T>(items: &[T], i: usize) -> Option<&T> {
    if items.is_empty() {
        None
    } else {
        items.get(i % items.len())
    }
}

fn version(m: &Model, v: usize) -> &Version {
    &m.versions[v % m.versions.len()]
}

fn note_id(m: &Model, v: usize, n: usize) -> Option<(VersionId, NoteId)> {
    let ver = version(m, v);
    pick(&ver.notes, n).map(|note| (ver.id, note.id))
}

fn block(ver: &Version, b: usize) -> BlockId {
    let blocks: Vec<BlockId> = ver.layout.blocks().collect();
    blocks[b % blocks.len()]
}

/// The ops of one action as one step, or `None` when the action does not fit the model.
#[allow(clippy::too_many_lines)]
fn ops(m: &Model, a: &Action) -> Option<Vec<Op>> {
    let one = |op: Op| Some(vec![op]);
    match a {
        Action::AddNote { v, block: b, text } => {
            let ver = version(m, *v);
            one(super::add_note(m, ver.id, block(ver, *b), Colour::Yellow, text).ok()?)
        }
        Action::RemoveNote { v, n } => {
            let (version, note) = note_id(m, *v, *n)?;
            one(Op::RemoveNote { version, note })
        }
        Action::Text { v, n, text } => {
            let (version, note) = note_id(m, *v, *n)?;
            one(Op::SetNoteText {
                version,
                note,
                text: text.clone(),
            })
        }
        Action::Colour { v, n, c } => {
            let (version, note) = note_id(m, *v, *n)?;
            one(Op::SetNoteColour {
                version,
                note,
                colour: Colour::ALL[c % Colour::ALL.len()],
            })
        }
        Action::Front { v, n } => {
            let (version, note) = note_id(m, *v, *n)?;
            one(bring_to_front(m, version, note).ok()?)
        }
        Action::Title(title) => one(Op::SetTitle {
            title: title.clone(),
        }),
        Action::Fork { v } => one(fork_version(m, version(m, *v).id, "Копия").ok()?),
        Action::RemoveVersion { v } => one(Op::RemoveVersion {
            version: version(m, *v).id,
        }),
        Action::Rename { v, name } => one(Op::RenameVersion {
            version: version(m, *v).id,
            name: name.clone(),
        }),
        Action::Layout { v, bmc } => {
            let layout = if *bmc {
                LayoutKind::Bmc
            } else {
                LayoutKind::Social
            };
            one(change_layout(m, version(m, *v).id, layout).ok()?)
        }
        Action::MoveVersion { v, to } => one(Op::MoveVersion {
            version: version(m, *v).id,
            index: to % m.versions.len(),
        }),
        Action::Final { v } => one(Op::SetFinal {
            version: v.map(|v| version(m, v).id),
        }),
        Action::Legend { v, c, meaning } => one(Op::SetLegend {
            version: version(m, *v).id,
            colour: Colour::ALL[c % Colour::ALL.len()],
            meaning: meaning.clone(),
            index: None,
        }),
        Action::AddCard { v } => one(new_card(m, version(m, *v).id, "Гипотеза").ok()?),
        Action::RemoveCard { v, c } => {
            let ver = version(m, *v);
            one(Op::RemoveCard {
                version: ver.id,
                card: pick(&ver.cards, *c)?.id,
            })
        }
        Action::UpdateCard { v, c, text, status } => {
            let ver = version(m, *v);
            let mut card = pick(&ver.cards, *c)?.clone();
            card.learning = text.clone();
            card.status = Status::ALL[status % Status::ALL.len()];
            one(Op::UpdateCard {
                version: ver.id,
                card,
            })
        }
        Action::Link { v, c, n } | Action::Unlink { v, c, n } => {
            let ver = version(m, *v);
            let card = pick(&ver.cards, *c)?;
            let (version, note) = note_id(m, *v, *n)?;
            let linked = card.notes.contains(&note);
            // Mostly valid, sometimes not (linking twice, unlinking what is not linked).
            if matches!(a, Action::Link { .. }) ^ linked || n % 5 == 0 {
                if matches!(a, Action::Link { .. }) {
                    one(Op::LinkNote {
                        version,
                        card: card.id,
                        note,
                        index: None,
                    })
                } else {
                    one(Op::UnlinkNote {
                        version,
                        card: card.id,
                        note,
                    })
                }
            } else {
                None
            }
        }
        Action::Duplicate { v, n } => {
            let (version, note) = note_id(m, *v, *n)?;
            let (_, note2) = note_id(m, *v, n + 1)?;
            duplicate_notes(m, version, &[note, note2], (12.0, 12.0)).ok()
        }
        Action::Paste { from, n, to } => {
            let src = version(m, *from);
            let notes: Vec<_> = src.notes.iter().skip(n % 3).take(3).cloned().collect();
            paste_notes(m, version(m, *to).id, &notes).ok()
        }
        Action::Drag { .. } | Action::UndoRedo => None,
    }
}

/// Runs one action through the history, checking that the model stays valid and that a
/// failed action leaves it as it was.
fn run(h: &mut History, m: &mut Model, a: &Action) -> Result<(), TestCaseError> {
    let before = m.clone();
    match a {
        Action::Drag {
            v,
            notes,
            block: b,
            steps,
        } => {
            // A selection of notes dragged together: every frame moves each of them.
            let mut selection: Vec<(VersionId, NoteId)> =
                notes.iter().filter_map(|n| note_id(m, *v, *n)).collect();
            selection.dedup();
            let Some((version, _)) = selection.first().copied() else {
                return Ok(());
            };
            let target = block(version_by_id(m, version), *b);
            h.begin("Move notes");
            for (x, y) in steps {
                for (_, note) in &selection {
                    let op = Op::MoveNote {
                        version,
                        note: *note,
                        block: target,
                        x: *x,
                        y: *y,
                    };
                    h.push(m, &op)
                        .map_err(|e| TestCaseError::fail(e.to_string()))?;
                }
            }
            prop_assert!(h.pending_ops() <= selection.len());
            h.commit();
        }
        Action::UndoRedo => {
            if h.undo(m).map_err(|e| TestCaseError::fail(e.to_string()))? {
                prop_assert!(h.redo(m).map_err(|e| TestCaseError::fail(e.to_string()))?);
            }
            prop_assert_eq!(&*m, &before);
        }
        _ => {
            let Some(ops) = ops(m, a) else {
                return Ok(());
            };
            if h.apply_all(m, "Edit", &ops).is_err() {
                prop_assert_eq!(&*m, &before);
            }
        }
    }
    if let Err(e) = m.validate() {
        return Err(TestCaseError::fail(format!(
            "{a:?} left an invalid model: {e}"
        )));
    }
    Ok(())
}

fn version_by_id(m: &Model, id: VersionId) -> &Version {
    m.versions
        .iter()
        .find(|v| v.id == id)
        .unwrap_or(&m.versions[0])
}

proptest! {
    #[test]
    fn undo_all_gives_back_the_original_and_redo_all_the_final(
        actions in prop::collection::vec(action(), 1..40)
    ) {
        let original = sample();
        let mut m = original.clone();
        let mut h = History::new();
        for a in &actions {
            run(&mut h, &mut m, a)?;
        }
        let last = m.clone();
        let steps = h.undo_len();
        prop_assert_eq!(h.is_dirty(), steps > 0);
        let mut undone = 0;
        while h.undo(&mut m).map_err(|e| TestCaseError::fail(e.to_string()))? {
            undone += 1;
        }
        prop_assert_eq!(undone, steps);
        prop_assert_eq!(&m, &original);
        prop_assert!(!h.is_dirty());
        while h.redo(&mut m).map_err(|e| TestCaseError::fail(e.to_string()))? {}
        prop_assert_eq!(&m, &last);
        prop_assert_eq!(h.is_dirty(), steps > 0);
    }
}
