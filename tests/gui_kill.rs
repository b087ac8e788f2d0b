//! `kill -9` while typing loses at most 10 s of work, whatever the editing rhythm.
//!
//! The test binary runs itself again as a child (selected by an environment variable):
//! a headless window with real settings and recovery folders types a word into an open
//! note every 2 s and prints each one. The parent kills it with SIGKILL after about 15 s,
//! starts a new window on the same folders, restores the copy and checks that every word
//! typed more than 10 s before the kill is back.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use eframe::egui::Event;
use egui_kittest::kittest::Queryable;
use holst::app::{Document, ScriptedDialogs};
use holst::model::BlockId;

mod common;

const TEST: &str = "every_word_typed_more_than_10_s_before_kill_9_is_restored";
/// Set in the child: the folder of its settings and recovery copies.
const CHILD_ROOT: &str = "HOLST_KILL_TEST_ROOT";
const EDIT_EVERY: Duration = Duration::from_secs(2);
const MAX_LOSS: Duration = Duration::from_secs(10);
/// Words typed before the kill (the kill comes one second after the last).
const WORDS: usize = 8;

/// Kills the child if the parent fails before it does.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn word(i: usize) -> String {
    format!("слово{i:02}")
}

/// The child: a window that keeps typing into one note and never commits it.
fn type_until_killed(root: &Path) {
    let doc = Document::new_unsaved(common::model("blank-bmc"));
    let mut h = common::harness(doc, Some(root), ScriptedDialogs::default());
    common::start_typing(&mut h, BlockId::Channels, &word(0));
    println!("edit {}", word(0));
    let start = Instant::now();
    // A minute at most, should the parent never kill it.
    for i in 1..30 {
        while start.elapsed() < EDIT_EVERY * i as u32 {
            h.step();
            std::thread::sleep(Duration::from_millis(30));
        }
        h.event(Event::Text(format!(" {}", word(i))));
        h.step();
        println!("edit {}", word(i));
    }
}

#[test]
fn every_word_typed_more_than_10_s_before_kill_9_is_restored() {
    if let Some(root) = std::env::var_os(CHILD_ROOT) {
        type_until_killed(Path::new(&root));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut child = Killed(
        Command::new(std::env::current_exe().unwrap())
            .args([TEST, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ROOT, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    // When each word was typed, at the latest (the child prints after typing).
    let mut typed: Vec<(String, Instant)> = Vec::new();
    let stdout = BufReader::new(child.0.stdout.take().unwrap());
    for line in stdout.lines() {
        let line = line.unwrap();
        if let Some(w) = line.strip_prefix("edit ") {
            typed.push((w.to_owned(), Instant::now()));
            if typed.len() == WORDS {
                break;
            }
        }
    }
    assert_eq!(typed.len(), WORDS, "the child typed");
    std::thread::sleep(EDIT_EVERY / 2);
    child.0.kill().unwrap(); // SIGKILL
    let killed = Instant::now();
    child.0.wait().unwrap();

    let mut h = common::harness_start(None, dir.path(), ScriptedDialogs::default());
    h.get_by_label("Восстановить").click();
    h.run_ok();
    let texts = common::note_texts(h.state());
    assert_eq!(texts.len(), 1, "{texts:?}");
    let back: Vec<&str> = texts[0].split_whitespace().collect();
    let old: Vec<&String> = typed
        .iter()
        .filter(|(_, at)| killed.duration_since(*at) > MAX_LOSS)
        .map(|(w, _)| w)
        .collect();
    assert!(old.len() >= 2, "the test covers words older than 10 s");
    for w in &old {
        assert!(back.contains(&w.as_str()), "{w} is back: {back:?}");
    }
    let newest = typed
        .iter()
        .rev()
        .find(|(w, _)| back.contains(&w.as_str()))
        .map(|(_, at)| killed.duration_since(*at));
    eprintln!("restored {back:?}; the newest was typed {newest:?} before the kill");
}
