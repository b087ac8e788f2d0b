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
    /// One version; a heading of any level that names a block starts it, deeper headings
    /// are its sub-sections, others are kept in the description (how other tools write).
    Generic,
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

/// What the first pass finds out about a file's headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape {
    /// How `##` headings are meant.
    pub mode: Mode,
    /// Some heading (outside code fences) names a block.
    pub block_heading: bool,
}

/// [`Mode::Versions`] when `##` headings are Holst's versions: one of them is followed by a
/// key line (`layout:`, `final:`), or no heading of level 1 or 2 names a block and a `##`
/// heading naming none has a `###` block (or legend, hypotheses, description) under it.
/// Otherwise [`Mode::Generic`]: blocks at any level, as other tools write them. Lines in
/// code fences do not count.
pub(super) fn detect_shape<'a>(body: impl Iterator<Item = Line<'a>>) -> Shape {
    let mut fence = None;
    // The last line that was not blank was a `##` heading.
    let mut after_heading = false;
    // A `##` heading naming nothing is open (no `#` or `##` heading since).
    let mut open_version = false;
    let (mut block_high, mut version_with_blocks, mut block_heading) = (false, false, false);
    for l in body {
        if let Some(f) = fence {
            if fence_closes(l.text, f) {
                fence = None;
            }
            continue;
        }
        if let Some(f) = fence_opens(l.text) {
            fence = Some(f);
            continue;
        }
        if l.text.trim().is_empty() {
            continue;
        }
        if after_heading && key_value(l.text).is_some() {
            return Shape {
                mode: Mode::Versions,
                block_heading: true,
            };
        }
        after_heading = false;
        let Some((level, text)) = heading(l.text) else {
            continue;
        };
        let names = names_section(text);
        block_heading |= BlockId::parse(text).is_some();
        match level {
            1 | 2 => {
                block_high |= BlockId::parse(text).is_some();
                open_version = level == 2 && !names;
                after_heading = level == 2;
            }
            3 if open_version && names => version_with_blocks = true,
            _ => {}
        }
    }
    let mode = if version_with_blocks && !block_high {
        Mode::Versions
    } else {
        Mode::Generic
    };
    Shape {
        mode,
        block_heading,
    }
}

/// A code fence opened by this line (`CommonMark`: three or more backticks or tildes, any
/// indentation): its character and length.
pub(super) fn fence_opens(text: &str) -> Option<(char, usize)> {
    let t = text.trim_start();
    let c = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = t.chars().take_while(|x| *x == c).count();
    (n >= 3).then_some((c, n))
}

/// Whether this line closes the fence `(char, length)`: only that character, at least as
/// many times.
pub(super) fn fence_closes(text: &str, (c, n): (char, usize)) -> bool {
    let t = text.trim();
    t.chars().count() >= n && t.chars().all(|x| x == c)
}

/// A thematic break: `---`, `***`, `___` (spaces allowed between).
pub(super) fn is_rule(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3 && ['-', '*', '_'].iter().any(|m| t.chars().all(|c| c == *m))
}

/// The cells of a table row (`| a | b |`), trimmed; `None` when the line is no row.
pub(super) fn table_cells(text: &str) -> Option<Vec<&str>> {
    let t = text.trim();
    let inner = t.strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    Some(inner.split('|').map(str::trim).collect())
}

/// Whether table cells are the separator row under a table's header (`|---|:--:|`).
pub(super) fn is_table_rule(cells: &[&str]) -> bool {
    cells.iter().all(|c| {
        let c = c.trim_matches(':');
        !c.is_empty() && c.chars().all(|x| x == '-')
    })
}

/// A text starting with a bold span (`**Label:** rest`, `**Label**: rest`): the label
/// (without a trailing colon) and the rest after it (a leading colon dropped). A struck-out
/// label (`~~**…**~~`) is none.
pub(super) fn bold_label(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start().strip_prefix("**")?;
    let end = t.find("**")?;
    let label = t[..end].trim().trim_end_matches(':').trim();
    let rest = t[end + 2..].trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
    (!label.is_empty()).then_some((label, rest))
}

/// The front matter's `title:` (a YAML plain, single- or double-quoted scalar), if any.
pub(super) fn front_matter_title<'a>(lines: impl Iterator<Item = Line<'a>>) -> Option<String> {
    for l in lines.skip(1) {
        let t = l.text.trim_end();
        if t == "---" || t == "..." {
            break;
        }
        let Some(value) = t.strip_prefix("title:") else {
            continue;
        };
        let v = value.trim();
        let title = if let Some(q) = v.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
            q.replace("''", "'")
        } else if let Some(q) = v.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
            q.replace("\\\"", "\"").replace("\\\\", "\\")
        } else {
            // A plain scalar ends at a comment.
            v.split(" #").next().unwrap_or(v).trim().to_owned()
        };
        return (!title.trim().is_empty()).then(|| title.trim().to_owned());
    }
    None
}

/// A Lean Canvas sub-section: its items are notes of a block of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LeanSub {
    /// «Существующие альтернативы», under Problem.
    ExistingAlternatives,
    /// «Ранние последователи», under Customer Segments.
    EarlyAdopters,
    /// «Концепция высокого уровня», under the Unique Value Proposition.
    HighLevelConcept,
}

impl LeanSub {
    /// The sub-section a name (heading, bold label, group label) means.
    pub fn parse(name: &str) -> Option<LeanSub> {
        match crate::model::normalise(name).as_str() {
            "existing alternatives" | "существующие альтернативы" | "альтернативы" => {
                Some(LeanSub::ExistingAlternatives)
            }
            "early adopters" | "ранние последователи" | "ранние пользователи" => {
                Some(LeanSub::EarlyAdopters)
            }
            "high level concept" | "концепция высокого уровня" => {
                Some(LeanSub::HighLevelConcept)
            }
            _ => None,
        }
    }

    /// The block whose notes it holds.
    pub fn block(self) -> BlockId {
        match self {
            LeanSub::ExistingAlternatives => BlockId::Problem,
            LeanSub::EarlyAdopters => BlockId::CustomerSegments,
            LeanSub::HighLevelConcept => BlockId::ValuePropositions,
        }
    }

    /// Its name as a note prefix, in the language of the name as written.
    pub fn title(self, written: &str) -> &'static str {
        let ru = written
            .chars()
            .any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'));
        match (self, ru) {
            (LeanSub::ExistingAlternatives, false) => "Existing Alternatives",
            (LeanSub::ExistingAlternatives, true) => "Существующие альтернативы",
            (LeanSub::EarlyAdopters, false) => "Early Adopters",
            (LeanSub::EarlyAdopters, true) => "Ранние последователи",
            (LeanSub::HighLevelConcept, false) => "High-Level Concept",
            (LeanSub::HighLevelConcept, true) => "Концепция высокого уровня",
        }
    }
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

    fn mode(text: &str) -> Mode {
        detect_shape(lines(text)).mode
    }

    #[test]
    fn versions_need_key_lines_or_blocks_under_them() {
        assert_eq!(mode("## Key Partners\n- a\n## Channels"), Mode::Generic);
        assert_eq!(mode("## Каналы\n\nlayout: bmc"), Mode::Versions);
        assert_eq!(mode("# T\n## Версия 1\n### Каналы\n- a"), Mode::Versions);
        assert_eq!(mode("### Каналы"), Mode::Generic);
        assert_eq!(
            mode("## Каналы\n## Клиенты\nlayout: bmc"),
            Mode::Versions,
            "the key line under the second heading counts"
        );
        // A `## Notes` section among blocks is no version (issue 15).
        assert_eq!(
            mode("## Channels\n- a\n## Notes\n- b\n### Ideas"),
            Mode::Generic
        );
        assert_eq!(mode("## Summary\n```\n### Channels\n```"), Mode::Generic);
        assert!(!detect_shape(lines("## Summary\n```\n### Channels\n```")).block_heading);
    }

    #[test]
    fn fences_rules_tables_labels_and_front_matter() {
        assert_eq!(fence_opens("  ```text"), Some(('`', 3)));
        assert_eq!(fence_opens("~~~~"), Some(('~', 4)));
        assert_eq!(fence_opens("``"), None);
        assert!(fence_closes("~~~~~", ('~', 4)));
        assert!(!fence_closes("~~~", ('~', 4)));
        assert!(!fence_closes("```x", ('`', 3)));
        assert!(is_rule("---") && is_rule("* * *") && !is_rule("- a") && !is_rule("--"));
        assert_eq!(table_cells("| a | b |"), Some(vec!["a", "b"]));
        assert!(is_table_rule(&["---", ":--:"]) && !is_table_rule(&["a"]));
        assert_eq!(
            bold_label("**Key Partners:** a, b"),
            Some(("Key Partners", "a, b"))
        );
        assert_eq!(bold_label("**Orientation**: x"), Some(("Orientation", "x")));
        assert_eq!(bold_label("~~**Channels**~~"), None);
        let fm = "---\ntags: [a]\ntitle: \"Bread: catering\"\n---\n";
        assert_eq!(
            front_matter_title(lines(fm)).as_deref(),
            Some("Bread: catering")
        );
        let fm = "---\ntitle: 'It''s' \n---\n";
        assert_eq!(front_matter_title(lines(fm)).as_deref(), Some("It's"));
        assert_eq!(
            front_matter_title(lines("---\ntitle: x # c\n---")).as_deref(),
            Some("x")
        );
    }

    #[test]
    fn lean_sub_sections_know_their_block_and_language() {
        let s = LeanSub::parse("EXISTING ALTERNATIVES").unwrap();
        assert_eq!(s.block(), BlockId::Problem);
        assert_eq!(s.title("EXISTING ALTERNATIVES"), "Existing Alternatives");
        let s = LeanSub::parse("Ранние последователи:").unwrap();
        assert_eq!(s.title("Ранние последователи"), "Ранние последователи");
        assert_eq!(
            LeanSub::parse("**High-Level Concept:**"),
            Some(LeanSub::HighLevelConcept)
        );
        assert_eq!(LeanSub::parse("Target customers"), None);
    }
}
