//! JSON Canvas (`.canvas`, jsoncanvas.org spec 1.0, the open format of Obsidian's
//! canvases): blocks as labelled groups, notes as text nodes at their places and colours.
//!
//! Writing: every version side by side, left to right, each in a group labelled with its
//! name that holds one group per block of its layout (labelled with the block's title in
//! the chosen language) and a text node per note, in drawing order. Coordinates are twice
//! Holst's canvas units, so places (kept to half a unit) are whole numbers; ids are the
//! note ids as 16 hex digits, as Obsidian writes ids; the colour is the note's Holst hex,
//! so a round trip gives back ids, places, colours and drawing order. A text node `# title`
//! above the versions carries the title, and one under each version its description (the
//! legend is added to it). Hypothesis cards and the final mark are not written.
//!
//! Reading: groups whose label names a block (by the Markdown rules) are blocks; groups
//! named like a Lean sub-section (Existing Alternatives, …) hold notes of their block with
//! that name as a prefix; a group holding block groups whose label names no block is a
//! version. A node belongs to the smallest group that holds it wholly, else to the one that
//! holds its centre. Text, link and file nodes in a block are notes; text outside every
//! block is kept in the version's description (a `# ` text outside every version gives the
//! title). Edges have no counterpart and are counted in a warning.

mod read;

pub use read::read;

use serde_json::{Map, Value, json};

use crate::geometry::{NOTE_W, note_height};
use crate::model::{CANVAS_H, CANVAS_W, Colour, Lang, Model, VersionId};

/// Canvas pixels per Holst canvas unit.
const SCALE: f32 = 2.0;
/// Space between versions written side by side, in pixels.
const GAP: i64 = 400;
/// Group ids: above every note id (at most 2^53 − 1), so they never collide.
const GROUP_BASE: u64 = 0xb10c_0000_0000_0000;

/// What [`write`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CanvasOptions {
    /// Language of block titles.
    pub lang: Lang,
    /// Only this version (default: all, side by side).
    pub version: Option<VersionId>,
}

fn px(v: f32) -> i64 {
    (v * SCALE).round() as i64
}

fn hex_id(id: u64) -> String {
    format!("{id:016x}")
}

fn hex_colour(c: Colour) -> String {
    let [r, g, b] = c.rgb();
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// A node as Obsidian writes it: `id`, `type`, the type's key, `x`, `y`, `width`,
/// `height`, `color`, and a group's `label` last.
fn node(id: &str, kind: &str, key: Option<(&str, &str)>, rect: [i64; 4]) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("id".into(), json!(id));
    m.insert("type".into(), json!(kind));
    if let Some((k, v)) = key {
        m.insert(k.into(), json!(v));
    }
    m.insert("x".into(), json!(rect[0]));
    m.insert("y".into(), json!(rect[1]));
    m.insert("width".into(), json!(rect[2].max(1)));
    m.insert("height".into(), json!(rect[3].max(1)));
    m
}

/// Writes a model as a JSON Canvas (see the module docs), tab-indented with one node per
/// line as Obsidian writes it.
pub fn write(model: &Model, options: &CanvasOptions) -> String {
    let mut groups: Vec<Map<String, Value>> = Vec::new();
    let mut notes: Vec<Map<String, Value>> = Vec::new();
    let width = px(CANVAS_W);
    let height = px(CANVAS_H);
    let versions: Vec<_> = model
        .versions
        .iter()
        .filter(|v| options.version.is_none_or(|id| v.id == id))
        .collect();
    let mut title = node(
        &hex_id(GROUP_BASE | 0xffff_ffff),
        "text",
        Some((
            "text",
            &format!("# {}", model.title.replace(['\n', '\r'], " ").trim()),
        )),
        [0, -240, width, 120],
    );
    title.insert("color".into(), json!(hex_colour(Colour::White)));
    notes.push(title);
    for (vi, v) in versions.iter().enumerate() {
        let left = i64::try_from(vi).unwrap_or(0) * (width + GAP + 80);
        let mut extra = v.description.trim().to_owned();
        if !v.legend.is_empty() {
            let legend: Vec<String> = v
                .legend
                .iter()
                .map(|e| format!("- {}: {}", e.colour.label(options.lang), e.meaning))
                .collect();
            if !extra.is_empty() {
                extra.push_str("\n\n");
            }
            extra.push_str(&legend.join("\n"));
        }
        let extra_h = if extra.is_empty() { 0 } else { 400 };
        let mut group = node(
            &hex_id(GROUP_BASE | ((vi as u64) << 16) | 0xffff),
            "group",
            None,
            [left - 40, -80, width + 80, height + 120 + extra_h],
        );
        group.insert("label".into(), json!(v.name));
        groups.push(group);
        for (bi, block) in v.layout.blocks().enumerate() {
            let Some(r) = v.layout.block_rect(block) else {
                continue;
            };
            let mut g = node(
                &hex_id(GROUP_BASE | ((vi as u64) << 16) | bi as u64),
                "group",
                None,
                [
                    left + px(r.x),
                    px(r.y),
                    px(r.right()) - px(r.x),
                    px(r.bottom()) - px(r.y),
                ],
            );
            g.insert(
                "label".into(),
                json!(block.title_in(v.layout, options.lang)),
            );
            groups.push(g);
        }
        for n in &v.notes {
            let Some(r) = v.layout.block_rect(n.block) else {
                continue;
            };
            let rect = [
                left + px(r.x) + px(n.x),
                px(r.y) + px(n.y),
                px(NOTE_W),
                px(note_height(&n.text)),
            ];
            let mut m = node(&hex_id(n.id.0), "text", Some(("text", &n.text)), rect);
            m.insert("color".into(), json!(hex_colour(n.colour)));
            notes.push(m);
        }
        if !extra.is_empty() {
            let m = node(
                &hex_id(GROUP_BASE | ((vi as u64) << 16) | 0xfffe),
                "text",
                Some(("text", &extra)),
                [left, height + 20, width, extra_h - 20],
            );
            notes.push(m);
        }
    }
    let lines: Vec<String> = groups
        .into_iter()
        .chain(notes)
        .map(|m| format!("\t\t{}", Value::Object(m)))
        .collect();
    format!(
        "{{\n\t\"nodes\":[\n{}\n\t],\n\t\"edges\":[]\n}}\n",
        lines.join(",\n")
    )
}
