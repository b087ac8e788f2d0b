//! Live sharing of Holst models: local-first, through Automerge and samod.
//!
//! Each person keeps their model on their own machine and edits it offline; when connected,
//! edits travel through a sync server (`holst serve`, or the JavaScript automerge-repo sync
//! server) and merge without loss after working apart. No accounts: the link (server URL
//! and document id) is the key, and anyone who has it can read and edit the model.
//!
//! - [`schema`]: the model as an Automerge document.
//! - [`write_diff`] and [`read()`]: one undo step becomes one change; a document becomes a
//!   valid model, refusing what a peer wrote wrongly ([`ReadError`]) and mending what
//!   merges break ([`Repair`]).
//! - [`Mirror`]: the last good model of a document and the heads it belongs to.
//! - [`Session`]: a live share owned by the UI thread; [`Server`]: the sync server;
//!   [`Link`]: what people send each other; [`sidecar`]: the files beside a shared model;
//!   [`cli`]: `serve` and `sync`.

mod adopt;
pub mod cli;
mod error;
pub mod link;
mod mirror;
mod net;
mod order;
mod presence;
mod read;
pub mod schema;
mod server;
mod session;
pub mod sidecar;
mod write;

pub use adopt::add_only;
pub use error::{Detail, ReadError, SyncError};
pub use link::{Link, LinkError};
pub use mirror::{Mirror, Pulled};
pub use net::WsError;
pub use presence::Peer;
pub use read::{ItemKind, Read, Repair, read};
pub use server::{Server, ServerOptions};
pub use session::{Session, SessionOptions, Status, Waker};
pub use write::write_diff;
