//! A first argument that is neither a subcommand nor a file to open: the usage error with
//! the nearest subcommand, as clap words it for unknown subcommands.

use std::fmt::Write as _;
use std::path::Path;

use clap::CommandFactory;

use super::Cli;
use crate::storage::Format;

/// Subcommand names, for the mistyped-subcommand check.
const SUBCOMMANDS: [&str; 11] = [
    "templates",
    "new",
    "check",
    "convert",
    "export",
    "versions",
    "diff",
    "merge",
    "serve",
    "sync",
    "help",
];

/// Edit distance between two words (Levenshtein), for suggestions.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// A usage error for a first argument that is neither a subcommand nor a file to open: no
/// extension Holst reads and no such path (`holst chek m.ron`). `None` when it may be a
/// file for the editor.
pub(super) fn mistyped_subcommand(args: &[String]) -> Option<clap::Error> {
    let first = args.get(1)?;
    if first.starts_with('-') || SUBCOMMANDS.contains(&first.as_str()) {
        return None;
    }
    let path = Path::new(first);
    if Format::of(path).is_some() || path.exists() {
        return None;
    }
    let mut text = format!("unrecognized subcommand '{first}'");
    if let Some(near) = SUBCOMMANDS
        .iter()
        .filter(|s| distance(s, first) <= 2)
        .min_by_key(|s| distance(s, first))
    {
        let _ = write!(text, "\n\n  tip: a similar subcommand exists: '{near}'");
    }
    let _ = write!(
        text,
        "\n  tip: to open a file, name a .ron, .md or .canvas file or an existing folder\n\n{}",
        Cli::command().render_usage()
    );
    Some(clap::Error::raw(
        clap::error::ErrorKind::InvalidSubcommand,
        format!("{text}\n"),
    ))
}
