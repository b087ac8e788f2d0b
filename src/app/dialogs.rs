//! File dialogs behind a trait, so tests can answer them without a display.
//!
//! The native dialogs go through rfd, which asks the desktop portal over D-Bus and falls
//! back to zenity. When neither is there (a plain X session, a remote desktop, a fresh
//! VM) rfd logs an error and returns what a cancel returns, so [`NativeDialogs`] checks
//! first and answers [`Answer::Unavailable`]; the app then shows its own file browser.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::i18n::T;
use crate::model::Lang;

/// What kind of file a save dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A Holst model (`.ron`).
    Model,
    /// A PDF export.
    Pdf,
    /// An SVG picture.
    Svg,
    /// A PNG picture.
    Png,
}

impl FileKind {
    /// The extension files of this kind end in.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Model => "ron",
            FileKind::Pdf => "pdf",
            FileKind::Svg => "svg",
            FileKind::Png => "png",
        }
    }
}

/// Extensions of the files Holst opens.
pub const MODEL_EXTENSIONS: [&str; 4] = ["ron", "md", "markdown", "canvas"];

/// How a file dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The user chose this file.
    Picked(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown; the reason, in the window's language.
    Unavailable(String),
}

/// The file dialogs the editor needs.
pub trait Dialogs {
    /// Asks for a model file to open, starting in `folder` when given.
    fn open_file(&mut self, lang: Lang, folder: Option<&Path>) -> Answer;
    /// Asks where to save, suggesting a file (its folder and name).
    fn save_file(&mut self, lang: Lang, kind: FileKind, suggested: &Path) -> Answer;
    /// Opens a file or folder in the desktop's default program.
    ///
    /// # Errors
    /// Why it could not be started, in the window's language.
    fn open_external(&mut self, lang: Lang, path: &Path) -> Result<(), String>;
}

/// The platform's dialogs through rfd (desktop portal, or zenity as fallback).
#[derive(Debug, Default)]
pub struct NativeDialogs {
    /// Why native dialogs cannot be shown, once found out.
    unavailable: Option<String>,
    /// Whether availability was checked.
    checked: bool,
}

/// A dialog answered faster than this did not wait for a person: rfd failed.
const TOO_FAST: Duration = Duration::from_millis(150);

impl NativeDialogs {
    /// `Some(reason)` when no native dialog can be shown; checked once per run.
    fn unavailable(&mut self, lang: Lang) -> Option<String> {
        if !self.checked {
            self.checked = true;
            if !portal_present() && !on_path("zenity") {
                self.unavailable = Some(T::NoNativeDialog.get(lang).to_owned());
            }
        }
        self.unavailable.clone()
    }

    /// Turns rfd's answer into an [`Answer`]: `None` at once means rfd failed (and will
    /// fail again), a later `None` is the user's cancel.
    fn answer(&mut self, lang: Lang, started: Instant, picked: Option<PathBuf>) -> Answer {
        match picked {
            Some(p) => Answer::Picked(p),
            None if started.elapsed() < TOO_FAST => {
                let reason = T::NativeDialogFailed.get(lang).to_owned();
                self.unavailable = Some(reason.clone());
                Answer::Unavailable(reason)
            }
            None => Answer::Cancelled,
        }
    }
}

impl Dialogs for NativeDialogs {
    fn open_file(&mut self, lang: Lang, folder: Option<&Path>) -> Answer {
        if let Some(reason) = self.unavailable(lang) {
            return Answer::Unavailable(reason);
        }
        let name = crate::i18n::tr(lang, "filter-models");
        let mut dialog = rfd::FileDialog::new().add_filter(&name, &MODEL_EXTENSIONS);
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        let started = Instant::now();
        let picked = dialog.pick_file();
        self.answer(lang, started, picked)
    }

    fn save_file(&mut self, lang: Lang, kind: FileKind, suggested: &Path) -> Answer {
        if let Some(reason) = self.unavailable(lang) {
            return Answer::Unavailable(reason);
        }
        let ext = kind.extension();
        let name = match kind {
            FileKind::Model => crate::i18n::tr(lang, "filter-model"),
            other => other.extension().to_uppercase(),
        };
        let mut dialog = rfd::FileDialog::new().add_filter(&name, &[ext]);
        if let Some(folder) = suggested.parent().filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(file) = suggested.file_name() {
            dialog = dialog.set_file_name(file.to_string_lossy());
        }
        let started = Instant::now();
        let picked = dialog.save_file().map(|mut path| {
            if path.extension().is_none_or(|e| e != ext) {
                path.set_extension(ext);
            }
            path
        });
        self.answer(lang, started, picked)
    }

    fn open_external(&mut self, lang: Lang, path: &Path) -> Result<(), String> {
        std::process::Command::new("xdg-open")
            .arg(path)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(|_child| ())
            .map_err(|e| format!("{}: {e}", T::OpenExternalFailed.get(lang)))
    }
}

/// Whether a program is on `PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Whether the desktop portal is on the session bus (running or startable), asked with
/// `dbus-send`; without `dbus-send`, a session bus counts as having it (rfd's own
/// failure is caught afterwards by [`NativeDialogs::answer`]).
fn portal_present() -> bool {
    let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    if !has_bus {
        return false;
    }
    if !on_path("dbus-send") {
        return true;
    }
    ["ListNames", "ListActivatableNames"].iter().any(|method| {
        std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--reply-timeout=1000",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                &format!("org.freedesktop.DBus.{method}"),
            ])
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output()
            .is_ok_and(|out| {
                String::from_utf8_lossy(&out.stdout).contains("org.freedesktop.portal.Desktop")
            })
    })
}

/// Dialogs answered from a script, for tests: each call takes the next answer.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers to open dialogs, in order (`None`: cancelled).
    pub open: std::collections::VecDeque<Option<PathBuf>>,
    /// Answers to save dialogs, in order (`None`: cancelled).
    pub save: std::collections::VecDeque<Option<PathBuf>>,
    /// Every dialog fails as native ones do with no portal and no zenity.
    pub fail: bool,
    /// How many dialogs were shown.
    pub shown: usize,
    /// Files and folders opened in the desktop's program, shared with the test.
    pub opened: std::rc::Rc<std::cell::RefCell<Vec<PathBuf>>>,
}

impl ScriptedDialogs {
    /// Dialogs that can never be shown, so the app falls back to its own browser.
    pub fn failing() -> Self {
        Self {
            fail: true,
            ..Self::default()
        }
    }

    /// The answer a dialog gets: failure when failing, else the next scripted one
    /// (none left, or `None`: cancelled).
    fn next(&mut self, save: bool) -> Answer {
        if self.fail {
            return Answer::Unavailable("no desktop portal and no zenity (test)".into());
        }
        self.shown += 1;
        let queue = if save { &mut self.save } else { &mut self.open };
        match queue.pop_front().flatten() {
            Some(p) => Answer::Picked(p),
            None => Answer::Cancelled,
        }
    }
}

impl Dialogs for ScriptedDialogs {
    fn open_file(&mut self, _lang: Lang, _folder: Option<&Path>) -> Answer {
        self.next(false)
    }

    fn save_file(&mut self, _lang: Lang, _kind: FileKind, _suggested: &Path) -> Answer {
        self.next(true)
    }

    fn open_external(&mut self, _lang: Lang, path: &Path) -> Result<(), String> {
        self.opened.borrow_mut().push(path.to_path_buf());
        Ok(())
    }
}
