//! Differences in the course's method between two versions (issue 16): ties of notes to
//! segments, segment profiles, the social enterprise and the version's description.
//!
//! Ties and profiles are read through the note pairing, so a fork whose notes kept their
//! ties has none of these differences:
//! - a tie of B is **added** unless its note and its segment are both paired with notes
//!   of A that A ties together; a tie of A is **removed** unless the same holds the other
//!   way. A note added or removed with its ties lists its ties too;
//! - a segment of B whose profile differs from its partner's in A (a missing profile
//!   reads as the empty one) has its profile **changed**, naming the fields that differ;
//!   a segment only in A is listed as removed and its profile goes with it;
//! - the social enterprise differs when any of its parts does, naming them;
//! - the description differs when its text does after [`normalise`](super::normalise).
//!
//! The model's own description is one for all its versions, so it never differs here.

use std::collections::HashMap;

use super::normalise;
use crate::model::{
    Note, NoteId, ProfileText, SegmentProfile, SocialEnterprise, SocialField, Version,
};

/// A part of a segment profile or of the social enterprise, as a difference names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MethodField {
    /// Clients or beneficiaries.
    Kind,
    /// Priority.
    Priority,
    /// Loyalty.
    Loyalty,
    /// One of the profile's text fields.
    Text(ProfileText),
    /// The ticked attributes and their notes.
    Attributes,
    /// The operating model.
    OperatingModel,
    /// The type(s) of business model.
    EnterpriseKinds,
    /// One of the social enterprise's text fields.
    Social(SocialField),
}

impl MethodField {
    /// The field's name in files and in the command line's JSON.
    pub fn id(self) -> &'static str {
        match self {
            MethodField::Kind => "kind",
            MethodField::Priority => "priority",
            MethodField::Loyalty => "loyalty",
            MethodField::Text(t) => t.id(),
            MethodField::Attributes => "attributes",
            MethodField::OperatingModel => "operating_model",
            MethodField::EnterpriseKinds => "kinds",
            MethodField::Social(f) => f.id(),
        }
    }
}

/// One difference of the method.
#[derive(Debug, Clone, PartialEq)]
pub enum MethodChange {
    /// B ties `note` to `segment` (both notes of B), and A does not tie their partners.
    TieAdded {
        /// The tied note, in B.
        note: Note,
        /// The segment, in B.
        segment: Note,
    },
    /// A ties `note` to `segment` (both notes of A), and B does not tie their partners.
    TieRemoved {
        /// The tied note, in A.
        note: Note,
        /// The segment, in A.
        segment: Note,
    },
    /// A segment of B whose profile differs from its partner's.
    ProfileChanged {
        /// The partner in A, if any.
        before: Option<Note>,
        /// The segment in B.
        after: Note,
        /// A's profile (empty when none).
        old: Box<SegmentProfile>,
        /// B's profile (empty when none).
        new: Box<SegmentProfile>,
        /// What differs.
        fields: Vec<MethodField>,
    },
    /// The social enterprise differs.
    SocialChanged {
        /// A's.
        before: Box<SocialEnterprise>,
        /// B's.
        after: Box<SocialEnterprise>,
        /// What differs.
        fields: Vec<MethodField>,
    },
    /// The version's description differs.
    DescriptionChanged {
        /// A's.
        before: String,
        /// B's.
        after: String,
    },
}

fn profile_fields(a: &SegmentProfile, b: &SegmentProfile) -> Vec<MethodField> {
    let mut out = Vec::new();
    if a.kind != b.kind {
        out.push(MethodField::Kind);
    }
    if a.priority != b.priority {
        out.push(MethodField::Priority);
    }
    if a.loyalty != b.loyalty {
        out.push(MethodField::Loyalty);
    }
    for t in ProfileText::ALL {
        if normalise(a.text(t)) != normalise(b.text(t)) {
            out.push(MethodField::Text(t));
        }
    }
    let attrs = |p: &SegmentProfile| {
        p.attributes
            .iter()
            .map(|n| (n.attribute, normalise(&n.note)))
            .collect::<Vec<_>>()
    };
    if attrs(a) != attrs(b) {
        out.push(MethodField::Attributes);
    }
    out
}

fn social_fields(a: &SocialEnterprise, b: &SocialEnterprise) -> Vec<MethodField> {
    let mut out = Vec::new();
    if a.operating_model != b.operating_model {
        out.push(MethodField::OperatingModel);
    }
    if a.kinds != b.kinds {
        out.push(MethodField::EnterpriseKinds);
    }
    for f in SocialField::ALL {
        if normalise(a.text(f)) != normalise(b.text(f)) {
            out.push(MethodField::Social(f));
        }
    }
    out
}

/// Ties of `from` that `to` lacks: (note, segment) of `from`, read through `partner`
/// (ids of `from` to ids of `to`), in `from`'s order.
fn ties_missing<'a>(
    from: &'a Version,
    to: &Version,
    partner: &HashMap<NoteId, NoteId>,
) -> Vec<(&'a Note, &'a Note)> {
    let mut out = Vec::new();
    for (note, segments) in &from.ties {
        for s in segments {
            let kept = match (partner.get(note), partner.get(s)) {
                (Some(n), Some(s)) => to.ties.get(n).is_some_and(|set| set.contains(s)),
                _ => false,
            };
            if !kept && let (Some(n), Some(s)) = (from.note(*note), from.note(*s)) {
                out.push((n, s));
            }
        }
    }
    out
}

/// The method's differences from `a` to `b`: ties added, ties removed, profiles changed
/// (in B's segment order), the social enterprise, the description. `a_to_b` pairs A's
/// notes with B's.
pub(super) fn method_changes(
    a: &Version,
    b: &Version,
    a_to_b: &HashMap<NoteId, NoteId>,
) -> Vec<MethodChange> {
    let b_to_a: HashMap<NoteId, NoteId> = a_to_b.iter().map(|(x, y)| (*y, *x)).collect();
    let mut out: Vec<MethodChange> = ties_missing(b, a, &b_to_a)
        .into_iter()
        .map(|(n, s)| MethodChange::TieAdded {
            note: n.clone(),
            segment: s.clone(),
        })
        .collect();
    out.extend(
        ties_missing(a, b, a_to_b)
            .into_iter()
            .map(|(n, s)| MethodChange::TieRemoved {
                note: n.clone(),
                segment: s.clone(),
            }),
    );
    for seg in b.segments() {
        let before = b_to_a.get(&seg.id).and_then(|id| a.note(*id));
        let old = before
            .and_then(|n| a.profile(n.id))
            .cloned()
            .unwrap_or_default();
        let new = b.profile(seg.id).cloned().unwrap_or_default();
        let fields = profile_fields(&old, &new);
        if !fields.is_empty() {
            out.push(MethodChange::ProfileChanged {
                before: before.cloned(),
                after: seg.clone(),
                old: Box::new(old),
                new: Box::new(new),
                fields,
            });
        }
    }
    let fields = social_fields(&a.social, &b.social);
    if !fields.is_empty() {
        out.push(MethodChange::SocialChanged {
            before: Box::new(a.social.clone()),
            after: Box::new(b.social.clone()),
            fields,
        });
    }
    if normalise(&a.description) != normalise(&b.description) {
        out.push(MethodChange::DescriptionChanged {
            before: a.description.clone(),
            after: b.description.clone(),
        });
    }
    out
}
