//! Recovery copies: while a document has unsaved changes, a copy goes to the platform data
//! folder (never over the user's file). After a crash the next start offers every copy left
//! behind, newest first; after a save or a normal close the copy is removed.
//!
//! Each running editor is one session: `recovery-<pid>-<random>.holst` is its copy and
//! `recovery-<pid>-<random>.lock` an OS lock it holds while it runs (see [`super::lock`]).
//! A copy is left over when nobody holds its lock, which stays true when the dead
//! process's id is reused by another program.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::lock::{self, FileLock};
use super::stamp::FileStamp;
use super::{ron_format, write_atomic};
use crate::model::Model;

/// A recovery copy on disk: the model and the file it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Envelope {
    /// The user's file the copy belongs to (an absolute path), if it had one.
    original: Option<PathBuf>,
    /// The user's file as the editor last read or wrote it, so a restored copy's save can
    /// tell whether the file changed since.
    #[serde(default)]
    stamp: Option<FileStamp>,
    /// The model as RON text (the native format, so it is readable by hand too).
    model: String,
}

/// What a recovery copy belongs to, for the document it is written for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Origin<'a> {
    /// The user's file, if the document has one (made absolute before it is stored).
    pub file: Option<&'a Path>,
    /// The file's stamp when the document last read or wrote it.
    pub stamp: Option<FileStamp>,
}

/// A recovery copy read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The recovery file itself.
    pub file: PathBuf,
    /// The user's file the copy belongs to (absolute), if any.
    pub original: Option<PathBuf>,
    /// The user's file as the crashed editor last read or wrote it.
    pub stamp: Option<FileStamp>,
    /// The recovered model.
    pub model: Model,
}

/// A copy left behind by an editor that is gone, as listed for the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Leftover {
    /// The recovery file.
    pub file: PathBuf,
    /// When it was written.
    pub written: SystemTime,
    /// Its content, or why it cannot be read (then it is listed but cannot be restored).
    pub content: Result<Summary, String>,
}

/// What the user needs to recognise a copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The user's file the copy belongs to, if any.
    pub original: Option<PathBuf>,
    /// The model's title.
    pub title: String,
    /// Notes in all versions.
    pub notes: usize,
}

/// Writes and removes this session's recovery copy, and finds the copies of dead sessions.
#[derive(Debug)]
pub struct Autosave {
    dir: PathBuf,
    file: PathBuf,
    lock_file: PathBuf,
    lock: Option<FileLock>,
}

impl Autosave {
    /// A session writing to `dir`, named after the process id and a random number.
    pub fn new(dir: &Path) -> Self {
        let name = format!("recovery-{}-{:08x}", std::process::id(), random_u32());
        Self {
            dir: dir.to_path_buf(),
            file: dir.join(format!("{name}.holst")),
            lock_file: dir.join(format!("{name}.lock")),
            lock: None,
        }
    }

    /// The file this session writes.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Writes the recovery copy atomically. The session's lock is taken first, so the copy
    /// is never mistaken for one left by a crash while this editor runs.
    pub fn write(&mut self, model: &Model, origin: Origin<'_>) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        if self.lock.is_none() {
            match FileLock::try_acquire(&self.lock_file)? {
                Ok(lock) => self.lock = Some(lock),
                Err(_) => {
                    return Err(std::io::Error::other(format!(
                        "{}: locked by another process",
                        self.lock_file.display()
                    )));
                }
            }
        }
        let envelope = Envelope {
            original: origin
                .file
                .map(|f| std::path::absolute(f).unwrap_or_else(|_| f.to_path_buf())),
            stamp: origin.stamp,
            model: ron_format::write(model),
        };
        let text = ron::ser::to_string_pretty(&envelope, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        write_atomic(&self.file, text.as_bytes())
    }

    /// Whether this session has a copy on disk.
    pub fn exists(&self) -> bool {
        self.file.exists()
    }

    /// Removes this session's recovery copy (after a save or a normal close).
    pub fn remove(&mut self) {
        let _ = std::fs::remove_file(&self.file);
        self.lock = None;
    }

    /// Recovery copies left behind by sessions that are gone (crashed or killed), newest
    /// first. A copy that cannot be read is listed too, with the reason.
    pub fn leftovers(&self) -> Vec<Leftover> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<Leftover> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p != &self.file && p.extension().is_some_and(|x| x == "holst"))
            .filter(|p| !owner_alive(p))
            .map(|file| {
                let written = std::fs::metadata(&file)
                    .and_then(|m| m.modified())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                let content = read(&file).map(|r| Summary {
                    original: r.original,
                    title: r.model.title.clone(),
                    notes: r.model.note_count(),
                });
                Leftover {
                    file,
                    written,
                    content,
                }
            })
            .collect();
        found.sort_by(|a, b| b.written.cmp(&a.written).then(a.file.cmp(&b.file)));
        self.remove_stale_locks();
        found
    }

    /// Lock files of dead sessions that left no copy (they crashed before writing one).
    fn remove_stale_locks(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.extension().is_some_and(|x| x == "lock")
                && path != self.lock_file
                && !path.with_extension("holst").exists()
                && lock::is_held(&path) == Some(false)
            {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

/// Reads a recovery copy; the error says what is wrong in English and Russian terms the
/// interface shows as they are (a path and the parser's message).
pub fn read(file: &Path) -> Result<Recovered, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let env: Envelope = ron::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let model = ron_format::read(&env.model).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(Recovered {
        file: file.to_path_buf(),
        original: env.original,
        stamp: env.stamp,
        model,
    })
}

/// Removes a recovery copy the user discarded or that was restored and saved (or copied
/// into a new session's copy), with the lock file its dead session left.
pub fn remove_leftover(file: &Path) -> std::io::Result<()> {
    std::fs::remove_file(file)?;
    let lock = file.with_extension("lock");
    if lock::is_held(&lock) == Some(false) {
        let _ = std::fs::remove_file(lock);
    }
    Ok(())
}

/// Whether the session that wrote a recovery copy still runs: its lock is held (a live
/// session takes it before it writes a copy, so a copy without a lock file is left over).
/// Where the file system cannot tell, and for copies of older versions
/// (`recovery-<pid>.holst`, no lock), whether the process id exists (Linux: `/proc/<pid>`).
fn owner_alive(file: &Path) -> bool {
    let name = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let mut parts = name
        .strip_prefix("recovery-")
        .unwrap_or_default()
        .split('-');
    let pid = parts.next().and_then(|p| p.parse::<u32>().ok());
    let session = parts.next().is_some();
    if session && let Some(held) = lock::is_held(&file.with_extension("lock")) {
        return held;
    }
    match pid {
        Some(pid) if Path::new("/proc/self").exists() => {
            Path::new(&format!("/proc/{pid}")).exists()
        }
        _ => false,
    }
}

/// A random number for session names (the standard library seeds its hasher randomly).
fn random_u32() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    h.finish() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LayoutKind;

    fn model(title: &str) -> Model {
        Model::new(title, "v1", LayoutKind::Bmc)
    }

    #[test]
    fn a_copy_of_a_live_session_is_not_offered_and_a_dead_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let mut ours = Autosave::new(dir.path());
        let mut other = Autosave::new(dir.path());
        ours.write(&model("Наша"), Origin::default()).unwrap();
        other
            .write(
                &model("Чужая"),
                Origin {
                    file: Some(Path::new("/tmp/x.ron")),
                    stamp: None,
                },
            )
            .unwrap();
        assert!(ours.leftovers().is_empty(), "the other session is alive");
        // The other session dies without removing its copy: its lock goes, the copy stays.
        other.lock = None;
        let found = ours.leftovers();
        assert_eq!(found.len(), 1);
        let summary = found[0].content.clone().unwrap();
        assert_eq!(summary.title, "Чужая");
        assert_eq!(summary.original.as_deref(), Some(Path::new("/tmp/x.ron")));
        assert_eq!(read(&found[0].file).unwrap().model, model("Чужая"));
        ours.remove();
        assert!(!ours.file().exists());
    }

    #[test]
    fn a_dead_session_whose_process_id_is_reused_is_still_offered() {
        let dir = tempfile::tempdir().unwrap();
        // The name carries a process id that is alive (ours, or init), the lock is free.
        for pid in [std::process::id(), 1] {
            let name = format!("recovery-{pid}-0000abcd");
            let mut dead = Autosave {
                dir: dir.path().to_path_buf(),
                file: dir.path().join(format!("{name}.holst")),
                lock_file: dir.path().join(format!("{name}.lock")),
                lock: None,
            };
            dead.write(&model("Старая"), Origin::default()).unwrap();
            dead.lock = None;
            std::fs::write(dir.path().join(format!("{name}.lock")), "pid 1\n").unwrap();
            let found = Autosave::new(dir.path()).leftovers();
            assert_eq!(found.len(), 1, "pid {pid}");
            remove_leftover(&found[0].file).unwrap();
            assert!(!dir.path().join(format!("{name}.lock")).exists());
        }
    }

    #[test]
    fn every_leftover_is_listed_newest_first_and_a_broken_one_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let mut times = Vec::new();
        for (i, title) in ["Первая", "Вторая", "Третья"].iter().enumerate() {
            let mut s = Autosave::new(dir.path());
            s.write(&model(title), Origin::default()).unwrap();
            let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000 + i as u64);
            std::fs::File::options()
                .write(true)
                .open(s.file())
                .unwrap()
                .set_modified(t)
                .unwrap();
            times.push(t);
            s.lock = None;
        }
        std::fs::write(dir.path().join("recovery-77-00000001.holst"), "garbage").unwrap();
        let found = Autosave::new(dir.path()).leftovers();
        assert_eq!(found.len(), 4);
        let titles: Vec<_> = found
            .iter()
            .filter_map(|l| l.content.as_ref().ok())
            .map(|s| s.title.as_str())
            .collect();
        assert_eq!(titles, ["Третья", "Вторая", "Первая"]);
        let broken = found.iter().find(|l| l.content.is_err()).unwrap();
        assert!(
            broken
                .content
                .as_ref()
                .unwrap_err()
                .contains("recovery-77-00000001.holst")
        );
    }

    #[test]
    fn a_relative_original_is_stored_absolute_with_its_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Autosave::new(dir.path());
        let stamp = FileStamp {
            len: 3,
            secs: 4,
            nanos: 5,
            dev: 6,
            ino: 7,
        };
        s.write(
            &model("М"),
            Origin {
                file: Some(Path::new("rel/m.ron")),
                stamp: Some(stamp),
            },
        )
        .unwrap();
        let back = read(s.file()).unwrap();
        let original = back.original.unwrap();
        assert!(original.is_absolute(), "{}", original.display());
        assert!(original.ends_with("rel/m.ron"));
        assert_eq!(back.stamp, Some(stamp));
    }

    #[test]
    fn a_copy_of_an_older_version_without_a_lock_file_is_offered_when_its_process_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            "(original: None, model: {:?})",
            ron_format::write(&model("Старый формат"))
        );
        std::fs::write(dir.path().join("recovery-4294967295.holst"), text).unwrap();
        let found = Autosave::new(dir.path()).leftovers();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content.clone().unwrap().title, "Старый формат");
    }
}
