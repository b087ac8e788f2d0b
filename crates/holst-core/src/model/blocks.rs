//! The blocks of a canvas: stable ids, titles in both languages and accepted spellings
//! (canvas.md, "Blocks"); the key question and typology of each come from the course's
//! guidance (`crate::method::guidance`).

use serde::{Deserialize, Serialize};

use super::LayoutKind;
use super::names::normalise;

/// Interface language. Note text never changes with it; titles and guidance do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Русский.
    #[default]
    Ru,
    /// English.
    En,
}

/// A block of the canvas, by its stable id (what files store).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockId {
    /// Ключевые партнёры.
    KeyPartners,
    /// Ключевые виды деятельности.
    KeyActivities,
    /// Ключевые ресурсы.
    KeyResources,
    /// Ценностные предложения.
    ValuePropositions,
    /// Взаимоотношения с клиентами.
    CustomerRelationships,
    /// Каналы.
    Channels,
    /// Потребительские сегменты.
    CustomerSegments,
    /// Структура издержек.
    CostStructure,
    /// Потоки поступления доходов.
    RevenueStreams,
    /// Продукты (social layout only).
    Products,
    /// Социальное воздействие (social layout only).
    SocialImpact,
    /// Проблема (Lean Canvas only).
    Problem,
    /// Решение (Lean Canvas only).
    Solution,
    /// Ключевые метрики (Lean Canvas only).
    KeyMetrics,
    /// Скрытое преимущество (Lean Canvas only).
    UnfairAdvantage,
}

/// Everything canvas.md says about one block.
struct Info {
    id: &'static str,
    ru: &'static str,
    en: &'static str,
    aliases: &'static [&'static str],
}

impl BlockId {
    /// Every block, in the order of canvas.md.
    pub const ALL: [BlockId; 15] = [
        BlockId::KeyPartners,
        BlockId::KeyActivities,
        BlockId::KeyResources,
        BlockId::ValuePropositions,
        BlockId::CustomerRelationships,
        BlockId::Channels,
        BlockId::CustomerSegments,
        BlockId::CostStructure,
        BlockId::RevenueStreams,
        BlockId::Products,
        BlockId::SocialImpact,
        BlockId::Problem,
        BlockId::Solution,
        BlockId::KeyMetrics,
        BlockId::UnfairAdvantage,
    ];

    #[allow(clippy::too_many_lines)]
    fn info(self) -> Info {
        match self {
            BlockId::KeyPartners => Info {
                id: "key_partners",
                ru: "Ключевые партнёры",
                en: "Key Partners",
                aliases: &[
                    "Ключевые партнерства",
                    "Ключевые партнёрства",
                    "Партнёры",
                    "Партнеры",
                    "Key Partnerships",
                    "Partners",
                    "Partnerships",
                ],
            },
            BlockId::KeyActivities => Info {
                id: "key_activities",
                ru: "Ключевые виды деятельности",
                en: "Key Activities",
                aliases: &["Ключевые действия", "Виды деятельности", "Activities"],
            },
            BlockId::KeyResources => Info {
                id: "key_resources",
                ru: "Ключевые ресурсы",
                en: "Key Resources",
                aliases: &["Главные ресурсы", "Ресурсы", "Resources"],
            },
            BlockId::ValuePropositions => Info {
                id: "value_propositions",
                ru: "Ценностные предложения",
                en: "Value Propositions",
                aliases: &[
                    "Создаваемая стоимость для клиентов",
                    "Создаваемая стоимость",
                    "Ценностное предложение",
                    "Value Proposition",
                    "Value Props",
                    "Value Prop",
                    "Values",
                    // Lean Canvas names the block so (canvas.md, `lean`).
                    "Уникальное ценностное предложение",
                    "Unique Value Proposition",
                    "UVP",
                ],
            },
            BlockId::CustomerRelationships => Info {
                id: "customer_relationships",
                ru: "Взаимоотношения с клиентами",
                en: "Customer Relationships",
                aliases: &[
                    "Отношения с клиентами",
                    "Relationships",
                    "Customer Relationship",
                ],
            },
            BlockId::Channels => Info {
                id: "channels",
                ru: "Каналы",
                en: "Channels",
                aliases: &[
                    "Каналы сбыта",
                    "Каналы коммуникации",
                    "Каналы взаимодействия с клиентами",
                    "Channel",
                ],
            },
            BlockId::CustomerSegments => Info {
                id: "customer_segments",
                ru: "Потребительские сегменты",
                en: "Customer Segments",
                aliases: &[
                    "Клиенты",
                    "Клиентские сегменты",
                    "Сегменты",
                    "Целевые сегменты",
                    "Segments",
                    "Customer Segment",
                    "Customers",
                ],
            },
            BlockId::CostStructure => Info {
                id: "cost_structure",
                ru: "Структура издержек",
                en: "Cost Structure",
                aliases: &["Затраты", "Издержки", "Costs", "Cost"],
            },
            BlockId::RevenueStreams => Info {
                id: "revenue_streams",
                ru: "Потоки поступления доходов",
                en: "Revenue Streams",
                aliases: &[
                    "Доходы",
                    "Потоки доходов",
                    "Revenue",
                    "Revenue Stream",
                    "Revenues",
                ],
            },
            BlockId::Products => Info {
                id: "products",
                ru: "Продукты",
                en: "Products",
                aliases: &["Продукт", "Товары и услуги", "Product"],
            },
            BlockId::SocialImpact => Info {
                id: "social_impact",
                ru: "Социальное воздействие",
                en: "Social Impact",
                aliases: &["Социальный эффект", "Impact", "Impact Measures"],
            },
            // The four Lean Canvas blocks (Ash Maurya): titles from canvas.md.
            BlockId::Problem => Info {
                id: "problem",
                ru: "Проблема",
                en: "Problem",
                aliases: &["Проблемы", "Problems"],
            },
            BlockId::Solution => Info {
                id: "solution",
                ru: "Решение",
                en: "Solution",
                aliases: &["Решения", "Solutions"],
            },
            BlockId::KeyMetrics => Info {
                id: "key_metrics",
                ru: "Ключевые метрики",
                en: "Key Metrics",
                aliases: &["Метрики", "Ключевые показатели", "Metrics"],
            },
            BlockId::UnfairAdvantage => Info {
                id: "unfair_advantage",
                ru: "Скрытое преимущество",
                en: "Unfair Advantage",
                aliases: &[
                    "Нечестное преимущество",
                    "Конкурентное преимущество",
                    "Competitive Advantage",
                ],
            },
        }
    }

    /// The id written in files, e.g. `key_partners`.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The block's title in the given language, as the `bmc` and `social` layouts show it
    /// (see [`Self::title_in`] for a given layout).
    pub fn title(self, lang: Lang) -> &'static str {
        let i = self.info();
        match lang {
            Lang::Ru => i.ru,
            Lang::En => i.en,
        }
    }

    /// The block's title in a layout: the Lean Canvas calls Value Propositions «Уникальное
    /// ценностное предложение» / "Unique Value Proposition" (canvas.md, `lean`).
    pub fn title_in(self, layout: LayoutKind, lang: Lang) -> &'static str {
        match (self, layout, lang) {
            (BlockId::ValuePropositions, LayoutKind::Lean, Lang::Ru) => {
                "Уникальное ценностное предложение"
            }
            (BlockId::ValuePropositions, LayoutKind::Lean, Lang::En) => "Unique Value Proposition",
            _ => self.title(lang),
        }
    }

    /// The key question of the block, shown in an empty block: the course's (see
    /// `crate::method::guidance`), ours for the blocks the course does not know.
    pub fn question(self, lang: Lang) -> &'static str {
        self.question_in(LayoutKind::Bmc, lang)
    }

    /// The key question of the block in a layout: the Lean Canvas asks its own of the
    /// unique value proposition (ours, like the four Lean blocks' questions).
    pub fn question_in(self, layout: LayoutKind, lang: Lang) -> &'static str {
        crate::method::guidance::key_question(self, layout).map_or("", |t| t.get(lang))
    }

    /// The block's main typology from the course material as one line, for the block's
    /// help popover: the items of its first checklist (`crate::method::guidance` has them
    /// all, with their sources).
    pub fn typology(self, lang: Lang) -> String {
        crate::method::guidance::typology(self, lang)
    }

    /// Every spelling the Markdown importer accepts for this block: the id, both titles
    /// and the aliases of canvas.md.
    pub(crate) fn spellings(self) -> Vec<&'static str> {
        let i = self.info();
        let mut all = vec![i.id, i.ru, i.en];
        all.extend_from_slice(i.aliases);
        all
    }

    /// Finds the block a heading names, by canvas.md's rules: case-insensitive, `ё` = `е`,
    /// `-` = `_`, surrounding punctuation and a trailing colon ignored.
    pub fn parse(heading: &str) -> Option<BlockId> {
        // Every spelling normalised once per process: files may have millions of headings.
        static SPELLINGS: std::sync::OnceLock<Vec<(String, BlockId)>> = std::sync::OnceLock::new();
        let key = normalise(heading);
        if key.is_empty() {
            return None;
        }
        SPELLINGS
            .get_or_init(|| {
                BlockId::ALL
                    .into_iter()
                    .flat_map(|b| b.spellings().into_iter().map(move |s| (normalise(s), b)))
                    .collect()
            })
            .iter()
            .find(|(s, _)| *s == key)
            .map(|(_, b)| *b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_canvas_md_maps_to_its_block() {
        assert_eq!(
            BlockId::parse("Ключевые партнерства:"),
            Some(BlockId::KeyPartners)
        );
        assert_eq!(
            BlockId::parse("КЛЮЧЕВЫЕ ПАРТНЁРЫ"),
            Some(BlockId::KeyPartners)
        );
        assert_eq!(BlockId::parse("key-partners"), Some(BlockId::KeyPartners));
        assert_eq!(
            BlockId::parse("  **Value Props** "),
            Some(BlockId::ValuePropositions)
        );
        assert_eq!(
            BlockId::parse("Создаваемая стоимость для клиентов:"),
            Some(BlockId::ValuePropositions)
        );
        assert_eq!(BlockId::parse("Клиенты"), Some(BlockId::CustomerSegments));
        assert_eq!(
            BlockId::parse("Impact Measures"),
            Some(BlockId::SocialImpact)
        );
        assert_eq!(BlockId::parse("Затраты"), Some(BlockId::CostStructure));
        assert_eq!(BlockId::parse("Гипотезы"), None);
        // The research's rule R2: emoji (with U+FE0F), symbols, ordinals, hyphens, case.
        assert_eq!(BlockId::parse("❗\u{fe0f}PROBLEM"), Some(BlockId::Problem));
        assert_eq!(
            BlockId::parse("🗝\u{fe0f} KEY METRICS"),
            Some(BlockId::KeyMetrics)
        );
        assert_eq!(
            BlockId::parse("CUSTOMER RELATIONSHIPS ♡"),
            Some(BlockId::CustomerRelationships)
        );
        assert_eq!(BlockId::parse("1. Problem"), Some(BlockId::Problem));
        assert_eq!(BlockId::parse("01 Costs"), Some(BlockId::CostStructure));
        assert_eq!(BlockId::parse("2) Channels:"), Some(BlockId::Channels));
        assert_eq!(
            BlockId::parse("Unique-Value-Proposition"),
            Some(BlockId::ValuePropositions)
        );
        assert_eq!(BlockId::parse("Key_Metrics ##"), Some(BlockId::KeyMetrics));
        assert_eq!(
            BlockId::parse("Клиентские сегменты"),
            Some(BlockId::CustomerSegments)
        );
        assert_eq!(BlockId::parse("values"), Some(BlockId::ValuePropositions));
        assert_eq!(BlockId::parse("revenues"), Some(BlockId::RevenueStreams));
        assert_eq!(
            BlockId::parse("3D Channels"),
            None,
            "no ordinal without a space"
        );
        assert_eq!(BlockId::parse("Notes"), None);
        assert_eq!(BlockId::parse(""), None);
        for b in BlockId::ALL {
            for s in b.spellings() {
                assert_eq!(BlockId::parse(s), Some(b), "{s}");
            }
        }
    }

    #[test]
    fn no_spelling_is_claimed_by_two_blocks() {
        for a in BlockId::ALL {
            for b in BlockId::ALL {
                if a != b {
                    for s in a.spellings() {
                        assert!(
                            !b.spellings().iter().any(|t| normalise(t) == normalise(s)),
                            "{s}"
                        );
                    }
                }
            }
        }
    }
}
