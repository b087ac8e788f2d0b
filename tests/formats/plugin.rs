//! The Obsidian Business Model Canvas plugin's reading rules (`parseCanvas` of
//! krisajenkins/obsidian-business-model-canvas@e4d4fb9e, as `tests/data/formats/
//! obsidian-bmc/RULES.md` states them), re-implemented for tests only.

use std::collections::HashMap;

/// The plugin's blocks: the title it writes (lower case, the key of the result) and every
/// heading it reads for the block (lower case, matched exactly).
const BLOCKS: [(&str, &[&str]); 9] = [
    (
        "key partners",
        &[
            "key partners",
            "key partnerships",
            "partners",
            "partnerships",
        ],
    ),
    ("key activities", &["key activities", "activities"]),
    ("key resources", &["key resources", "resources"]),
    (
        "value propositions",
        &[
            "value propositions",
            "value proposition",
            "value props",
            "value prop",
        ],
    ),
    (
        "customer relationships",
        &[
            "customer relationships",
            "relationships",
            "customer relationship",
        ],
    ),
    ("channels", &["channels", "channel"]),
    (
        "customer segments",
        &[
            "customer segments",
            "segments",
            "customer segment",
            "customers",
        ],
    ),
    ("cost structure", &["cost structure", "costs", "cost"]),
    (
        "revenue streams",
        &["revenue streams", "revenue", "revenue stream"],
    ),
];

/// What a heading line makes current.
enum Heading {
    /// A block, by its written title.
    Block(&'static str),
    /// No block (any other heading).
    Other,
}

/// Rule 3: a heading is 1 to 6 `#` at column 0, whitespace, text; its trimmed, lower-cased
/// text names a block exactly, else no block is current.
fn heading(line: &str) -> Option<Heading> {
    let hashes = line.bytes().take_while(|b| *b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let text = rest.trim().to_lowercase();
    Some(
        BLOCKS
            .iter()
            .find(|(_, names)| names.contains(&text.as_str()))
            .map_or(Heading::Other, |(title, _)| Heading::Block(title)),
    )
}

/// Rule 4: `^([-*+])\s+(.*)$` at column 0 (JavaScript's `.` stops at `\r`); the text trimmed.
fn item(line: &str) -> Option<String> {
    let rest = line.strip_prefix(['-', '*', '+'])?;
    if !rest.starts_with(char::is_whitespace) || line.contains(['\r', '\u{2028}', '\u{2029}']) {
        return None;
    }
    Some(rest.trim().to_owned())
}

/// The plugin's `parseCanvas`: items per block (by the block's written title, lower case).
pub fn parse_canvas(text: &str) -> HashMap<&'static str, Vec<String>> {
    let mut out: HashMap<&'static str, Vec<String>> = HashMap::new();
    let mut current = None;
    // Rule 2: a fence opens at a trimmed line of three or more ` or ~, and closes at a
    // trimmed line of only that character, at least as many.
    let mut fence: Option<(char, usize)> = None;
    for line in text.split('\n') {
        let t = line.trim();
        if let Some((c, n)) = fence {
            if t.chars().count() >= n && t.chars().all(|x| x == c) {
                fence = None;
            }
            continue;
        }
        if let Some(c) = t.chars().next().filter(|c| *c == '`' || *c == '~') {
            let n = t.chars().take_while(|x| *x == c).count();
            if n >= 3 {
                fence = Some((c, n));
                continue;
            }
        }
        if let Some(h) = heading(line) {
            current = match h {
                Heading::Block(b) => {
                    out.entry(b).or_default();
                    Some(b)
                }
                Heading::Other => None,
            };
        } else if let (Some(b), Some(text)) = (current, item(line)) {
            out.entry(b).or_default().push(text);
        }
    }
    out
}

#[test]
fn the_rules_read_the_plugins_own_file_as_the_plugin_did() {
    // plugin_reads of obsidian-bmc/aliases-levels-unknown.expected.json: the plugin reads
    // the commented-out bullet, and merges a block named twice.
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/formats/obsidian-bmc/aliases-levels-unknown.md"),
    )
    .unwrap();
    let read = parse_canvas(&text);
    assert_eq!(
        read["revenue streams"],
        [
            "Subscription",
            "commented-out idea: franchise",
            "Catering (a block named twice: the plugin merges both)"
        ]
    );
    assert_eq!(read["key partners"], ["Mill"]);
    assert!(
        parse_canvas("## Channels\r\n- a\r\n")["channels"].is_empty(),
        "CRLF: no items"
    );
}
