//! The course's method in files (issue 16): the model's description, a version's social
//! enterprise, segment profiles and ties through Markdown and RON, written and read back
//! equal; hand-written sections with labels; bad values refused at their line; files
//! without the new data still open.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use holst::model::{
    Attribute, BlockId, EnterpriseKind, Lang, Loyalty, Model, NoteId, OperatingModel, Priority,
    Question, SegmentKind, SegmentProfile, SocialEnterprise,
};
use holst::ops::Op;
use holst::storage::markdown::{WriteOptions, read, write, write_with};
use holst::storage::ron_format;
use holst::templates::{TEMPLATES, Template};

/// «Веселый войлок» with everything issue 16 adds, set through ops.
fn felt() -> Model {
    let mut m = Template::find("vesely-voylok").unwrap().model().unwrap();
    let v = m.versions[0].id;
    let seg = |m: &Model, i: usize| m.versions[0].segments().nth(i).unwrap().id;
    let in_block = |m: &Model, b: BlockId, i: usize| m.versions[0].notes_in(b).nth(i).unwrap().id;
    let (s1, s2) = (seg(&m, 0), seg(&m, 1));
    let value = in_block(&m, BlockId::ValuePropositions, 0);
    let channel = in_block(&m, BlockId::Channels, 0);
    let revenue = in_block(&m, BlockId::RevenueStreams, 0);
    let mut profile = SegmentProfile {
        kind: SegmentKind::Beneficiary,
        priority: Some(Priority::High),
        size: "120 женщин\nв трёх сёлах".into(),
        share_of_sales: "0 %".into(),
        loyalty: Some(Loyalty::Commitment),
        what: "Обучение: валяние".into(),
        r#where: "Дом культуры".into(),
        ..SegmentProfile::default()
    };
    profile.set_attribute(Attribute::Region, Some("Сельские районы".into()));
    profile.set_attribute(Attribute::Age, Some(String::new()));
    profile.set_attribute(Attribute::Children, Some("двое;\n  дошкольники".into()));
    let second = SegmentProfile {
        priority: Some(Priority::Low),
        who: "Туристы: «сувениры»".into(),
        ..SegmentProfile::default()
    };
    let social = SocialEnterprise {
        operating_model: Some(OperatingModel::Employment),
        kinds: [EnterpriseKind::Embedded, EnterpriseKind::Integrated].into(),
        sells: "Изделия из войлока".into(),
        sells_to: "Туристам\nи магазинам".into(),
        impact: "Рабочие места для женщин".into(),
    };
    let ops = [
        Op::SetModelDescription {
            text: "Мастерская в селе.\n\n> цитата внутри\n## не заголовок".into(),
        },
        Op::SetSocial { version: v, social },
        Op::SetProfile {
            version: v,
            note: s1,
            profile: Some(profile),
        },
        Op::SetProfile {
            version: v,
            note: s2,
            profile: Some(second),
        },
        Op::Tie {
            version: v,
            note: value,
            segment: s1,
        },
        Op::Tie {
            version: v,
            note: value,
            segment: s2,
        },
        Op::Tie {
            version: v,
            note: channel,
            segment: s2,
        },
        Op::Tie {
            version: v,
            note: revenue,
            segment: s2,
        },
    ];
    for op in ops {
        op.apply(&mut m).unwrap();
    }
    m
}

#[test]
fn the_method_data_round_trips_through_markdown_in_both_languages() {
    let m = felt();
    for lang in [Lang::Ru, Lang::En] {
        let options = WriteOptions {
            lang,
            ..WriteOptions::default()
        };
        let text = write_with(&m, &options);
        let (back, warnings) = read(&text).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}\n{text}");
        assert_eq!(back.description, m.description, "{text}");
        assert_eq!(back.versions[0].social, m.versions[0].social, "{text}");
        assert_eq!(back.versions[0].profiles, m.versions[0].profiles, "{text}");
        assert_eq!(back.versions[0].ties, m.versions[0].ties, "{text}");
        assert_eq!(back, m, "{text}");
    }
    let text = write(&m);
    assert!(text.contains("### Описание модели\n> Мастерская в селе.\n>\n> > цитата"));
    assert!(text.contains(
        "### Социальное предприятие\n- model: employment\n- kind: embedded, integrated\n"
    ));
    assert!(
        text.contains("- sells_to: Туристам\n  и магазинам\n"),
        "{text}"
    );
    assert!(text.contains("### Профили сегментов\n- «"), "{text}");
    assert!(
        text.contains("  size: 120 женщин\n    в трёх сёлах\n"),
        "{text}"
    );
    assert!(text.contains("  attribute: age\n"), "{text}");
}

#[test]
fn a_model_without_the_method_data_writes_none_of_its_sections() {
    for t in TEMPLATES {
        let m = t.model().unwrap();
        let text = write(&m);
        for h in [
            "Описание модели",
            "Социальное предприятие",
            "Профили сегментов",
        ] {
            assert!(!text.contains(h), "{}: {h}", t.id);
        }
        let ron = ron_format::write(&m);
        for key in ["description", "social", "profiles", "ties"] {
            assert!(!ron.contains(&format!("{key}:")), "{}: {key}", t.id);
        }
    }
}

#[test]
fn a_hand_written_profile_may_use_the_seeds_words() {
    let text = "# Пекарня\n\n## Версия 1\nlayout: bmc\n\n### Потребительские сегменты\n- Студенты\n- Офисы рядом\n\n### Каналы\n- Доставка\n\n### Социальное предприятие\n- model: Модель занятости\n- kind: встроенная\n\n### Профили сегментов\n- Студенты\n  kind: Бенефициары\n  priority: приоритетный\n  loyalty: средней степени\n  attribute: Возраст: 18–23\n  tied: Доставка\n";
    let (m, warnings) = read(text).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let v = &m.versions[0];
    assert_eq!(v.social.operating_model, Some(OperatingModel::Employment));
    assert!(v.social.kinds.contains(&EnterpriseKind::Embedded));
    let students = v.segments().next().unwrap().id;
    let p = v.profile(students).unwrap();
    assert_eq!(p.kind, SegmentKind::Beneficiary);
    assert_eq!(p.priority, Some(Priority::High));
    assert_eq!(p.loyalty, Some(Loyalty::Moderate));
    assert_eq!(p.attribute(Attribute::Age), Some("18–23"));
    let delivery = v.notes_in(BlockId::Channels).next().unwrap().id;
    assert_eq!(v.ties_of(delivery).collect::<Vec<NoteId>>(), [students]);
    assert!(Question::ALL.iter().all(|q| p.answer(*q).is_empty()));
}

#[test]
fn a_bad_value_is_refused_at_its_line_naming_what_was_expected() {
    let base = "# П\n\n## В\nlayout: bmc\n\n### Потребительские сегменты\n- Студенты\n\n### Профили сегментов\n- Студенты\n";
    let e = read(&format!("{base}  priority: срочно\n")).unwrap_err();
    assert_eq!(e.line, 11);
    assert!(e.message.contains("срочно"), "{}", e.message);
    assert!(
        e.message.contains("high, medium, low, none"),
        "{}",
        e.message
    );
    let e = read(&format!("{base}  colour: red\n")).unwrap_err();
    assert_eq!(e.line, 11);
    assert!(
        e.message.contains("`colour`") && e.message.contains("priority"),
        "{}",
        e.message
    );
    let social = "# П\n\n## В\nlayout: social\n\n### Социальное предприятие\n- model: модель рыночного посредника\n- kind: смешанная\n";
    let e = read(social).unwrap_err();
    assert_eq!(e.line, 8);
    assert!(
        e.message.contains("embedded, integrated, external"),
        "{}",
        e.message
    );
}

#[test]
fn names_that_match_no_note_are_warnings_and_the_rest_is_kept() {
    let text = "# П\n\n## В\nlayout: bmc\n\n### Потребительские сегменты\n- Студенты\n\n### Каналы\n- Доставка\n\n### Профили сегментов\n- Пенсионеры\n  priority: high\n- Студенты\n  priority: low\n  tied: «Доставка»; «Почта»\n";
    let (m, warnings) = read(text).unwrap();
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [13, 17], "{warnings:?}");
    assert!(warnings[0].message.contains("Пенсионеры"));
    assert!(warnings[1].ru.contains("Почта"));
    let v = &m.versions[0];
    assert_eq!(v.profiles.len(), 1);
    assert_eq!(v.ties.len(), 1);
}

#[test]
fn the_method_data_round_trips_through_ron_and_older_files_still_open() {
    let m = felt();
    let text = ron_format::write(&m);
    assert_eq!(ron_format::read(&text).unwrap(), m);
    // A file of an older Holst: no description, social, profiles or ties.
    let old = "(\n    format_version: 1,\n    title: \"Старая\",\n    versions: [\n        (\n            id: 1,\n            name: \"Первая\",\n            layout: bmc,\n            description: \"Версия\",\n            notes: [\n                (id: 1, block: customer_segments, colour: yellow, x: 11.0, y: 32.0, text: \"Студенты\"),\n            ],\n        ),\n    ],\n)\n";
    let back = ron_format::read(old).unwrap();
    assert!(back.description.is_empty());
    assert!(back.versions[0].social.is_empty());
    assert!(back.versions[0].profiles.is_empty() && back.versions[0].ties.is_empty());
    assert_eq!(back.versions[0].description, "Версия");
    for t in TEMPLATES {
        let m = t.model().unwrap();
        assert_eq!(
            ron_format::read(&ron_format::write(&m)).unwrap(),
            m,
            "{}",
            t.id
        );
    }
}

#[test]
fn the_obsidian_style_keeps_the_method_data_too() {
    let m = felt();
    let options = WriteOptions {
        style: holst::storage::markdown::Style::Obsidian,
        ..WriteOptions::default()
    };
    let text = write_with(&m, &options);
    let (back, _) = read(&text).unwrap();
    assert_eq!(back.description, m.description, "{text}");
    let (v, w) = (&m.versions[0], &back.versions[0]);
    assert_eq!(w.social, v.social, "{text}");
    // Ids are not kept in this style: compare by the notes' texts.
    let by_text = |v: &holst::model::Version| {
        let text = |id: NoteId| v.note(id).unwrap().text.clone();
        let profiles: Vec<(String, SegmentProfile)> = v
            .profiles
            .iter()
            .map(|(id, p)| (text(*id), p.clone()))
            .collect();
        let mut ties: Vec<(String, String)> = v
            .ties
            .iter()
            .flat_map(|(n, segs)| segs.iter().map(move |s| (text(*n), text(*s))))
            .collect();
        ties.sort();
        (profiles, ties)
    };
    let (mut p1, t1) = by_text(v);
    let (mut p2, t2) = by_text(w);
    p1.sort_by(|a, b| a.0.cmp(&b.0));
    p2.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(p2, p1, "{text}");
    assert_eq!(t2, t1, "{text}");
    assert_eq!(t1.len(), 4);
}

/// Two segments «Мамы» (the first without a profile), and «Сайт» in Channels and in
/// Revenue Streams, each tied to another segment; drawing order unlike the file's.
fn twins() -> Model {
    use holst::model::{Colour, LayoutKind, Note};
    let note = |id: u64, block: BlockId, text: &str, y: f32| Note {
        id: NoteId(id),
        block,
        colour: Colour::Yellow,
        x: 10.0,
        y,
        text: text.to_owned(),
    };
    let mut m = Model::new("Близнецы", "В", LayoutKind::Bmc);
    let v = &mut m.versions[0];
    v.notes = vec![
        note(1, BlockId::RevenueStreams, "Сайт", 40.0),
        note(2, BlockId::CustomerSegments, "Мамы", 40.0),
        note(3, BlockId::CustomerSegments, "Мамы", 90.0),
        note(4, BlockId::CustomerSegments, "Папы", 140.0),
        note(5, BlockId::Channels, "Сайт", 40.0),
    ];
    v.profiles.insert(
        NoteId(3),
        SegmentProfile {
            priority: Some(Priority::High),
            ..SegmentProfile::default()
        },
    );
    v.ties.insert(NoteId(1), [NoteId(3)].into());
    v.ties.insert(NoteId(5), [NoteId(4), NoteId(2)].into());
    m.validate().unwrap();
    m
}

/// Ties and profiles by (block, position among the block's notes), whatever the ids.
fn by_place(m: &Model) -> Vec<String> {
    let v = &m.versions[0];
    let place = |id: NoteId| {
        let n = v.note(id).unwrap();
        let k = v.notes_in(n.block).position(|x| x.id == id).unwrap();
        format!("{}#{k}", n.block.id())
    };
    let mut out: Vec<String> = v
        .ties
        .iter()
        .flat_map(|(n, set)| set.iter().map(move |s| (*n, *s)))
        .map(|(n, s)| format!("{} → {}", place(n), place(s)))
        .collect();
    out.extend(
        v.profiles
            .iter()
            .map(|(s, p)| format!("{} {:?}", place(*s), p.priority)),
    );
    out.sort();
    out
}

#[test]
fn ties_and_profiles_of_notes_with_the_same_text_round_trip_through_markdown() {
    let m = twins();
    let text = write(&m);
    assert!(text.contains("- «Мамы» #2\n"), "{text}");
    assert!(text.contains("tied: «Сайт» #2\n"), "{text}");
    assert!(text.contains("tied: «Сайт» #1\n"), "{text}");
    assert!(
        text.contains("- «Папы»\n"),
        "a unique text has no number: {text}"
    );
    let (back, warnings) = read(&text).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(back, m, "{text}");
    // Without Holst's comments (a file edited by another tool) notes get fresh ids and
    // the file's order, and the numbers still find the right notes.
    let plain: String = text
        .lines()
        .map(|l| l.split(" <!-- holst").next().unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!plain.contains("<!--"));
    let (back, warnings) = read(&plain).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(by_place(&back), by_place(&m), "{plain}");
    // The Obsidian style keeps no ids either.
    let options = WriteOptions {
        style: holst::storage::markdown::Style::Obsidian,
        ..WriteOptions::default()
    };
    let obsidian = write_with(&m, &options);
    let (back, _) = read(&obsidian).unwrap();
    assert_eq!(by_place(&back), by_place(&m), "{obsidian}");
    assert_eq!(
        by_place(&m),
        [
            "channels#0 → customer_segments#0",
            "channels#0 → customer_segments#2",
            "customer_segments#1 Some(High)",
            "revenue_streams#0 → customer_segments#1",
        ]
    );
}

#[test]
fn a_number_past_the_notes_with_that_text_falls_back_to_the_text() {
    let text = "# П\n\n## В\nlayout: bmc\n\n### Потребительские сегменты\n- Мамы\n- Мамы\n\n### Каналы\n- Сайт\n\n### Профили сегментов\n- «Мамы» #2\n  priority: high\n  tied: «Сайт» #7\n- «Мамы» #9\n  priority: low\n";
    let (m, warnings) = read(text).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let v = &m.versions[0];
    let segs: Vec<NoteId> = v.segments().map(|n| n.id).collect();
    let site = v.notes_in(BlockId::Channels).next().unwrap().id;
    assert_eq!(v.profile(segs[1]).unwrap().priority, Some(Priority::High));
    assert_eq!(v.profile(segs[0]).unwrap().priority, Some(Priority::Low));
    assert_eq!(v.ties_of(site).collect::<Vec<_>>(), [segs[1]]);
}
