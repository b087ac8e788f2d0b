//! What a file looked like when the editor last read or wrote it: size, modification time
//! and (on Unix) device and inode. Comparing the stamp before a save tells whether another
//! program changed or replaced the file in the meantime.

use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

/// Size, modification time and identity of a file at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    /// Size in bytes.
    pub len: u64,
    /// Modification time: whole seconds since the Unix epoch.
    pub secs: u64,
    /// Modification time: nanoseconds within the second.
    pub nanos: u32,
    /// Device of the file (0 where the platform does not say).
    pub dev: u64,
    /// Inode of the file (0 where the platform does not say); an atomic save by another
    /// program gives a new inode even when size and time happen to match.
    pub ino: u64,
}

/// How a file on disk compares with the stamp taken when it was last read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskState {
    /// The file is as it was.
    Unchanged,
    /// Another program wrote or replaced the file.
    Changed,
    /// The file is gone (deleted or renamed by another program).
    Missing,
}

impl FileStamp {
    /// The stamp of the file at `path` now (following symbolic links).
    pub fn of(path: &Path) -> std::io::Result<FileStamp> {
        let meta = std::fs::metadata(path)?;
        let since = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .unwrap_or_default();
        let (dev, ino) = identity(&meta);
        Ok(FileStamp {
            len: meta.len(),
            secs: since.as_secs(),
            nanos: since.subsec_nanos(),
            dev,
            ino,
        })
    }

    /// Compares the file at `path` with this stamp. A file that cannot be examined for
    /// another reason than being missing counts as changed: the caller then asks the user
    /// instead of writing blindly.
    pub fn check(&self, path: &Path) -> DiskState {
        match FileStamp::of(path) {
            Ok(now) if now == *self => DiskState::Unchanged,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => DiskState::Missing,
            Ok(_) | Err(_) => DiskState::Changed,
        }
    }
}

#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn identity(_meta: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_a_replacement_and_a_removal_are_each_seen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        std::fs::write(&path, "one").unwrap();
        let stamp = FileStamp::of(&path).unwrap();
        assert_eq!(stamp.check(&path), DiskState::Unchanged);
        // Same size, written in place: the time (or, on a coarse clock, nothing) differs;
        // make the time differ for certain.
        std::fs::write(&path, "two").unwrap();
        let f = std::fs::File::options().write(true).open(&path).unwrap();
        f.set_modified(UNIX_EPOCH + std::time::Duration::from_secs(1_000_000))
            .unwrap();
        assert_eq!(stamp.check(&path), DiskState::Changed);
        // Replaced by another file with the same size and time: the inode differs.
        let again = FileStamp::of(&path).unwrap();
        let other = dir.path().join("other");
        std::fs::write(&other, "two").unwrap();
        let f = std::fs::File::options().write(true).open(&other).unwrap();
        f.set_modified(UNIX_EPOCH + std::time::Duration::from_secs(1_000_000))
            .unwrap();
        std::fs::rename(&other, &path).unwrap();
        if cfg!(unix) {
            assert_eq!(again.check(&path), DiskState::Changed);
        }
        std::fs::remove_file(&path).unwrap();
        assert_eq!(again.check(&path), DiskState::Missing);
    }
}
