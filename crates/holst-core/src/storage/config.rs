//! Settings that persist between runs: recent files, window size, interface language.
//! Kept as RON in the platform config folder (`directories`), written atomically.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::write_atomic;
use crate::model::Lang;

/// How many recent files are remembered.
pub(crate) const MAX_RECENT: usize = 10;

/// The persisted settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Config {
    /// Recently opened or saved files, newest first.
    #[serde(default)]
    pub recent: Vec<PathBuf>,
    /// Inner size of the window at the last close, in points.
    #[serde(default)]
    pub window_size: Option<[f32; 2]>,
    /// Interface language chosen in View → Language; `None` follows the system locale.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The folder of the last export, offered for models that have no folder of their own.
    #[serde(default)]
    pub last_export_dir: Option<PathBuf>,
}

impl Config {
    /// Puts a file at the top of the recent list.
    pub fn touch_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Reads the settings from a file; a missing or unreadable file gives the defaults
    /// (settings are a convenience and must never stop the editor from starting).
    pub fn load(path: &Path) -> Config {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|s| ron::from_str(&s).ok())
            .unwrap_or_default()
    }

    /// Writes the settings atomically, creating the folder.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        write_atomic(path, text.as_bytes())
    }
}

/// Where Holst keeps its settings and recovery copies on this machine.
#[derive(Debug, Clone)]
pub struct Dirs {
    /// File of the persisted [`Config`].
    pub config_file: PathBuf,
    /// Folder of autosaved recovery copies.
    pub recovery_dir: PathBuf,
    /// Folder of the locks of open documents (one file, one editor).
    pub lock_dir: PathBuf,
}

impl Dirs {
    /// The platform folders (`~/.config/holst`, `~/.local/share/holst` on Linux, honouring
    /// `XDG_CONFIG_HOME` and `XDG_DATA_HOME`). Document locks go to the runtime folder
    /// (`$XDG_RUNTIME_DIR/holst`), or under the data folder where there is none. `None`
    /// when the system has no home folder.
    pub fn platform() -> Option<Dirs> {
        let dirs = directories::ProjectDirs::from("", "", "holst")?;
        let lock_dir = dirs
            .runtime_dir()
            .map_or_else(|| dirs.data_dir().join("locks"), |d| d.join("locks"));
        Some(Dirs {
            config_file: dirs.config_dir().join("config.ron"),
            recovery_dir: dirs.data_dir().join("recovery"),
            lock_dir,
        })
    }

    /// Folders under one root, for tests.
    pub fn under(root: &Path) -> Dirs {
        Dirs {
            config_file: root.join("config").join("config.ron"),
            recovery_dir: root.join("data").join("recovery"),
            lock_dir: root.join("run").join("locks"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_save_and_load_and_recent_files_stay_unique() {
        let dir = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(dir.path());
        let mut c = Config::default();
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        c.touch_recent(&a);
        c.touch_recent(&b);
        c.touch_recent(&a);
        c.window_size = Some([900.0, 600.0]);
        c.lang = Some(Lang::En);
        c.save(&dirs.config_file).unwrap();
        let back = Config::load(&dirs.config_file);
        assert_eq!(back, c);
        assert_eq!(back.recent, vec![a, b]);
        assert_eq!(
            Config::load(&dir.path().join("missing.ron")),
            Config::default()
        );
    }
}
