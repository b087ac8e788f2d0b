//! samod over plain websockets (`ws://`), with tokio-tungstenite and no TLS.
//!
//! samod's own websocket adapter needs its `tungstenite` feature, which pulls native-tls and
//! OpenSSL; this is the same few lines without them: binary frames carry samod's messages,
//! a text frame is an error (as in samod), pings are answered by tungstenite.

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use futures::{SinkExt, StreamExt, TryStreamExt};
use samod::{BackoffConfig, DialError, Dialer, DialerHandle, Repo, Transport, Url};
use tokio_tungstenite::tungstenite::{self, Message};

/// A websocket failure, as samod's transport reports it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct WsError(pub String);

/// A samod transport over a websocket: binary frames only.
pub(crate) fn ws_transport<S>(ws: S) -> Transport
where
    S: futures::Sink<Message, Error = tungstenite::Error>
        + futures::Stream<Item = Result<Message, tungstenite::Error>>
        + Send
        + Unpin
        + 'static,
{
    let (sink, stream) = ws.split();
    let stream = stream
        .map_err(|e| WsError(format!("websocket receive: {e}")))
        .try_filter_map(|m| async move {
            match m {
                Message::Binary(b) => Ok(Some(b.to_vec())),
                Message::Text(_) => Err(WsError("a text frame on a sync socket".into())),
                // Ping, pong and close are tungstenite's business.
                _ => Ok(None),
            }
        })
        .boxed();
    let sink = sink
        .sink_map_err(|e| WsError(format!("websocket send: {e}")))
        .with(|b: Vec<u8>| async move { Ok::<_, WsError>(Message::Binary(b.into())) });
    Transport::new(stream, Box::pin(sink))
}

/// Dials a sync server at a `ws://host:port/` URL; samod redials it with backoff.
struct WsDialer(Url);

impl Dialer for WsDialer {
    type Error = WsError;

    fn url(&self) -> Url {
        self.0.clone()
    }

    fn connect(&self) -> BoxFuture<'static, Result<Transport, DialError<WsError>>> {
        let url = self.0.clone();
        Box::pin(async move {
            let (ws, _) = tokio_tungstenite::connect_async(url.as_str())
                .await
                .map_err(|e| DialError::transient(WsError(format!("{url}: {e}"))))?;
            Ok(ws_transport(ws))
        })
    }
}

/// How soon a lost connection is tried again: at once, then backing off to every 5 s.
pub(crate) fn backoff() -> BackoffConfig {
    BackoffConfig {
        initial_delay: Duration::from_millis(100),
        max_delay: Duration::from_secs(5),
        max_retries: None,
    }
}

/// Starts dialing `server` from `repo` (inside its runtime); reconnects by itself.
pub(crate) fn dial(repo: &Repo, server: &Url) -> Result<DialerHandle<WsError>, samod::Stopped> {
    repo.dial(backoff(), Arc::new(WsDialer(server.clone())))
}
