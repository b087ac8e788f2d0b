//! Errors of the sync layer. Their words come from the Fluent files
//! (`assets/i18n/{ru,en}.ftl`), so they are shown in the language asked for when shown.

use std::fmt;

use automerge::ScalarValue;
use automerge::hydrate::Value as H;

use holst_core::i18n::{Lang, Message, io_error, tr_args};
use holst_core::model::Invalid;

/// What is wrong at the place of a [`ReadError`].
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// A value of the wrong kind: what was expected and what was found.
    Expected {
        /// What the place should hold.
        what: Message,
        /// What it holds.
        found: Message,
    },
    /// The model read breaks a rule of models.
    Invalid(Invalid),
    /// Automerge could not read the document; its own words.
    Automerge(String),
}

impl Detail {
    /// The detail in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Detail::Expected { what, found } => Message::new("sync-expected")
                .arg("what", what.clone())
                .arg("found", found.clone())
                .text(lang),
            Detail::Invalid(i) => i.text(lang).to_owned(),
            Detail::Automerge(e) => e.clone(),
        }
    }
}

/// The shared document holds something Holst cannot read: a change from a peer with the
/// wrong shape, or a document that is not a Holst model. The last good model stays.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    /// Where in the document, as a path: `versions[2].notes[17].x`; empty for the whole
    /// document.
    pub place: String,
    /// What is wrong there.
    pub detail: Detail,
}

impl ReadError {
    /// The whole message in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        let place = if self.place.is_empty() {
            Message::new("sync-place-document").text(lang)
        } else {
            self.place.clone()
        };
        tr_args(
            lang,
            "sync-unreadable",
            &[
                ("place", place.into()),
                ("detail", self.detail.text(lang).into()),
            ],
        )
    }

    /// "expected `what`, found …" at `place`.
    pub(crate) fn expected(place: &str, what: Message, found: Option<&H>) -> Self {
        Self {
            place: place.to_owned(),
            detail: Detail::Expected {
                what,
                found: describe_found(found),
            },
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for ReadError {}

/// What was found, for messages (long strings are cut).
fn describe_found(v: Option<&H>) -> Message {
    match v {
        None => Message::new("sync-found-nothing"),
        Some(H::Map(_)) => Message::new("sync-found-map"),
        Some(H::List(_)) => Message::new("sync-found-list"),
        Some(H::Text(t)) => Message::new("sync-found-text").arg("text", short(&t.to_string())),
        Some(H::Scalar(s)) => match s {
            ScalarValue::Str(s) => Message::new("sync-found-string").arg("text", short(s)),
            ScalarValue::F64(n) => Message::new("sync-found-number").arg("number", n.to_string()),
            ScalarValue::Int(n) | ScalarValue::Timestamp(n) => {
                Message::new("sync-found-number").arg("number", n.to_string())
            }
            ScalarValue::Uint(n) => Message::new("sync-found-number").arg("number", n.to_string()),
            ScalarValue::Boolean(b) => Message::new("sync-found-bool").arg("value", b.to_string()),
            ScalarValue::Null => Message::new("sync-found-null"),
            ScalarValue::Bytes(b) => Message::new("sync-found-bytes").arg("count", b.len()),
            ScalarValue::Counter(_) | ScalarValue::Unknown { .. } => {
                Message::new("sync-found-other")
            }
        },
    }
}

/// At most 40 characters of `s`, with an ellipsis when cut.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

/// Why a sync operation failed.
#[derive(Debug)]
pub enum SyncError {
    /// The document could not be read as a model.
    Read(ReadError),
    /// Automerge refused an operation (a bug, or a document damaged beyond reading).
    Automerge(automerge::AutomergeError),
    /// A file beside the model could not be read or written.
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file beside the model holds something it should not.
    File {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong with it.
        message: Message,
    },
    /// A step could not be applied to the model it was recorded against.
    Op(holst_core::ops::OpError),
    /// Talking to the server failed.
    Net(Message),
    /// The saved copy of the document (`model.automerge`) cannot be read.
    Saved(String),
    /// The model breaks a rule of the model (it could not be read back).
    Invalid(Invalid),
    /// Something that should not happen (a bug); the message says what.
    Internal(String),
    /// The session's background side has stopped.
    Stopped,
}

impl From<ReadError> for SyncError {
    fn from(e: ReadError) -> Self {
        SyncError::Read(e)
    }
}

impl From<automerge::AutomergeError> for SyncError {
    fn from(e: automerge::AutomergeError) -> Self {
        SyncError::Automerge(e)
    }
}

impl From<holst_core::ops::OpError> for SyncError {
    fn from(e: holst_core::ops::OpError) -> Self {
        SyncError::Op(e)
    }
}

impl SyncError {
    /// The message in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        let with = |id: &'static str, error: String| Message::new(id).arg("error", error);
        match self {
            SyncError::Read(e) => e.describe(lang),
            SyncError::Automerge(e) => with("sync-automerge", e.to_string()).text(lang),
            SyncError::Io { path, source } => {
                format!("{}: {}", path.display(), io_error(lang, source))
            }
            SyncError::File { path, message } => {
                format!("{}: {}", path.display(), message.text(lang))
            }
            SyncError::Op(e) => with("sync-op", e.describe(lang)).text(lang),
            SyncError::Net(m) => m.text(lang),
            SyncError::Saved(e) => with("sync-saved", e.clone()).text(lang),
            SyncError::Invalid(i) => with("sync-invalid", i.text(lang).to_owned()).text(lang),
            SyncError::Internal(e) => with("sync-internal", e.clone()).text(lang),
            SyncError::Stopped => Message::new("sync-stopped").text(lang),
        }
    }
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

// No `source`: `describe` already says the cause, in the language asked for.
impl std::error::Error for SyncError {}
