//! Taking differences into the other version: the ops that give one version the state
//! the other has, for chosen differences. The compare view and `holst merge` both use
//! [`Diff::take`].
//!
//! Into B means B takes A's state (B's change is undone there); into A means A takes B's
//! state (A gets the change). For each difference, with *source* the version taken from
//! and *target* the one taken into:
//!
//! - a note only in the source is added to the target: same text, colour and block (or
//!   the block at the same place of the grid when the target's layout lacks it), at its
//!   place in the block, kept inside it; it keeps its id when the target has no note with
//!   that id, so the two stay paired, else it gets a new one;
//! - a note only in the target is removed from it;
//! - a changed, moved or recoloured note gets the source's text, place or colour;
//! - a hypothesis card only in the source is added (its id kept when free), a card only
//!   in the target removed, a changed card given the source's content. Its links are read
//!   through the note pairing and the notes added in the same step; links to notes the
//!   target lacks are left out.
//!
//! - a tie only in the source is made in the target between the notes paired with (or
//!   added in the same step for) its note and segment, when the target has both and they
//!   are not tied yet; a tie only in the target is undone;
//! - a changed profile, social enterprise or description is set to the source's (a
//!   segment the source lacks gets no profile).
//!
//! The ops are ordered so that they apply as one step: notes added, notes changed, ties,
//! profiles, social enterprise and description, notes removed, cards added or changed,
//! cards removed.

use std::collections::{HashMap, HashSet};

use super::{CardChange, Change, Diff, Item, Key, MethodChange, Side};
use crate::geometry::{clamp_into_block, free_spot, note_height};
use crate::model::{BlockId, Card, CardId, MAX_ID, Model, Note, NoteId, Version, VersionId};
use crate::ops::{Op, OpError};

/// The place a note of the source takes in the target: its block (or the grid twin) and
/// its offset, kept inside the block; a free spot when the block is another.
fn place(target: &Version, src: &Note, text: &str) -> (BlockId, f32, f32) {
    let block = target.layout.home_for(src.block);
    let h = note_height(text);
    let (x, y) = if block == src.block {
        clamp_into_block(target.layout, block, src.x, src.y, h)
    } else {
        free_spot(target, block, h)
    };
    (block, x, y)
}

/// `count` card ids no version of the model uses, at most [`MAX_ID`].
fn fresh_card_ids(model: &Model, count: usize) -> Vec<CardId> {
    let used: HashSet<u64> = model
        .versions
        .iter()
        .flat_map(|v| v.cards.iter().map(|c| c.id.0))
        .collect();
    let max = used.iter().copied().max().unwrap_or(0);
    (max.saturating_add(1)..=MAX_ID)
        .chain(1..=max.min(MAX_ID))
        .filter(|id| !used.contains(id))
        .take(count)
        .map(CardId)
        .collect()
}

/// The two sides of a difference seen from the direction of taking.
struct Sides<'a, T> {
    src: Option<&'a T>,
    dst: Option<&'a T>,
}

fn sides<'a, T>(a: Option<&'a T>, b: Option<&'a T>, into: Side) -> Sides<'a, T> {
    match into {
        Side::B => Sides { src: a, dst: b },
        Side::A => Sides { src: b, dst: a },
    }
}

fn note_sides(change: &Change, into: Side) -> Sides<'_, Note> {
    match change {
        Change::Added { note } => sides(None, Some(note), into),
        Change::Removed { note } => sides(Some(note), None, into),
        Change::Changed { before, after }
        | Change::Moved { before, after }
        | Change::Recoloured { before, after } => sides(Some(before), Some(after), into),
    }
}

fn card_sides(change: &CardChange, into: Side) -> Sides<'_, Card> {
    match change {
        CardChange::Added { card } => sides(None, Some(card), into),
        CardChange::Removed { card } => sides(Some(card), None, into),
        CardChange::Changed { before, after, .. } => sides(Some(before), Some(after), into),
    }
}

/// Ops being gathered, by stage (see the module docs for the order).
#[derive(Default)]
struct Plan {
    add_notes: Vec<Op>,
    edit_notes: Vec<Op>,
    method: Vec<Op>,
    remove_notes: Vec<Op>,
    put_cards: Vec<Op>,
    remove_cards: Vec<Op>,
    /// Source note id → the id it has in the target, for card links.
    links: HashMap<NoteId, NoteId>,
    /// Target notes removed in this step.
    removed: HashSet<NoteId>,
}

impl Diff {
    /// The ops that take the differences named by `keys` into version `into` of the pair
    /// this diff compared (`a`, the earlier, and `b`, the later, as they are in `model`),
    /// as described in the [module docs](self). Keys this diff does not have are passed
    /// over; no key gives no ops. Fails when a version is missing.
    pub fn take(
        &self,
        model: &Model,
        a: VersionId,
        b: VersionId,
        keys: &[Key],
        into: Side,
    ) -> Result<Vec<Op>, OpError> {
        let target_id = if into == Side::A { a } else { b };
        model.version(a).ok_or(OpError::NoVersion(a))?;
        model.version(b).ok_or(OpError::NoVersion(b))?;
        let target = model
            .version(target_id)
            .ok_or(OpError::NoVersion(target_id))?;
        let from = if into == Side::A { Side::B } else { Side::A };
        let chosen: Vec<Item<'_>> = self
            .items()
            .into_iter()
            .filter(|i| keys.contains(&i.key()))
            .collect();
        let mut plan = Plan::default();
        // Source notes paired with a target note.
        for (id, mark) in self.marks_of(from) {
            if let Some(p) = mark.partner {
                plan.links.insert(*id, p);
            }
        }
        let notes: Vec<&Change> = chosen
            .iter()
            .filter_map(|i| match i {
                Item::Note(c) => Some(*c),
                Item::Card(_) | Item::Method(_) => None,
            })
            .collect();
        plan.notes(model, target, &notes, into);
        let cards: Vec<&CardChange> = chosen
            .iter()
            .filter_map(|i| match i {
                Item::Card(c) => Some(*c),
                Item::Note(_) | Item::Method(_) => None,
            })
            .collect();
        plan.cards(model, target, &cards, into);
        for item in &chosen {
            if let Item::Method(m) = item {
                plan.method(target, m, into);
            }
        }
        Ok([
            plan.add_notes,
            plan.edit_notes,
            plan.method,
            plan.remove_notes,
            plan.put_cards,
            plan.remove_cards,
        ]
        .concat())
    }

    /// The marks of one side's notes.
    fn marks_of(&self, side: Side) -> &HashMap<NoteId, super::Mark> {
        match side {
            Side::A => &self.marks_a,
            Side::B => &self.marks_b,
        }
    }
}

impl Plan {
    fn notes(&mut self, model: &Model, target: &Version, changes: &[&Change], into: Side) {
        let version = target.id;
        let adds: Vec<&Note> = changes
            .iter()
            .filter(|c| matches!(c, Change::Added { .. } | Change::Removed { .. }))
            .filter_map(|c| note_sides(c, into).src)
            .collect();
        let need_fresh = adds.iter().filter(|n| target.note(n.id).is_some()).count();
        let mut fresh = model.new_note_ids(need_fresh).into_iter();
        for (k, src) in adds.into_iter().enumerate() {
            let id = if target.note(src.id).is_some() {
                fresh.next().unwrap_or(NoteId(MAX_ID))
            } else {
                src.id
            };
            let (block, x, y) = place(target, src, &src.text);
            self.links.insert(src.id, id);
            self.add_notes.push(Op::AddNote {
                version,
                index: target.notes.len() + k,
                note: Note {
                    id,
                    block,
                    colour: src.colour,
                    x,
                    y,
                    text: src.text.clone(),
                },
                links: Vec::new(),
            });
        }
        for change in changes {
            let Sides { src, dst } = note_sides(change, into);
            let (Some(src), Some(dst)) = (src, dst) else {
                if let (None, Some(dst)) = (src, dst) {
                    self.removed.insert(dst.id);
                    self.remove_notes.push(Op::RemoveNote {
                        version,
                        note: dst.id,
                    });
                }
                continue;
            };
            let note = dst.id;
            self.edit_notes.push(match change {
                Change::Changed { .. } => Op::SetNoteText {
                    version,
                    note,
                    text: src.text.clone(),
                },
                Change::Moved { .. } => {
                    let (block, x, y) = place(target, src, &dst.text);
                    Op::MoveNote {
                        version,
                        note,
                        block,
                        x,
                        y,
                    }
                }
                Change::Recoloured { .. } => Op::SetNoteColour {
                    version,
                    note,
                    colour: src.colour,
                },
                Change::Added { .. } | Change::Removed { .. } => continue,
            });
        }
    }

    /// The target's id of a source note: paired, or added in this step; `None` when the
    /// target lacks it or removes it in this step.
    fn target_note(&self, target: &Version, src: NoteId) -> Option<NoteId> {
        let id = *self.links.get(&src)?;
        let exists = target.note(id).is_some()
            || self
                .add_notes
                .iter()
                .any(|op| matches!(op, Op::AddNote { note, .. } if note.id == id));
        (exists && !self.removed.contains(&id)).then_some(id)
    }

    /// Whether the target is a segment note once the notes of this step are added.
    fn is_segment_after(&self, target: &Version, id: NoteId) -> bool {
        target.is_segment(id)
            || self.add_notes.iter().any(|op| {
                matches!(op, Op::AddNote { note, .. }
                    if note.id == id && note.block == BlockId::CustomerSegments)
            })
    }

    fn method(&mut self, target: &Version, change: &MethodChange, into: Side) {
        let version = target.id;
        // A tie only in the source is made; a tie only in the target undone.
        let (tie, in_source) = match (change, into) {
            (MethodChange::TieAdded { note, segment }, Side::A)
            | (MethodChange::TieRemoved { note, segment }, Side::B) => ((note, segment), true),
            (MethodChange::TieAdded { note, segment }, Side::B)
            | (MethodChange::TieRemoved { note, segment }, Side::A) => ((note, segment), false),
            (
                MethodChange::ProfileChanged {
                    before,
                    after,
                    old,
                    new,
                    ..
                },
                _,
            ) => {
                let (dst, profile) = match into {
                    Side::A => (before.as_ref().map(|n| n.id), new),
                    Side::B => (Some(after.id), old),
                };
                // A profile goes only to a note that is a segment in the target.
                if let Some(note) = dst.filter(|id| target.is_segment(*id)) {
                    self.method.push(Op::SetProfile {
                        version,
                        note,
                        profile: (!profile.is_empty()).then(|| (**profile).clone()),
                    });
                }
                return;
            }
            (MethodChange::SocialChanged { before, after, .. }, _) => {
                let social = if into == Side::A { after } else { before };
                self.method.push(Op::SetSocial {
                    version,
                    social: (**social).clone(),
                });
                return;
            }
            (MethodChange::DescriptionChanged { before, after }, _) => {
                let text = if into == Side::A { after } else { before };
                self.method.push(Op::SetDescription {
                    version,
                    text: text.clone(),
                });
                return;
            }
        };
        let (note, segment) = tie;
        if in_source {
            let (Some(n), Some(s)) = (
                self.target_note(target, note.id),
                self.target_note(target, segment.id),
            ) else {
                return;
            };
            let tied = target.ties.get(&n).is_some_and(|set| set.contains(&s));
            let queued = self.method.iter().any(
                |op| matches!(op, Op::Tie { note, segment, .. } if *note == n && *segment == s),
            );
            if !tied
                && !queued
                && self.is_segment_after(target, s)
                && !self.is_segment_after(target, n)
            {
                self.method.push(Op::Tie {
                    version,
                    note: n,
                    segment: s,
                });
            }
        } else if target
            .ties
            .get(&note.id)
            .is_some_and(|set| set.contains(&segment.id))
        {
            self.method.push(Op::Untie {
                version,
                note: note.id,
                segment: segment.id,
            });
        }
    }

    /// The source card's links as target note ids, leaving out notes the target lacks.
    fn links_of(&self, target: &Version, card: &Card) -> Vec<NoteId> {
        let mut out = Vec::new();
        for id in card.notes.iter().filter_map(|n| self.links.get(n)) {
            let exists = target.note(*id).is_some()
                || self
                    .add_notes
                    .iter()
                    .any(|op| matches!(op, Op::AddNote { note, .. } if note.id == *id));
            if exists && !self.removed.contains(id) && !out.contains(id) {
                out.push(*id);
            }
        }
        out
    }

    fn cards(&mut self, model: &Model, target: &Version, changes: &[&CardChange], into: Side) {
        let version = target.id;
        let taken = |id: CardId| target.cards.iter().any(|c| c.id == id);
        let need_fresh = changes
            .iter()
            .filter(|c| !matches!(c, CardChange::Changed { .. }))
            .filter_map(|c| card_sides(c, into).src)
            .filter(|c| taken(c.id))
            .count();
        let mut fresh = fresh_card_ids(model, need_fresh).into_iter();
        let mut added = 0;
        for change in changes {
            let Sides { src, dst } = card_sides(change, into);
            match (src, dst) {
                (Some(src), Some(dst)) => {
                    let card = Card {
                        id: dst.id,
                        notes: self.links_of(target, src),
                        ..src.clone()
                    };
                    self.put_cards.push(Op::UpdateCard { version, card });
                }
                (Some(src), None) => {
                    let id = if taken(src.id) {
                        fresh.next().unwrap_or(CardId(MAX_ID))
                    } else {
                        src.id
                    };
                    let card = Card {
                        id,
                        notes: self.links_of(target, src),
                        ..src.clone()
                    };
                    self.put_cards.push(Op::AddCard {
                        version,
                        index: target.cards.len() + added,
                        card,
                    });
                    added += 1;
                }
                (None, Some(dst)) => self.remove_cards.push(Op::RemoveCard {
                    version,
                    card: dst.id,
                }),
                (None, None) => {}
            }
        }
    }
}
