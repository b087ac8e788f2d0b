//! The command line: `holst serve --port 0` as a child process, and two copies of a model
//! synced through it with `holst sync`: both files end with the union of notes.

#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Output, Stdio};

use holst::model::{BlockId, Colour, Model};
use holst::ops::{self, Op};
use holst::storage;

const BIN: &str = env!("CARGO_BIN_EXE_holst");

/// A `serve` child process on a free port of 127.0.0.1.
struct Serve {
    child: Child,
    url: String,
}

impl Serve {
    fn start(data: &Path) -> Serve {
        let mut child = Command::new(BIN)
            .args(["serve", "--port", "0", "--bind", "127.0.0.1", "--data"])
            .arg(data)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let Some(Ok(first)) = lines.next() else {
            let mut err = String::new();
            let mut stderr = child.stderr.take().unwrap();
            stderr.read_to_string(&mut err).unwrap();
            panic!("serve printed nothing; stderr: {err}");
        };
        let url = first
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line: {first}"))
            .to_owned();
        assert!(
            url.starts_with("ws://127.0.0.1:") && !url.ends_with(":0/"),
            "{url}"
        );
        // Keep draining stdout so the child never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Serve { child, url }
    }

    /// SIGTERM, then the exit status.
    fn stop(mut self) -> ExitStatus {
        let pid = rustix::process::Pid::from_child(&self.child);
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
        self.child.wait().unwrap()
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sync(file: &Path, server: &str, doc: Option<&str>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.arg("sync")
        .arg(file)
        .args(["--server", server, "--timeout", "3", "--lang", "en"]);
    if let Some(doc) = doc {
        cmd.args(["--doc", doc]);
    }
    cmd.output().unwrap()
}

fn synced(file: &Path, server: &str, doc: Option<&str>) -> String {
    let out = sync(file, server, doc);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "sync {} failed: {}{}",
        file.display(),
        text,
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

fn load(file: &Path) -> Model {
    storage::load(file).unwrap().model
}

/// Adds a note to the first version of the model in `file` and saves it.
fn add_note(file: &Path, text: &str) {
    let mut m = load(file);
    let v = m.versions[0].id;
    let op = ops::add_note(&m, v, BlockId::Channels, Colour::Green, text).unwrap();
    op.apply(&mut m).unwrap();
    storage::save(&m, file).unwrap();
}

fn texts(m: &Model) -> Vec<String> {
    let mut t: Vec<String> = m.versions[0].notes.iter().map(|n| n.text.clone()).collect();
    t.sort();
    t
}

#[test]
fn two_copies_synced_through_serve_both_end_with_the_union() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("server-data");
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    let template = holst::templates::Template::find("vesely-voylok")
        .unwrap()
        .model()
        .unwrap();
    storage::save(&template, &a).unwrap();
    let serve = Serve::start(&data);

    // First sync shares the model: the document and the link land beside it.
    let out = synced(&a, &serve.url, None);
    assert!(out.contains("#automerge:"), "prints the link: {out}");
    assert!(a.with_extension("automerge").is_file());
    let share = std::fs::read_to_string(a.with_extension("share")).unwrap();
    assert!(
        share.contains(&serve.url) && share.contains("automerge:"),
        "{share}"
    );

    // A second copy, edited apart from the first (both sides, and the same note too).
    for ext in ["ron", "automerge", "share"] {
        std::fs::copy(a.with_extension(ext), b.with_extension(ext)).unwrap();
    }
    add_note(&a, "от Ани");
    add_note(&a, "ещё от Ани");
    add_note(&b, "от Бори");
    let mut edited = load(&b);
    let first = edited.versions[0].notes[0].clone();
    Op::SetNoteText {
        version: edited.versions[0].id,
        note: first.id,
        text: "переписано Борей".into(),
    }
    .apply(&mut edited)
    .unwrap();
    storage::save(&edited, &b).unwrap();

    synced(&a, &serve.url, None);
    synced(&b, &serve.url, None);
    synced(&a, &serve.url, None);
    let (ma, mb) = (load(&a), load(&b));
    assert_eq!(ma, mb);
    let all = texts(&ma);
    for t in ["от Ани", "ещё от Ани", "от Бори", "переписано Борей"]
    {
        assert!(all.iter().any(|x| x == t), "{t} missing from {all:?}");
    }
    assert_eq!(all.len(), template.versions[0].notes.len() + 3);

    // A third person fetches the model by its id into a new file.
    let c = dir.path().join("c.ron");
    let doc = share
        .split('"')
        .find(|s| s.starts_with("automerge:"))
        .unwrap();
    synced(&c, &serve.url, Some(doc));
    assert_eq!(load(&c), ma);

    // A copy that was never synced joins: what it has is added, nothing is deleted, and a
    // note both have with different texts is kept twice.
    let d = dir.path().join("d.ron");
    let mut old = template.clone();
    old.versions[0].notes.truncate(2);
    storage::save(&old, &d).unwrap();
    add_note(&d, "из файла");
    let out = sync(&d, &serve.url, Some(doc));
    assert!(out.status.success());
    let told = String::from_utf8_lossy(&out.stderr);
    assert!(told.contains("both kept"), "{told}");
    synced(&a, &serve.url, None);
    let ma = load(&a);
    let all = texts(&ma);
    assert!(all.iter().any(|t| t == "из файла"), "{all:?}");
    assert!(all.iter().any(|t| t == "переписано Борей"), "{all:?}");
    assert!(
        all.iter().any(|t| *t == template.versions[0].notes[0].text),
        "{all:?}"
    );
    assert_eq!(all.len(), template.versions[0].notes.len() + 5);
    assert_eq!(load(&d), ma);

    // Ctrl-C / SIGTERM stops the server cleanly; the documents stay on disk.
    let status = serve.stop();
    assert!(status.success(), "{status}");
    let serve = Serve::start(&data);
    add_note(&c, "после перезапуска");
    synced(&c, &serve.url, None);
    synced(&a, &serve.url, None);
    assert!(texts(&load(&a)).iter().any(|t| t == "после перезапуска"));
}

#[test]
fn sync_refuses_what_it_cannot_do_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    let template = holst::templates::Template::find("blank-bmc")
        .unwrap()
        .model()
        .unwrap();
    storage::save(&template, &a).unwrap();
    let before = std::fs::read(&a).unwrap();

    // Nothing listens on this port.
    let out = sync(&a, "ws://127.0.0.1:9/", None);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not reach"), "{err}");
    assert!(!a.with_extension("automerge").exists());
    assert!(!a.with_extension("share").exists());
    assert_eq!(std::fs::read(&a).unwrap(), before);

    // In Russian when asked.
    let out = Command::new(BIN)
        .arg("sync")
        .arg(&a)
        .args([
            "--server",
            "ws://127.0.0.1:9/",
            "--timeout",
            "1",
            "--lang",
            "ru",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("ошибка") && err.contains("недоступен"),
        "{err}"
    );
    assert!(!a.with_extension("automerge").exists());

    let out = sync(&a, "wss://example.org/", None);
    assert!(String::from_utf8_lossy(&out.stderr).contains("wss://"));
    let md = dir.path().join("a.md");
    std::fs::write(&md, "# T\n").unwrap();
    let out = sync(&md, "ws://127.0.0.1:9/", None);
    assert!(String::from_utf8_lossy(&out.stderr).contains(".ron"));
    let out = sync(&dir.path().join("none.ron"), "ws://127.0.0.1:9/", None);
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}
