//! `--style obsidian`: Markdown as the Obsidian Business Model Canvas plugin reads it
//! (krisajenkins/obsidian-business-model-canvas; its rules are in the research notes of
//! issue 15): the title in front matter, one `## <English title>` heading per block with
//! the plugin's own titles, one `- text` line per note (line breaks as `<br>`), and
//! everything else (description, colours, legend, hypotheses) in sections whose headings
//! the plugin does not know, after the blocks. One version per file: the plugin has none.

use std::fmt::Write as _;

use super::write::{description, heading};
use super::{Special, WriteOptions, canonical};
use crate::model::{BlockId, Colour, Lang, LayoutKind, Model, Version};

/// The blocks the plugin shows, in its order, with the titles it writes.
const PLUGIN_BLOCKS: [BlockId; 9] = [
    BlockId::KeyPartners,
    BlockId::KeyActivities,
    BlockId::KeyResources,
    BlockId::ValuePropositions,
    BlockId::CustomerRelationships,
    BlockId::Channels,
    BlockId::CustomerSegments,
    BlockId::CostStructure,
    BlockId::RevenueStreams,
];

/// The version written: the one asked for, else the final one, else the first.
pub(super) fn chosen<'m>(model: &'m Model, options: &WriteOptions) -> Option<&'m Version> {
    options
        .version
        .and_then(|id| model.version(id))
        .or_else(|| model.final_version.and_then(|id| model.version(id)))
        .or_else(|| model.versions.first())
}

/// A YAML double-quoted scalar.
fn yaml_quoted(text: &str) -> String {
    let one = super::one_line(text);
    format!("\"{}\"", one.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A note's text as one plugin item: line breaks as `<br>`.
fn one_item(text: &str) -> String {
    canonical(text).split('\n').collect::<Vec<_>>().join("<br>")
}

/// See the module docs.
pub(super) fn write(model: &Model, options: &WriteOptions) -> String {
    let mut out = String::new();
    out.push_str("---\ntitle: ");
    out.push_str(&yaml_quoted(&model.title));
    out.push_str("\n---\n");
    let Some(v) = chosen(model, options) else {
        return out;
    };
    // The plugin's blocks first (in its order, empty ones too on its own canvas), then the
    // blocks of other layouts, which it keeps as sections it does not show.
    let mut blocks: Vec<BlockId> = PLUGIN_BLOCKS
        .into_iter()
        .filter(|b| v.layout == LayoutKind::Bmc || v.layout.has_block(*b))
        .collect();
    blocks.extend(v.layout.blocks().filter(|b| !PLUGIN_BLOCKS.contains(b)));
    for block in blocks {
        out.push('\n');
        // The plugin's own title; the Lean value proposition under the plugin's name too.
        heading(&mut out, "##", block.title(Lang::En));
        for n in v.notes_in(block) {
            let text = one_item(&n.text);
            if !text.is_empty() {
                out.push_str("- ");
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    let lang = options.lang;
    description(
        &mut out,
        &v.description,
        Special::Description.title(lang),
        "##",
    );
    super::method_write::model_description(&mut out, model, lang, "##");
    colours(&mut out, v, lang);
    if !v.cards.is_empty() {
        out.push('\n');
        heading(&mut out, "##", Special::Hypotheses.title(lang));
        for c in &v.cards {
            super::write::card(&mut out, c, v, lang);
        }
    }
    // The plugin keeps sections it does not know: the method's data comes back to Holst.
    super::method_write::social(&mut out, &v.social, lang, "##");
    super::method_write::segments(&mut out, v, lang, "##");
    out
}

/// `## Legend`: one line naming the notes of each colour but yellow (the plugin has no
/// colours), then the version's legend as Holst reads it back.
fn colours(out: &mut String, v: &Version, lang: Lang) {
    let mut parts = Vec::new();
    for colour in Colour::ALL.into_iter().filter(|c| *c != Colour::Yellow) {
        let texts: Vec<String> = v
            .notes
            .iter()
            .filter(|n| n.colour == colour && !n.text.trim().is_empty())
            .map(|n| format!("«{}»", super::collapse(&n.text)))
            .collect();
        if texts.is_empty() {
            continue;
        }
        let name = match v.legend_for(colour) {
            Some(meaning) => format!("{} ({})", colour.label(lang), super::one_line(meaning)),
            None => colour.label(lang).to_owned(),
        };
        parts.push(format!("{name}: {}", texts.join(", ")));
    }
    if parts.is_empty() && v.legend.is_empty() {
        return;
    }
    out.push('\n');
    heading(out, "##", Special::Legend.title(lang));
    if !parts.is_empty() {
        let lead = match lang {
            Lang::Ru => "Цвета заметок (остальные жёлтые)",
            Lang::En => "Note colours (the others are yellow)",
        };
        let _ = writeln!(out, "{lead}: {}.", parts.join("; "));
    }
    if !v.legend.is_empty() {
        out.push('\n');
        for e in &v.legend {
            let _ = writeln!(
                out,
                "- {{color: {}}} {}",
                e.colour.name(),
                super::one_line(&e.meaning)
            );
        }
    }
}
