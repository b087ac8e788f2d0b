//! Bounds on what a document may hold, and fresh ids within them.
//!
//! Every reader (RON, Markdown), the command line and saving go through
//! [`Model::validate`](super::Model::validate), which checks these, so a broken or hostile
//! file is refused with the limit named instead of taking minutes and gigabytes. The
//! numbers are far beyond any real canvas; a file that reaches them was made by a program.

use std::collections::HashSet;

use super::{Invalid, Model, Place, Version};
use crate::i18n::Message;

/// Largest file Holst reads, in bytes (64 MiB); checked before anything is read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Most versions in one model.
pub const MAX_VERSIONS: usize = 1_000;
/// Most notes in one model, all versions together.
pub const MAX_NOTES: usize = 100_000;
/// Most hypothesis cards in one model, all versions together.
pub const MAX_CARDS: usize = 100_000;
/// Most legend entries in one version (there are eight colours to explain).
pub const MAX_LEGEND: usize = 1_000;
/// Longest text of a note, a card field or a legend meaning, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Longest description of a version, in characters: it may hold whole sections of an
/// imported file, so it is ten times a note's limit.
pub const MAX_DESCRIPTION_CHARS: usize = 1_000_000;
/// Longest model title or version name, in characters.
pub const MAX_NAME_CHARS: usize = 10_000;
/// Largest id of a version, a note or a card: 2^53 − 1, the largest integer a JSON
/// number holds exactly. Files with larger ids are refused, and new ids are always made
/// at or below it, so adding a note can never run out of ids or wrap around.
pub const MAX_ID: u64 = (1 << 53) - 1;

/// The number of characters of `text` when it has more than `max`, else `None` (texts of
/// at most `max` bytes are not counted).
pub(super) fn chars_over(text: &str, max: usize) -> Option<usize> {
    if text.len() <= max {
        return None;
    }
    let n = text.chars().count();
    (n > max).then_some(n)
}

/// Model-wide limits: the title, the number of versions, notes and cards.
pub(super) fn check_model(model: &Model) -> Result<(), Invalid> {
    if let Some(n) = chars_over(&model.title, MAX_NAME_CHARS) {
        let m = Message::new("limit-title")
            .arg("count", n)
            .arg("limit", MAX_NAME_CHARS);
        return Err(Invalid::new(&m, Place::Title));
    }
    if let Some(n) = chars_over(&model.description, MAX_DESCRIPTION_CHARS) {
        let m = Message::new("limit-model-description")
            .arg("count", n)
            .arg("limit", MAX_DESCRIPTION_CHARS);
        return Err(Invalid::new(&m, Place::Model));
    }
    if let Some(v) = model.versions.get(MAX_VERSIONS) {
        let m = Message::new("limit-versions")
            .arg("limit", MAX_VERSIONS)
            .arg("version", v.id.0.to_string())
            .arg("number", (MAX_VERSIONS + 1).to_string());
        return Err(Invalid::new(&m, Place::Version(v.id)));
    }
    let (mut notes, mut cards) = (0, 0);
    for v in &model.versions {
        if let Some(n) = v.notes.get(MAX_NOTES.saturating_sub(notes)) {
            let m = Message::new("limit-notes")
                .arg("limit", MAX_NOTES)
                .arg("version", &v.name)
                .arg("note", n.id.0.to_string());
            return Err(Invalid::new(&m, Place::Note(v.id, n.id)));
        }
        if let Some(c) = v.cards.get(MAX_CARDS.saturating_sub(cards)) {
            let m = Message::new("limit-cards")
                .arg("limit", MAX_CARDS)
                .arg("version", &v.name)
                .arg("card", c.id.0.to_string());
            return Err(Invalid::new(&m, Place::Card(v.id, c.id)));
        }
        notes += v.notes.len();
        cards += v.cards.len();
    }
    Ok(())
}

/// An id above [`MAX_ID`]: what kind of item (a message id), and the message.
fn id_too_large(version: &Version, what: &'static str, id: u64, at: Place) -> Invalid {
    let m = Message::new("limit-id")
        .arg("version", &version.name)
        .arg("what", Message::new(what))
        .arg("id", id.to_string())
        .arg("max", MAX_ID.to_string());
    Invalid::new(&m, at)
}

/// A text longer than [`MAX_TEXT_CHARS`]; `what` names it.
pub(super) fn text_too_long(version: &Version, what: Message, n: usize, at: Place) -> Invalid {
    let m = Message::new("limit-text")
        .arg("version", &version.name)
        .arg("what", what)
        .arg("count", n)
        .arg("limit", MAX_TEXT_CHARS);
    Invalid::new(&m, at)
}

/// Limits of one version: ids, name and text lengths, legend size, card links.
pub(super) fn check_version(v: &Version) -> Result<(), Invalid> {
    let here = Place::Version(v.id);
    if v.id.0 > MAX_ID {
        return Err(id_too_large(v, "item-version", v.id.0, here));
    }
    if let Some(n) = chars_over(&v.name, MAX_NAME_CHARS) {
        let m = Message::new("limit-version-name")
            .arg("count", n)
            .arg("limit", MAX_NAME_CHARS);
        return Err(Invalid::new(&m, here));
    }
    if let Some(n) = chars_over(&v.description, MAX_DESCRIPTION_CHARS) {
        let m = Message::new("limit-version-description")
            .arg("version", &v.name)
            .arg("count", n)
            .arg("limit", MAX_DESCRIPTION_CHARS);
        return Err(Invalid::new(&m, here));
    }
    if v.notes.len() > MAX_NOTES || v.cards.len() > MAX_CARDS || v.legend.len() > MAX_LEGEND {
        let m = Message::new("limit-version-items")
            .arg("version", &v.name)
            .arg("notes", v.notes.len())
            .arg("cards", v.cards.len())
            .arg("legend", v.legend.len())
            .arg("max-notes", MAX_NOTES)
            .arg("max-cards", MAX_CARDS)
            .arg("max-legend", MAX_LEGEND);
        return Err(Invalid::new(&m, here));
    }
    for e in &v.legend {
        if let Some(n) = chars_over(&e.meaning, MAX_TEXT_CHARS) {
            return Err(text_too_long(v, Message::new("item-legend-entry"), n, here));
        }
    }
    for note in &v.notes {
        let at = Place::Note(v.id, note.id);
        if note.id.0 > MAX_ID {
            return Err(id_too_large(v, "item-note", note.id.0, at));
        }
        if let Some(n) = chars_over(&note.text, MAX_TEXT_CHARS) {
            let what = Message::new("item-note-text").arg("id", note.id.0.to_string());
            return Err(text_too_long(v, what, n, at));
        }
    }
    for c in &v.cards {
        let at = Place::Card(v.id, c.id);
        if c.id.0 > MAX_ID {
            return Err(id_too_large(v, "item-card", c.id.0, at));
        }
        for text in [&c.hypothesis, &c.test, &c.metric, &c.criterion, &c.learning] {
            if let Some(n) = chars_over(text, MAX_TEXT_CHARS) {
                let what = Message::new("item-card-field").arg("id", c.id.0.to_string());
                return Err(text_too_long(v, what, n, at));
            }
        }
        if c.notes.len() > MAX_NOTES {
            let m = Message::new("limit-card-links")
                .arg("version", &v.name)
                .arg("card", c.id.0.to_string())
                .arg("count", c.notes.len())
                .arg("limit", MAX_NOTES);
            return Err(Invalid::new(&m, at));
        }
    }
    Ok(())
}

/// `count` ids in `1..=MAX_ID` that are not in `used`: the ones right after the largest
/// used id when they fit (the usual case, so new ids grow), else the smallest free ones.
/// Never wraps around and never goes past [`MAX_ID`].
pub(super) fn fresh_ids<I>(used: I, count: usize) -> Vec<u64>
where
    I: Iterator<Item = u64> + Clone,
{
    let max = used.clone().max().unwrap_or(0);
    let wanted = u64::try_from(count).unwrap_or(u64::MAX);
    if let Some(last) = max.checked_add(wanted)
        && last <= MAX_ID
    {
        return (max + 1..=last).collect();
    }
    let taken: HashSet<u64> = used.collect();
    (1..=MAX_ID)
        .filter(|id| !taken.contains(id))
        .take(count)
        .collect()
}

/// `count` distinct random ids from 1 to [`MAX_ID`] that `used` lacks, in increasing order.
/// Should the system have no randomness to give, the ids of [`fresh_ids`] instead.
pub(super) fn random_ids<I>(used: I, count: usize) -> Vec<u64>
where
    I: Iterator<Item = u64> + Clone,
{
    let taken: HashSet<u64> = used.clone().collect();
    let mut out = HashSet::with_capacity(count);
    while out.len() < count {
        let Ok(r) = getrandom::u64() else {
            return fresh_ids(used, count);
        };
        let id = r & MAX_ID;
        if id != 0 && !taken.contains(&id) {
            out.insert(id);
        }
    }
    let mut out: Vec<u64> = out.into_iter().collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_are_distinct_new_in_range_and_sorted() {
        let used: Vec<u64> = (1..=1000).collect();
        let ids = random_ids(used.iter().copied(), 500);
        assert_eq!(ids.len(), 500);
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
        assert!(ids.iter().all(|id| (1..=MAX_ID).contains(id)));
        assert!(ids.iter().all(|id| !used.contains(id)));
        // Two peers drawing apart do not pick the same ids (2^-53 per pair).
        let other = random_ids(used.iter().copied(), 500);
        assert!(ids.iter().all(|id| !other.contains(id)));
        // Not the sequential ids: far above the ids in use.
        assert!(ids.iter().any(|id| *id > 1 << 40));
    }

    #[test]
    fn fresh_ids_follow_the_largest_and_fill_gaps_at_the_top() {
        assert_eq!(fresh_ids([3, 1].into_iter(), 2), vec![4, 5]);
        assert_eq!(fresh_ids(std::iter::empty(), 1), vec![1]);
        assert_eq!(fresh_ids([MAX_ID - 1].into_iter(), 1), vec![MAX_ID]);
        assert_eq!(fresh_ids([MAX_ID - 1, 1].into_iter(), 2), vec![2, 3]);
        assert_eq!(fresh_ids([u64::MAX, 1, 2].into_iter(), 1), vec![3]);
    }

    #[test]
    fn only_long_texts_are_counted_and_counted_in_characters() {
        assert_eq!(chars_over("абв", 3), None, "6 bytes, 3 characters");
        assert_eq!(chars_over("абвг", 3), Some(4));
        assert_eq!(chars_over("ab", 3), None);
    }

    #[test]
    fn limit_messages_count_in_russian_plural_forms() {
        let mut m = crate::model::Model::new("x", "v", crate::model::LayoutKind::Bmc);
        m.title = "я".repeat(MAX_NAME_CHARS + 1);
        let e = check_model(&m).unwrap_err();
        assert!(
            e.ru.contains(&format!("{} символ —", MAX_NAME_CHARS + 1)),
            "10001 takes the singular: {}",
            e.ru
        );
        m.title = "я".repeat(MAX_NAME_CHARS + 2);
        let e = check_model(&m).unwrap_err();
        assert!(
            e.ru.contains(&format!("{} символа —", MAX_NAME_CHARS + 2)),
            "{}",
            e.ru
        );
        assert!(e.message.contains("characters, more than"), "{e}");
    }
}
