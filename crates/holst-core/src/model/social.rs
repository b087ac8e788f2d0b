//! A version as a social enterprise (issue 16): its operating model among the seven of the
//! course (`000:374-384`), its type («Вид бизнес-модели») and the seed's description
//! fields. `crate::method::social` gives the models' descriptions and sources.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Invalid, MAX_TEXT_CHARS, Place, Version};
use crate::i18n::Message;

/// «Модели операционной деятельности СП» (`000:374`), numbered as the seed lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperatingModel {
    /// 1) модель поддержки предпринимателей
    EntrepreneurSupport,
    /// 2) модель рыночного посредника
    MarketIntermediary,
    /// 3) модель занятости
    Employment,
    /// 4) модель платных услуг
    FeeForService,
    /// 5) модель субсидированных услуг
    ServiceSubsidization,
    /// 6) модель рыночных связей
    MarketLinkage,
    /// 7) модель организационной поддержки
    OrganizationalSupport,
}

impl OperatingModel {
    /// The seven, in the seed's order.
    pub const ALL: [OperatingModel; 7] = [
        OperatingModel::EntrepreneurSupport,
        OperatingModel::MarketIntermediary,
        OperatingModel::Employment,
        OperatingModel::FeeForService,
        OperatingModel::ServiceSubsidization,
        OperatingModel::MarketLinkage,
        OperatingModel::OrganizationalSupport,
    ];

    /// The seed's number, 1 to 7.
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|m| *m == self).unwrap_or(0) + 1
    }

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            OperatingModel::EntrepreneurSupport => "entrepreneur_support",
            OperatingModel::MarketIntermediary => "market_intermediary",
            OperatingModel::Employment => "employment",
            OperatingModel::FeeForService => "fee_for_service",
            OperatingModel::ServiceSubsidization => "service_subsidization",
            OperatingModel::MarketLinkage => "market_linkage",
            OperatingModel::OrganizationalSupport => "organizational_support",
        }
    }
}

/// «Вид бизнес-модели»: how the business and the social programme relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnterpriseKind {
    /// встроенная (models 1–4 and 6 of the seed).
    Embedded,
    /// интегрированная (models 5 and 6).
    Integrated,
    /// внешняя: **not in the seeds** (Kim Alter's third type); ours.
    External,
}

impl EnterpriseKind {
    /// The three types; the last is ours.
    pub const ALL: [EnterpriseKind; 3] = [
        EnterpriseKind::Embedded,
        EnterpriseKind::Integrated,
        EnterpriseKind::External,
    ];

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            EnterpriseKind::Embedded => "embedded",
            EnterpriseKind::Integrated => "integrated",
            EnterpriseKind::External => "external",
        }
    }

    /// Whether the course names this type (the third type is ours).
    pub fn in_seed(self) -> bool {
        self != EnterpriseKind::External
    }
}

/// A text field of the description, as the seed's model slides label them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SocialField {
    /// «Что продают:»
    Sells,
    /// «Кому продают:»
    SellsTo,
    /// «Социальное воздействие:»
    Impact,
}

impl SocialField {
    /// The three text fields, in the seed's order (the fourth, «Вид бизнес-модели:», is
    /// [`SocialEnterprise::kinds`]).
    pub const ALL: [SocialField; 3] = [
        SocialField::Sells,
        SocialField::SellsTo,
        SocialField::Impact,
    ];

    /// The word written in files.
    pub fn id(self) -> &'static str {
        match self {
            SocialField::Sells => "sells",
            SocialField::SellsTo => "sells_to",
            SocialField::Impact => "impact",
        }
    }
}

/// What a version says of itself as a social enterprise. All empty for most versions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SocialEnterprise {
    /// The operating model, one of the seven.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operating_model: Option<OperatingModel>,
    /// «Вид бизнес-модели»: a set, since the seed's model 6 is «встроенная или
    /// интегрированная».
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub kinds: BTreeSet<EnterpriseKind>,
    /// «Что продают:»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sells: String,
    /// «Кому продают:»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sells_to: String,
    /// «Социальное воздействие:»
    #[serde(skip_serializing_if = "String::is_empty")]
    pub impact: String,
}

impl SocialEnterprise {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        *self == SocialEnterprise::default()
    }

    /// A text field.
    pub fn text(&self, field: SocialField) -> &str {
        match field {
            SocialField::Sells => &self.sells,
            SocialField::SellsTo => &self.sells_to,
            SocialField::Impact => &self.impact,
        }
    }

    /// A text field, to edit.
    pub fn text_mut(&mut self, field: SocialField) -> &mut String {
        match field {
            SocialField::Sells => &mut self.sells,
            SocialField::SellsTo => &mut self.sells_to,
            SocialField::Impact => &mut self.impact,
        }
    }
}

/// Checks the description texts of a version's social enterprise against
/// [`MAX_TEXT_CHARS`].
pub(super) fn check(v: &Version) -> Result<(), Invalid> {
    for f in SocialField::ALL {
        if let Some(n) = super::limits::chars_over(v.social.text(f), MAX_TEXT_CHARS) {
            let what = Message::new("item-social-field").arg("field", f.id());
            return Err(super::limits::text_too_long(
                v,
                what,
                n,
                Place::Version(v.id),
            ));
        }
    }
    Ok(())
}
