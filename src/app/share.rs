//! Sharing the open model (File → Share…, File → Open shared…): the live session, what
//! it records and pulls each frame, and the files kept beside a shared model.
//!
//! Each undo step (do, undo, redo) becomes one change of the shared document once it is
//! applied; others' changes replace the model outside the history when they arrive, so
//! undo undoes only one's own steps. The session wakes the window when something arrives.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use eframe::egui;
use holst_sync::{Link, Pulled, Repair, Session, SessionOptions, Status, sidecar};

use super::{Document, HolstApp};
use crate::i18n::T;
use crate::ui::{Modal, ShareView};

/// How long sharing and joining wait for the server before they give up.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The server File → Share… offers: `holst serve` on this machine, at its default port.
const DEFAULT_SERVER: &str = "ws://127.0.0.1:3030/";

/// How a window's session starts: named after the user (others see the name), waking the
/// window when something arrives.
fn options(ctx: &egui::Context) -> SessionOptions {
    let ctx = ctx.clone();
    let name = std::env::var("USER")
        .ok()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "Holst".to_owned());
    SessionOptions {
        timeout: TIMEOUT,
        ..SessionOptions::new(name, Arc::new(move || ctx.request_repaint()))
    }
}

/// Runs `work` on a worker thread and wakes the window when it is done.
fn in_background<T: Send + 'static>(
    ctx: &egui::Context,
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Receiver<Result<T, String>> {
    let (tx, rx) = mpsc::channel();
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        // Nobody waits any more after Cancel: what was made is dropped here.
        let _ = tx.send(work());
        ctx.request_repaint();
    });
    rx
}

/// A share or join waiting for the server on its worker thread.
pub enum Connecting {
    /// File → Share…: the session and link to come, and the history's revision when the
    /// model was handed over.
    Share {
        /// The result.
        rx: Receiver<Result<(Session, Link), String>>,
        /// The history's revision of the model shared.
        revision: u64,
    },
    /// File → Open shared…: the session and what the reader mended.
    Join(Receiver<Result<(Session, Vec<Repair>), String>>),
}

/// The live share of the open model.
pub struct Sharing {
    session: Session,
    /// The history's revision last recorded.
    recorded: u64,
    /// What the status line shows, refreshed each frame.
    view: ShareView,
}

impl Sharing {
    /// What the status line shows.
    pub fn view(&self) -> &ShareView {
        &self.view
    }
}

impl HolstApp {
    /// The share of the open model, for the status line and tests.
    pub fn share_view(&self) -> Option<&ShareView> {
        self.sharing.as_ref().map(Sharing::view)
    }

    /// The model the shared document holds now, if the model is shared (for tests).
    pub fn shared_model(&self) -> Option<&crate::model::Model> {
        self.sharing.as_ref().map(|s| s.session.model())
    }

    /// File → Share…: the link when the model is shared already, else the server to use.
    pub(super) fn show_share(&mut self) {
        let modal = match &self.sharing {
            Some(s) => Modal::Share {
                server: String::new(),
                link: Some(s.view.link.clone()),
            },
            None => Modal::Share {
                server: DEFAULT_SERVER.to_owned(),
                link: None,
            },
        };
        self.push_modal(modal);
    }

    /// Shares the open model through the server at `server`; the link is shown once the
    /// server holds the model. The server is reached on a worker thread, and the window
    /// shows that it is connecting meanwhile (and can cancel).
    pub fn share_to(&mut self, server: &str) {
        let lang = self.lang;
        let url = match holst_sync::link::server_url(server) {
            Ok(url) => url,
            Err(e) => {
                let message = T::ShareFailed.fill(lang, &e.describe(lang));
                self.push_modal(Modal::Error(message));
                return;
            }
        };
        self.commit_editing(true);
        let model = self.doc.model().clone();
        let options = options(&self.ctx);
        let rx = in_background(&self.ctx, move || {
            Session::share(&url, &model, options).map_err(|e| e.describe(lang))
        });
        self.connecting = Some(Connecting::Share {
            rx,
            revision: self.doc.history().revision(),
        });
        self.push_modal(Modal::Connecting(server.to_owned()));
    }

    /// Opens the shared model of `link` in place of the open document (unsaved changes
    /// were dealt with), once the server has sent it; connecting as [`Self::share_to`].
    pub fn join_shared(&mut self, link: &str) {
        let lang = self.lang;
        let parsed = match link.parse::<Link>() {
            Ok(parsed) => parsed,
            Err(e) => {
                let message = T::JoinFailed.fill(lang, &e.describe(lang));
                self.push_modal(Modal::Error(message));
                return;
            }
        };
        let options = options(&self.ctx);
        let rx = in_background(&self.ctx, move || {
            Session::join(&parsed, None, options).map_err(|e| e.describe(lang))
        });
        self.connecting = Some(Connecting::Join(rx));
        self.push_modal(Modal::Connecting(link.to_owned()));
    }

    /// Whether a share or join is waiting for the server.
    pub fn is_connecting(&self) -> bool {
        self.connecting.is_some()
    }

    /// Cancel in the connecting dialog: the attempt goes on on its thread, and what it
    /// brings is dropped there.
    pub(super) fn cancel_connecting(&mut self) {
        self.connecting = None;
        self.close_connecting_dialog();
    }

    fn close_connecting_dialog(&mut self) {
        if matches!(self.modal, Some(Modal::Connecting(_))) {
            self.modal = None;
        }
        self.queued.retain(|m| !matches!(m, Modal::Connecting(_)));
    }

    /// Takes the result of a share or join once its thread is done.
    fn poll_connecting(&mut self) {
        let lang = self.lang;
        match self.connecting.take() {
            None => {}
            Some(Connecting::Share { rx, revision }) => match rx.try_recv() {
                Err(TryRecvError::Empty) => {
                    self.connecting = Some(Connecting::Share { rx, revision });
                }
                Err(TryRecvError::Disconnected) => self.close_connecting_dialog(),
                Ok(Err(e)) => {
                    self.close_connecting_dialog();
                    self.push_modal(Modal::Error(T::ShareFailed.fill(lang, &e)));
                }
                Ok(Ok((session, link))) => {
                    self.close_connecting_dialog();
                    // The same model, now making random ids (so notes made apart never
                    // share one); steps taken meanwhile are recorded next.
                    let mut model = self.doc.model().clone();
                    model.ids = session.model().ids;
                    self.doc.take_peers_changes(model);
                    self.start_sharing(session);
                    if let Some(s) = &mut self.sharing {
                        s.recorded = revision;
                    }
                    self.write_sidecar();
                    self.push_modal(Modal::Share {
                        server: String::new(),
                        link: Some(link.to_string()),
                    });
                }
            },
            Some(Connecting::Join(rx)) => match rx.try_recv() {
                Err(TryRecvError::Empty) => self.connecting = Some(Connecting::Join(rx)),
                Err(TryRecvError::Disconnected) => self.close_connecting_dialog(),
                Ok(Err(e)) => {
                    self.close_connecting_dialog();
                    self.push_modal(Modal::Error(T::JoinFailed.fill(lang, &e)));
                }
                Ok(Ok((session, repairs))) => {
                    self.close_connecting_dialog();
                    self.replace_document(Document::new_unsaved(session.model().clone()));
                    self.start_sharing(session);
                    if let Some(r) = repairs.first() {
                        self.status = Some(r.describe(lang));
                    }
                }
            },
        }
    }

    /// A model file that was shared (its `.share` and `.automerge` beside it) resumes its
    /// share when opened: edits made to the file while it was closed go on top of the
    /// document as last saved, then others' changes come in. Without a connection it works
    /// offline and merges when the server is reached.
    pub(super) fn resume_share(&mut self) {
        let Some(path) = self.doc.path().map(std::path::Path::to_path_buf) else {
            return;
        };
        let lang = self.lang;
        let found = sidecar::read_share(&path).and_then(|link| {
            Ok(match (link, sidecar::read_doc(&path)?) {
                (Some(link), Some(saved)) => Some((link, saved)),
                _ => None,
            })
        });
        let resumed = found.and_then(|found| match found {
            Some((link, saved)) => {
                let label = "Edits made while the model was closed";
                Session::resume(&link, &saved, self.doc.model(), label, options(&self.ctx))
                    .map(Some)
            }
            None => Ok(None),
        });
        match resumed {
            Ok(Some((session, repairs))) => {
                self.doc.take_peers_changes(session.model().clone());
                self.start_sharing(session);
                if let Some(r) = repairs.first() {
                    self.status = Some(r.describe(lang));
                }
            }
            Ok(None) => {}
            Err(e) => self.status = Some(T::SyncFailed.fill(lang, &e.describe(lang))),
        }
    }

    /// File → Work offline: stops talking to the server, or connects again (and merges
    /// both ways). Editing goes on either way.
    pub(super) fn toggle_offline(&mut self) {
        let Some(sharing) = &mut self.sharing else {
            return;
        };
        if sharing.session.status() == Status::Offline {
            if let Err(e) = sharing.session.go_online() {
                let lang = self.lang;
                self.status = Some(T::SyncFailed.fill(lang, &e.describe(lang)));
            }
        } else {
            sharing.session.go_offline();
        }
        sharing.view.status = sharing.session.status();
    }

    /// Whether the open model is shared.
    pub(super) fn is_shared(&self) -> bool {
        self.sharing.is_some()
    }

    fn start_sharing(&mut self, session: Session) {
        let view = ShareView {
            status: session.status(),
            others: Vec::new(),
            link: session.link().to_string(),
        };
        self.sharing = Some(Sharing {
            session,
            recorded: self.doc.history().revision(),
            view,
        });
    }

    /// Once per frame, after the intents: records the steps taken since the last frame as
    /// changes, takes others' changes, and refreshes the status line's view.
    pub(super) fn sync_tick(&mut self) {
        self.poll_connecting();
        let Some(sharing) = &mut self.sharing else {
            return;
        };
        let lang = self.lang;
        let revision = self.doc.history().revision();
        if revision != sharing.recorded {
            let label = self.doc.history().undo_label().unwrap_or("Edit").to_owned();
            if let Err(e) = sharing.session.record(self.doc.model(), &label) {
                self.status = Some(T::SyncFailed.fill(lang, &e.describe(lang)));
            }
            sharing.recorded = revision;
        }
        match sharing.session.pull() {
            Ok(Pulled::Unchanged) => {}
            Ok(Pulled::Changed { model, repairs }) => {
                self.doc.take_peers_changes(model);
                if let Some(r) = repairs.first() {
                    self.status = Some(r.describe(lang));
                }
            }
            Ok(Pulled::Refused(e)) | Err(holst_sync::SyncError::Read(e)) => {
                self.status = Some(T::SyncFailed.fill(lang, &e.describe(lang)));
            }
            Err(e) => self.status = Some(T::SyncFailed.fill(lang, &e.describe(lang))),
        }
        sharing.view.status = sharing.session.status();
        sharing.view.others = sharing
            .session
            .peers()
            .into_iter()
            .map(|p| p.name)
            .collect();
    }

    /// After a save: the shared document and its link beside the model's file, so that
    /// `holst sync` and the next opening resume the share.
    pub(super) fn write_sidecar(&mut self) {
        let (Some(sharing), Some(path)) = (&self.sharing, self.doc.path()) else {
            return;
        };
        let path = path.to_path_buf();
        let written = sidecar::write_doc(&path, &sharing.session.save())
            .and_then(|()| sidecar::write_share(&path, &sharing.session.link()));
        if let Err(e) = written {
            let lang = self.lang;
            self.status = Some(T::ShareSidecarFailed.fill(lang, &e.describe(lang)));
        }
    }
}
