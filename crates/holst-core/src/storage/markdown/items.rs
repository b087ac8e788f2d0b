//! What one list item means: a note or legend entry (`{color: …}` prefix, checkbox), or a
//! hypothesis card (`[status]` and indented `key: value` lines); and card links by text.

use std::collections::{HashMap, HashSet};

use super::lines::{Line, is_indented};
use super::{Field, Warnings, canonical, collapse, is_colour_key};
use crate::i18n::Message;
use crate::model::{Card, Colour, Lang, MAX_NOTES, Note, NoteId, Status};
use crate::storage::{ParseError, Warning};

/// A list item: its first line, the text after the marker, and its continuation lines
/// (still indented; blank ones included).
#[derive(Debug)]
pub(super) struct Item<'a> {
    pub line: Line<'a>,
    pub head: &'a str,
    pub rest: &'a [Line<'a>],
}

/// A card as read, with its note links still as texts (and their lines).
#[derive(Debug)]
pub(crate) struct RawCard {
    pub card: Card,
    pub refs: Vec<(usize, String)>,
}

/// 1-based column (in characters) where `part`, a slice of `line`, starts.
pub(super) fn column(line: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
    line.get(..offset.min(line.len()))
        .map_or(1, |before| before.chars().count() + 1)
}

/// A continuation line without one level of indentation (two spaces or a tab).
fn dedent(text: &str) -> &str {
    text.strip_prefix('\t')
        .or_else(|| text.strip_prefix("  "))
        .unwrap_or(text)
}

/// A note (or legend entry): its colour, if a prefix gives one, and its text. A task
/// checkbox (`[x] Sign the contract`) stays in the text, as the Obsidian plugin keeps it.
pub(super) fn note(item: &Item<'_>) -> Result<(Option<Colour>, String), ParseError> {
    let (colour, head) = colour_prefix(item.line, item.head)?;
    let mut text = head.to_owned();
    for l in item.rest {
        text.push('\n');
        text.push_str(dedent(l.text));
    }
    Ok((colour, canonical(&text)))
}

/// A leading `{color: NAME}` (or `colour`, `цвет`): the colour and the rest of the text.
/// Braces holding anything else are text.
fn colour_prefix<'a>(line: Line<'_>, s: &'a str) -> Result<(Option<Colour>, &'a str), ParseError> {
    let t = s.trim_start();
    let Some((inner, rest)) = t.strip_prefix('{').and_then(|b| b.split_once('}')) else {
        return Ok((None, s));
    };
    let Some((key, value)) = inner.split_once(':') else {
        return Ok((None, s));
    };
    if !is_colour_key(key) {
        return Ok((None, s));
    }
    let name = value.trim();
    let Some(colour) = Colour::parse(name) else {
        let names: Vec<Message> = Colour::ALL
            .iter()
            .map(|c| {
                Message::new("colour-with-label")
                    .arg("name", c.name())
                    .arg("label", c.label(Lang::Ru))
            })
            .collect();
        return Err(ParseError::new(
            line.no,
            column(line.text, name),
            &Message::new("md-unknown-colour")
                .arg("name", name)
                .arg("names", names),
        ));
    };
    Ok((Some(colour), rest))
}

/// A hypothesis card: `[status] hypothesis`, then indented `key: value` lines; deeper
/// indented lines (and lines that are no key line) continue the field above them.
pub(super) fn card(item: &Item<'_>) -> Result<RawCard, ParseError> {
    let head = item.head;
    let (status, hypothesis) = match head.strip_prefix('[').and_then(|b| b.split_once(']')) {
        Some((word, rest)) => (status(item.line, word)?, rest),
        None => (Status::Untested, head),
    };
    let mut raw = RawCard {
        card: Card {
            status,
            hypothesis: hypothesis.to_owned(),
            ..Card::default()
        },
        refs: Vec::new(),
    };
    let mut current = Field::Hypothesis;
    for l in item.rest {
        let inner = dedent(l.text);
        let (field, value) = if l.text.trim().is_empty() {
            (current, "")
        } else if is_indented(inner) {
            (current, dedent(inner))
        } else if let Some((field, value)) = key_line(inner) {
            current = field;
            match field_text(&mut raw.card, field) {
                Some(t) => {
                    if !t.is_empty() {
                        t.push('\n');
                    }
                    t.push_str(value);
                }
                None => refs(*l, value, &mut raw.refs)?,
            }
            continue;
        } else {
            (current, inner)
        };
        match field_text(&mut raw.card, field) {
            Some(t) => {
                t.push('\n');
                t.push_str(value);
            }
            None => refs(*l, value, &mut raw.refs)?,
        }
    }
    let c = &mut raw.card;
    for t in [
        &mut c.hypothesis,
        &mut c.test,
        &mut c.metric,
        &mut c.criterion,
        &mut c.learning,
    ] {
        *t = canonical(t);
    }
    Ok(raw)
}

/// A `key: value` line of a card with a known key: the field and the value.
fn key_line(text: &str) -> Option<(Field, &str)> {
    let (key, value) = text.split_once(':')?;
    Some((Field::parse(key)?, value.trim_start()))
}

/// The status word in brackets; empty brackets (a task checkbox) are untested.
fn status(line: Line<'_>, word: &str) -> Result<Status, ParseError> {
    let word = word.trim();
    if word.is_empty() {
        return Ok(Status::Untested);
    }
    Status::parse(word).ok_or_else(|| {
        let words = |lang| {
            Status::ALL
                .iter()
                .map(|s| s.label(lang))
                .collect::<Vec<_>>()
                .join(", ")
        };
        ParseError::new(
            line.no,
            column(line.text, word),
            &Message::new("md-unknown-status")
                .arg("word", word)
                .arg("ru", words(Lang::Ru))
                .arg("en", words(Lang::En)),
        )
    })
}

/// The text a field fills; `None` for the note links.
fn field_text(card: &mut Card, field: Field) -> Option<&mut String> {
    match field {
        Field::Hypothesis => Some(&mut card.hypothesis),
        Field::Test => Some(&mut card.test),
        Field::Metric => Some(&mut card.metric),
        Field::Criterion => Some(&mut card.criterion),
        Field::Learning => Some(&mut card.learning),
        Field::Notes => None,
    }
}

/// Note references on one `notes:` line: `«text one»; «text two»`, or bare texts
/// separated by `;`. A card links at most [`MAX_NOTES`] notes; more is an error at the
/// line, found before they are all collected.
fn refs(line: Line<'_>, value: &str, out: &mut Vec<(usize, String)>) -> Result<(), ParseError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(());
    }
    let room = (MAX_NOTES + 1).saturating_sub(out.len());
    if let Some(inner) = v.strip_prefix('«').and_then(|r| r.strip_suffix('»')) {
        out.extend(
            split_quoted(inner, room)
                .into_iter()
                .map(|r| (line.no, r.to_owned())),
        );
    } else {
        for part in v
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .take(room)
        {
            let unquoted = ["«»", "\"\"", "“”"].iter().find_map(|q| {
                let mut cs = q.chars();
                let (open, close) = (cs.next()?, cs.next()?);
                part.strip_prefix(open)?.strip_suffix(close)
            });
            out.push((line.no, unquoted.unwrap_or(part).to_owned()));
        }
    }
    if out.len() > MAX_NOTES {
        return Err(ParseError::new(
            line.no,
            column(line.text, value),
            &Message::new("md-card-links-over").arg("limit", MAX_NOTES),
        ));
    }
    Ok(())
}

/// Splits `a»; «b»;«c` (the inside of `«a»; «b»;«c»`) at every `»;«`, spaces allowed
/// around the `;`; guillemets inside a text stay. At most `max` parts (the last one then
/// stops at its `»`).
pub(super) fn split_quoted(inner: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut search) = (0, 0);
    while let Some(pos) = inner.get(search..).and_then(|s| s.find('»')) {
        let at = search + pos;
        let after = inner.get(at + '»'.len_utf8()..).unwrap_or("");
        let next = after
            .trim_start()
            .strip_prefix(';')
            .map(str::trim_start)
            .and_then(|t| t.strip_prefix('«'));
        if let Some(next) = next {
            parts.push(inner.get(start..at).unwrap_or(""));
            if parts.len() >= max {
                return parts;
            }
            start = inner.len() - next.len();
            search = start;
        } else {
            search = at + '»'.len_utf8();
        }
    }
    parts.push(inner.get(start..).unwrap_or(""));
    parts
}

/// Card links by text for the notes of one version: note texts with whitespace collapsed,
/// exact and lower-cased, indexed once so that linking stays linear in the number of notes
/// and links however many cards there are.
pub(super) struct Linker {
    exact: HashMap<String, Vec<usize>>,
    loose: HashMap<String, Vec<usize>>,
}

/// The first entry of `list`, from `*cursor` on, that is not `used`; the cursor moves past
/// used entries (entries only ever become used, so nothing before it is free).
fn first_unused(list: &[usize], used: &HashSet<usize>, cursor: &mut usize) -> Option<usize> {
    while let Some(i) = list.get(*cursor) {
        if !used.contains(i) {
            return Some(*i);
        }
        *cursor += 1;
    }
    None
}

impl Linker {
    /// Indexes the texts of a version's notes.
    pub fn new(notes: &[Note]) -> Self {
        let mut linker = Linker {
            exact: HashMap::new(),
            loose: HashMap::new(),
        };
        for (i, n) in notes.iter().enumerate() {
            let text = collapse(&n.text);
            linker.loose.entry(text.to_lowercase()).or_default().push(i);
            linker.exact.entry(text).or_default().push(i);
        }
        linker
    }

    /// Note ids for the references of a card, matching note texts with whitespace
    /// collapsed: a note not yet linked by this card first, exact before case-insensitive.
    /// A reference that matches no note is a warning.
    pub fn link(
        &self,
        notes: &[Note],
        refs: &[(usize, String)],
        warnings: &mut Warnings,
    ) -> Vec<NoteId> {
        let unknown = |line: usize, r: &str| {
            Warning::new(line, &Message::new("md-card-link-missing").arg("text", r))
        };
        self.link_each(notes, refs, warnings, unknown)
            .into_iter()
            .flatten()
            .collect()
    }

    /// The note each reference names, by the rules of [`Self::link`]; `None`, with the
    /// warning `unknown` makes, for a reference that matches no note.
    pub fn link_each(
        &self,
        notes: &[Note],
        refs: &[(usize, String)],
        warnings: &mut Warnings,
        unknown: impl Fn(usize, &str) -> Warning,
    ) -> Vec<Option<NoteId>> {
        let mut used: HashSet<usize> = HashSet::new();
        let mut cursors: HashMap<(bool, String), usize> = HashMap::new();
        let mut linked = Vec::new();
        let none: &[usize] = &[];
        for (line, r) in refs {
            let r = collapse(r);
            let r_lower = r.to_lowercase();
            let exact = self.exact.get(&r).map_or(none, Vec::as_slice);
            let loose = self.loose.get(&r_lower).map_or(none, Vec::as_slice);
            let mut unused = |list: &[usize], key: (bool, &str)| {
                let cursor = cursors.entry((key.0, key.1.to_owned())).or_insert(0);
                first_unused(list, &used, cursor)
            };
            let found = unused(exact, (true, &r))
                .or_else(|| unused(loose, (false, &r_lower)))
                .or_else(|| exact.first().copied())
                .or_else(|| loose.first().copied());
            if let Some(i) = found {
                used.insert(i);
            } else {
                warnings.push(unknown(*line, &r));
            }
            linked.push(found.map(|i| notes[i].id));
        }
        linked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockId;

    fn item<'a>(first: &'a str, rest: &'a [Line<'a>]) -> Item<'a> {
        Item {
            line: Line { no: 7, text: first },
            head: first.get(2..).unwrap_or(""),
            rest,
        }
    }

    #[test]
    fn a_colour_prefix_sets_the_colour_and_other_braces_stay_text() {
        let (c, t) = note(&item("- {colour: Розовый}  x", &[])).unwrap();
        assert_eq!((c, t.as_str()), (Some(Colour::Pink), "x"));
        let (c, t) = note(&item("- {важно} x", &[])).unwrap();
        assert_eq!((c, t.as_str()), (None, "{важно} x"));
        // A task tick stays in the text (issue 15), and so does a brace after it.
        let (c, t) = note(&item("- [x] {цвет: green} y", &[])).unwrap();
        assert_eq!((c, t.as_str()), (None, "[x] {цвет: green} y"));
        let (c, t) = note(&item("- {color: yellow} [ ] y", &[])).unwrap();
        assert_eq!((c, t.as_str()), (Some(Colour::Yellow), "[ ] y"));
        let e = note(&item("- {color: magenta} x", &[])).unwrap_err();
        assert_eq!((e.line, e.column), (7, 11));
        assert!(
            e.message
                .contains("yellow, orange, pink, green, blue, purple, grey, white")
        );
        assert!(
            e.ru.contains("yellow (жёлтый), orange (оранжевый)"),
            "{}",
            e.ru
        );
    }

    #[test]
    fn card_fields_continue_on_deeper_lines() {
        let rest = [
            Line {
                no: 8,
                text: "    second line",
            },
            Line {
                no: 9,
                text: "  метрика: доля",
            },
            Line {
                no: 10,
                text: "  learning: a",
            },
            Line { no: 11, text: "" },
            Line {
                no: 12,
                text: "    test: not a key here",
            },
            Line {
                no: 13,
                text: "  notes: «x»; «y»",
            },
        ];
        let raw = card(&item("- [проверяется] h", &rest)).unwrap();
        assert_eq!(raw.card.status, Status::Testing);
        assert_eq!(raw.card.hypothesis, "h\nsecond line");
        assert_eq!(raw.card.metric, "доля");
        assert_eq!(raw.card.learning, "a\n\ntest: not a key here");
        assert_eq!(raw.refs, vec![(13, "x".to_owned()), (13, "y".to_owned())]);
        let e = card(&item("- [maybe] h", &[])).unwrap_err();
        assert_eq!((e.line, e.column), (7, 4));
    }

    #[test]
    fn quoted_references_split_only_between_guillemets() {
        assert_eq!(
            split_quoted("ООО «Ромашка»»; «b", 9),
            vec!["ООО «Ромашка»", "b"]
        );
        assert_eq!(split_quoted("a»;«b» ;  «c", 9), vec!["a", "b", "c"]);
        assert_eq!(split_quoted("a»;«b» ;  «c", 2), vec!["a", "b"]);
        let mut out = Vec::new();
        let line = Line {
            no: 1,
            text: "  notes: one; \"two\"",
        };
        refs(line, "one; \"two\"", &mut out).unwrap();
        assert_eq!(out, vec![(1, "one".to_owned()), (1, "two".to_owned())]);
        let many = "a;".repeat(MAX_NOTES + 5);
        let e = refs(line, &many, &mut out).unwrap_err();
        assert!(e.message.contains(&MAX_NOTES.to_string()), "{e}");
        assert_eq!(out.len(), MAX_NOTES + 1, "collection stops at the limit");
    }

    #[test]
    fn links_prefer_unlinked_exact_matches_and_warn_on_unknown_text() {
        let n = |id, text: &str| Note {
            id: NoteId(id),
            block: BlockId::Channels,
            colour: Colour::Yellow,
            x: 0.0,
            y: 0.0,
            text: text.into(),
        };
        let notes = [n(1, "Сайт"), n(2, "сайт"), n(3, "Сайт"), n(4, "a\n  b")];
        let refs: Vec<(usize, String)> = ["Сайт", "Сайт", "САЙТ", "a b", "нет"]
            .iter()
            .map(|r| (5, (*r).to_owned()))
            .collect();
        let mut warnings = Warnings::default();
        let ids = Linker::new(&notes).link(&notes, &refs, &mut warnings);
        let warnings = warnings.finish();
        assert_eq!(ids, vec![NoteId(1), NoteId(3), NoteId(2), NoteId(4)]);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 5);
    }
}
