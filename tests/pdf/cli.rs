//! `holst export` end to end.

use std::process::Command;

use crate::support::{page_sizes, rich_model};

fn holst(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_holst"))
        // English messages, whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(args)
        .output()
        .expect("holst runs")
}

#[test]
fn cli_exports_by_name_and_index_and_writes_nothing_on_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("model.ron");
    holst::storage::save(&rich_model(), &file).expect("save");
    let f = file.to_str().expect("utf-8 path");
    let out = dir.path().join("out.pdf");
    let o = out.to_str().expect("utf-8 path");

    let run = holst(&[
        "export",
        f,
        "-o",
        o,
        "--paper",
        "a4",
        "--version",
        "гипотеза б",
        "--version",
        "1",
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let sizes = page_sizes(&out);
    assert_eq!(sizes.len(), 3, "canvas 2, canvas 1, cards of 1");
    assert!((sizes[0].0 - 841.89).abs() < 0.5);

    let run = holst(&["export", f, "-o", o, "--compare", "1", "2"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(page_sizes(&out).len(), 4);

    let before = std::fs::read(&out).expect("pdf");
    let run = holst(&["export", f, "-o", o, "--version", "нет такой"]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("нет такой") && err.contains("1 «Гипотеза А»"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&out).expect("pdf"),
        before,
        "the old file is left as it was"
    );

    let fresh = dir.path().join("fresh.pdf");
    let run = holst(&[
        "export",
        f,
        "-o",
        fresh.to_str().expect("utf-8"),
        "--compare",
        "1",
        "7",
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(!fresh.exists(), "nothing written on error");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
}
