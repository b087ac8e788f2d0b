//! The canvas checker on crafted canvases (the bakery of the course, `001:641-731`): each
//! rule fails and passes; every finding names its notes and carries the seed's words; the
//! command line prints them.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use std::collections::BTreeSet;
use std::process::Command;

use holst::geometry::arrange_version;
use holst::method::checker::{Finding, RuleId, Severity, check};
use holst::model::{
    BlockId, Colour, Lang, LayoutKind, Model, Note, NoteId, Priority, SegmentKind, SegmentProfile,
    Version,
};

const S1: u64 = 1; // студентов, покупающих пирожки в перерыве
const S2: u64 = 2; // рабочих, идущих вечером домой
const V1: u64 = 3; // больше и сытнее…
const V2: u64 = 4; // удобно расположена…
const C1: u64 = 5; // рекламные щиты поблизости
const C2: u64 = 6; // смс-рассылка для постоянных покупателей
const R1: u64 = 7; // быстрого обслуживания без лишних разговоров
const D1: u64 = 8; // Пекарня производит и продает хлеб
const GYM: u64 = 9; // любителей ЗОЖ из спортивного центра по соседству
const COST: u64 = 10;

fn note(id: u64, block: BlockId, text: &str) -> Note {
    Note {
        id: NoteId(id),
        block,
        colour: Colour::Yellow,
        x: 0.0,
        y: 0.0,
        text: text.to_owned(),
    }
}

/// The bakery's five blocks as the seed gives them, with no ties.
fn bakery() -> Model {
    let mut m = Model::new("Пекарня", "Пример", LayoutKind::Bmc);
    let v = &mut m.versions[0];
    v.notes = vec![
        note(
            S1,
            BlockId::CustomerSegments,
            "студентов, покупающих пирожки в перерыве",
        ),
        note(
            S2,
            BlockId::CustomerSegments,
            "рабочих, идущих вечером домой",
        ),
        note(
            V1,
            BlockId::ValuePropositions,
            "больше и сытнее, чем у конкурентов, а по цене такие же",
        ),
        note(
            V2,
            BlockId::ValuePropositions,
            "удобно расположена, как раз на выходе из метро",
        ),
        note(C1, BlockId::Channels, "рекламные щиты поблизости"),
        note(
            C2,
            BlockId::Channels,
            "смс-рассылка для постоянных покупателей",
        ),
        note(
            R1,
            BlockId::CustomerRelationships,
            "быстрого обслуживания без лишних разговоров",
        ),
        note(
            D1,
            BlockId::RevenueStreams,
            "Пекарня производит и продает хлеб",
        ),
    ];
    arrange_version(v);
    m
}

/// The bakery tied as the seed reads (V1 → S1; V2, D1 → S2; both segments expect R1) and
/// with a channel each, so that no tie rule fires.
fn tied() -> Model {
    let mut m = bakery();
    tie(&mut m, V1, &[S1]);
    tie(&mut m, V2, &[S2]);
    tie(&mut m, C1, &[S2]);
    tie(&mut m, C2, &[S1]);
    tie(&mut m, R1, &[S1, S2]);
    tie(&mut m, D1, &[S1, S2]);
    m
}

fn tie(m: &mut Model, note: u64, segments: &[u64]) {
    let v = &mut m.versions[0];
    let set: BTreeSet<NoteId> = segments.iter().map(|s| NoteId(*s)).collect();
    if set.is_empty() {
        v.ties.remove(&NoteId(note));
    } else {
        v.ties.insert(NoteId(note), set);
    }
    m.validate().unwrap();
}

fn add(m: &mut Model, id: u64, block: BlockId, text: &str) {
    let v = &mut m.versions[0];
    v.notes.push(note(id, block, text));
    arrange_version(v);
}

/// Fills the four blocks the bakery leaves empty.
fn complete(m: &mut Model) {
    add(m, 11, BlockId::KeyResources, "печи и помещение у метро");
    add(m, 12, BlockId::KeyActivities, "выпечка каждое утро");
    add(m, 13, BlockId::KeyPartners, "поставщики сырья");
    add(m, 14, BlockId::CostStructure, "мука, аренда, зарплата");
}

fn findings(m: &Model, rule: RuleId) -> Vec<Finding> {
    check(&m.versions[0])
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// The notes the findings of a rule name, each finding's list.
fn named(m: &Model, rule: RuleId) -> Vec<Vec<u64>> {
    findings(m, rule)
        .iter()
        .map(|f| f.notes.iter().map(|n| n.0).collect())
        .collect()
}

fn profile(f: impl FnOnce(&mut SegmentProfile)) -> SegmentProfile {
    let mut p = SegmentProfile::default();
    f(&mut p);
    p
}

#[test]
fn a_canvas_without_ties_gets_one_advice_instead_of_a_finding_per_note() {
    let m = bakery();
    let all = check(&m.versions[0]);
    assert_eq!(named(&m, RuleId::NoTies), [vec![S1, S2]]);
    assert!(
        all.iter()
            .all(|f| f.rule == RuleId::NoTies || f.rule == RuleId::EmptyBlock),
        "{all:?}"
    );
    let mut one = bakery();
    tie(&mut one, V1, &[S1]);
    assert!(named(&one, RuleId::NoTies).is_empty());
    assert!(
        !named(&one, RuleId::ValueWithoutSegment).is_empty(),
        "the segment rules run"
    );
}

#[test]
fn a_canvas_tied_as_the_seed_reads_passes_every_rule() {
    let mut m = tied();
    complete(&mut m);
    assert_eq!(check(&m.versions[0]), []);
}

#[test]
fn r1_value_proposition_without_segment() {
    let mut m = tied();
    tie(&mut m, V1, &[]);
    assert_eq!(named(&m, RuleId::ValueWithoutSegment), [vec![V1]]);
    let f = &findings(&m, RuleId::ValueWithoutSegment)[0];
    assert!(
        f.message(Lang::Ru).contains("«больше и сытнее"),
        "{}",
        f.message(Lang::Ru)
    );
    assert!(f.message(Lang::En).starts_with("Value proposition “больше"));
    tie(&mut m, V1, &[S1]);
    assert!(named(&m, RuleId::ValueWithoutSegment).is_empty());
}

#[test]
fn r2_a_segment_no_value_proposition_serves() {
    // The seed's own counter-example: the gym's health fans with no low-calorie bread.
    let mut m = tied();
    add(
        &mut m,
        GYM,
        BlockId::CustomerSegments,
        "любителей ЗОЖ из спортивного центра по соседству",
    );
    assert_eq!(named(&m, RuleId::SegmentWithoutValue), [vec![GYM]]);
    let quote = findings(&m, RuleId::SegmentWithoutValue)[0]
        .quote()
        .unwrap();
    assert!(quote.get(Lang::Ru).contains("низкокалорийных хлебцев"));
    assert_eq!(quote.sources(), ["001:645"]);
    tie(&mut m, V2, &[S2, GYM]);
    assert!(named(&m, RuleId::SegmentWithoutValue).is_empty());
}

#[test]
fn r3_a_segment_without_channel() {
    let mut m = tied();
    tie(&mut m, C2, &[S2]);
    assert_eq!(named(&m, RuleId::SegmentWithoutChannel), [vec![S1]]);
    tie(&mut m, C2, &[S1]);
    assert!(named(&m, RuleId::SegmentWithoutChannel).is_empty());
}

#[test]
fn r4_a_segment_without_relationship() {
    let mut m = tied();
    tie(&mut m, R1, &[S2]);
    assert_eq!(named(&m, RuleId::SegmentWithoutRelationship), [vec![S1]]);
    // «оба потребительских сегмента ждут быстрого обслуживания» (001:672)
    tie(&mut m, R1, &[S1, S2]);
    assert!(named(&m, RuleId::SegmentWithoutRelationship).is_empty());
}

#[test]
fn r5_a_client_segment_without_revenue_unless_it_is_beneficiaries() {
    let mut m = tied();
    tie(&mut m, D1, &[S2]);
    assert_eq!(named(&m, RuleId::ClientWithoutRevenue), [vec![S1]]);
    let mut beneficiaries = m.clone();
    beneficiaries.versions[0]
        .profiles
        .insert(NoteId(S1), profile(|p| p.kind = SegmentKind::Beneficiary));
    assert!(named(&beneficiaries, RuleId::ClientWithoutRevenue).is_empty());
    tie(&mut m, D1, &[S1, S2]);
    assert!(named(&m, RuleId::ClientWithoutRevenue).is_empty());
}

#[test]
fn r6_revenue_without_segment() {
    let mut m = tied();
    tie(&mut m, D1, &[]);
    assert_eq!(named(&m, RuleId::RevenueWithoutSegment), [vec![D1]]);
    tie(&mut m, D1, &[S2]);
    assert!(named(&m, RuleId::RevenueWithoutSegment).is_empty());
}

#[test]
fn r7_a_channel_or_relationship_tied_to_no_segment_is_advice() {
    let mut m = tied();
    tie(&mut m, C1, &[]);
    let f = findings(&m, RuleId::UntiedChannelOrRelationship);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Advice);
    assert_eq!(f[0].notes, [NoteId(C1)]);
    tie(&mut m, C1, &[S1]);
    assert!(findings(&m, RuleId::UntiedChannelOrRelationship).is_empty());
}

#[test]
fn r8_two_segments_the_seeds_test_would_not_tell_apart() {
    let mut m = bakery();
    for n in [V1, C1, R1, D1] {
        tie(&mut m, n, &[S1, S2]);
    }
    add(&mut m, 20, BlockId::ValuePropositions, "свежий хлеб");
    tie(&mut m, 20, &[S1, S2]);
    tie(&mut m, V2, &[S1, S2]);
    tie(&mut m, C2, &[S1, S2]);
    let found = named(&m, RuleId::IndistinguishableSegments);
    assert_eq!(found.len(), 1);
    assert_eq!(&found[0][..2], [S1, S2]);
    assert!(
        found[0].contains(&D1),
        "the shared notes are named: {found:?}"
    );
    // Figures that differ tell them apart («их доходы существенно различаются»).
    let mut figures = m.clone();
    let v = &mut figures.versions[0];
    v.profiles
        .insert(NoteId(S1), profile(|p| p.profitability = "10%".into()));
    v.profiles
        .insert(NoteId(S2), profile(|p| p.profitability = "25%".into()));
    assert!(named(&figures, RuleId::IndistinguishableSegments).is_empty());
    // The seed's own distinction: bigger pies for students, the handy place for workers.
    tie(&mut m, V1, &[S1]);
    tie(&mut m, V2, &[S2]);
    assert!(named(&m, RuleId::IndistinguishableSegments).is_empty());
}

#[test]
fn r9_empty_blocks_with_their_key_question() {
    let mut m = tied();
    let f = findings(&m, RuleId::EmptyBlock);
    let blocks: Vec<BlockId> = f.iter().flat_map(|f| f.blocks.clone()).collect();
    assert_eq!(
        blocks,
        [
            BlockId::KeyResources,
            BlockId::KeyActivities,
            BlockId::KeyPartners,
            BlockId::CostStructure
        ]
    );
    assert_eq!(
        f[0].message(Lang::Ru),
        "Блок «Ключевые ресурсы» пуст. Какие ресурсы нужны, чтобы создать и реализовать ценностные предложения?"
    );
    complete(&mut m);
    assert!(findings(&m, RuleId::EmptyBlock).is_empty());
}

#[test]
fn r10_costs_filled_before_the_blocks_that_cause_them() {
    let mut m = tied();
    add(&mut m, COST, BlockId::CostStructure, "аренда");
    let f = findings(&m, RuleId::CostsBeforeCauses);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].notes, [NoteId(COST)]);
    assert_eq!(
        f[0].blocks,
        [
            BlockId::KeyResources,
            BlockId::KeyActivities,
            BlockId::KeyPartners
        ]
    );
    assert!(
        f[0].message(Lang::Ru).contains(
            "«Ключевые ресурсы», «Ключевые виды деятельности», «Ключевые партнёры» пока пусты"
        ),
        "{}",
        f[0].message(Lang::Ru)
    );
    assert_eq!(
        f[0].quote().unwrap().get(Lang::Ru),
        "Этот блок заполняется последним. На основе собранных данных распишите все возможные расходы, которые нужны для создания ценностных предложений."
    );
    complete(&mut m);
    assert!(findings(&m, RuleId::CostsBeforeCauses).is_empty());
}

#[test]
fn r11_relationships_before_segments() {
    let mut m = Model::new("x", "v", LayoutKind::Bmc);
    m.versions[0]
        .notes
        .push(note(1, BlockId::CustomerRelationships, "личное общение"));
    assert_eq!(named(&m, RuleId::RelationshipsBeforeSegments), [vec![1]]);
    assert_eq!(
        findings(&m, RuleId::RelationshipsBeforeSegments)[0].severity,
        Severity::Advice
    );
    assert!(named(&tied(), RuleId::RelationshipsBeforeSegments).is_empty());
}

#[test]
fn r12_profiled_segments_with_no_priority() {
    let mut m = tied();
    assert!(named(&m, RuleId::NoPriority).is_empty(), "no profile yet");
    let v = &mut m.versions[0];
    v.profiles
        .insert(NoteId(S1), profile(|p| p.size = "300".into()));
    assert_eq!(named(&m, RuleId::NoPriority), [vec![S1, S2]]);
    m.versions[0]
        .profiles
        .insert(NoteId(S2), profile(|p| p.priority = Some(Priority::High)));
    assert!(named(&m, RuleId::NoPriority).is_empty());
}

#[test]
fn every_finding_quotes_its_rule_in_both_languages() {
    let mut m = bakery();
    tie(&mut m, V1, &[S1, S2]);
    add(&mut m, COST, BlockId::CostStructure, "аренда");
    let all = check(&m.versions[0]);
    assert!(all.len() > 8, "{all:?}");
    for f in &all {
        let q = f.quote().unwrap();
        assert!(q.is_quote(), "{:?}", f.rule);
        assert!(
            !f.message(Lang::Ru).contains('{'),
            "{}",
            f.message(Lang::Ru)
        );
        assert!(
            !f.message(Lang::En).contains('{'),
            "{}",
            f.message(Lang::En)
        );
        assert_ne!(f.message(Lang::Ru), f.message(Lang::En));
    }
    // In the order of the rules.
    let rules: Vec<RuleId> = all.iter().map(|f| f.rule).collect();
    let mut sorted = rules.clone();
    sorted.sort();
    assert_eq!(rules, sorted);
}

#[test]
fn a_lean_canvas_is_checked_against_its_own_blocks() {
    let mut m = bakery();
    let v: &mut Version = &mut m.versions[0];
    v.layout = LayoutKind::Lean;
    v.notes
        .retain(|n| n.block != BlockId::CustomerRelationships);
    tie(&mut m, V1, &[S1, S2]);
    assert!(
        named(&m, RuleId::SegmentWithoutRelationship).is_empty(),
        "Lean has no relationships"
    );
    let empty: Vec<BlockId> = findings(&m, RuleId::EmptyBlock)
        .iter()
        .flat_map(|f| f.blocks.clone())
        .collect();
    assert_eq!(
        empty,
        [
            BlockId::Problem,
            BlockId::Solution,
            BlockId::CostStructure,
            BlockId::KeyMetrics,
            BlockId::UnfairAdvantage
        ]
    );
}

fn holst(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_holst"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

#[test]
fn the_command_line_prints_findings_and_exits_1_only_when_strict() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bakery.ron");
    let mut m = tied();
    tie(&mut m, D1, &[]);
    std::fs::write(&file, holst::storage::ron_format::write(&m)).unwrap();
    let path = file.to_str().unwrap();
    let o = holst(&["check", "--advice", path]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("problem R6_revenue_without_segment: Revenue “Пекарня производит и продает хлеб” is tied to no segment: who pays for it?"), "{out}");
    assert!(out.contains("  notes: 8\n"), "{out}");
    assert!(
        out.contains(
            "  rule: “Here we note the revenue from each customer segment.” (001:68, 001:574)"
        ),
        "{out}"
    );
    assert!(
        out.contains("problem R9_empty_block: Block “Key Resources” is empty."),
        "{out}"
    );
    let o = holst(&["check", "--advice", "--strict", path]);
    assert_eq!(o.status.code(), Some(1));
    let o = holst(&["check", "--advice", "--lang", "ru", "--version", "1", path]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("проблема R6_revenue_without_segment: Доход «Пекарня производит и продает хлеб» не связан ни с одним сегментом: кто за это платит?"), "{out}");
    assert!(out.contains("  правило: «Здесь мы отмечаем доходы с каждого потребительского сегмента.» (001:68, 001:574)"), "{out}");
    // --strict without --advice judges the layout only, and this canvas is tidy.
    assert_eq!(holst(&["check", "--strict", path]).status.code(), Some(0));
    // A canvas with nothing to report passes --strict.
    let mut clean = tied();
    complete(&mut clean);
    std::fs::write(&file, holst::storage::ron_format::write(&clean)).unwrap();
    let o = holst(&["check", "--advice", "--strict", path]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    assert!(String::from_utf8_lossy(&o.stdout).contains("— 0 findings\n"));
}

#[test]
fn the_shipped_cases_get_the_no_ties_advice_only() {
    for id in ["vesely-voylok", "narodnoe-zdorovie"] {
        let m = holst::templates::Template::find(id)
            .unwrap()
            .model()
            .unwrap();
        let all = check(&m.versions[0]);
        let rules: Vec<RuleId> = all.iter().map(|f| f.rule).collect();
        assert_eq!(rules, [RuleId::NoTies], "{id}");
        assert_eq!(all[0].notes.len(), 4, "{id}: its four segments");
    }
}
