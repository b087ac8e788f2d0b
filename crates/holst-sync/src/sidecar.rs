//! The files a shared model keeps beside its `.ron`.
//!
//! - `model.automerge`: the Automerge document as last synced (plain `Automerge::save`
//!   bytes, so other Automerge tools read it). It is the base for edits made offline or in
//!   the `.ron` by hand: they become changes on top of it, a true three-way merge.
//! - `model.share`: where the model is shared, `(server: "ws://…/", document:
//!   "automerge:…")`.
//!
//! The share link lives in a file of its own, not in the `.ron`: the link is the key to the
//! shared model (anyone who has it can edit), and the `.ron` is the file people send around,
//! export and attach to mail. A copy of the `.ron` then stays a copy, not an invitation.
//! The model format also stays as it is: an older Holst opening and saving the `.ron`
//! cannot drop the share, and the model types stay free of file metadata.
//!
//! Order of writing after a sync: the `.ron` first, then `.automerge`. If the process dies
//! in between, the next sync sees others' changes as edits of its own and writes them again
//! (harmless); the other order would take the older `.ron` as the user's wish and undo
//! others' changes.

use std::path::{Path, PathBuf};

use automerge::Automerge;
use serde::{Deserialize, Serialize};

use crate::error::SyncError;
use crate::link::{self, Link};
use holst_core::i18n::Message;
use holst_core::model::MAX_FILE_BYTES;
use holst_core::storage::write_atomic;

/// `model.automerge` beside `model.ron`.
pub fn doc_path(model: &Path) -> PathBuf {
    model.with_extension("automerge")
}

/// `model.share` beside `model.ron`.
pub fn share_path(model: &Path) -> PathBuf {
    model.with_extension("share")
}

/// What `model.share` holds.
#[derive(Debug, Serialize, Deserialize)]
struct ShareFile {
    /// The sync server, `ws://host:port/`.
    server: String,
    /// The document, `automerge:…`.
    document: String,
}

/// The share link of a model, if it has a `model.share`.
pub fn read_share(model: &Path) -> Result<Option<Link>, SyncError> {
    let path = share_path(model);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(SyncError::Io { path, source }),
    };
    let bad = |message: Message| SyncError::File {
        path: path.clone(),
        message,
    };
    let file: ShareFile = ron::from_str(&text)
        .map_err(|e| bad(Message::new("sync-share-file").arg("error", e.to_string())))?;
    Ok(Some(Link {
        server: link::server_url(&file.server).map_err(|e| bad(e.message))?,
        document: link::document_id(&file.document).map_err(|e| bad(e.message))?,
    }))
}

/// Writes `model.share` (atomically).
pub fn write_share(model: &Path, link: &Link) -> Result<(), SyncError> {
    let file = ShareFile {
        server: link.server.to_string(),
        document: format!("automerge:{}", link.document),
    };
    let path = share_path(model);
    let text = ron::to_string(&file).map_err(|e| SyncError::Internal(e.to_string()))? + "\n";
    write_atomic(&path, text.as_bytes()).map_err(|source| SyncError::Io { path, source })
}

/// The bytes of `model.automerge`, if there is one, checked to be an Automerge document
/// (a damaged one is refused, and left as it is).
pub fn read_doc(model: &Path) -> Result<Option<Vec<u8>>, SyncError> {
    let path = doc_path(model);
    let io = |source| SyncError::Io {
        path: path.clone(),
        source,
    };
    let bad = |message| SyncError::File {
        path: path.clone(),
        message,
    };
    match std::fs::metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
        Ok(meta) if !meta.is_file() => {
            return Err(bad(Message::new("sync-doc-not-file")));
        }
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            return Err(bad(Message::new("sync-doc-too-big")
                .arg("size", meta.len().to_string())
                .arg("limit", MAX_FILE_BYTES.to_string())));
        }
        Ok(_) => {}
    }
    let bytes = std::fs::read(&path).map_err(io)?;
    Automerge::load(&bytes)
        .map_err(|e| bad(Message::new("sync-doc-unreadable").arg("error", e.to_string())))?;
    Ok(Some(bytes))
}

/// Writes `model.automerge` (atomically).
pub fn write_doc(model: &Path, bytes: &[u8]) -> Result<(), SyncError> {
    let path = doc_path(model);
    write_atomic(&path, bytes).map_err(|source| SyncError::Io { path, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_files_round_trip_and_bad_ones_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let model = dir.path().join("m.ron");
        assert_eq!(read_share(&model).unwrap(), None);
        let link: Link = "ws://127.0.0.1:3030/#automerge:3TEue7VyEHBk9MhBoDhQFsaEuCgV"
            .parse()
            .unwrap();
        write_share(&model, &link).unwrap();
        assert_eq!(read_share(&model).unwrap(), Some(link));
        std::fs::write(share_path(&model), "(server: \"wss://x/\", document: \"\")").unwrap();
        let e = read_share(&model).unwrap_err().to_string();
        assert!(e.contains("m.share") && e.contains("wss://"), "{e}");
    }

    #[test]
    fn a_damaged_document_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let model = dir.path().join("m.ron");
        assert_eq!(read_doc(&model).unwrap(), None);
        std::fs::write(doc_path(&model), b"not automerge").unwrap();
        let e = read_doc(&model).unwrap_err().to_string();
        assert!(
            e.contains("m.automerge") && e.contains("not a readable"),
            "{e}"
        );
        assert_eq!(std::fs::read(doc_path(&model)).unwrap(), b"not automerge");
        let doc = Automerge::new().save();
        write_doc(&model, &doc).unwrap();
        assert_eq!(read_doc(&model).unwrap(), Some(doc));
    }
}
