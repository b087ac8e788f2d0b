//! Writing the sections of the course's method (see `method` for the format): the
//! model's description, a version's social enterprise, its segment profiles and ties.

use super::write::{description, heading};
use super::{Special, canonical, collapse};
use crate::model::{BlockId, Lang, Model, Note, SocialEnterprise, SocialField, Version};

/// The model's description, quoted under its heading (written with the first version);
/// `hashes` is the heading's level.
pub(super) fn model_description(out: &mut String, model: &Model, lang: Lang, hashes: &str) {
    let title = Special::ModelDescription.title(lang);
    description(out, &model.description, title, hashes);
}

/// A note named by its text, `«text»`, and by ` #k` too when other `candidates` (indices
/// into the version's notes, in file order) have the same text.
fn reference(v: &Version, candidates: &[usize], note: &Note) -> String {
    let text = collapse(&note.text);
    let same: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|i| collapse(&v.notes[*i].text) == text)
        .collect();
    match same.iter().position(|i| v.notes[*i].id == note.id) {
        Some(k) if same.len() > 1 => format!("«{text}» #{}", k + 1),
        _ => format!("«{text}»"),
    }
}

/// `key: value` with the value's other lines indented by `indent`.
fn key_value(out: &mut String, start: &str, key: &str, value: &str, indent: &str) {
    let value = canonical(value);
    let mut lines = value.split('\n');
    out.push_str(start);
    out.push_str(key);
    out.push(':');
    if let Some(first) = lines.next().filter(|l| !l.is_empty()) {
        out.push(' ');
        out.push_str(first);
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

/// A version's social enterprise, when it says anything, under a heading of `hashes`.
pub(super) fn social(out: &mut String, s: &SocialEnterprise, lang: Lang, hashes: &str) {
    if s.is_empty() {
        return;
    }
    out.push('\n');
    heading(out, hashes, Special::Social.title(lang));
    if let Some(m) = s.operating_model {
        key_value(out, "- ", "model", m.id(), "  ");
    }
    if !s.kinds.is_empty() {
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.id()).collect();
        key_value(out, "- ", "kind", &kinds.join(", "), "  ");
    }
    for f in SocialField::ALL {
        if !canonical(s.text(f)).is_empty() {
            key_value(out, "- ", f.id(), s.text(f), "  ");
        }
    }
}

/// The profiles of a version's segments and the notes tied to each, in drawing order;
/// segments with neither are left out. `hashes` is the heading's level.
pub(super) fn segments(out: &mut String, v: &Version, lang: Lang, hashes: &str) {
    let listed: Vec<_> = v
        .segments()
        .filter(|s| v.profile(s.id).is_some() || v.tied_to(s.id).next().is_some())
        .collect();
    if listed.is_empty() {
        return;
    }
    out.push('\n');
    heading(out, hashes, Special::Segments.title(lang));
    let order = super::method::file_order(v);
    let (seg_order, other_order): (Vec<usize>, Vec<usize>) = order
        .iter()
        .partition(|i| v.notes[**i].block == BlockId::CustomerSegments);
    for s in listed {
        out.push_str("- ");
        out.push_str(&reference(v, &seg_order, s));
        out.push('\n');
        if let Some(p) = v.profile(s.id) {
            if p.is_beneficiary() {
                key_value(out, "  ", "kind", p.kind.id(), "    ");
            }
            if let Some(x) = p.priority {
                key_value(out, "  ", "priority", x.id(), "    ");
            }
            if let Some(x) = p.loyalty {
                key_value(out, "  ", "loyalty", x.id(), "    ");
            }
            for f in crate::model::ProfileText::ALL {
                if !canonical(p.text(f)).is_empty() {
                    key_value(out, "  ", f.id(), p.text(f), "    ");
                }
            }
            for a in &p.attributes {
                let value = if canonical(&a.note).is_empty() {
                    a.attribute.id().to_owned()
                } else {
                    format!("{}: {}", a.attribute.id(), canonical(&a.note))
                };
                key_value(out, "  ", "attribute", &value, "    ");
            }
        }
        let tied: Vec<String> = v
            .tied_to(s.id)
            .map(|n| reference(v, &other_order, n))
            .collect();
        if !tied.is_empty() {
            key_value(out, "  ", "tied", &tied.join("; "), "    ");
        }
    }
}
