//! Advisory locks held by a running editor: one per open document (so a second window on
//! the same file is told), one per recovery session (so a copy of a live window is never
//! offered as left by a crash).
//!
//! A lock is an OS file lock (`flock` on Unix, through `std::fs::File::try_lock`) on a
//! small file. The kernel releases it when the process ends in any way, `kill -9`
//! included, so a lock of a dead process is never in the way and a reused process id
//! never looks alive. The file holds the owner's process id, to name it in messages.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// A lock this process holds; released (and its file removed) when dropped.
#[derive(Debug)]
pub struct FileLock {
    file: File,
    path: PathBuf,
}

/// Who holds a lock another process took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// The owner's process id, when its lock file says.
    pub pid: Option<u32>,
}

impl FileLock {
    /// Takes the lock at `path` (creating the file and its folder), or says who holds it.
    pub fn try_acquire(path: &Path) -> std::io::Result<Result<FileLock, Holder>> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        // The previous owner removes the file while it still holds the lock, so a file
        // opened just before that and locked just after is no longer the one at `path`:
        // then try again with the new one.
        for _ in 0..8 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(path)?;
            match file.try_lock() {
                Ok(()) => {
                    if !same_file(&file, path) {
                        continue;
                    }
                    file.set_len(0)?;
                    file.write_all(format!("pid {}\n", std::process::id()).as_bytes())?;
                    file.flush()?;
                    return Ok(Ok(FileLock {
                        file,
                        path: path.to_path_buf(),
                    }));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut text = String::new();
                    let _ = file.read_to_string(&mut text);
                    return Ok(Err(Holder::parse(&text)));
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
        }
        Err(std::io::Error::other(format!(
            "{}: the lock file keeps being replaced",
            path.display()
        )))
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Removed while still locked (see `try_acquire`); the lock goes with the handle.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

impl Holder {
    fn parse(text: &str) -> Holder {
        let pid = text
            .lines()
            .find_map(|l| l.strip_prefix("pid "))
            .and_then(|p| p.trim().parse().ok());
        Holder { pid }
    }
}

/// Whether a live process holds the lock at `path`: `Some(false)` when the file is missing
/// or its lock is free (its owner is gone), `None` when the file system cannot tell.
pub(crate) fn is_held(path: &Path) -> Option<bool> {
    let file = match OpenOptions::new().read(true).write(true).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Some(false),
        Err(_) => return None,
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            Some(false)
        }
        Err(TryLockError::WouldBlock) => Some(true),
        Err(TryLockError::Error(_)) => None,
    }
}

/// The lock file for a document: named after a hash of the document's canonical path, so
/// the same file opened by a relative, absolute or linked path gets the same lock.
pub fn document_lock_path(lock_dir: &Path, document: &Path) -> PathBuf {
    let canonical = std::fs::canonicalize(document)
        .or_else(|_| std::path::absolute(document))
        .unwrap_or_else(|_| document.to_path_buf());
    lock_dir.join(format!("{:016x}.lock", fnv1a(&path_bytes(&canonical))))
}

/// 64-bit FNV-1a: stable across builds and platforms (the standard library's hasher is
/// not promised to be), so two versions of Holst agree on a document's lock file.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(unix)]
fn path_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_bytes(path: &Path) -> Vec<u8> {
    path.to_string_lossy().as_bytes().to_vec()
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_names_its_owner_and_is_free_again_once_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("locks").join("a.lock");
        let mine = FileLock::try_acquire(&path).unwrap().unwrap();
        assert_eq!(is_held(&path), Some(true));
        // flock locks belong to the open file, so a second open in this process is refused
        // like another process would be.
        let holder = FileLock::try_acquire(&path).unwrap().unwrap_err();
        assert_eq!(holder.pid, Some(std::process::id()));
        drop(mine);
        assert!(!path.exists(), "the lock file is removed with the lock");
        assert_eq!(is_held(&path), Some(false));
        let again = FileLock::try_acquire(&path).unwrap();
        assert!(again.is_ok(), "a released lock is taken over");
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.lock");
        // What a killed process leaves: the file, no lock.
        std::fs::write(&path, "pid 4294967295\n").unwrap();
        assert_eq!(is_held(&path), Some(false));
        let lock = FileLock::try_acquire(&path).unwrap().unwrap();
        assert_eq!(
            std::fs::read_to_string(lock.path()).unwrap(),
            format!("pid {}\n", std::process::id())
        );
    }

    #[test]
    fn one_file_by_relative_and_absolute_path_has_one_lock() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.ron");
        std::fs::write(&file, "x").unwrap();
        let dotted = dir.path().join(".").join("m.ron");
        let locks = dir.path().join("locks");
        assert_eq!(
            document_lock_path(&locks, &file),
            document_lock_path(&locks, &dotted)
        );
        assert_ne!(
            document_lock_path(&locks, &file),
            document_lock_path(&locks, &dir.path().join("n.ron"))
        );
    }
}
