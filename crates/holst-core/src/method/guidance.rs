//! Guidance per block: every question the course asks of it, its typologies as checklists,
//! prompts, and the course's fill order, with guided mode walking the blocks in that order.
//!
//! The course's order is the numbering «Блок №1 … Блок №9» of `001:641-731`, costs last
//! («Этот блок заполняется последним.», `001:727`). The social layout's two extra blocks
//! and the whole Lean Canvas order are ours ([`fill_order`]).

use std::sync::OnceLock;

use serde::Deserialize;

use super::{Text, parse};
use crate::model::{BlockId, Lang, LayoutKind, Version};

/// The asset, compiled in.
pub const SOURCE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/method/guidance.ron"
));

/// An item of a checklist: a label and, for some, the seed's explanation of it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "RawItem")]
pub struct Item {
    /// What is ticked.
    pub label: Text,
    /// The seed's explanation, if it gives one.
    pub detail: Option<Text>,
}

#[derive(Deserialize)]
struct Parts {
    label: Text,
    detail: Text,
}

/// An item as the asset writes it: a bare text, or `Item(label:, detail:)`.
#[derive(Deserialize)]
enum RawItem {
    Q(super::Quote),
    Ours(super::Own),
    Item(Parts),
}

impl From<RawItem> for Item {
    fn from(raw: RawItem) -> Self {
        match raw {
            RawItem::Q(q) => Item {
                label: Text::Q(q),
                detail: None,
            },
            RawItem::Ours(o) => Item {
                label: Text::Ours(o),
                detail: None,
            },
            RawItem::Item(p) => Item {
                label: p.label,
                detail: Some(p.detail),
            },
        }
    }
}

/// A labelled group of items inside a checklist (the channel types: own, partner).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Group {
    /// The group's label.
    pub label: Text,
    /// A sub-label (own channels are direct).
    #[serde(default)]
    pub sub: Option<Text>,
    /// Its items.
    pub items: Vec<Item>,
}

/// A typology of the course as a checklist.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Checklist {
    /// Its heading (the seed's, or ours where the slide has none).
    pub title: Text,
    /// Items outside groups.
    #[serde(default)]
    pub items: Vec<Item>,
    /// Grouped items.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Short hints, one per item where the seed gives them.
    #[serde(default)]
    pub hints: Vec<Text>,
}

impl Checklist {
    /// Every item, grouped ones after the others, in the seed's order.
    pub fn all_items(&self) -> Vec<&Item> {
        self.items
            .iter()
            .chain(self.groups.iter().flat_map(|g| g.items.iter()))
            .collect()
    }

    /// The items' labels in a language.
    pub fn labels(&self, lang: Lang) -> Vec<&str> {
        self.all_items()
            .into_iter()
            .map(|i| i.label.get(lang))
            .collect()
    }
}

/// Everything the course says of one block.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Block")]
pub struct BlockGuide {
    /// The block.
    pub id: BlockId,
    /// What the seeds call the block.
    #[serde(default)]
    pub seed_names: Vec<Text>,
    /// The key question, from «Вопросы для составления бизнес-модели компании»
    /// (`001:737-755`) where the course asks one.
    pub key_question: Text,
    /// The key question in the Lean Canvas, where it differs (ours).
    #[serde(default)]
    pub lean_key_question: Option<Text>,
    /// Other wordings of the key question.
    #[serde(default)]
    pub variants: Vec<Text>,
    /// Every other question the seeds ask of the block, by article.
    #[serde(default)]
    pub questions: Vec<Text>,
    /// Questions only the Lean Canvas asks (ours).
    #[serde(default)]
    pub lean_questions: Vec<Text>,
    /// What the seeds advise when filling the block.
    #[serde(default)]
    pub prompts: Vec<Text>,
    /// The typologies, as checklists.
    #[serde(default)]
    pub checklists: Vec<Checklist>,
}

/// A numbered step of the course's order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Step {
    /// «Блок №n».
    pub n: usize,
    /// The block.
    pub block: BlockId,
    /// The seed's heading of the step.
    pub heading: Text,
    /// A rule the seed gives for the step (costs: «Этот блок заполняется последним.»).
    #[serde(default)]
    pub rule: Option<Text>,
    /// Why, as the seed says it.
    #[serde(default)]
    pub why: Option<Text>,
}

/// The course's fill order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct FillOrder {
    /// Where the seed gives it.
    pub source: String,
    /// The nine steps.
    pub steps: Vec<Step>,
    /// The same order elsewhere in the seed.
    #[serde(default)]
    pub also: Vec<Text>,
}

/// The whole guidance asset.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct Guidance {
    /// What guided mode shows before the first block.
    pub preamble: Vec<Text>,
    /// The course's order.
    pub fill_order: FillOrder,
    /// Ours: the social layout's order.
    pub social_order: Vec<BlockId>,
    /// Ours: the Lean Canvas's order (Ash Maurya's).
    pub lean_order: Vec<BlockId>,
    /// Every block.
    pub blocks: Vec<BlockGuide>,
}

impl Guidance {
    /// Reads a guidance asset.
    pub fn parse(source: &str) -> Result<Guidance, String> {
        parse("guidance.ron", source)
    }
}

/// The shipped guidance, read once. An asset that does not read (the tests make sure it
/// does) gives empty guidance rather than a failure at run time; [`load`] says why.
pub fn guidance() -> &'static Guidance {
    static EMPTY: OnceLock<Guidance> = OnceLock::new();
    load().unwrap_or_else(|_| EMPTY.get_or_init(Guidance::default))
}

/// The shipped guidance, or why it does not read.
pub fn load() -> Result<&'static Guidance, &'static str> {
    static LOADED: OnceLock<Result<Guidance, String>> = OnceLock::new();
    LOADED
        .get_or_init(|| Guidance::parse(SOURCE))
        .as_ref()
        .map_err(String::as_str)
}

/// What the course says of a block.
pub fn block(id: BlockId) -> Option<&'static BlockGuide> {
    guidance().blocks.iter().find(|b| b.id == id)
}

/// The key question of a block in a layout.
pub fn key_question(id: BlockId, layout: LayoutKind) -> Option<&'static Text> {
    let b = block(id)?;
    Some(match (&b.lean_key_question, layout) {
        (Some(lean), LayoutKind::Lean) => lean,
        _ => &b.key_question,
    })
}

/// Every question of a block in a layout, as guided mode asks them: the key question,
/// then the ones marked main, then the others, then the Lean Canvas's own.
pub fn questions(id: BlockId, layout: LayoutKind) -> Vec<&'static Text> {
    let Some(b) = block(id) else {
        return Vec::new();
    };
    let mut out: Vec<&Text> = key_question(id, layout).into_iter().collect();
    out.extend(b.questions.iter().filter(|q| q.is_main()));
    out.extend(b.questions.iter().filter(|q| !q.is_main()));
    if layout == LayoutKind::Lean {
        out.extend(&b.lean_questions);
    }
    out
}

/// The typologies of a block, as checklists.
pub fn checklists(id: BlockId) -> &'static [Checklist] {
    block(id).map_or(&[], |b| b.checklists.as_slice())
}

/// The block's main typology as one line: the items of its first checklist.
pub fn typology(id: BlockId, lang: Lang) -> String {
    checklists(id)
        .first()
        .map(|c| c.labels(lang).join(", "))
        .unwrap_or_default()
}

/// The order in which a layout's blocks are filled: the course's for `bmc`, ours for the
/// others (see the module docs). Every block of the layout, each once.
pub fn fill_order(layout: LayoutKind) -> Vec<BlockId> {
    let g = guidance();
    let order: Vec<BlockId> = match layout {
        LayoutKind::Bmc => g.fill_order.steps.iter().map(|s| s.block).collect(),
        LayoutKind::Social => g.social_order.clone(),
        LayoutKind::Lean => g.lean_order.clone(),
    };
    // Any block the order misses still gets its turn, in the layout's own order.
    let mut all: Vec<BlockId> = order.into_iter().filter(|b| layout.has_block(*b)).collect();
    for b in layout.blocks() {
        if !all.contains(&b) {
            all.push(b);
        }
    }
    all
}

/// The course's numbered step for a block («Блок №n»), if the course numbers it.
pub fn course_step(id: BlockId) -> Option<&'static Step> {
    guidance().fill_order.steps.iter().find(|s| s.block == id)
}

/// One screen of guided mode.
#[derive(Debug, Clone, Copy)]
pub struct GuidedStep {
    /// 1-based position in the walk.
    pub number: usize,
    /// How many steps the walk has.
    pub of: usize,
    /// The block to fill.
    pub block: BlockId,
    /// The layout walked.
    pub layout: LayoutKind,
    /// The course's step, for blocks the course numbers.
    pub course: Option<&'static Step>,
    /// The course's guidance of the block.
    pub guide: Option<&'static BlockGuide>,
}

impl GuidedStep {
    /// The questions to ask, in order (see [`questions`]).
    pub fn questions(&self) -> Vec<&'static Text> {
        questions(self.block, self.layout)
    }

    /// The prompts the seed gives for the block.
    pub fn prompts(&self) -> &'static [Text] {
        self.guide.map_or(&[], |g| g.prompts.as_slice())
    }

    /// The block's checklists.
    pub fn checklists(&self) -> &'static [Checklist] {
        checklists(self.block)
    }
}

/// Guided mode: walks a layout's blocks in [`fill_order`], one block at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidedMode {
    layout: LayoutKind,
    order: Vec<BlockId>,
    at: usize,
}

impl GuidedMode {
    /// A walk from the first block.
    pub fn new(layout: LayoutKind) -> Self {
        Self {
            layout,
            order: fill_order(layout),
            at: 0,
        }
    }

    /// A walk of a version's layout at its first empty block in the order (the last block
    /// when none is empty), so that reopening guided mode goes on where the founder is.
    pub fn resume(version: &Version) -> Self {
        let mut walk = Self::new(version.layout);
        walk.at = walk
            .order
            .iter()
            .position(|b| version.notes_in(*b).next().is_none())
            .unwrap_or(walk.order.len().saturating_sub(1));
        walk
    }

    /// The text shown before the first step.
    pub fn preamble() -> &'static [Text] {
        &guidance().preamble
    }

    /// The blocks in the order walked.
    pub fn order(&self) -> &[BlockId] {
        &self.order
    }

    /// The current step.
    pub fn step(&self) -> GuidedStep {
        let block = self
            .order
            .get(self.at)
            .copied()
            .unwrap_or(BlockId::CustomerSegments);
        GuidedStep {
            number: self.at + 1,
            of: self.order.len(),
            block,
            layout: self.layout,
            course: course_step(block),
            guide: self::block(block),
        }
    }

    /// Goes to the next block; `false` at the last one.
    pub fn forward(&mut self) -> bool {
        if self.at + 1 < self.order.len() {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// Goes back one block; `false` at the first one.
    pub fn back(&mut self) -> bool {
        if self.at > 0 {
            self.at -= 1;
            true
        } else {
            false
        }
    }

    /// Jumps to a block of the walk; `false` if the layout lacks it.
    pub fn go_to(&mut self, block: BlockId) -> bool {
        match self.order.iter().position(|b| *b == block) {
            Some(i) => {
                self.at = i;
                true
            }
            None => false,
        }
    }
}
