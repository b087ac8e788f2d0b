//! Atomic save: a temporary file in the same folder, flushed, then renamed over the target,
//! so a crash or a full disk never leaves a half-written document.
//!
//! The temporary file is named `.holst-XXXXXX.tmp` (six random letters or digits), short
//! whatever the document's name, so a file name at the system's limit still saves. It is
//! removed when the save fails; one left by a save that was killed (older than a minute)
//! is removed by the next save to that folder. The saved file keeps the old one's
//! permissions, owner and group where the system allows; a new file gets the permissions
//! any program's new file gets (the umask applies). A symbolic link is written through:
//! the file it points to is replaced and the link stays a link. A read-only file, a folder
//! or a device is refused and left as it is.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::FileKind;

/// Start of the name of every temporary file a save makes.
const TEMP_PREFIX: &str = ".holst-";
/// End of the name of every temporary file a save makes.
const TEMP_SUFFIX: &str = ".tmp";
/// Random letters and digits between prefix and suffix.
const TEMP_RANDOM: usize = 6;
/// A temporary file of ours this old was left by a save that was killed: no save takes
/// this long between creating its temporary file and renaming it.
const STALE_AFTER: Duration = Duration::from_mins(1);
/// Most symbolic links followed to find the file to replace (as the system allows).
const MAX_LINKS: usize = 40;

/// Why [`write_atomic`] would not write; carried inside the `io::Error` it returns
/// (`error.get_ref()` downcasts to it), with nothing written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The file exists and may not be written.
    #[error(
        "the file is read-only, so Holst does not replace it; make it writable or save under another name"
    )]
    ReadOnly,
    /// The path names a folder, a device or another special file.
    #[error("this is {}, not a regular file; expected a file to write", .0.label(crate::model::Lang::En))]
    NotAFile(FileKind),
}

impl Refused {
    fn error(self) -> io::Error {
        let kind = match self {
            Refused::ReadOnly => io::ErrorKind::PermissionDenied,
            Refused::NotAFile(_) => io::ErrorKind::InvalidInput,
        };
        io::Error::new(kind, self)
    }
}

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one.
/// See the module documentation for permissions, links, refusals and temporary files.
/// Errors carry the system's reason and never the temporary file's path.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = resolve_links(path)?;
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if let Some(meta) = &existing {
        check_replaceable(&target, meta)?;
    }
    let dir = folder(&target);
    remove_stale(dir, target.file_name().and_then(|n| n.to_str()));
    let mut temp = Temp::create(dir, existing.is_some())?;
    if let Some(meta) = &existing {
        keep_metadata(&temp.file, meta)?;
    }
    temp.file.write_all(bytes)?;
    temp.file.sync_all()?;
    temp.persist(&target)?;
    sync_folder(dir);
    Ok(())
}

/// The folder a file is in (`.` for a bare name).
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The file a path finally names: symbolic links followed (a dangling link gives the path
/// it points to, which the save then creates).
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = folder(&current).join(link);
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(
        "too many levels of symbolic links; expected a link chain that ends at a file",
    ))
}

/// Refuses to replace anything but a regular file this user may write.
fn check_replaceable(target: &Path, meta: &fs::Metadata) -> io::Result<()> {
    if let Some(kind) = FileKind::of(meta) {
        return Err(Refused::NotAFile(kind).error());
    }
    if meta.permissions().readonly() {
        return Err(Refused::ReadOnly.error());
    }
    // Write permission for this user (owner, group or others): opening for writing
    // without truncating changes nothing in the file.
    match OpenOptions::new().write(true).open(target) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Err(Refused::ReadOnly.error()),
        Err(e) => Err(e),
    }
}

/// Gives the new file the old one's owner, group and permissions, as far as allowed:
/// only the superuser may give a file to another user, and a user may give it only to
/// groups they belong to; otherwise the new file stays the saving user's.
#[cfg(unix)]
fn keep_metadata(file: &File, meta: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt, fchown};
    if fchown(file, Some(meta.uid()), Some(meta.gid())).is_err() {
        // Not allowed: keep at least the group when the user may.
        let _ = fchown(file, None, Some(meta.gid()));
    }
    // After the owner: a change of owner clears the set-id bits.
    file.set_permissions(fs::Permissions::from_mode(meta.mode() & 0o7777))
}

/// Gives the new file the old one's permissions.
#[cfg(not(unix))]
fn keep_metadata(file: &File, meta: &fs::Metadata) -> io::Result<()> {
    file.set_permissions(meta.permissions())
}

/// A temporary file that is removed when dropped unless it was renamed into place.
struct Temp {
    path: PathBuf,
    file: File,
    persisted: bool,
}

impl Temp {
    /// A new, empty temporary file in `dir`. It replaces an existing file: readable by its
    /// owner only until the old permissions are copied; else the umask's default.
    fn create(dir: &Path, replaces: bool) -> io::Result<Temp> {
        let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
        for attempt in 0..100u32 {
            let path = dir.join(temp_name(attempt));
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(if replaces { 0o600 } else { 0o666 });
            }
            #[cfg(not(unix))]
            let _ = replaces;
            match options.open(&path) {
                Ok(file) => {
                    return Ok(Temp {
                        path,
                        file,
                        persisted: false,
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
                Err(e) => return Err(e),
            }
        }
        Err(last)
    }

    /// Renames the file over `target`.
    fn persist(mut self, target: &Path) -> io::Result<()> {
        fs::rename(&self.path, target)?;
        self.persisted = true;
        Ok(())
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.persisted {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// `.holst-XXXXXX.tmp` with six random letters and digits.
fn temp_name(attempt: u32) -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    // A fresh `RandomState` is seeded from the system's randomness; the rest tells apart
    // names made in the same instant.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_u32(attempt);
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(now);
    let mut n = hasher.finish();
    let mut name = String::from(TEMP_PREFIX);
    for _ in 0..TEMP_RANDOM {
        name.push(char::from(ALPHABET[(n % 62) as usize]));
        n /= 62;
    }
    name.push_str(TEMP_SUFFIX);
    name
}

/// Whether a file name is one of this module's temporary files, or (for the file being
/// saved, `saving`) one of the older `.NAME.XXXXXX.tmp` ones earlier Holst versions made.
fn is_our_temp(name: &str, saving: Option<&str>) -> bool {
    let random = |s: &str| s.len() == TEMP_RANDOM && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let ours = name
        .strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(random);
    let older = saving.is_some_and(|saving| {
        name.strip_prefix('.')
            .and_then(|rest| rest.strip_prefix(saving))
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
            .is_some_and(random)
    });
    ours || older
}

/// Removes this module's temporary files in `dir` that are older than [`STALE_AFTER`]
/// (left by saves that were killed). Regular files only; failures are ignored (the save
/// goes on, and the next one tries again).
fn remove_stale(dir: &Path, saving: Option<&str>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if !name.to_str().is_some_and(|n| is_our_temp(n, saving)) {
            continue;
        }
        let Ok(meta) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.file_type().is_file() && old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Flushes the folder's entry list, so the rename survives a power cut (Unix; best effort).
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.ron");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, "new".as_bytes()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("model.ron")]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder").join("model.ron");
        assert!(write_atomic(&missing, b"x").is_err());
        assert!(!missing.exists());
    }

    #[test]
    fn an_unfinished_temporary_file_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let mut temp = Temp::create(dir.path(), false).unwrap();
        temp.file.write_all(b"half a model").unwrap();
        let path = temp.path.clone();
        assert!(path.exists());
        drop(temp);
        assert!(
            !path.exists(),
            "a save that stops before the rename leaves nothing"
        );
    }

    #[test]
    fn temp_names_are_short_random_and_recognised() {
        let a = temp_name(0);
        let b = temp_name(0);
        assert_eq!(a.len(), ".holst-XXXXXX.tmp".len(), "{a}");
        assert_ne!(a, b, "random");
        assert!(is_our_temp(&a, None));
        assert!(is_our_temp(".m.ron.Ab12cd.tmp", Some("m.ron")));
        for other in [
            ".holst-abc.tmp",
            ".holst-abcdef.tmp~",
            "holst-abcdef.tmp",
            ".holst-abc-ef.tmp",
            ".other.ron.Ab12cd.tmp",
            "m.ron",
        ] {
            assert!(!is_our_temp(other, Some("m.ron")), "{other}");
        }
    }
}
