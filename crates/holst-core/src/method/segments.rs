//! The words of the segment profile and where the seeds give them: the kind (clients or
//! beneficiaries), priorities with the seed's rule for each, the figures of `002`, loyalty
//! of `003`, the five questions and the attributes of «Что нужно знать о своих клиентах?»
//! of `000`, and the seed's test of when clients form different segments.
//!
//! The model's labels ([`SegmentKind::label`](crate::model::SegmentKind::label) and the
//! others) are the Russian of these quotes; the tests check that they agree.

use std::sync::OnceLock;

use serde::Deserialize;

use super::{Text, parse};
use crate::model::{Attribute, Loyalty, Priority, Question, SegmentKind};

/// The asset, compiled in.
pub const SOURCE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/method/segments.ron"
));

/// A priority grade: our label and the seed's rule for it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Level {
    /// Our label.
    pub label: Text,
    /// The seed's rule for groups of this grade (`002:178-198`).
    pub rule: Text,
}

/// The segment asset.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SegmentsGuide {
    /// Title of the kind choice (ours).
    pub kind_title: Text,
    /// «Клиенты», «Бенефициары», in the order of [`SegmentKind::ALL`].
    pub kinds: Vec<Text>,
    /// «Присвоить приоритеты сегментам».
    pub priority_title: Text,
    /// The four grades, in the order of [`Priority::ALL`].
    pub priorities: Vec<Level>,
    /// «Описать каждый из сегментов:», over the figures.
    pub describe: Text,
    /// «Количество компаний в сегменте».
    pub size: Text,
    /// «Доля сегмента в продажах компании».
    pub share_of_sales: Text,
    /// «Рентабельность продаж в сегменте».
    pub profitability: Text,
    /// «Лояльность».
    pub loyalty_title: Text,
    /// The seed's whole line of loyalty degrees.
    pub loyalty_line: Text,
    /// The four degrees, in the order of [`Loyalty::ALL`].
    pub loyalties: Vec<Text>,
    /// What loyalty and commitment mean (`003:131-133`).
    pub loyalty_hints: Vec<Text>,
    /// «Сегментация потенциальных потребителей».
    pub five_title: Text,
    /// The five questions as whole lines, in the order of [`Question::ALL`].
    pub five: Vec<Text>,
    /// «Что нужно знать о своих клиентах?»
    pub attributes_title: Text,
    /// The 31 attributes, in the order of [`Attribute::ALL`].
    pub attributes: Vec<Text>,
    /// «Клиенты относятся к различным сегментам, если: …», whole.
    pub segment_test: Text,
    /// The test's five criteria.
    pub criteria: Vec<Text>,
    /// «Бенефициары:» as the seed labels them beside «Клиенты:».
    pub beneficiaries: Text,
    /// «Клиенты:».
    pub clients: Text,
    /// The roles a client can have (`004:36-42`).
    pub roles: Text,
}

impl SegmentsGuide {
    /// Reads a segment asset.
    pub fn parse(source: &str) -> Result<SegmentsGuide, String> {
        parse("segments.ron", source)
    }

    /// The quote of a segment kind.
    pub fn kind(&self, k: SegmentKind) -> Option<&Text> {
        position(&SegmentKind::ALL, &k).and_then(|i| self.kinds.get(i))
    }

    /// The label and rule of a priority.
    pub fn priority(&self, p: Priority) -> Option<&Level> {
        position(&Priority::ALL, &p).and_then(|i| self.priorities.get(i))
    }

    /// The quote of a loyalty degree.
    pub fn loyalty(&self, l: Loyalty) -> Option<&Text> {
        position(&Loyalty::ALL, &l).and_then(|i| self.loyalties.get(i))
    }

    /// The whole line of one of the five questions.
    pub fn question(&self, q: Question) -> Option<&Text> {
        position(&Question::ALL, &q).and_then(|i| self.five.get(i))
    }

    /// The quote of an attribute.
    pub fn attribute(&self, a: Attribute) -> Option<&Text> {
        position(&Attribute::ALL, &a).and_then(|i| self.attributes.get(i))
    }
}

fn position<T: PartialEq>(all: &[T], x: &T) -> Option<usize> {
    all.iter().position(|y| y == x)
}

/// The shipped segment asset, read once; `None` only if it does not read (the tests make
/// sure it does).
pub fn guide() -> Option<&'static SegmentsGuide> {
    static LOADED: OnceLock<Result<SegmentsGuide, String>> = OnceLock::new();
    LOADED
        .get_or_init(|| SegmentsGuide::parse(SOURCE))
        .as_ref()
        .ok()
}
