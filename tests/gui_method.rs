//! The course's method in the window, driven through its widgets with `egui_kittest`,
//! headless: the canvas checker panel (a click on a finding selects its notes, or shows
//! the empty block's guidance), the block's help popover with all its questions and
//! typologies, and guided mode walking a blank canvas in the course's order.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use holst::app::{Document, HolstApp, ScriptedDialogs};
use holst::method::guidance;
use holst::model::{BlockId, Colour, Lang, LayoutKind, NoteId};

mod common;

fn harness(template: &str, lang: Lang) -> Harness<'static, HolstApp> {
    let doc = Document::new_unsaved(common::model(template));
    common::harness_in(doc, None, ScriptedDialogs::default(), lang)
}

/// Opens a View menu item by the start of its label (the item's name carries its
/// shortcut as well).
fn view_menu(h: &mut Harness<'_, HolstApp>, menu: &str, item: &str) {
    h.get_by_label(menu).click();
    h.run_ok();
    h.get_by_label_contains(item).click();
    h.run_ok();
}

#[test]
fn a_finding_clicked_selects_the_notes_it_names() {
    let mut h = harness("vesely-voylok", Lang::En);
    assert!(!h.state().show_checker);
    view_menu(&mut h, "View", "Canvas check");
    assert!(
        h.state().show_checker,
        "View → Canvas check opens the panel"
    );
    // The shipped case has segments and no ties: the one advice, with the seed's words.
    let advice = "No note is tied to a segment yet, so the segment checks were skipped.";
    assert!(
        h.query_by_label_contains("Here we note the revenue from each customer segment.")
            .is_some()
    );
    h.get_by_label(advice).click();
    h.run_ok();
    let app = h.state();
    let v = app.doc.model().version(app.doc.current()).unwrap();
    let segments: BTreeSet<NoteId> = v.segments().map(|n| n.id).collect();
    assert_eq!(segments.len(), 4);
    assert_eq!(
        app.canvas.selection, segments,
        "the finding's notes are selected"
    );
    assert_eq!(app.checker_focus, None, "the finding names no block");
}

#[test]
fn an_empty_block_finding_shows_what_the_course_asks_of_the_block() {
    let mut h = harness("blank-bmc", Lang::Ru);
    view_menu(&mut h, "Вид", "Проверка холста");
    let title = BlockId::CustomerSegments.title(Lang::Ru);
    let finding = format!("Блок «{title}» пуст. Кто у нас покупает?");
    let second = guidance::questions(BlockId::CustomerSegments, LayoutKind::Bmc)[1].get(Lang::Ru);
    assert!(
        h.query_by_label(&format!("• {second}")).is_none(),
        "not shown before the click"
    );
    h.get_by_label(&finding).click();
    h.run_ok();
    assert_eq!(h.state().checker_focus, Some(BlockId::CustomerSegments));
    assert!(
        h.state().canvas.selection.is_empty(),
        "an empty block has no notes to select"
    );
    assert!(
        h.query_by_label(&format!("• {second}")).is_some(),
        "the block's questions"
    );
    let typology = guidance::checklists(BlockId::CustomerSegments)[0].all_items()[0]
        .label
        .get(Lang::Ru);
    assert!(
        h.query_by_label(&format!("☐ {typology}")).is_some(),
        "its typology"
    );
    // Once a note is in the block, the finding goes.
    assert!(h.query_by_label(&finding).is_some());
    let app = h.state_mut();
    let v = app.doc.current();
    let op = holst::ops::add_note(
        app.doc.model(),
        v,
        BlockId::CustomerSegments,
        Colour::Yellow,
        "Студенты",
    )
    .unwrap();
    app.doc.apply("add", &[op]).unwrap();
    h.run_ok();
    assert!(h.query_by_label(&finding).is_none());
}

#[test]
fn the_help_popover_has_every_question_and_the_typologies() {
    let mut h = harness("blank-bmc", Lang::En);
    let title = BlockId::CustomerRelationships.title(Lang::En);
    h.get_by_label(&format!("About this block: {title}"))
        .click();
    h.run_ok();
    let questions = guidance::questions(BlockId::CustomerRelationships, LayoutKind::Bmc);
    assert!(
        questions.len() >= 4,
        "the seed asks four questions of relationships"
    );
    assert!(
        h.query_by_label(questions[0].get(Lang::En)).is_some(),
        "the key question"
    );
    for q in &questions[1..] {
        let label = format!("• {}", q.get(Lang::En));
        assert!(h.query_by_label(&label).is_some(), "{label}");
    }
    let list = &guidance::checklists(BlockId::CustomerRelationships)[0];
    for item in list.all_items() {
        let label = format!("☐ {}", item.label.get(Lang::En));
        assert!(h.query_by_label(&label).is_some(), "{label}");
    }
}

#[test]
fn guided_mode_walks_a_blank_canvas_in_the_courses_order_asking_its_questions() {
    let mut h = harness("blank-bmc", Lang::Ru);
    view_menu(&mut h, "Вид", "Пошаговый режим");
    assert!(h.state().guided.is_some());
    let order = guidance::fill_order(LayoutKind::Bmc);
    // «Блок №1. Потребительские сегменты» … costs «заполняется последним».
    assert_eq!(order.first(), Some(&BlockId::CustomerSegments));
    assert_eq!(order.last(), Some(&BlockId::CostStructure));
    for (i, block) in order.iter().enumerate() {
        let step = format!("Блок {} из {} в порядке курса", i + 1, order.len());
        assert!(h.query_by_label(&step).is_some(), "{step}");
        let heading = guidance::course_step(*block).unwrap().heading.get(Lang::Ru);
        assert!(h.query_by_label(heading).is_some(), "{heading}");
        for q in guidance::questions(*block, LayoutKind::Bmc).iter().skip(1) {
            let label = format!("• {}", q.get(Lang::Ru));
            assert!(
                h.query_by_label(&label).is_some(),
                "step {}: {label}",
                i + 1
            );
        }
        let key = guidance::key_question(*block, LayoutKind::Bmc)
            .unwrap()
            .get(Lang::Ru);
        assert!(h.query_by_label(key).is_some(), "step {}: {key}", i + 1);
        if i + 1 < order.len() {
            h.get_by_label("Далее →").click();
            h.run_ok();
        }
    }
    assert!(h.query_by_label("Блок 10 из 9 в порядке курса").is_none());
    h.get_by_label("Закрыть").click();
    h.run_ok();
    assert!(h.state().guided.is_none(), "Close ends guided mode");
}

#[test]
fn guided_mode_does_not_call_our_orders_the_courses() {
    for (template, lang, first, course) in [
        (
            "blank-social",
            Lang::Ru,
            "Блок 1 из 11: порядок курса, два блока канвы социального предприятия поставлены нами",
            "Блок 1 из 11 в порядке курса",
        ),
        (
            "blank-social",
            Lang::En,
            "Block 1 of 11: the course's order, with the two blocks of the social enterprise canvas placed by us",
            "Block 1 of 11, in the course's order",
        ),
    ] {
        let mut h = harness(template, lang);
        let menu = if lang == Lang::Ru { "Вид" } else { "View" };
        let item = if lang == Lang::Ru {
            "Пошаговый режим"
        } else {
            "Guided mode"
        };
        view_menu(&mut h, menu, item);
        assert!(h.query_by_label(first).is_some(), "{first}");
        assert!(h.query_by_label(course).is_none(), "{course}");
    }
    // The Lean Canvas's order is Ash Maurya's.
    let mut model = common::model("blank-bmc");
    model.versions[0].layout = LayoutKind::Lean;
    let doc = Document::new_unsaved(model);
    let mut h = common::harness_in(doc, None, ScriptedDialogs::default(), Lang::Ru);
    view_menu(&mut h, "Вид", "Пошаговый режим");
    let lean = "Блок 1 из 9 в порядке Lean Canvas (по Эшу Мауре; для неё курс порядка не дает)";
    assert!(h.query_by_label(lean).is_some(), "{lean}");
}

fn select(h: &mut Harness<'_, HolstApp>, block: BlockId, i: usize) -> NoteId {
    let app = h.state_mut();
    let v = app.doc.model().version(app.doc.current()).unwrap();
    let id = v.notes_in(block).nth(i).unwrap().id;
    app.canvas.selection = [id].into();
    h.run_ok();
    id
}

fn profile(h: &Harness<'_, HolstApp>, id: NoteId) -> Option<holst::model::SegmentProfile> {
    let app = h.state();
    let v = app.doc.model().version(app.doc.current()).unwrap();
    v.profile(id).cloned()
}

#[test]
fn the_segment_panel_edits_a_profile_one_undo_step_a_change() {
    let mut h = harness("vesely-voylok", Lang::Ru);
    view_menu(&mut h, "Вид", "Сегменты и связи");
    assert!(h.state().show_segments);
    assert!(
        h.query_by_label_contains("Выделите одну заметку").is_some(),
        "the panel asks for one note"
    );
    let seg = select(&mut h, BlockId::CustomerSegments, 0);
    assert_eq!(profile(&h, seg), None);
    h.get_by_label("Бенефициары").click();
    h.run_ok();
    assert_eq!(
        profile(&h, seg).unwrap().kind,
        holst::model::SegmentKind::Beneficiary
    );
    h.get_by_label("Что нужно знать о своих клиентах?").click();
    h.run_ok();
    h.get_by_label("Возраст").click();
    h.run_ok();
    let p = profile(&h, seg).unwrap();
    assert_eq!(p.attribute(holst::model::Attribute::Age), Some(""));
    assert_eq!(h.state().doc.history().undo_len(), 2, "one step a change");
    h.state_mut().doc.undo().unwrap();
    h.run_ok();
    assert_eq!(
        profile(&h, seg)
            .unwrap()
            .attribute(holst::model::Attribute::Age),
        None
    );
    // An answer to one of the five questions is committed when the field loses focus.
    let who = holst::method::labels::profile_field(
        holst::model::ProfileText::Answer(holst::model::Question::Who),
        Lang::Ru,
    );
    let field = By::new().role(Role::MultilineTextInput).label(who);
    h.get(field.clone()).click();
    h.run_ok();
    h.get(field).type_text("Мамы в декрете");
    h.run_ok();
    assert_eq!(
        profile(&h, seg).unwrap().who,
        "",
        "nothing applied while typing"
    );
    h.get_by_label("Клиенты").click();
    h.run_ok();
    let p = profile(&h, seg).unwrap();
    assert_eq!(p.who, "Мамы в декрете");
    assert_eq!(p.kind, holst::model::SegmentKind::Client);
}

#[test]
fn a_note_of_another_block_is_tied_to_the_segments_it_serves() {
    let mut h = harness("vesely-voylok", Lang::En);
    view_menu(&mut h, "View", "Segments and ties");
    let seg = {
        let app = h.state();
        let v = app.doc.model().version(app.doc.current()).unwrap();
        v.numbered_segments()[1].clone()
    };
    let value = select(&mut h, BlockId::ValuePropositions, 0);
    assert!(h.query_by_label("Serves the segments").is_some());
    h.get(By::new().role(Role::CheckBox).label(&seg.text))
        .click();
    h.run_ok();
    let ties = |h: &Harness<'_, HolstApp>| {
        let app = h.state();
        let v = app.doc.model().version(app.doc.current()).unwrap();
        v.ties_of(value).collect::<Vec<NoteId>>()
    };
    assert_eq!(ties(&h), [seg.id]);
    // The canvas shows the segment's number on it and on the note that serves it.
    let badge = holst::ui::canvas::NoteMark::Segment(2);
    let marks = &h.state().canvas.marks;
    assert!(
        marks.get(&value).is_some_and(|m| m.contains(&badge)),
        "{marks:?}"
    );
    assert!(
        marks.get(&seg.id).is_some_and(|m| m.contains(&badge)),
        "{marks:?}"
    );
    h.get(By::new().role(Role::CheckBox).label(&seg.text))
        .click();
    h.run_ok();
    assert!(ties(&h).is_empty(), "a second click unties");
    assert!(
        !h.state().canvas.marks.contains_key(&value),
        "no tie, no badge"
    );
}

#[test]
fn colour_by_segments_from_the_view_menu_is_one_undo_step_and_the_legend_names_segments() {
    let mut model = common::model("vesely-voylok");
    let v = &mut model.versions[0];
    let first = v.numbered_segments()[0].id;
    let value = v.notes_in(BlockId::ValuePropositions).next().unwrap().id;
    v.ties.insert(value, BTreeSet::from([first]));
    let start = model.clone();
    let doc = Document::new_unsaved(model);
    let mut h = common::harness_in(doc, None, ScriptedDialogs::default(), Lang::Ru);
    view_menu(&mut h, "Вид", "Раскрасить по сегментам");
    let app = h.state();
    let v = app.doc.model().version(app.doc.current()).unwrap();
    let colour_of = |id: NoteId| v.note(id).unwrap().colour;
    let segments: Vec<(NoteId, String)> = v
        .numbered_segments()
        .iter()
        .map(|n| (n.id, n.text.clone()))
        .collect();
    let mut colours = BTreeSet::new();
    for (id, text) in &segments {
        let c = holst::ops::segment_colour(v, *id).unwrap();
        assert_eq!(colour_of(*id), c, "segment {text} takes its colour");
        assert_eq!(v.legend_for(c), Some(text.as_str()), "legend names {text}");
        colours.insert(c.name());
    }
    assert_eq!(colours.len(), segments.len(), "each segment its own colour");
    assert_ne!(colour_of(first), Colour::Yellow);
    assert_eq!(colour_of(value), colour_of(first), "the tied note follows");
    // The legend panel says which segment each colour stands for.
    view_menu(&mut h, "Вид", "Легенда цветов");
    assert!(h.query_by_label("сегмент 1").is_some());
    assert!(
        h.query_by_label(&format!("сегмент {}", segments.len()))
            .is_some()
    );
    // One undo step takes it all back.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Z);
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start);
    // The legend's own button does the same.
    h.get_by_label("Раскрасить по сегментам").click();
    h.run_ok();
    let app = h.state();
    let v = app.doc.model().version(app.doc.current()).unwrap();
    assert_eq!(v.note(value).unwrap().colour, v.note(first).unwrap().colour);
    assert_ne!(v.note(first).unwrap().colour, Colour::Yellow);
}

/// A multi-line text field by its label.
fn field(label: &str) -> By<'_> {
    By::new().role(Role::MultilineTextInput).label(label)
}

/// Version → Descriptions and social enterprise…: the dialog opens on the version as it
/// is; Apply makes every change one undo step; Cancel drops the draft.
#[test]
fn the_about_dialog_edits_descriptions_and_the_social_enterprise_in_one_step() {
    use holst::method::labels;
    use holst::model::{EnterpriseKind, OperatingModel, SocialField};
    let mut h = harness("vesely-voylok", Lang::Ru);
    let start = h.state().doc.model().clone();
    let open = |h: &mut Harness<'_, HolstApp>| {
        h.get_by_label("Версия").click();
        h.run_ok();
        h.get_by_label("Описания и социальное предприятие…").click();
        h.run_ok();
    };
    open(&mut h);
    for (label, text) in [
        ("Описание модели", "Игрушки из войлока"),
        ("Описание версии", "Первая гипотеза"),
        (
            labels::social_field(SocialField::Sells, Lang::Ru),
            "игрушки",
        ),
        (
            labels::social_field(SocialField::Impact, Lang::Ru),
            "занятость мам",
        ),
    ] {
        h.get(field(label)).click();
        h.run_ok();
        h.get(field(label)).type_text(text);
        h.run_ok();
    }
    let title = holst::method::social::guide().unwrap().title.get(Lang::Ru);
    h.get_by_label(title).click();
    h.run_ok();
    let employment = format!(
        "3) {}",
        labels::operating_model(OperatingModel::Employment, Lang::Ru)
    );
    h.get_by_label(&employment).click();
    h.run_ok();
    h.get_by_label(labels::enterprise_kind(EnterpriseKind::Embedded, Lang::Ru))
        .click();
    h.run_ok();
    assert_eq!(
        h.state().doc.model(),
        &start,
        "nothing applied before Apply"
    );
    assert!(
        h.query_all_by_value("Первая гипотеза").next().is_some(),
        "the draft shows"
    );
    h.get_by_label("Применить").click();
    h.run_ok();
    let m = h.state().doc.model().clone();
    let v = &m.versions[0];
    assert_eq!(m.description, "Игрушки из войлока");
    assert_eq!(v.description, "Первая гипотеза");
    assert_eq!(v.social.sells, "игрушки");
    assert_eq!(v.social.impact, "занятость мам");
    assert_eq!(v.social.operating_model, Some(OperatingModel::Employment));
    assert_eq!(
        v.social.kinds.iter().copied().collect::<Vec<_>>(),
        [EnterpriseKind::Embedded]
    );
    assert!(h.query_by_label("Применить").is_none(), "the dialog closed");
    h.state_mut().doc.undo().unwrap();
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start, "one undo step");
    // Cancel drops what was typed.
    open(&mut h);
    h.get(field("Описание версии")).click();
    h.run_ok();
    h.get(field("Описание версии")).type_text("черновик");
    h.run_ok();
    h.get_by_label("Отмена").click();
    h.run_ok();
    assert_eq!(h.state().doc.model(), &start);
    // Opened again, the dialog shows the version as it is, not the dropped draft.
    open(&mut h);
    assert!(h.query_all_by_value("черновик").next().is_none());
}
