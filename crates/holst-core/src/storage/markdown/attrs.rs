//! Holst's per-note data in Markdown: a trailing HTML comment on a note's first line,
//! `- text <!-- holst id=42 x=12.5 y=40 z=3 -->`.
//!
//! Why this form: an HTML comment is invisible wherever Markdown is rendered (GitHub,
//! Obsidian's reading view, most editors' previews), needs no syntax of Holst's own, and
//! the Obsidian Business Model Canvas plugin keeps it as part of the item when it edits
//! the file. Attribute lists (`{#id x=…}`) are shown literally by those renderers and
//! Obsidian's `%%…%%` comments by every other one. The numbers are decimal, as in `.ron`
//! files, so a note's id reads the same in both. Every key is optional and unknown keys are
//! ignored: a file edited by hand or by another tool that dropped the comment opens as
//! before, with fresh ids and tidy places.

/// What the comment of one note says.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Attrs {
    /// The note's id.
    pub id: Option<u64>,
    /// Its place in its block (both or neither).
    pub place: Option<(f32, f32)>,
    /// Its position in the version's drawing order.
    pub z: Option<usize>,
}

const OPEN: &str = "<!-- holst ";
const CLOSE: &str = "-->";

/// Splits a note's first line into its text and the trailing comment, if it has one. One
/// space before the comment belongs to it (the writer puts it there).
pub(super) fn split(line: &str) -> (&str, Option<Attrs>) {
    let trimmed = line.trim_end();
    let Some(body) = trimmed.strip_suffix(CLOSE) else {
        return (line, None);
    };
    let Some(at) = body.rfind(OPEN) else {
        return (line, None);
    };
    let inner = &body[at + OPEN.len()..];
    if inner.contains(CLOSE) {
        return (line, None);
    }
    let mut attrs = Attrs::default();
    let (mut x, mut y) = (None, None);
    for pair in inner.split_whitespace() {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        match key {
            "id" => attrs.id = value.parse().ok(),
            "x" => x = value.parse::<f32>().ok().filter(|v| v.is_finite()),
            "y" => y = value.parse::<f32>().ok().filter(|v| v.is_finite()),
            "z" => attrs.z = value.parse().ok(),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (x, y) {
        attrs.place = Some((x, y));
    }
    let text = &body[..at];
    (text.strip_suffix(' ').unwrap_or(text), Some(attrs))
}

/// The comment for a note: ` <!-- holst id=… x=… y=… z=… -->` (with its leading space).
pub(super) fn format(id: u64, x: f32, y: f32, z: usize) -> String {
    format!(" {OPEN}id={id} x={x} y={y} z={z} {CLOSE}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_comment_round_trips_and_is_optional() {
        let line = format!("Supplier A{}", format(42, 12.5, 40.0, 3));
        assert_eq!(line, "Supplier A <!-- holst id=42 x=12.5 y=40 z=3 -->");
        let (text, attrs) = split(&line);
        assert_eq!(text, "Supplier A");
        assert_eq!(
            attrs,
            Some(Attrs {
                id: Some(42),
                place: Some((12.5, 40.0)),
                z: Some(3)
            })
        );
        assert_eq!(split("plain note"), ("plain note", None));
        assert_eq!(split("<!-- other --> x"), ("<!-- other --> x", None));
        // Trailing spaces of the text stay; only the writer's one space goes.
        let (text, _) = split("a   <!-- holst id=1 -->");
        assert_eq!(text, "a  ");
        // Hand edits: a missing y drops the place, junk is ignored.
        let (_, attrs) = split("a <!-- holst id=x x=1 colour=red -->");
        assert_eq!(attrs, Some(Attrs::default()));
        let (text, attrs) = split("<!-- holst id=7 -->");
        assert_eq!((text, attrs.and_then(|a| a.id)), ("", Some(7)));
    }
}
