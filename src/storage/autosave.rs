//! Recovery copies: while a document has unsaved changes, a copy goes to the platform data
//! folder (never over the user's file). After a crash the next start offers it; after a
//! normal close it is removed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{ron_format, write_atomic};
use crate::model::Model;

/// A recovery copy on disk: the model and the file it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Envelope {
    /// The user's file the copy belongs to, if it had one.
    original: Option<PathBuf>,
    /// The model as RON text (the native format, so it is readable by hand too).
    model: String,
}

/// A recovery copy found at start-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The recovery file itself.
    pub file: PathBuf,
    /// The user's file the copy belongs to, if any.
    pub original: Option<PathBuf>,
    /// The recovered model.
    pub model: Model,
}

/// Writes and removes this process's recovery copy.
#[derive(Debug, Clone)]
pub struct Autosave {
    dir: PathBuf,
    file: PathBuf,
}

impl Autosave {
    /// Recovery copies of this process go to `dir`, in a file named after the process id.
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
            file: dir.join(format!("recovery-{}.holst", std::process::id())),
        }
    }

    /// The file this process writes.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Writes the recovery copy atomically.
    pub fn write(&self, model: &Model, original: Option<&Path>) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let envelope = Envelope {
            original: original.map(Path::to_path_buf),
            model: ron_format::write(model),
        };
        let text = ron::ser::to_string_pretty(&envelope, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        write_atomic(&self.file, text.as_bytes())
    }

    /// Removes this process's recovery copy (after a save or a normal close).
    pub fn remove(&self) {
        let _ = std::fs::remove_file(&self.file);
    }

    /// Recovery copies left behind by processes that are gone (crashed or killed).
    /// Unreadable copies are skipped.
    pub fn leftovers(&self) -> Vec<Recovered> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<Recovered> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p != &self.file && p.extension().is_some_and(|x| x == "holst"))
            .filter(|p| !owner_alive(p))
            .filter_map(|file| {
                let text = std::fs::read_to_string(&file).ok()?;
                let env: Envelope = ron::from_str(&text).ok()?;
                let model = ron_format::read(&env.model).ok()?;
                Some(Recovered {
                    file,
                    original: env.original,
                    model,
                })
            })
            .collect();
        found.sort_by(|a, b| a.file.cmp(&b.file));
        found
    }
}

/// Whether the process that wrote a recovery file still runs (Linux: `/proc/<pid>`).
fn owner_alive(file: &Path) -> bool {
    let pid = file
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.strip_prefix("recovery-"))
        .and_then(|s| s.parse::<u32>().ok());
    match pid {
        Some(pid) if Path::new("/proc/self").exists() => {
            Path::new(&format!("/proc/{pid}")).exists()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LayoutKind;

    #[test]
    fn a_copy_left_by_a_dead_process_is_offered_and_ours_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let ours = Autosave::new(dir.path());
        let model = Model::new("Черновик", "v1", LayoutKind::Bmc);
        ours.write(&model, Some(Path::new("/tmp/x.ron"))).unwrap();
        assert!(
            ours.leftovers().is_empty(),
            "our own live copy is not a leftover"
        );
        // A copy written by a process id that cannot exist.
        let dead = Autosave {
            dir: dir.path().to_path_buf(),
            file: dir.path().join("recovery-4294967295.holst"),
        };
        dead.write(&model, None).unwrap();
        let found = ours.leftovers();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].model, model);
        assert_eq!(found[0].original, None);
        ours.remove();
        assert!(!ours.file().exists());
    }
}
