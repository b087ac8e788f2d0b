//! The words shown for the model's segment and social enterprise fields, taken from the
//! method's assets (`assets/method/segments.ron`, `social.ron`): the model's enums carry
//! only the ids written in files, and these give their labels in either language. An
//! empty string means the asset lacks the entry; `tests/method.rs` checks none does.

use super::{Text, segments, social};
use crate::model::{
    Attribute, EnterpriseKind, Lang, Loyalty, OperatingModel, Priority, ProfileText, Question,
    SegmentKind, SocialField,
};

fn get(t: Option<&'static Text>, lang: Lang) -> &'static str {
    t.map_or("", |t| t.get(lang))
}

/// «Клиенты» or «Бенефициары».
pub fn segment_kind(k: SegmentKind, lang: Lang) -> &'static str {
    get(segments::guide().and_then(|g| g.kind(k)), lang)
}

/// A priority grade (our label).
pub fn priority(p: Priority, lang: Lang) -> &'static str {
    get(
        segments::guide()
            .and_then(|g| g.priority(p))
            .map(|l| &l.label),
        lang,
    )
}

/// A degree of loyalty («отсутствует» …).
pub fn loyalty(l: Loyalty, lang: Lang) -> &'static str {
    get(segments::guide().and_then(|g| g.loyalty(l)), lang)
}

/// One of the five questions as the seed writes it («Что? – Какой тип …»).
pub fn question(q: Question, lang: Lang) -> &'static str {
    get(segments::guide().and_then(|g| g.question(q)), lang)
}

/// An attribute of «Что нужно знать о своих клиентах?».
pub fn attribute(a: Attribute, lang: Lang) -> &'static str {
    get(segments::guide().and_then(|g| g.attribute(a)), lang)
}

/// A text field of the profile: the seed's words for the figures, the whole question
/// for the answers.
pub fn profile_field(f: ProfileText, lang: Lang) -> &'static str {
    let Some(g) = segments::guide() else {
        return "";
    };
    match f {
        ProfileText::Size => g.size.get(lang),
        ProfileText::ShareOfSales => g.share_of_sales.get(lang),
        ProfileText::Profitability => g.profitability.get(lang),
        ProfileText::Answer(q) => question(q, lang),
    }
}

/// An operating model's name in the seed's list.
pub fn operating_model(m: OperatingModel, lang: Lang) -> &'static str {
    get(
        social::guide().and_then(|g| g.model(m)).map(|m| &m.name),
        lang,
    )
}

/// A type of business model («встроенная» …).
pub fn enterprise_kind(k: EnterpriseKind, lang: Lang) -> &'static str {
    get(
        social::guide().and_then(|g| g.kind(k)).map(|k| &k.name),
        lang,
    )
}

/// The seed's description fields in its order: what they sell, to whom, the type, the
/// social impact; each without its colon.
fn field(i: usize, lang: Lang) -> &'static str {
    let t = get(social::guide().and_then(|g| g.fields.get(i)), lang);
    t.strip_suffix(':').unwrap_or(t)
}

/// A text field of the social enterprise («Что продают» …).
pub fn social_field(f: SocialField, lang: Lang) -> &'static str {
    match f {
        SocialField::Sells => field(0, lang),
        SocialField::SellsTo => field(1, lang),
        SocialField::Impact => field(3, lang),
    }
}

/// «Вид бизнес-модели», the label of the type.
pub fn kind_field(lang: Lang) -> &'static str {
    field(2, lang)
}
