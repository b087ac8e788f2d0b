//! Reading the items of a model (versions, notes, cards, legend entries) and their fields,
//! refusing any value of the wrong kind with its place.

use automerge::hydrate::{Map, Value as H};
use automerge::{ReadDoc, ScalarValue};

use super::{Ctx, Kind, Loc};
use crate::error::ReadError;
use crate::schema::{
    K_BLOCK, K_CARDS, K_COLOUR, K_CRITERION, K_DESCRIPTION, K_HYPOTHESIS, K_LAYOUT, K_LEARNING,
    K_LEGEND, K_MEANING, K_METHOD, K_METRIC, K_NAME, K_NOTES, K_STATUS, K_TEST, K_TEXT, K_X, K_Y,
    K_Z, MethodData, parse_id,
};
use crate::write::status_word;
use holst_core::i18n::Message;
use holst_core::model::{
    BlockId, Card, CardId, Colour, LayoutKind, LegendEntry, Note, NoteId, Status, Version,
    VersionId,
};

/// An item kept in a map keyed by its id.
pub(crate) trait Keyed: Clone + PartialEq {
    /// Which kind of item.
    const KIND: Kind;
    /// Its id.
    fn id(&self) -> u64;
    /// Gives it another id.
    fn set_id(&mut self, id: u64);
}

/// Reads one item: its `z` and the item. Arguments: the read, the id its key names, the
/// value, its place for messages, and where it is in the document.
pub(crate) type Parse<'d, D, T> =
    fn(&mut Ctx<'d, D>, u64, &H, &str, &Loc) -> Result<(f64, T), ReadError>;

/// The legend, notes and cards of a version.
type Parts = (Vec<LegendEntry>, Vec<Note>, Vec<Card>);

impl Keyed for Version {
    const KIND: Kind = Kind::Version;
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id = VersionId(id);
    }
}

impl Keyed for Note {
    const KIND: Kind = Kind::Note;
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id = NoteId(id);
    }
}

impl Keyed for Card {
    const KIND: Kind = Kind::Card;
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id = CardId(id);
    }
}

/// The map `v` is, or the error at `at`.
pub(crate) fn map<'a>(v: Option<&'a H>, at: &str) -> Result<&'a Map, ReadError> {
    match v {
        Some(H::Map(m)) => Ok(m),
        other => Err(ReadError::expected(
            at,
            Message::new("sync-what-map"),
            other,
        )),
    }
}

/// The text `v` is, or the error at `at`.
pub(crate) fn text(v: Option<&H>, at: &str) -> Result<String, ReadError> {
    match v {
        Some(H::Text(t)) => Ok(t.to_string()),
        other => Err(ReadError::expected(
            at,
            Message::new("sync-what-text"),
            other,
        )),
    }
}

/// A finite number, or the error at `at`.
fn number(v: Option<&H>, at: &str) -> Result<f64, ReadError> {
    let n = match v {
        Some(H::Scalar(ScalarValue::F64(f))) => Some(*f),
        Some(H::Scalar(ScalarValue::Int(i))) => Some(*i as f64),
        Some(H::Scalar(ScalarValue::Uint(u))) => Some(*u as f64),
        _ => None,
    };
    n.filter(|n| n.is_finite())
        .ok_or_else(|| ReadError::expected(at, Message::new("sync-what-number"), v))
}

/// A position in canvas units: a finite number that fits an `f32`.
fn position(v: Option<&H>, at: &str) -> Result<f32, ReadError> {
    let n = number(v, at)?;
    let f = n as f32;
    if f.is_finite() {
        Ok(f)
    } else {
        Err(ReadError::expected(
            at,
            Message::new("sync-what-position"),
            v,
        ))
    }
}

/// One of the words of `all` (as `name` spells them), or the error at `at` listing them.
fn word<T: Copy>(
    v: Option<&H>,
    at: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T, ReadError> {
    if let Some(H::Scalar(ScalarValue::Str(s))) = v
        && let Some(found) = all.iter().copied().find(|t| name(*t) == s.as_str())
    {
        return Ok(found);
    }
    let list = all.iter().map(|t| name(*t)).collect::<Vec<_>>().join(", ");
    Err(ReadError::expected(
        at,
        Message::new("sync-what-one-of").arg("list", list),
        v,
    ))
}

/// A version and its tab position.
pub(crate) fn version<D: ReadDoc>(
    cx: &mut Ctx<'_, D>,
    id: u64,
    v: &H,
    at: &str,
    loc: &Loc,
) -> Result<(f64, Version), ReadError> {
    let m = map(Some(v), at)?;
    let f = |k: &str| format!("{at}.{k}");
    let name = text(m.get(K_NAME), &f(K_NAME))?;
    // Documents shared before versions had descriptions lack the key: no description.
    let description = match m.get(K_DESCRIPTION) {
        None => String::new(),
        some => text(some, &f(K_DESCRIPTION))?,
    };
    let layout = word(
        m.get(K_LAYOUT),
        &f(K_LAYOUT),
        &LayoutKind::ALL,
        LayoutKind::id,
    )?;
    let z = number(m.get(K_Z), &f(K_Z))?;
    let method = method(m.get(K_METHOD), &f(K_METHOD))?;
    let outer = cx.scope.replace(VersionId(id));
    let parts = version_parts(cx, m, loc, at);
    cx.scope = outer;
    let (legend, notes, cards) = parts?;
    Ok((
        z,
        Version {
            id: VersionId(id),
            name,
            description,
            layout,
            legend,
            notes,
            cards,
            social: method.social,
            profiles: method.profiles,
            ties: method.ties,
        },
    ))
}

/// A version's method data: absent or empty (documents shared before it existed, or a
/// version without it) is none; otherwise the RON that [`MethodData::text`] writes.
fn method(v: Option<&H>, at: &str) -> Result<MethodData, ReadError> {
    match v {
        None => Ok(MethodData::default()),
        Some(H::Scalar(ScalarValue::Str(s))) if s.is_empty() => Ok(MethodData::default()),
        Some(H::Scalar(ScalarValue::Str(s))) => ron::from_str(s)
            .map_err(|_| ReadError::expected(at, Message::new("sync-what-method"), v)),
        other => Err(ReadError::expected(
            at,
            Message::new("sync-what-method"),
            other,
        )),
    }
}

/// The legend, notes and cards of the version `m` at `at`.
fn version_parts<D: ReadDoc>(
    cx: &mut Ctx<'_, D>,
    m: &Map,
    loc: &Loc,
    at: &str,
) -> Result<Parts, ReadError> {
    let f = |k: &str| format!("{at}.{k}");
    let legend = legend(
        cx,
        map(m.get(K_LEGEND), &f(K_LEGEND))?,
        &loc.child(K_LEGEND),
        &f(K_LEGEND),
    )?;
    let notes = cx.items(
        map(m.get(K_NOTES), &f(K_NOTES))?,
        &loc.child(K_NOTES),
        &f(K_NOTES),
        note,
    )?;
    let cards = cx.items(
        map(m.get(K_CARDS), &f(K_CARDS))?,
        &loc.child(K_CARDS),
        &f(K_CARDS),
        card,
    )?;
    Ok((legend, notes, cards))
}

/// A note and its drawing position.
fn note<D: ReadDoc>(
    _: &mut Ctx<'_, D>,
    id: u64,
    v: &H,
    at: &str,
    _: &Loc,
) -> Result<(f64, Note), ReadError> {
    let m = map(Some(v), at)?;
    let f = |k: &str| format!("{at}.{k}");
    Ok((
        number(m.get(K_Z), &f(K_Z))?,
        Note {
            id: NoteId(id),
            block: word(m.get(K_BLOCK), &f(K_BLOCK), &BlockId::ALL, BlockId::id)?,
            colour: word(m.get(K_COLOUR), &f(K_COLOUR), &Colour::ALL, Colour::name)?,
            x: position(m.get(K_X), &f(K_X))?,
            y: position(m.get(K_Y), &f(K_Y))?,
            text: text(m.get(K_TEXT), &f(K_TEXT))?,
        },
    ))
}

/// A hypothesis card and its position in the list.
fn card<D: ReadDoc>(
    _: &mut Ctx<'_, D>,
    id: u64,
    v: &H,
    at: &str,
    _: &Loc,
) -> Result<(f64, Card), ReadError> {
    let m = map(Some(v), at)?;
    let f = |k: &str| format!("{at}.{k}");
    let notes = match m.get(K_NOTES) {
        Some(H::List(list)) => list
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let id = match &item.value {
                    H::Scalar(ScalarValue::Str(s)) => parse_id(s),
                    _ => None,
                };
                id.map(NoteId).ok_or_else(|| {
                    ReadError::expected(
                        &format!("{at}.{K_NOTES}[{i}]"),
                        Message::new("sync-what-note-id"),
                        Some(&item.value),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
        other => {
            return Err(ReadError::expected(
                &f(K_NOTES),
                Message::new("sync-what-note-ids"),
                other,
            ));
        }
    };
    Ok((
        number(m.get(K_Z), &f(K_Z))?,
        Card {
            id: CardId(id),
            hypothesis: text(m.get(K_HYPOTHESIS), &f(K_HYPOTHESIS))?,
            test: text(m.get(K_TEST), &f(K_TEST))?,
            metric: text(m.get(K_METRIC), &f(K_METRIC))?,
            criterion: text(m.get(K_CRITERION), &f(K_CRITERION))?,
            status: word(m.get(K_STATUS), &f(K_STATUS), &Status::ALL, status_word)?,
            learning: text(m.get(K_LEARNING), &f(K_LEARNING))?,
            notes,
        },
    ))
}

/// The legend of a version, in order. Two people who explained one colour at once both
/// made an entry for it: their meanings are joined, so neither is lost.
fn legend<D: ReadDoc>(
    cx: &mut Ctx<'_, D>,
    m: &Map,
    loc: &Loc,
    at: &str,
) -> Result<Vec<LegendEntry>, ReadError> {
    let mut entries: Vec<(f64, LegendEntry)> = Vec::new();
    for (k, entry) in m.iter() {
        let place = format!("{at}[{k}]");
        let parsed = legend_entry(k, &entry.value, &place).and_then(|(z, mut e)| {
            if entry.conflict {
                e.meaning = cx.joined_meanings(loc, k, &place, e.meaning)?;
            }
            Ok((z, e))
        });
        match parsed {
            Ok(e) => entries.push(e),
            Err(_) if cx.lenient => {}
            Err(e) => return Err(e),
        }
    }
    entries.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.colour.cmp(&b.1.colour)));
    Ok(entries.into_iter().map(|(_, e)| e).collect())
}

/// One legend entry: the colour its key names, its meaning and position.
fn legend_entry(key: &str, v: &H, at: &str) -> Result<(f64, LegendEntry), ReadError> {
    let key_value = H::Scalar(ScalarValue::Str(key.into()));
    let colour = word(Some(&key_value), at, &Colour::ALL, Colour::name)?;
    let m = map(Some(v), at)?;
    Ok((
        number(m.get(K_Z), &format!("{at}.{K_Z}"))?,
        LegendEntry {
            colour,
            meaning: text(m.get(K_MEANING), &format!("{at}.{K_MEANING}"))?,
        },
    ))
}

impl<D: ReadDoc> Ctx<'_, D> {
    /// The meanings of every entry at `key` of the legend, distinct ones joined with « / »
    /// in the document's order of the entries (the same on every peer).
    fn joined_meanings(
        &mut self,
        loc: &Loc,
        key: &str,
        at: &str,
        winner: String,
    ) -> Result<String, ReadError> {
        let Some(obj) = loc.resolve(self.doc) else {
            return Ok(winner);
        };
        let Ok(all) = self.doc.get_all(&obj, key) else {
            return Ok(winner);
        };
        let mut meanings: Vec<String> = Vec::new();
        for (_, id) in all {
            let Ok(v) = self.doc.hydrate(&id, None) else {
                continue;
            };
            let (_, e) = match legend_entry(key, &v, at) {
                Ok(e) => e,
                Err(_) if self.lenient => continue,
                Err(e) => return Err(e),
            };
            if !e.meaning.is_empty() && !meanings.contains(&e.meaning) {
                meanings.push(e.meaning);
            }
        }
        if meanings.len() > 1 {
            self.repairs.push(super::Repair::LegendJoined {
                version: self.scope,
                colour: word(
                    Some(&H::Scalar(ScalarValue::Str(key.into()))),
                    at,
                    &Colour::ALL,
                    Colour::name,
                )?,
            });
        }
        Ok(if meanings.is_empty() {
            winner
        } else {
            meanings.join(" / ")
        })
    }
}
