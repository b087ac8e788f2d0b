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

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::markdown::{Attrs, LeanSub, Parsed, RawNote, RawVersion, Warnings, build};
use super::{ParseError, Warning};
use crate::geometry::{NOTE_W, note_height};
use crate::model::{BlockId, CANVAS_H, CANVAS_W, Colour, Lang, Model, Rect, VersionId};

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
fn node(id: String, kind: &str, key: Option<(&str, &str)>, rect: [i64; 4]) -> Map<String, Value> {
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
        hex_id(GROUP_BASE | 0xffff_ffff),
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
        let left = vi as i64 * (width + GAP + 80);
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
            hex_id(GROUP_BASE | ((vi as u64) << 16) | 0xffff),
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
                hex_id(GROUP_BASE | ((vi as u64) << 16) | bi as u64),
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
            let mut m = node(hex_id(n.id.0), "text", Some(("text", &n.text)), rect);
            m.insert("color".into(), json!(hex_colour(n.colour)));
            notes.push(m);
        }
        if !extra.is_empty() {
            let m = node(
                hex_id(GROUP_BASE | ((vi as u64) << 16) | 0xfffe),
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
        let [r, g, b] = c.rgb();
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(r, digits[0]) + d(g, digits[1]) + d(b, digits[2])
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

/// Reads a JSON Canvas as a model (see the module docs); `name` titles it when no `# `
/// text node does.
pub fn read(text: &str, name: Option<&str>) -> Result<(Model, Vec<Warning>), ParseError> {
    super::check_text(text, super::Format::Canvas)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ParseError {
        line: e.line().max(1),
        column: e.column().max(1),
        message: format!(
            "this is not JSON Canvas: {e}; expected {{\"nodes\": [ … ], \"edges\": [ … ]}}"
        ),
        ru: format!("это не JSON Canvas: {e}; ожидалось {{\"nodes\": [ … ], \"edges\": [ … ]}}"),
    })?;
    let nodes = parse_nodes(text, &value);
    let mut warnings = Warnings::default();
    let kinds: Vec<GroupKind> = nodes
        .iter()
        .map(|n| {
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
        })
        .collect();
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
        return Err(ParseError {
            line: 1,
            column: 1,
            message: "no group of this canvas is named like a block, so there is no note to read; \
                      expected groups labelled such as \"Key Partners\" or \"Каналы\" holding text nodes"
                .into(),
            ru: "ни одна группа этого холста не названа как блок, значит, нет и заметок; ожидались \
                 группы с подписями вроде «Key Partners» или «Каналы» с текстовыми узлами внутри"
                .into(),
        });
    }
    // Versions: groups naming no block that hold block groups; else one version.
    let mut kinds = kinds;
    let version_groups: Vec<(usize, Rect)> = nodes
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
    for (i, _) in &version_groups {
        kinds[*i] = GroupKind::Version;
    }
    let ignored = nodes
        .iter()
        .enumerate()
        .filter(|(i, n)| n.kind == "group" && kinds[*i] == GroupKind::Other)
        .count();
    if ignored > 0 {
        warnings.add(1, || {
            (
                format!("{ignored} group(s) name no block and were ignored; their nodes go to the block around them"),
                format!("групп, не названных как блок, пропущено: {ignored}; их узлы отнесены к блоку вокруг них"),
            )
        });
    }
    let mut versions: Vec<RawVersion> = Vec::new();
    let version_of = |r: &Rect| -> usize {
        home(r, &version_groups)
            .and_then(|g| version_groups.iter().position(|(i, _)| *i == g))
            .unwrap_or(0)
    };
    let count = version_groups.len().max(1);
    for k in 0..count {
        versions.push(RawVersion {
            line: version_groups.get(k).map_or(1, |(i, _)| nodes[*i].line),
            name: version_groups
                .get(k)
                .and_then(|(i, _)| nodes[*i].label.clone()),
            ..RawVersion::default()
        });
    }
    for (i, r) in &blocks {
        if let GroupKind::Block(b) = kinds[*i] {
            let v = &mut versions[version_of(r)];
            if !v.blocks.contains(&b) {
                v.blocks.push(b);
            }
        }
    }
    let mut parsed = Parsed {
        sections: true,
        ..Parsed::default()
    };
    parsed.lean_named = nodes.iter().enumerate().any(|(i, n)| {
        matches!(kinds[i], GroupKind::Sub(_))
            || (matches!(kinds[i], GroupKind::Block(_))
                && n.label.as_deref().is_some_and(|l| {
                    matches!(
                        crate::model::normalise(l).as_str(),
                        "unique value proposition" | "uvp" | "уникальное ценностное предложение"
                    )
                }))
    });
    let mut z: HashMap<usize, usize> = HashMap::new();
    let mut odd_ids = 0;
    for n in nodes.iter().filter(|n| n.kind != "group") {
        let Some(content) = n.text.clone() else {
            continue;
        };
        let home_group = home(&n.rect, &blocks);
        let vi = version_of(&n.rect);
        let Some(g) = home_group else {
            let outside_versions = home(&n.rect, &version_groups).is_none();
            if parsed.title.is_none() && outside_versions && content.starts_with("# ") {
                let mut lines = content.lines();
                let t = lines.next().unwrap_or("").trim_start_matches('#').trim();
                parsed.title = Some((t.to_owned(), n.line));
                let rest: Vec<&str> = lines.collect();
                append(&mut versions[vi].description, rest.join("\n").trim());
                continue;
            }
            let short = content.chars().take(40).collect::<String>();
            // Text beside the blocks of a version group (as Holst writes a description) is
            // the description as meant; loose text elsewhere is told.
            if version_groups.is_empty() || outside_versions {
                warnings.add(n.line, || {
                    (
                        format!("«{short}» lies in no block; kept in the version's description"),
                        format!("«{short}» не лежит ни в одном блоке; сохранено в описании версии"),
                    )
                });
            }
            append(&mut versions[vi].description, &content);
            continue;
        };
        let (block, prefix) = match kinds[g] {
            GroupKind::Block(b) => (b, None),
            GroupKind::Sub(s) => {
                // The block group around the sub-section, else the sub-section's own block.
                let parent = blocks
                    .iter()
                    .filter(|(i, r)| {
                        matches!(kinds[*i], GroupKind::Block(_))
                            && r.contains_rect(&nodes[g].rect, 0.5)
                    })
                    .find_map(|(i, _)| match kinds[*i] {
                        GroupKind::Block(b) => Some(b),
                        _ => None,
                    })
                    .unwrap_or(s.block());
                (
                    parent,
                    Some(s.title(nodes[g].label.as_deref().unwrap_or(""))),
                )
            }
            _ => continue,
        };
        let block_group = if matches!(kinds[g], GroupKind::Block(_)) {
            g
        } else {
            blocks
                .iter()
                .find(|(i, r)| {
                    kinds[*i] == GroupKind::Block(block) && r.contains_rect(&nodes[g].rect, 0.5)
                })
                .map_or(g, |(i, _)| *i)
        };
        if n.kind != "text" {
            warnings.add(n.line, || {
                (
                    format!("a {} node is kept as a note naming it", n.kind),
                    format!("узел типа {} сохранён как заметка с его адресом", n.kind),
                )
            });
        }
        let c = colour(n.color.as_ref()).unwrap_or_else(|| {
            warnings.add(n.line, || {
                (
                    "unknown colour; the note is yellow".into(),
                    "неизвестный цвет; заметка жёлтая".into(),
                )
            });
            Colour::Yellow
        });
        let hex = (n.id.len() == 16)
            .then(|| u64::from_str_radix(&n.id, 16).ok())
            .flatten();
        if hex.is_none() {
            odd_ids += 1;
        }
        // Obsidian's random 64-bit ids are mostly beyond Holst's ids (2^53 − 1): those notes
        // get new ids, silently (the id is no text of the user's); Holst's own come back.
        let id = hex.filter(|id| *id <= crate::model::MAX_ID);
        let g_rect = nodes[block_group].rect;
        // The block's size in the layout whose block the group matches best.
        let place = crate::model::LayoutKind::ALL
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
            });
        let v = &mut versions[vi];
        let zi = z.entry(vi).or_insert(0);
        let text = match prefix {
            Some(p) => format!("{p}: {content}"),
            None => content,
        };
        v.notes.push(RawNote {
            block,
            colour: c,
            text,
            line: n.line,
            attrs: Some(Attrs {
                id,
                place,
                z: Some(*zi),
            }),
        });
        *zi += 1;
    }
    if odd_ids > 0 {
        warnings.add(1, || {
            (
                format!("{odd_ids} note id(s) are not 16 hex digits; those notes get new ids"),
                format!("id заметок не из 16 шестнадцатеричных цифр: {odd_ids}; эти заметки получают новые id"),
            )
        });
    }
    let edges = value
        .get("edges")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if edges > 0 {
        warnings.add(1, || {
            (
                format!(
                    "{edges} edge(s) between nodes have no counterpart in Holst and were skipped"
                ),
                format!("связей между узлами пропущено (в Holst им нет соответствия): {edges}"),
            )
        });
    }
    parsed.versions = versions;
    parsed.warnings = warnings;
    build(parsed, name)
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
