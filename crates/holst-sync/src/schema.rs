//! The shape of a Holst model as an Automerge document.
//!
//! ```text
//! ROOT (map)
//!   schema         "holst/1"          a reader refuses any other value, naming it
//!   title          text
//!   description    text               (absent: empty)
//!   final_version  "<version id>" | null   (absent: none)
//!   versions       map { "<version id>": Version }
//! Version (map)
//!   name text, description text (absent: empty), layout "bmc" | "social", z number (tab order)
//!   method  "<RON>"  the version's social enterprise, segment profiles and ties as one
//!           scalar (absent or empty: none); the last writer wins for all three together
//!   legend  map { "<colour>": { meaning: text, z: number } }
//!   notes   map { "<note id>": { block, colour, x, y, z, text: text } }
//!   cards   map { "<card id>": { hypothesis, test, metric, criterion, learning: text,
//!                                status, z, notes: list of "<note id>" } }
//! ```
//!
//! Items live in maps keyed by id, not in lists: a list "move" is a delete plus an insert
//! of a new object, which loses a concurrent edit of the old one and duplicates the item
//! when two people move it at once. In a map an item stays one object for its whole life, so
//! moving a note and retyping it touch different keys and both survive. The order of items
//! (drawing order, tabs, cards, legend) is a number `z`, ties broken by id. Whatever people
//! type is Automerge text, so concurrent typing in one note merges character by character.
//! Ids are decimal strings below 2^53, which JavaScript peers read exactly.

use holst_core::model::MAX_ID;

/// The value of the root `schema` key of a Holst document.
pub const SCHEMA: &str = "holst/1";

/// Root keys.
pub(crate) const K_SCHEMA: &str = "schema";
pub(crate) const K_TITLE: &str = "title";
pub(crate) const K_FINAL: &str = "final_version";
pub(crate) const K_VERSIONS: &str = "versions";

/// The model's description (root) and a version's method data (segment profiles, ties,
/// social enterprise) as one RON scalar.
pub(crate) const K_MODEL_DESCRIPTION: &str = "description";
pub(crate) const K_METHOD: &str = "method";

/// Keys of a version.
pub(crate) const K_NAME: &str = "name";
pub(crate) const K_DESCRIPTION: &str = "description";
pub(crate) const K_LAYOUT: &str = "layout";
pub(crate) const K_Z: &str = "z";
pub(crate) const K_LEGEND: &str = "legend";
pub(crate) const K_NOTES: &str = "notes";
pub(crate) const K_CARDS: &str = "cards";

/// Keys of a legend entry.
pub(crate) const K_MEANING: &str = "meaning";

/// Keys of a note.
pub(crate) const K_BLOCK: &str = "block";
pub(crate) const K_COLOUR: &str = "colour";
pub(crate) const K_X: &str = "x";
pub(crate) const K_Y: &str = "y";
pub(crate) const K_TEXT: &str = "text";

/// Keys of a card (besides `notes` and `z`).
pub(crate) const K_HYPOTHESIS: &str = "hypothesis";
pub(crate) const K_TEST: &str = "test";
pub(crate) const K_METRIC: &str = "metric";
pub(crate) const K_CRITERION: &str = "criterion";
pub(crate) const K_LEARNING: &str = "learning";
pub(crate) const K_STATUS: &str = "status";

/// The map key of an id.
pub(crate) fn key(id: u64) -> String {
    id.to_string()
}

/// The id a map key names: a decimal number from 1 to [`MAX_ID`] (0 is allowed too, as
/// the `.ron` format allows it).
pub(crate) fn parse_id(key: &str) -> Option<u64> {
    if key.is_empty() || key.len() > 16 || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse::<u64>().ok().filter(|id| *id <= MAX_ID)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_only_as_plain_decimals_in_range() {
        assert_eq!(parse_id("17"), Some(17));
        assert_eq!(parse_id(&key(MAX_ID)), Some(MAX_ID));
        assert_eq!(parse_id(&key(MAX_ID + 1)), None);
        for bad in ["", "-1", "+1", "1e3", " 1", "0x10", "１"] {
            assert_eq!(parse_id(bad), None, "{bad:?}");
        }
    }
}

/// A version's data of the course's method, kept in the document as one RON scalar.
#[derive(Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub(crate) struct MethodData {
    /// The version as a social enterprise.
    pub social: holst_core::model::SocialEnterprise,
    /// Segment profiles by note id.
    pub profiles:
        std::collections::BTreeMap<holst_core::model::NoteId, holst_core::model::SegmentProfile>,
    /// Which segments each note serves.
    pub ties: holst_core::model::Ties,
}

impl MethodData {
    /// The method data of a version.
    pub(crate) fn of(v: &holst_core::model::Version) -> Self {
        Self {
            social: v.social.clone(),
            profiles: v.profiles.clone(),
            ties: v.ties.clone(),
        }
    }

    /// The scalar stored for a version: empty when it has no method data; `None` if it
    /// cannot be written as RON (then the document keeps what it had, rather than an empty
    /// value that would read as no data).
    pub(crate) fn text(v: &holst_core::model::Version) -> Option<String> {
        let data = Self::of(v);
        if data == Self::default() {
            return Some(String::new());
        }
        ron::to_string(&data).ok()
    }
}
