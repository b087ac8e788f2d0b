//! Reaching the server and finding a document on it.

use std::time::Duration;

use samod::{DialerHandle, DocHandle, Repo, Url};
use tokio::runtime::Runtime;

use holst_core::i18n::{Arg, Message};

use crate::error::SyncError;
use crate::link::Link;
use crate::net::WsError;

/// A runtime of one worker thread for samod.
pub(super) fn runtime() -> Result<Runtime, SyncError> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("holst-sync")
        .enable_all()
        .build()
        .map_err(|e| SyncError::Net(Message::new("sync-no-thread").arg("error", e.to_string())))
}

/// The error for a server that cannot be reached.
pub(super) fn unreachable(server: &Url, why: impl Into<Arg>) -> SyncError {
    SyncError::Net(
        Message::new("sync-unreachable")
            .arg("server", server.to_string())
            .arg("why", why),
    )
}

/// Waits for the dialer's first connection, at most `timeout`.
pub(super) async fn reach(
    dialer: &DialerHandle<WsError>,
    server: &Url,
    timeout: Duration,
) -> Result<(), SyncError> {
    if dialer.is_connected() {
        return Ok(());
    }
    match tokio::time::timeout(timeout, dialer.established()).await {
        Err(_) => Err(unreachable(
            server,
            Message::new("sync-why-timeout").arg("seconds", timeout.as_secs()),
        )),
        Ok(Err(e)) => Err(unreachable(server, e.to_string())),
        Ok(Ok(_)) => Ok(()),
    }
}

/// Finds the document of `link`: from storage, else from the server. Right after another
/// peer shared it the server may not hold it yet, so "not found" is asked again for a
/// while.
pub(super) async fn find(
    repo: &Repo,
    dialer: &DialerHandle<WsError>,
    link: &Link,
    timeout: Duration,
) -> Result<DocHandle, SyncError> {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let found = tokio::time::timeout_at(deadline, repo.find(link.document.clone())).await;
        match found {
            Ok(Ok(Some(handle))) => return Ok(handle),
            Ok(Err(_)) => return Err(SyncError::Stopped),
            Err(_) | Ok(Ok(None)) if tokio::time::Instant::now() + RETRY >= deadline => {
                return Err(if dialer.is_connected() {
                    SyncError::Net(
                        Message::new("sync-no-document")
                            .arg("server", link.server.to_string())
                            .arg("document", link.document.to_string()),
                    )
                } else {
                    unreachable(&link.server, Message::new("sync-why-no-copy"))
                });
            }
            Err(_) | Ok(Ok(None)) => tokio::time::sleep(RETRY).await,
        }
    }
}

/// Pause between two searches for a document.
const RETRY: Duration = Duration::from_millis(300);
