//! The editor's own file browser, drawn with egui: used when the system's file dialog
//! cannot be shown (no desktop portal and no zenity, or it failed). Folders, a file name
//! field that also takes a typed path, a filter by extension, keyboard navigation and the
//! folders of recent files.
//!
//! (`egui-file-dialog`, the well-kept crate for this, needs egui 0.36 in its newest
//! release; Holst is on egui 0.37.)

mod view;

use std::path::{Path, PathBuf};

use crate::ui::Pending;
use crate::ui::export_dialog::ExportForm;

pub use view::show;

/// What the chosen file is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// Open it as the document (unsaved changes were dealt with).
    Open,
    /// Save the document there, then do `then`.
    Save {
        /// What waits for the save (an action that asked about unsaved changes).
        then: Option<Pending>,
    },
    /// The export form's destination; the form comes back with it.
    Export(Box<ExportForm>),
}

/// One entry of the folder shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The file or folder name.
    pub name: String,
    /// Whether it is a folder.
    pub is_dir: bool,
}

/// The browser's state.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::struct_excessive_bools)] // independent switches, not a state machine
pub struct FileBrowser {
    /// What the file is for.
    pub purpose: Purpose,
    /// Choosing where to write (a new name is fine) rather than a file to read.
    pub save: bool,
    /// The folder shown.
    pub dir: PathBuf,
    /// The file name field: a name in `dir`, or a path (absolute, `~/…` or relative).
    pub name: String,
    /// The extensions shown (lower case, no dot); the first is added to a saved name
    /// without one.
    pub extensions: Vec<&'static str>,
    /// Show every file, not only the extensions.
    pub all_files: bool,
    /// Why the system dialog was not used, in the window's language.
    pub why: String,
    /// Folders to jump to: those of recent files and the last export.
    pub places: Vec<PathBuf>,
    /// The folder's entries that pass the filter, folders first.
    pub entries: Vec<Entry>,
    /// The entry chosen with the arrow keys or a click.
    pub selected: Option<usize>,
    /// What is wrong with the last attempt (a missing file, a folder that cannot be read).
    pub error: Option<String>,
    /// A file that exists and will be replaced on the next confirmation.
    pub confirm: Option<PathBuf>,
    /// The folder shown could not be read.
    pub unreadable: bool,
    /// The selection moved by key: the list scrolls to it once.
    pub scroll: bool,
    /// The name field takes the keyboard when the browser is first drawn (over the
    /// button that opened it).
    pub focus: bool,
}

/// What the user did in the browser this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// This file was chosen.
    Picked(PathBuf),
    /// The browser was closed without a choice.
    Cancelled,
}

impl FileBrowser {
    /// A browser for `purpose` in the folder of `start` (a file or a folder), its file name
    /// field holding `start`'s name when saving.
    pub fn new(
        purpose: Purpose,
        save: bool,
        start: &Path,
        extensions: Vec<&'static str>,
        why: String,
        places: Vec<PathBuf>,
    ) -> Self {
        let (dir, name) = if start.is_dir() {
            (start.to_path_buf(), String::new())
        } else {
            let dir = start
                .parent()
                .filter(|d| d.is_dir())
                .map_or_else(home, Path::to_path_buf);
            let name = if save {
                start
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            } else {
                String::new()
            };
            (dir, name)
        };
        let mut b = Self {
            purpose,
            save,
            dir,
            name,
            extensions,
            all_files: false,
            why,
            places,
            entries: Vec::new(),
            selected: None,
            error: None,
            confirm: None,
            unreadable: false,
            scroll: false,
            focus: true,
        };
        b.refresh();
        b
    }

    /// Reads the folder again.
    pub fn refresh(&mut self) {
        self.selected = None;
        self.entries.clear();
        let Ok(read) = std::fs::read_dir(&self.dir) else {
            self.unreadable = true;
            return;
        };
        self.unreadable = false;
        for entry in read.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let is_dir = entry.path().is_dir();
            if is_dir || self.all_files || self.matches(&name) {
                self.entries.push(Entry { name, is_dir });
            }
        }
        self.entries.sort_by(|a, b| {
            b.is_dir
                .cmp(&a.is_dir)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
    }

    /// Whether a file name has one of the extensions.
    fn matches(&self, name: &str) -> bool {
        Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .is_some_and(|e| self.extensions.iter().any(|x| *x == e))
    }

    /// Shows another folder.
    pub fn enter(&mut self, dir: PathBuf) {
        self.dir = dir;
        self.error = None;
        self.confirm = None;
        self.refresh();
    }

    /// Shows the parent folder.
    pub fn up(&mut self) {
        if let Some(parent) = self.dir.parent().map(Path::to_path_buf) {
            self.enter(parent);
        }
    }

    /// Moves the selection by `step` entries (wrapping at neither end); a file's name goes
    /// into the name field.
    pub fn move_selection(&mut self, step: isize) {
        if self.entries.is_empty() {
            return;
        }
        let last = self.entries.len() - 1;
        let next = match self.selected {
            None if step > 0 => 0,
            None => last,
            Some(i) => i.saturating_add_signed(step).min(last),
        };
        self.select(next);
        self.scroll = true;
    }

    /// Selects entry `i`; a file's name goes into the name field.
    pub fn select(&mut self, i: usize) {
        self.selected = Some(i);
        self.confirm = None;
        if let Some(e) = self.entries.get(i).filter(|e| !e.is_dir) {
            self.name.clone_from(&e.name);
        }
    }

    /// The path the name field stands for: absolute, `~/…` from the home folder, or
    /// relative to the folder shown.
    pub fn typed_path(&self) -> Option<PathBuf> {
        let text = self.name.trim();
        if text.is_empty() {
            return None;
        }
        let path = if text == "~" {
            home()
        } else if let Some(rest) = text.strip_prefix("~/") {
            home().join(rest)
        } else {
            self.dir.join(text)
        };
        Some(path)
    }

    /// Enter or the Open/Save button: goes into a folder, or chooses the file the name
    /// field (or the selection) names. `lang` words the errors.
    pub fn confirm(&mut self, lang: crate::model::Lang) -> Option<Outcome> {
        use crate::i18n::T;
        let path = if let Some(p) = self.typed_path() {
            p
        } else {
            let e = self.selected.and_then(|i| self.entries.get(i))?;
            self.dir.join(&e.name)
        };
        if path.is_dir() {
            self.name.clear();
            self.enter(path);
            return None;
        }
        if !self.save {
            if path.is_file() {
                return Some(Outcome::Picked(path));
            }
            self.error = Some(T::FbNoSuchFile.fill(lang, &path.display().to_string()));
            return None;
        }
        let mut path = path;
        if !self.all_files && !self.matches(&path.file_name()?.to_string_lossy()) {
            let ext = self.extensions.first().copied().unwrap_or("ron");
            let mut name = path.file_name()?.to_os_string();
            name.push(".");
            name.push(ext);
            path.set_file_name(name);
        }
        if !path.parent().is_some_and(Path::is_dir) {
            let parent = path.parent().unwrap_or(&path).display().to_string();
            self.error = Some(T::FbNoSuchFolder.fill(lang, &parent));
            return None;
        }
        if path.exists() && self.confirm.as_ref() != Some(&path) {
            self.error = Some(T::FbReplace.fill(lang, &path.display().to_string()));
            self.confirm = Some(path);
            return None;
        }
        Some(Outcome::Picked(path))
    }
}

/// The home folder (`HOME`), or the root when it is not set.
pub fn home() -> PathBuf {
    std::env::var_os("HOME").map_or_else(|| PathBuf::from("/"), PathBuf::from)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn saving_in(dir: &Path) -> FileBrowser {
        let start = dir.join("plan.ron");
        FileBrowser::new(
            Purpose::Open,
            true,
            &start,
            vec!["ron"],
            String::new(),
            vec![],
        )
    }

    #[test]
    fn a_typed_name_is_in_the_folder_shown_and_gets_the_extension() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = saving_in(dir.path());
        assert_eq!(b.name, "plan.ron", "the suggested name is proposed");
        b.name = "other".into();
        let got = b.confirm(Lang::En);
        assert_eq!(got, Some(Outcome::Picked(dir.path().join("other.ron"))));
    }

    #[test]
    fn a_typed_folder_is_entered_and_a_missing_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let mut b = saving_in(dir.path());
        b.name = "sub".into();
        assert_eq!(b.confirm(Lang::En), None);
        assert_eq!(b.dir, dir.path().join("sub"));
        assert!(b.name.is_empty());
        b.name = "nowhere/x.ron".into();
        assert_eq!(b.confirm(Lang::En), None);
        assert!(b.error.as_deref().unwrap().contains("nowhere"));
    }

    #[test]
    fn a_tilde_is_the_home_folder() {
        let mut b = saving_in(Path::new("/"));
        b.name = "~/x.ron".into();
        assert_eq!(b.typed_path(), Some(home().join("x.ron")));
    }
}
