//! The exporter: every version with its description, all blocks of its layout, then
//! legend and cards. Each note carries its id, place and drawing order in a trailing
//! comment (see `attrs`).

use super::{Field, Special, attrs, canonical, collapse, method_write, one_line};
use crate::model::{Card, Colour, Lang, Model, Version};

/// See [`super::write`].
pub(super) fn write(model: &Model, lang: Lang) -> String {
    let mut out = String::new();
    heading(&mut out, "#", &model.title);
    for v in &model.versions {
        out.push('\n');
        heading(&mut out, "##", &v.name);
        out.push_str("layout: ");
        out.push_str(v.layout.id());
        out.push('\n');
        if model.final_version == Some(v.id) {
            out.push_str("final: yes\n");
        }
        description(
            &mut out,
            &v.description,
            Special::Description.title(lang),
            "###",
        );
        if model.versions.first().is_some_and(|f| f.id == v.id) {
            method_write::model_description(&mut out, model, lang, "###");
        }
        for block in v.layout.blocks() {
            out.push('\n');
            heading(&mut out, "###", block.title_in(v.layout, lang));
            for (z, n) in v.notes.iter().enumerate().filter(|(_, n)| n.block == block) {
                let attrs = attrs::format(n.id.0, n.x, n.y, z);
                note(&mut out, n.colour, &n.text, false, &attrs);
            }
        }
        if !v.legend.is_empty() {
            out.push('\n');
            heading(&mut out, "###", Special::Legend.title(lang));
            for e in &v.legend {
                note(&mut out, e.colour, &e.meaning, true, "");
            }
        }
        if !v.cards.is_empty() {
            out.push('\n');
            heading(&mut out, "###", Special::Hypotheses.title(lang));
            for c in &v.cards {
                card(&mut out, c, v, lang);
            }
        }
        method_write::social(&mut out, &v.social, lang, "###");
        method_write::segments(&mut out, v, lang, "###");
    }
    out
}

/// A version's description under its own heading, every line quoted with `> ` so that
/// nothing in it reads as a heading or a note.
pub(super) fn description(out: &mut String, text: &str, title: &str, hashes: &str) {
    let text = canonical(text);
    if text.is_empty() {
        return;
    }
    out.push('\n');
    heading(out, hashes, title);
    for line in text.split('\n') {
        out.push('>');
        if !line.is_empty() {
            out.push(' ');
            out.push_str(line);
        }
        out.push('\n');
    }
}

pub(super) fn heading(out: &mut String, hashes: &str, text: &str) {
    out.push_str(hashes);
    let text = one_line(text);
    if !text.is_empty() {
        out.push(' ');
        out.push_str(&text);
    }
    out.push('\n');
}

/// A list item whose first line is `start` followed by the text's first line and `tail`,
/// its other lines indented by `indent` (blank lines left empty).
fn item(out: &mut String, start: &str, text: &str, indent: &str, tail: &str) {
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or("");
    out.push_str("- ");
    out.push_str(start);
    out.push_str(first);
    // No trailing space after a marker or prefix with nothing behind it.
    while out.ends_with(' ') && first.is_empty() {
        out.pop();
    }
    out.push_str(tail);
    out.push('\n');
    for line in lines {
        if !line.is_empty() {
            out.push_str(indent);
            out.push_str(line);
        }
        out.push('\n');
    }
}

/// A note or legend entry: `{color: NAME}` when not yellow, when the text would read as
/// a colour prefix, or always (`always_colour`, the legend); `tail` after its first line.
fn note(out: &mut String, colour: Colour, text: &str, always_colour: bool, tail: &str) {
    let text = canonical(text);
    let prefix = if always_colour || colour != Colour::Yellow || text.starts_with('{') {
        format!("{{color: {}}} ", colour.name())
    } else {
        String::new()
    };
    item(out, &prefix, &text, "  ", tail);
}

/// A hypothesis card: status and hypothesis, then each non-empty field; continuation
/// lines go one level deeper than the `key:` lines so they never read as keys.
pub(super) fn card(out: &mut String, card: &Card, version: &Version, lang: Lang) {
    let start = format!("[{}] ", card.status.label(lang));
    item(out, &start, &canonical(&card.hypothesis), "    ", "");
    for (field, value) in [
        (Field::Test, &card.test),
        (Field::Metric, &card.metric),
        (Field::Criterion, &card.criterion),
        (Field::Learning, &card.learning),
    ] {
        let value = canonical(value);
        if value.is_empty() {
            continue;
        }
        for (i, line) in value.split('\n').enumerate() {
            if i == 0 {
                out.push_str("  ");
                out.push_str(field.key());
                out.push_str(": ");
            } else if !line.is_empty() {
                out.push_str("    ");
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    let refs: Vec<String> = card
        .notes
        .iter()
        .filter_map(|id| version.note(*id))
        .map(|n| format!("«{}»", collapse(&n.text)))
        .collect();
    if !refs.is_empty() {
        out.push_str("  ");
        out.push_str(Field::Notes.key());
        out.push_str(": ");
        out.push_str(&refs.join("; "));
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note_text(colour: Colour, text: &str) -> String {
        let mut out = String::new();
        note(&mut out, colour, text, false, "");
        out
    }

    #[test]
    fn notes_get_a_prefix_only_when_needed() {
        assert_eq!(note_text(Colour::Yellow, "a\n\n  b"), "- a\n\n    b\n");
        assert_eq!(note_text(Colour::Pink, "a"), "- {color: pink} a\n");
        assert_eq!(note_text(Colour::Yellow, "{x}"), "- {color: yellow} {x}\n");
        // A task tick is read back as text (issue 15): no prefix needed.
        assert_eq!(note_text(Colour::Yellow, "[x] y"), "- [x] y\n");
        assert_eq!(note_text(Colour::Blue, ""), "- {color: blue}\n");
        assert_eq!(note_text(Colour::Yellow, " "), "-\n");
        let mut out = String::new();
        note(
            &mut out,
            Colour::Yellow,
            "",
            false,
            &attrs::format(3, 1.0, 2.5, 0),
        );
        assert_eq!(out, "- <!-- holst id=3 x=1 y=2.5 z=0 -->\n");
    }

    #[test]
    fn the_description_is_quoted_so_nothing_in_it_is_read_as_structure() {
        let mut out = String::new();
        description(&mut out, "## Notes\n- a\n\nb", "Описание", "###");
        assert_eq!(out, "\n### Описание\n> ## Notes\n> - a\n>\n> b\n");
    }
}
