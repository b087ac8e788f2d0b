//! The session's background tasks: others' changes, the connection, who is there.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use automerge::ChangeHash;
use futures::StreamExt;
use samod::{ConnectionId, DialerEvent, DialerHandle};

use super::Session;
use crate::net::WsError;
use crate::presence::{self, Peers};

/// What the background tasks share with the session.
#[derive(Default)]
pub(super) struct Shared {
    /// Which dialer the connection fields are about (older dialers' events are ignored).
    pub(super) dialer: u64,
    pub(super) attempt: u32,
    pub(super) error: Option<String>,
    pub(super) peers: Peers,
    /// Per connection: how far it is in step with us.
    pub(super) docs: HashMap<ConnectionId, InStep>,
}

/// How far a connection is in step with us on the document.
#[derive(Debug, Clone, Default)]
pub(super) struct InStep {
    /// The heads we know we share with it.
    pub(super) shared: Option<Vec<ChangeHash>>,
    /// The heads it says it has.
    pub(super) theirs: Option<Vec<ChangeHash>>,
}

impl Session {
    /// Background tasks: others' changes, what the server has, who is there.
    pub(super) fn spawn_watchers(&mut self) {
        let Some(rt) = &self.rt else { return };
        let wake = self.options.wake.clone();
        let mut changes = self.handle.changes();
        let w = wake.clone();
        self.tasks.push(rt.spawn(async move {
            while changes.next().await.is_some() {
                w();
            }
        }));
        let (now, mut updates) = self.handle.peers();
        let shared = self.shared.clone();
        let w = wake.clone();
        self.tasks.push(rt.spawn(async move {
            let mut update = Some(now);
            while let Some(states) = update {
                {
                    let mut s = lock(&shared);
                    for (conn, state) in states {
                        s.docs.insert(
                            conn,
                            InStep {
                                shared: state.shared_heads,
                                theirs: state.their_heads,
                            },
                        );
                    }
                }
                w();
                update = updates.next().await;
            }
        }));
        let mut ephemera = self.handle.ephemera();
        let (shared, me, w) = (self.shared.clone(), self.me.id.clone(), wake.clone());
        self.tasks.push(rt.spawn(async move {
            while let Some(bytes) = ephemera.next().await {
                let Some(peer) = presence::parse_hello(&bytes) else {
                    continue;
                };
                if peer.id != me && lock(&shared).peers.heard(peer, Instant::now()) {
                    w();
                }
            }
        }));
        let (handle, shared, hello) = (
            self.handle.clone(),
            self.shared.clone(),
            presence::hello(&self.me),
        );
        self.tasks.push(rt.spawn(async move {
            let mut tick = tokio::time::interval(presence::HELLO_EVERY);
            loop {
                tick.tick().await;
                handle.broadcast(hello.clone());
                if lock(&shared).peers.forget(Instant::now()) {
                    wake();
                }
            }
        }));
    }

    /// Follows a dialer's events into the shared state.
    pub(super) fn watch(&mut self, dialer: DialerHandle<WsError>) {
        let Some(rt) = &self.rt else { return };
        self.dialers += 1;
        let generation = self.dialers;
        {
            let mut s = lock(&self.shared);
            s.dialer = generation;
            s.attempt = 0;
            s.error = None;
        }
        let (shared, wake, d) = (
            self.shared.clone(),
            self.options.wake.clone(),
            dialer.clone(),
        );
        // `events()` borrows its handle, so it is called on a clone inside the task.
        self.tasks.push(rt.spawn(async move {
            let mut events = d.events();
            while let Some(event) = events.next().await {
                let mut s = lock(&shared);
                if s.dialer != generation {
                    break;
                }
                match event {
                    DialerEvent::Connected { .. } => {
                        s.attempt = 0;
                        s.error = None;
                    }
                    DialerEvent::Disconnected { reason } => s.error = Some(reason),
                    DialerEvent::Reconnecting { attempt } => s.attempt = attempt,
                    DialerEvent::MaxRetriesReached | DialerEvent::PermanentFailure => {
                        s.error = Some("gave up reconnecting".into());
                    }
                }
                drop(s);
                wake();
            }
        }));
        self.dialer = Some(dialer);
    }
}

/// The shared state, even if a task panicked while holding it.
pub(super) fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Whether two sets of heads are the same.
pub(super) fn same(a: &[ChangeHash], b: &[ChangeHash]) -> bool {
    let (mut a, mut b) = (a.to_vec(), b.to_vec());
    a.sort_unstable();
    b.sort_unstable();
    a == b
}
