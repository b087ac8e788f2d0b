//! Native file dialogs behind a trait, so tests can answer them without a display.

use std::path::PathBuf;

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

/// The file dialogs the editor needs.
pub trait Dialogs {
    /// Asks for a `.ron` or `.md` file to open.
    fn open_file(&mut self, lang: Lang) -> Option<PathBuf>;
    /// Asks where to save, suggesting a file name.
    fn save_file(&mut self, lang: Lang, kind: FileKind, suggested: &str) -> Option<PathBuf>;
}

/// The platform's dialogs through rfd (desktop portal, or zenity as fallback).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn open_file(&mut self, lang: Lang) -> Option<PathBuf> {
        let name = crate::i18n::tr(lang, "filter-models");
        rfd::FileDialog::new()
            .add_filter(&name, &["ron", "md", "markdown", "canvas"])
            .pick_file()
    }

    fn save_file(&mut self, lang: Lang, kind: FileKind, suggested: &str) -> Option<PathBuf> {
        let (name, ext) = match kind {
            FileKind::Model => (crate::i18n::tr(lang, "filter-model"), "ron"),
            FileKind::Pdf => ("PDF".to_owned(), "pdf"),
            FileKind::Svg => ("SVG".to_owned(), "svg"),
            FileKind::Png => ("PNG".to_owned(), "png"),
        };
        let mut path = rfd::FileDialog::new()
            .add_filter(&name, &[ext])
            .set_file_name(suggested)
            .save_file()?;
        if path.extension().is_none_or(|e| e != ext) {
            path.set_extension(ext);
        }
        Some(path)
    }
}

/// Dialogs answered from a script, for tests: each call takes the next answer.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers to open dialogs, in order.
    pub open: std::collections::VecDeque<Option<PathBuf>>,
    /// Answers to save dialogs, in order.
    pub save: std::collections::VecDeque<Option<PathBuf>>,
    /// How many dialogs were shown.
    pub shown: usize,
}

impl Dialogs for ScriptedDialogs {
    fn open_file(&mut self, _lang: Lang) -> Option<PathBuf> {
        self.shown += 1;
        self.open.pop_front().flatten()
    }

    fn save_file(&mut self, _lang: Lang, _kind: FileKind, _suggested: &str) -> Option<PathBuf> {
        self.shown += 1;
        self.save.pop_front().flatten()
    }
}
