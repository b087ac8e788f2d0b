//! Line-level syntax: front matter, headings, list markers, item continuation, key lines,
//! and how a file's `##` headings are meant.

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

/// Lines of a leading YAML front matter block (`---` … `---` or `...`), 0 when none.
pub(super) fn front_matter_len(lines: &[Line<'_>]) -> usize {
    if lines.first().is_some_and(|l| l.text.trim_end() == "---") {
        for (i, l) in lines.iter().enumerate().skip(1) {
            let t = l.text.trim_end();
            if t == "---" || t == "..." {
                return i + 1;
            }
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

/// The continuation lines of a list item among the lines after it: indented lines, and
/// blank lines followed by an indented one.
pub(super) fn item_rest<'a, 'b>(after: &'b [Line<'a>]) -> &'b [Line<'a>] {
    let mut end = 0;
    for (i, l) in after.iter().enumerate() {
        if is_indented(l.text) && !l.text.trim().is_empty() {
            end = i + 1;
        } else if !l.text.trim().is_empty() {
            break;
        }
    }
    &after[..end]
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
pub(super) fn detect_mode(body: &[Line<'_>]) -> Mode {
    let mut any = false;
    for (i, l) in body.iter().enumerate() {
        if let Some((2, text)) = heading(l.text) {
            any = true;
            let next = body[i + 1..].iter().find(|n| !n.text.trim().is_empty());
            if !names_section(text) || next.is_some_and(|n| key_value(n.text).is_some()) {
                return Mode::Versions;
            }
        }
    }
    if any { Mode::BlocksAtTwo } else { Mode::Single }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.split('\n')
            .enumerate()
            .map(|(i, t)| Line { no: i + 1, text: t })
            .collect()
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
        let l = lines("  b\n\n\tc\n\nnext");
        assert_eq!(item_rest(&l).len(), 3);
        let l = lines("\n\nnext");
        assert!(item_rest(&l).is_empty());
    }

    #[test]
    fn front_matter_is_skipped_only_when_closed() {
        assert_eq!(front_matter_len(&lines("---\ntags: [a]\n---\n# T")), 3);
        assert_eq!(front_matter_len(&lines("---\n# T")), 0);
    }

    #[test]
    fn key_lines_under_a_block_named_version_make_it_a_version() {
        assert_eq!(
            detect_mode(&lines("## Key Partners\n- a\n## Channels")),
            Mode::BlocksAtTwo
        );
        assert_eq!(
            detect_mode(&lines("## Каналы\n\nlayout: bmc")),
            Mode::Versions
        );
        assert_eq!(detect_mode(&lines("## Версия 1")), Mode::Versions);
        assert_eq!(detect_mode(&lines("### Каналы")), Mode::Single);
    }
}
