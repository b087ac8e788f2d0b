//! How long an edit takes to reach another session through a local sync server.
//!
//! Two sessions share the «Веселый войлок» model through a server on 127.0.0.1 (in this
//! process). Each round one records a step (a new note) and the clock runs until the
//! other's `pull` shows it; the other is woken by its waker, as the window would be. Then
//! one goes offline, both make edits, and the time from reconnecting until both hold
//! everything is measured. Last, what `record` and `pull` cost the UI thread on a model of
//! 400 notes.
//!
//! `cargo run --release -p holst-sync --example sync_bench [ROUNDS]` (default 40).

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use holst_core::model::{BlockId, Colour, Model};
use holst_sync::{Pulled, Server, ServerOptions, Session, SessionOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(40);
    let template = holst_core::templates::Template::find("vesely-voylok")
        .ok_or("no template")?
        .model()?;
    let server = Server::start(&ServerOptions {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        data: None,
        log: false,
    })?;
    let (wake_a, woken_a) = waker();
    let (wake_b, woken_b) = waker();
    let t = Instant::now();
    let (mut a, link) = Session::share(&server.url(), &template, SessionOptions::new("A", wake_a))?;
    let share = t.elapsed();
    let t = Instant::now();
    let (mut b, _) = Session::join(&link, None, SessionOptions::new("B", wake_b))?;
    let join = t.elapsed();
    println!(
        "share {:.1} ms, join {:.1} ms ({} notes)",
        ms(share),
        ms(join),
        template.note_count()
    );

    let mut a_to_b = Vec::with_capacity(rounds);
    let mut b_to_a = Vec::with_capacity(rounds);
    for i in 0..rounds {
        a_to_b.push(round(&mut a, &mut b, &woken_b, &format!("A {i}"))?);
        b_to_a.push(round(&mut b, &mut a, &woken_a, &format!("B {i}"))?);
    }
    report("A → B", &mut a_to_b);
    report("B → A", &mut b_to_a);

    // Offline: B goes away, both add five notes, B comes back.
    b.go_offline();
    for i in 0..5 {
        add(&mut a, &format!("A offline {i}"))?;
        add(&mut b, &format!("B offline {i}"))?;
    }
    let t = Instant::now();
    b.go_online()?;
    let everything = |m: &Model| {
        (0..5).all(|i| has(m, &format!("A offline {i}")) && has(m, &format!("B offline {i}")))
    };
    while !everything(a.model()) || !everything(b.model()) {
        let _ = woken_a.recv_timeout(Duration::from_millis(5));
        let _ = woken_b.try_recv();
        check(a.pull()?)?;
        check(b.pull()?)?;
        if t.elapsed() > Duration::from_mins(1) {
            return Err("no convergence after reconnecting within 60 s".into());
        }
    }
    println!(
        "reconnect after offline edits: both converged {:.1} ms after going online",
        ms(t.elapsed())
    );
    drop((a, b));
    ui_costs(&server, &template, rounds)
}

/// Time of `record` (one note moved) and of the other side's `pull` at 400 notes.
fn ui_costs(
    server: &Server,
    template: &Model,
    rounds: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut big = template.clone();
    let first = big.versions[0].id;
    while big.note_count() < 400 {
        let block = BlockId::ALL[big.note_count() % 9];
        holst_core::ops::add_note(&big, first, block, Colour::Blue, "заметка с текстом")?
            .apply(&mut big)?;
    }
    let (wake_b, woken_b) = waker();
    let quiet = SessionOptions::new("A", Arc::new(|| {}));
    let (mut a, link) = Session::share(&server.url(), &big, quiet)?;
    let (mut b, _) = Session::join(&link, None, SessionOptions::new("B", wake_b))?;
    let (mut record, mut pull) = (Vec::new(), Vec::new());
    for i in 0..rounds {
        let mut moved = a.model().clone();
        moved.versions[0].notes[i % 400].x += 1.0;
        let t = Instant::now();
        a.record(&moved, "Move note")?;
        record.push(t.elapsed());
        let start = Instant::now();
        loop {
            let _ = woken_b.recv_timeout(Duration::from_millis(5));
            let t = Instant::now();
            if let Pulled::Changed { .. } = b.pull()? {
                pull.push(t.elapsed());
                break;
            }
            if start.elapsed() > Duration::from_mins(1) {
                return Err("a move did not arrive within a minute".into());
            }
        }
    }
    report("record (move a note) at 400 notes", &mut record);
    report("pull (read the model) at 400 notes", &mut pull);
    Ok(())
}

/// A waker that signals a channel, and its receiving end.
fn waker() -> (holst_sync::Waker, mpsc::Receiver<()>) {
    let (tx, rx) = mpsc::channel();
    let tx = Mutex::new(tx);
    let wake: holst_sync::Waker = Arc::new(move || {
        if let Ok(tx) = tx.lock() {
            let _ = tx.send(());
        }
    });
    (wake, rx)
}

/// One step in `from`, and the time until `to` shows it.
fn round(
    from: &mut Session,
    to: &mut Session,
    woken: &mpsc::Receiver<()>,
    text: &str,
) -> Result<Duration, Box<dyn std::error::Error>> {
    while woken.try_recv().is_ok() {}
    let t = Instant::now();
    add(from, text)?;
    while !has(to.model(), text) {
        let _ = woken.recv_timeout(Duration::from_millis(5));
        check(to.pull()?)?;
        if t.elapsed() > Duration::from_mins(1) {
            return Err(format!("«{text}» did not arrive within 60 s").into());
        }
    }
    Ok(t.elapsed())
}

fn add(s: &mut Session, text: &str) -> Result<(), Box<dyn std::error::Error>> {
    let v = s.model().versions[0].id;
    let op = holst_core::ops::add_note(s.model(), v, BlockId::Channels, Colour::Yellow, text)?;
    s.record_ops(&[op], "Add note")?;
    Ok(())
}

fn has(m: &Model, text: &str) -> bool {
    m.versions[0].notes.iter().any(|n| n.text == text)
}

fn check(p: Pulled) -> Result<(), Box<dyn std::error::Error>> {
    match p {
        Pulled::Refused(e) => Err(e.into()),
        Pulled::Changed { .. } | Pulled::Unchanged => Ok(()),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{what}: n = {}, median {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        times.len(),
        ms(at(0.5)),
        ms(at(0.9)),
        ms(times[times.len() - 1])
    );
}
