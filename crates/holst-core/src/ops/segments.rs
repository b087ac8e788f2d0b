//! Applying the ops of issue 16 (segment profiles, ties, the social enterprise, the
//! descriptions, batches), and keeping ties valid when notes are removed or moved.
//!
//! A tie joins a note outside Customer Segments to a note of Customer Segments. When a
//! note is removed, or moves so that a tie would no longer join those two kinds of note,
//! its ties go, and the inverse op brings them back: the inverse is then an
//! [`Op::Batch`] of the plain inverse followed by the ops that restore what went.

use super::OpError;
use super::op::{Op, version_mut};
use crate::i18n::Message;
use crate::model::{
    BlockId, Invalid, Model, NoteId, Place, SegmentProfile, SocialEnterprise, Version, VersionId,
};

/// Applies the ops of this module; any other op is refused (the caller routes only these).
pub(super) fn apply(op: &Op, model: &mut Model) -> Result<Op, OpError> {
    match op {
        Op::SetModelDescription { text } => Ok(Op::SetModelDescription {
            text: std::mem::replace(&mut model.description, text.clone()),
        }),
        Op::SetDescription { version, text } => set_description(model, *version, text),
        Op::SetSocial { version, social } => set_social(model, *version, social),
        Op::SetProfile {
            version,
            note,
            profile,
        } => set_profile(model, *version, *note, profile.as_ref()),
        Op::Tie {
            version,
            note,
            segment,
        } => tie(model, *version, *note, *segment),
        Op::Untie {
            version,
            note,
            segment,
        } => untie(model, *version, *note, *segment),
        Op::Batch { ops } => batch(model, ops),
        other => {
            let m = Message::new("op-not-a-method-op").arg("op", other.label());
            Err(OpError::Invalid(Invalid::new(&m, Place::Model)))
        }
    }
}

/// What became of a note, for [`detach`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Detach {
    /// The note is gone: its ties, the ties to it and its profile go.
    Removed,
    /// The note moved into Customer Segments: its own ties go.
    BecameSegment,
    /// The note moved out of Customer Segments: the ties to it go (its profile stays).
    LeftSegments,
}

/// Takes away what a note can no longer hold and returns the ops that restore it, to be
/// applied after the note is back as it was.
pub(super) fn detach(v: &mut Version, id: NoteId, how: Detach) -> Vec<Op> {
    let version = v.id;
    let mut restore = Vec::new();
    if matches!(how, Detach::Removed | Detach::BecameSegment)
        && let Some(segments) = v.ties.remove(&id)
    {
        restore.extend(segments.into_iter().map(|segment| Op::Tie {
            version,
            note: id,
            segment,
        }));
    }
    if matches!(how, Detach::Removed | Detach::LeftSegments) {
        for (note, segments) in &mut v.ties {
            if segments.remove(&id) {
                restore.push(Op::Tie {
                    version,
                    note: *note,
                    segment: id,
                });
            }
        }
        v.ties.retain(|_, segments| !segments.is_empty());
    }
    if how == Detach::Removed
        && let Some(profile) = v.profiles.remove(&id)
    {
        // The profile first: the ties restored after it do not depend on it, and it makes
        // the restore read in the order of the data.
        restore.insert(
            0,
            Op::SetProfile {
                version,
                note: id,
                profile: Some(profile),
            },
        );
    }
    restore
}

/// How a note's move from `from` to `to` affects its ties.
pub(super) fn detach_for_move(from: BlockId, to: BlockId) -> Option<Detach> {
    let seg = BlockId::CustomerSegments;
    match (from == seg, to == seg) {
        (true, false) => Some(Detach::LeftSegments),
        (false, true) => Some(Detach::BecameSegment),
        _ => None,
    }
}

/// The plain inverse alone, or a batch of it and the ops that restore detached data.
pub(super) fn with_restore(inverse: Op, restore: Vec<Op>) -> Op {
    if restore.is_empty() {
        inverse
    } else {
        let mut ops = Vec::with_capacity(restore.len() + 1);
        ops.push(inverse);
        ops.extend(restore);
        Op::Batch { ops }
    }
}

fn check_segment(v: &Version, id: NoteId) -> Result<(), OpError> {
    let n = v.note(id).ok_or(OpError::NoNote(v.id, id))?;
    if n.block == BlockId::CustomerSegments {
        Ok(())
    } else {
        Err(OpError::NotASegment(id))
    }
}

fn set_profile(
    model: &mut Model,
    version: VersionId,
    note: NoteId,
    profile: Option<&SegmentProfile>,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let profile = profile.filter(|p| !p.is_empty());
    match profile {
        Some(_) => check_segment(v, note)?,
        None => {
            v.note(note).ok_or(OpError::NoNote(version, note))?;
        }
    }
    let old = match profile {
        Some(p) => v.profiles.insert(note, p.clone()),
        None => v.profiles.remove(&note),
    };
    Ok(Op::SetProfile {
        version,
        note,
        profile: old,
    })
}

fn tie(
    model: &mut Model,
    version: VersionId,
    note: NoteId,
    segment: NoteId,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let n = v.note(note).ok_or(OpError::NoNote(version, note))?;
    if n.block == BlockId::CustomerSegments {
        return Err(OpError::SegmentTied(note));
    }
    check_segment(v, segment)?;
    if !v.ties.entry(note).or_default().insert(segment) {
        return Err(OpError::AlreadyTied(note, segment));
    }
    Ok(Op::Untie {
        version,
        note,
        segment,
    })
}

fn untie(
    model: &mut Model,
    version: VersionId,
    note: NoteId,
    segment: NoteId,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let removed = v.ties.get_mut(&note).is_some_and(|s| s.remove(&segment));
    if !removed {
        return Err(OpError::NotTied(note, segment));
    }
    if v.ties
        .get(&note)
        .is_some_and(std::collections::BTreeSet::is_empty)
    {
        v.ties.remove(&note);
    }
    Ok(Op::Tie {
        version,
        note,
        segment,
    })
}

fn set_social(
    model: &mut Model,
    version: VersionId,
    social: &SocialEnterprise,
) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let old = std::mem::replace(&mut v.social, social.clone());
    Ok(Op::SetSocial {
        version,
        social: old,
    })
}

fn set_description(model: &mut Model, version: VersionId, text: &str) -> Result<Op, OpError> {
    let v = version_mut(model, version)?;
    let old = std::mem::replace(&mut v.description, text.to_owned());
    Ok(Op::SetDescription { version, text: old })
}

/// Applies the ops in order; if one fails, those applied are undone and its error is
/// returned. The inverse is the batch of the inverses in reverse order.
fn batch(model: &mut Model, ops: &[Op]) -> Result<Op, OpError> {
    let mut inverses = Vec::with_capacity(ops.len());
    for op in ops {
        match op.apply(model) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => {
                for inverse in inverses.iter().rev() {
                    // Each inverse undoes an op just applied, so it applies.
                    let _ = inverse.apply(model);
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Op::Batch { ops: inverses })
}
