//! The canvas checker's rules as the asset gives them (`assets/method/checker.ron`): their
//! ids, severity and the seed's words behind each. [`super::checker`] applies them.

use std::sync::OnceLock;

use serde::Deserialize;

use super::{Text, parse};
use crate::i18n;
use crate::model::Lang;

/// The asset, compiled in.
pub const SOURCE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/method/checker.ron"
));

/// How serious a finding is (ours).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The seed says the canvas is wrong or incomplete.
    Problem,
    /// The seed recommends.
    Advice,
}

impl Severity {
    /// The word shown.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Severity::Problem => i18n::tr(lang, "checker-severity-problem"),
            Severity::Advice => i18n::tr(lang, "checker-severity-advice"),
        }
    }
}

/// A rule as the asset gives it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Rule {
    /// Its id, as [`RuleId::id`] writes it.
    pub id: String,
    /// How serious its findings are.
    pub severity: Severity,
    /// When it fires, in words (for people reading the asset).
    pub when: String,
    /// What its findings name.
    #[serde(default)]
    pub names: Vec<String>,
    /// The seed's words that justify it, shown with each finding.
    pub quote: Text,
    /// More of the seed's words to the same effect.
    #[serde(default)]
    pub also: Vec<Text>,
    /// What exempts a note (beneficiaries from revenue).
    #[serde(default)]
    pub exemption: Option<Text>,
}

/// The checker asset.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CheckerGuide {
    /// Every rule.
    pub rules: Vec<Rule>,
}

impl CheckerGuide {
    /// Reads a checker asset.
    pub fn parse(source: &str) -> Result<CheckerGuide, String> {
        parse("checker.ron", source)
    }

    /// A rule by id.
    pub fn rule(&self, id: RuleId) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id.id())
    }
}

/// The shipped rules, read once; `None` only if the asset does not read (the tests make
/// sure it does).
pub fn guide() -> Option<&'static CheckerGuide> {
    static LOADED: OnceLock<Result<CheckerGuide, String>> = OnceLock::new();
    LOADED
        .get_or_init(|| CheckerGuide::parse(SOURCE))
        .as_ref()
        .ok()
}

/// The rules, in the order findings are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    /// No note is tied to a segment: the segment rules were skipped.
    NoTies,
    /// R1: a value proposition serves no segment.
    ValueWithoutSegment,
    /// R2: no value proposition serves a segment.
    SegmentWithoutValue,
    /// R3: a segment has no channel.
    SegmentWithoutChannel,
    /// R4: a segment has no customer relationship.
    SegmentWithoutRelationship,
    /// R5: a client segment brings no revenue.
    ClientWithoutRevenue,
    /// R6: a revenue stream is tied to no segment.
    RevenueWithoutSegment,
    /// R7: a channel or relationship is tied to no segment.
    UntiedChannelOrRelationship,
    /// R8: two segments the seed's test would not tell apart.
    IndistinguishableSegments,
    /// R9: an empty block.
    EmptyBlock,
    /// R10: costs filled before the blocks that cause them.
    CostsBeforeCauses,
    /// R11: relationships described before any segment.
    RelationshipsBeforeSegments,
    /// R12: segments with profiles, none with a priority.
    NoPriority,
}

impl RuleId {
    /// Every rule.
    pub const ALL: [RuleId; 13] = [
        RuleId::NoTies,
        RuleId::ValueWithoutSegment,
        RuleId::SegmentWithoutValue,
        RuleId::SegmentWithoutChannel,
        RuleId::SegmentWithoutRelationship,
        RuleId::ClientWithoutRevenue,
        RuleId::RevenueWithoutSegment,
        RuleId::UntiedChannelOrRelationship,
        RuleId::IndistinguishableSegments,
        RuleId::EmptyBlock,
        RuleId::CostsBeforeCauses,
        RuleId::RelationshipsBeforeSegments,
        RuleId::NoPriority,
    ];

    /// The id of the rule in the asset and in the command line's output.
    pub fn id(self) -> &'static str {
        match self {
            RuleId::NoTies => "no_ties",
            RuleId::ValueWithoutSegment => "R1_value_without_segment",
            RuleId::SegmentWithoutValue => "R2_segment_without_value",
            RuleId::SegmentWithoutChannel => "R3_segment_without_channel",
            RuleId::SegmentWithoutRelationship => "R4_segment_without_relationship",
            RuleId::ClientWithoutRevenue => "R5_client_segment_without_revenue",
            RuleId::RevenueWithoutSegment => "R6_revenue_without_segment",
            RuleId::UntiedChannelOrRelationship => "R7_relationship_or_channel_without_segment",
            RuleId::IndistinguishableSegments => "R8_segments_indistinguishable",
            RuleId::EmptyBlock => "R9_empty_block",
            RuleId::CostsBeforeCauses => "R10_costs_before_their_causes",
            RuleId::RelationshipsBeforeSegments => "R11_relationships_before_segments",
            RuleId::NoPriority => "R12_segments_without_priority",
        }
    }

    /// The rule as the asset gives it: severity, the seed's quote, the finding's text.
    pub fn rule(self) -> Option<&'static Rule> {
        guide().and_then(|g| g.rule(self))
    }
}
