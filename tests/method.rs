//! The course's method (issue 16): every quote of the method's assets is the seed's, word
//! for word, at the lines it names; the model's labels are those quotes; guided mode walks
//! a blank canvas in the course's order asking the course's questions.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use holst::method::{Text, checker, guidance, labels, segments, social};
use holst::model::{
    Attribute, BlockId, EnterpriseKind, Lang, LayoutKind, Loyalty, OperatingModel, Priority,
    ProfileText, Question, SegmentKind, SocialField,
};
use holst::templates::Template;

/// The seeds, verbatim.
const SEEDS: [(&str, &str); 5] = [
    ("000", include_str!("data/seeds/000_4f3bfd73082c368e.txt")),
    ("001", include_str!("data/seeds/001_3126b0f14e6a1369.txt")),
    ("002", include_str!("data/seeds/002_1246d7bf1f9f23e2.txt")),
    ("003", include_str!("data/seeds/003_ab6bedbeb51a8b10.txt")),
    ("004", include_str!("data/seeds/004_5b063d5c40fb3b8d.txt")),
];

/// Whitespace runs (NBSP and tabs too) as one space, trimmed.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The seed's lines a source names (`001:13-17`), joined and normalised.
fn passage(src: &str) -> String {
    let (file, lines) = src.split_once(':').unwrap();
    let (a, b) = lines.split_once('-').unwrap_or((lines, lines));
    let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
    let text = SEEDS.iter().find(|(f, _)| *f == file).unwrap().1;
    let all: Vec<&str> = text.split('\n').collect();
    assert!(
        a >= 1 && b <= all.len() && a <= b,
        "{src} is outside the seed"
    );
    norm(&all[a - 1..b].join(" "))
}

/// A string literal starting at `s` (just after its opening quote): its value and the rest.
fn literal(s: &str) -> (String, &str) {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, e)) = chars.next() {
                    out.push(e);
                }
            }
            '"' => return (out, &s[i + 1..]),
            _ => out.push(c),
        }
    }
    panic!("unterminated string");
}

/// The text of one `Q(…)`, from just after `Q(` to its closing parenthesis.
fn q_body(s: &str) -> &str {
    let mut depth = 1;
    let mut in_str = false;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &s[..i];
                }
            }
            _ => {}
        }
    }
    panic!("unclosed Q(");
}

/// A field's string value inside a `Q(…)` body.
fn field(body: &str, key: &str) -> Option<String> {
    let at = body.find(&format!("{key}: \""))?;
    Some(literal(&body[at + key.len() + 3..]).0)
}

/// Every quote of a RON asset: the seed's text (`raw` if given, else `ru`) and its sources.
fn quotes(source: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("Q(ru: \"") {
        let body = q_body(&rest[at + 2..]);
        let quote = field(body, "raw").or_else(|| field(body, "ru")).unwrap();
        let src_at = body.find("src: [").expect("a quote names its source");
        let list = &body[src_at + 6..];
        let list = &list[..list.find(']').unwrap()];
        let srcs = list
            .split(',')
            .map(|s| s.trim().trim_matches('"').to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        out.push((quote, srcs));
        rest = &rest[at + 2 + body.len()..];
    }
    out
}

#[test]
fn every_asset_reads() {
    guidance::load().unwrap();
    assert!(segments::guide().is_some());
    assert!(social::guide().is_some());
    assert!(checker::guide().is_some());
    segments::SegmentsGuide::parse(segments::SOURCE).unwrap();
    social::SocialGuide::parse(social::SOURCE).unwrap();
    checker::CheckerGuide::parse(checker::SOURCE).unwrap();
}

#[test]
fn every_quote_of_the_method_is_the_seeds_word_for_word() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (name, source) in [
        ("guidance", guidance::SOURCE),
        ("segments", segments::SOURCE),
        ("social", social::SOURCE),
        ("checker", checker::SOURCE),
    ] {
        for (quote, srcs) in quotes(source) {
            assert!(!srcs.is_empty(), "{name}: «{quote}» has no source");
            for src in srcs {
                checked += 1;
                if !passage(&src).contains(&norm(&quote)) {
                    failures.push(format!("{name}: «{quote}» is not in {src}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The research checked 872 quote/source pairs; the assets hold most of them.
    assert!(checked > 600, "only {checked} quotes checked");
}

#[test]
fn a_seed_passage_that_differs_is_caught() {
    // The checker of quotes above is no formality: one changed letter fails it.
    assert!(passage("001:739").contains("Кто у нас покупает?"));
    assert!(!passage("001:739").contains("Кто у нас покупаeт?"));
    let found = quotes(r#"Q(ru: "a \"b\" (c)", en: "x", src: ["000:1", "001:2-3"])"#);
    assert_eq!(
        found,
        [(
            "a \"b\" (c)".to_owned(),
            vec!["000:1".to_owned(), "001:2-3".to_owned()]
        )]
    );
}

fn ru(t: Option<&Text>) -> &str {
    t.unwrap().get(Lang::Ru)
}

#[test]
fn every_value_of_the_model_has_its_label_in_the_assets() {
    let g = segments::guide().unwrap();
    for lang in [Lang::Ru, Lang::En] {
        for k in SegmentKind::ALL {
            assert!(!labels::segment_kind(k, lang).is_empty(), "{k:?}");
        }
        for l in Loyalty::ALL {
            assert!(!labels::loyalty(l, lang).is_empty(), "{l:?}");
        }
        for p in Priority::ALL {
            assert!(!labels::priority(p, lang).is_empty(), "{p:?}");
        }
        for a in Attribute::ALL {
            assert!(!labels::attribute(a, lang).is_empty(), "{a:?}");
        }
        for f in ProfileText::ALL {
            assert!(!labels::profile_field(f, lang).is_empty(), "{f:?}");
        }
        for m in OperatingModel::ALL {
            assert!(!labels::operating_model(m, lang).is_empty(), "{m:?}");
        }
        for k in EnterpriseKind::ALL {
            assert!(!labels::enterprise_kind(k, lang).is_empty(), "{k:?}");
        }
        for f in SocialField::ALL {
            assert!(!labels::social_field(f, lang).is_empty(), "{f:?}");
        }
    }
    assert_eq!(Attribute::ALL.len(), g.attributes.len());
    assert_eq!(
        labels::segment_kind(SegmentKind::Beneficiary, Lang::Ru),
        "Бенефициары"
    );
    assert_eq!(
        labels::loyalty(Loyalty::Commitment, Lang::Ru),
        "приверженность"
    );
    for l in Loyalty::ALL {
        assert!(g.loyalty(l).unwrap().is_quote());
    }
    for p in Priority::ALL {
        let level = g.priority(p).unwrap();
        assert!(!level.label.is_quote(), "the priority labels are ours");
        assert!(level.rule.is_quote());
    }
    assert_eq!(
        labels::question(Question::Where, Lang::Ru),
        "Где? – Каналы реализации товара, услуги"
    );
    assert_eq!(labels::attribute(Attribute::Region, Lang::Ru), "Регион");
    assert_eq!(
        labels::attribute(Attribute::Decision, Lang::Ru),
        "Способ принятия решения"
    );
    assert_eq!(
        labels::profile_field(ProfileText::ShareOfSales, Lang::Ru),
        "Доля сегмента в продажах компании"
    );
    let s = social::guide().unwrap();
    assert_eq!(s.models.len(), 7);
    for m in OperatingModel::ALL {
        assert_eq!(m.number(), s.model(m).unwrap().n);
    }
    assert_eq!(
        labels::operating_model(OperatingModel::EntrepreneurSupport, Lang::Ru),
        "модель поддержки предпринимателей"
    );
    for k in EnterpriseKind::ALL {
        assert_eq!(
            s.kind(k).unwrap().name.is_quote(),
            k.in_seed(),
            "«внешняя» is ours"
        );
    }
    assert_eq!(
        labels::enterprise_kind(EnterpriseKind::Integrated, Lang::Ru),
        "интегрированная"
    );
    assert_eq!(
        labels::social_field(SocialField::SellsTo, Lang::Ru),
        "Кому продают"
    );
    assert_eq!(
        labels::social_field(SocialField::Impact, Lang::Ru),
        "Социальное воздействие"
    );
    assert_eq!(labels::kind_field(Lang::Ru), "Вид бизнес-модели");
}

#[test]
fn the_operating_models_are_the_seeds_seven_and_model_7_has_no_description() {
    let s = social::guide().unwrap();
    let seventh = s.model(OperatingModel::OrganizationalSupport).unwrap();
    assert!(seventh.what_they_sell.is_none() && seventh.kind.is_none());
    let second = s.model(OperatingModel::MarketIntermediary).unwrap();
    assert_eq!(ru(second.kind.as_ref()), "встроенная");
    assert_eq!(
        ru(s.model(OperatingModel::ServiceSubsidization)
            .unwrap()
            .kind
            .as_ref()),
        "интегрированная"
    );
    // The impact typology is as wide as the seed: every «Социальное воздействие:» of the
    // models and what the cases state as results, all quotes.
    let items: Vec<&Text> = s.impact_items().collect();
    assert!(items.len() >= 20, "{}", items.len());
    assert!(items.iter().all(|t| t.is_quote()));
    for m in &s.models {
        if let Some(impact) = &m.social_impact {
            let same = |t: &&Text| t.get(Lang::Ru) == impact.get(Lang::Ru);
            assert!(items.iter().any(same), "{:?}", m.id);
        }
    }
    // The guidance of the social impact block carries the whole typology.
    let social_impact = guidance::checklists(BlockId::SocialImpact);
    let listed: usize = social_impact.iter().map(|c| c.all_items().len()).sum();
    assert!(listed >= items.len());
}

/// The key questions of «Вопросы для составления бизнес-модели компании» (`001:737-755`),
/// read from the seed: the nine lines after the heading that end in a question mark.
fn seed_question_list() -> Vec<String> {
    let text = SEEDS[1].1;
    let lines: Vec<&str> = text.split('\n').collect();
    let start = lines
        .iter()
        .position(|l| l.contains("Вопросы для составления бизнес-модели компании"))
        .unwrap();
    lines[start + 1..]
        .iter()
        .map(|l| norm(l))
        .filter(|l| l.ends_with('?'))
        .take(9)
        .map(|l| {
            l.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
                .to_owned()
        })
        .collect()
}

#[test]
fn a_blank_canvas_walked_in_guided_mode_asks_the_seeds_questions_in_the_seeds_order() {
    let model = Template::find("blank-bmc").unwrap().model().unwrap();
    let version = &model.versions[0];
    let mut walk = guidance::GuidedMode::resume(version);
    let mut asked = Vec::new();
    let mut blocks = Vec::new();
    loop {
        let step = walk.step();
        blocks.push(step.block);
        let first = step.questions()[0];
        assert!(
            first.is_quote(),
            "{:?} asks the seed's question",
            step.block
        );
        asked.push(first.get(Lang::Ru).to_owned());
        // The course numbers the step «Блок №n» as guided mode does.
        let course = step.course.unwrap();
        assert_eq!(course.n, step.number);
        assert!(
            course
                .heading
                .get(Lang::Ru)
                .starts_with(&format!("Блок №{}.", step.number))
        );
        if !walk.forward() {
            break;
        }
    }
    assert_eq!(
        blocks,
        [
            BlockId::CustomerSegments,
            BlockId::ValuePropositions,
            BlockId::Channels,
            BlockId::CustomerRelationships,
            BlockId::RevenueStreams,
            BlockId::KeyResources,
            BlockId::KeyActivities,
            BlockId::KeyPartners,
            BlockId::CostStructure,
        ]
    );
    assert_eq!(asked, seed_question_list());
    // The last step carries the seed's rule for costs.
    let last = walk.step();
    assert_eq!(
        last.course.unwrap().rule.as_ref().unwrap().get(Lang::Ru),
        "Этот блок заполняется последним."
    );
    assert!(!walk.forward());
    assert!(walk.back());
    assert_eq!(walk.step().block, BlockId::KeyPartners);
}

#[test]
fn guided_mode_resumes_at_the_first_empty_block_and_covers_every_layout() {
    let model = Template::find("vesely-voylok").unwrap().model().unwrap();
    let mut v = model.versions[0].clone();
    v.notes
        .retain(|n| n.block != BlockId::Channels && n.block != BlockId::KeyPartners);
    assert_eq!(
        guidance::GuidedMode::resume(&v).step().block,
        BlockId::Channels
    );
    for layout in LayoutKind::ALL {
        let order = guidance::fill_order(layout);
        let mut expected: Vec<BlockId> = layout.blocks().collect();
        let mut got = order.clone();
        expected.sort();
        got.sort();
        assert_eq!(got, expected, "{layout:?}: every block once");
        for b in order {
            assert!(!guidance::questions(b, layout).is_empty(), "{b:?}");
            assert!(!BlockId::question_in(b, layout, Lang::En).is_empty());
            assert!(!b.typology(Lang::Ru).is_empty(), "{b:?} has a typology");
        }
    }
    // The social layout keeps costs last, as the course asks.
    assert_eq!(
        guidance::fill_order(LayoutKind::Social).last(),
        Some(&BlockId::CostStructure)
    );
}

#[test]
fn every_block_asks_all_the_seeds_questions_main_ones_first() {
    let rel = guidance::questions(BlockId::CustomerRelationships, LayoutKind::Bmc);
    let texts: Vec<&str> = rel.iter().map(|t| t.get(Lang::Ru)).collect();
    assert_eq!(
        &texts[..5],
        [
            "Какой клиентский сервис и отношение ждет типичный представитель целевой аудитории проекта?",
            "Какие отношения с потребителями установлены сейчас?",
            "Каких отношений ждет от нас каждый сегмент потребителей?",
            "Какие расходы это за собой влечет?",
            "Как это вписывается в общую схему бизнес-модели?",
        ]
    );
    assert!(
        texts.len() > 20,
        "every article's questions: {}",
        texts.len()
    );
    let revenue = guidance::questions(BlockId::RevenueStreams, LayoutKind::Bmc);
    assert_eq!(
        revenue[1].get(Lang::Ru),
        "За что мне платят клиенты сейчас?"
    );
    assert_eq!(
        revenue[2].get(Lang::Ru),
        "За что они готовы платить на самом деле?"
    );
    // The key questions shown as quotes keep the seed's «е».
    assert!(
        BlockId::CustomerRelationships
            .question(Lang::Ru)
            .contains("ждет")
    );
    assert!(BlockId::RevenueStreams.question(Lang::Ru).contains("еще"));
    // The social impact block's question is ours, and says so.
    assert!(
        !guidance::key_question(BlockId::SocialImpact, LayoutKind::Social)
            .unwrap()
            .is_quote()
    );
    // The Lean Canvas asks its own of the value proposition, and its early adopters.
    assert_ne!(
        BlockId::ValuePropositions.question_in(LayoutKind::Lean, Lang::Ru),
        BlockId::ValuePropositions.question(Lang::Ru)
    );
    let lean = guidance::questions(BlockId::CustomerSegments, LayoutKind::Lean);
    let bmc = guidance::questions(BlockId::CustomerSegments, LayoutKind::Bmc);
    assert_eq!(lean.len(), bmc.len() + 1);
}

#[test]
fn typologies_are_checklists_with_every_item_of_the_seed() {
    let vp = &guidance::checklists(BlockId::ValuePropositions)[0];
    assert_eq!(vp.labels(Lang::Ru).len(), 11);
    assert_eq!(vp.labels(Lang::Ru)[5], "Бренд / статус");
    let rel = &guidance::checklists(BlockId::CustomerRelationships)[0];
    assert_eq!(rel.all_items().len(), 6);
    assert!(rel.all_items().iter().all(|i| i.detail.is_some()));
    let channels = &guidance::checklists(BlockId::Channels)[0];
    assert_eq!(
        channels.labels(Lang::Ru),
        [
            "Сбытовой персонал",
            "Собственные магазины",
            "Партнерские магазины",
            "Оптовики"
        ]
    );
    assert_eq!(
        BlockId::KeyPartners.typology(Lang::Ru),
        "поставщики сырья, подрядчики по выполнению каких-то работ, обучающий центр, из которого приходят стажеры"
    );
}

#[test]
fn no_two_questions_of_a_block_read_the_same_in_either_language() {
    for layout in holst::model::LayoutKind::ALL {
        for block in layout.blocks() {
            for lang in [Lang::Ru, Lang::En] {
                let mut seen = std::collections::HashSet::new();
                for q in guidance::questions(block, layout) {
                    assert!(
                        seen.insert(q.get(lang)),
                        "{block:?} in {layout:?}: {}",
                        q.get(lang)
                    );
                }
            }
        }
    }
}
