//! The differences as JSON, for `holst diff --format json`: one object per difference,
//! with field names that stay as they are (the README documents them).

use serde::Serialize;

use super::{CardChange, Change, Diff, Item, MethodChange};
use crate::model::{
    BlockId, Card, Colour, Note, SegmentProfile, SocialEnterprise, Status, Version,
};

/// A version as the JSON names it.
#[derive(Serialize)]
struct VersionJson<'a> {
    /// 1-based position among the model's versions (what the command line accepts).
    index: usize,
    name: &'a str,
}

/// A note of one side.
#[derive(Serialize)]
struct NoteJson<'a> {
    id: u64,
    block: BlockId,
    x: f32,
    y: f32,
    colour: Colour,
    text: &'a str,
}

impl<'a> From<&'a Note> for NoteJson<'a> {
    fn from(n: &'a Note) -> Self {
        Self {
            id: n.id.0,
            block: n.block,
            x: n.x,
            y: n.y,
            colour: n.colour,
            text: &n.text,
        }
    }
}

/// A hypothesis card of one side.
#[derive(Serialize)]
struct CardJson<'a> {
    id: u64,
    hypothesis: &'a str,
    test: &'a str,
    metric: &'a str,
    criterion: &'a str,
    status: Status,
    learning: &'a str,
    notes: Vec<u64>,
}

impl<'a> From<&'a Card> for CardJson<'a> {
    fn from(c: &'a Card) -> Self {
        Self {
            id: c.id.0,
            hypothesis: &c.hypothesis,
            test: &c.test,
            metric: &c.metric,
            criterion: &c.criterion,
            status: c.status,
            learning: &c.learning,
            notes: c.notes.iter().map(|n| n.0).collect(),
        }
    }
}

/// One side of a difference: a note, a card, a tie, a segment with its profile, the
/// social enterprise or the description.
#[derive(Serialize)]
#[serde(untagged)]
enum SideJson<'a> {
    Note(NoteJson<'a>),
    Card(CardJson<'a>),
    Tie {
        note: NoteJson<'a>,
        segment: NoteJson<'a>,
    },
    Profile {
        segment: Option<NoteJson<'a>>,
        profile: &'a SegmentProfile,
    },
    Social {
        social: &'a SocialEnterprise,
    },
    Description {
        description: &'a str,
    },
}

/// One difference.
#[derive(Serialize)]
struct DifferenceJson<'a> {
    /// `added`, `removed`, `changed`, `moved`, `recoloured`, `card_added`, `card_removed`,
    /// `card_changed`, `tie_added`, `tie_removed`, `profile_changed`, `social_changed` or
    /// `description_changed`.
    kind: &'static str,
    /// The note's block in B (in A for a removed note), a tie's note's, a profile's
    /// segment's; `null` for a card, the social enterprise and the description.
    block: Option<BlockId>,
    /// What differs of a changed card, profile or social enterprise; empty otherwise.
    fields: Vec<&'static str>,
    /// The note (or card) in A; `null` when only B has it.
    a: Option<SideJson<'a>>,
    /// The note (or card) in B; `null` when only A has it.
    b: Option<SideJson<'a>>,
}

/// Counts of each kind.
#[derive(Serialize)]
struct CountsJson {
    added: usize,
    removed: usize,
    changed: usize,
    moved: usize,
    recoloured: usize,
    cards: usize,
    method: usize,
}

/// The whole answer.
#[derive(Serialize)]
struct DiffJson<'a> {
    a: VersionJson<'a>,
    b: VersionJson<'a>,
    counts: CountsJson,
    differences: Vec<DifferenceJson<'a>>,
}

fn difference<'a>(item: &Item<'a>) -> DifferenceJson<'a> {
    let note = |n: &'a Note| Some(SideJson::Note(n.into()));
    let card = |c: &'a Card| Some(SideJson::Card(c.into()));
    let (a, b, fields) = match *item {
        Item::Note(Change::Added { note: n }) => (None, note(n), Vec::new()),
        Item::Note(Change::Removed { note: n }) => (note(n), None, Vec::new()),
        Item::Note(
            Change::Changed { before, after }
            | Change::Moved { before, after }
            | Change::Recoloured { before, after },
        ) => (note(before), note(after), Vec::new()),
        Item::Card(CardChange::Added { card: c }) => (None, card(c), Vec::new()),
        Item::Card(CardChange::Removed { card: c }) => (card(c), None, Vec::new()),
        Item::Card(CardChange::Changed {
            before,
            after,
            fields,
        }) => (
            card(before),
            card(after),
            fields.iter().map(|f| f.id()).collect(),
        ),
        Item::Method(m) => method(m),
    };
    DifferenceJson {
        kind: item.kind().id(),
        block: item.block(),
        fields,
        a,
        b,
    }
}

type Sides<'a> = (
    Option<SideJson<'a>>,
    Option<SideJson<'a>>,
    Vec<&'static str>,
);

fn tie<'a>(note: &'a Note, segment: &'a Note) -> SideJson<'a> {
    SideJson::Tie {
        note: note.into(),
        segment: segment.into(),
    }
}

fn method(m: &MethodChange) -> Sides<'_> {
    match m {
        MethodChange::TieAdded { note, segment } => (None, Some(tie(note, segment)), Vec::new()),
        MethodChange::TieRemoved { note, segment } => (Some(tie(note, segment)), None, Vec::new()),
        MethodChange::ProfileChanged {
            before,
            after,
            old,
            new,
            fields,
        } => (
            Some(SideJson::Profile {
                segment: before.as_ref().map(NoteJson::from),
                profile: old,
            }),
            Some(SideJson::Profile {
                segment: Some(after.into()),
                profile: new,
            }),
            fields.iter().map(|f| f.id()).collect(),
        ),
        MethodChange::SocialChanged {
            before,
            after,
            fields,
        } => (
            Some(SideJson::Social { social: before }),
            Some(SideJson::Social { social: after }),
            fields.iter().map(|f| f.id()).collect(),
        ),
        MethodChange::DescriptionChanged { before, after } => (
            Some(SideJson::Description {
                description: before,
            }),
            Some(SideJson::Description { description: after }),
            Vec::new(),
        ),
    }
}

/// The diff of versions `a` and `b` (with their 1-based positions in the model) as a
/// pretty-printed JSON object: `a` and `b` (index, name), `counts`, and `differences` in
/// the order of [`Diff::items`].
pub fn to_json(diff: &Diff, a: (usize, &Version), b: (usize, &Version)) -> String {
    let c = diff.counts();
    let out = DiffJson {
        a: VersionJson {
            index: a.0,
            name: &a.1.name,
        },
        b: VersionJson {
            index: b.0,
            name: &b.1.name,
        },
        counts: CountsJson {
            added: c.added,
            removed: c.removed,
            changed: c.changed,
            moved: c.moved,
            recoloured: c.recoloured,
            cards: c.cards,
            method: c.method,
        },
        differences: diff.items().iter().map(difference).collect(),
    };
    // Plain data of strings, numbers and enums: serialising it cannot fail, but a failure
    // would still give valid JSON rather than a panic.
    serde_json::to_string_pretty(&out)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}
