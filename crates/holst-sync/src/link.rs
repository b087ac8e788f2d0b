//! Share links: the server to connect to and the document, in one string to send people.
//!
//! A link is written `ws://host:3030/#automerge:4Qz…`: the server's URL, then `#`, then
//! the document's standard automerge-repo URL (so JavaScript tools can use that part).
//! Whoever has the link can read and edit the model: there are no accounts.

use std::fmt;
use std::str::FromStr;

use holst_core::i18n::{Lang, Message};
use samod::{AutomergeUrl, DocumentId, Url};

/// Why a link, a server URL or a document id was refused: what was wrong and what was
/// expected.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkError {
    /// The message, in either language.
    pub message: Message,
}

impl LinkError {
    fn new(id: &'static str, text: &str) -> Self {
        Self {
            message: Message::new(id).arg("text", text),
        }
    }

    /// The message in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        self.message.text(lang)
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for LinkError {}

/// A share link: a sync server and a document on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The server, `ws://host:port/`.
    pub server: Url,
    /// The document.
    pub document: DocumentId,
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.server, AutomergeUrl::from(&self.document))
    }
}

impl FromStr for Link {
    type Err = LinkError;

    /// Parses `ws://host:port/#automerge:ID`.
    fn from_str(s: &str) -> Result<Self, LinkError> {
        let s = s.trim();
        let Some((server, doc)) = s.split_once('#') else {
            return Err(LinkError::new("link-not-a-link", s));
        };
        Ok(Link {
            server: server_url(server)?,
            document: document_id(doc)?,
        })
    }
}

/// Parses a sync server's URL: `ws://host:port/` (a path is allowed; `wss://` is not yet).
pub fn server_url(s: &str) -> Result<Url, LinkError> {
    let s = s.trim();
    let url = Url::parse(s).map_err(|e| LinkError {
        message: Message::new("link-not-a-server")
            .arg("text", s)
            .arg("error", e.to_string()),
    })?;
    match url.scheme() {
        "ws" if url.host_str().is_some() && url.fragment().is_none() => Ok(url),
        "wss" => Err(LinkError::new("link-wss", s)),
        _ => Err(LinkError::new("link-not-ws", s)),
    }
}

/// Parses a document id in any of the forms people paste: a share link, `automerge:ID` or
/// the bare id.
pub fn document_id(s: &str) -> Result<DocumentId, LinkError> {
    let s = s.trim();
    let tail = s.rsplit_once('#').map_or(s, |(_, doc)| doc);
    let bare = tail.strip_prefix("automerge:").unwrap_or(tail);
    let bare = bare.split('/').next().unwrap_or(bare);
    DocumentId::from_str(bare).map_err(|_| LinkError::new("link-not-a-document", s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some_id() -> DocumentId {
        // A valid id: made the way samod makes them.
        DocumentId::from_str("3TEue7VyEHBk9MhBoDhQFsaEuCgV").unwrap()
    }

    #[test]
    fn a_link_prints_and_parses_back() {
        let link = Link {
            server: server_url("ws://127.0.0.1:3030/").unwrap(),
            document: some_id(),
        };
        let text = link.to_string();
        assert_eq!(
            text,
            "ws://127.0.0.1:3030/#automerge:3TEue7VyEHBk9MhBoDhQFsaEuCgV"
        );
        assert_eq!(text.parse::<Link>().unwrap(), link);
    }

    #[test]
    fn a_document_id_is_taken_from_any_form() {
        for s in [
            "3TEue7VyEHBk9MhBoDhQFsaEuCgV",
            "automerge:3TEue7VyEHBk9MhBoDhQFsaEuCgV",
            " ws://h:1/#automerge:3TEue7VyEHBk9MhBoDhQFsaEuCgV ",
        ] {
            assert_eq!(document_id(s).unwrap(), some_id(), "{s}");
        }
        let e = document_id("automerge:nonsense").unwrap_err();
        assert!(e.to_string().contains("not a document id"), "{e}");
    }

    #[test]
    fn servers_must_be_plain_websockets() {
        assert!(server_url("ws://example.org:3030/").is_ok());
        let e = server_url("wss://example.org/").unwrap_err();
        assert!(e.to_string().contains("wss://"), "{e}");
        let ru = e.describe(Lang::Ru);
        assert!(ru.contains("wss://") && ru.contains("шифрованные"), "{ru}");
        assert!(server_url("http://example.org/").is_err());
        assert!(server_url("example.org:3030").is_err());
        let e = "ws://h:1/".parse::<Link>().unwrap_err();
        assert!(e.to_string().contains("not a share link"), "{e}");
    }
}
