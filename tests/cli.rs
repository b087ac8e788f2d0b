//! The `holst` command line end to end: the real binary, real files in a temp folder.

// Test helpers unwrap too: a failed unwrap is a failed test with its location.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;

use std::path::Path;
use std::process::{Command, Output};

fn holst(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_holst"))
        // English messages, whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(args)
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("holst-cli-test-config"),
        )
        .env(
            "XDG_DATA_HOME",
            std::env::temp_dir().join("holst-cli-test-data"),
        )
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "holst {args:?} panicked: {stderr}"
    );
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

#[test]
fn templates_lists_ids_and_titles() {
    let o = holst(&["templates"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("vesely-voylok\tВеселый войлок"), "{out}");
    assert!(
        out.contains("narodnoe-zdorovie\tНародное здоровье"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 4);
}

#[test]
fn new_writes_a_model_that_check_accepts_and_will_not_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("case.ron");
    let o = holst(&["new", "--template", "narodnoe-zdorovie", "-o", p(&file)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = holst(&["check", p(&file)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("40 notes"), "{}", stdout(&o));
    let before = std::fs::read(&file).unwrap();
    let o = holst(&["new", "--template", "blank-bmc", "-o", p(&file)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--force"));
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing overwritten");
    let o = holst(&[
        "new",
        "--template",
        "nope",
        "-o",
        p(&dir.path().join("x.ron")),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("vesely-voylok"),
        "the error lists the templates"
    );
}

#[test]
fn check_fails_with_file_line_and_expectation() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.md");
    std::fs::write(
        &file,
        "# Модель\n\n## Версия\n\n### Клиенты\n- Школы\n\n### Покупатели на Луне\n- Никто\n",
    )
    .unwrap();
    let o = holst(&["check", p(&file)]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{}:8:", file.display())), "{err}");
    assert!(err.contains("Покупатели на Луне"), "{err}");
}

#[test]
fn convert_goes_both_ways_and_keeps_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("vv.ron");
    let md = dir.path().join("vv.md");
    let back = dir.path().join("back.ron");
    assert!(
        holst(&["new", "-t", "vesely-voylok", "-o", p(&ron)])
            .status
            .success()
    );
    let o = holst(&["convert", p(&ron), p(&md)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.contains("### Потребительские сегменты\n- Галереи подарков"),
        "{text}"
    );
    let o = holst(&["convert", p(&md), p(&back)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let a = holst::storage::load(&ron).unwrap().model;
    let b = holst::storage::load(&back).unwrap().model;
    assert_eq!(a, b);
}

#[test]
fn convert_refuses_an_unknown_output_type_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("m.ron");
    assert!(
        holst(&["new", "-t", "blank-bmc", "-o", p(&ron)])
            .status
            .success()
    );
    let out = dir.path().join("m.docx");
    let o = holst(&["convert", p(&ron), p(&out)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists());
    let missing = holst(&[
        "convert",
        p(&dir.path().join("missing.ron")),
        p(&dir.path().join("x.md")),
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(!dir.path().join("x.md").exists());
}

#[test]
fn wrong_usage_exits_with_2() {
    assert_eq!(holst(&["check"]).status.code(), Some(2));
    assert_eq!(holst(&["frobnicate", "a", "b"]).status.code(), Some(2));
    assert_eq!(holst(&["new", "-t", "blank-bmc"]).status.code(), Some(2));
    assert!(holst(&["--help"]).status.success());
}

#[test]
fn export_with_compare_marks_the_differences_on_the_compare_page() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("two.md");
    std::fs::write(
        &md,
        "# Две версии\n\n## Первая\nlayout: bmc\n\n### Каналы\n- Сайт\n- Ярмарки\n\n\
         ## Вторая\nlayout: bmc\n\n### Каналы\n- Сайт\n- Маркетплейс\n",
    )
    .unwrap();
    let pdf = dir.path().join("two.pdf");
    let o = holst(&["export", p(&md), "-o", p(&pdf), "--compare", "1", "Вторая"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = Command::new("pdftotext")
        .args(["-raw", p(&pdf), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("удалена"),
        "the earlier version's key names the removed mark: {text}"
    );
    assert!(
        text.contains("добавлена"),
        "the later version's key names the added mark: {text}"
    );
    let info = Command::new("pdfinfo").arg(p(&pdf)).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let created = info
        .lines()
        .find(|l| l.starts_with("CreationDate:"))
        .unwrap_or_default();
    assert!(
        !created.is_empty() && !created.contains("1970"),
        "the PDF carries its real date: {created}"
    );
    let o = holst(&[
        "export",
        p(&md),
        "-o",
        p(&dir.path().join("x.pdf")),
        "--compare",
        "1",
        "9",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("1 «Первая», 2 «Вторая»"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn export_never_writes_over_its_model_and_wants_a_pdf_name() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("m.ron");
    assert!(
        holst(&["new", "-t", "vesely-voylok", "-o", p(&ron)])
            .status
            .success()
    );
    let before = std::fs::read(&ron).unwrap();
    let alias = dir.path().join("alias.pdf");
    std::os::unix::fs::symlink(&ron, &alias).unwrap();
    let dotted = dir.path().join(".").join("m.ron");
    for out in [&ron, &alias, &dotted] {
        for force in [false, true] {
            let mut args = vec!["export", p(&ron), "-o", p(out)];
            if force {
                args.push("--force");
            }
            let o = holst(&args);
            assert_eq!(o.status.code(), Some(1), "{args:?}");
            assert!(
                stderr(&o).contains("the model being exported"),
                "{}",
                stderr(&o)
            );
        }
    }
    assert_eq!(std::fs::read(&ron).unwrap(), before, "the model is intact");
    let other = dir.path().join("print.ron");
    let o = holst(&["export", p(&ron), "-o", p(&other)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(".pdf") && stderr(&o).contains("--force"),
        "{}",
        stderr(&o)
    );
    assert!(!other.exists());
    let o = holst(&["export", p(&ron), "-o", p(&other), "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&other).unwrap().starts_with(b"%PDF"));
}

#[test]
fn convert_wants_force_to_replace_a_file_as_new_does_and_never_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("m.ron");
    let md = dir.path().join("m.md");
    assert!(
        holst(&["new", "-t", "vesely-voylok", "-o", p(&ron)])
            .status
            .success()
    );
    std::fs::write(&md, "# Моё\n\n### Каналы\n- не трогать\n").unwrap();
    let o = holst(&["convert", p(&ron), p(&md)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&md).unwrap().contains("не трогать"));
    let o = holst(&["convert", p(&ron), p(&md), "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!std::fs::read_to_string(&md).unwrap().contains("не трогать"));
    // `new` takes --force the same way.
    let o = holst(&["new", "-t", "blank-bmc", "-o", p(&md), "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The input is never the output, --force or not.
    let before = std::fs::read(&ron).unwrap();
    let same = dir.path().join("sub").join("..").join("m.ron");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    for args in [
        vec!["convert", p(&ron), p(&ron)],
        vec!["convert", p(&ron), p(&same), "--force"],
    ] {
        let o = holst(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains("is the input"), "{}", stderr(&o));
    }
    assert_eq!(std::fs::read(&ron).unwrap(), before);
}

#[test]
fn special_and_empty_files_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let zero = dir.path().join("zero.md");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let empty = dir.path().join("empty.ron");
    std::fs::write(&empty, "").unwrap();
    let nul = dir.path().join("nul.md");
    std::fs::write(&nul, [0u8; 16]).unwrap();
    for (file, expected) in [
        (&fifo, "named pipe"),
        (&zero, "device"),
        (&empty, "empty"),
        (&nul, "binary file"),
    ] {
        let o = holst(&["check", p(file)]);
        assert_eq!(o.status.code(), Some(1), "{}", file.display());
        assert!(stderr(&o).contains(expected), "{}", stderr(&o));
    }
}

#[test]
fn an_io_error_says_its_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    let o = holst(&["check", p(&missing)]);
    assert_eq!(
        stderr(&o).trim_end(),
        format!(
            "holst: error: {}: No such file or directory (os error 2)",
            missing.display()
        )
    );
    let ron = dir.path().join("m.ron");
    assert!(
        holst(&["new", "-t", "blank-bmc", "-o", p(&ron)])
            .status
            .success()
    );
    let pdf = dir.path().join("no-folder").join("m.pdf");
    let o = holst(&["export", p(&ron), "-o", p(&pdf)]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
    assert!(
        !err.contains(".holst-") && !err.contains("at path"),
        "{err}"
    );
}

/// `holst templates | head -1`: the reader leaves before the listing is written. The
/// command ends quietly with success, as command-line tools do, instead of panicking.
#[test]
fn a_reader_that_went_away_ends_the_listing_quietly() {
    for args in [
        &["templates"][..],
        &["versions", "assets/templates/vesely-voylok.ron"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_holst"))
            .env("LANG", "C.UTF-8")
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "holst {args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "holst {args:?}: {err}");
    }
}

/// `n` list items «Идея 1» … «Идея n», one per line.
fn idea_lines(n: usize) -> String {
    (1..=n).fold(String::new(), |mut s, i| {
        let _ = writeln!(s, "- Идея {i}");
        s
    })
}

#[test]
fn check_warns_of_layout_problems_and_strict_fails_on_them() {
    let dir = tempfile::tempdir().unwrap();
    // A Markdown canvas converted by holst has none.
    let md = dir.path().join("m.md");
    let lines = idea_lines(4);
    std::fs::write(
        &md,
        format!("# M\n\n## V\nlayout: bmc\n\n### channels\n{lines}"),
    )
    .unwrap();
    let ron = dir.path().join("m.ron");
    assert!(holst(&["convert", p(&md), p(&ron)]).status.success());
    let out = holst(&["check", "--strict", p(&ron)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    // Two notes at one place: a warning, exit 0; --strict 1. (A note far past its block
    // is moved back in by the reader, which says so.)
    let mut model = holst::storage::load(&ron).unwrap().model;
    let v = &mut model.versions[0];
    (v.notes[1].x, v.notes[1].y) = (v.notes[0].x, v.notes[0].y);
    v.notes[2].y = 5000.0;
    let bad = dir.path().join("bad.ron");
    holst::storage::save(&model, &bad).unwrap();
    let out = holst(&["check", p(&bad)]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("cover each other"), "{err}");
    assert!(err.contains("lay outside its block"), "{err}");
    let out = holst(&["check", "--strict", p(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    // 2000 notes in one block: the hidden ones are counted.
    let lines = idea_lines(2000);
    std::fs::write(
        &md,
        format!("# M\n\n## V\nlayout: bmc\n\n### channels\n{lines}"),
    )
    .unwrap();
    let many = dir.path().join("many.ron");
    assert!(holst(&["convert", p(&md), p(&many)]).status.success());
    let err = stderr(&holst(&["check", p(&many)]));
    assert!(
        err.contains("notes do not fit even at the smallest size"),
        "{err}"
    );
}
