//! The exporter: every version with all blocks of its layout, then legend and cards.

use super::{Field, Special, canonical, collapse, one_line, strip_checkbox};
use crate::model::{Card, Colour, Lang, Model, Version};

/// See [`super::write`].
pub(super) fn write(model: &Model) -> String {
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
        for block in v.layout.blocks() {
            out.push('\n');
            heading(&mut out, "###", block.title(Lang::Ru));
            for n in v.notes_in(block) {
                note(&mut out, n.colour, &n.text, false);
            }
        }
        if !v.legend.is_empty() {
            out.push('\n');
            heading(&mut out, "###", Special::Legend.title());
            for e in &v.legend {
                note(&mut out, e.colour, &e.meaning, true);
            }
        }
        if !v.cards.is_empty() {
            out.push('\n');
            heading(&mut out, "###", Special::Hypotheses.title());
            for c in &v.cards {
                card(&mut out, c, v);
            }
        }
    }
    out
}

fn heading(out: &mut String, hashes: &str, text: &str) {
    out.push_str(hashes);
    let text = one_line(text);
    if !text.is_empty() {
        out.push(' ');
        out.push_str(&text);
    }
    out.push('\n');
}

/// A list item whose first line is `start` followed by the text's first line, its other
/// lines indented by `indent` (blank lines left empty).
fn item(out: &mut String, start: &str, text: &str, indent: &str) {
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or("");
    out.push_str("- ");
    out.push_str(start);
    out.push_str(first);
    // No trailing space after a marker or prefix with nothing behind it.
    while out.ends_with(' ') && first.is_empty() {
        out.pop();
    }
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
/// a colour prefix or checkbox, or always (`always_colour`, the legend).
fn note(out: &mut String, colour: Colour, text: &str, always_colour: bool) {
    let text = canonical(text);
    let prefix = if always_colour
        || colour != Colour::Yellow
        || text.starts_with('{')
        || strip_checkbox(&text).is_some()
    {
        format!("{{color: {}}} ", colour.name())
    } else {
        String::new()
    };
    item(out, &prefix, &text, "  ");
}

/// A hypothesis card: status and hypothesis, then each non-empty field; continuation
/// lines go one level deeper than the `key:` lines so they never read as keys.
fn card(out: &mut String, card: &Card, version: &Version) {
    let start = format!("[{}] ", card.status.label(Lang::Ru));
    item(out, &start, &canonical(&card.hypothesis), "    ");
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
        note(&mut out, colour, text, false);
        out
    }

    #[test]
    fn notes_get_a_prefix_only_when_needed() {
        assert_eq!(note_text(Colour::Yellow, "a\n\n  b"), "- a\n\n    b\n");
        assert_eq!(note_text(Colour::Pink, "a"), "- {color: pink} a\n");
        assert_eq!(note_text(Colour::Yellow, "{x}"), "- {color: yellow} {x}\n");
        assert_eq!(
            note_text(Colour::Yellow, "[x] y"),
            "- {color: yellow} [x] y\n"
        );
        assert_eq!(note_text(Colour::Blue, ""), "- {color: blue}\n");
        assert_eq!(note_text(Colour::Yellow, " "), "-\n");
    }
}
