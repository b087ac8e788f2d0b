//! The sync server `holst serve`: a samod repository that keeps documents on disk and
//! relays changes between everyone who has them open.
//!
//! It never hands a document to a peer that did not ask for it by id (samod's default
//! would announce every document to every client), so the document id is the only key. It
//! speaks the automerge-repo protocol, so JavaScript clients can use it too, and Holst can use
//! the JavaScript sync server instead.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use samod::storage::{InMemoryStorage, TokioFilesystemStorage};
use samod::{PeerId, Repo, ShareConfig, Url};
use tokio::net::TcpListener;
use tokio::runtime::Runtime;
use tokio::task::JoinHandle;

use crate::net::ws_transport;

/// How a server starts.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// Address and port to listen on; port 0 takes any free port.
    pub bind: SocketAddr,
    /// Where documents are kept; `None` keeps them in memory only (tests, benchmarks).
    pub data: Option<PathBuf>,
    /// Print failed connections to stderr.
    pub log: bool,
}

/// A running sync server with its own runtime. Dropping it stops it, writing out what
/// storage still holds.
pub struct Server {
    rt: Option<Runtime>,
    repo: Repo,
    addr: SocketAddr,
    url: Url,
    accept: JoinHandle<()>,
}

impl Server {
    /// Starts listening. Fails if the address cannot be bound or the data folder made.
    pub fn start(options: &ServerOptions) -> std::io::Result<Server> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("holst-serve")
            .enable_all()
            .build()?;
        let (repo, listener, addr) = rt.block_on(async {
            let builder = Repo::build_tokio()
                .with_peer_id(PeerId::from("holst-serve"))
                // Only to those who ask by id: the id is the key.
                .with_share_policy(ShareConfig::read_write().with_announce(false));
            let repo = match &options.data {
                Some(dir) => {
                    tokio::fs::create_dir_all(dir).await?;
                    builder
                        .with_storage(TokioFilesystemStorage::new(dir))
                        .load()
                        .await
                }
                None => builder.with_storage(InMemoryStorage::new()).load().await,
            };
            let listener = TcpListener::bind(options.bind).await?;
            let addr = listener.local_addr()?;
            Ok::<_, std::io::Error>((repo, listener, addr))
        })?;
        let url = Url::parse(&format!("ws://{addr}/")).map_err(std::io::Error::other)?;
        let acceptor = repo
            .make_acceptor(url.clone())
            .map_err(|_| std::io::Error::other("the sync repository stopped while starting"))?;
        let log = options.log;
        let accept = rt.spawn(async move {
            loop {
                let (tcp, peer) = match listener.accept().await {
                    Ok(conn) => conn,
                    Err(e) => {
                        // Out of file descriptors and the like: wait rather than spin.
                        if log {
                            eprintln!("holst serve: accepting a connection failed: {e}");
                        }
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let handshake = tokio::time::timeout(
                        Duration::from_secs(10),
                        tokio_tungstenite::accept_async(tcp),
                    );
                    match handshake.await {
                        Ok(Ok(ws)) => {
                            let refused = acceptor.accept(ws_transport(ws)).is_err();
                            if refused && log {
                                eprintln!("holst serve: stopping; connection from {peer} refused");
                            }
                        }
                        Ok(Err(e)) if log => {
                            eprintln!("holst serve: websocket handshake from {peer} failed: {e}");
                        }
                        Err(_) if log => {
                            eprintln!("holst serve: websocket handshake from {peer} timed out");
                        }
                        _ => {}
                    }
                });
            }
        });
        Ok(Server {
            rt: Some(rt),
            repo,
            addr,
            url,
            accept,
        })
    }

    /// The address it listens on (with the real port when started on port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL clients dial: `ws://addr/`.
    pub fn url(&self) -> Url {
        self.url.clone()
    }

    /// Runs until Ctrl-C or SIGTERM, then stops cleanly.
    pub fn run_until_signal(mut self) -> std::io::Result<()> {
        if let Some(rt) = &self.rt {
            rt.block_on(shutdown_signal())?;
        }
        self.stop();
        Ok(())
    }

    /// Stops accepting, and stops the repository (storage is flushed).
    pub fn stop(&mut self) {
        self.accept.abort();
        if let Some(rt) = self.rt.take() {
            let repo = self.repo.clone();
            let _ = rt.block_on(async {
                tokio::time::timeout(Duration::from_secs(10), repo.stop()).await
            });
            rt.shutdown_timeout(Duration::from_secs(1));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Waits for Ctrl-C (SIGINT) or, on Unix, SIGTERM.
async fn shutdown_signal() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r,
            _ = term.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    {
        tokio::signal::ctrl_c().await
    }
}
