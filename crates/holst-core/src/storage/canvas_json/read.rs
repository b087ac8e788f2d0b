//! Reading a JSON Canvas (see the module docs of `canvas_json`).

use std::collections::HashMap;

use serde_json::Value;

use super::SCALE;
use crate::i18n::Message;
use crate::model::Model;
use crate::model::{BlockId, Colour, Rect};
use crate::storage::markdown::{Attrs, LeanSub, Parsed, RawNote, RawVersion, Warnings, build};
use crate::storage::{ParseError, Warning};

/// A node as read.
#[derive(Debug)]
struct Node {
    id: String,
    kind: String,
    rect: Rect,
    label: Option<String>,
    text: Option<String>,
    color: Option<Value>,
    line: usize,
}

/// What a group is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum GroupKind {
    Block(BlockId),
    Sub(LeanSub),
    Version,
    Other,
}

fn number(v: Option<&Value>) -> Option<f32> {
    v.and_then(Value::as_f64).map(|f| f as f32)
}

/// The colour of a `color` value (rule R12 of the research): a Holst hex exactly, the six
/// presets, other hex to the nearest Holst colour, none yellow; `None` when unreadable.
fn colour(value: Option<&Value>) -> Option<Colour> {
    let Some(v) = value else {
        return Some(Colour::Yellow);
    };
    let s = v.as_str()?.trim();
    match s {
        "1" => return Some(Colour::Pink),
        "2" => return Some(Colour::Orange),
        "3" => return Some(Colour::Yellow),
        "4" => return Some(Colour::Green),
        "5" => return Some(Colour::Blue),
        "6" => return Some(Colour::Purple),
        _ => {}
    }
    let hex = s.strip_prefix('#')?;
    let digits: Vec<u8> = match hex.len() {
        3 => hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
            .collect::<Option<_>>()?,
        6 => (0..3)
            .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
            .collect::<Option<_>>()?,
        _ => return None,
    };
    let distance = |c: &Colour| {
        let square = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2);
        c.rgb()
            .iter()
            .zip(&digits)
            .map(|(x, y)| square(*x, *y))
            .sum::<i32>()
    };
    Colour::ALL.into_iter().min_by_key(distance)
}

/// The 1-based line of the first `"id"` naming this id, for messages.
fn line_of(text: &str, id: &str) -> usize {
    let needle = format!("\"{id}\"");
    text.find(&needle)
        .map_or(1, |at| text[..at].matches('\n').count() + 1)
}

fn parse_nodes(file: &str, value: &Value) -> Vec<Node> {
    let Some(nodes) = value.get("nodes").and_then(Value::as_array) else {
        return Vec::new();
    };
    nodes
        .iter()
        .filter_map(|n| {
            let id = n.get("id").and_then(Value::as_str).unwrap_or("").to_owned();
            let kind = n.get("type")?.as_str()?.to_owned();
            let rect = Rect::new(
                number(n.get("x"))?,
                number(n.get("y"))?,
                number(n.get("width"))?.max(0.0),
                number(n.get("height"))?.max(0.0),
            );
            let text = match kind.as_str() {
                "text" => n.get("text").and_then(Value::as_str).map(str::to_owned),
                "link" => n.get("url").and_then(Value::as_str).map(str::to_owned),
                "file" => n.get("file").and_then(Value::as_str).map(|f| {
                    let sub = n.get("subpath").and_then(Value::as_str).unwrap_or("");
                    format!("{f}{sub}")
                }),
                _ => None,
            };
            Some(Node {
                line: line_of(file, &id),
                id,
                kind,
                rect,
                label: n.get("label").and_then(Value::as_str).map(str::to_owned),
                text,
                color: n.get("color").cloned(),
            })
        })
        .collect()
}

/// The smallest of `candidates` (indices into `groups`) that holds `r` wholly, else one
/// that holds its centre.
fn home(r: &Rect, groups: &[(usize, Rect)]) -> Option<usize> {
    let smallest = |fits: &dyn Fn(&Rect) -> bool| {
        groups
            .iter()
            .filter(|(_, g)| fits(g))
            .min_by(|a, b| (a.1.w * a.1.h).total_cmp(&(b.1.w * b.1.h)))
            .map(|(i, _)| *i)
    };
    smallest(&|g| g.contains_rect(r, 0.5))
        .or_else(|| smallest(&|g| g.contains(r.x + r.w / 2.0, r.y + r.h / 2.0)))
}

/// The nodes of a canvas and what its groups are.
struct Canvas {
    nodes: Vec<Node>,
    kinds: Vec<GroupKind>,
    /// Block and sub-section groups: node index and rectangle.
    blocks: Vec<(usize, Rect)>,
    /// Version groups: node index and rectangle.
    versions: Vec<(usize, Rect)>,
}

/// What a group's label names.
fn kind_of(n: &Node) -> GroupKind {
    if n.kind != "group" {
        return GroupKind::Other;
    }
    let label = n.label.as_deref().unwrap_or("");
    if label.trim_start().starts_with("~~") {
        GroupKind::Other
    } else if let Some(b) = BlockId::parse(label) {
        GroupKind::Block(b)
    } else if let Some(s) = LeanSub::parse(label) {
        GroupKind::Sub(s)
    } else {
        GroupKind::Other
    }
}

/// Whether a label spells the Lean Canvas's value proposition.
fn names_uvp(label: &str) -> bool {
    matches!(
        crate::model::normalise(label).as_str(),
        "unique value proposition" | "uvp" | "уникальное ценностное предложение"
    )
}

impl Canvas {
    /// Classifies the groups: blocks and sub-sections by their labels, versions as labelled
    /// groups that hold blocks. `None` when no group names a block.
    fn new(nodes: Vec<Node>) -> Option<Self> {
        let mut kinds: Vec<GroupKind> = nodes.iter().map(kind_of).collect();
        let blocks: Vec<(usize, Rect)> = nodes
            .iter()
            .enumerate()
            .filter(|(i, _)| matches!(kinds[*i], GroupKind::Block(_) | GroupKind::Sub(_)))
            .map(|(i, n)| (i, n.rect))
            .collect();
        if !blocks
            .iter()
            .any(|(i, _)| matches!(kinds[*i], GroupKind::Block(_)))
        {
            return None;
        }
        let versions: Vec<(usize, Rect)> = nodes
            .iter()
            .enumerate()
            .filter(|(i, n)| {
                n.kind == "group"
                    && kinds[*i] == GroupKind::Other
                    && n.label.is_some()
                    && blocks.iter().any(|(_, b)| n.rect.contains_rect(b, 0.5))
            })
            .map(|(i, n)| (i, n.rect))
            .collect();
        for (i, _) in &versions {
            kinds[*i] = GroupKind::Version;
        }
        Some(Self {
            nodes,
            kinds,
            blocks,
            versions,
        })
    }

    /// The index of the version holding a rectangle (the first when none does).
    fn version_of(&self, r: &Rect) -> usize {
        home(r, &self.versions)
            .and_then(|g| self.versions.iter().position(|(i, _)| *i == g))
            .unwrap_or(0)
    }

    /// One raw version per version group (one for the canvas when it has none), with the
    /// blocks its groups name.
    fn raw_versions(&self) -> Vec<RawVersion> {
        let mut out: Vec<RawVersion> = (0..self.versions.len().max(1))
            .map(|k| {
                let node = self.versions.get(k).map(|(i, _)| &self.nodes[*i]);
                RawVersion {
                    line: node.map_or(1, |n| n.line),
                    name: node.and_then(|n| n.label.clone()),
                    ..RawVersion::default()
                }
            })
            .collect();
        for (i, r) in &self.blocks {
            if let GroupKind::Block(b) = self.kinds[*i] {
                let v = &mut out[self.version_of(r)];
                if !v.blocks.contains(&b) {
                    v.blocks.push(b);
                }
            }
        }
        out
    }

    /// The block of a node's group and the prefix of a sub-section group, and the group
    /// of the block (whose rectangle places the note).
    fn block_of(&self, g: usize) -> Option<(BlockId, Option<&'static str>, usize)> {
        match self.kinds[g] {
            GroupKind::Block(b) => Some((b, None, g)),
            GroupKind::Sub(s) => {
                let inner = self.nodes[g].rect;
                // The block group around the sub-section, else the sub-section's own block.
                let around = self.blocks.iter().find(|(i, r)| {
                    matches!(self.kinds[*i], GroupKind::Block(_)) && r.contains_rect(&inner, 0.5)
                });
                let (block, group) = match around.map(|(i, _)| (self.kinds[*i], *i)) {
                    Some((GroupKind::Block(b), i)) => (b, i),
                    _ => (s.block(), g),
                };
                let label = self.nodes[g].label.as_deref().unwrap_or("");
                Some((block, Some(s.title(label)), group))
            }
            _ => None,
        }
    }

    /// A note's place in its block from its node and its block's group: scaled from the
    /// group's size to the block's in the layout the group matches best, to half a unit.
    fn place(&self, n: &Node, block: BlockId, group: usize) -> Option<(f32, f32)> {
        let g_rect = self.nodes[group].rect;
        crate::model::LayoutKind::ALL
            .iter()
            .filter_map(|l| l.block_rect(block))
            .min_by(|a, b| {
                let off =
                    |r: &Rect| (r.w * SCALE - g_rect.w).abs() + (r.h * SCALE - g_rect.h).abs();
                off(a).total_cmp(&off(b))
            })
            .map(|br| {
                let sx = snap(br.w / g_rect.w.max(1.0));
                let sy = snap(br.h / g_rect.h.max(1.0));
                // To half a unit, as Holst keeps places, so that writing the model back
                // gives the same whole pixels.
                let half = |v: f32| (v * SCALE).round() / SCALE;
                (
                    half((n.rect.x - g_rect.x) * sx),
                    half((n.rect.y - g_rect.y) * sy),
                )
            })
    }
}

/// Reads a JSON Canvas as a model (see the module docs); `name` titles it when no `# `
/// text node does.
pub fn read(text: &str, name: Option<&str>) -> Result<(Model, Vec<Warning>), ParseError> {
    crate::storage::check_text(text, crate::storage::Format::Canvas)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| {
        ParseError::new(
            e.line().max(1),
            e.column().max(1),
            &Message::new("json-not-canvas").arg("detail", e.to_string()),
        )
    })?;
    let canvas = Canvas::new(parse_nodes(text, &value))
        .ok_or_else(|| ParseError::new(1, 1, &Message::new("json-no-block-group")))?;
    let mut warnings = Warnings::default();
    let ignored = canvas
        .nodes
        .iter()
        .zip(&canvas.kinds)
        .filter(|(n, k)| n.kind == "group" && **k == GroupKind::Other)
        .count();
    if ignored > 0 {
        warnings.add(1, || {
            Message::new("json-groups-ignored").arg("count", ignored)
        });
    }
    let mut parsed = Parsed {
        sections: true,
        ..Parsed::default()
    };
    parsed.lean_named = canvas
        .nodes
        .iter()
        .zip(&canvas.kinds)
        .any(|(n, k)| match k {
            GroupKind::Sub(_) => true,
            GroupKind::Block(_) => n.label.as_deref().is_some_and(names_uvp),
            _ => false,
        });
    parsed.versions = canvas.raw_versions();
    let odd_ids = read_notes(&canvas, &mut parsed, &mut warnings);
    if odd_ids > 0 {
        warnings.add(1, || Message::new("json-odd-ids").arg("count", odd_ids));
    }
    let edges = value
        .get("edges")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if edges > 0 {
        warnings.add(1, || Message::new("json-edges-skipped").arg("count", edges));
    }
    parsed.warnings = warnings;
    build(parsed, name)
}

/// The notes of the canvas's nodes, into their versions; text outside every block goes to
/// the description (or the title). Returns how many notes had ids of another shape.
fn read_notes(canvas: &Canvas, parsed: &mut Parsed, warnings: &mut Warnings) -> usize {
    let mut z: HashMap<usize, usize> = HashMap::new();
    let mut odd_ids = 0;
    for node in canvas.nodes.iter().filter(|n| n.kind != "group") {
        let Some(content) = node.text.clone() else {
            continue;
        };
        let vi = canvas.version_of(&node.rect);
        let Some((block, prefix, group)) =
            home(&node.rect, &canvas.blocks).and_then(|g| canvas.block_of(g))
        else {
            outside(canvas, node, &content, vi, parsed, warnings);
            continue;
        };
        if node.kind != "text" {
            warnings.add(node.line, || {
                Message::new("json-node-kept").arg("kind", &node.kind)
            });
        }
        let colour = colour(node.color.as_ref()).unwrap_or_else(|| {
            warnings.add(node.line, || Message::new("json-unknown-colour"));
            Colour::Yellow
        });
        let hex = (node.id.len() == 16)
            .then(|| u64::from_str_radix(&node.id, 16).ok())
            .flatten();
        if hex.is_none() {
            odd_ids += 1;
        }
        // Obsidian's random 64-bit ids are mostly beyond Holst's ids (2^53 − 1): those notes
        // get new ids, silently (the id is no text of the user's); Holst's own come back.
        let id = hex.filter(|id| *id <= crate::model::MAX_ID);
        let order = z.entry(vi).or_insert(0);
        let text = match prefix {
            Some(p) => format!("{p}: {content}"),
            None => content,
        };
        parsed.versions[vi].notes.push(RawNote {
            block,
            colour,
            text,
            line: node.line,
            attrs: Some(Attrs {
                id,
                place: canvas.place(node, block, group),
                z: Some(*order),
            }),
        });
        *order += 1;
    }
    odd_ids
}

/// A node in no block: a `# ` text outside every version gives the title (its other lines
/// the description); any other text is kept in its version's description, told unless it
/// sits beside the blocks of a version group (as Holst writes a description).
fn outside(
    canvas: &Canvas,
    node: &Node,
    content: &str,
    vi: usize,
    parsed: &mut Parsed,
    warnings: &mut Warnings,
) {
    let outside_versions = home(&node.rect, &canvas.versions).is_none();
    if parsed.title.is_none() && outside_versions && content.starts_with("# ") {
        let mut lines = content.lines();
        let title = lines.next().unwrap_or("").trim_start_matches('#').trim();
        parsed.title = Some((title.to_owned(), node.line));
        let rest: Vec<&str> = lines.collect();
        append(&mut parsed.versions[vi].description, rest.join("\n").trim());
        return;
    }
    if canvas.versions.is_empty() || outside_versions {
        let short = content.chars().take(40).collect::<String>();
        warnings.add(node.line, || {
            Message::new("json-outside").arg("text", short)
        });
    }
    append(&mut parsed.versions[vi].description, content);
}

/// A scale close to a round one made exact, so that Holst's own canvases give back the
/// places they were written with.
fn snap(s: f32) -> f32 {
    let inverse = 1.0 / SCALE;
    if (s - inverse).abs() < 0.005 {
        inverse
    } else {
        s
    }
}

fn append(description: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(text.trim_end());
}
