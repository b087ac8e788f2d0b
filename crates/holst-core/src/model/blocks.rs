//! The blocks of a canvas: stable ids, titles in both languages, the key question and
//! typology of each (canvas.md, "Blocks" and "Guidance shown in each block").

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
    question_ru: &'static str,
    question_en: &'static str,
    typology_ru: &'static str,
    typology_en: &'static str,
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
                question_ru: "Без каких контрагентов наш бизнес будет невозможен?",
                question_en: "Without which partners would our business be impossible?",
                typology_ru: "поставщики, подрядчики, обучающие центры",
                typology_en: "suppliers, contractors, training centres",
            },
            BlockId::KeyActivities => Info {
                id: "key_activities",
                ru: "Ключевые виды деятельности",
                en: "Key Activities",
                aliases: &["Ключевые действия", "Виды деятельности", "Activities"],
                question_ru: "Что нужно сделать, чтобы получить ценностное предложение?",
                question_en: "What must we do to deliver the value proposition?",
                typology_ru: "производство, решение проблем клиентов, платформа/сеть; перепродажа, услуги",
                typology_en: "production, problem solving for customers, platform/network; resale, services",
            },
            BlockId::KeyResources => Info {
                id: "key_resources",
                ru: "Ключевые ресурсы",
                en: "Key Resources",
                aliases: &["Главные ресурсы", "Ресурсы", "Resources"],
                question_ru: "Какие ресурсы нужны, чтобы создать и реализовать ценностные предложения?",
                question_en: "Which resources do we need to create and deliver the value propositions?",
                typology_ru: "материальные, нематериальные (интеллектуальные), финансовые, кадровые",
                typology_en: "physical, intangible (intellectual), financial, human",
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
                question_ru: "Какую проблему потребителя мы решаем нашим продуктом?",
                question_en: "Which customer problem does our product solve?",
                typology_ru: "новизна, производительность, настройка, аутсорсинг, дизайн, бренд/статус, цена, \
                              снижение себестоимости, снижение риска, доступность, удобство",
                typology_en: "newness, performance, customisation, getting the job done, design, brand/status, \
                              price, cost reduction, risk reduction, accessibility, convenience",
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
                question_ru: "Какой клиентский сервис и отношение ждёт типичный представитель целевой \
                              аудитории проекта?",
                question_en: "What service and relationship does a typical member of our audience expect?",
                typology_ru: "персональная поддержка, особая персональная поддержка, самообслуживание, \
                              автоматизированное обслуживание, сообщества, совместное создание; цели: \
                              привлечение, удержание, повышение продаж",
                typology_en: "personal assistance, dedicated personal assistance, self-service, automated \
                              services, communities, co-creation; goals: acquisition, retention, upselling",
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
                question_ru: "Какие каналы взаимодействия с клиентами у нас есть?",
                question_en: "Through which channels do we reach our customers?",
                typology_ru: "фазы: информирование, оценка, покупка, доставка, пост-продажная поддержка; \
                              типы: собственные прямые (сбытовой персонал, собственные магазины), \
                              партнёрские (партнёрские магазины, оптовики)",
                typology_en: "phases: awareness, evaluation, purchase, delivery, after-sales support; types: \
                              own direct (sales force, own stores), partner (partner stores, wholesalers)",
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
                question_ru: "Кто у нас покупает?",
                question_en: "Who buys from us?",
                typology_ru: "массовый рынок, нишевый рынок, сегментированный, диверсифицированный, многосторонний",
                typology_en: "mass market, niche market, segmented, diversified, multi-sided platform",
            },
            BlockId::CostStructure => Info {
                id: "cost_structure",
                ru: "Структура издержек",
                en: "Cost Structure",
                aliases: &["Затраты", "Издержки", "Costs", "Cost"],
                question_ru: "Из каких затрат складывается создание и реализация продукта?",
                question_en: "Which costs make up creating and selling the product?",
                typology_ru: "постоянные и переменные; на производство и на продажу",
                typology_en: "fixed and variable; for production and for sales",
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
                question_ru: "Как мы зарабатываем деньги и как ещё их можно заработать с тем же продуктом \
                              и ресурсами?",
                question_en: "How do we earn money, and how else could we with the same product and resources?",
                typology_ru: "продажа активов, плата за использование, подписка, аренда/лизинг, лицензии, \
                              посреднические услуги, реклама; разовые или регулярные",
                typology_en: "asset sale, usage fee, subscription, renting/leasing, licensing, brokerage, \
                              advertising; one-off or recurring",
            },
            BlockId::Products => Info {
                id: "products",
                ru: "Продукты",
                en: "Products",
                aliases: &["Продукт", "Товары и услуги", "Product"],
                question_ru: "Какие товары и услуги производит предприятие? Каковы их основные характеристики?",
                question_en: "Which goods and services does the enterprise make? What are their main features?",
                typology_ru: "товары и услуги, их основные характеристики, условия эксплуатации и хранения",
                typology_en: "goods and services, their main features, conditions of use and storage",
            },
            BlockId::SocialImpact => Info {
                id: "social_impact",
                ru: "Социальное воздействие",
                en: "Social Impact",
                aliases: &["Социальный эффект", "Impact", "Impact Measures"],
                question_ru: "Какие социальные изменения создаёт предприятие и для кого?",
                question_en: "Which social change does the enterprise create, and for whom?",
                typology_ru: "рабочие места, доступные услуги, поддержка производителей",
                typology_en: "jobs, affordable services, support for producers",
            },
            // The four Lean Canvas blocks (Ash Maurya): titles from canvas.md; the questions
            // and typologies are ours, written for Holst (the seeds have no Lean Canvas).
            BlockId::Problem => Info {
                id: "problem",
                ru: "Проблема",
                en: "Problem",
                aliases: &["Проблемы", "Problems"],
                question_ru: "Какие три главные проблемы клиентов мы решаем и как они решаются сегодня?",
                question_en: "Which top three problems of our customers do we solve, and how are they solved today?",
                typology_ru: "три главные проблемы каждого сегмента; существующие альтернативы",
                typology_en: "top three problems of each segment; existing alternatives",
            },
            BlockId::Solution => Info {
                id: "solution",
                ru: "Решение",
                en: "Solution",
                aliases: &["Решения", "Solutions"],
                question_ru: "Как мы решаем каждую из этих проблем — какие три главные возможности продукта?",
                question_en: "How do we solve each of these problems: which top three features does the product need?",
                typology_ru: "по одной возможности на проблему; минимальный жизнеспособный продукт",
                typology_en: "one feature per problem; minimum viable product",
            },
            BlockId::KeyMetrics => Info {
                id: "key_metrics",
                ru: "Ключевые метрики",
                en: "Key Metrics",
                aliases: &["Метрики", "Ключевые показатели", "Metrics"],
                question_ru: "По каким цифрам мы поймём, что бизнес идёт хорошо?",
                question_en: "Which numbers tell us that the business is doing well?",
                typology_ru: "привлечение, активация, удержание, доход, рекомендации",
                typology_en: "acquisition, activation, retention, revenue, referral",
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
                question_ru: "Что есть у нас такого, что нельзя легко купить или скопировать?",
                question_en: "What do we have that cannot easily be bought or copied?",
                typology_ru: "инсайдерские знания, команда, сообщество, сетевой эффект, признание экспертов, \
                              права и патенты",
                typology_en: "insider information, the right team, community, network effects, expert \
                              endorsements, rights and patents",
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

    /// The key question of the block, shown in an empty block.
    pub fn question(self, lang: Lang) -> &'static str {
        let i = self.info();
        match lang {
            Lang::Ru => i.question_ru,
            Lang::En => i.question_en,
        }
    }

    /// The key question of the block in a layout: the Lean Canvas asks its own of the
    /// unique value proposition (ours, like the four Lean blocks' questions).
    pub fn question_in(self, layout: LayoutKind, lang: Lang) -> &'static str {
        match (self, layout, lang) {
            (BlockId::ValuePropositions, LayoutKind::Lean, Lang::Ru) => {
                "Чем мы отличаемся и почему на нас стоит обратить внимание — в одной ясной фразе?"
            }
            (BlockId::ValuePropositions, LayoutKind::Lean, Lang::En) => {
                "In one clear message: why are we different and worth paying attention to?"
            }
            _ => self.question(lang),
        }
    }

    /// The typology from the course material, for the block's help popover.
    pub fn typology(self, lang: Lang) -> &'static str {
        let i = self.info();
        match lang {
            Lang::Ru => i.typology_ru,
            Lang::En => i.typology_en,
        }
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
