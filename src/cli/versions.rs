//! `holst versions FILE` and `holst diff FILE A B`: a model's versions and what differs
//! between two of them, one line each, for scripts and for reading.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::words::Msg;
use crate::diff::{CardChange, Change, Item, MethodChange, diff};
use crate::model::{Lang, Model, Version};

/// Arguments of `holst versions`.
#[derive(Debug, Args)]
#[command(after_help = "Output: one line per version, tab-separated:\n  \
    INDEX<TAB>NAME<TAB>LAYOUT<TAB>NOTES<TAB>FINAL\n\
    INDEX counts from 1 (what `holst diff` and `--version` accept), LAYOUT is bmc, social or lean,\n\
    NOTES the number of notes, FINAL is `final` for the version marked final, else `-`.")]
pub struct VersionsArgs {
    /// The .ron or .md model.
    pub file: PathBuf,
}

/// Arguments of `holst diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Output: one line per difference from A to B, nothing for unchanged notes:\n  \
    + [block] text          a note only in B (added)\n  \
    - [block] text          a note only in A (removed)\n  \
    ~ [block] old → new     the note's text changed (block as in A)\n  \
    > [from → to] text      the note moved to another block (text as in B)\n  \
    +/-/~ [hypothesis] text a hypothesis card only in B, only in A, or changed (its fields\n  \
                            in parentheses)\n\
    A note both reworded and moved gives a `~` line and then a `>` line. Blocks are shown by id\n\
    (e.g. [channels]); line breaks in a text are shown as ` / `. Notes are matched by id, or by\n\
    equal text ignoring spacing and case. Positions inside a block and colours are not listed;\n\
    a summary with the counts, colour changes included, goes to stderr.\n\
    --format json prints one JSON object instead: `a` and `b` (index, name), `counts`, and\n\
    `differences`, one object per difference, colour changes included (see the README).\n\
    Exit status, as diff(1): 0 when the versions are the same, 1 when they differ (--exit-zero:\n\
    0 then too), 2 on trouble (an unreadable file, no such version)."
)]
pub struct DiffArgs {
    /// The .ron or .md model.
    pub file: PathBuf,
    /// The earlier version, by name or 1-based number.
    #[arg(value_name = "A")]
    pub a: String,
    /// The later version, by name or 1-based number.
    #[arg(value_name = "B")]
    pub b: String,
    /// Exit 0 even when the versions differ (errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Output: `text` (one line per difference) or `json` (one object per difference).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// Language of the summary and messages: ru or en (default: the locale's).
    #[arg(long, value_parser = super::words::parse_lang)]
    pub lang: Option<crate::model::Lang>,
}

/// Reads a model, passing the reader's warnings to stderr (in the locale's language).
fn load(file: &Path, lang: Option<Lang>) -> Result<Model> {
    super::load(file, super::words::messages(lang)).map(|l| l.model)
}

/// Puts a text on one line: line breaks become ` / `, tabs become spaces.
pub(crate) fn one_line(text: &str) -> String {
    text.trim_end_matches('\n')
        .split('\n')
        .collect::<Vec<_>>()
        .join(" / ")
        .replace('\t', " ")
}

/// Runs `holst versions`.
pub fn versions(args: &VersionsArgs) -> Result<()> {
    let model = load(&args.file, None)?;
    for line in version_lines(&model) {
        super::say(line);
    }
    Ok(())
}

/// The lines `holst versions` prints.
fn version_lines(model: &Model) -> Vec<String> {
    model
        .versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mark = if model.final_version == Some(v.id) {
                "final"
            } else {
                "-"
            };
            format!(
                "{}\t{}\t{}\t{}\t{mark}",
                i + 1,
                one_line(&v.name),
                v.layout.id(),
                v.notes.len()
            )
        })
        .collect()
}

/// Runs `holst diff`: the exit code says whether the versions differ (1) or not (0).
pub fn run_diff(args: &DiffArgs) -> Result<ExitCode> {
    let lang = super::words::messages(args.lang);
    let model = load(&args.file, args.lang)?;
    let a = super::find_version(&model, &args.file, &args.a)?;
    let b = super::find_version(&model, &args.file, &args.b)?;
    let d = diff(a, b);
    if args.format == "json" {
        let index = |id| model.versions.iter().position(|v| v.id == id).unwrap_or(0) + 1;
        super::say(crate::diff::to_json(&d, (index(a.id), a), (index(b.id), b)));
    } else {
        for item in d.items() {
            if let Some(line) = item_line(&item) {
                super::say(line);
            }
        }
    }
    let c = d.counts();
    let (an, bn) = (one_line(&a.name), one_line(&b.name));
    let summary = crate::i18n::Message::new("diff-summary")
        .arg("a", an)
        .arg("b", bn)
        .arg("added", c.added)
        .arg("removed", c.removed)
        .arg("changed", c.changed)
        .arg("moved", c.moved)
        .arg("recoloured", c.recoloured)
        .arg("cards", c.cards);
    eprintln!("{}", summary.text(lang));
    if c.method > 0 {
        let method = crate::i18n::Message::new("diff-summary-method").arg("count", c.method);
        eprintln!("{}", method.text(lang));
    }
    Ok(if !d.is_empty() && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The line `holst diff` prints for a difference; `None` for a colour change, which it
/// does not list.
pub(crate) fn item_line(item: &Item<'_>) -> Option<String> {
    let card = |sign: &str, text: &str| format!("{sign} [hypothesis] {}", one_line(text));
    match item {
        Item::Note(change) => change_line(change),
        Item::Card(CardChange::Added { card: c }) => Some(card("+", &c.hypothesis)),
        Item::Card(CardChange::Removed { card: c }) => Some(card("-", &c.hypothesis)),
        Item::Card(CardChange::Changed { after, fields, .. }) => {
            let fields: Vec<&str> = fields.iter().map(|f| f.id()).collect();
            Some(format!(
                "{} ({})",
                card("~", &after.hypothesis),
                fields.join(", ")
            ))
        }
        Item::Method(m) => Some(method_line(m)),
    }
}

/// The line `holst diff` prints for a difference of the course's method: `+`/`-` for a
/// tie, `~` for a profile, the social enterprise or the description.
pub(crate) fn method_line(m: &MethodChange) -> String {
    let fields =
        |f: &[crate::diff::MethodField]| f.iter().map(|f| f.id()).collect::<Vec<_>>().join(", ");
    match m {
        MethodChange::TieAdded { note, segment } => format!(
            "+ [tie] {} → {}",
            one_line(&note.text),
            one_line(&segment.text)
        ),
        MethodChange::TieRemoved { note, segment } => format!(
            "- [tie] {} → {}",
            one_line(&note.text),
            one_line(&segment.text)
        ),
        MethodChange::ProfileChanged {
            after, fields: f, ..
        } => {
            format!("~ [profile] {} ({})", one_line(&after.text), fields(f))
        }
        MethodChange::SocialChanged { fields: f, .. } => format!("~ [social] ({})", fields(f)),
        MethodChange::DescriptionChanged { before, after } => {
            format!("~ [description] {} → {}", one_line(before), one_line(after))
        }
    }
}

/// The line `holst diff` prints for a note change; `None` for a colour change, which it
/// does not list.
pub(crate) fn change_line(change: &Change) -> Option<String> {
    Some(match change {
        Change::Added { note } => format!("+ [{}] {}", note.block.id(), one_line(&note.text)),
        Change::Removed { note } => format!("- [{}] {}", note.block.id(), one_line(&note.text)),
        Change::Changed { before, after } => format!(
            "~ [{}] {} → {}",
            before.block.id(),
            one_line(&before.text),
            one_line(&after.text)
        ),
        Change::Moved { before, after } => format!(
            "> [{} → {}] {}",
            before.block.id(),
            after.block.id(),
            one_line(&after.text)
        ),
        Change::Recoloured { .. } => return None,
    })
}

/// Finds a version by name or 1-based number, or says which ones the file has.
pub(crate) fn find_version<'m>(model: &'m Model, file: &Path, key: &str) -> Result<&'m Version> {
    if let Some(v) = model.find_version(key) {
        return Ok(v);
    }
    let list: Vec<String> = model
        .versions
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{} «{}»", i + 1, v.name))
        .collect();
    Err(Msg::new("cli-no-version")
        .arg("path", file.display().to_string())
        .arg("key", key)
        .arg("count", model.versions.len())
        .arg("list", list.join(", "))
        .into())
}

#[cfg(test)]
mod tests {
    use super::{change_line, one_line, version_lines};
    use crate::diff::Change;
    use crate::model::{BlockId, Colour, LayoutKind, Model, Note, NoteId, VersionId};
    use crate::ops::{History, fork_version};

    fn note(block: BlockId, text: &str) -> Note {
        Note {
            id: NoteId(1),
            block,
            colour: Colour::Yellow,
            x: 0.0,
            y: 0.0,
            text: text.into(),
        }
    }

    #[test]
    fn multi_line_texts_stay_on_one_line() {
        assert_eq!(one_line("a\nb\n\nc\n"), "a / b /  / c");
        assert_eq!(one_line("a\tb"), "a b");
    }

    #[test]
    fn each_kind_has_its_line_and_colour_changes_have_none() {
        let a = note(BlockId::Channels, "Ярмарки\nвыходного дня");
        let b = note(BlockId::CustomerRelationships, "Ярмарки");
        assert_eq!(
            change_line(&Change::Added { note: a.clone() }).as_deref(),
            Some("+ [channels] Ярмарки / выходного дня")
        );
        assert_eq!(
            change_line(&Change::Removed { note: b.clone() }).as_deref(),
            Some("- [customer_relationships] Ярмарки")
        );
        assert_eq!(
            change_line(&Change::Changed {
                before: a.clone(),
                after: b.clone()
            })
            .as_deref(),
            Some("~ [channels] Ярмарки / выходного дня → Ярмарки")
        );
        assert_eq!(
            change_line(&Change::Moved {
                before: a.clone(),
                after: b.clone()
            })
            .as_deref(),
            Some("> [channels → customer_relationships] Ярмарки")
        );
        assert_eq!(
            change_line(&Change::Recoloured {
                before: a,
                after: b
            }),
            None
        );
    }

    #[test]
    fn version_lines_show_index_name_layout_count_and_final_mark() {
        let mut model = Model::new("M", "Первая\tверсия", LayoutKind::Bmc);
        let mut history = History::new();
        let fork = fork_version(&model, VersionId(1), "Вторая").expect("fork");
        history.apply(&mut model, &fork).expect("apply");
        model.versions[0].notes.push(note(BlockId::Channels, "x"));
        model.final_version = Some(model.versions[1].id);
        assert_eq!(
            version_lines(&model),
            vec!["1\tПервая версия\tbmc\t1\t-", "2\tВторая\tbmc\t0\tfinal"]
        );
    }
}
