//! Interface text of the editor: the typed keys of its messages. The text itself lives in
//! `assets/i18n/*.ftl` and is rendered by [`holst_core::i18n`] (Fluent, with Russian plural
//! rules); a key names its message id and arguments, so a typo is a compile error and a
//! test checks that both files have every key with the same arguments. Block titles and
//! guidance come from [`crate::model::BlockId`].

use std::sync::OnceLock;

pub use holst_core::i18n::{Arg, Message, lang_of_locale, system_lang, tr, tr_args};

use crate::model::Lang;

macro_rules! keys {
    ($($variant:ident = $id:literal $([$($arg:literal),*])?),* $(,)?) => {
        /// A piece of interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum T {
            $($variant),*
        }

        impl T {
            /// Every key, in the order of the files.
            pub const ALL: &[T] = &[$(T::$variant),*];

            /// The message id in the `.ftl` files.
            pub fn id(self) -> &'static str {
                match self {
                    $(T::$variant => $id),*
                }
            }

            /// The names of the message's arguments.
            pub fn args(self) -> &'static [&'static str] {
                match self {
                    $(T::$variant => &[$($($arg),*)?]),*
                }
            }
        }
    };
}

keys! {
    MenuFile = "menu-file",
    MenuEdit = "menu-edit",
    MenuView = "menu-view",
    MenuVersion = "menu-version",
    MenuHelp = "menu-help",
    New = "new",
    Open = "open",
    OpenRecent = "open-recent",
    NoRecent = "no-recent",
    Save = "save",
    SaveAs = "save-as",
    ExportPdf = "export-pdf",
    Quit = "quit",
    Undo = "undo",
    Redo = "redo",
    Cut = "cut",
    Copy = "copy",
    Paste = "paste",
    Duplicate = "duplicate",
    Delete = "delete",
    SelectAll = "select-all",
    BringToFront = "bring-to-front",
    Colour = "colour",
    EditText = "edit-text",
    ZoomIn = "zoom-in",
    ZoomOut = "zoom-out",
    FitToWindow = "fit-to-window",
    Legend = "legend",
    LegendHint = "legend-hint",
    ColourBySegments = "colour-by-segments",
    ColourBySegmentsHint = "colour-by-segments-hint",
    LegendSegment = "legend-segment" ["n"],
    About = "about",
    LangRu = "lang-ru",
    LangEn = "lang-en",
    AboutText = "about-text",
    UnsavedTitle = "unsaved-title",
    UnsavedBody = "unsaved-body" ["title"],
    DontSave = "dont-save",
    Cancel = "cancel",
    Saved = "saved",
    NotSaved = "not-saved",
    Unsaved = "unsaved",
    Notes = "notes" ["count"],
    Zoom = "zoom",
    Gallery = "gallery",
    GalleryHint = "gallery-hint",
    RecoveryTitle = "recovery-title",
    RecoveryBody = "recovery-body",
    RecoveryNone = "recovery-none",
    RecoveryCopies = "recovery-copies",
    RecoveryNewModel = "recovery-new-model",
    RecoveryWritten = "recovery-written" ["age"],
    RecoveryUnreadable = "recovery-unreadable" ["error"],
    Restore = "restore",
    Discard = "discard",
    Later = "later",
    DiscardTitle = "discard-title",
    DiscardBody = "discard-body" ["title"],
    RestoreFailed = "restore-failed",
    AutosaveFailed = "autosave-failed" ["error"],
    MoreCopies = "more-copies" ["count"],
    OpenElsewhere = "open-elsewhere",
    LockedTitle = "locked-title",
    LockedBody = "locked-body" ["file"],
    LockedPid = "locked-pid" ["pid"],
    OpenReadOnly = "open-read-only",
    OpenAnyway = "open-anyway",
    ReadOnly = "read-only",
    ConflictTitle = "conflict-title",
    ConflictChanged = "conflict-changed" ["file"],
    ConflictMissing = "conflict-missing" ["file"],
    ConflictSaving = "conflict-saving",
    Reload = "reload",
    Overwrite = "overwrite",
    KeepMine = "keep-mine",
    ReloadConfirm = "reload-confirm",
    ReloadDrop = "reload-drop",
    ChangedOnDisk = "changed-on-disk",
    SaveTargetOpen = "save-target-open" ["file"],
    ImportWarnings = "import-warnings",
    ImportWarningsBody = "import-warnings-body" ["file"],
    WarningsCount = "warnings-count" ["count"],
    AgoSeconds = "ago-seconds" ["count"],
    AgoMinutes = "ago-minutes" ["count"],
    AgoHours = "ago-hours" ["count"],
    AgoDays = "ago-days" ["count"],
    Error = "error",
    Close = "close",
    BlockHelp = "block-help",
    Typology = "typology",
    KeyQuestion = "key-question",
    NewVersion = "new-version",
    RenameVersion = "rename-version",
    DeleteVersion = "delete-version",
    MarkFinal = "mark-final",
    Final = "final",
    Layout = "layout",
    Compare = "compare",
    Cards = "cards",
    MoveNotes = "move-notes",
    AddNote = "add-note",
    EditNote = "edit-note",
    DeleteNotes = "delete-notes",
    PasteNotes = "paste-notes",
    DuplicateNotes = "duplicate-notes",
    SavedTo = "saved-to" ["path"],
    OpenFailed = "open-failed",
    SaveFailed = "save-failed",
    NoteText = "note-text",
    SwitchLayout = "switch-layout",
    LayoutBmc = "layout-bmc",
    LayoutSocial = "layout-social",
    LayoutLean = "layout-lean",
    LayoutMoved = "layout-moved" ["moves"],
    LayoutMovedItem = "layout-moved-item" ["from", "to", "count"],
    Added = "added",
    Removed = "removed",
    Changed = "changed",
    Moved = "moved",
    WasText = "was-text" ["text"],
    MovedFrom = "moved-from" ["block"],
    Recoloured = "recoloured",
    WasColour = "was-colour" ["colour"],
    LeaveCompare = "leave-compare",
    ArrangeBlock = "arrange-block",
    ArrangeAll = "arrange-all",
    EnlargeBlock = "enlarge-block",
    LeaveBlock = "leave-block",
    HiddenNotes = "hidden-notes" ["count"],
    EnlargedBlock = "enlarged-block" ["block"],
    CompareEarlier = "compare-earlier",
    CompareLater = "compare-later",
    CompareSwap = "compare-swap",
    CompareDifferences = "compare-differences" ["count"],
    CompareSame = "compare-same",
    CompareLegend = "compare-legend",
    MarkAdded = "mark-added",
    MarkRemoved = "mark-removed",
    MarkChanged = "mark-changed",
    MarkMoved = "mark-moved",
    MarkRecoloured = "mark-recoloured",
    MarkCards = "mark-cards",
    MarkCurrent = "mark-current",
    TakeInto = "take-into" ["version"],
    TakeChecked = "take-checked" ["count", "version"],
    TakeStep = "take-step",
    CompareKeys = "compare-keys",
    CompareOverlay = "compare-overlay",
    MarkGhost = "mark-ghost",
    MarkArrow = "mark-arrow",
    ExportTitle = "export-title",
    Paper = "paper",
    Versions = "versions",
    CompareOnPage = "compare-on-page",
    Export = "export",
    Exporting = "exporting",
    ExportedTo = "exported-to" ["path"],
    ExportWarnings = "export-warnings",
    ExportWarningsBody = "export-warnings-body" ["path"],
    ExportedPictures = "exported-pictures" ["paths"],
    FileFormat = "file-format",
    Resolution = "resolution",
    AsOnScreen = "as-on-screen",
    AsOnScreenHint = "as-on-screen-hint",
    FbOpenTitle = "fb-open-title",
    FbSaveTitle = "fb-save-title",
    FbExportTitle = "fb-export-title",
    FbFileName = "fb-file-name",
    FbUp = "fb-up",
    FbHome = "fb-home",
    FbPlaces = "fb-places",
    FbAllFiles = "fb-all-files",
    FbOpen = "fb-open",
    FbChoose = "fb-choose",
    FbWhy = "fb-why" ["reason"],
    FbKeys = "fb-keys",
    FbNoSuchFile = "fb-no-such-file" ["path"],
    FbNoSuchFolder = "fb-no-such-folder" ["path"],
    FbReplace = "fb-replace" ["path"],
    FbUnreadable = "fb-unreadable" ["path"],
    FbEmpty = "fb-empty",
    NoNativeDialog = "no-native-dialog",
    NativeDialogFailed = "native-dialog-failed",
    OpenExternalFailed = "open-external-failed",
    ExportDestination = "export-destination",
    Browse = "browse",
    ExportOverModel = "export-over-model" ["path"],
    OpenExported = "open-exported",
    OpenExportedFolder = "open-exported-folder",
    DropNotModel = "drop-not-model" ["name"],
    RecentMissing = "recent-missing" ["names"],
    ForkName = "fork-name" ["name"],
    CardsTitle = "cards-title" ["version"],
    CardsValidated = "cards-validated" ["count"],
    CardsInvalidated = "cards-invalidated" ["count"],
    CardsUntested = "cards-untested" ["count"],
    CardsNone = "cards-none",
    CardAdd = "card-add",
    CardEdit = "card-edit",
    CardDelete = "card-delete",
    CardUntitled = "card-untitled",
    CardHypothesis = "card-hypothesis",
    CardTest = "card-test",
    CardMetric = "card-metric",
    CardCriterion = "card-criterion",
    CardStatus = "card-status",
    CardLearning = "card-learning",
    CardNotes = "card-notes",
    CardNoNotes = "card-no-notes",
    CardPromptHypothesis = "card-prompt-hypothesis",
    CardPromptTest = "card-prompt-test",
    CardPromptMetric = "card-prompt-metric",
    CardPromptCriterion = "card-prompt-criterion",
    CardPromptLearning = "card-prompt-learning",
    CardLink = "card-link",
    CardLinkHint = "card-link-hint",
    CardLinkStep = "card-link-step",
    CardUnlink = "card-unlink" ["text"],
    CardUnlinkStep = "card-unlink-step",
    CardShowNote = "card-show-note",
    GuidanceQuestions = "guidance-questions",
    GuidedMode = "guided-mode",
    GuidedStep = "guided-step" ["n", "of"],
    GuidedStepSocial = "guided-step-social" ["n", "of"],
    GuidedStepLean = "guided-step-lean" ["n", "of"],
    GuidedBack = "guided-back",
    GuidedNext = "guided-next",
    GuidedClose = "guided-close",
    Checker = "checker-panel",
    CheckerHint = "checker-hint",
    CheckerNone = "checker-none",
    SegmentPanel = "segment-panel",
    SegmentSelectOne = "segment-select-one",
    SegmentProfileEdit = "segment-profile-edit",
    SegmentTies = "segment-ties",
    SegmentTie = "segment-tie",
    SegmentNoSegments = "segment-no-segments",
    SegmentUnset = "segment-unset",
    CompareTieAdded = "compare-tie-added",
    CompareTieRemoved = "compare-tie-removed",
    CompareProfileChanged = "compare-profile-changed",
    CompareSocialChanged = "compare-social-changed",
    CompareDescriptionChanged = "compare-description-changed",
    CompareVersionGroup = "compare-version-group",
    AboutVersion = "about-version",
    AboutVersionTitle = "about-version-title" ["version"],
    AboutModelDescription = "about-model-description",
    AboutVersionDescription = "about-version-description",
    AboutSocial = "about-social",
    AboutNotInSeed = "about-not-in-seed",
    AboutApply = "about-apply",
    Share = "share",
    OpenShared = "open-shared",
    ShareTitle = "share-title",
    ShareBody = "share-body",
    ShareServer = "share-server",
    ShareStart = "share-start",
    ShareLink = "share-link",
    ShareCopy = "share-copy",
    ShareCopied = "share-copied",
    OpenSharedTitle = "open-shared-title",
    OpenSharedBody = "open-shared-body",
    OpenSharedLink = "open-shared-link",
    Join = "join",
    ShareFailed = "share-failed" ["error"],
    JoinFailed = "join-failed" ["error"],
    SyncFailed = "sync-failed" ["error"],
    ShareStatusSynced = "share-status-synced",
    ShareStatusSyncing = "share-status-syncing",
    ShareStatusConnecting = "share-status-connecting",
    ShareStatusOffline = "share-status-offline",
    ShareOthers = "share-others" ["names"],
    ShareAlone = "share-alone",
    ShareSidecarFailed = "share-sidecar-failed" ["error"],
    WorkOffline = "work-offline",
    Connecting = "connecting",
}

impl T {
    /// The text in the given language (for a message without arguments; rendered once).
    pub fn get(self, lang: Lang) -> &'static str {
        static TEXTS: OnceLock<[Vec<String>; 2]> = OnceLock::new();
        let texts = TEXTS.get_or_init(|| {
            [Lang::Ru, Lang::En].map(|l| T::ALL.iter().map(|t| tr(l, t.id())).collect())
        });
        let i = T::ALL.iter().position(|t| *t == self).unwrap_or(0);
        texts[usize::from(lang == Lang::En)][i].as_str()
    }

    /// The text with its (first) argument set to `arg`.
    pub fn fill(self, lang: Lang, arg: &str) -> String {
        let name = self.args().first().copied().unwrap_or("value");
        tr_args(lang, self.id(), &[(name, Arg::from(arg))])
    }

    /// The text of a message that counts something, in the plural form `n` takes.
    pub fn count(self, lang: Lang, n: usize) -> String {
        tr_args(lang, self.id(), &[("count", Arg::from(n))])
    }
}

/// A duration for "written … ago": seconds, minutes, hours or days, whole.
pub fn ago(lang: Lang, elapsed: std::time::Duration) -> String {
    let s = elapsed.as_secs();
    let (unit, n) = match s {
        0..60 => (T::AgoSeconds, s),
        60..3600 => (T::AgoMinutes, s / 60),
        3600..86_400 => (T::AgoHours, s / 3600),
        _ => (T::AgoDays, s / 86_400),
    };
    unit.count(lang, usize::try_from(n).unwrap_or(usize::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_differs_between_languages_where_it_should() {
        assert_ne!(T::MenuFile.get(Lang::Ru), T::MenuFile.get(Lang::En));
        assert_eq!(
            T::UnsavedBody.fill(Lang::En, "X"),
            "Save the changes to «X»?"
        );
    }

    #[test]
    fn ages_take_the_largest_whole_unit() {
        use std::time::Duration;
        assert_eq!(ago(Lang::Ru, Duration::from_secs(59)), "59 с");
        assert_eq!(ago(Lang::Ru, Duration::from_secs(61)), "1 мин");
        assert_eq!(ago(Lang::En, Duration::from_hours(2)), "2 h");
        assert_eq!(ago(Lang::En, Duration::from_hours(72)), "3 days");
    }

    #[test]
    fn every_key_is_in_both_files_with_its_arguments() {
        for t in T::ALL {
            let mut declared: Vec<String> = t.args().iter().map(|a| (*a).to_owned()).collect();
            declared.sort();
            for lang in [Lang::Ru, Lang::En] {
                let found = holst_core::i18n::variables(lang, t.id());
                assert_eq!(
                    found.as_ref(),
                    Some(&declared),
                    "{t:?} ({}) in {lang:?}",
                    t.id()
                );
            }
        }
    }

    #[test]
    fn a_tab_tooltip_counts_notes_in_russian() {
        assert_eq!(T::Notes.count(Lang::Ru, 1), "1 заметка");
        assert_eq!(T::Notes.count(Lang::Ru, 3), "3 заметки");
        assert_eq!(T::Notes.count(Lang::Ru, 25), "25 заметок");
        assert_eq!(T::Notes.count(Lang::En, 1), "1 note");
    }
}
