//! Writing a model into its Automerge document, touching only what changed.
//!
//! [`write_diff`] compares the model as the document held it (`base`) with the model after
//! the user's step (`new`) in Rust, and writes only the differences: changed fields, added
//! and removed items, the `z` of reordered items, and text as a character diff. Run it in a
//! transaction at the heads `base` was read at, so that changes by others which the model
//! has not seen yet are merged, never reverted.

use std::collections::{HashMap, HashSet};

use automerge::transaction::Transactable;
use automerge::{AutomergeError, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};

use crate::order;
use crate::read::{Clash, Kind};
use crate::schema::{
    K_BLOCK, K_CARDS, K_COLOUR, K_CRITERION, K_DESCRIPTION, K_FINAL, K_HYPOTHESIS, K_LAYOUT,
    K_LEARNING, K_LEGEND, K_MEANING, K_METHOD, K_METRIC, K_MODEL_DESCRIPTION, K_NAME, K_NOTES,
    K_SCHEMA, K_STATUS, K_TEST, K_TEXT, K_TITLE, K_VERSIONS, K_X, K_Y, K_Z, MethodData, SCHEMA,
    key, parse_id,
};
use holst_core::model::{Card, LegendEntry, Model, Note, Status, Version};

/// Makes the document hold `new`, given that it holds `base` in the transaction's view.
///
/// Only the differences are written. A part of the document that is missing or of the
/// wrong kind (a fresh document, or one a peer damaged) is written whole. An item `base`
/// has but the document no longer holds was deleted by someone else: their delete wins.
pub fn write_diff<T: Transactable + ReadDoc>(
    tx: &mut T,
    base: &Model,
    new: &Model,
) -> Result<(), AutomergeError> {
    let schema_ok = matches!(
        tx.get(ROOT, K_SCHEMA)?,
        Some((Value::Scalar(s), _)) if s.as_str() == Some(SCHEMA)
    );
    if !schema_ok {
        tx.put(ROOT, K_SCHEMA, SCHEMA)?;
    }
    let title_ok = matches!(
        tx.get(ROOT, K_TITLE)?,
        Some((Value::Object(ObjType::Text), _))
    );
    put_text(
        tx,
        &ROOT,
        K_TITLE,
        title_ok.then_some(base.title.as_str()),
        &new.title,
    )?;
    let description_ok = matches!(
        tx.get(ROOT, K_MODEL_DESCRIPTION)?,
        Some((Value::Object(ObjType::Text), _))
    );
    if description_ok || !new.description.is_empty() {
        put_text(
            tx,
            &ROOT,
            K_MODEL_DESCRIPTION,
            description_ok.then_some(base.description.as_str()),
            &new.description,
        )?;
    }
    let (versions, fresh) = map_at(tx, &ROOT, K_VERSIONS, false)?;
    let final_ok = match tx.get(ROOT, K_FINAL)? {
        None => true,
        Some((Value::Scalar(s), _)) => s.is_null() || s.as_str().and_then(parse_id).is_some(),
        Some(_) => false,
    };
    if fresh || !final_ok || base.final_version != new.final_version {
        let value = new
            .final_version
            .map_or(ScalarValue::Null, |v| ScalarValue::Str(key(v.0).into()));
        tx.put(ROOT, K_FINAL, value)?;
    }
    let base_versions: &[Version] = if fresh { &[] } else { &base.versions };
    write_items(tx, &versions, base_versions, &new.versions)
}

/// An item of a keyed collection of the document: a version, a note, a card or a legend
/// entry.
trait Item: PartialEq {
    /// The item's key in its map.
    fn key(&self) -> String;
    /// Writes the fields that differ from `old` (all of them when `old` is `None`) into the
    /// item's map object `obj`; `z` is written by the caller.
    fn write<T: Transactable + ReadDoc>(
        &self,
        tx: &mut T,
        obj: &ObjId,
        old: Option<&Self>,
    ) -> Result<(), AutomergeError>;
}

/// Makes the map `map` hold the items of `new` in that order, given that it holds `base`.
fn write_items<T: Transactable + ReadDoc, I: Item>(
    tx: &mut T,
    map: &ObjId,
    base: &[I],
    new: &[I],
) -> Result<(), AutomergeError> {
    let old: HashMap<String, &I> = base.iter().map(|i| (i.key(), i)).collect();
    let keys: Vec<String> = new.iter().map(Item::key).collect();
    let wanted: HashSet<&str> = keys.iter().map(String::as_str).collect();
    for b in base {
        let k = b.key();
        if !wanted.contains(k.as_str()) {
            tx.delete(map, k.as_str())?;
        }
    }
    let survivors: Vec<String> = base
        .iter()
        .map(Item::key)
        .filter(|k| wanted.contains(k.as_str()))
        .collect();
    let same_order = keys.len() == survivors.len() && keys == survivors;
    let plan = if same_order {
        vec![None; new.len()]
    } else {
        let mut current = Vec::with_capacity(new.len());
        for k in &keys {
            let z = if old.contains_key(k) {
                match objects_at(tx, map, k)?.first() {
                    Some(obj) => number(tx.get(obj, K_Z)?),
                    None => None,
                }
            } else {
                None
            };
            current.push(z);
        }
        order::plan(&current)
    };
    for ((item, k), z) in new.iter().zip(&keys).zip(plan) {
        if let Some(b) = old.get(k) {
            if *b == item && z.is_none() {
                continue;
            }
            // Every copy: a key can hold identical copies written by two peers at once (see
            // `read`), and they must stay identical.
            for obj in objects_at(tx, map, k)? {
                item.write(tx, &obj, Some(b))?;
                if let Some(z) = z {
                    tx.put(&obj, K_Z, z)?;
                }
            }
        } else {
            let obj = tx.put_object(map, k.as_str(), ObjType::Map)?;
            item.write(tx, &obj, None)?;
            tx.put(&obj, K_Z, z.unwrap_or(0.0))?;
        }
    }
    Ok(())
}

/// The map objects held at `key` of `map` (more than one while a conflict lasts).
fn objects_at<T: ReadDoc>(tx: &T, map: &ObjId, key: &str) -> Result<Vec<ObjId>, AutomergeError> {
    Ok(tx
        .get_all(map, key)?
        .into_iter()
        .filter_map(|(v, id)| matches!(v, Value::Object(ObjType::Map)).then_some(id))
        .collect())
}

/// A finite number, if the value is one.
fn number(v: Option<(Value<'_>, ObjId)>) -> Option<f64> {
    match v {
        Some((Value::Scalar(s), _)) => match s.as_ref() {
            ScalarValue::F64(f) => Some(*f),
            ScalarValue::Int(i) => Some(*i as f64),
            ScalarValue::Uint(u) => Some(*u as f64),
            _ => None,
        },
        _ => None,
    }
    .filter(|f| f.is_finite())
}

/// The object of kind `kind` at `key` of `obj`, made anew when `create` is set or when the
/// key holds anything else; the flag says whether it is new (and so empty).
fn object_at<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    kind: ObjType,
    create: bool,
) -> Result<(ObjId, bool), AutomergeError> {
    if !create
        && let Some((Value::Object(k), id)) = tx.get(obj, key)?
        && k == kind
    {
        return Ok((id, false));
    }
    Ok((tx.put_object(obj, key, kind)?, true))
}

/// Writes a version's list `new` into its map at `key` under `obj` when it differs from
/// `old` (the list as last written; `None` for a new version, whose map is created): only
/// the items that changed, or all of them when the map had to be made afresh.
fn write_list<T: Transactable + ReadDoc, I: Item>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    old: Option<&[I]>,
    new: &[I],
) -> Result<(), AutomergeError> {
    if old.is_some_and(|o| o == new) {
        return Ok(());
    }
    let (map, fresh) = map_at(tx, obj, key, old.is_none())?;
    let base = old.filter(|_| !fresh).unwrap_or(&[]);
    write_items(tx, &map, base, new)
}

/// The map at `key` of `obj`; see [`object_at`].
fn map_at<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    create: bool,
) -> Result<(ObjId, bool), AutomergeError> {
    object_at(tx, obj, key, ObjType::Map, create)
}

/// Sets the text at `key` of `obj` to `new`: as a character diff from `old` when the key
/// holds text, else as a new text object.
fn put_text<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    old: Option<&str>,
    new: &str,
) -> Result<(), AutomergeError> {
    if old == Some(new) {
        return Ok(());
    }
    if old.is_some()
        && let Some((Value::Object(ObjType::Text), text)) = tx.get(obj, key)?
    {
        return tx.update_text(&text, new);
    }
    let text = tx.put_object(obj, key, ObjType::Text)?;
    tx.splice_text(&text, 0, 0, new)
}

/// Puts a string unless it is what `old` says the document holds.
fn put_str<T: Transactable>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    old: Option<&str>,
    new: &str,
) -> Result<(), AutomergeError> {
    if old != Some(new) {
        tx.put(obj, key, new)?;
    }
    Ok(())
}

/// Puts a number unless it is what `old` says the document holds. Note positions are
/// `f32`; every `f32` is exact as an `f64`.
fn put_f32<T: Transactable>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    old: Option<f32>,
    new: f32,
) -> Result<(), AutomergeError> {
    if old.map(f32::to_bits) != Some(new.to_bits()) {
        tx.put(obj, key, f64::from(new))?;
    }
    Ok(())
}

/// The word a status is stored as: its English word, as `.ron` and Markdown files have it.
pub(crate) fn status_word(s: Status) -> &'static str {
    s.label(holst_core::model::Lang::En)
}

impl Item for Version {
    fn key(&self) -> String {
        key(self.id.0)
    }

    fn write<T: Transactable + ReadDoc>(
        &self,
        tx: &mut T,
        obj: &ObjId,
        old: Option<&Self>,
    ) -> Result<(), AutomergeError> {
        put_text(tx, obj, K_NAME, old.map(|v| v.name.as_str()), &self.name)?;
        put_text(
            tx,
            obj,
            K_DESCRIPTION,
            old.map(|v| v.description.as_str()),
            &self.description,
        )?;
        put_str(
            tx,
            obj,
            K_LAYOUT,
            old.map(|v| v.layout.id()),
            self.layout.id(),
        )?;
        let method_changed = old.is_none_or(|o| {
            o.social != self.social || o.profiles != self.profiles || o.ties != self.ties
        });
        if method_changed
            && let Some(method) = MethodData::text(self)
            && (old.is_some() || !method.is_empty())
        {
            tx.put(obj, K_METHOD, method)?;
        }
        write_list(tx, obj, K_LEGEND, old.map(|v| &v.legend[..]), &self.legend)?;
        write_list(tx, obj, K_NOTES, old.map(|v| &v.notes[..]), &self.notes)?;
        write_list(tx, obj, K_CARDS, old.map(|v| &v.cards[..]), &self.cards)
    }
}

impl Item for LegendEntry {
    fn key(&self) -> String {
        self.colour.name().to_owned()
    }

    fn write<T: Transactable + ReadDoc>(
        &self,
        tx: &mut T,
        obj: &ObjId,
        old: Option<&Self>,
    ) -> Result<(), AutomergeError> {
        put_text(
            tx,
            obj,
            K_MEANING,
            old.map(|e| e.meaning.as_str()),
            &self.meaning,
        )
    }
}

impl Item for Note {
    fn key(&self) -> String {
        key(self.id.0)
    }

    fn write<T: Transactable + ReadDoc>(
        &self,
        tx: &mut T,
        obj: &ObjId,
        old: Option<&Self>,
    ) -> Result<(), AutomergeError> {
        put_str(tx, obj, K_BLOCK, old.map(|n| n.block.id()), self.block.id())?;
        put_str(
            tx,
            obj,
            K_COLOUR,
            old.map(|n| n.colour.name()),
            self.colour.name(),
        )?;
        put_f32(tx, obj, K_X, old.map(|n| n.x), self.x)?;
        put_f32(tx, obj, K_Y, old.map(|n| n.y), self.y)?;
        put_text(tx, obj, K_TEXT, old.map(|n| n.text.as_str()), &self.text)
    }
}

impl Item for Card {
    fn key(&self) -> String {
        key(self.id.0)
    }

    fn write<T: Transactable + ReadDoc>(
        &self,
        tx: &mut T,
        obj: &ObjId,
        old: Option<&Self>,
    ) -> Result<(), AutomergeError> {
        type Field = fn(&Card) -> &str;
        let texts: [(&str, Field); 5] = [
            (K_HYPOTHESIS, |c| &c.hypothesis),
            (K_TEST, |c| &c.test),
            (K_METRIC, |c| &c.metric),
            (K_CRITERION, |c| &c.criterion),
            (K_LEARNING, |c| &c.learning),
        ];
        for (k, field) in texts {
            put_text(tx, obj, k, old.map(field), field(self))?;
        }
        put_str(
            tx,
            obj,
            K_STATUS,
            old.map(|c| status_word(c.status)),
            status_word(self.status),
        )?;
        if old.is_none_or(|c| c.notes != self.notes) {
            let (list, _) = object_at(tx, obj, K_NOTES, ObjType::List, old.is_none())?;
            let ids: Vec<u64> = self.notes.iter().map(|n| n.0).collect();
            write_id_list(tx, &list, &ids)?;
        }
        Ok(())
    }
}

/// Makes a list of note ids hold `new`, deleting and inserting as few entries as it can, so
/// that two people linking different notes to one card both keep their link.
fn write_id_list<T: Transactable + ReadDoc>(
    tx: &mut T,
    list: &ObjId,
    new: &[u64],
) -> Result<(), AutomergeError> {
    let mut current: Vec<Option<u64>> = Vec::new();
    for i in 0..tx.length(list) {
        current.push(match tx.get(list, i)? {
            Some((Value::Scalar(s), _)) => s.as_str().and_then(parse_id),
            _ => None,
        });
    }
    // Keep a longest run of the current entries that `new` has in the same order: the
    // positions in `current` of `new`'s ids (first occurrence), increasing.
    let mut first: HashMap<u64, usize> = HashMap::new();
    for (i, id) in current.iter().enumerate() {
        if let Some(id) = id {
            first.entry(*id).or_insert(i);
        }
    }
    let positions: Vec<Option<f64>> = new
        .iter()
        .map(|id| first.get(id).map(|&i| i as f64))
        .collect();
    let keep_new = order::longest_increasing(&positions);
    let kept: HashSet<usize> = positions
        .iter()
        .zip(&keep_new)
        .filter_map(|(p, keep)| p.filter(|_| *keep).map(|p| p as usize))
        .collect();
    for i in (0..current.len()).rev() {
        if !kept.contains(&i) {
            tx.delete(list, i)?;
        }
    }
    // The list now holds the kept ids in `new`'s order; insert the others among them.
    for (at, (id, keep)) in new.iter().zip(keep_new).enumerate() {
        if !keep {
            tx.insert(list, at, key(*id))?;
        }
    }
    Ok(())
}

/// Tells the document about the clashes `read` found (keys holding several different
/// items, which the model shows under several ids): each item is written under its own key,
/// the one keeping the id included, so the key holds one object again and an edit of
/// either item lands on it. `model` is the model that read made.
pub(crate) fn keep_both<T: Transactable + ReadDoc>(
    tx: &mut T,
    model: &Model,
    clashes: &[Clash],
) -> Result<(), AutomergeError> {
    for c in clashes {
        let version = c.version.and_then(|v| model.version(v));
        for (id, z) in std::iter::once((c.id, c.z)).chain(c.kept.iter().copied()) {
            let k = key(id);
            match c.kind {
                Kind::Version => {
                    if let Some(v) = model.versions.iter().find(|v| v.id.0 == id) {
                        let obj = tx.put_object(&c.map, k.as_str(), ObjType::Map)?;
                        v.write(tx, &obj, None)?;
                        tx.put(&obj, K_Z, z)?;
                    }
                }
                Kind::Note => {
                    if let Some(n) = version.and_then(|v| v.notes.iter().find(|n| n.id.0 == id)) {
                        let obj = tx.put_object(&c.map, k.as_str(), ObjType::Map)?;
                        n.write(tx, &obj, None)?;
                        tx.put(&obj, K_Z, z)?;
                    }
                }
                Kind::Card => {
                    if let Some(card) = version.and_then(|v| v.cards.iter().find(|c| c.id.0 == id))
                    {
                        let obj = tx.put_object(&c.map, k.as_str(), ObjType::Map)?;
                        card.write(tx, &obj, None)?;
                        tx.put(&obj, K_Z, z)?;
                    }
                }
            }
        }
    }
    Ok(())
}
