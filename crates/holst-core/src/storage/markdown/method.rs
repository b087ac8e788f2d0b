//! Reading the sections of the course's method (issue 16): a version's social enterprise
//! and its segment profiles with the notes tied to each segment.
//!
//! ```text
//! ### Социальное предприятие
//! - model: employment
//! - kind: embedded, integrated
//! - sells: one line of text
//!   and its continuation
//!
//! ### Профили сегментов
//! - «Text of the segment note»
//!   kind: beneficiary
//!   priority: high
//!   size: 120 companies
//!       a continuation line of a field, four spaces in
//!   attribute: region: Москва
//!   attribute: age
//!   tied: «text of a note»; «text of another»; «a text two notes have» #2
//! ```
//!
//! Keys are the ids the RON files use; values of choices may also be their labels in
//! either language. Segments and tied notes are named by their text, as card links are.
//! When several candidates (segments for a profile, notes of the other blocks for a tie)
//! have the same text, ` #k` after the closing quote names the k-th of them in the order
//! the file lists notes (the layout's blocks in order, each block's notes as listed).

use super::items::{Item, Linker, column};
use super::lines::Line;
use super::{Warnings, canonical, collapse};
use crate::i18n::Message;
use crate::method::labels;
use crate::model::{
    Attribute, BlockId, EnterpriseKind, Lang, Loyalty, Note, NoteId, OperatingModel, Priority,
    ProfileText, SegmentKind, SegmentProfile, SocialEnterprise, SocialField, Version,
};
use crate::storage::{ParseError, Warning};

/// A segment's profile as read: the segment named by its text, the notes tied to it.
#[derive(Debug)]
pub(crate) struct RawSegment {
    /// Line of the item.
    pub line: usize,
    /// The segment note's text.
    pub segment: String,
    /// Which of the segments with that text (` #k`, 1-based), when the file says.
    pub segment_nth: Option<usize>,
    pub profile: SegmentProfile,
    /// Texts of the notes tied to the segment, with their lines.
    pub tied: Vec<(usize, String)>,
    /// For each of `tied`, which of the notes with that text, when the file says.
    pub tied_nth: Vec<Option<usize>>,
}

/// A reference that ends in ` #k` (k from 1): the text before it and k.
fn split_nth(text: &str) -> (&str, Option<usize>) {
    let t = text.trim_end();
    let Some((before, digits)) = t.rsplit_once('#') else {
        return (text, None);
    };
    let ok = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    match (ok, digits.parse::<usize>()) {
        (true, Ok(k)) if k > 0 && before.ends_with(char::is_whitespace) => {
            (before.trim_end(), Some(k))
        }
        _ => (text, None),
    }
}

/// A quoted reference, `«text»` or `«text» #k`: the text and k. Unquoted text is taken
/// whole.
fn quoted_ref(text: &str) -> (&str, Option<usize>) {
    let t = text.trim();
    let (body, nth) = split_nth(t);
    match body.strip_prefix('«').and_then(|b| b.strip_suffix('»')) {
        Some(inner) => (inner, nth),
        None => (
            t.strip_prefix('«')
                .and_then(|b| b.strip_suffix('»'))
                .unwrap_or(t),
            None,
        ),
    }
}

/// `«a»; «b» #2; «c»`: each reference's text and k. A `»` inside a text is kept: the
/// list splits only where `»`, maybe ` #k`, then `;` and `«` follow one another.
fn quoted_refs(value: &str) -> Vec<(String, Option<usize>)> {
    let v = value.trim();
    let Some(rest) = v.strip_prefix('«') else {
        return v
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| (p.to_owned(), None))
            .collect();
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(pos) = rest.get(search..).and_then(|s| s.find('»')) {
        let at = search + pos;
        let after = rest.get(at + '»'.len_utf8()..).unwrap_or("");
        let trimmed = after.trim_start();
        let (nth, after_nth) = match trimmed.strip_prefix('#') {
            Some(d) => {
                let digits: String = d.chars().take_while(char::is_ascii_digit).collect();
                (digits.parse::<usize>().ok(), &d[digits.len()..])
            }
            None => (None, trimmed),
        };
        let next = after_nth
            .trim_start()
            .strip_prefix(';')
            .map(str::trim_start)
            .and_then(|t| t.strip_prefix('«'));
        if let Some(next) = next {
            out.push((rest.get(start..at).unwrap_or("").to_owned(), nth));
            if out.len() >= crate::model::MAX_NOTES {
                return out;
            }
            start = rest.len() - next.len();
            search = start;
        } else if after_nth.trim().is_empty() && (nth.is_some() || after.trim().is_empty()) {
            // The last reference.
            out.push((rest.get(start..at).unwrap_or("").to_owned(), nth));
            return out;
        } else {
            search = at + '»'.len_utf8();
        }
    }
    out.push((rest.get(start..).unwrap_or("").to_owned(), None));
    out
}

/// The order the file lists notes in: the layout's blocks in order, each block's notes
/// in the version's order. Indices into `version.notes`.
pub(super) fn file_order(version: &Version) -> Vec<usize> {
    let mut order: Vec<usize> = (0..version.notes.len()).collect();
    let rank = |b: BlockId| {
        version
            .layout
            .blocks()
            .position(|x| x == b)
            .unwrap_or(usize::MAX)
    };
    order.sort_by_key(|i| rank(version.notes[*i].block));
    order
}

/// Among `candidates` (indices into `version.notes`, in file order), the `k`-th (from 1)
/// whose text is `text` with whitespace collapsed; and how many there are.
pub(super) fn nth_with_text(
    version: &Version,
    candidates: &[usize],
    text: &str,
    k: usize,
) -> Option<crate::model::NoteId> {
    let want = collapse(text);
    candidates
        .iter()
        .filter(|i| collapse(&version.notes[**i].text) == want)
        .nth(k.checked_sub(1)?)
        .map(|i| version.notes[*i].id)
}

/// Keys of the social enterprise section.
const SOCIAL_KEYS: &str = "model, kind, sells, sells_to, impact";
/// Keys of a segment profile.
const PROFILE_KEYS: &str = "kind, priority, loyalty, size, share_of_sales, profitability, what, who, why, when, where, attribute, tied";

/// A continuation line without `levels` levels of indentation (two spaces or a tab each).
fn dedent(text: &str, levels: usize) -> &str {
    let mut t = text;
    for _ in 0..levels {
        t = t
            .strip_prefix('\t')
            .or_else(|| t.strip_prefix("  "))
            .unwrap_or(t);
    }
    t
}

/// `key: value` when `text` starts with a key of lower-case letters and underscores.
fn key_value(text: &str) -> Option<(&str, &str)> {
    let (key, value) = text.split_once(':')?;
    let ok = !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    ok.then(|| (key, value.trim_start()))
}

fn unknown_key(line: Line<'_>, part: &str, key: &str, keys: &str) -> ParseError {
    let m = Message::new("md-unknown-key")
        .arg("key", key)
        .arg("keys", keys);
    ParseError::new(line.no, column(line.text, part), &m)
}

/// The value of a choice by its id or its label in either language (case and `ё`
/// ignored); else an error at the value listing the ids.
fn choose<T: Copy>(
    line: Line<'_>,
    value: &str,
    key: &str,
    all: &[T],
    id: fn(T) -> &'static str,
    label: fn(T, Lang) -> &'static str,
) -> Result<T, ParseError> {
    let norm = |s: &str| s.trim().to_lowercase().replace('ё', "е");
    let v = norm(value);
    all.iter()
        .copied()
        .find(|x| {
            id(*x) == v
                || [Lang::Ru, Lang::En]
                    .iter()
                    .any(|l| norm(label(*x, *l)) == v)
        })
        .ok_or_else(|| {
            let ids: Vec<&str> = all.iter().map(|x| id(*x)).collect();
            let m = Message::new("md-unknown-value")
                .arg("value", value.trim())
                .arg("key", key)
                .arg("values", ids.join(", "));
            ParseError::new(line.no, column(line.text, value), &m)
        })
}

/// One item of the social enterprise section into `social`.
pub(super) fn social_item(
    item: &Item<'_>,
    social: &mut SocialEnterprise,
) -> Result<(), ParseError> {
    let line = item.line;
    let Some((key, value)) = key_value(item.head) else {
        return Err(unknown_key(line, item.head, item.head.trim(), SOCIAL_KEYS));
    };
    let mut text = value.to_owned();
    for l in item.rest {
        text.push('\n');
        text.push_str(dedent(l.text, 1));
    }
    let field = |f: SocialField| (f.id() == key).then_some(f);
    if let Some(f) = SocialField::ALL.into_iter().find_map(field) {
        *social.text_mut(f) = canonical(&text);
        return Ok(());
    }
    match key {
        "model" => {
            let m = choose(
                line,
                value,
                key,
                &OperatingModel::ALL,
                OperatingModel::id,
                labels::operating_model,
            )?;
            social.operating_model = Some(m);
        }
        "kind" => {
            for part in value.split(',').filter(|p| !p.trim().is_empty()) {
                let k = choose(
                    line,
                    part,
                    key,
                    &EnterpriseKind::ALL,
                    EnterpriseKind::id,
                    labels::enterprise_kind,
                )?;
                social.kinds.insert(k);
            }
        }
        _ => return Err(unknown_key(line, item.head, key, SOCIAL_KEYS)),
    }
    Ok(())
}

/// Where the text of the current key of a profile goes.
#[derive(Clone, Copy)]
enum Current {
    None,
    Text(ProfileText),
    Attribute(Attribute),
}

/// One item of the segment profiles section.
pub(super) fn segment_item(item: &Item<'_>) -> Result<RawSegment, ParseError> {
    let (segment, segment_nth) = quoted_ref(item.head);
    let mut raw = RawSegment {
        line: item.line.no,
        segment: segment.to_owned(),
        segment_nth,
        profile: SegmentProfile::default(),
        tied: Vec::new(),
        tied_nth: Vec::new(),
    };
    let mut current = Current::None;
    let mut texts: Vec<(Current, String)> = Vec::new();
    for l in item.rest {
        let inner = dedent(l.text, 1);
        let deeper = inner.starts_with(' ') || inner.starts_with('\t');
        if l.text.trim().is_empty() || deeper {
            if let Some((_, t)) = texts
                .last_mut()
                .filter(|_| !matches!(current, Current::None))
            {
                t.push('\n');
                t.push_str(dedent(l.text, 2));
            }
            continue;
        }
        let Some((key, value)) = key_value(inner) else {
            return Err(unknown_key(*l, inner, inner.trim(), PROFILE_KEYS));
        };
        current = profile_key(*l, key, value, &mut raw)?;
        match current {
            Current::None => {}
            Current::Text(_) => texts.push((current, value.to_owned())),
            Current::Attribute(_) => {
                let note = value.split_once(':').map_or("", |(_, n)| n.trim_start());
                texts.push((current, note.to_owned()));
            }
        }
    }
    for (at, text) in texts {
        let text = canonical(&text);
        match at {
            Current::Text(f) => *raw.profile.text_mut(f) = text,
            Current::Attribute(a) => raw.profile.set_attribute(a, Some(text)),
            Current::None => {}
        }
    }
    Ok(raw)
}

/// Reads one `key: value` line of a profile; what the following continuation lines
/// belong to.
fn profile_key(
    l: Line<'_>,
    key: &str,
    value: &str,
    raw: &mut RawSegment,
) -> Result<Current, ParseError> {
    let p = &mut raw.profile;
    if let Some(f) = ProfileText::ALL.into_iter().find(|f| f.id() == key) {
        return Ok(Current::Text(f));
    }
    match key {
        "kind" => {
            p.kind = choose(
                l,
                value,
                key,
                &SegmentKind::ALL,
                SegmentKind::id,
                labels::segment_kind,
            )?;
        }
        "priority" => {
            let v = choose(
                l,
                value,
                key,
                &Priority::ALL,
                Priority::id,
                labels::priority,
            )?;
            p.priority = Some(v);
        }
        "loyalty" => {
            let v = choose(l, value, key, &Loyalty::ALL, Loyalty::id, labels::loyalty)?;
            p.loyalty = Some(v);
        }
        "attribute" => {
            let name = value.split_once(':').map_or(value, |(a, _)| a);
            let a = choose(
                l,
                name,
                key,
                &Attribute::ALL,
                Attribute::id,
                labels::attribute,
            )?;
            return Ok(Current::Attribute(a));
        }
        "tied" => {
            for (text, nth) in quoted_refs(value) {
                raw.tied.push((l.no, text));
                raw.tied_nth.push(nth);
            }
        }
        _ => return Err(unknown_key(l, key, key, PROFILE_KEYS)),
    }
    Ok(Current::None)
}

/// Gives a version the profiles and ties read for it: segments and tied notes found by
/// their text (a name that matches no note is a warning, and that profile or tie is left
/// out).
pub(super) fn resolve(version: &mut Version, segments: Vec<RawSegment>, warnings: &mut Warnings) {
    if segments.is_empty() {
        return;
    }
    let order = file_order(version);
    let (seg_order, other_order): (Vec<usize>, Vec<usize>) = order
        .iter()
        .partition(|i| version.notes[**i].block == BlockId::CustomerSegments);
    let (segs, others): (Vec<Note>, Vec<Note>) = version
        .notes
        .iter()
        .cloned()
        .partition(|n| n.block == BlockId::CustomerSegments);
    let unknown_segment = |line: usize, text: &str| {
        Warning::new(line, &Message::new("md-segment-unknown").arg("text", text))
    };
    // ` #k` names one of several segments with the same text; the rest are found by
    // their text among the segments no number named.
    let by_nth: Vec<Option<NoteId>> = segments
        .iter()
        .map(|s| {
            s.segment_nth
                .and_then(|k| nth_with_text(version, &seg_order, &s.segment, k))
        })
        .collect();
    let found = link_rest(
        &segs,
        &segments
            .iter()
            .map(|s| (s.line, s.segment.clone()))
            .collect::<Vec<_>>(),
        &by_nth,
        warnings,
        unknown_segment,
    );
    let mut profiles = Vec::new();
    let mut ties = Vec::new();
    for (raw, id) in segments.into_iter().zip(found) {
        let Some(id) = id else { continue };
        if !raw.profile.is_empty() {
            profiles.push((id, raw.profile));
        }
        let segment = raw.segment.clone();
        let unknown_tie = move |line: usize, text: &str| {
            let m = Message::new("md-tie-unknown")
                .arg("segment", segment.as_str())
                .arg("text", text);
            Warning::new(line, &m)
        };
        let nth: Vec<Option<NoteId>> = raw
            .tied
            .iter()
            .zip(&raw.tied_nth)
            .map(|((_, text), k)| k.and_then(|k| nth_with_text(version, &other_order, text, k)))
            .collect();
        let served = link_rest(&others, &raw.tied, &nth, warnings, unknown_tie);
        ties.extend(served.into_iter().flatten().map(|note| (note, id)));
    }
    for (id, profile) in profiles {
        version.profiles.insert(id, profile);
    }
    for (note, id) in ties {
        version.ties.entry(note).or_default().insert(id);
    }
}

/// The notes `refs` name: those `known` already (by number), the others by their text
/// ([`Linker::link_each`]) among the `notes` not known.
fn link_rest(
    notes: &[Note],
    refs: &[(usize, String)],
    known: &[Option<NoteId>],
    warnings: &mut Warnings,
    unknown: impl Fn(usize, &str) -> Warning,
) -> Vec<Option<NoteId>> {
    let taken: Vec<NoteId> = known.iter().flatten().copied().collect();
    let free: Vec<Note> = notes
        .iter()
        .filter(|n| !taken.contains(&n.id))
        .cloned()
        .collect();
    let rest: Vec<(usize, String)> = refs
        .iter()
        .zip(known)
        .filter(|(_, k)| k.is_none())
        .map(|(r, _)| r.clone())
        .collect();
    let mut linked = Linker::new(&free)
        .link_each(&free, &rest, warnings, unknown)
        .into_iter();
    known
        .iter()
        .map(|k| k.or_else(|| linked.next().flatten()))
        .collect()
}
