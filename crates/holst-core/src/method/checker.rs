//! The canvas checker: reads a version against the course's rules (research: checker.md)
//! and lists findings, each naming its notes or blocks and carrying the rule with the
//! seed's words that justify it.
//!
//! Ties to segments are what most rules look at. A version with segments but no tie at all
//! (every canvas made before ties existed, both shipped cases among them) gets one
//! [`RuleId::NoTies`] advice instead of a finding for every note (rules R1–R8 are skipped).
//!
//! "Costs filled before the blocks that cause them" (R10) cannot see the order in which
//! notes were written, since a file keeps no history: it looks at the state instead, and
//! finds costs with notes while a block before them in the fill order is still empty.
//! That is what the seed asks («На основе собранных данных распишите все возможные
//! расходы…», `001:727`): the finding goes away once those blocks are filled.

use std::collections::BTreeSet;

use super::Text;
use super::guidance::{fill_order, key_question};
use crate::i18n::{self, Arg};
use crate::model::{BlockId, Lang, Model, Note, NoteId, Version, VersionId};

pub use super::rules::{CheckerGuide, Rule, RuleId, SOURCE, Severity, guide};

/// One thing the checker found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule that found it.
    pub rule: RuleId,
    /// How serious it is.
    pub severity: Severity,
    /// The version checked.
    pub version: VersionId,
    /// The notes it is about (what a panel selects), in the order named.
    pub notes: Vec<NoteId>,
    /// The blocks it is about (empty blocks).
    pub blocks: Vec<BlockId>,
    ru: String,
    en: String,
}

impl Finding {
    /// What was found, in words.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }

    /// The seed's words that justify the rule.
    pub fn quote(&self) -> Option<&'static Text> {
        self.rule.rule().map(|r| &r.quote)
    }
}

/// Checks every version of a model, in tab order.
pub fn check_model(model: &Model) -> Vec<Finding> {
    model.versions.iter().flat_map(check).collect()
}

/// Checks one version (see the module docs); findings in the order of [`RuleId::ALL`],
/// each rule's in the order of the notes or blocks it names.
pub fn check(version: &Version) -> Vec<Finding> {
    let mut c = Checker {
        v: version,
        out: Vec::new(),
    };
    let segments: Vec<&Note> = version.numbered_segments();
    if !segments.is_empty() && !version.has_ties() {
        // It names the segments: ties start from them.
        let ids: Vec<NoteId> = segments.iter().map(|s| s.id).collect();
        c.push(RuleId::NoTies, &ids, &[], &[]);
    } else if !segments.is_empty() {
        c.tie_rules(&segments);
    }
    c.order_rules();
    c.out.sort_by_key(|f| f.rule);
    c.out
}

struct Checker<'a> {
    v: &'a Version,
    out: Vec<Finding>,
}

/// A note's text for a finding: on one line, long texts shortened.
fn short(text: &str) -> String {
    const MAX: usize = 80;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX {
        return flat;
    }
    let cut: String = flat.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

impl Checker<'_> {
    /// Adds a finding of `rule` about `notes` and `blocks`, its text filled from `vars`
    /// (`{name}` → the Russian and English values).
    fn push(
        &mut self,
        rule: RuleId,
        notes: &[NoteId],
        blocks: &[BlockId],
        vars: &[(String, String, String)],
    ) {
        let Some(r) = rule.rule() else {
            return;
        };
        // The finding's text is ours: `checker-<rule id>` of the Fluent files.
        let id = format!("checker-{}", r.id);
        let fill = |lang: Lang| {
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .map(|(name, ru, en)| {
                    let value = if lang == Lang::Ru { ru } else { en };
                    (name.as_str(), Arg::from(value))
                })
                .collect();
            i18n::tr_args(lang, &id, &args)
        };
        self.out.push(Finding {
            rule,
            severity: r.severity,
            version: self.v.id,
            notes: notes.to_vec(),
            blocks: blocks.to_vec(),
            ru: fill(Lang::Ru),
            en: fill(Lang::En),
        });
    }

    /// The segments a note serves.
    fn served(&self, note: NoteId) -> BTreeSet<NoteId> {
        self.v.ties_of(note).collect()
    }

    /// The notes of `block` tied to `segment`.
    fn tied_in(&self, block: BlockId, segment: NoteId) -> BTreeSet<NoteId> {
        self.v
            .notes_in(block)
            .filter(|n| self.v.ties_of(n.id).any(|s| s == segment))
            .map(|n| n.id)
            .collect()
    }

    fn has(&self, block: BlockId) -> bool {
        self.v.layout.has_block(block)
    }

    fn is_beneficiary(&self, segment: NoteId) -> bool {
        self.v
            .profile(segment)
            .is_some_and(crate::model::SegmentProfile::is_beneficiary)
    }

    fn note_vars(note: &Note, name: &str) -> (String, String, String) {
        let t = short(&note.text);
        (name.to_owned(), t.clone(), t)
    }

    /// R1–R8, for a version with segments and at least one tie.
    fn tie_rules(&mut self, segments: &[&Note]) {
        let untied = |c: &Self, block: BlockId| -> Vec<&Note> {
            c.v.notes_in(block)
                .filter(|n| c.served(n.id).is_empty())
                .collect()
        };
        for n in untied(self, BlockId::ValuePropositions) {
            self.note_finding(RuleId::ValueWithoutSegment, n, "note");
        }
        for (block, rule) in [
            (BlockId::ValuePropositions, RuleId::SegmentWithoutValue),
            (BlockId::Channels, RuleId::SegmentWithoutChannel),
            (
                BlockId::CustomerRelationships,
                RuleId::SegmentWithoutRelationship,
            ),
            (BlockId::RevenueStreams, RuleId::ClientWithoutRevenue),
        ] {
            if !self.has(block) {
                continue;
            }
            for s in segments {
                let exempt = rule == RuleId::ClientWithoutRevenue && self.is_beneficiary(s.id);
                if !exempt && self.tied_in(block, s.id).is_empty() {
                    self.note_finding(rule, s, "segment");
                }
            }
        }
        for n in untied(self, BlockId::RevenueStreams) {
            self.note_finding(RuleId::RevenueWithoutSegment, n, "note");
        }
        let mut loose = untied(self, BlockId::Channels);
        loose.extend(untied(self, BlockId::CustomerRelationships));
        for n in loose {
            self.note_finding(RuleId::UntiedChannelOrRelationship, n, "note");
        }
        self.indistinguishable(segments);
    }

    fn note_finding(&mut self, rule: RuleId, note: &Note, name: &str) {
        let var = Self::note_vars(note, name);
        self.push(rule, &[note.id], &[], &[var]);
    }

    /// R8: two segments of one kind, each tied to something, that the seed's test
    /// («Клиенты относятся к различным сегментам, если: …», `000:3-19`) would not tell
    /// apart: the same offer, channels and relationships, and for clients the same revenue
    /// notes, with no profile figure (profitability, share of sales) set on both and
    /// different.
    fn indistinguishable(&mut self, segments: &[&Note]) {
        let profile_text = |id: NoteId| {
            self.v.profile(id).map(|p| {
                (
                    p.profitability.trim().to_owned(),
                    p.share_of_sales.trim().to_owned(),
                )
            })
        };
        let signature = |id: NoteId| {
            let beneficiary = self.is_beneficiary(id);
            let mut blocks = vec![
                BlockId::ValuePropositions,
                BlockId::Channels,
                BlockId::CustomerRelationships,
            ];
            if !beneficiary {
                blocks.push(BlockId::RevenueStreams);
            }
            let tied: Vec<BTreeSet<NoteId>> = blocks.iter().map(|b| self.tied_in(*b, id)).collect();
            (beneficiary, tied)
        };
        let mut found = Vec::new();
        for (i, a) in segments.iter().enumerate() {
            let (kind_a, sig_a) = signature(a.id);
            if sig_a.iter().all(BTreeSet::is_empty) {
                continue;
            }
            for b in &segments[i + 1..] {
                let (kind_b, sig_b) = signature(b.id);
                if kind_a != kind_b || sig_a != sig_b {
                    continue;
                }
                let differ = |x: &str, y: &str| !x.is_empty() && !y.is_empty() && x != y;
                let figures = match (profile_text(a.id), profile_text(b.id)) {
                    (Some((pa, sa)), Some((pb, sb))) => differ(&pa, &pb) || differ(&sa, &sb),
                    _ => false,
                };
                if !figures {
                    let shared: Vec<NoteId> = sig_a.iter().flatten().copied().collect();
                    found.push((a, b, shared));
                }
            }
        }
        for (a, b, shared) in found {
            let mut notes = vec![a.id, b.id];
            notes.extend(
                self.v
                    .notes
                    .iter()
                    .map(|n| n.id)
                    .filter(|id| shared.contains(id)),
            );
            let va = Self::note_vars(a, "a");
            let vb = Self::note_vars(b, "b");
            self.push(RuleId::IndistinguishableSegments, &notes, &[], &[va, vb]);
        }
    }

    /// R9–R12: what the fill order and the profiles say.
    fn order_rules(&mut self) {
        let layout = self.v.layout;
        let empty = |b: BlockId| self.v.notes_in(b).next().is_none();
        let order = fill_order(layout);
        for b in order.iter().copied().filter(|b| empty(*b)) {
            let q = key_question(b, layout);
            let vars = [
                (
                    "block".to_owned(),
                    b.title_in(layout, Lang::Ru).to_owned(),
                    b.title_in(layout, Lang::En).to_owned(),
                ),
                (
                    "key-question".to_owned(),
                    q.map_or(String::new(), |t| t.get(Lang::Ru).to_owned()),
                    q.map_or(String::new(), |t| t.get(Lang::En).to_owned()),
                ),
            ];
            self.push(RuleId::EmptyBlock, &[], &[b], &vars);
        }
        self.costs_first(&order);
        if self.has(BlockId::CustomerRelationships)
            && !empty(BlockId::CustomerRelationships)
            && empty(BlockId::CustomerSegments)
        {
            let notes: Vec<NoteId> = self
                .v
                .notes_in(BlockId::CustomerRelationships)
                .map(|n| n.id)
                .collect();
            self.push(RuleId::RelationshipsBeforeSegments, &notes, &[], &[]);
        }
        let clients: Vec<NoteId> = self
            .v
            .segments()
            .filter(|s| !self.is_beneficiary(s.id))
            .map(|s| s.id)
            .collect();
        let profiled = clients.iter().any(|s| self.v.profile(*s).is_some());
        let prioritised = clients
            .iter()
            .any(|s| self.v.profile(*s).is_some_and(|p| p.priority.is_some()));
        if clients.len() >= 2 && profiled && !prioritised {
            self.push(RuleId::NoPriority, &clients, &[], &[]);
        }
    }

    /// R10: costs with notes while a block before costs in the fill order is empty.
    fn costs_first(&mut self, order: &[BlockId]) {
        let costs: Vec<NoteId> = self
            .v
            .notes_in(BlockId::CostStructure)
            .map(|n| n.id)
            .collect();
        if costs.is_empty() {
            return;
        }
        let layout = self.v.layout;
        let before: Vec<BlockId> = order
            .iter()
            .copied()
            .take_while(|b| *b != BlockId::CostStructure)
            .filter(|b| self.v.notes_in(*b).next().is_none())
            .collect();
        // The Lean Canvas fills costs before its last blocks: only blocks before costs count.
        if before.is_empty() {
            return;
        }
        let list = |lang: Lang| {
            before
                .iter()
                .map(|b| {
                    let title = b.title_in(layout, lang);
                    i18n::tr_args(lang, "checker-quoted", &[("text", title.into())])
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let vars = [("blocks".to_owned(), list(Lang::Ru), list(Lang::En))];
        self.push(RuleId::CostsBeforeCauses, &costs, &before, &vars);
    }
}
