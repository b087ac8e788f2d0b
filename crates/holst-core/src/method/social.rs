//! The social enterprise's operating models as the course describes them (`000:374-737`):
//! for each of the seven, its name, what it sells and to whom, its type and its social
//! impact (model 7 has no description slide: those are `None`), the types, and the social
//! impact typology gathered from every model and case of the seed.

use std::sync::OnceLock;

use serde::Deserialize;

use super::{Text, parse};
use crate::model::{EnterpriseKind, OperatingModel};

/// The asset, compiled in.
pub const SOURCE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/method/social.ron"
));

/// One operating model as the seed describes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Model")]
pub struct ModelGuide {
    /// The seed's number.
    pub n: usize,
    /// The model.
    pub id: OperatingModel,
    /// Its name in the seed's list.
    pub name: Text,
    /// The title of its description slide (none for model 7).
    #[serde(default)]
    pub slide: Option<Text>,
    /// «Что продают:»
    #[serde(default)]
    pub what_they_sell: Option<Text>,
    /// «Кому продают:»
    #[serde(default)]
    pub to_whom: Option<Text>,
    /// «Вид бизнес-модели:»
    #[serde(default)]
    pub kind: Option<Text>,
    /// What the slide adds to the type.
    #[serde(default)]
    pub kind_note: Option<Text>,
    /// «Социальное воздействие:»
    #[serde(default)]
    pub social_impact: Option<Text>,
    /// The case the seed gives for it.
    pub case: Text,
}

/// A type of business model («Вид бизнес-модели»).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Kind")]
pub struct KindGuide {
    /// The type.
    pub id: EnterpriseKind,
    /// Its name (ours for the external type, which the seeds do not know).
    pub name: Text,
    /// The seed's description, where it gives one (only for «интегрированная»).
    #[serde(default)]
    pub seed_description: Option<Text>,
    /// Our description.
    #[serde(default)]
    pub ours: Option<Text>,
    /// The seed's models of this type.
    #[serde(default)]
    pub models: Vec<usize>,
}

/// A group of the social impact typology: our name, the seed's items.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename = "Group")]
pub struct ImpactGroup {
    /// Our name of the group.
    pub name: Text,
    /// The seed's social impacts.
    pub items: Vec<Text>,
}

/// The social asset.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SocialGuide {
    /// «Модели операционной деятельности СП».
    pub title: Text,
    /// The seven models, in the seed's order.
    pub models: Vec<ModelGuide>,
    /// The seed's four description fields.
    pub fields: Vec<Text>,
    /// The types.
    pub kinds: Vec<KindGuide>,
    /// The social impact typology.
    pub impact: Vec<ImpactGroup>,
    /// Labels the cases use for their own descriptions.
    pub case_labels: Vec<Text>,
}

impl SocialGuide {
    /// Reads a social asset.
    pub fn parse(source: &str) -> Result<SocialGuide, String> {
        parse("social.ron", source)
    }

    /// What the seed says of an operating model.
    pub fn model(&self, m: OperatingModel) -> Option<&ModelGuide> {
        self.models.iter().find(|g| g.id == m)
    }

    /// What is known of a type.
    pub fn kind(&self, k: EnterpriseKind) -> Option<&KindGuide> {
        self.kinds.iter().find(|g| g.id == k)
    }

    /// The typology's items, flat, in order.
    pub fn impact_items(&self) -> impl Iterator<Item = &Text> {
        self.impact.iter().flat_map(|g| g.items.iter())
    }
}

/// The shipped social asset, read once; `None` only if it does not read (the tests make
/// sure it does).
pub fn guide() -> Option<&'static SocialGuide> {
    static LOADED: OnceLock<Result<SocialGuide, String>> = OnceLock::new();
    LOADED
        .get_or_init(|| SocialGuide::parse(SOURCE))
        .as_ref()
        .ok()
}
