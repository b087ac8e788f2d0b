//! Greedy line breaking with hyphenation, measured with the shipped fonts: the one
//! function ([`wrap_lines`]) the screen, the note editor and the paper take their lines
//! from. [`wrap`] gives the lines as text to draw, [`wrap_ranges`] as byte ranges of the
//! text for the editor, both from the same breaks.

use std::ops::Range;

use super::hyphen::{self, Break};
use super::text::FontMetrics;

/// The hyphen drawn at the end of a line that breaks a word between syllables.
pub const HYPHEN: char = '-';

/// A line filled less than this (as a fraction of its width) is filled up with the first
/// syllables of the next word, when its rules allow a break that fits.
const MIN_FILL: f32 = 0.5;

/// One wrapped line: a byte range of the text, from its first word (or the part of a
/// word it starts with) to its last, and whether a hyphen is drawn after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Where the line is in the text. Runs of whitespace inside it are drawn as one space.
    pub range: Range<usize>,
    /// Whether the line breaks a word between syllables, so a hyphen (not in the text,
    /// its width counted) is drawn at its end.
    pub hyphen: bool,
}

/// Wraps text into lines no wider than `max_width` at `size`.
///
/// Line breaks in the text are kept; runs of spaces collapse to one. A word is broken
/// only when it must be or when the line would otherwise stay less than half full: after
/// a hyphen it has, or between syllables by the rules of its language (Russian for
/// Cyrillic, English for Latin; see `hyphen`) with a hyphen drawn at the end of the line
/// (its width counted). A word with no such break that is still longer than a whole line
/// is cut where the line is full, with a hyphen too. An empty paragraph gives an empty
/// line where it is, so an empty text gives one empty line.
pub fn wrap_lines(font: &FontMetrics, text: &str, size: f32, max_width: f32) -> Vec<Line> {
    let at = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    let mut w = Wrapper {
        font,
        size,
        max: max_width,
        space: font.advance(' ', size),
        hyphen: font.advance(HYPHEN, size),
        lines: Vec::new(),
        line: None,
        line_w: 0.0,
    };
    for paragraph in text.split('\n') {
        for word in paragraph.split_whitespace() {
            w.word(word, at(word));
        }
        let empty = at(paragraph);
        let last = w.line.take().unwrap_or(empty..empty);
        w.lines.push(Line {
            range: last,
            hyphen: false,
        });
        w.line_w = 0.0;
    }
    w.lines
}

/// The lines of [`wrap_lines`] as text to draw: runs of whitespace as one space, and the
/// hyphen at the end of a line that breaks a word between syllables.
pub fn wrap(font: &FontMetrics, text: &str, size: f32, max_width: f32) -> Vec<String> {
    wrap_lines(font, text, size, max_width)
        .into_iter()
        .map(|l| {
            let mut s = text[l.range]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if l.hyphen {
                s.push(HYPHEN);
            }
            s
        })
        .collect()
}

/// The lines of [`wrap_lines`] as byte ranges of `text` (the whitespace between lines
/// and around paragraphs belongs to no line). The text editor lays its text out by these,
/// so typing wraps exactly like the note and the PDF.
pub fn wrap_ranges(font: &FontMetrics, text: &str, size: f32, max_width: f32) -> Vec<Range<usize>> {
    wrap_lines(font, text, size, max_width)
        .into_iter()
        .map(|l| l.range)
        .collect()
}

/// The widths of a word's beginnings, so that any piece of a long word is measured at
/// once instead of character by character (a pasted word of 100 000 letters would
/// otherwise take quadratic time).
struct Prefixes {
    /// Byte offset of each character, and the word's length last.
    at: Vec<usize>,
    /// Width of the word up to each of those offsets (f64: the differences of large sums
    /// stay exact to well below a thousandth of a unit).
    x: Vec<f64>,
}

impl Prefixes {
    fn new(font: &FontMetrics, size: f32, word: &str) -> Self {
        let mut at = Vec::with_capacity(word.len() + 1);
        let mut x = Vec::with_capacity(word.len() + 1);
        let mut sum = 0.0_f64;
        for (i, c) in word.char_indices() {
            at.push(i);
            x.push(sum);
            sum += f64::from(font.advance(c, size));
        }
        at.push(word.len());
        x.push(sum);
        Self { at, x }
    }

    /// Width of the piece between two character boundaries.
    fn width(&self, from: usize, to: usize) -> f32 {
        let x = |byte: usize| self.x[self.at.partition_point(|&a| a < byte)];
        (x(to) - x(from)) as f32
    }
}

/// The state of the text being wrapped.
struct Wrapper<'a> {
    font: &'a FontMetrics,
    size: f32,
    max: f32,
    space: f32,
    hyphen: f32,
    lines: Vec<Line>,
    line: Option<Range<usize>>,
    line_w: f32,
}

impl Wrapper<'_> {
    fn width(&self, s: &str) -> f32 {
        self.font.width(s, self.size)
    }

    /// Ends the current line, with a hyphen drawn after it or not.
    fn flush(&mut self, hyphen: bool) {
        if let Some(range) = self.line.take() {
            self.lines.push(Line { range, hyphen });
        }
        self.line_w = 0.0;
    }

    /// Appends the piece of text at `range` (after a space when the line has some).
    fn push(&mut self, range: Range<usize>, width: f32) {
        if let Some(line) = &mut self.line {
            line.end = range.end;
            self.line_w += self.space + width;
        } else {
            self.line = Some(range);
            self.line_w = width;
        }
    }

    /// Places one word, which starts at byte `offset` of the text.
    fn word(&mut self, word: &str, offset: usize) {
        // Found only for a word that does not fit where it stands.
        let mut breaks: Option<Vec<Break>> = None;
        let mut widths: Option<Prefixes> = None;
        let mut start = 0;
        while start < word.len() {
            let rest_w = match &widths {
                Some(p) => p.width(start, word.len()),
                None => self.width(word),
            };
            let sep = if self.line.is_none() { 0.0 } else { self.space };
            let room = self.max - self.line_w - sep;
            if rest_w <= room {
                self.push(offset + start..offset + word.len(), rest_w);
                return;
            }
            let must = self.line.is_none() || rest_w > self.max;
            let poor = self.line_w < self.max * MIN_FILL;
            if must || poor {
                let widths =
                    widths.get_or_insert_with(|| Prefixes::new(self.font, self.size, word));
                let breaks = breaks.get_or_insert_with(|| hyphen::breaks(word));
                if let Some(b) = self.best_break(widths, start, breaks, room) {
                    let w = widths.width(start, b.at);
                    self.push(offset + start..offset + b.at, w);
                    self.flush(b.hyphen);
                    start = b.at;
                    continue;
                }
                if self.line.is_none() {
                    start = self.cut(word, offset, start, room);
                    continue;
                }
            }
            self.flush(false);
        }
    }

    /// The break furthest into the word, after `start`, whose head (with its hyphen)
    /// fits in `room`.
    fn best_break(
        &self,
        widths: &Prefixes,
        start: usize,
        breaks: &[Break],
        room: f32,
    ) -> Option<Break> {
        let first = breaks.partition_point(|b| b.at <= start);
        breaks[first..]
            .iter()
            .take_while(|b| {
                let extra = if b.hyphen { self.hyphen } else { 0.0 };
                widths.width(start, b.at) + extra <= room
            })
            .last()
            .copied()
    }

    /// The last resort for a word with no break that fits an empty line: as many
    /// characters as fit with a hyphen (at least one), on a line of their own. Returns
    /// where the rest of the word starts.
    fn cut(&mut self, word: &str, offset: usize, start: usize, room: f32) -> usize {
        let mut end = start;
        let mut w = 0.0;
        for (i, c) in word[start..].char_indices() {
            let cw = self.font.advance(c, self.size);
            if end > start && w + cw + self.hyphen > room {
                break;
            }
            w += cw;
            end = start + i + c.len_utf8();
        }
        self.push(offset + start..offset + end, w);
        if end < word.len() {
            self.flush(true);
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::super::{fallback, regular};
    use super::*;

    /// Checks that the lines hold the words of `text` in order, each whole or broken at
    /// the end of a line after a hyphen (its own, or one drawn at a syllable break its
    /// rules allow), and nothing else.
    fn assert_whole_or_hyphenated(lines: &[String], text: &str) {
        let words: Vec<&str> = text.split_whitespace().collect();
        let (mut wi, mut pos) = (0, 0);
        for line in lines {
            let tokens: Vec<&str> = line.split_whitespace().collect();
            for (ti, token) in tokens.iter().enumerate() {
                let word = words.get(wi).copied().unwrap_or_default();
                let rest = &word[pos..];
                if *token == rest {
                    (wi, pos) = (wi + 1, 0);
                    continue;
                }
                let last = ti + 1 == tokens.len();
                let head = token.strip_suffix(HYPHEN).unwrap_or("");
                assert!(
                    last && !head.is_empty(),
                    "«{token}» of {lines:?} is not «{rest}»"
                );
                if rest.starts_with(token) {
                    pos += token.len();
                } else {
                    assert!(
                        rest.starts_with(head),
                        "«{token}» is not the start of «{rest}»"
                    );
                    pos += head.len();
                    assert!(
                        hyphen::breaks(word).contains(&Break {
                            at: pos,
                            hyphen: true
                        }) || hyphen::breaks(word).is_empty(),
                        "«{token}» is no syllable break of «{word}»"
                    );
                }
            }
        }
        assert_eq!(
            (wi, pos),
            (words.len(), 0),
            "{lines:?} lost words of «{text}»"
        );
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text = "Быстрое реагирование на запросы и предоставление предложений клиентам";
        let lines = wrap(regular(), text, 11.0, 100.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(regular().width(l, 11.0) <= 100.0, "{l}");
        }
        assert_whole_or_hyphenated(&lines, text);
    }

    #[test]
    fn wrapping_measures_fallback_glyphs_at_their_width() {
        // Wide fallback glyphs: a line of stars holds fewer of them than of dots.
        let stars = "★ ".repeat(40);
        let lines = wrap(regular(), &stars, 11.0, 100.0);
        let per_line = (100.0 + regular().advance(' ', 11.0))
            / (fallback().advance('★', 11.0) + regular().advance(' ', 11.0));
        for l in &lines {
            assert!(regular().width(l, 11.0) <= 100.0, "{l}");
            assert!(
                l.chars().filter(|c| *c == '★').count() as f32 <= per_line,
                "{l}"
            );
        }
        assert_eq!(lines.concat().chars().filter(|c| *c == '★').count(), 40);
    }

    #[test]
    fn an_overlong_hyphenated_word_breaks_after_its_hyphen() {
        let text = "3 фабрики-поставщики материалов";
        let lines = wrap(regular(), text, 11.0, 112.0);
        assert_whole_or_hyphenated(&lines, text);
        // The word's own hyphen ends a line without a second one drawn after it.
        let w = regular().width("фабрики-по-", 11.0) - 1.0;
        let lines = wrap(regular(), "фабрики-поставщики", 11.0, w);
        assert_eq!(lines[0], "фабрики-", "{lines:?}");
        assert_whole_or_hyphenated(&lines, "фабрики-поставщики");
        assert!(
            wrap(regular(), text, 11.0, 60.0)
                .iter()
                .all(|l| !l.ends_with("--"))
        );
    }

    #[test]
    fn a_word_longer_than_a_line_breaks_between_syllables_with_a_hyphen() {
        for (text, width) in [
            ("сельскохозяйственные предприятия", 100.0),
            ("Микрокредитование", 60.0),
            ("поддержка предпринимательской деятельности", 80.0),
            ("internationalization of microfinance", 70.0),
        ] {
            let lines = wrap(regular(), text, 11.0, width);
            for l in &lines {
                assert!(regular().width(l, 11.0) <= width + 1e-3, "{l} in {lines:?}");
            }
            assert_whole_or_hyphenated(&lines, text);
            assert!(lines.iter().any(|l| l.ends_with(HYPHEN)), "{lines:?}");
        }
    }

    #[test]
    fn a_short_line_is_filled_with_syllables_and_a_full_one_is_not() {
        // «и» alone would leave the line almost empty: the next word starts on it.
        let lines = wrap(regular(), "и сельскохозяйственные", 11.0, 100.0);
        assert!(
            lines[0].starts_with("и ") && lines[0].ends_with(HYPHEN),
            "{lines:?}"
        );
        // A line more than half full ends before the word instead.
        let lines = wrap(regular(), "Налаживание стабильных", 11.0, 100.0);
        assert_eq!(lines, vec!["Налаживание", "стабильных"]);
    }

    #[test]
    fn a_word_with_no_break_is_cut_with_a_hyphen_as_a_last_resort() {
        let text = "ЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩ\nб";
        let lines = wrap(regular(), text, 11.0, 60.0);
        assert!(lines.len() >= 3);
        assert_eq!(lines.last().map(String::as_str), Some("б"));
        let body = &lines[..lines.len() - 1];
        for l in &body[..body.len() - 1] {
            assert!(l.ends_with(HYPHEN), "{l}");
            assert!(regular().width(l, 11.0) <= 60.0, "{l}");
        }
        let joined: String = body.iter().map(|l| l.trim_end_matches(HYPHEN)).collect();
        assert_eq!(joined, "ЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩ");
        // Capitals, digits: no rules, cut all the same; never an empty or endless line.
        let lines = wrap(
            regular(),
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ 12345678901234567890",
            11.0,
            50.0,
        );
        assert!(lines.iter().all(|l| !l.is_empty()));
        // Narrower than one character: one character a line, nothing lost.
        let lines = wrap(regular(), "абв", 11.0, 1.0);
        assert_eq!(
            lines
                .iter()
                .map(|l| l.trim_end_matches(HYPHEN))
                .collect::<String>(),
            "абв"
        );
        assert_eq!(wrap(regular(), "", 11.0, 60.0), vec![String::new()]);
    }

    #[test]
    fn ranges_are_the_lines_in_the_text() {
        let text = "  Быстрое  реагирование на\n\nзапросы и предоставление-предложений-клиентам сельскохозяйственных ";
        let lines = wrap(regular(), text, 11.0, 70.0);
        let ranges = wrap_ranges(regular(), text, 11.0, 70.0);
        let full = wrap_lines(regular(), text, 11.0, 70.0);
        assert_eq!(lines.len(), ranges.len());
        for ((line, r), l) in lines.iter().zip(&ranges).zip(&full) {
            let mut collapsed = text[r.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if l.hyphen {
                collapsed.push(HYPHEN);
            }
            assert_eq!(&collapsed, line);
            assert!(!text[r.clone()].starts_with(' ') && !text[r.clone()].ends_with(' '));
        }
        assert!(full.iter().any(|l| l.hyphen), "a syllable break: {lines:?}");
        assert!(
            ranges.windows(2).all(|w| w[0].end <= w[1].start),
            "in order"
        );
        assert!(
            ranges
                .iter()
                .zip(&lines)
                .any(|(r, l)| r.is_empty() && l.is_empty()),
            "the empty paragraph is a line"
        );
    }
}
