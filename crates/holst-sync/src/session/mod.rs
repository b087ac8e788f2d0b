//! A live share of one model, owned by the window's UI thread.
//!
//! A [`Session`] runs samod on its own small tokio runtime; its background tasks only
//! update shared state and call the waker (in the app, `ctx.request_repaint()`). The UI
//! never awaits anything: it calls [`Session::record`] after each undo step (do, undo,
//! redo) with the model after it, and [`Session::pull`] when woken, outside an open
//! transaction (a drag or a text edit), replacing its model when others' changes arrived.
//! Remote changes never enter the undo history, so undo undoes only one's own steps: the
//! inverse op applied to the current model, recorded as a new change.

mod background;
mod connect;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use automerge::Automerge;
use samod::storage::{InMemoryStorage, Storage, StorageKey};
use samod::{DialerHandle, DocHandle, DocumentId, Repo, Url};
use tokio::runtime::Runtime;
use tokio::task::JoinHandle;

use self::background::{Shared, lock, same};
use self::connect::{find, reach, runtime, unreachable};
use crate::error::SyncError;
use crate::link::Link;
use crate::mirror::{Mirror, Pulled};
use crate::net::{self, WsError};
use crate::presence::Peer;
use crate::read::Repair;
use holst_core::i18n::Message;
use holst_core::model::Model;
use holst_core::ops::Op;

/// Called from the background whenever something the UI shows changed.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// How a session starts.
#[derive(Clone)]
pub struct SessionOptions {
    /// The name others see in their list of who is there.
    pub name: String,
    /// Called when others' changes arrive, the connection changes or people come and go.
    pub wake: Waker,
    /// How long sharing, joining and [`Session::sync_now`] wait for the server.
    pub timeout: Duration,
}

impl SessionOptions {
    /// Options with a ten-second timeout.
    pub fn new(name: impl Into<String>, wake: Waker) -> Self {
        Self {
            name: name.into(),
            wake,
            timeout: Duration::from_secs(10),
        }
    }
}

/// The state of the connection, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Not connected, by choice ([`Session::go_offline`]); editing goes on.
    Offline,
    /// Trying to reach the server: `attempt` 0 is the first try; `error` is why the last
    /// connection or try failed.
    Connecting {
        /// How many times it tried again.
        attempt: u32,
        /// Why the last connection or try failed.
        error: Option<String>,
    },
    /// Connected; changes are still on their way one way or the other.
    Syncing,
    /// Connected and in step with the server.
    Synced,
}

/// A model shared through a sync server.
pub struct Session {
    rt: Option<Runtime>,
    repo: Repo,
    handle: DocHandle,
    server: Url,
    dialer: Option<DialerHandle<WsError>>,
    dialers: u64,
    mirror: Mirror,
    shared: Arc<Mutex<Shared>>,
    me: Peer,
    options: SessionOptions,
    tasks: Vec<JoinHandle<()>>,
}

impl Session {
    /// File → Share…: puts `model` in a new document on `server`, and returns the session
    /// and the link to send to others. Waits until the server holds the document (so that
    /// the link works at once), at most the options' timeout. Blocks; call it from a
    /// worker thread if the window must not wait (a `Session` can be sent to the UI thread).
    pub fn share(
        server: &Url,
        model: &Model,
        options: SessionOptions,
    ) -> Result<(Session, Link), SyncError> {
        let rt = runtime()?;
        let mut doc = Automerge::new();
        let mirror = Mirror::create(&mut doc, model, "Share")?;
        let timeout = options.timeout;
        let (repo, handle, dialer) = rt.block_on(async {
            let repo = Repo::build_tokio().load().await;
            let dialer = net::dial(&repo, server).map_err(|_| SyncError::Stopped)?;
            let handle = repo.create(doc).await.map_err(|_| SyncError::Stopped)?;
            reach(&dialer, server, timeout).await?;
            let conn = dialer
                .connection_id()
                .ok_or_else(|| unreachable(server, Message::new("sync-why-closed")))?;
            tokio::time::timeout(timeout, handle.they_have_our_changes(conn))
                .await
                .map_err(|_| {
                    SyncError::Net(
                        Message::new("sync-not-taken")
                            .arg("server", server.to_string())
                            .arg("seconds", timeout.as_secs()),
                    )
                })?;
            Ok::<_, SyncError>((repo, handle, dialer))
        })?;
        let link = Link {
            server: server.clone(),
            document: handle.document_id().clone(),
        };
        Ok((
            Session::start(rt, repo, handle, server, dialer, mirror, options),
            link,
        ))
    }

    /// File → Open shared… or reopening a shared model: joins the document of `link`.
    /// `saved` is the document as last saved beside the model (`model.automerge`), if any:
    /// with it, joining works offline and edits merge when the server is reached. Returns
    /// what the reader mended. Blocks like [`Session::share`].
    pub fn join(
        link: &Link,
        saved: Option<Vec<u8>>,
        options: SessionOptions,
    ) -> Result<(Session, Vec<Repair>), SyncError> {
        if let Some(bytes) = &saved {
            Automerge::load(bytes).map_err(|e| SyncError::Saved(e.to_string()))?;
        }
        let rt = runtime()?;
        let timeout = options.timeout;
        let (repo, handle, dialer) = rt.block_on(async {
            let storage = InMemoryStorage::new();
            if let Some(bytes) = saved {
                let id = link.document.to_string();
                // samod loads every snapshot under the document's id; the name is ours.
                let key = StorageKey::from_parts([id.as_str(), "snapshot", "holst-sidecar"])
                    .map_err(|e| SyncError::Internal(format!("storage key: {e:?}")))?;
                storage.put(key, bytes).await;
            }
            let repo = Repo::build_tokio().with_storage(storage).load().await;
            let dialer = net::dial(&repo, &link.server).map_err(|_| SyncError::Stopped)?;
            let handle = find(&repo, &dialer, link, timeout).await?;
            Ok::<_, SyncError>((repo, handle, dialer))
        })?;
        let opened = handle.with_document(Mirror::open);
        let (mirror, repairs) = match opened {
            Ok(m) => m,
            Err(e) => {
                let _ = rt.block_on(async {
                    tokio::time::timeout(Duration::from_secs(2), repo.stop()).await
                });
                return Err(e);
            }
        };
        let session = Session::start(rt, repo, handle, &link.server, dialer, mirror, options);
        Ok((session, repairs))
    }

    /// Reopening a shared model: `saved` is the document as saved beside the model file
    /// (`model.automerge`), `local` the model file as it is now. What `local` changed since
    /// the saved document (edits made while unshared or by hand) is recorded first, as one
    /// change labelled `label` on top of the saved document, before anything comes from the
    /// server: so it merges with others' changes instead of undoing those it has not seen.
    /// Then as [`Session::join`].
    pub fn resume(
        link: &Link,
        saved: &[u8],
        local: &Model,
        label: &str,
        options: SessionOptions,
    ) -> Result<(Session, Vec<Repair>), SyncError> {
        let mut doc = Automerge::load(saved).map_err(|e| SyncError::Saved(e.to_string()))?;
        let (mut mirror, _) = Mirror::open(&mut doc)?;
        mirror.record(&mut doc, local, label)?;
        Session::join(link, Some(doc.save()), options)
    }

    fn start(
        rt: Runtime,
        repo: Repo,
        handle: DocHandle,
        server: &Url,
        dialer: DialerHandle<WsError>,
        mirror: Mirror,
        options: SessionOptions,
    ) -> Session {
        let me = Peer {
            id: automerge::ActorId::random().to_hex_string(),
            name: options.name.clone(),
        };
        let mut session = Session {
            rt: Some(rt),
            repo,
            handle,
            server: server.clone(),
            dialer: None,
            dialers: 0,
            mirror,
            shared: Arc::new(Mutex::new(Shared::default())),
            me,
            options,
            tasks: Vec::new(),
        };
        session.spawn_watchers();
        session.watch(dialer);
        session
    }

    /// The model as last read or recorded: what the window should show.
    pub fn model(&self) -> &Model {
        self.mirror.model()
    }

    /// The link to send to others.
    pub fn link(&self) -> Link {
        Link {
            server: self.server.clone(),
            document: self.handle.document_id().clone(),
        }
    }

    /// The document's id.
    pub fn document_id(&self) -> &DocumentId {
        self.handle.document_id()
    }

    /// After each undo step (do, undo or redo): `model` is the model after it. The
    /// difference from the last model recorded or pulled becomes one change, labelled
    /// `label` ("Move note"), written at the state that model came from so that others'
    /// changes are merged, not reverted. Returns whether anything changed.
    pub fn record(&mut self, model: &Model, label: &str) -> Result<bool, SyncError> {
        let Session { handle, mirror, .. } = self;
        handle.with_document(|doc| mirror.record(doc, model, label))
    }

    /// Records one undo step given as its ops (applied to [`Session::model`]); returns the
    /// model after them.
    pub fn record_ops(&mut self, ops: &[Op], label: &str) -> Result<Model, SyncError> {
        let Session { handle, mirror, .. } = self;
        handle.with_document(|doc| mirror.record_ops(doc, ops, label))
    }

    /// When woken: others' changes, if any arrived, as the model to show now. Call it only
    /// while no drag or text edit is open, and record every step before.
    pub fn pull(&mut self) -> Result<Pulled, SyncError> {
        let Session { handle, mirror, .. } = self;
        handle.with_document(|doc| mirror.pull(doc))
    }

    /// After [`Pulled::Refused`], if the user chooses: writes the last good model over
    /// what the document holds now (see [`Mirror::restore`]).
    pub fn restore(&mut self) -> Result<(), SyncError> {
        let Session { handle, mirror, .. } = self;
        handle.with_document(|doc| mirror.restore(doc))
    }

    /// The whole document, to save beside the model (`model.automerge`).
    pub fn save(&self) -> Vec<u8> {
        self.handle.with_document(|doc| doc.save())
    }

    /// The state of the connection.
    pub fn status(&self) -> Status {
        let Some(dialer) = &self.dialer else {
            return Status::Offline;
        };
        let (conn, connected) = (dialer.connection_id(), dialer.is_connected());
        let s = lock(&self.shared);
        let Some(conn) = conn.filter(|_| connected) else {
            return Status::Connecting {
                attempt: s.attempt,
                error: s.error.clone(),
            };
        };
        let state = s.docs.get(&conn).cloned();
        drop(s);
        let ours = self.handle.with_document(|doc| doc.get_heads());
        let in_step = state.is_some_and(|s| {
            s.shared.is_some_and(|h| same(&h, &ours)) && s.theirs.is_some_and(|h| same(&h, &ours))
        });
        if in_step {
            Status::Synced
        } else {
            Status::Syncing
        }
    }

    /// The others who have the model open now (heard from in the last few seconds).
    pub fn peers(&self) -> Vec<Peer> {
        lock(&self.shared).peers.list(Instant::now())
    }

    /// Stops talking to the server; editing and recording go on, and
    /// [`Session::go_online`] merges both ways.
    pub fn go_offline(&mut self) {
        if let Some(d) = self.dialer.take() {
            d.close();
        }
        lock(&self.shared).dialer = 0;
        (self.options.wake)();
    }

    /// Connects again after [`Session::go_offline`]; reconnects by itself after.
    pub fn go_online(&mut self) -> Result<(), SyncError> {
        if self.dialer.is_some() {
            return Ok(());
        }
        let Some(rt) = &self.rt else {
            return Err(SyncError::Stopped);
        };
        let dialer = {
            let _inside = rt.enter();
            net::dial(&self.repo, &self.server).map_err(|_| SyncError::Stopped)?
        };
        self.watch(dialer);
        Ok(())
    }

    /// Waits until the server holds every change of this document and this session holds
    /// every change the server has, at most the options' timeout (for one-shot syncs and
    /// for closing a window). Blocks.
    ///
    /// It waits for [`Status::Synced`]: both sides say they have the same heads as this
    /// document. samod's `they_have_our_changes` and `we_have_their_changes` are not used:
    /// a first sync message may advertise no heads at all (automerge's reset), which
    /// satisfies them before the changes arrive.
    pub fn sync_now(&self) -> Result<(), SyncError> {
        let (Some(rt), Some(dialer)) = (&self.rt, &self.dialer) else {
            return Err(SyncError::Net(Message::new("sync-offline")));
        };
        let timeout = self.options.timeout;
        let server = &self.server;
        let start = Instant::now();
        rt.block_on(reach(dialer, server, timeout))?;
        while self.status() != Status::Synced {
            if start.elapsed() > timeout {
                return Err(SyncError::Net(
                    Message::new("sync-not-finished")
                        .arg("server", server.to_string())
                        .arg("seconds", timeout.as_secs()),
                ));
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(())
    }
}

impl Drop for Session {
    /// Stops the background side; samod's storage here is memory, so nothing is lost that
    /// [`Session::save`] did not write out. Must not run inside a tokio runtime.
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
        if let Some(d) = self.dialer.take() {
            d.close();
        }
        if let Some(rt) = self.rt.take() {
            let repo = self.repo.clone();
            let _ = rt.block_on(async {
                tokio::time::timeout(Duration::from_secs(2), repo.stop()).await
            });
            rt.shutdown_timeout(Duration::from_secs(1));
        }
    }
}
