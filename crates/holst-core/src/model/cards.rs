//! Hypothesis cards: Bland & Osterwalder's Test Card and Learning Card in one.

use serde::{Deserialize, Serialize};

use super::{Lang, NoteId};

/// Stable identity of a card.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct CardId(pub u64);

/// Where a hypothesis stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Не проверена.
    #[default]
    Untested,
    /// Проверяется.
    Testing,
    /// Подтверждена.
    Validated,
    /// Опровергнута.
    Invalidated,
}

impl Status {
    /// All statuses in workflow order.
    pub const ALL: [Status; 4] = [
        Status::Untested,
        Status::Testing,
        Status::Validated,
        Status::Invalidated,
    ];

    /// The word used in files and shown to people.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Status::Untested, Lang::Ru) => "не проверена",
            (Status::Testing, Lang::Ru) => "проверяется",
            (Status::Validated, Lang::Ru) => "подтверждена",
            (Status::Invalidated, Lang::Ru) => "опровергнута",
            (Status::Untested, Lang::En) => "untested",
            (Status::Testing, Lang::En) => "testing",
            (Status::Validated, Lang::En) => "validated",
            (Status::Invalidated, Lang::En) => "invalidated",
        }
    }

    /// Parses a status word in either language (any case, `ё` = `е`).
    pub fn parse(s: &str) -> Option<Status> {
        let s = s.trim().to_lowercase().replace('ё', "е");
        Status::ALL
            .into_iter()
            .find(|st| st.label(Lang::Ru) == s || st.label(Lang::En) == s)
    }
}

/// A test and learning card: a hypothesis of the version and what testing it taught.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Card {
    /// Stable id, unique within the model.
    pub id: CardId,
    /// «Мы считаем, что …»
    pub hypothesis: String,
    /// «Чтобы проверить это, мы …»
    #[serde(default)]
    pub test: String,
    /// «И будем измерять …»
    #[serde(default)]
    pub metric: String,
    /// «Мы правы, если …»
    #[serde(default)]
    pub criterion: String,
    /// Where the test stands.
    #[serde(default)]
    pub status: Status,
    /// «Мы наблюдали …», «Из этого мы узнали …», «Поэтому мы …»
    #[serde(default)]
    pub learning: String,
    /// Notes of the same version this hypothesis concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<NoteId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words_of_canvas_md_parse() {
        assert_eq!(Status::parse("Подтверждена"), Some(Status::Validated));
        assert_eq!(Status::parse("не проверена"), Some(Status::Untested));
        assert_eq!(Status::parse("invalidated"), Some(Status::Invalidated));
        assert_eq!(Status::parse("testing"), Some(Status::Testing));
        assert_eq!(Status::parse("maybe"), None);
    }
}
