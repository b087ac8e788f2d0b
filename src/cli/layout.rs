//! `holst check`'s layout warnings: notes drawn over each other, notes placed outside
//! their block, notes a block hides for want of room, as the canvas draws them
//! (`geometry::layout_problems`, the function the editor and the print use).

use std::path::Path;

use crate::geometry::{LayoutProblem, layout_problems};
use crate::i18n::{Message, tr};
use crate::model::{Lang, Model, NoteId, Version};

/// Prints the layout warnings of every version to stderr, one line each naming the file,
/// the version, the block and the notes; returns how many there were.
pub(super) fn warn(model: &Model, file: &Path, lang: Lang) -> usize {
    let mut count = 0;
    for v in &model.versions {
        for p in layout_problems(v) {
            count += 1;
            eprintln!(
                "{}: {}: {}",
                file.display(),
                tr(lang, "cli-warning"),
                describe(v, &p, lang)
            );
        }
    }
    count
}

/// A note as named in a warning: its id and the start of its text.
fn note(v: &Version, id: NoteId) -> String {
    let text = v.note(id).map_or("", |n| n.text.as_str());
    let mut short: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if short.chars().count() > 30 {
        short = short.chars().take(30).collect::<String>() + "…";
    }
    format!("{} «{short}»", id.0)
}

fn describe(version: &Version, problem: &LayoutProblem, lang: Lang) -> String {
    let (id, block) = match problem {
        LayoutProblem::Overlap(b, ..) => ("layout-overlap", b),
        LayoutProblem::Outside(b, _) => ("layout-outside", b),
        LayoutProblem::Hidden(b, _) => ("layout-hidden", b),
    };
    let message = Message::new(id)
        .arg("version", version.name.clone())
        .arg("block", block.title_in(version.layout, lang).to_owned());
    let message = match *problem {
        LayoutProblem::Overlap(_, first, second) => message
            .arg("a", note(version, first))
            .arg("b", note(version, second)),
        LayoutProblem::Outside(_, id) => message.arg("note", note(version, id)),
        LayoutProblem::Hidden(_, count) => message.arg("count", count),
    };
    message.text(lang)
}
