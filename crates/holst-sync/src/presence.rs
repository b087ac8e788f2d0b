//! Who else has the model open: each session says hello every few seconds through the
//! document's ephemeral messages, and forgets a peer it has not heard from for a while.
//!
//! The server is the only peer a client sees, so presence cannot come from connections.
//! Ephemeral messages reach everyone who has the document open, through our server and the
//! JavaScript one alike; they are CBOR maps, as JavaScript peers expect.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How often a session says hello.
pub(crate) const HELLO_EVERY: Duration = Duration::from_secs(2);
/// How long a peer counts as there after its last hello.
const FORGET_AFTER: Duration = Duration::from_secs(6);
/// Longest name kept, in characters.
const MAX_NAME: usize = 100;
/// Most peers kept (a flood of made-up peers cannot grow the table beyond it).
const MAX_PEERS: usize = 1000;

/// Another person with the model open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    /// A random id of their session.
    pub id: String,
    /// The name they go by.
    pub name: String,
}

/// The hello message: `{"holst": "hello", "peer": id, "name": name}` in CBOR.
pub(crate) fn hello(peer: &Peer) -> Vec<u8> {
    let mut e = minicbor::Encoder::new(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = e
        .map(3)
        .and_then(|e| e.str("holst"))
        .and_then(|e| e.str("hello"))
        .and_then(|e| e.str("peer"))
        .and_then(|e| e.str(&peer.id))
        .and_then(|e| e.str("name"))
        .and_then(|e| e.str(&peer.name));
    e.into_writer()
}

/// The peer a hello message names; `None` for anything else (other apps' messages,
/// garbage). Names are cut to [`MAX_NAME`] characters.
pub(crate) fn parse_hello(bytes: &[u8]) -> Option<Peer> {
    let mut d = minicbor::Decoder::new(bytes);
    let len = d.map().ok()??;
    if len > 16 {
        return None;
    }
    let (mut kind, mut id, mut name) = (None, None, None);
    for _ in 0..len {
        let key = d.str().ok()?;
        match key {
            "holst" => kind = Some(d.str().ok()?),
            "peer" => id = Some(d.str().ok()?),
            "name" => name = Some(d.str().ok()?),
            _ => d.skip().ok()?,
        }
    }
    if kind != Some("hello") {
        return None;
    }
    let id = id.filter(|id| !id.is_empty() && id.len() <= 64)?;
    Some(Peer {
        id: id.to_owned(),
        name: name.unwrap_or("").chars().take(MAX_NAME).collect(),
    })
}

/// The peers heard from lately.
#[derive(Debug, Default)]
pub(crate) struct Peers {
    seen: HashMap<String, (String, Instant)>,
}

impl Peers {
    /// Notes a hello from `peer` at `now`; whether the list of peers changed.
    pub(crate) fn heard(&mut self, peer: Peer, now: Instant) -> bool {
        self.forget(now);
        if self.seen.len() >= MAX_PEERS && !self.seen.contains_key(&peer.id) {
            return false;
        }
        let before = self.seen.insert(peer.id, (peer.name.clone(), now));
        before.is_none_or(|(name, _)| name != peer.name)
    }

    /// Forgets peers not heard from for a while; whether any was forgotten.
    pub(crate) fn forget(&mut self, now: Instant) -> bool {
        let before = self.seen.len();
        self.seen
            .retain(|_, (_, at)| now.saturating_duration_since(*at) < FORGET_AFTER);
        self.seen.len() != before
    }

    /// The peers heard from lately, by name then id.
    pub(crate) fn list(&self, now: Instant) -> Vec<Peer> {
        let mut out: Vec<Peer> = self
            .seen
            .iter()
            .filter(|(_, (_, at))| now.saturating_duration_since(*at) < FORGET_AFTER)
            .map(|(id, (name, _))| Peer {
                id: id.clone(),
                name: name.clone(),
            })
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hello_round_trips_and_garbage_is_ignored() {
        let me = Peer {
            id: "abc".into(),
            name: "Аня".into(),
        };
        assert_eq!(parse_hello(&hello(&me)), Some(me));
        assert_eq!(parse_hello(b""), None);
        assert_eq!(parse_hello(&[0xff, 0x00, 0x13]), None);
        // A CBOR map from another app.
        let mut e = minicbor::Encoder::new(Vec::new());
        e.map(1).unwrap().str("cursor").unwrap().u32(5).unwrap();
        assert_eq!(parse_hello(&e.into_writer()), None);
    }

    #[test]
    fn peers_are_forgotten_when_silent() {
        let t0 = Instant::now();
        let mut peers = Peers::default();
        let bob = Peer {
            id: "b".into(),
            name: "Bob".into(),
        };
        assert!(peers.heard(bob.clone(), t0));
        assert!(!peers.heard(bob.clone(), t0 + Duration::from_secs(1)));
        assert_eq!(peers.list(t0 + Duration::from_secs(2)), vec![bob]);
        assert!(peers.list(t0 + Duration::from_secs(8)).is_empty());
        assert!(peers.forget(t0 + Duration::from_secs(8)));
    }
}
