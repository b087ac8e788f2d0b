//! Two copies of a shared model edited apart merge into one model with every edit, in
//! either order; undo undoes only one's own change; merges that break a rule of the model
//! are mended the same way on both sides.

// `a` and `b` are the two people, `v` and `n` the version and note they edit.
#![allow(clippy::many_single_char_names, clippy::unwrap_used)]

mod common;

use common::{Replica, note, template, v1};
use holst_core::model::{BlockId, Colour, IdStrategy, LayoutKind, Model, NoteId};
use holst_core::ops::{self, Op};
use holst_sync::{ItemKind, Repair, read};

/// Both replicas take each other's changes (in both orders) and must then agree.
fn merge_both_ways(a: &mut Replica, b: &mut Replica) -> Model {
    let a_before = Replica {
        doc: a.doc.clone(),
        mirror: a.mirror.clone(),
    };
    a.receive(b);
    b.receive(&a_before);
    assert_eq!(a.model(), b.model(), "both orders give the same model");
    a.model().clone()
}

#[test]
fn edits_made_apart_all_survive_the_merge_in_both_orders() {
    let mut a = Replica::share(&template());
    let mut b = a.fork();
    let v = v1(a.model());
    let target = a.model().versions[0].notes[0].clone();
    let typed = a.model().versions[0].notes[1].clone();

    // Different notes added.
    a.op(|m| ops::add_note(m, v, BlockId::Channels, Colour::Pink, "от Ани").unwrap());
    b.op(|m| ops::add_note(m, v, BlockId::KeyPartners, Colour::Blue, "от Бори").unwrap());
    // The same note moved in one and retyped in the other.
    a.op(|_| Op::MoveNote {
        version: v,
        note: target.id,
        block: target.block,
        x: target.x + 7.0,
        y: target.y + 3.0,
    });
    b.op(|_| Op::SetNoteText {
        version: v,
        note: target.id,
        text: format!("{} (уточнено)", target.text),
    });
    // Concurrent typing in one note: at its start and at its end.
    a.op(|_| Op::SetNoteText {
        version: v,
        note: typed.id,
        text: format!("Аня: {}", typed.text),
    });
    b.op(|_| Op::SetNoteText {
        version: v,
        note: typed.id,
        text: format!("{} — Боря", typed.text),
    });
    // A version forked in one.
    a.op(|m| ops::fork_version(m, v, "Гипотеза Б").unwrap());

    let merged = merge_both_ways(&mut a, &mut b);
    let notes = &merged.versions[0].notes;
    assert!(notes.iter().any(|n| n.text == "от Ани"));
    assert!(notes.iter().any(|n| n.text == "от Бори"));
    let moved = note(&merged, target.id);
    assert_eq!((moved.x, moved.y), (target.x + 7.0, target.y + 3.0));
    assert_eq!(moved.text, format!("{} (уточнено)", target.text));
    assert_eq!(
        note(&merged, typed.id).text,
        format!("Аня: {} — Боря", typed.text)
    );
    let fork = merged.versions.iter().find(|v| v.name == "Гипотеза Б");
    let fork = fork.expect("the forked version");
    assert_eq!(fork.notes.len(), template().versions[0].notes.len() + 1);
    assert!(fork.notes.iter().any(|n| n.text == "от Ани"));
    assert!(merged.validate().is_ok());
}

#[test]
fn undo_reverts_only_ones_own_change() {
    let mut a = Replica::share(&template());
    let mut b = a.fork();
    let v = v1(a.model());
    let n = a.model().versions[0].notes[0].clone();
    let mut m = a.model().clone();
    let undo = Op::MoveNote {
        version: v,
        note: n.id,
        block: BlockId::Channels,
        x: 10.0,
        y: 10.0,
    }
    .apply(&mut m)
    .unwrap();
    a.mirror.record(&mut a.doc, &m, "Move note").unwrap();
    b.op(|_| Op::SetNoteText {
        version: v,
        note: n.id,
        text: "переписано Борей".into(),
    });
    merge_both_ways(&mut a, &mut b);
    // A undoes its move on the model that now holds B's edit: a new change.
    a.step(&[undo], "Undo Move note");
    b.receive(&a);
    for r in [&a, &b] {
        let back = note(r.model(), n.id);
        assert_eq!((back.block, back.x, back.y), (n.block, n.x, n.y));
        assert_eq!(back.text, "переписано Борей", "B's edit stays");
    }
}

#[test]
fn a_step_from_a_stale_model_does_not_revert_what_it_has_not_seen() {
    let mut a = Replica::share(&template());
    let mut b = a.fork();
    let v = v1(a.model());
    let n = a.model().versions[0].notes[0].clone();
    b.op(|_| Op::SetNoteColour {
        version: v,
        note: n.id,
        colour: Colour::Purple,
    });
    // A receives B's change in its document but has not pulled it into its model.
    let mut theirs = b.doc.clone();
    a.doc.merge(&mut theirs).unwrap();
    a.op(|_| Op::RenameVersion {
        version: v,
        name: "Основная".into(),
    });
    let read = read(&a.doc).unwrap().model;
    assert_eq!(note(&read, n.id).colour, Colour::Purple);
    assert_eq!(read.versions[0].name, "Основная");
}

#[test]
fn a_card_linking_a_deleted_note_loses_the_link_with_a_repair() {
    let mut a = Replica::share(&template());
    let v = v1(a.model());
    a.op(|m| ops::new_card(m, v, "Клиенты платят").unwrap());
    let mut b = a.fork();
    let card = a.model().versions[0].cards.last().unwrap().id;
    let n = a.model().versions[0].notes[2].id;
    a.op(|_| Op::LinkNote {
        version: v,
        card,
        note: n,
        index: None,
    });
    b.op(|_| Op::RemoveNote {
        version: v,
        note: n,
    });
    let a_before = Replica {
        doc: a.doc.clone(),
        mirror: a.mirror.clone(),
    };
    let repairs = a.receive(&b);
    b.receive(&a_before);
    assert_eq!(a.model(), b.model());
    let c = a.model().versions[0]
        .cards
        .iter()
        .find(|c| c.id == card)
        .unwrap();
    assert!(c.notes.is_empty());
    assert!(
        repairs.contains(&Repair::LinkDropped {
            version: v,
            card,
            note: n
        }),
        "{repairs:?}"
    );
}

#[test]
fn a_note_added_in_a_block_the_new_layout_lacks_moves_to_one_it_has() {
    let mut m = template();
    m.versions[0].layout = LayoutKind::Social;
    let mut a = Replica::share(&m);
    let mut b = a.fork();
    let v = v1(a.model());
    a.op(|m| ops::change_layout(m, v, LayoutKind::Bmc).unwrap());
    b.op(|m| ops::add_note(m, v, BlockId::SocialImpact, Colour::Green, "рабочие места").unwrap());
    let added = b.model().versions[0].notes.last().unwrap().id;
    let a_before = Replica {
        doc: a.doc.clone(),
        mirror: a.mirror.clone(),
    };
    let repairs = a.receive(&b);
    b.receive(&a_before);
    assert_eq!(a.model(), b.model());
    let n = note(a.model(), added);
    assert_eq!(n.text, "рабочие места", "nothing lost");
    assert_eq!(a.model().versions[0].layout, LayoutKind::Bmc);
    assert!(LayoutKind::Bmc.has_block(n.block));
    assert!(
        repairs.iter().any(|r| matches!(r, Repair::NoteMoved { note, from: BlockId::SocialImpact, .. } if *note == added)),
        "{repairs:?}"
    );
}

#[test]
fn two_notes_made_apart_with_one_id_are_both_kept_and_stay_editable() {
    let mut a = Replica::share(&template());
    let mut b = a.fork();
    let v = v1(a.model());
    // Files from before random ids: both take "largest + 1".
    for (r, text) in [(&mut a, "заметка Ани"), (&mut b, "заметка Бори")] {
        let mut m = r.model().clone();
        m.ids = IdStrategy::Sequential;
        let op = ops::add_note(&m, v, BlockId::Channels, Colour::Yellow, text).unwrap();
        r.step(&[op], "Add note");
    }
    let same = a.model().versions[0].notes.last().unwrap().id;
    assert_eq!(same, b.model().versions[0].notes.last().unwrap().id);

    let a_before = Replica {
        doc: a.doc.clone(),
        mirror: a.mirror.clone(),
    };
    let repairs = a.receive(&b);
    let repairs_b = b.receive(&a_before);
    assert!(
        repairs.iter().any(
            |r| matches!(r, Repair::KeptBoth { kind: ItemKind::Note, id, .. } if *id == same.0)
        ),
        "{repairs:?}"
    );
    assert_eq!(repairs, repairs_b, "both sides mend it the same way");
    for r in [&a, &b] {
        let texts: Vec<&str> = r.model().versions[0]
            .notes
            .iter()
            .map(|n| n.text.as_str())
            .collect();
        assert!(
            texts.contains(&"заметка Ани") && texts.contains(&"заметка Бори"),
            "{texts:?}"
        );
    }
    // Both wrote "keep both" at once; after exchanging those too they still agree, and the
    // re-keyed note takes an edit that sticks.
    let a_before = Replica {
        doc: a.doc.clone(),
        mirror: a.mirror.clone(),
    };
    a.receive(&b);
    b.receive(&a_before);
    assert_eq!(a.model(), b.model());
    let other = a.model().versions[0]
        .notes
        .iter()
        .find(|n| n.text.starts_with("заметка") && n.id != same)
        .unwrap()
        .id;
    a.op(|_| Op::SetNoteText {
        version: v,
        note: other,
        text: "исправлено".into(),
    });
    b.receive(&a);
    assert_eq!(note(b.model(), other).text, "исправлено");
    assert_eq!(a.model(), b.model());
    assert_eq!(
        a.model().versions[0]
            .notes
            .iter()
            .filter(|n| n.text.starts_with("заметка"))
            .count(),
        1
    );
}

#[test]
fn the_model_read_back_is_the_model_written() {
    for t in holst_core::templates::TEMPLATES {
        let m = t.model().unwrap();
        let r = Replica::share(&m);
        assert_eq!(read(&r.doc).unwrap().model, m, "{}", t.id);
        assert_eq!(r.model(), &m);
    }
}

#[test]
fn shared_models_make_random_ids() {
    let a = Replica::share(&template());
    assert_eq!(a.model().ids, IdStrategy::Random);
    let ids = a.model().new_note_ids(3);
    let largest = a
        .model()
        .versions
        .iter()
        .flat_map(|v| &v.notes)
        .map(|n| n.id)
        .max()
        .unwrap();
    assert!(ids.iter().all(|id| *id != NoteId(largest.0 + 1)), "{ids:?}");
    // Equality is about the content only.
    let mut seq = a.model().clone();
    seq.ids = IdStrategy::Sequential;
    assert_eq!(&seq, a.model());
}

#[test]
fn version_descriptions_are_shared_and_merge_as_text() {
    let mut model = template();
    model.versions[0].description = "Для кого мы работаем".into();
    let mut a = Replica::share(&model);
    assert_eq!(read(&a.doc).unwrap().model, model);
    let mut b = a.fork();
    // Both type into the description at once, at its two ends.
    let mut new_a = a.model().clone();
    new_a.versions[0].description = "Кратко: Для кого мы работаем".into();
    a.mirror.record(&mut a.doc, &new_a, "Description").unwrap();
    let mut new_b = b.model().clone();
    new_b.versions[0].description = "Для кого мы работаем и зачем".into();
    b.mirror.record(&mut b.doc, &new_b, "Description").unwrap();
    let merged = merge_both_ways(&mut a, &mut b);
    assert_eq!(
        merged.versions[0].description,
        "Кратко: Для кого мы работаем и зачем"
    );
}

#[test]
fn a_document_without_descriptions_reads_them_as_empty() {
    use automerge::transaction::Transactable;
    let mut model = template();
    model.versions[0].description = "Описание".into();
    let mut a = Replica::share(&model);
    // A document written before versions had descriptions has no such key.
    let (_, versions) = automerge::ReadDoc::get(&a.doc, automerge::ROOT, "versions")
        .unwrap()
        .unwrap();
    let key = a.model().versions[0].id.0.to_string();
    let (_, version) = automerge::ReadDoc::get(&a.doc, &versions, key.as_str())
        .unwrap()
        .unwrap();
    let mut tx = a.doc.transaction();
    tx.delete(&version, "description").unwrap();
    tx.commit();
    let back = read(&a.doc).unwrap().model;
    assert_eq!(back.versions[0].description, "");
    assert_eq!(back.versions[0].notes, model.versions[0].notes);
}

/// The course's data (issue 16) travels with a shared model: the model's description, a
/// version's social enterprise, segment profiles and ties. Nothing is dropped by sharing,
/// and a change made by one person reaches the other.
#[test]
fn method_data_and_the_model_description_are_shared() {
    use holst_core::model::{BlockId, SegmentProfile};
    let mut model = template();
    model.description = "Игрушки из войлока, которые шьют женщины на дому".into();
    let v = &mut model.versions[0];
    let segment = v
        .notes
        .iter()
        .find(|n| n.block == BlockId::CustomerSegments)
        .unwrap()
        .id;
    let other = v
        .notes
        .iter()
        .find(|n| n.block == BlockId::Channels)
        .unwrap()
        .id;
    v.profiles.insert(
        segment,
        SegmentProfile {
            size: "около 300 магазинов".into(),
            ..SegmentProfile::default()
        },
    );
    v.ties.entry(other).or_default().insert(segment);
    v.social.sells = "игрушки".into();
    let mut a = Replica::share(&model);
    assert_eq!(read(&a.doc).unwrap().model, model, "shared as it was");
    let mut b = a.fork();
    let mut new_b = b.model().clone();
    new_b.versions[0].profiles.get_mut(&segment).unwrap().who = "владельцы сувенирных лавок".into();
    b.mirror.record(&mut b.doc, &new_b, "Profile").unwrap();
    let merged = merge_both_ways(&mut a, &mut b);
    let p = &merged.versions[0].profiles[&segment];
    assert_eq!(
        (p.size.as_str(), p.who.as_str()),
        ("около 300 магазинов", "владельцы сувенирных лавок")
    );
    assert!(merged.versions[0].ties[&other].contains(&segment));
    assert_eq!(merged.versions[0].social.sells, "игрушки");
    assert_eq!(merged.description, model.description);
}
