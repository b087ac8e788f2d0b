//! Ops for the segment commands of issue 16, computed from the model without changing it:
//! set a note's ties at once (the tie editor), untie a segment, colour notes by segment.

use std::collections::BTreeSet;

use super::{Op, OpError};
use crate::model::{BlockId, Colour, Model, NoteId, Version, VersionId};

/// The colours segments get, in the order of their numbers: every note colour but the
/// default yellow and white, so a segment's colour always stands out.
const PALETTE: [Colour; 6] = [
    Colour::Orange,
    Colour::Pink,
    Colour::Green,
    Colour::Blue,
    Colour::Purple,
    Colour::Grey,
];

fn version(model: &Model, id: VersionId) -> Result<&Version, OpError> {
    model.version(id).ok_or(OpError::NoVersion(id))
}

/// The colour of a segment when colours follow segments: by its number, cycling through
/// six colours. `None` for a note that is no segment.
pub fn segment_colour(version: &Version, segment: NoteId) -> Option<Colour> {
    version
        .segment_number(segment)
        .map(|n| PALETTE[(n - 1) % PALETTE.len()])
}

/// The ops that make `note` tied to exactly `segments`: unties first, then ties, each in
/// id order. Empty when the ties are already so.
pub fn set_ties(
    model: &Model,
    version_id: VersionId,
    note: NoteId,
    segments: &BTreeSet<NoteId>,
) -> Result<Vec<Op>, OpError> {
    let v = version(model, version_id)?;
    let n = v.note(note).ok_or(OpError::NoNote(version_id, note))?;
    if n.block == BlockId::CustomerSegments && !segments.is_empty() {
        return Err(OpError::SegmentTied(note));
    }
    for s in segments {
        if !v.is_segment(*s) {
            return Err(OpError::NotASegment(*s));
        }
    }
    let now: BTreeSet<NoteId> = v.ties_of(note).collect();
    let mut ops: Vec<Op> = now
        .difference(segments)
        .map(|s| Op::Untie {
            version: version_id,
            note,
            segment: *s,
        })
        .collect();
    ops.extend(segments.difference(&now).map(|s| Op::Tie {
        version: version_id,
        note,
        segment: *s,
    }));
    Ok(ops)
}

/// The ops that untie every note from a segment, in drawing order.
pub fn untie_all(
    model: &Model,
    version_id: VersionId,
    segment: NoteId,
) -> Result<Vec<Op>, OpError> {
    let v = version(model, version_id)?;
    Ok(v.tied_to(segment)
        .map(|n| Op::Untie {
            version: version_id,
            note: n.id,
            segment,
        })
        .collect())
}

/// The ops of "colours follow segments": each segment note and each note tied to exactly
/// one segment take the segment's colour ([`segment_colour`]), and the legend names each
/// segment's colour by the segment's text. Notes tied to several segments and untied notes
/// keep their colour. One undo step when applied together.
pub fn colour_by_segments(model: &Model, version_id: VersionId) -> Result<Vec<Op>, OpError> {
    let v = version(model, version_id)?;
    let mut ops = Vec::new();
    let mut set = |note: NoteId, now: Colour, colour: Colour| {
        if now != colour {
            ops.push(Op::SetNoteColour {
                version: version_id,
                note,
                colour,
            });
        }
    };
    for segment in v.numbered_segments() {
        if let Some(c) = segment_colour(v, segment.id) {
            set(segment.id, segment.colour, c);
        }
    }
    for n in &v.notes {
        let mut segments = v.ties_of(n.id);
        if let (Some(only), None) = (segments.next(), segments.next())
            && let Some(c) = segment_colour(v, only)
        {
            set(n.id, n.colour, c);
        }
    }
    let mut seen = BTreeSet::new();
    for segment in v.numbered_segments() {
        let Some(colour) = segment_colour(v, segment.id) else {
            continue;
        };
        // Past six segments colours repeat; the legend names the first segment of each.
        if !seen.insert(colour.name()) {
            continue;
        }
        let meaning = segment
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if v.legend_for(colour) != Some(meaning.as_str()) {
            ops.push(Op::SetLegend {
                version: version_id,
                colour,
                meaning,
                index: None,
            });
        }
    }
    Ok(ops)
}
