//! Two sessions through a sync server on 127.0.0.1 (in this process, on a free port)
//! converge; one goes offline, both edit, it comes back, both converge and nothing is
//! lost. Waiting is by polling with a generous deadline: speed is measured in the
//! benchmark (`examples/sync_bench.rs`), never asserted here.

// `a` and `b` are the two people, `v` and `n` the version and note they edit.
#![allow(clippy::many_single_char_names, clippy::unwrap_used)]

mod common;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::template;
use holst_core::model::{BlockId, Colour, Model};
use holst_core::ops;
use holst_sync::{Pulled, Server, ServerOptions, Session, SessionOptions, Status};

/// How long a test waits for something that should take well under a second.
const PATIENCE: Duration = Duration::from_secs(30);

fn server() -> Server {
    Server::start(&ServerOptions {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        data: None,
        log: false,
    })
    .unwrap()
}

fn options(name: &str) -> SessionOptions {
    SessionOptions::new(name, Arc::new(|| {}))
}

/// Pulls until `done` holds for the session's model, or panics after [`PATIENCE`].
fn wait_for(s: &mut Session, what: &str, done: impl Fn(&Model) -> bool) {
    let start = Instant::now();
    loop {
        match s.pull().unwrap() {
            Pulled::Refused(e) => panic!("refused while waiting for {what}: {e}"),
            Pulled::Changed { .. } | Pulled::Unchanged => {}
        }
        if done(s.model()) {
            return;
        }
        assert!(start.elapsed() < PATIENCE, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn has_text(m: &Model, text: &str) -> bool {
    m.versions
        .iter()
        .flat_map(|v| &v.notes)
        .any(|n| n.text == text)
}

fn add(s: &mut Session, text: &str) {
    let v = s.model().versions[0].id;
    let op = ops::add_note(s.model(), v, BlockId::Channels, Colour::Yellow, text).unwrap();
    s.record_ops(&[op], "Add note").unwrap();
}

#[test]
fn two_sessions_converge_and_merge_after_working_offline() {
    let server = server();
    let (mut a, link) = Session::share(&server.url(), &template(), options("Аня")).unwrap();
    let (mut b, _) = Session::join(&link, None, options("Боря")).unwrap();
    assert_eq!(a.model(), b.model());

    add(&mut a, "первая от Ани");
    wait_for(&mut b, "A's note at B", |m| has_text(m, "первая от Ани"));
    add(&mut b, "первая от Бори");
    wait_for(&mut a, "B's note at A", |m| has_text(m, "первая от Бори"));

    // B works offline while A goes on; both edit the same note too.
    b.go_offline();
    assert_eq!(b.status(), Status::Offline);
    let n = a.model().versions[0].notes[0].clone();
    let v = a.model().versions[0].id;
    add(&mut a, "пока Боря вне сети");
    add(&mut b, "написано вне сети");
    a.record_ops(
        &[holst_core::ops::Op::SetNoteColour {
            version: v,
            note: n.id,
            colour: Colour::Purple,
        }],
        "Change note colour",
    )
    .unwrap();
    b.record_ops(
        &[holst_core::ops::Op::SetNoteText {
            version: v,
            note: n.id,
            text: format!("{} (вне сети)", n.text),
        }],
        "Edit note",
    )
    .unwrap();
    // Offline, B does not get A's edits.
    std::thread::sleep(Duration::from_millis(300));
    assert!(matches!(b.pull().unwrap(), Pulled::Unchanged));
    assert!(!has_text(b.model(), "пока Боря вне сети"));

    b.go_online().unwrap();
    let all = |m: &Model| {
        has_text(m, "пока Боря вне сети")
            && has_text(m, "написано вне сети")
            && m.versions[0].note(n.id).is_some_and(|x| {
                x.colour == Colour::Purple && x.text == format!("{} (вне сети)", n.text)
            })
    };
    wait_for(&mut b, "everything at B", all);
    wait_for(&mut a, "everything at A", all);
    assert_eq!(a.model(), b.model());
    for text in ["первая от Ани", "первая от Бори"] {
        assert!(has_text(a.model(), text), "{text} kept");
    }
}

#[test]
fn a_session_reopens_from_its_saved_document_without_the_server() {
    let server = server();
    let (mut a, link) = Session::share(&server.url(), &template(), options("Аня")).unwrap();
    add(&mut a, "сохранено");
    let saved = a.save();
    drop(a);
    drop(server);
    // Nothing listens there now: the saved document opens anyway, and takes edits.
    let quick = SessionOptions {
        timeout: Duration::from_secs(2),
        ..options("Аня")
    };
    let (mut a, _) = Session::join(&link, Some(saved), quick.clone()).unwrap();
    assert!(has_text(a.model(), "сохранено"));
    assert!(matches!(a.status(), Status::Connecting { .. }));
    add(&mut a, "вне сети");
    assert!(has_text(a.model(), "вне сети"));
    // Without a saved copy there is nothing to open, and the error says why.
    let e = Session::join(&link, None, quick).err().unwrap().to_string();
    assert!(e.contains("could not reach"), "{e}");
}

#[test]
fn sessions_see_who_else_is_there_and_when_they_are_in_step() {
    let server = server();
    let (mut a, link) = Session::share(&server.url(), &template(), options("Аня")).unwrap();
    let (b, _) = Session::join(&link, None, options("Боря")).unwrap();
    let start = Instant::now();
    while !a.peers().iter().any(|p| p.name == "Боря") {
        assert!(start.elapsed() < PATIENCE, "A never saw B");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(a.peers().iter().all(|p| p.name != "Аня"), "not oneself");
    add(&mut a, "шаг");
    let start = Instant::now();
    while a.status() != Status::Synced {
        assert!(
            start.elapsed() < PATIENCE,
            "A never got in step: {:?}",
            a.status()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(b);
}

#[test]
fn reopening_with_edits_made_while_closed_keeps_them_and_what_others_did_meanwhile() {
    let server = server();
    let (mut a, link) = Session::share(&server.url(), &template(), options("Аня")).unwrap();
    let saved = a.save();
    // B closed the model; A goes on, and the server has it.
    add(&mut a, "от Ани, пока Боря не смотрел");
    a.sync_now().unwrap();
    // Meanwhile B's file got an edit of its own (unshared Holst, or by hand).
    let mut local = a.model().clone();
    local.versions[0]
        .notes
        .retain(|n| n.text != "от Ани, пока Боря не смотрел");
    let v = local.versions[0].id;
    let op = ops::add_note(&local, v, BlockId::Products, Colour::Pink, "Борина правка").unwrap();
    op.apply(&mut local).unwrap();
    let (mut b, _) =
        Session::resume(&link, &saved, &local, "Edits made offline", options("Боря")).unwrap();
    let both =
        |m: &Model| has_text(m, "от Ани, пока Боря не смотрел") && has_text(m, "Борина правка");
    wait_for(&mut b, "both edits at B", both);
    wait_for(&mut a, "both edits at A", both);
    b.sync_now().unwrap();
    assert!(both(b.model()), "A's note was not undone by B's older file");
}
