//! Segments as first-class things (issue 16): the profile a note of Customer Segments can
//! carry, and the ties that say which segments a note of another block serves.
//!
//! Both live on the [`Version`](super::Version), keyed by note id, so a note keeps its
//! plain shape and a fork keeps them with its notes. The words of the profile are the
//! course's (`000`, `002`, `003` of the seeds); `crate::method::segments` gives their
//! sources, and its tests check every Russian label here against the seed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{BlockId, Invalid, NoteId, Place, Version};
use crate::i18n::Message;
use crate::model::MAX_TEXT_CHARS;

/// Ties of a version: for each tied note, the segment notes it serves. A note listed here
/// is never itself in Customer Segments; every segment named is a note of Customer
/// Segments of the same version.
pub type Ties = BTreeMap<NoteId, BTreeSet<NoteId>>;

/// Whether a segment pays, or benefits while others pay (the seed's «Клиенты:» beside
/// «Бенефициары:», `000:719-724`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// Клиенты: they pay.
    #[default]
    Client,
    /// Бенефициары: they benefit; others pay.
    Beneficiary,
}

impl SegmentKind {
    /// Both kinds.
    pub const ALL: [SegmentKind; 2] = [SegmentKind::Client, SegmentKind::Beneficiary];

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            SegmentKind::Client => "client",
            SegmentKind::Beneficiary => "beneficiary",
        }
    }
}

/// The priority given to a segment («Присвоить приоритеты сегментам», `002:145`). The seed
/// names the grades only through the rule for each (`002:178-198`); the labels are ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Приоритетный: the most resources.
    High,
    /// Средняя приоритетность: written rules.
    Medium,
    /// Низкая приоритетность: automated work.
    Low,
    /// Неприоритетный: stop working with it.
    None,
}

impl Priority {
    /// Every grade, highest first.
    pub const ALL: [Priority; 4] = [
        Priority::High,
        Priority::Medium,
        Priority::Low,
        Priority::None,
    ];

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
            Priority::None => "none",
        }
    }
}

/// How loyal a segment is: «Лояльность: отсутствует, средней степени, сильная,
/// приверженность» (`003:66`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Loyalty {
    /// отсутствует
    None,
    /// средней степени
    Moderate,
    /// сильная
    Strong,
    /// приверженность: they spread the word.
    Commitment,
}

impl Loyalty {
    /// Every degree, weakest first.
    pub const ALL: [Loyalty; 4] = [
        Loyalty::None,
        Loyalty::Moderate,
        Loyalty::Strong,
        Loyalty::Commitment,
    ];

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            Loyalty::None => "none",
            Loyalty::Moderate => "moderate",
            Loyalty::Strong => "strong",
            Loyalty::Commitment => "commitment",
        }
    }
}

/// One of the five questions of «Сегментация потенциальных потребителей» (`000:36-54`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    /// Что? – Какой тип товара или услуги мы предлагаем
    What,
    /// Кто? – Кому мы собираемся его предлагать
    Who,
    /// Почему? – Что подвигнет его приобрести у нас
    Why,
    /// Когда? – Время для приобретения товара, услуги
    When,
    /// Где? – Каналы реализации товара, услуги
    Where,
}

impl Question {
    /// The five, in the seed's order.
    pub const ALL: [Question; 5] = [
        Question::What,
        Question::Who,
        Question::Why,
        Question::When,
        Question::Where,
    ];

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            Question::What => "what",
            Question::Who => "who",
            Question::Why => "why",
            Question::When => "when",
            Question::Where => "where",
        }
    }
}

macro_rules! attributes {
    ($($variant:ident = $id:literal, $ru:literal;)*) => {
        /// An attribute of «Что нужно знать о своих клиентах?» (`000:55-118`), in the
        /// seed's order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Attribute {
            $(
                #[doc = $ru]
                $variant,
            )*
        }

        impl Attribute {
            /// All 31, in the seed's order.
            pub const ALL: [Attribute; 31] = [$(Attribute::$variant),*];

            /// The word written in files.
            pub fn id(self) -> &'static str {
                match self { $(Attribute::$variant => $id,)* }
            }
        }
    };
}

attributes! {
    Region = "region", "Регион";
    Population = "population", "Численность населения";
    Settlement = "settlement", "Значение населенных пунктов";
    Gender = "gender", "Пол";
    Age = "age", "Возраст";
    Income = "income", "Уровень дохода";
    MaritalStatus = "marital_status", "Семейное положение";
    Children = "children", "Наличие, возраст и количество детей";
    Occupation = "occupation", "Род занятий";
    Education = "education", "Образование";
    FieldOfWork = "field_of_work", "Сфера работы";
    Hobbies = "hobbies", "Хобби, увлечения";
    LifeEvents = "life_events", "Важные события";
    Religion = "religion", "Религиозные убеждения";
    Generation = "generation", "Поколения";
    Lifestyle = "lifestyle", "Образ жизни";
    AttitudeToChange = "attitude_to_change", "Отношение к переменам";
    SelfImage = "self_image", "Отношение к себе, восприятие своего «Я»";
    RoleModels = "role_models", "Кто является кумиром, лидером, примером для подражания?";
    Motivation = "motivation", "Внутренняя мотивация совершения покупки";
    AttitudeToNgos = "attitude_to_ngos", "Отношение к местным НКО";
    OutlookOnLife = "outlook_on_life", "Жизненная позиция";
    Values = "values", "Ценности";
    PlaceOfPurchase = "place_of_purchase", "Место совершения покупки";
    PurchaseFrequency = "purchase_frequency", "Частота совершения покупок";
    BenefitsSought = "benefits_sought", "Искомые выгоды для человека";
    AttitudeToUs = "attitude_to_us", "Отношение к Вашей организации";
    Occasion = "occasion", "Повод для покупки";
    Readiness = "readiness", "Степень готовности совершить покупку";
    AttitudeToShopping = "attitude_to_shopping", "Отношение к покупкам";
    Decision = "decision", "Способ принятия решения";
}

/// A ticked attribute of the checklist, with what the founder knows about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributeNote {
    /// The attribute.
    pub attribute: Attribute,
    /// What is known of it for this segment (may be empty: ticked only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// What the founder knows about one segment. Every field may be left empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SegmentProfile {
    /// Paying clients or beneficiaries.
    #[serde(skip_serializing_if = "is_client")]
    pub kind: SegmentKind,
    /// Priority among the segments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// «Количество компаний в сегменте» (`002:148`): free text, a number or an estimate.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub size: String,
    /// «Доля сегмента в продажах компании» (`002:149`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub share_of_sales: String,
    /// «Рентабельность продаж в сегменте» (`002:150`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub profitability: String,
    /// Loyalty to the enterprise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loyalty: Option<Loyalty>,
    /// «Что?»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what: String,
    /// «Кто?»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// «Почему?»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// «Когда?»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub when: String,
    /// «Где?»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub r#where: String,
    /// Ticked attributes of «Что нужно знать о своих клиентах?», each at most once.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<AttributeNote>,
}

// serde's `skip_serializing_if` passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_client(kind: &SegmentKind) -> bool {
    *kind == SegmentKind::Client
}

/// A text field of a profile, for editors and files that walk them in one order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileText {
    /// [`SegmentProfile::size`]
    Size,
    /// [`SegmentProfile::share_of_sales`]
    ShareOfSales,
    /// [`SegmentProfile::profitability`]
    Profitability,
    /// One of the five questions.
    Answer(Question),
}

impl ProfileText {
    /// Every text field, in the order files and the PDF list them.
    pub const ALL: [ProfileText; 8] = [
        ProfileText::Size,
        ProfileText::ShareOfSales,
        ProfileText::Profitability,
        ProfileText::Answer(Question::What),
        ProfileText::Answer(Question::Who),
        ProfileText::Answer(Question::Why),
        ProfileText::Answer(Question::When),
        ProfileText::Answer(Question::Where),
    ];

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            ProfileText::Size => "size",
            ProfileText::ShareOfSales => "share_of_sales",
            ProfileText::Profitability => "profitability",
            ProfileText::Answer(q) => q.id(),
        }
    }
}

impl SegmentProfile {
    /// Whether nothing is set: the profile says nothing beyond "a paying segment".
    pub fn is_empty(&self) -> bool {
        *self == SegmentProfile::default()
    }

    /// Whether the segment is marked as beneficiaries.
    pub fn is_beneficiary(&self) -> bool {
        self.kind == SegmentKind::Beneficiary
    }

    /// A text field.
    pub fn text(&self, field: ProfileText) -> &str {
        match field {
            ProfileText::Size => &self.size,
            ProfileText::ShareOfSales => &self.share_of_sales,
            ProfileText::Profitability => &self.profitability,
            ProfileText::Answer(q) => self.answer(q),
        }
    }

    /// A text field, to edit.
    pub fn text_mut(&mut self, field: ProfileText) -> &mut String {
        match field {
            ProfileText::Size => &mut self.size,
            ProfileText::ShareOfSales => &mut self.share_of_sales,
            ProfileText::Profitability => &mut self.profitability,
            ProfileText::Answer(q) => self.answer_mut(q),
        }
    }

    /// The answer to one of the five questions.
    pub fn answer(&self, q: Question) -> &str {
        match q {
            Question::What => &self.what,
            Question::Who => &self.who,
            Question::Why => &self.why,
            Question::When => &self.when,
            Question::Where => &self.r#where,
        }
    }

    /// The answer to one of the five questions, to edit.
    pub fn answer_mut(&mut self, q: Question) -> &mut String {
        match q {
            Question::What => &mut self.what,
            Question::Who => &mut self.who,
            Question::Why => &mut self.why,
            Question::When => &mut self.when,
            Question::Where => &mut self.r#where,
        }
    }

    /// The note on a ticked attribute; `None` when it is not ticked.
    pub fn attribute(&self, a: Attribute) -> Option<&str> {
        self.attributes
            .iter()
            .find(|n| n.attribute == a)
            .map(|n| n.note.as_str())
    }

    /// Ticks an attribute with a note (replacing its note when already ticked), or
    /// unticks it (`None`). Ticked attributes stay in the seed's order.
    pub fn set_attribute(&mut self, a: Attribute, note: Option<String>) {
        self.attributes.retain(|n| n.attribute != a);
        if let Some(note) = note {
            let at = self
                .attributes
                .iter()
                .position(|n| n.attribute > a)
                .unwrap_or(self.attributes.len());
            self.attributes
                .insert(at, AttributeNote { attribute: a, note });
        }
    }
}

impl Version {
    /// Whether a note of this version is a segment: a note of Customer Segments.
    pub fn is_segment(&self, id: NoteId) -> bool {
        self.note(id)
            .is_some_and(|n| n.block == BlockId::CustomerSegments)
    }

    /// The segment notes, in drawing order.
    pub fn segments(&self) -> impl Iterator<Item = &super::Note> {
        self.notes_in(BlockId::CustomerSegments)
    }

    /// The profile of a segment note, if it has one.
    pub fn profile(&self, id: NoteId) -> Option<&SegmentProfile> {
        self.profiles.get(&id)
    }

    /// The segments a note is tied to (none for an untied note).
    pub fn ties_of(&self, id: NoteId) -> impl Iterator<Item = NoteId> + '_ {
        self.ties.get(&id).into_iter().flatten().copied()
    }

    /// The notes tied to a segment, in drawing order.
    pub fn tied_to(&self, segment: NoteId) -> impl Iterator<Item = &super::Note> {
        self.notes.iter().filter(move |n| {
            self.ties
                .get(&n.id)
                .is_some_and(|segments| segments.contains(&segment))
        })
    }

    /// The segment notes in reading order on the canvas (top to bottom, then left to
    /// right; drawing order between equals): segment `i` of this list is «С{i+1}» on
    /// notes tied to it.
    pub fn numbered_segments(&self) -> Vec<&super::Note> {
        let mut segments: Vec<&super::Note> = self.segments().collect();
        segments.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        segments
    }

    /// The 1-based number of a segment note (see [`Self::numbered_segments`]).
    pub fn segment_number(&self, id: NoteId) -> Option<usize> {
        self.numbered_segments()
            .iter()
            .position(|n| n.id == id)
            .map(|i| i + 1)
    }

    /// The numbered badges notes carry once the version has ties (none before): each
    /// segment note its own number ([`Self::numbered_segments`]), each tied note the
    /// numbers of the segments it serves, in number order. The screen and the PDF draw
    /// the same badges from this.
    pub fn segment_badges(&self) -> BTreeMap<NoteId, Vec<u16>> {
        let mut out: BTreeMap<NoteId, Vec<u16>> = BTreeMap::new();
        if !self.has_ties() {
            return out;
        }
        for (i, s) in self.numbered_segments().iter().enumerate() {
            let n = u16::try_from(i + 1).unwrap_or(u16::MAX);
            out.entry(s.id).or_default().push(n);
            for t in self.tied_to(s.id) {
                out.entry(t.id).or_default().push(n);
            }
        }
        out
    }

    /// Whether any note of the version is tied to a segment.
    pub fn has_ties(&self) -> bool {
        self.ties.values().any(|s| !s.is_empty())
    }
}

/// Checks the ties and profiles of a version: ties join a note outside Customer Segments
/// to notes of Customer Segments of the same version; profiles belong to notes of the
/// version; texts stay within [`MAX_TEXT_CHARS`]; an attribute is ticked once.
pub(super) fn check(v: &Version) -> Result<(), Invalid> {
    let fail = |id: &'static str, note: NoteId| {
        Message::new(id)
            .arg("version", &v.name)
            .arg("note", note.0.to_string())
    };
    for (note, segments) in &v.ties {
        let at = Place::Note(v.id, *note);
        let Some(n) = v.note(*note) else {
            return Err(Invalid::new(&fail("invalid-tie-missing-note", *note), at));
        };
        if n.block == BlockId::CustomerSegments {
            return Err(Invalid::new(&fail("invalid-tie-segment-note", *note), at));
        }
        if segments.is_empty() {
            return Err(Invalid::new(&fail("invalid-tie-empty", *note), at));
        }
        if let Some(s) = segments.iter().find(|s| !v.is_segment(**s)) {
            let m = fail("invalid-tie-not-segment", *note).arg("segment", s.0.to_string());
            return Err(Invalid::new(&m, at));
        }
    }
    for (note, profile) in &v.profiles {
        let at = Place::Note(v.id, *note);
        if v.note(*note).is_none() {
            return Err(Invalid::new(
                &fail("invalid-profile-missing-note", *note),
                at,
            ));
        }
        let texts = ProfileText::ALL
            .iter()
            .map(|f| profile.text(*f))
            .chain(profile.attributes.iter().map(|a| a.note.as_str()));
        for t in texts {
            if let Some(n) = super::limits::chars_over(t, MAX_TEXT_CHARS) {
                let what = Message::new("item-profile-field").arg("id", note.0.to_string());
                return Err(super::limits::text_too_long(v, what, n, at));
            }
        }
        let mut seen = BTreeSet::new();
        if let Some(a) = profile
            .attributes
            .iter()
            .find(|a| !seen.insert(a.attribute))
        {
            let m =
                fail("invalid-profile-attribute-twice", *note).arg("attribute", a.attribute.id());
            return Err(Invalid::new(&m, at));
        }
    }
    Ok(())
}
