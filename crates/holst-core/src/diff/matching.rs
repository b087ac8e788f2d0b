//! Pairing the notes of two versions: text normalisation, text similarity and the
//! matching passes described in the [module docs](super).

use std::collections::{HashMap, HashSet};

use crate::model::{NoteId, Version};

/// Text as matching compares it: runs of whitespace (newlines included) collapsed to one
/// space, leading and trailing whitespace dropped, lowercase, and `ё` read as `е`.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            out.push(if c == 'ё' { 'е' } else { c });
        }
    }
    out
}

/// Whether two normalised texts are alike enough for an id match across blocks: equal, or
/// their character bigrams give a Dice coefficient of at least 1/2 (a reworded text), or
/// at least 4/5 of the shorter text's bigrams are in the longer one (a text that was
/// extended or shortened).
pub fn similar(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    let shared = common(&x, &y);
    4 * shared >= x.len() + y.len() || 5 * shared >= 4 * x.len().min(y.len())
}

/// The character bigrams of a text, sorted.
fn bigrams(s: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
    out.sort_unstable();
    out
}

/// Size of the multiset intersection of two sorted lists.
fn common(left: &[(char, char)], right: &[(char, char)]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        match left[i].cmp(&right[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// The outcome of matching: which note of A each note of B is paired with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matching {
    /// For each note of B, by position, the position of its partner among A's notes.
    pub b_to_a: Vec<Option<usize>>,
    /// For each note of A, by position, whether it has a partner in B.
    pub a_used: Vec<bool>,
    /// Whether the two versions' ids were trusted for notes whose texts differ.
    pub ids_trusted: bool,
}

impl Matching {
    fn link(&mut self, i: usize, j: usize) {
        self.b_to_a[j] = Some(i);
        self.a_used[i] = true;
    }
}

/// Pairs the notes of `a` and `b` (see the module docs for the rule).
pub fn pair(a: &Version, b: &Version) -> Matching {
    let na: Vec<String> = a.notes.iter().map(|n| normalise(&n.text)).collect();
    let nb: Vec<String> = b.notes.iter().map(|n| normalise(&n.text)).collect();
    // The first note with each id (a valid version has each id once).
    let mut a_by_id: HashMap<NoteId, usize> = HashMap::new();
    for (i, n) in a.notes.iter().enumerate() {
        a_by_id.entry(n.id).or_insert(i);
    }
    let b_ids: HashSet<NoteId> = b.notes.iter().map(|n| n.id).collect();
    let mut m = Matching {
        b_to_a: vec![None; b.notes.len()],
        a_used: vec![false; a.notes.len()],
        ids_trusted: false,
    };

    // Pass 1: same id and same text.
    let mut agree = 0usize;
    for (j, note) in b.notes.iter().enumerate() {
        if let Some(&i) = a_by_id.get(&note.id)
            && !m.a_used[i]
            && na[i] == nb[j]
        {
            m.link(i, j);
            agree += 1;
        }
    }

    // Pass 2: same text, first within the same block, then across blocks; in order.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in na.iter().enumerate() {
        if !m.a_used[i] {
            by_text.entry(t.as_str()).or_default().push(i);
        }
    }
    let mut conflicts = 0usize;
    for same_block in [true, false] {
        for (j, note) in b.notes.iter().enumerate() {
            if m.b_to_a[j].is_some() {
                continue;
            }
            let Some(candidates) = by_text.get_mut(nb[j].as_str()) else {
                continue;
            };
            let found = candidates
                .iter()
                .position(|&i| !same_block || a.notes[i].block == note.block);
            if let Some(k) = found {
                let i = candidates.remove(k);
                m.link(i, j);
                let other = &a.notes[i];
                // The ids point at different notes: evidence that they mean nothing.
                if other.id != note.id
                    && (a_by_id.contains_key(&note.id) || b_ids.contains(&other.id))
                {
                    conflicts += 1;
                }
            }
        }
    }

    // Pass 3: same id, when ids are trusted, and same block or similar text.
    let shared = b.notes.iter().any(|n| a_by_id.contains_key(&n.id));
    m.ids_trusted = shared && agree >= conflicts;
    if m.ids_trusted {
        for (j, note) in b.notes.iter().enumerate() {
            if m.b_to_a[j].is_some() {
                continue;
            }
            if let Some(&i) = a_by_id.get(&note.id)
                && !m.a_used[i]
                && (a.notes[i].block == note.block || similar(&na[i], &nb[j]))
            {
                m.link(i, j);
            }
        }
    }
    m
}
