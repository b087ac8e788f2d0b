//! Reading a Holst model out of its Automerge document.
//!
//! The document can hold anything a peer wrote: it is valid Automerge, but a buggy or
//! hostile peer may have put a string where a number belongs. [`read`] checks every value
//! and refuses the first one of the wrong kind with a [`ReadError`] naming its place
//! (`versions[2].notes[17].x`); keys it does not know (a newer Holst may add some) are
//! ignored. A merge of two valid models can still break a rule of the model (a card links a
//! note someone deleted meanwhile); [`read`] mends those the same way on every peer and
//! says what it did ([`Repair`]), then checks the result with `Model::validate`.

mod items;
mod normalise;

use std::collections::{BTreeSet, HashSet};

use automerge::hydrate::{Map, Value as H};
use automerge::{ObjId, ObjType, ROOT, ReadDoc, Value};

pub use normalise::{ItemKind, Repair};

use crate::error::{Detail, ReadError};
use crate::schema::{
    K_FINAL, K_MODEL_DESCRIPTION, K_SCHEMA, K_TITLE, K_VERSIONS, SCHEMA, parse_id,
};
use holst_core::i18n::Message;
use holst_core::model::{FORMAT_VERSION, IdStrategy, MAX_ID, Model, VersionId};

/// A model read from a document, and what the reader mended.
#[derive(Debug, Clone)]
pub struct Read {
    /// The model, valid; its new ids are random ([`IdStrategy::Random`]).
    pub model: Model,
    /// What was mended, for the status line.
    pub repairs: Vec<Repair>,
    /// The model as the document holds it, before mending: what a change must be written
    /// against, so that mending is written with the next step that touches it.
    pub(crate) raw: Model,
    /// Keys holding two different items, which the model shows under two ids; the
    /// document should be told (see `write::keep_both`).
    pub(crate) clashes: Vec<Clash>,
}

/// Which kind of item a [`Clash`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Version,
    Note,
    Card,
}

/// Two people made an item with the same id (files from before random ids, or the
/// 2^-53 chance): the key holds several objects. The first keeps the id, the others got
/// new ones.
#[derive(Debug, Clone)]
pub(crate) struct Clash {
    /// The map holding the key.
    pub map: ObjId,
    pub kind: Kind,
    /// The version of a note or card.
    pub version: Option<VersionId>,
    /// The id, and the `z` of the item that keeps it.
    pub id: u64,
    pub z: f64,
    /// New ids of the other items, with their `z`.
    pub kept: Vec<(u64, f64)>,
}

/// Where an object is in the document, found only when needed (a clash): a known object,
/// or the child at a key of another.
#[derive(Debug, Clone)]
pub(crate) enum Loc {
    Known(ObjId),
    Child(Box<Loc>, String),
}

impl Loc {
    /// The child at `key`.
    pub(crate) fn child(&self, key: &str) -> Loc {
        Loc::Child(Box::new(self.clone()), key.to_owned())
    }

    /// The map object this names, if it is one.
    fn resolve<D: ReadDoc>(&self, doc: &D) -> Option<ObjId> {
        match self {
            Loc::Known(obj) => Some(obj.clone()),
            Loc::Child(parent, key) => match doc.get(parent.resolve(doc)?, key.as_str()) {
                Ok(Some((Value::Object(ObjType::Map), obj))) => Some(obj),
                _ => None,
            },
        }
    }
}

/// Reads the model the document holds, or says what in it is wrong.
pub fn read<D: ReadDoc>(doc: &D) -> Result<Read, ReadError> {
    let mut cx = Ctx::new(doc, false);
    let raw = cx.model()?;
    let mut repairs = cx.repairs;
    let model = normalise::normalise(raw.clone(), &mut repairs)?;
    Ok(Read {
        model,
        repairs,
        raw,
        clashes: cx.clashes,
    })
}

/// The model as far as the document holds one: items of the wrong shape (and the whole
/// model, if its root is wrong) are left out. Never fails; not validated. This is the base
/// for writing a good model over a damaged document.
pub(crate) fn read_lenient<D: ReadDoc>(doc: &D) -> Model {
    let mut cx = Ctx::new(doc, true);
    cx.model().unwrap_or_else(|_| empty())
}

/// A model with no versions: what an empty document holds.
pub(crate) fn empty() -> Model {
    Model {
        format_version: FORMAT_VERSION,
        title: String::new(),
        description: String::new(),
        final_version: None,
        versions: Vec::new(),
        ids: IdStrategy::Random,
    }
}

/// The state of one read.
pub(crate) struct Ctx<'d, D> {
    doc: &'d D,
    /// Leave out what is wrong instead of refusing it.
    lenient: bool,
    /// Whether clashes found now need telling the document (not inside an item that is
    /// itself written anew).
    record: bool,
    /// The version whose notes or cards are being read.
    pub(crate) scope: Option<VersionId>,
    clashes: Vec<Clash>,
    repairs: Vec<Repair>,
}

impl<'d, D: ReadDoc> Ctx<'d, D> {
    fn new(doc: &'d D, lenient: bool) -> Self {
        Self {
            doc,
            lenient,
            record: true,
            scope: None,
            clashes: Vec::new(),
            repairs: Vec::new(),
        }
    }

    fn model(&mut self) -> Result<Model, ReadError> {
        let root = self.doc.hydrate(ROOT, None).map_err(|e| ReadError {
            place: String::new(),
            detail: Detail::Automerge(e.to_string()),
        })?;
        let H::Map(root) = root else {
            return Err(ReadError::expected(
                "",
                Message::new("sync-what-map"),
                Some(&root),
            ));
        };
        match root.get(K_SCHEMA) {
            Some(H::Scalar(s)) if s.as_str() == Some(SCHEMA) => {}
            other if !self.lenient => {
                return Err(ReadError::expected(
                    K_SCHEMA,
                    Message::new("sync-what-schema"),
                    other,
                ));
            }
            _ => {}
        }
        let title = self.or_default(items::text(root.get(K_TITLE), K_TITLE))?;
        // Documents shared before models had descriptions lack the key: no description.
        let description = match root.get(K_MODEL_DESCRIPTION) {
            None => String::new(),
            some => self.or_default(items::text(some, K_MODEL_DESCRIPTION))?,
        };
        let final_version = match root.get(K_FINAL) {
            None | Some(H::Scalar(automerge::ScalarValue::Null)) => None,
            Some(H::Scalar(s)) if s.as_str().and_then(parse_id).is_some() => {
                s.as_str().and_then(parse_id).map(VersionId)
            }
            other => self.or_default(Err(ReadError::expected(
                K_FINAL,
                Message::new("sync-what-final"),
                other,
            )))?,
        };
        let versions = match items::map(root.get(K_VERSIONS), K_VERSIONS) {
            Ok(map) => {
                let loc = Loc::Known(ROOT).child(K_VERSIONS);
                self.items(map, &loc, K_VERSIONS, items::version)?
            }
            Err(e) => self.or_default(Err(e))?,
        };
        Ok(Model {
            format_version: FORMAT_VERSION,
            title,
            description,
            final_version,
            versions,
            ids: IdStrategy::Random,
        })
    }

    /// `r`, or in lenient reading the default value in place of an error.
    fn or_default<T: Default>(&self, r: Result<T, ReadError>) -> Result<T, ReadError> {
        match r {
            Err(_) if self.lenient => Ok(T::default()),
            r => r,
        }
    }

    /// The items of a keyed map, in order of `z` then id. `loc` locates the map in the
    /// document (looked up only when a key holds several objects); `at` is its place for
    /// messages.
    pub(crate) fn items<T: items::Keyed>(
        &mut self,
        map: &Map,
        loc: &Loc,
        at: &str,
        parse: items::Parse<'d, D, T>,
    ) -> Result<Vec<T>, ReadError> {
        let mut found: Vec<(f64, T)> = Vec::new();
        let mut clashed = BTreeSet::new();
        for (k, entry) in map.iter() {
            let place = format!("{at}[{k}]");
            let Some(id) = parse_id(k) else {
                if self.lenient {
                    continue;
                }
                return Err(ReadError::expected(
                    &place,
                    Message::new("sync-what-id-key"),
                    Some(&H::Scalar(automerge::ScalarValue::Str(k.as_str().into()))),
                ));
            };
            if entry.conflict {
                clashed.insert(id);
            }
            match parse(self, id, &entry.value, &place, &loc.child(k)) {
                Ok(item) => found.push(item),
                Err(_) if self.lenient => {}
                Err(e) => return Err(e),
            }
        }
        if !clashed.is_empty() && !self.lenient {
            self.clashes_in(&mut found, &clashed, loc, at, parse)?;
        }
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.id().cmp(&b.1.id())));
        Ok(found.into_iter().map(|(_, item)| item).collect())
    }

    /// Keys holding several objects: every different item is kept, under a new id when
    /// its own is taken; identical copies (two peers mending the same clash) count once.
    fn clashes_in<T: items::Keyed>(
        &mut self,
        found: &mut Vec<(f64, T)>,
        clashed: &BTreeSet<u64>,
        loc: &Loc,
        at: &str,
        parse: items::Parse<'d, D, T>,
    ) -> Result<(), ReadError> {
        let Some(map_obj) = loc.resolve(self.doc) else {
            return Ok(());
        };
        let mut used: HashSet<u64> = found.iter().map(|(_, item)| item.id()).collect();
        for &id in clashed {
            let k = crate::schema::key(id);
            let Ok(Some((_, winner))) = self.doc.get(&map_obj, k.as_str()) else {
                continue;
            };
            let Ok(all) = self.doc.get_all(&map_obj, k.as_str()) else {
                continue;
            };
            let Some((z, first)) = found.iter().find(|(_, item)| item.id() == id).cloned() else {
                continue;
            };
            let mut seen = vec![first];
            let mut kept = Vec::new();
            let record = self.record;
            for (value, obj) in all {
                if obj == winner || !matches!(value, Value::Object(ObjType::Map)) {
                    continue;
                }
                let Ok(hydrated) = self.doc.hydrate(&obj, None) else {
                    continue;
                };
                let place = format!("{at}[{k}]");
                self.record = false;
                let parsed = parse(self, id, &hydrated, &place, &Loc::Known(obj.clone()));
                self.record = record;
                let (lz, mut item) = match parsed {
                    Ok(item) => item,
                    Err(_) if self.lenient => continue,
                    Err(e) => return Err(e),
                };
                if seen.contains(&item) {
                    continue;
                }
                seen.push(item.clone());
                let new_id = derived_id(&obj, &used);
                used.insert(new_id);
                item.set_id(new_id);
                self.repairs.push(Repair::KeptBoth {
                    kind: T::KIND.into(),
                    version: self.scope,
                    id,
                    new_id,
                });
                kept.push((new_id, lz));
                found.push((lz, item));
            }
            if record && !kept.is_empty() {
                self.clashes.push(Clash {
                    map: map_obj.clone(),
                    kind: T::KIND,
                    version: self.scope,
                    id,
                    z,
                    kept,
                });
            }
        }
        Ok(())
    }
}

/// A new id for the item made by the operation `obj`: the same on every peer (a hash of
/// the operation's id), at most [`MAX_ID`], not in `used`.
fn derived_id(obj: &ObjId, used: &HashSet<u64>) -> u64 {
    let mut salt = 0u64;
    loop {
        // FNV-1a: stable across runs and platforms, unlike std's randomly keyed hasher.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in obj.to_string().bytes().chain(salt.to_le_bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        let id = h & MAX_ID;
        if id != 0 && !used.contains(&id) {
            return id;
        }
        salt += 1;
    }
}
