//! Line-level syntax: front matter, headings, list markers, item continuation, key lines,
//! and how a file's `##` headings are meant.

use std::iter::Peekable;

use super::{Special, loose};
use crate::model::BlockId;

/// One line of the input: its 1-based number and its text without the line ending.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    /// 1-based line number.
    pub no: usize,
    /// The line's text.
    pub text: &'a str,
}

/// How the `##` headings of a file are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// `##` is a version, `###` a block.
    Versions,
    /// No `##` heading: one version, `###` is a block.
    Single,
    /// Every `##` heading names a block or section: one version, `##` is a block.
    BlocksAtTwo,
}

/// Most continuation lines one list item may have. A note of at most
/// [`MAX_TEXT_CHARS`](crate::model::MAX_TEXT_CHARS) characters has fewer lines than that,
/// and a card's five fields and note links fit too; the bound keeps one item's lines in
/// memory small whatever the file holds.
pub(super) const MAX_ITEM_LINES: usize = 1_000_000;

/// The lines of a text: `\r\n`, `\n` and a lone `\r` (old Mac files) each end one.
pub(super) fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

/// The lines of a text with their 1-based numbers. Made on the fly, never stored: the
/// reader keeps in memory only what it builds, however many lines a file has.
pub(super) fn numbered(text: &str) -> impl Iterator<Item = Line<'_>> {
    split_lines(text)
        .enumerate()
        .map(|(i, text)| Line { no: i + 1, text })
}

/// Lines of a leading YAML front matter block (`---` … `---` or `...`), 0 when none.
pub(super) fn front_matter_len<'a>(mut lines: impl Iterator<Item = Line<'a>>) -> usize {
    if lines.next().is_none_or(|l| l.text.trim_end() != "---") {
        return 0;
    }
    for (i, l) in lines.enumerate() {
        let t = l.text.trim_end();
        if t == "---" || t == "..." {
            return i + 2;
        }
    }
    0
}

/// A heading at the start of a line: its level (1–6) and trimmed text.
pub(super) fn heading(text: &str) -> Option<(usize, &str)> {
    let level = text.bytes().take_while(|b| *b == b'#').count();
    let rest = text.get(level..)?;
    if (1..=6).contains(&level) && (rest.is_empty() || rest.starts_with([' ', '\t'])) {
        Some((level, rest.trim()))
    } else {
        None
    }
}

/// The text after a list marker (`-`, `*`, `+`, `1.`, `1)`), if the line is a list item.
pub(super) fn list_item(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let after = if let Some(rest) = t.strip_prefix(['-', '*', '+']) {
        rest
    } else {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        t.get(digits..)?.strip_prefix(['.', ')'])?
    };
    if after.is_empty() || after.starts_with([' ', '\t']) {
        Some(after.trim_start())
    } else {
        None
    }
}

/// Whether a line is indented enough to continue a list item.
pub(super) fn is_indented(text: &str) -> bool {
    text.starts_with("  ") || text.starts_with('\t')
}

/// Takes the continuation lines of a list item from the lines after it: indented lines,
/// and blank lines followed by an indented one (given as empty lines). Blank lines after
/// the item are taken too (they mean nothing). `Err` with the line at which the item
/// passes [`MAX_ITEM_LINES`].
pub(super) fn take_rest<'a>(
    lines: &mut Peekable<impl Iterator<Item = Line<'a>>>,
) -> Result<Vec<Line<'a>>, Line<'a>> {
    let mut rest = Vec::new();
    // A run of blank lines not yet known to be inside the item: its first line and length.
    let mut blanks: Option<(usize, usize)> = None;
    while let Some(&l) = lines.peek() {
        if l.text.trim().is_empty() {
            blanks = Some(blanks.map_or((l.no, 1), |(first, n)| (first, n + 1)));
        } else if is_indented(l.text) {
            let (first, n) = blanks.take().unwrap_or((l.no, 0));
            if rest.len() + n >= MAX_ITEM_LINES {
                return Err(l);
            }
            rest.extend((first..first + n).map(|no| Line { no, text: "" }));
            rest.push(l);
        } else {
            break;
        }
        lines.next();
    }
    Ok(rest)
}

/// A line's text in guillemets for a message, shortened when long.
pub(super) fn quote(text: &str) -> String {
    let t = text.trim();
    let short: String = t.chars().take(60).collect();
    if short.len() < t.len() {
        format!("«{short}…»")
    } else {
        format!("«{short}»")
    }
}

/// Whether a heading text names a block or a section.
pub(super) fn names_section(text: &str) -> bool {
    BlockId::parse(text).is_some() || Special::parse(text).is_some()
}

/// The key and value of a `layout:` or `final:` line.
pub(super) fn key_value(text: &str) -> Option<(KeyLine, &str)> {
    let (key, value) = text.split_once(':')?;
    let key = match loose(key).as_str() {
        "layout" | "макет" => KeyLine::Layout,
        "final" | "итоговая" | "итоговый" => KeyLine::Final,
        _ => return None,
    };
    Some((key, value.trim()))
}

/// The keys read directly under a version heading.
#[derive(Debug, Clone, Copy)]
pub(super) enum KeyLine {
    /// `layout:`
    Layout,
    /// `final:` (or `итоговая:`)
    Final,
}

/// Versions, unless every `##` heading names a block or section and none carries key
/// lines; [`Mode::Single`] when there is no `##` heading.
pub(super) fn detect_mode<'a>(body: impl Iterator<Item = Line<'a>>) -> Mode {
    let mut any = false;
    // The last line that was not blank was a `##` heading naming a block.
    let mut after_heading = false;
    for l in body {
        if l.text.trim().is_empty() {
            continue;
        }
        if after_heading && key_value(l.text).is_some() {
            return Mode::Versions;
        }
        after_heading = false;
        if let Some((2, text)) = heading(l.text) {
            any = true;
            if !names_section(text) {
                return Mode::Versions;
            }
            after_heading = true;
        }
    }
    if any { Mode::BlocksAtTwo } else { Mode::Single }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
        numbered(text)
    }

    /// The continuation lines `take_rest` finds after an item, as (number, text), and the
    /// number of the line it stops at.
    fn rest(text: &str) -> (Vec<(usize, &str)>, Option<usize>) {
        let mut it = numbered(text).peekable();
        let rest = take_rest(&mut it).unwrap();
        let rest = rest.iter().map(|l| (l.no, l.text)).collect();
        (rest, it.next().map(|l| l.no))
    }

    #[test]
    fn headings_need_a_space_after_the_hashes() {
        assert_eq!(heading("## Каналы "), Some((2, "Каналы")));
        assert_eq!(heading("#"), Some((1, "")));
        assert_eq!(heading("#tag"), None);
        assert_eq!(heading("####### seven"), None);
    }

    #[test]
    fn list_markers_of_every_kind_are_items() {
        for (line, head) in [
            ("- a", "a"),
            ("* a", "a"),
            ("+ a", "a"),
            ("12. a", "a"),
            ("1) a", "a"),
            ("-", ""),
        ] {
            assert_eq!(list_item(line), Some(head), "{line}");
        }
        for line in ["-a", "---", "1.a", "a. b", "1234567890. x"] {
            assert_eq!(list_item(line), None, "{line}");
        }
    }

    #[test]
    fn an_item_continues_over_indented_lines_and_inner_blank_lines_only() {
        assert_eq!(
            rest("  b\n\n\tc\n\nnext"),
            (vec![(1, "  b"), (2, ""), (3, "\tc")], Some(5))
        );
        assert_eq!(rest("\n\nnext"), (vec![], Some(3)));
        assert_eq!(
            rest("  a\r  b\r\n\r\n"),
            (vec![(1, "  a"), (2, "  b")], None)
        );
    }

    #[test]
    fn front_matter_is_skipped_only_when_closed() {
        assert_eq!(front_matter_len(lines("---\ntags: [a]\n---\n# T")), 3);
        assert_eq!(front_matter_len(lines("---\n# T")), 0);
        assert_eq!(front_matter_len(lines("# T\n---\n")), 0);
    }

    #[test]
    fn key_lines_under_a_block_named_version_make_it_a_version() {
        assert_eq!(
            detect_mode(lines("## Key Partners\n- a\n## Channels")),
            Mode::BlocksAtTwo
        );
        assert_eq!(
            detect_mode(lines("## Каналы\n\nlayout: bmc")),
            Mode::Versions
        );
        assert_eq!(detect_mode(lines("## Версия 1")), Mode::Versions);
        assert_eq!(detect_mode(lines("### Каналы")), Mode::Single);
        assert_eq!(
            detect_mode(lines("## Каналы\n## Клиенты\nlayout: bmc")),
            Mode::Versions,
            "the key line under the second heading counts"
        );
    }
}
