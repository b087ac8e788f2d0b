//! Two windows share one model through a sync server on 127.0.0.1 (in this process): one
//! shares it from File → Share…, the other joins by the link from File → Open shared…;
//! each one's edits reach the other's canvas, both stay editable, and a shared model saved
//! keeps its document beside it.

#![allow(clippy::unwrap_used)]

mod common;

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use common::{harness, model};
use eframe::egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, HolstApp, ScriptedDialogs};
use holst::model::{BlockId, Colour, Model};
use holst::ops;
use holst_sync::{Server, ServerOptions, Status};

/// Steps both windows (in real time: the server and the sessions run on their own threads)
/// until `done` holds; fails after a generous 20 s.
fn until(
    a: &mut Harness<'_, HolstApp>,
    b: &mut Harness<'_, HolstApp>,
    what: &str,
    done: impl Fn(&HolstApp, &HolstApp) -> bool,
) {
    let start = Instant::now();
    while !done(a.state(), b.state()) {
        assert!(start.elapsed() < Duration::from_secs(20), "never: {what}");
        a.step();
        b.step();
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Steps one window until its share or join is done (the server is reached on a worker
/// thread; the window waits in a dialog meanwhile).
fn connected(h: &mut Harness<'_, HolstApp>) {
    let start = Instant::now();
    while h.state().is_connecting() {
        assert!(start.elapsed() < Duration::from_secs(20), "never connected");
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.step();
    assert!(h.state().share_view().is_some(), "{:?}", h.state().modal);
}

/// Replaces the text of the dialog's only text field with `text`.
fn type_into_field(h: &mut Harness<'_, HolstApp>, text: &str) {
    h.get_by_role(Role::TextInput).focus();
    h.step();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.step();
    h.get_by_role(Role::TextInput).type_text(text);
    h.step();
}

fn texts(m: &Model) -> Vec<String> {
    let mut t: Vec<String> = m.versions[0].notes.iter().map(|n| n.text.clone()).collect();
    t.sort();
    t
}

/// Adds a note with `text` to the first version, as one undo step of the window.
fn add_note(h: &mut Harness<'_, HolstApp>, text: &str) {
    let app = h.state_mut();
    let v = app.doc.model().versions[0].id;
    let op = ops::add_note(app.doc.model(), v, BlockId::Channels, Colour::Green, text).unwrap();
    app.apply(holst::i18n::T::Share, &[op]);
    h.step();
}

fn has(app: &HolstApp, text: &str) -> bool {
    app.doc.model().versions[0]
        .notes
        .iter()
        .any(|n| n.text == text)
}

#[test]
fn two_windows_sharing_through_a_server_see_each_others_notes() {
    let mut server = Server::start(&ServerOptions {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        data: None,
        log: false,
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shared.ron");
    let start = model("vesely-voylok");
    let mut a = harness(
        Document::new_unsaved(start.clone()),
        None,
        ScriptedDialogs {
            save: [Some(file.clone())].into(),
            ..ScriptedDialogs::default()
        },
    );
    let mut b = harness(
        Document::new_unsaved(model("blank-bmc")),
        None,
        ScriptedDialogs::default(),
    );

    // A: File → Share…, the server's address, Share: the link is shown.
    a.get_by_label("Файл").click();
    a.run_ok();
    a.get_by_label("Поделиться…").click();
    a.run_ok();
    type_into_field(&mut a, server.url().as_ref());
    a.get_by_label("Поделиться").click();
    a.step();
    connected(&mut a);
    let link = a.state().share_view().unwrap().link.clone();
    assert!(
        link.starts_with(&server.url().to_string()) && link.contains("#automerge:"),
        "{link}"
    );
    assert!(a.query_by_label("Скопировать ссылку").is_some());
    a.get_by_label("Закрыть").click();
    a.step();

    // B: File → Open shared…, the link, Open: B shows A's model.
    b.get_by_label("Файл").click();
    b.run_ok();
    b.get_by_label("Открыть общую модель…").click();
    b.run_ok();
    type_into_field(&mut b, &link);
    b.get_by_label("Открыть").click();
    b.step();
    connected(&mut b);
    assert_eq!(b.state().doc.model(), &start);
    assert!(b.state().share_view().is_some());

    // Each one's edit reaches the other's canvas.
    add_note(&mut a, "от Ани");
    until(&mut a, &mut b, "B sees A's note", |_, b| has(b, "от Ани"));
    add_note(&mut b, "от Бори");
    until(&mut a, &mut b, "A sees B's note", |a, _| has(a, "от Бори"));
    // Both at once: both notes on both canvases, the same model.
    add_note(&mut a, "одновременно А");
    add_note(&mut b, "одновременно Б");
    until(&mut a, &mut b, "both converge", |a, b| {
        has(a, "одновременно Б") && has(b, "одновременно А") && a.doc.model() == b.doc.model()
    });
    assert_eq!(
        texts(a.state().doc.model()).len(),
        start.versions[0].notes.len() + 4
    );
    until(&mut a, &mut b, "both say they are in step", |a, b| {
        [a, b]
            .iter()
            .all(|x| x.share_view().is_some_and(|v| v.status == Status::Synced))
    });
    // The status line draws the state of the frame before.
    a.step();
    assert!(a.query_by_label("общая: всё согласовано").is_some());
    // Who else is there: each window hears of the other.
    until(&mut a, &mut b, "each sees the other there", |a, b| {
        [a, b]
            .iter()
            .all(|x| x.share_view().is_some_and(|v| v.others.len() == 1))
    });

    // Undo undoes only one's own step: A's last note goes, B's stays, on both sides.
    let ctx = a.ctx.clone();
    a.state_mut()
        .run_command(&ctx, holst::command::Command::Undo);
    until(&mut a, &mut b, "B sees A's undo", |a, b| {
        !has(b, "одновременно А") && has(b, "одновременно Б") && a.doc.model() == b.doc.model()
    });

    // Saving a shared model keeps its document and link beside it.
    a.state_mut().save(false);
    assert!(file.is_file());
    assert!(file.with_extension("automerge").is_file());
    let share = std::fs::read_to_string(file.with_extension("share")).unwrap();
    assert!(share.contains("automerge:"), "{share}");
    let saved = holst::storage::load(&file).unwrap().model;
    assert_eq!(&saved, b.state().doc.model());
    server.stop();
}

#[test]
fn offline_edits_merge_on_reconnect_and_a_saved_share_resumes_on_opening() {
    let mut server = Server::start(&ServerOptions {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        data: None,
        log: false,
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.ron");
    let start = model("blank-bmc");
    let mut a = harness(
        Document::new_unsaved(start.clone()),
        None,
        ScriptedDialogs {
            save: [Some(file.clone())].into(),
            ..ScriptedDialogs::default()
        },
    );
    let mut b = harness(
        Document::new_unsaved(model("blank-social")),
        None,
        ScriptedDialogs::default(),
    );
    a.state_mut().share_to(server.url().as_ref());
    connected(&mut a);
    let link = a.state().share_view().unwrap().link.clone();
    b.state_mut().join_shared(&link);
    connected(&mut b);
    assert_eq!(b.state().doc.model(), &start);

    // A works offline: both edit; nothing of A's reaches B meanwhile.
    let ctx = a.ctx.clone();
    a.state_mut()
        .run_command(&ctx, holst::command::Command::WorkOffline);
    a.step();
    assert!(a.query_by_label("общая: нет связи").is_some());
    add_note(&mut a, "без сети");
    add_note(&mut b, "в сети");
    for _ in 0..30 {
        a.step();
        b.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!has(b.state(), "без сети"));
    assert!(!has(a.state(), "в сети"));
    // Connecting again merges both ways.
    a.state_mut()
        .run_command(&ctx, holst::command::Command::WorkOffline);
    until(
        &mut a,
        &mut b,
        "both converge after reconnecting",
        |a, b| has(a, "в сети") && has(b, "без сети") && a.doc.model() == b.doc.model(),
    );

    // A saves and closes; B edits meanwhile; A's file, opened again, resumes the share
    // and takes B's edit.
    assert!(a.state_mut().save(false));
    drop(a);
    add_note(&mut b, "пока А не было");
    let mut again = harness(
        Document::new_unsaved(model("blank-bmc")),
        None,
        ScriptedDialogs::default(),
    );
    again.state_mut().open(&file);
    again.step();
    assert!(again.state().share_view().is_some(), "the share resumed");
    until(
        &mut again,
        &mut b,
        "the reopened window catches up",
        |a, b| has(a, "пока А не было") && has(a, "без сети") && a.doc.model() == b.doc.model(),
    );
    server.stop();
}

#[test]
fn a_server_that_cannot_be_reached_is_said_and_the_model_stays_as_it_was() {
    let start = model("blank-bmc");
    let mut a = harness(
        Document::new_unsaved(start.clone()),
        None,
        ScriptedDialogs::default(),
    );
    // Nothing listens on port 9 of this machine.
    a.state_mut().share_to("ws://127.0.0.1:9/");
    // Meanwhile the window says it is connecting, and can be cancelled.
    for _ in 0..3 {
        a.step();
    }
    assert!(
        a.query_by_label("Подключение к серверу синхронизации…")
            .is_some()
    );
    assert!(a.state().is_connecting());
    let begin = Instant::now();
    while a.state().is_connecting() {
        assert!(begin.elapsed() < Duration::from_secs(30), "never gave up");
        a.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    a.run_ok();
    assert!(a.state().share_view().is_none());
    assert_eq!(a.state().doc.model(), &start);
    assert!(
        a.query_by_label_contains("Не удалось поделиться моделью")
            .is_some(),
        "{:?}",
        a.state().modal
    );
    // A link that is not one is refused at once, naming what was expected.
    a.get_by_label("Закрыть").click();
    a.step();
    a.state_mut().join_shared("automerge:nonsense");
    a.run_ok();
    assert!(!a.state().is_connecting());
    assert!(
        a.query_by_label_contains("не ссылка на общую модель")
            .is_some()
    );
}
