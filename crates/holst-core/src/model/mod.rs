//! The document: what a Holst file holds. Plain data with serde, no egui and no I/O.
//!
//! A [`Model`] is a titled set of alternative [`Version`]s of one business model. Each
//! version has its own layout, sticky [`Note`]s and hypothesis [`Card`]s. Notes and cards
//! carry stable ids that survive forking, so versions can be compared later.

mod blocks;
mod cards;
mod colour;
mod layout;
mod limits;
mod names;
mod segment;
mod social;

pub use blocks::{BlockId, Lang};
pub use cards::{Card, CardId, Status};
pub use colour::{Colour, NOTE_TEXT_RGB};
pub use layout::{CANVAS_H, CANVAS_W, LayoutKind, Rect};
pub use limits::{
    MAX_CARDS, MAX_DESCRIPTION_CHARS, MAX_FILE_BYTES, MAX_ID, MAX_LEGEND, MAX_NAME_CHARS,
    MAX_NOTES, MAX_TEXT_CHARS, MAX_VERSIONS,
};
pub use names::normalise;
pub use segment::{
    Attribute, AttributeNote, Loyalty, Priority, ProfileText, Question, SegmentKind,
    SegmentProfile, Ties,
};
pub use social::{EnterpriseKind, OperatingModel, SocialEnterprise, SocialField};

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Message};

/// What [`Model::validate`] found wrong, and where in the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// What is wrong, in words for the user (English).
    pub message: String,
    /// The same in Russian.
    pub ru: String,
    /// The item at fault.
    pub at: Place,
}

/// An item of a model that a validation message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The model as a whole.
    Model,
    /// The model's `format_version`.
    FormatVersion,
    /// The model's title.
    Title,
    /// A version.
    Version(VersionId),
    /// A note of a version.
    Note(VersionId, NoteId),
    /// A card of a version.
    Card(VersionId, CardId),
}

impl Invalid {
    /// What is wrong at `at`, worded by a message of the i18n files (both languages).
    pub fn new(message: &Message, at: Place) -> Self {
        Self {
            message: message.text(Lang::En),
            ru: message.text(Lang::Ru),
            at,
        }
    }

    /// The message in the given language.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.message,
        }
    }
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The newest file format this build reads and the one it writes.
pub const FORMAT_VERSION: u32 = 1;

/// The `format_version`s this build reads, for messages: `1`, or `1 to N`.
pub(crate) fn known_formats() -> Message {
    Message::new("formats-known")
        .arg("first", "1")
        .arg("last", FORMAT_VERSION.to_string())
        .arg("count", u64::from(FORMAT_VERSION))
}

/// Stable identity of a note. Unique within a version; a fork keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NoteId(pub u64);

/// Stable identity of a version inside its model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VersionId(pub u64);

/// How a model makes the ids of new notes, cards and versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IdStrategy {
    /// After the largest id in use: short ids, for a model only one person edits.
    #[default]
    Sequential,
    /// Random ids up to [`MAX_ID`], for a shared model: two people adding a note while apart
    /// would both take "largest + 1", and one note would hide the other when their edits merge.
    Random,
}

/// A whole business model: a title and one or more alternative versions.
///
/// Two models are equal when they hold the same document; [`Model::ids`] is not compared.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    /// File format of the document; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The model's title, shown in the window title and on every printed page.
    pub title: String,
    /// What the model is about, in the founder's words. Empty for most models.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The version marked final, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_version: Option<VersionId>,
    /// The versions in tab order; never empty in a valid model.
    pub versions: Vec<Version>,
    /// How new ids are made; not saved (a shared model is told so when it is opened).
    #[serde(skip)]
    pub ids: IdStrategy,
}

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        // Destructured, so that a new field cannot be left out of the comparison unseen.
        let Model {
            format_version,
            title,
            description,
            final_version,
            versions,
            ids: _,
        } = self;
        *format_version == other.format_version
            && *title == other.title
            && *description == other.description
            && *final_version == other.final_version
            && *versions == other.versions
    }
}

/// One alternative of the business model: a canvas of notes plus its test cards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// Stable id, unique within the model.
    pub id: VersionId,
    /// Name shown on the version's tab.
    pub name: String,
    /// Which arrangement of blocks this version uses.
    pub layout: LayoutKind,
    /// Text of the version that belongs to no block: what an imported file held outside
    /// its blocks (a `## Notes` section, an introduction, guidance), kept so that nothing
    /// read is lost. Empty for most versions.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The version as a social enterprise: operating model, type, description fields.
    #[serde(default, skip_serializing_if = "SocialEnterprise::is_empty")]
    pub social: SocialEnterprise,
    /// What each colour means in this version (for example one colour per segment).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legend: Vec<LegendEntry>,
    /// The sticky notes, in drawing order (later notes are drawn on top).
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Profiles of segment notes (notes of Customer Segments), by note id. A profile stays
    /// with its note if the note leaves the block, and counts again when it comes back.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub profiles: std::collections::BTreeMap<NoteId, SegmentProfile>,
    /// Which segments each note of another block serves.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub ties: Ties,
    /// Hypothesis (test and learning) cards of this version.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<Card>,
}

/// The meaning a user gave to one note colour in a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegendEntry {
    /// The colour being explained.
    pub colour: Colour,
    /// What notes of that colour stand for.
    pub meaning: String,
}

/// A sticky note on the canvas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Stable id, unique within its version and kept by forks.
    pub id: NoteId,
    /// The block the note belongs to.
    pub block: BlockId,
    /// Fill colour.
    pub colour: Colour,
    /// Left edge, in canvas units, measured from the left edge of the block.
    pub x: f32,
    /// Top edge, in canvas units, measured from the top edge of the block.
    pub y: f32,
    /// The note's text: any Unicode, may span several lines.
    pub text: String,
}

impl Model {
    /// A model with one empty version on the given layout.
    pub fn new(
        title: impl Into<String>,
        version_name: impl Into<String>,
        layout: LayoutKind,
    ) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            title: title.into(),
            description: String::new(),
            final_version: None,
            versions: vec![Version::new(VersionId(1), version_name, layout)],
            ids: IdStrategy::Sequential,
        }
    }

    /// The version with this id.
    pub fn version(&self, id: VersionId) -> Option<&Version> {
        self.versions.iter().find(|v| v.id == id)
    }

    /// The version with this id, mutably.
    pub(crate) fn version_mut(&mut self, id: VersionId) -> Option<&mut Version> {
        self.versions.iter_mut().find(|v| v.id == id)
    }

    /// A note id not used by any note of any version, so that a note added to one version
    /// can never be mistaken for an unrelated note of another. At most [`MAX_ID`]: after the
    /// largest id in use when there is room, else the smallest free one; never wraps. With
    /// [`IdStrategy::Random`], a random unused id.
    pub fn next_note_id(&self) -> NoteId {
        self.new_note_ids(1)
            .first()
            .copied()
            .unwrap_or(NoteId(MAX_ID))
    }

    /// `count` distinct note ids used by no note of any version (see [`Self::next_note_id`]),
    /// in increasing order.
    pub fn new_note_ids(&self, count: usize) -> Vec<NoteId> {
        let used = self
            .versions
            .iter()
            .flat_map(|v| v.notes.iter().map(|n| n.id.0));
        self.fresh_ids(used, count)
            .into_iter()
            .map(NoteId)
            .collect()
    }

    /// A card id not used in any version; at most [`MAX_ID`], never wraps.
    pub(crate) fn next_card_id(&self) -> CardId {
        let used = self
            .versions
            .iter()
            .flat_map(|v| v.cards.iter().map(|c| c.id.0));
        CardId(self.fresh_ids(used, 1).first().copied().unwrap_or(MAX_ID))
    }

    /// A version id not used yet; at most [`MAX_ID`], never wraps.
    pub(crate) fn next_version_id(&self) -> VersionId {
        let used = self.versions.iter().map(|v| v.id.0);
        VersionId(self.fresh_ids(used, 1).first().copied().unwrap_or(MAX_ID))
    }

    /// `count` new ids by the model's [`IdStrategy`], in increasing order.
    fn fresh_ids<I>(&self, used: I, count: usize) -> Vec<u64>
    where
        I: Iterator<Item = u64> + Clone,
    {
        match self.ids {
            IdStrategy::Sequential => limits::fresh_ids(used, count),
            IdStrategy::Random => limits::random_ids(used, count),
        }
    }

    /// Total number of notes over all versions.
    pub fn note_count(&self) -> usize {
        self.versions.iter().map(|v| v.notes.len()).sum()
    }

    /// Finds a version by its 1-based position or by its name (exact, then
    /// case-insensitive), as the command line accepts it.
    pub fn find_version(&self, key: &str) -> Option<&Version> {
        let key = key.trim();
        if let Ok(index) = key.parse::<usize>()
            && index >= 1
            && let Some(v) = self.versions.get(index - 1)
        {
            return Some(v);
        }
        self.versions.iter().find(|v| v.name == key).or_else(|| {
            let lower = key.to_lowercase();
            self.versions
                .iter()
                .find(|v| v.name.to_lowercase() == lower)
        })
    }

    /// Checks the invariants a document must hold, and the limits of the `limits` consts
    /// ([`MAX_NOTES`] and the others); the message says what is wrong.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.format_version == 0 || self.format_version > FORMAT_VERSION {
            let m = Message::new("invalid-format-version")
                .arg("found", self.format_version.to_string())
                .arg("known", known_formats());
            return Err(Invalid::new(&m, Place::FormatVersion));
        }
        limits::check_model(self)?;
        if self.versions.is_empty() {
            return Err(Invalid::new(
                &Message::new("invalid-no-versions"),
                Place::Model,
            ));
        }
        let mut version_ids = std::collections::HashSet::new();
        for v in &self.versions {
            if !version_ids.insert(v.id) {
                let m = Message::new("invalid-duplicate-version").arg("id", v.id.0.to_string());
                return Err(Invalid::new(&m, Place::Version(v.id)));
            }
            v.validate()?;
        }
        if let Some(f) = self.final_version
            && self.version(f).is_none()
        {
            let m = Message::new("invalid-final-version").arg("id", f.0.to_string());
            return Err(Invalid::new(&m, Place::Model));
        }
        Ok(())
    }
}

impl Version {
    /// An empty version.
    pub fn new(id: VersionId, name: impl Into<String>, layout: LayoutKind) -> Self {
        Self {
            id,
            name: name.into(),
            layout,
            description: String::new(),
            social: SocialEnterprise::default(),
            legend: Vec::new(),
            notes: Vec::new(),
            profiles: std::collections::BTreeMap::new(),
            ties: Ties::new(),
            cards: Vec::new(),
        }
    }

    /// The note with this id.
    pub fn note(&self, id: NoteId) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }

    /// The note with this id, mutably.
    pub(crate) fn note_mut(&mut self, id: NoteId) -> Option<&mut Note> {
        self.notes.iter_mut().find(|n| n.id == id)
    }

    /// Notes of one block, in drawing order.
    pub fn notes_in(&self, block: BlockId) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.block == block)
    }

    /// The meaning given to a colour in this version's legend, if any.
    pub fn legend_for(&self, colour: Colour) -> Option<&str> {
        self.legend
            .iter()
            .find(|e| e.colour == colour)
            .map(|e| e.meaning.as_str())
    }

    /// Checks ids, blocks, card links and the limits of one version; the message names the
    /// offending item.
    pub fn validate(&self) -> Result<(), Invalid> {
        limits::check_version(self)?;
        let in_version = |id: &'static str| Message::new(id).arg("version", &self.name);
        let mut ids = std::collections::HashSet::new();
        for n in &self.notes {
            let at = Place::Note(self.id, n.id);
            let note = n.id.0.to_string();
            if !ids.insert(n.id) {
                let m = in_version("invalid-duplicate-note").arg("id", note);
                return Err(Invalid::new(&m, at));
            }
            if !self.layout.has_block(n.block) {
                let m = in_version("invalid-block-not-in-layout")
                    .arg("note", note)
                    .arg("block", n.block.id())
                    .arg("title", Arg::Block(n.block))
                    .arg("layout", self.layout.id())
                    .arg("blocks", self.layout.block_ids().join(", "));
                return Err(Invalid::new(&m, at));
            }
            if !n.x.is_finite() || !n.y.is_finite() {
                let m = in_version("invalid-not-finite").arg("note", note);
                return Err(Invalid::new(&m, at));
            }
        }
        let mut card_ids = std::collections::HashSet::new();
        for c in &self.cards {
            let at = Place::Card(self.id, c.id);
            if !card_ids.insert(c.id) {
                let m = in_version("invalid-duplicate-card").arg("id", c.id.0.to_string());
                return Err(Invalid::new(&m, at));
            }
            if let Some(missing) = c.notes.iter().find(|id| !ids.contains(id)) {
                let m = in_version("invalid-card-links-missing-note")
                    .arg("card", c.id.0.to_string())
                    .arg("note", missing.0.to_string());
                return Err(Invalid::new(&m, at));
            }
        }
        segment::check(self)?;
        social::check(self)
    }
}
