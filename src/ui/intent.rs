//! What the panels report: the user's requests ([`Intent`]), which the app applies once per
//! frame after everything is drawn, and the read-only view of the app they draw from
//! ([`Ctx`]). Panels change nothing but their own state.

use std::path::PathBuf;

use crate::command::Command;
use crate::document::Document;
use crate::i18n::T;
use crate::model::{Colour, Lang, Note, NoteId, VersionId};
use crate::ops::Op;
use crate::storage::Warning;
use crate::storage::stamp::DiskState;
use crate::ui::canvas::{CanvasEvent, Edit};
use crate::ui::export_dialog::ExportForm;
use crate::ui::file_browser::Purpose;
use crate::ui::modals::Modal;

/// An action that would drop unsaved changes, waiting for Save / Don't save / Cancel.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// Close the window.
    Close,
    /// Ask for a file, then open it.
    OpenDialog,
    /// Open this file.
    Open(PathBuf),
    /// Start a new model from this template.
    New(&'static str),
    /// Replace the document with the recovery copy in this file.
    Restore(PathBuf),
    /// Read the document's file again, dropping the changes (the user confirmed).
    Reload,
    /// Open the shared model of this link (File → Open shared…).
    Join(String),
}

/// An answer to the dialog about a file changed on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictAnswer {
    /// Drop my changes and read the file again (asks first when there are changes).
    Reload,
    /// Write my version over the file.
    Overwrite,
    /// Write my version to another file.
    SaveAs,
    /// Do nothing now.
    Keep,
}

/// What the user asked for this frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// Run a command of the command table (if it is enabled when applied).
    Command(Command),
    /// Apply these ops as one undo step, labelled with this text.
    Apply(T, Vec<Op>),
    /// Apply an edit of a canvas as one undo step.
    Edit(Edit),
    /// Add this note to this version (its id chosen by the app) and select it.
    AddNote(VersionId, Note),
    /// Show this version on the canvas.
    ShowVersion(VersionId),
    /// The new name of the current version was typed (the field closed).
    Rename(String),
    /// Select only this note on the canvas.
    Select(NoteId),
    /// Select exactly these notes of the current version (none: clear the selection).
    SelectNotes(Vec<NoteId>),
    /// Give new notes this colour.
    NewColour(Colour),
    /// Do this, asking first about unsaved changes.
    Request(Pending),
    /// Do this now (unsaved changes were dealt with).
    Perform(Pending),
    /// The unsaved-changes dialog was answered: `true` for Save, `false` for Don't save.
    AnswerUnsaved(Pending, bool),
    /// The dialog about a file changed on disk was answered; the pending action runs after
    /// a save.
    AnswerConflict(ConflictAnswer, Option<Pending>),
    /// Open a file another window has open, read-only or not.
    OpenUnlocked {
        /// The file.
        path: PathBuf,
        /// Read-only (Save then asks for a new name).
        read_only: bool,
    },
    /// Delete this recovery copy for good (the user confirmed), then list the rest.
    DiscardCopy(PathBuf),
    /// List the recovery copies again.
    ShowLeftovers,
    /// Show this dialog (after the ones shown or waiting).
    Show(Modal),
    /// Write the PDF with these choices.
    Export(ExportForm),
    /// Ask where the export goes (Browse… of the export form), then show the form again.
    BrowseExport(ExportForm),
    /// A file was chosen in the editor's own file browser.
    Browsed(Purpose, PathBuf),
    /// Open this file or folder in the desktop's program (an exported PDF, its folder).
    OpenExternal(PathBuf),
    /// Show this error.
    Error(String),
    /// Share the open model through the sync server at this URL (File → Share…).
    Share(String),
    /// Put this text on the clipboard and say so.
    CopyText(String),
    /// Stop waiting for the sync server (Cancel while connecting).
    CancelConnecting,
}

impl From<CanvasEvent> for Intent {
    fn from(event: CanvasEvent) -> Self {
        match event {
            CanvasEvent::Edit(edit) => Intent::Edit(edit),
            CanvasEvent::Command(cmd) => Intent::Command(cmd),
            CanvasEvent::AddNote(version, note) => Intent::AddNote(version, note),
        }
    }
}

/// What the panels may read of the app this frame.
#[allow(clippy::struct_excessive_bools)] // independent panel toggles, not a state machine
pub struct Ctx<'a> {
    /// The open document.
    pub doc: &'a Document,
    /// Interface language.
    pub lang: Lang,
    /// The commands that can run now (menus grey out the others).
    pub enabled: &'a [Command],
    /// Whether the colour legend panel is open.
    pub show_legend: bool,
    /// Whether the hypothesis cards panel is open.
    pub show_cards: bool,
    /// Whether the canvas checker panel is open.
    pub show_checker: bool,
    /// Whether guided mode is on.
    pub guided: bool,
    /// Whether the segment panel is open.
    pub show_segments: bool,
    /// Whether the compare view replaces the canvas.
    pub compare: bool,
    /// Recently opened files, newest first.
    pub recent: &'a [PathBuf],
    /// A short message for the status line.
    pub status: Option<&'a str>,
    /// The document's file as last seen on disk.
    pub disk: DiskState,
    /// Whether the window shows anything its file does not hold.
    pub unsaved: bool,
    /// Why the last recovery copy could not be written, while that lasts.
    pub recovery_error: Option<&'a str>,
    /// The file and warnings of the last Markdown import.
    pub warnings: Option<&'a (PathBuf, Vec<Warning>)>,
    /// Zoom of the current version's canvas.
    pub zoom: f32,
    /// Colour given to new notes.
    pub new_colour: Colour,
    /// The share of the open model, if it is shared.
    pub share: Option<&'a ShareView>,
    /// The file the last export wrote, offered to open.
    pub exported: Option<&'a std::path::Path>,
}

/// What the status line shows of a shared model.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareView {
    /// The state of the connection.
    pub status: holst_sync::Status,
    /// The names of the others who have the model open now.
    pub others: Vec<String>,
    /// The link to send to others.
    pub link: String,
}

impl Ctx<'_> {
    /// Whether a command can run now.
    pub fn enabled(&self, cmd: Command) -> bool {
        self.enabled.contains(&cmd)
    }
}
