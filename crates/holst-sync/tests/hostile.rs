//! A bad or hostile peer cannot harm the local model: garbage is refused by Automerge and
//! the server, and a well-formed change of the wrong shape (which Automerge and the server
//! accept, being valid Automerge) is refused by the reader with its place named, keeping
//! the last good model until someone restores it.

// `a` and `b` are the two people, `v` and `n` the version and note they edit.
#![allow(clippy::many_single_char_names, clippy::unwrap_used)]

mod common;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use automerge::transaction::Transactable;
use automerge::{Automerge, ObjType, ROOT, ReadDoc, Value};
use common::{Replica, template};
use futures::{SinkExt, StreamExt, TryStreamExt};
use holst_core::model::{Lang, Model};
use holst_sync::{Pulled, Server, ServerOptions, Session, SessionOptions};
use tokio_tungstenite::tungstenite::Message;

/// Puts the string "not a number" as the x of a note of the first version.
fn spoil(doc: &mut Automerge, version: u64, note: u64) {
    let mut tx = doc.transaction();
    let Some((Value::Object(ObjType::Map), versions)) = tx.get(ROOT, "versions").unwrap() else {
        panic!("no versions map")
    };
    let (_, v) = tx.get(&versions, version.to_string()).unwrap().unwrap();
    let (_, notes) = tx.get(&v, "notes").unwrap().unwrap();
    let (_, n) = tx.get(&notes, note.to_string()).unwrap().unwrap();
    tx.put(&n, "x", "not a number").unwrap();
    tx.put(&n, "banana", 42).unwrap();
    tx.commit();
}

#[test]
fn a_change_of_the_wrong_shape_is_refused_naming_its_place_and_the_model_is_kept() {
    let mut a = Replica::share(&template());
    let mut evil = a.fork();
    let (v, n) = (a.model().versions[0].id, a.model().versions[0].notes[0].id);
    let good = a.model().clone();
    spoil(&mut evil.doc, v.0, n.0);

    let mut theirs = evil.doc.clone();
    a.doc.merge(&mut theirs).unwrap();
    let Pulled::Refused(e) = a.mirror.pull(&mut a.doc).unwrap() else {
        panic!("accepted a wrong shape")
    };
    assert_eq!(e.place, format!("versions[{}].notes[{}].x", v.0, n.0));
    let (en, ru) = (e.to_string(), e.describe(Lang::Ru));
    assert!(en.contains("expected a finite number"), "{en}");
    assert!(en.contains("\"not a number\""), "{en}");
    assert!(ru.contains("ожидалось: конечное число"), "{ru}");
    assert_eq!(a.model(), &good, "the last good model stays");
    // Told once, not on every pull.
    assert_eq!(a.mirror.pull(&mut a.doc).unwrap(), Pulled::Unchanged);

    // Editing goes on; the step is kept in the document.
    a.op(|m| holst_core::ops::Op::RenameVersion {
        version: m.versions[0].id,
        name: "переименована".into(),
    });
    // Restoring writes the last good model over the damage; everyone reads it again.
    a.mirror.restore(&mut a.doc).unwrap();
    let read = holst_sync::read(&a.doc).unwrap().model;
    assert_eq!(read.versions[0].name, "переименована");
    assert_eq!(read.versions[0].note(n), good.versions[0].note(n));
    evil.receive(&a);
    assert_eq!(evil.model(), &read);
}

#[test]
fn garbage_is_refused_and_leaves_the_document_alone() {
    let a = Replica::share(&template());
    let mut doc = a.doc.clone();
    let heads = doc.get_heads();
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert!(doc.load_incremental(&noise).is_err() || doc.get_heads() == heads);
    assert!(Automerge::load(&noise).is_err());
    assert!(automerge::sync::Message::decode(&noise).is_err());
    // Another peer's change with one byte flipped: its checksum no longer matches.
    let mut b = a.fork();
    b.op(|_| holst_core::ops::Op::SetTitle {
        title: "чужое".into(),
    });
    let mut change = b.doc.get_last_local_change().unwrap().raw_bytes().to_vec();
    let last = change.len() - 1;
    change[last] ^= 0x55;
    assert!(doc.load_incremental(&change).is_err() || doc.get_heads() == heads);
    assert_eq!(doc.get_heads(), heads);
    assert_eq!(holst_sync::read(&doc).unwrap().model, *a.model());
}

/// A samod peer of our own making, talking to the server over a websocket.
fn ws_transport(
    ws: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
) -> samod::Transport {
    let (sink, stream) = ws.split();
    let stream = stream
        .map_err(|e| std::io::Error::other(e.to_string()))
        .try_filter_map(|m| async move {
            Ok(match m {
                Message::Binary(b) => Some(b.to_vec()),
                _ => None,
            })
        })
        .boxed();
    let sink = sink
        .sink_map_err(|e| std::io::Error::other(e.to_string()))
        .with(|b: Vec<u8>| async move { Ok::<_, std::io::Error>(Message::Binary(b.into())) });
    samod::Transport::new(stream, Box::pin(sink))
}

struct Dial(samod::Url);

impl samod::Dialer for Dial {
    type Error = std::io::Error;
    fn url(&self) -> samod::Url {
        self.0.clone()
    }
    fn connect(
        &self,
    ) -> futures::future::BoxFuture<
        'static,
        Result<samod::Transport, samod::DialError<std::io::Error>>,
    > {
        let url = self.0.clone();
        Box::pin(async move {
            let (ws, _) = tokio_tungstenite::connect_async(url.as_str())
                .await
                .map_err(|e| samod::DialError::transient(std::io::Error::other(e.to_string())))?;
            Ok(ws_transport(ws))
        })
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "gave up waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn hostile_peers_on_the_network_cannot_harm_the_sessions() {
    let server = Server::start(&ServerOptions {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        data: None,
        log: false,
    })
    .unwrap();
    let options = |name: &str| SessionOptions::new(name, Arc::new(|| {}));
    let (mut a, link) = Session::share(&server.url(), &template(), options("Аня")).unwrap();
    let (mut b, _) = Session::join(&link, None, options("Боря")).unwrap();
    let good: Model = a.model().clone();
    let (v, n) = (good.versions[0].id, good.versions[0].notes[0].id);

    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        // Raw garbage and a text frame: the server drops those sockets.
        for frame in [
            Message::Binary(vec![0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3].into()),
            Message::Text("{\"type\":\"sync\"}".into()),
            Message::Binary(vec![0xa1; 70_000].into()),
        ] {
            let (mut ws, _) = tokio_tungstenite::connect_async(server.url().as_str())
                .await
                .unwrap();
            let _ = ws.send(frame).await;
            let _ = tokio::time::timeout(Duration::from_secs(5), ws.next()).await;
        }
        // A proper peer writing a change of the wrong shape.
        let repo = samod::Repo::build_tokio().load().await;
        let dialer = repo
            .dial(
                samod::BackoffConfig::default(),
                Arc::new(Dial(server.url())),
            )
            .unwrap();
        dialer.established().await.unwrap();
        let handle = repo.find(link.document.clone()).await.unwrap().unwrap();
        handle.with_document(|doc| spoil(doc, v.0, n.0));
        let conn = dialer.connection_id().unwrap();
        handle.they_have_our_changes(conn).await;
        repo.stop().await;
    });

    // Both sessions refuse it, keep their model, and say where.
    for s in [&mut a, &mut b] {
        let mut refused = None;
        wait_until("the refusal", || {
            if let Pulled::Refused(e) = s.pull().unwrap() {
                refused = Some(e);
            }
            refused.is_some()
        });
        let e = refused.unwrap();
        assert_eq!(e.place, format!("versions[{}].notes[{}].x", v.0, n.0));
        assert_eq!(s.model(), &good);
    }
    // A restores the last good state; B reads a good model again, and both go on.
    a.restore().unwrap();
    wait_until("B reading a good model", || {
        matches!(b.pull().unwrap(), Pulled::Changed { .. })
    });
    assert_eq!(b.model(), &good);
    let op = holst_core::ops::add_note(
        &good,
        v,
        holst_core::model::BlockId::Channels,
        holst_core::model::Colour::Blue,
        "дальше",
    )
    .unwrap();
    b.record_ops(&[op], "Add note").unwrap();
    wait_until("A getting B's note", || {
        let _ = a.pull().unwrap();
        a.model().versions[0]
            .notes
            .iter()
            .any(|x| x.text == "дальше")
    });
}
