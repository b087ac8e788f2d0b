//! The blocks of a canvas: stable ids, titles in both languages, the key question and
//! typology of each (canvas.md, "Blocks" and "Guidance shown in each block").

use serde::{Deserialize, Serialize};

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
    pub const ALL: [BlockId; 11] = [
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
                aliases: &["Доходы", "Потоки доходов", "Revenue", "Revenue Stream"],
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
        }
    }

    /// The id written in files, e.g. `key_partners`.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The block's title in the given language.
    pub fn title(self, lang: Lang) -> &'static str {
        let i = self.info();
        match lang {
            Lang::Ru => i.ru,
            Lang::En => i.en,
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
        let key = normalise(heading);
        if key.is_empty() {
            return None;
        }
        BlockId::ALL
            .into_iter()
            .find(|b| b.spellings().iter().any(|s| normalise(s) == key))
    }
}

/// Canonical form of a block name for matching.
fn normalise(s: &str) -> String {
    let lowered = s.to_lowercase().replace('ё', "е").replace('-', "_");
    let trimmed = lowered.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
    let trimmed = trimmed.trim_matches('_');
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
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
