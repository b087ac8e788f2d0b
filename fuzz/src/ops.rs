//! Random edits through the history, as the editor makes them (the `ops` helpers and the
//! clipboard), on a shipped template or a transcribed case: every step keeps the model
//! valid, a step that fails changes nothing, undoing everything gives back the start and
//! redoing everything gives back the end.

use arbitrary::{Arbitrary, Unstructured};
use holst::app::clipboard::{notes_from_text, notes_to_text};
use holst::model::{BlockId, Colour, LayoutKind, Model, NoteId, Status, Version, VersionId};
use holst::ops::{
    History, Op, add_note, bring_to_front, change_layout, duplicate_notes, fork_version, new_card,
    paste_notes,
};
use holst::storage::markdown;
use holst::templates::TEMPLATES;

/// The transcribed cases, read as Markdown.
const CASES: [&str; 2] = [
    include_str!("../../examples/cases/vesely-voylok.md"),
    include_str!("../../examples/cases/narodnoe-zdorovie.md"),
];

/// At most this many edits per input, so one input stays fast.
const MAX_ACTIONS: usize = 64;

/// An edit, naming versions, notes and cards by position so that most edits apply.
#[derive(Debug, Clone, Arbitrary)]
enum Action {
    AddNote {
        v: u8,
        block: u8,
        text: String,
    },
    RemoveNote {
        v: u8,
        n: u16,
    },
    Text {
        v: u8,
        n: u16,
        text: String,
    },
    Colour {
        v: u8,
        n: u16,
        c: u8,
    },
    Drag {
        v: u8,
        notes: Vec<u16>,
        block: u8,
        steps: Vec<(f32, f32)>,
    },
    Front {
        v: u8,
        n: u16,
    },
    Title(String),
    Fork {
        v: u8,
        name: String,
    },
    RemoveVersion {
        v: u8,
    },
    Rename {
        v: u8,
        name: String,
    },
    Layout {
        v: u8,
        bmc: bool,
    },
    MoveVersion {
        v: u8,
        to: u8,
    },
    Final {
        v: Option<u8>,
    },
    Legend {
        v: u8,
        c: u8,
        meaning: String,
    },
    AddCard {
        v: u8,
        hypothesis: String,
    },
    RemoveCard {
        v: u8,
        c: u8,
    },
    UpdateCard {
        v: u8,
        c: u8,
        text: String,
        status: u8,
    },
    Link {
        v: u8,
        c: u8,
        n: u16,
    },
    Unlink {
        v: u8,
        c: u8,
        n: u16,
    },
    Duplicate {
        v: u8,
        n: u16,
        dx: f32,
        dy: f32,
    },
    /// Copy some notes of one version and paste them into another (through the text the
    /// clipboard holds).
    CopyPaste {
        from: u8,
        n: u16,
        count: u8,
        to: u8,
    },
    /// Paste text from another program.
    PasteText {
        v: u8,
        block: u8,
        text: String,
    },
    AbortedEdit {
        v: u8,
        n: u16,
        text: String,
    },
    UndoRedo,
}

/// Runs random edits on a start model picked by the first byte.
pub fn ops_undo(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(pick) = u.arbitrary::<u8>() else {
        return;
    };
    let start = start_model(pick);
    let mut actions = Vec::new();
    while actions.len() < MAX_ACTIONS {
        match u.arbitrary::<Action>() {
            Ok(a) => actions.push(a),
            Err(_) => break,
        }
    }
    check(start, &actions);
}

/// The start models, read once: reading them again for every input would take most of
/// the fuzzer's time.
fn start_model(pick: u8) -> &'static Model {
    static MODELS: std::sync::OnceLock<Vec<Model>> = std::sync::OnceLock::new();
    let models = MODELS.get_or_init(|| {
        let mut models: Vec<Model> = TEMPLATES
            .iter()
            .map(|t| {
                t.model()
                    .unwrap_or_else(|e| panic!("template {} does not read: {e}", t.id))
            })
            .collect();
        models.extend(CASES.iter().map(|text| {
            markdown::read(text)
                .unwrap_or_else(|e| panic!("a case does not read: {e}"))
                .0
        }));
        for m in &models {
            if let Err(e) = m.validate() {
                panic!("a start model is not valid: {e}");
            }
        }
        models
    });
    &models[usize::from(pick) % models.len()]
}

fn check(start: &Model, actions: &[Action]) {
    let mut m = start.clone();
    let mut h = History::new();
    for a in actions {
        run(&mut h, &mut m, a);
    }
    let end = m.clone();
    let steps = h.undo_len();
    let mut undone = 0;
    while h
        .undo(&mut m)
        .unwrap_or_else(|e| panic!("undo failed after {undone} steps: {e}"))
    {
        undone += 1;
        valid(&m, "an undo");
    }
    assert_eq!(undone, steps, "not every step could be undone");
    assert!(
        m == *start,
        "undoing everything did not give back the start"
    );
    assert!(!h.is_dirty(), "the start is not the saved state");
    while h
        .redo(&mut m)
        .unwrap_or_else(|e| panic!("redo failed: {e}"))
    {
        valid(&m, "a redo");
    }
    assert!(m == end, "redoing everything did not give back the end");
}

fn valid(m: &Model, after: &str) {
    if let Err(e) = m.validate() {
        panic!("{after} left an invalid model: {e}");
    }
}

fn pick<T>(items: &[T], i: usize) -> Option<&T> {
    if items.is_empty() {
        None
    } else {
        items.get(i % items.len())
    }
}

fn version(m: &Model, v: u8) -> &Version {
    &m.versions[usize::from(v) % m.versions.len()]
}

fn note_id(m: &Model, v: u8, n: u16) -> Option<(VersionId, NoteId)> {
    let ver = version(m, v);
    pick(&ver.notes, usize::from(n)).map(|note| (ver.id, note.id))
}

fn block(ver: &Version, b: u8) -> BlockId {
    let blocks: Vec<BlockId> = ver.layout.blocks().collect();
    blocks[usize::from(b) % blocks.len()]
}

fn colour(c: u8) -> Colour {
    Colour::ALL[usize::from(c) % Colour::ALL.len()]
}

/// The ops of one action as one step, or `None` when the action does not fit the model
/// (the editor would not offer it).
#[allow(clippy::too_many_lines)] // one arm per action, as flat as the enum
fn ops(m: &Model, a: &Action) -> Option<Vec<Op>> {
    let one = |op: Op| Some(vec![op]);
    match a {
        Action::AddNote { v, block: b, text } => {
            let ver = version(m, *v);
            one(add_note(m, ver.id, block(ver, *b), Colour::Yellow, text).ok()?)
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
                colour: colour(*c),
            })
        }
        Action::Front { v, n } => {
            let (version, note) = note_id(m, *v, *n)?;
            one(bring_to_front(m, version, note).ok()?)
        }
        Action::Title(title) => one(Op::SetTitle {
            title: title.clone(),
        }),
        Action::Fork { v, name } => one(fork_version(m, version(m, *v).id, name).ok()?),
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
            index: usize::from(*to) % m.versions.len(),
        }),
        Action::Final { v } => one(Op::SetFinal {
            version: v.map(|v| version(m, v).id),
        }),
        Action::Legend { v, c, meaning } => one(Op::SetLegend {
            version: version(m, *v).id,
            colour: colour(*c),
            meaning: meaning.clone(),
            index: None,
        }),
        Action::AddCard { v, hypothesis } => one(new_card(m, version(m, *v).id, hypothesis).ok()?),
        Action::RemoveCard { v, c } => {
            let ver = version(m, *v);
            one(Op::RemoveCard {
                version: ver.id,
                card: pick(&ver.cards, usize::from(*c))?.id,
            })
        }
        Action::UpdateCard { v, c, text, status } => {
            let ver = version(m, *v);
            let mut card = pick(&ver.cards, usize::from(*c))?.clone();
            card.learning.clone_from(text);
            card.status = Status::ALL[usize::from(*status) % Status::ALL.len()];
            one(Op::UpdateCard {
                version: ver.id,
                card,
            })
        }
        Action::Link { v, c, n } | Action::Unlink { v, c, n } => {
            let ver = version(m, *v);
            let card = pick(&ver.cards, usize::from(*c))?;
            let (version, note) = note_id(m, *v, *n)?;
            // Sometimes invalid (linking twice, unlinking what is not linked): the op
            // must then fail and change nothing.
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
        }
        Action::Duplicate { v, n, dx, dy } => {
            let (version, note) = note_id(m, *v, *n)?;
            let (_, note2) = note_id(m, *v, n.wrapping_add(1))?;
            duplicate_notes(m, version, &[note, note2], (*dx, *dy)).ok()
        }
        Action::CopyPaste { from, n, count, to } => {
            let src = version(m, *from);
            let ids: Vec<NoteId> = src
                .notes
                .iter()
                .skip(usize::from(*n))
                .take(usize::from(*count % 8))
                .map(|n| n.id)
                .collect();
            let text = notes_to_text(src, &ids);
            let target = version(m, *to);
            let notes = notes_from_text(&text, block(target, *count));
            paste_notes(m, target.id, &notes).ok()
        }
        Action::PasteText { v, block: b, text } => {
            let ver = version(m, *v);
            let notes = notes_from_text(text, block(ver, *b));
            paste_notes(m, ver.id, &notes).ok()
        }
        Action::Drag { .. } | Action::AbortedEdit { .. } | Action::UndoRedo => None,
    }
}

/// Runs one action through the history: the model stays valid, and a failed or aborted
/// action leaves it as it was.
fn run(h: &mut History, m: &mut Model, a: &Action) {
    let before = m.clone();
    match a {
        Action::Drag {
            v,
            notes,
            block: b,
            steps,
        } => {
            // A selection dragged together: every frame moves each of its notes.
            let mut selection: Vec<(VersionId, NoteId)> =
                notes.iter().filter_map(|n| note_id(m, *v, *n)).collect();
            selection.sort_unstable();
            selection.dedup();
            let Some((version, _)) = selection.first().copied() else {
                return;
            };
            let target = block(version_by_id(m, version), *b);
            // The editor moves the notes only on the screen while the pointer moves, and
            // applies one batch where the drag ends (Esc drops it): the last step's place.
            let Some((to_x, to_y)) = steps[..steps.len().min(16)].last().copied() else {
                return;
            };
            let ops: Vec<Op> = selection
                .iter()
                .map(|(_, note)| Op::MoveNote {
                    version,
                    note: *note,
                    block: target,
                    x: to_x,
                    y: to_y,
                })
                .collect();
            if h.apply_all(m, "Move notes", &ops).is_err() {
                assert!(*m == before, "a failed drag changed the model: {ops:?}");
            }
        }
        Action::AbortedEdit { v, n, text } => {
            let Some((version, note)) = note_id(m, *v, *n) else {
                return;
            };
            // An edit whose last op fails (its note is gone): the batch is rolled back
            // whole and leaves no undo step, as the editor's drop or typing must.
            let missing = NoteId(
                m.versions
                    .iter()
                    .flat_map(|v| v.notes.iter().map(|n| n.id.0))
                    .max()
                    .unwrap_or(0)
                    + 1,
            );
            let steps = h.undo_len();
            let edits = [
                Op::SetNoteText {
                    version,
                    note,
                    text: text.clone(),
                },
                Op::SetNoteColour {
                    version,
                    note,
                    colour: Colour::White,
                },
                Op::SetNoteText {
                    version,
                    note: missing,
                    text: text.clone(),
                },
            ];
            assert!(
                h.apply_all(m, "Edit note", &edits).is_err(),
                "an op on a missing note went through"
            );
            assert_eq!(h.undo_len(), steps, "a failed batch left an undo step");
            assert!(*m == before, "an aborted edit changed the model");
        }
        Action::UndoRedo => {
            let undone = h.undo(m).unwrap_or_else(|e| panic!("undo failed: {e}"));
            if undone {
                valid(m, "an undo");
                let redone = h.redo(m).unwrap_or_else(|e| panic!("redo failed: {e}"));
                assert!(redone, "an undone step could not be redone");
            }
            assert!(*m == before, "undo then redo changed the model");
        }
        _ => {
            let Some(ops) = ops(m, a) else {
                return;
            };
            if h.apply_all(m, "Edit", &ops).is_err() {
                assert!(*m == before, "a failed step changed the model: {a:?}");
            }
        }
    }
    valid(m, &format!("{a:?}"));
}

fn version_by_id(m: &Model, id: VersionId) -> &Version {
    m.versions
        .iter()
        .find(|v| v.id == id)
        .unwrap_or(&m.versions[0])
}
