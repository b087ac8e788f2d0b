//! A validator built from `jsoncanvas/required-fields.json`: the field rules of JSON
//! Canvas 1.0 (`spec`) and the stricter shape Holst writes (`holst_writes`).

use std::collections::HashSet;
use std::path::Path;

use holst::model::{BlockId, Model, Rect};
use serde_json::Value;

/// The rules file.
pub struct Rules {
    spec: Value,
}

/// Whether a value has a type named in the rules file.
fn has_type(v: &Value, ty: &str) -> bool {
    match ty {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "color" => v.as_str().is_some_and(|s| {
            matches!(s, "1" | "2" | "3" | "4" | "5" | "6")
                || s.strip_prefix('#').is_some_and(|h| {
                    (h.len() == 3 || h.len() == 6) && h.chars().all(|c| c.is_ascii_hexdigit())
                })
        }),
        "string starting with #" => v.as_str().is_some_and(|s| s.starts_with('#')),
        other => match other.strip_prefix("enum:") {
            Some(options) => v
                .as_str()
                .is_some_and(|s| options.split('|').any(|o| o == s)),
            None => panic!("unknown type {other} in the rules"),
        },
    }
}

/// Checks the required and optional fields of an object against a rule's maps.
fn fields(obj: &Value, rule: &Value, what: &str, problems: &mut Vec<String>) {
    for (key, ty) in rule["required"].as_object().into_iter().flatten() {
        match obj.get(key) {
            None => problems.push(format!("{what}: `{key}` missing")),
            Some(v) if !has_type(v, ty.as_str().unwrap()) => {
                problems.push(format!("{what}: `{key}` = {v} is not {ty}"));
            }
            Some(_) => {}
        }
    }
    for (key, ty) in rule["optional"].as_object().into_iter().flatten() {
        if let Some(v) = obj.get(key)
            && !has_type(v, ty.as_str().unwrap())
        {
            problems.push(format!("{what}: `{key}` = {v} is not {ty}"));
        }
    }
}

fn rect(n: &Value) -> Rect {
    let f = |k: &str| n[k].as_f64().unwrap_or(0.0) as f32;
    Rect::new(f("x"), f("y"), f("width"), f("height"))
}

impl Rules {
    /// Reads the rules file.
    pub fn load(path: &Path) -> Self {
        let all: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        Self { spec: all }
    }

    /// What breaks the spec's rules (`spec` part).
    pub fn spec(&self, text: &str) -> Vec<String> {
        let spec = &self.spec["spec"];
        let mut problems = Vec::new();
        let Ok(top) = serde_json::from_str::<Value>(text) else {
            return vec!["not JSON".into()];
        };
        fields(&top, &spec["top"], "top", &mut problems);
        let mut ids = HashSet::new();
        let empty = Vec::new();
        let nodes = top["nodes"].as_array().unwrap_or(&empty);
        for (i, n) in nodes.iter().enumerate() {
            let what = format!("node {i}");
            fields(n, &spec["node"], &what, &mut problems);
            if let Some(kind) = n["type"].as_str() {
                fields(n, &spec[kind], &what, &mut problems);
            }
            if let Some(id) = n["id"].as_str()
                && !ids.insert(id.to_owned())
            {
                problems.push(format!("{what}: id {id} twice"));
            }
        }
        let node_ids = ids.clone();
        for (i, e) in top["edges"].as_array().unwrap_or(&empty).iter().enumerate() {
            let what = format!("edge {i}");
            fields(e, &spec["edge"], &what, &mut problems);
            if let Some(id) = e["id"].as_str()
                && !ids.insert(id.to_owned())
            {
                problems.push(format!("{what}: id {id} twice"));
            }
            for end in ["fromNode", "toNode"] {
                if let Some(n) = e[end].as_str()
                    && !node_ids.contains(n)
                {
                    problems.push(format!("{what}: {end} {n} is no node"));
                }
            }
        }
        problems
    }

    /// What breaks the shape Holst writes (`holst_writes`) for `model`.
    pub fn holst(&self, text: &str, model: &Model) -> Vec<String> {
        let mut problems = Vec::new();
        let top: Value = serde_json::from_str(text).unwrap();
        fields(
            &top,
            &self.spec["holst_writes"]["top"],
            "top",
            &mut problems,
        );
        if text.contains('\r') || text.starts_with('\u{feff}') {
            problems.push("CR or BOM".into());
        }
        let nodes = top["nodes"].as_array().cloned().unwrap_or_default();
        let mut seen_text = false;
        let mut blocks: Vec<Rect> = Vec::new();
        for n in &nodes {
            let id = n["id"].as_str().unwrap_or("");
            if id.len() != 16
                || !id
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
            {
                problems.push(format!("id {id} is not 16 lowercase hex digits"));
            }
            if n["width"].as_i64().unwrap_or(0) <= 0 || n["height"].as_i64().unwrap_or(0) <= 0 {
                problems.push(format!("{id}: empty size"));
            }
            match n["type"].as_str() {
                Some("group") => {
                    if seen_text {
                        problems.push(format!("group {id} after a note"));
                    }
                    let label = n["label"].as_str().unwrap_or("");
                    if label.is_empty() {
                        problems.push(format!("group {id} has no label"));
                    }
                    if BlockId::parse(label).is_some() {
                        blocks.push(rect(n));
                    }
                }
                Some("text") => seen_text = true,
                _ => {}
            }
        }
        for (i, a) in blocks.iter().enumerate() {
            for b in &blocks[i + 1..] {
                if a.shrink(0.5).overlaps(b) {
                    problems.push(format!("block groups overlap: {a:?} {b:?}"));
                }
            }
        }
        // Notes: text nodes with a note's id, in the versions' drawing order, each wholly
        // inside exactly one block group, coloured with a #rrggbb hex.
        let order: Vec<String> = model
            .versions
            .iter()
            .flat_map(|v| v.notes.iter().map(|n| format!("{:016x}", n.id.0)))
            .collect();
        let written: Vec<&Value> = nodes
            .iter()
            .filter(|n| {
                n["type"] == "text" && order.contains(&n["id"].as_str().unwrap_or("").to_owned())
            })
            .collect();
        let written_ids: Vec<String> = written
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_owned())
            .collect();
        if written_ids != order {
            problems.push("notes missing or not in drawing order".into());
        }
        for n in written {
            let r = rect(n);
            let holders = blocks.iter().filter(|b| b.contains_rect(&r, 0.0)).count();
            if holders != 1 {
                problems.push(format!("note {} lies in {holders} block groups", n["id"]));
            }
            let c = n["color"].as_str().unwrap_or("");
            if c.len() != 7 || !c.starts_with('#') {
                problems.push(format!("note {} has colour {c:?}", n["id"]));
            }
        }
        problems
    }
}
