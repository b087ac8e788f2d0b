//! The command line of issue 15, end to end with the real binary: `--lang` and the
//! locale, standard output, Markdown styles and versions, JSON Canvas, folders, a
//! mistyped subcommand, an escaped title.

#![allow(clippy::unwrap_used)] // a failing unwrap is a failing test

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs holst with the locale `lang` (`None`: no locale variable at all).
fn holst_in(lang: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_holst"));
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("holst-cli15-config"),
        )
        .env(
            "XDG_DATA_HOME",
            std::env::temp_dir().join("holst-cli15-data"),
        );
    if let Some(l) = lang {
        cmd.env("LANG", l);
    }
    let out = cmd.args(args).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    out
}

fn holst(args: &[&str]) -> Output {
    holst_in(None, args)
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/formats")
        .join(rel)
}

/// A Russian template written to a temp folder.
fn template(dir: &Path) -> PathBuf {
    let ron = dir.join("vv.ron");
    assert!(
        holst(&["new", "-t", "vesely-voylok", "-o", p(&ron)])
            .status
            .success()
    );
    ron
}

#[test]
fn lang_sets_the_words_written_and_by_default_the_model_speaks_its_own_language() {
    let dir = tempfile::tempdir().unwrap();
    let ron = template(dir.path());
    let en = dir.path().join("en.md");
    let o = holst(&["convert", p(&ron), p(&en), "--lang", "en"]);
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(&en).unwrap();
    assert!(text.contains("\n### Customer Segments\n"), "{text}");
    assert!(!text.contains("Потребительские сегменты"));
    // No --lang: the Russian model gets Russian titles, the English fixture English ones.
    let ru = dir.path().join("ru.md");
    assert!(holst(&["convert", p(&ron), p(&ru)]).status.success());
    assert!(
        std::fs::read_to_string(&ru)
            .unwrap()
            .contains("### Потребительские сегменты")
    );
    let bread = dir.path().join("bread.md");
    let o = holst(&[
        "convert",
        p(&fixture("obsidian-bmc/filled-with-notes.md")),
        p(&bread),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(&bread).unwrap();
    assert!(
        text.contains("### Key Partners") && !text.contains("Ключевые"),
        "{text}"
    );
    // new and export take --lang too.
    let md = dir.path().join("new.md");
    assert!(
        holst(&["new", "-t", "blank-bmc", "-o", p(&md), "--lang", "en"])
            .status
            .success()
    );
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .contains("### Key Partners")
    );
    let o = holst(&[
        "export",
        p(&ron),
        "-o",
        p(&dir.path().join("x.pdf")),
        "--lang",
        "xx",
    ]);
    assert_eq!(o.status.code(), Some(2), "a wrong language is wrong usage");
}

#[test]
fn messages_follow_the_locale_and_english_is_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let ron = template(dir.path());
    let o = holst_in(Some("ru_RU.UTF-8"), &["check", p(&ron)]);
    assert!(out(&o).contains("в порядке"), "{}", out(&o));
    let o = holst_in(Some("C.UTF-8"), &["check", p(&ron)]);
    assert!(out(&o).contains(": ok,"), "{}", out(&o));
    assert!(out(&holst(&["check", p(&ron)])).contains(": ok,"));
    // --lang wins over the locale, for errors too.
    let o = holst_in(Some("ru_RU.UTF-8"), &["check", p(&ron), "--lang", "en"]);
    assert!(out(&o).contains(": ok,"));
    let missing = dir.path().join("missing.md");
    let o = holst_in(Some("ru_RU.UTF-8"), &["check", p(&missing)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).starts_with("holst: ошибка: "), "{}", err(&o));
    let bad = dir.path().join("bad.md");
    std::fs::write(&bad, "# T\n## V\n### Склад ракет\n- x\n").unwrap();
    let o = holst_in(Some("ru_RU.UTF-8"), &["check", p(&bad)]);
    assert!(
        err(&o).contains("неизвестный заголовок блока"),
        "{}",
        err(&o)
    );
    let o = holst_in(Some("en_GB.UTF-8"), &["check", p(&bad)]);
    assert!(err(&o).contains("unknown block heading"), "{}", err(&o));
    // The diff summary too.
    let o = holst_in(Some("ru_RU.UTF-8"), &["diff", p(&ron), "1", "1"]);
    assert!(err(&o).contains("добавлено 0"), "{}", err(&o));
}

#[test]
fn a_dash_writes_text_formats_to_standard_output_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let ron = template(dir.path());
    let o = holst(&["convert", p(&ron), "-", "--to", "md"]);
    assert!(o.status.success(), "{}", err(&o));
    let md = out(&o);
    assert!(md.starts_with("# Веселый войлок\n"), "{md}");
    assert!(!dir.path().join("-").exists());
    let (back, _) = holst::storage::markdown::read(&md).unwrap();
    assert_eq!(
        back,
        holst::storage::load(&ron).unwrap().model,
        "ids and places kept"
    );
    let o = holst(&["convert", p(&ron), "-", "--to", "canvas"]);
    let json: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert!(json["nodes"].as_array().unwrap().len() > 20);
    let o = holst(&["convert", p(&ron), "-", "--to", "ron"]);
    assert!(
        out(&o).starts_with("(\n    format_version: 1,"),
        "{}",
        out(&o)
    );
    let o = holst(&["new", "-t", "blank-bmc", "-o", "-", "--to", "md"]);
    assert!(out(&o).contains("layout: bmc"), "{}", out(&o));
    // No format for standard output, or a PDF there: refused, nothing printed.
    let o = holst(&["convert", p(&ron), "-"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        o.stdout.is_empty() && err(&o).contains("--to"),
        "{}",
        err(&o)
    );
    let o = holst(&["export", p(&ron), "-o", "-"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        o.stdout.is_empty() && err(&o).contains("standard output"),
        "{}",
        err(&o)
    );
}

#[test]
fn obsidian_style_writes_one_version_as_the_plugin_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("two.md");
    std::fs::write(
        &md,
        "# Хлеб\n\n## Первая\nlayout: bmc\n\n### Каналы\n- Сайт\n\n## Вторая\nlayout: bmc\nfinal: yes\n\n### Каналы\n- {color: pink} Бот\n  в Telegram\n",
    )
    .unwrap();
    let obs = dir.path().join("obs.md");
    let o = holst(&["convert", p(&md), p(&obs), "--style", "obsidian"]);
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(&obs).unwrap();
    // The final version by default, English plugin headings, plain one-line bullets.
    assert!(text.starts_with("---\ntitle: \"Хлеб\"\n---\n"), "{text}");
    assert!(
        text.contains("\n## Channels\n- Бот<br>в Telegram\n"),
        "{text}"
    );
    assert!(
        text.contains("\n## Key Partners\n"),
        "every plugin block, empty ones too"
    );
    assert!(!text.contains("Сайт") && !text.contains("<!--") && !text.contains('\r'));
    assert!(
        text.contains("розовый: «Бот в Telegram»"),
        "the colour legend line: {text}"
    );
    let first = dir.path().join("first.md");
    let o = holst(&[
        "convert",
        p(&md),
        p(&first),
        "--style",
        "obsidian",
        "--version",
        "1",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        std::fs::read_to_string(&first)
            .unwrap()
            .contains("\n## Channels\n- Сайт\n")
    );
    let o = holst(&[
        "convert",
        p(&md),
        p(&dir.path().join("x.ron")),
        "--style",
        "obsidian",
    ]);
    assert_eq!(o.status.code(), Some(1), "obsidian style is Markdown only");
    let o = holst(&[
        "convert",
        p(&md),
        p(&dir.path().join("y.md")),
        "--version",
        "9",
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn forks_keep_their_ids_through_markdown_and_json_canvas() {
    let dir = tempfile::tempdir().unwrap();
    let mut model = holst::templates::TEMPLATES[0].model().unwrap();
    let first = model.versions[0].id;
    let op = holst::ops::fork_version(&model, first, "Вилка").unwrap();
    holst::ops::History::new().apply(&mut model, &op).unwrap();
    model.versions[1].notes[0].text = "Переписано".into();
    let ron = dir.path().join("fork.ron");
    holst::storage::save(&model, &ron).unwrap();
    for ext in ["md", "canvas"] {
        let mid = dir.path().join(format!("fork.{ext}"));
        let back = dir.path().join(format!("back-{ext}.ron"));
        assert!(holst(&["convert", p(&ron), p(&mid)]).status.success());
        let o = holst(&["convert", p(&mid), p(&back)]);
        assert!(o.status.success(), "{ext}: {}", err(&o));
        let o = holst(&["diff", p(&back), "1", "2"]);
        assert_eq!(o.status.code(), Some(1));
        let lines = out(&o);
        assert_eq!(lines.lines().count(), 1, "{ext}: {lines}");
        assert!(
            lines.starts_with("~ ["),
            "{ext}: changed, not removed + added: {lines}"
        );
        let a = holst::storage::load(&back).unwrap().model;
        for (va, vb) in a.versions.iter().zip(&model.versions) {
            assert_eq!(va.notes, vb.notes, "{ext}: ids, places, colours and order");
        }
    }
}

#[test]
fn canvases_and_folders_of_other_tools_convert_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let out_ron = dir.path().join("vault.ron");
    let o = holst(&["convert", p(&fixture("vault-lean-yjpl")), p(&out_ron)]);
    assert!(o.status.success(), "{}", err(&o));
    let m = holst::storage::load(&out_ron).unwrap().model;
    assert_eq!(m.versions[0].layout.id(), "lean");
    assert_eq!(m.title, "vault-lean-yjpl", "a folder is titled by its name");
    let o = holst(&["check", p(&fixture("jsoncanvas/bmc-obsidian.canvas"))]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        out(&o).contains("«Hearth Bread», 1 version, 15 notes"),
        "{}",
        out(&o)
    );
    // Nothing read is an error, not an empty model.
    let o = holst(&["check", p(&fixture("other/empty-placeholders.md"))]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("nothing was read"), "{}", err(&o));
}

#[test]
fn a_mistyped_subcommand_is_wrong_usage_with_a_suggestion() {
    let o = holst(&["chek", "m.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("'check'"), "{}", err(&o));
    let o = holst(&["covnert", "a.ron", "b.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("'convert'"), "{}", err(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn check_prints_a_title_of_several_lines_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("t.ron");
    let mut m = holst::model::Model::new(
        "Первая строка\nвторая\tстрока",
        "v",
        holst::model::LayoutKind::Lean,
    );
    m.versions[0].notes.push(holst::model::Note {
        id: holst::model::NoteId(1),
        block: holst::model::BlockId::Problem,
        colour: holst::model::Colour::Yellow,
        x: 10.0,
        y: 40.0,
        text: "x".into(),
    });
    holst::storage::save(&m, &ron).unwrap();
    let o = holst(&["check", p(&ron)]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(out(&o).lines().count(), 1, "{}", out(&o));
    assert!(
        out(&o).contains("«Первая строка\\nвторая\\tстрока»"),
        "{}",
        out(&o)
    );
    let o = holst(&["versions", p(&ron)]);
    assert_eq!(out(&o), "1\tv\tlean\t1\t-\n");
}

#[test]
fn a_lean_canvas_prints_with_its_own_titles_and_questions() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("lean.pdf");
    let lean = fixture("lean/mdcanvas-classic.md");
    let o = holst(&["export", p(&lean), "-o", p(&pdf), "--lang", "en"]);
    assert!(o.status.success(), "{}", err(&o));
    let text = Command::new("pdftotext")
        .args(["-raw", p(&pdf), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    for title in [
        "Problem",
        "Solution",
        "Key Metrics",
        "Unique Value Proposition",
        "Unfair Advantage",
    ] {
        assert!(text.contains(title), "{title} missing: {text}");
    }
    assert!(!text.contains("Key Partners"), "{text}");
    let ru = dir.path().join("lean-ru.pdf");
    assert!(
        holst(&["export", p(&lean), "-o", p(&ru), "--lang", "ru"])
            .status
            .success()
    );
    let text = Command::new("pdftotext")
        .args(["-raw", p(&ru), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Скрытое преимущество"), "{text}");
}
