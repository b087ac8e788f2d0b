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
//!   tied: «text of a note»; «text of another»
//! ```
//!
//! Keys are the ids the RON files use; values of choices may also be their labels in
//! either language. Segments and tied notes are named by their text, as card links are.

use super::items::{Item, Linker, column, split_quoted};
use super::lines::Line;
use super::{Warnings, canonical};
use crate::i18n::Message;
use crate::method::labels;
use crate::model::{
    Attribute, BlockId, EnterpriseKind, Lang, Loyalty, Note, OperatingModel, Priority, ProfileText,
    SegmentKind, SegmentProfile, SocialEnterprise, SocialField, Version,
};
use crate::storage::{ParseError, Warning};

/// A segment's profile as read: the segment named by its text, the notes tied to it.
#[derive(Debug)]
pub(crate) struct RawSegment {
    /// Line of the item.
    pub line: usize,
    /// The segment note's text.
    pub segment: String,
    pub profile: SegmentProfile,
    /// Texts of the notes tied to the segment, with their lines.
    pub tied: Vec<(usize, String)>,
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
    let head = item.head.trim();
    let segment = head
        .strip_prefix('«')
        .and_then(|h| h.strip_suffix('»'))
        .unwrap_or(head);
    let mut raw = RawSegment {
        line: item.line.no,
        segment: segment.to_owned(),
        profile: SegmentProfile::default(),
        tied: Vec::new(),
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
            let v = value.trim();
            let parts: Vec<&str> = match v.strip_prefix('«').and_then(|r| r.strip_suffix('»')) {
                Some(inner) => split_quoted(inner, crate::model::MAX_NOTES),
                None => v
                    .split(';')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .collect(),
            };
            raw.tied
                .extend(parts.into_iter().map(|t| (l.no, t.to_owned())));
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
    let (segs, others): (Vec<Note>, Vec<Note>) = version
        .notes
        .iter()
        .cloned()
        .partition(|n| n.block == BlockId::CustomerSegments);
    let heads: Vec<(usize, String)> = segments
        .iter()
        .map(|s| (s.line, s.segment.clone()))
        .collect();
    let unknown_segment = |line: usize, text: &str| {
        Warning::new(line, &Message::new("md-segment-unknown").arg("text", text))
    };
    let found = Linker::new(&segs).link_each(&segs, &heads, warnings, unknown_segment);
    let others_linker = Linker::new(&others);
    for (raw, id) in segments.into_iter().zip(found) {
        let Some(id) = id else { continue };
        if !raw.profile.is_empty() {
            version.profiles.insert(id, raw.profile);
        }
        let segment = raw.segment.clone();
        let unknown_tie = move |line: usize, text: &str| {
            let m = Message::new("md-tie-unknown")
                .arg("segment", segment.as_str())
                .arg("text", text);
            Warning::new(line, &m)
        };
        let tied = others_linker.link_each(&others, &raw.tied, warnings, unknown_tie);
        for note in tied.into_iter().flatten() {
            version.ties.entry(note).or_default().insert(id);
        }
    }
}
