//! Random edits on two copies: after every step the document reads back exactly the model
//! that was recorded, and after the copies exchange their changes both read the same valid
//! model, whichever way round they merge.

#![allow(clippy::unwrap_used)]

mod common;

use common::{Replica, template};
use holst_core::model::{BlockId, Colour, LayoutKind, Model, Status, Version};
use holst_core::ops::{self, Op};

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A random step on `model`, or `None` when the one drawn does not apply.
fn random_step(model: &Model, rng: &mut Rng, tag: &str) -> Option<Vec<Op>> {
    let version = &model.versions[rng.below(model.versions.len())];
    if rng.below(3) < 2 {
        note_step(model, version, rng, tag)
    } else {
        other_step(model, version, rng, tag)
    }
}

/// Adding, deleting, typing into, moving, reordering or recolouring a note.
fn note_step(model: &Model, version: &Version, rng: &mut Rng, tag: &str) -> Option<Vec<Op>> {
    let v = version.id;
    let note =
        (!version.notes.is_empty()).then(|| version.notes[rng.below(version.notes.len())].clone());
    let op = match rng.below(8) {
        0 | 1 => {
            let blocks: Vec<BlockId> = BlockId::ALL
                .into_iter()
                .filter(|b| version.layout.has_block(*b))
                .collect();
            let block = blocks[rng.below(blocks.len())];
            let colour = Colour::ALL[rng.below(8)];
            ops::add_note(model, v, block, colour, &format!("новая {tag}")).ok()?
        }
        2 => Op::RemoveNote {
            version: v,
            note: note?.id,
        },
        3 | 4 => {
            let note = note?;
            let mut text: Vec<char> = note.text.chars().collect();
            let at = rng.below(text.len() + 1);
            text.splice(at..at, format!("«{tag}»").chars());
            Op::SetNoteText {
                version: v,
                note: note.id,
                text: text.into_iter().collect(),
            }
        }
        5 => {
            let note = note?;
            Op::MoveNote {
                version: v,
                note: note.id,
                block: note.block,
                x: note.x + 3.5,
                y: note.y + 1.0,
            }
        }
        6 => Op::ReorderNote {
            version: v,
            note: note?.id,
            index: rng.below(version.notes.len()),
        },
        _ => Op::SetNoteColour {
            version: v,
            note: note?.id,
            colour: Colour::ALL[rng.below(8)],
        },
    };
    Some(vec![op])
}

/// Forking, the legend, cards and their links, the layout, and the versions' order.
fn other_step(model: &Model, version: &Version, rng: &mut Rng, tag: &str) -> Option<Vec<Op>> {
    let v = version.id;
    let ops = match rng.below(8) {
        0 => vec![ops::fork_version(model, v, &format!("версия {tag}")).ok()?],
        1 => vec![Op::SetLegend {
            version: v,
            colour: Colour::ALL[rng.below(8)],
            meaning: if rng.below(4) == 0 {
                String::new()
            } else {
                format!("смысл {tag}")
            },
            index: None,
        }],
        2 => vec![ops::new_card(model, v, &format!("гипотеза {tag}")).ok()?],
        3 => {
            let card = version.cards.get(rng.below(version.cards.len()))?;
            let note = version.notes.get(rng.below(version.notes.len()))?.id;
            if card.notes.contains(&note) {
                vec![Op::UnlinkNote {
                    version: v,
                    card: card.id,
                    note,
                }]
            } else {
                let mut updated = card.clone();
                updated.status = Status::ALL[rng.below(4)];
                updated.learning.push_str(tag);
                updated.notes.push(note);
                vec![Op::UpdateCard {
                    version: v,
                    card: updated,
                }]
            }
        }
        4 => {
            let layout = if version.layout == LayoutKind::Bmc {
                LayoutKind::Social
            } else {
                LayoutKind::Bmc
            };
            vec![ops::change_layout(model, v, layout).ok()?]
        }
        5 if model.versions.len() > 1 => vec![Op::RemoveVersion { version: v }],
        6 => vec![Op::MoveVersion {
            version: v,
            index: rng.below(model.versions.len()),
        }],
        7 => vec![Op::SetFinal {
            version: Some(v).filter(|_| model.final_version.is_none()),
        }],
        _ => vec![Op::SetTitle {
            title: format!("{} {tag}", model.title),
        }],
    };
    Some(ops)
}

/// Applies a random step to the replica if it fits, and checks the exact read-back.
fn step(replica: &mut Replica, r: &mut Rng, tag: &str) {
    let Some(ops) = random_step(replica.model(), r, tag) else {
        return;
    };
    let mut m = replica.model().clone();
    for op in &ops {
        if op.apply(&mut m).is_err() {
            return;
        }
    }
    replica.mirror.record(&mut replica.doc, &m, tag).unwrap();
    let read = holst_sync::read(&replica.doc).unwrap();
    assert_eq!(read.model, m, "read-back after {tag}: {ops:?}");
}

#[test]
fn random_edits_read_back_exactly_and_merge_alike_both_ways() {
    // Seed 3 found that mending a merge must be written with the next step (a note moved
    // out of a block the layout lost stayed in it in the document).
    for seed in [0, 3, 11] {
        edit_apart_and_merge(0x9e37_79b9_7f4a_7c15 ^ (seed * 0x1234_5678_9abc));
    }
}

fn edit_apart_and_merge(seed: u64) {
    let mut r = Rng(seed);
    let mut a = Replica::share(&template());
    let mut b = a.fork();
    for round in 0..8 {
        for i in 0..12 {
            step(&mut a, &mut r, &format!("a{round}.{i}"));
            step(&mut b, &mut r, &format!("b{round}.{i}"));
        }
        let a_before = Replica {
            doc: a.doc.clone(),
            mirror: a.mirror.clone(),
        };
        a.receive(&b);
        b.receive(&a_before);
        assert_eq!(a.model(), b.model(), "seed {seed:x}, round {round}");
        assert!(a.model().validate().is_ok());
    }
}
