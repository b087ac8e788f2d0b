//! `holst merge FILE --from A --into B [--only ID...] [--dry-run]`: takes the differences
//! of version A into version B (all, or those of the given notes and cards) and writes the
//! file atomically, with the same code the compare view's "Take into the other version"
//! uses ([`crate::diff::Diff::take`]).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::versions::one_line;
use super::words::{self, Msg};
use crate::diff::{CardChange, Change, Item, Key, MethodChange, Side, diff};
use crate::i18n::Message;
use crate::model::{Lang, Model};
use crate::ops::History;
use crate::storage::{self, Format, WriteOptions};

/// Arguments of `holst merge`.
#[derive(Debug, Args)]
#[command(
    after_help = "Takes into version B what version A has: notes only in A are added to B, notes \
    only in B removed,\nreworded, moved and recoloured notes get A's text, place and colour, \
    hypothesis cards A's content.\nWith --only, just the differences of those notes (by id, as \
    `holst diff --format json` lists\nthem) and cards (`card:ID`). One line per change, then a \
    summary; the file is written atomically.\n  \
    add [block] text, remove [block] text, reword [block] old → new, move [from → to] text,\n  \
    recolour [block] text: old → new, add/remove/update [hypothesis] text\n\
    Refused (exit 1, nothing written): a file open in a Holst window, a folder, a .canvas \
    file (it\ncannot keep hypothesis cards), a Markdown file Holst would not write back as \
    it is, an --only\nID no difference concerns. Exit 0 otherwise, also when there is nothing \
    to take."
)]
pub struct MergeArgs {
    /// The .ron (or Holst-style .md) model; it is rewritten.
    pub file: PathBuf,
    /// The version to take from, by name or 1-based number.
    #[arg(long, value_name = "A")]
    pub from: String,
    /// The version to take into, by name or 1-based number.
    #[arg(long, value_name = "B")]
    pub into: String,
    /// Take only the differences of these note ids (`card:ID` for a hypothesis card).
    #[arg(long, value_name = "ID", num_args = 1..)]
    pub only: Vec<String>,
    /// Print what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Language of messages: ru or en (default: the locale's).
    #[arg(long, value_parser = super::words::parse_lang)]
    pub lang: Option<Lang>,
}

/// What `--only` names: a note id or a card id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Only {
    Note(u64),
    Card(u64),
}

fn parse_only(text: &str) -> Result<Only> {
    let t = text.trim();
    let (card, number) = match t.strip_prefix("card:") {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let id: u64 = number
        .parse()
        .map_err(|_| Msg::from(Message::new("merge-only-bad").arg("text", text)))?;
    Ok(if card { Only::Card(id) } else { Only::Note(id) })
}

fn selects(only: Only, item: &Item<'_>) -> bool {
    let key = item.key();
    match only {
        Only::Note(id) => !key.kind.is_card() && key.concerns(id),
        Only::Card(id) => key.kind.is_card() && key.concerns(id),
    }
}

/// What taking a difference of the diff from A (source) to B (target) into B does, in
/// one line.
fn action_line(item: &Item<'_>) -> String {
    let block = |n: &crate::model::Note| n.block.id();
    match item {
        Item::Note(Change::Added { note }) => {
            format!("remove [{}] {}", block(note), one_line(&note.text))
        }
        Item::Note(Change::Removed { note }) => {
            format!("add [{}] {}", block(note), one_line(&note.text))
        }
        Item::Note(Change::Changed { before, after }) => format!(
            "reword [{}] {} → {}",
            block(after),
            one_line(&after.text),
            one_line(&before.text)
        ),
        Item::Note(Change::Moved { before, after }) => format!(
            "move [{} → {}] {}",
            block(after),
            block(before),
            one_line(&after.text)
        ),
        Item::Note(Change::Recoloured { before, after }) => format!(
            "recolour [{}] {}: {} → {}",
            block(after),
            one_line(&after.text),
            after.colour.name(),
            before.colour.name()
        ),
        Item::Card(CardChange::Added { card }) => {
            format!("remove [hypothesis] {}", one_line(&card.hypothesis))
        }
        Item::Card(CardChange::Removed { card }) => {
            format!("add [hypothesis] {}", one_line(&card.hypothesis))
        }
        Item::Card(CardChange::Changed { after, fields, .. }) => {
            let fields: Vec<&str> = fields.iter().map(|f| f.id()).collect();
            format!(
                "update [hypothesis] {} ({})",
                one_line(&after.hypothesis),
                fields.join(", ")
            )
        }
        Item::Method(m) => method_action(m),
    }
}

/// What taking a difference of the course's method into B does, in one line.
fn method_action(m: &MethodChange) -> String {
    let fields =
        |f: &[crate::diff::MethodField]| f.iter().map(|f| f.id()).collect::<Vec<_>>().join(", ");
    match m {
        MethodChange::TieAdded { note, segment } => format!(
            "untie [tie] {} → {}",
            one_line(&note.text),
            one_line(&segment.text)
        ),
        MethodChange::TieRemoved { note, segment } => format!(
            "tie [tie] {} → {}",
            one_line(&note.text),
            one_line(&segment.text)
        ),
        MethodChange::ProfileChanged {
            after, fields: f, ..
        } => {
            format!("update [profile] {} ({})", one_line(&after.text), fields(f))
        }
        MethodChange::SocialChanged { fields: f, .. } => {
            format!("update [social] ({})", fields(f))
        }
        MethodChange::DescriptionChanged { before, .. } => {
            format!("update [description] {}", one_line(before))
        }
    }
}

/// Refuses files that merge cannot write back without losing something: folders, JSON
/// Canvas (no hypothesis cards), Markdown that Holst would write otherwise than it is.
fn check_writable(file: &Path, loaded: &storage::Loaded, options: &WriteOptions) -> Result<()> {
    let path = file.display().to_string();
    let refuse = |id: &'static str| Err(Msg::from(Message::new(id).arg("path", &path)).into());
    if file.is_dir() || Format::of(file).is_none() {
        return refuse("merge-not-a-file");
    }
    if !loaded.warnings.is_empty() {
        return refuse("merge-partly-read");
    }
    match loaded.format {
        Format::Ron => Ok(()),
        Format::Canvas => refuse("merge-canvas"),
        Format::Markdown => {
            let now = std::fs::read_to_string(file).unwrap_or_default();
            if storage::serialise_with(&loaded.model, Format::Markdown, options) == now {
                Ok(())
            } else {
                refuse("merge-markdown-differs")
            }
        }
    }
}

/// Holds the file's editor lock while merging, or says which window has the file open.
fn lock(file: &Path) -> Result<Option<storage::lock::FileLock>> {
    let Some(dirs) = storage::config::Dirs::platform() else {
        return Ok(None);
    };
    let path = storage::lock::document_lock_path(&dirs.lock_dir, file);
    match storage::lock::FileLock::try_acquire(&path) {
        Ok(Ok(lock)) => Ok(Some(lock)),
        Ok(Err(holder)) => {
            let pid = holder
                .pid
                .map(|p| format!(" (process {p})"))
                .unwrap_or_default();
            let message = Message::new("merge-locked")
                .arg("path", file.display().to_string())
                .arg("pid", pid);
            Err(Msg::from(message).into())
        }
        // No lock folder to write: nothing can hold the file open either.
        Err(_) => Ok(None),
    }
}

/// Runs `holst merge`.
pub fn run(args: &MergeArgs) -> Result<()> {
    let lang = words::messages(args.lang);
    let only: Vec<Only> = args
        .only
        .iter()
        .map(|s| parse_only(s))
        .collect::<Result<_>>()?;
    let _lock = if args.dry_run {
        None
    } else {
        lock(&args.file)?
    };
    let loaded = super::load(&args.file, lang)?;
    let options = WriteOptions {
        lang: words::model_lang(&loaded.model),
        ..WriteOptions::default()
    };
    check_writable(&args.file, &loaded, &options)?;
    let mut model: Model = loaded.model;
    let from = super::find_version(&model, &args.file, &args.from)?;
    let into = super::find_version(&model, &args.file, &args.into)?;
    let (from_id, into_id) = (from.id, into.id);
    let names = (one_line(&from.name), one_line(&into.name));
    if from_id == into_id {
        let message = Message::new("merge-same-version").arg("version", &names.0);
        return Err(Msg::from(message).into());
    }
    let d = diff(from, into);
    let items: Vec<Item<'_>> = d
        .items()
        .into_iter()
        .filter(|i| only.is_empty() || only.iter().any(|o| selects(*o, i)))
        .collect();
    if let Some(missing) = only
        .iter()
        .find(|o| !d.items().iter().any(|i| selects(**o, i)))
    {
        let what = match missing {
            Only::Note(id) => format!("note {id}"),
            Only::Card(id) => format!("card:{id}"),
        };
        let message = Message::new("merge-only-unknown")
            .arg("what", what)
            .arg("a", &names.0)
            .arg("b", &names.1);
        return Err(Msg::from(message).into());
    }
    for item in &items {
        super::say(action_line(item));
    }
    let keys: Vec<Key> = items.iter().map(Item::key).collect();
    let ops = d.take(&model, from_id, into_id, &keys, Side::B)?;
    let n = items.len();
    let summary = |id: &'static str| {
        Message::new(id)
            .arg("a", &names.0)
            .arg("b", &names.1)
            .arg("path", args.file.display().to_string())
            .arg("count", n)
            .text(lang)
    };
    if ops.is_empty() {
        super::say(summary("merge-nothing"));
        return Ok(());
    }
    // Applied even on a dry run: an op that cannot apply is reported before anything
    // is written, and the dry run fails where the real one would.
    History::new().apply_all(&mut model, "merge", &ops)?;
    if args.dry_run {
        super::say(summary("merge-dry-run"));
        return Ok(());
    }
    storage::save_with(&model, &args.file, &options)?;
    super::say(summary("merge-wrote"));
    Ok(())
}
