//! The one command table: every command's label, menu and keyboard shortcuts. The menus
//! (`ui::menu`) and the shortcut handling (`app`) are both generated from it, so they
//! cannot disagree; it sits below both (app -> ui -> command).

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::T;
use crate::model::{Lang, LayoutKind};

/// Something the user can ask the editor to do from a menu or a shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Command {
    New,
    Open,
    RecoveryCopies,
    Save,
    SaveAs,
    ExportPdf,
    Share,
    OpenShared,
    WorkOffline,
    Quit,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Duplicate,
    Delete,
    SelectAll,
    BringToFront,
    ArrangeBlock,
    ArrangeAll,
    ZoomIn,
    ZoomOut,
    FitToWindow,
    EnlargeBlock,
    LeaveBlock,
    Legend,
    ColourBySegments,
    Checker,
    GuidedMode,
    Segments,
    LangRu,
    LangEn,
    NewVersion,
    RenameVersion,
    DeleteVersion,
    MarkFinal,
    AboutVersion,
    LayoutBmc,
    LayoutSocial,
    LayoutLean,
    Compare,
    LeaveCompare,
    Cards,
    About,
}

/// The menus of the menu bar, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Menu {
    File,
    Edit,
    View,
    Version,
    Help,
}

impl Menu {
    /// Menus in menu-bar order.
    pub const ALL: [Menu; 5] = [
        Menu::File,
        Menu::Edit,
        Menu::View,
        Menu::Version,
        Menu::Help,
    ];

    /// The menu's title.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Menu::File => T::MenuFile.get(lang),
            Menu::Edit => T::MenuEdit.get(lang),
            Menu::View => T::MenuView.get(lang),
            Menu::Version => T::MenuVersion.get(lang),
            Menu::Help => T::MenuHelp.get(lang),
        }
    }
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl Command {
    /// Every command in menu order; a separator goes where [`Command::separator_before`] says.
    pub const ALL: [Command; 45] = [
        Command::New,
        Command::Open,
        Command::RecoveryCopies,
        Command::Save,
        Command::SaveAs,
        Command::ExportPdf,
        Command::Share,
        Command::OpenShared,
        Command::WorkOffline,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Cut,
        Command::Copy,
        Command::Paste,
        Command::Duplicate,
        Command::Delete,
        Command::SelectAll,
        Command::BringToFront,
        Command::ArrangeBlock,
        Command::ArrangeAll,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::FitToWindow,
        Command::EnlargeBlock,
        Command::LeaveBlock,
        Command::Legend,
        Command::ColourBySegments,
        Command::Checker,
        Command::GuidedMode,
        Command::Segments,
        Command::LangRu,
        Command::LangEn,
        Command::NewVersion,
        Command::RenameVersion,
        Command::DeleteVersion,
        Command::MarkFinal,
        Command::AboutVersion,
        Command::LayoutBmc,
        Command::LayoutSocial,
        Command::LayoutLean,
        Command::Compare,
        Command::LeaveCompare,
        Command::Cards,
        Command::About,
    ];

    /// The menu the command lives in.
    pub fn menu(self) -> Menu {
        use Command as C;
        match self {
            C::New
            | C::Open
            | C::RecoveryCopies
            | C::Save
            | C::SaveAs
            | C::ExportPdf
            | C::Share
            | C::OpenShared
            | C::WorkOffline
            | C::Quit => Menu::File,
            C::Undo
            | C::Redo
            | C::Cut
            | C::Copy
            | C::Paste
            | C::Duplicate
            | C::Delete
            | C::SelectAll
            | C::BringToFront
            | C::ArrangeBlock
            | C::ArrangeAll => Menu::Edit,
            C::ZoomIn
            | C::ZoomOut
            | C::FitToWindow
            | C::EnlargeBlock
            | C::LeaveBlock
            | C::Legend
            | C::ColourBySegments
            | C::Checker
            | C::GuidedMode
            | C::Segments
            | C::LangRu
            | C::LangEn => Menu::View,
            C::NewVersion
            | C::RenameVersion
            | C::DeleteVersion
            | C::MarkFinal
            | C::AboutVersion
            | C::LayoutBmc
            | C::LayoutSocial
            | C::LayoutLean
            | C::Compare
            | C::LeaveCompare
            | C::Cards => Menu::Version,
            C::About => Menu::Help,
        }
    }

    /// Whether a separator line precedes the command in its menu.
    pub fn separator_before(self) -> bool {
        matches!(
            self,
            Command::Save
                | Command::ExportPdf
                | Command::Share
                | Command::Quit
                | Command::Cut
                | Command::SelectAll
                | Command::ArrangeBlock
                | Command::EnlargeBlock
                | Command::Legend
                | Command::LangRu
        )
    }

    /// The submenu of its menu the command sits in, by the submenu's label: the three
    /// layouts under Version → Switch layout.
    pub fn submenu(self) -> Option<T> {
        self.layout().map(|_| T::SwitchLayout)
    }

    /// The layout a Switch layout command switches the current version to.
    pub fn layout(self) -> Option<LayoutKind> {
        match self {
            Command::LayoutBmc => Some(LayoutKind::Bmc),
            Command::LayoutSocial => Some(LayoutKind::Social),
            Command::LayoutLean => Some(LayoutKind::Lean),
            _ => None,
        }
    }

    /// The command's label in menus.
    pub fn label(self, lang: Lang) -> &'static str {
        use Command as C;
        match self {
            C::New => T::New.get(lang),
            C::Open => T::Open.get(lang),
            C::RecoveryCopies => T::RecoveryCopies.get(lang),
            C::Save => T::Save.get(lang),
            C::SaveAs => T::SaveAs.get(lang),
            C::ExportPdf => T::ExportPdf.get(lang),
            C::Share => T::Share.get(lang),
            C::OpenShared => T::OpenShared.get(lang),
            C::WorkOffline => T::WorkOffline.get(lang),
            C::Quit => T::Quit.get(lang),
            C::Undo => T::Undo.get(lang),
            C::Redo => T::Redo.get(lang),
            C::Cut => T::Cut.get(lang),
            C::Copy => T::Copy.get(lang),
            C::Paste => T::Paste.get(lang),
            C::Duplicate => T::Duplicate.get(lang),
            C::Delete => T::Delete.get(lang),
            C::SelectAll => T::SelectAll.get(lang),
            C::BringToFront => T::BringToFront.get(lang),
            C::ArrangeBlock => T::ArrangeBlock.get(lang),
            C::ColourBySegments => T::ColourBySegments.get(lang),
            C::AboutVersion => T::AboutVersion.get(lang),
            C::ArrangeAll => T::ArrangeAll.get(lang),
            C::EnlargeBlock => T::EnlargeBlock.get(lang),
            C::LeaveBlock => T::LeaveBlock.get(lang),
            C::ZoomIn => T::ZoomIn.get(lang),
            C::ZoomOut => T::ZoomOut.get(lang),
            C::FitToWindow => T::FitToWindow.get(lang),
            C::Legend => T::Legend.get(lang),
            C::Checker => T::Checker.get(lang),
            C::GuidedMode => T::GuidedMode.get(lang),
            C::Segments => T::SegmentPanel.get(lang),
            // Each language by its own name (the same in both files), so it can be found
            // whichever language the window is in.
            C::LangRu => T::LangRu.get(lang),
            C::LangEn => T::LangEn.get(lang),
            C::NewVersion => T::NewVersion.get(lang),
            C::RenameVersion => T::RenameVersion.get(lang),
            C::DeleteVersion => T::DeleteVersion.get(lang),
            C::MarkFinal => T::MarkFinal.get(lang),
            C::LayoutBmc => T::LayoutBmc.get(lang),
            C::LayoutSocial => T::LayoutSocial.get(lang),
            C::LayoutLean => T::LayoutLean.get(lang),
            C::Compare => T::Compare.get(lang),
            C::LeaveCompare => T::LeaveCompare.get(lang),
            C::Cards => T::Cards.get(lang),
            C::About => T::About.get(lang),
        }
    }

    /// Keyboard shortcuts; the first is shown in the menu.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        use Command as C;
        match self {
            C::New => vec![ctrl(Key::N)],
            C::Open => vec![ctrl(Key::O)],
            C::Save => vec![ctrl(Key::S)],
            C::SaveAs => vec![ctrl_shift(Key::S)],
            C::ExportPdf => vec![ctrl(Key::P)],
            C::Quit => vec![ctrl(Key::Q)],
            C::Undo => vec![ctrl(Key::Z)],
            C::Redo => vec![ctrl_shift(Key::Z), ctrl(Key::Y)],
            C::Cut => vec![ctrl(Key::X)],
            C::Copy => vec![ctrl(Key::C)],
            C::Paste => vec![ctrl(Key::V)],
            C::Duplicate => vec![ctrl(Key::D)],
            C::Delete => vec![plain(Key::Delete), plain(Key::Backspace)],
            C::SelectAll => vec![ctrl(Key::A)],
            C::ZoomIn => vec![ctrl(Key::Equals), ctrl(Key::Plus)],
            C::ZoomOut => vec![ctrl(Key::Minus)],
            C::FitToWindow => vec![ctrl(Key::Num0)],
            C::NewVersion => vec![ctrl_shift(Key::N)],
            C::RenameVersion => vec![plain(Key::F2)],
            C::Compare => vec![ctrl_shift(Key::M)],
            C::LeaveCompare | C::LeaveBlock => vec![plain(Key::Escape)],
            C::ArrangeBlock => vec![ctrl_shift(Key::A)],
            C::EnlargeBlock => vec![ctrl_shift(Key::E)],
            C::Cards => vec![ctrl_shift(Key::H)],
            C::Checker => vec![ctrl_shift(Key::K)],
            C::GuidedMode => vec![ctrl_shift(Key::G)],
            C::Segments => vec![ctrl_shift(Key::J)],
            C::BringToFront
            | C::ArrangeAll
            | C::ColourBySegments
            | C::AboutVersion
            | C::Share
            | C::OpenShared
            | C::WorkOffline
            | C::RecoveryCopies
            | C::Legend
            | C::LangRu
            | C::LangEn
            | C::DeleteVersion
            | C::MarkFinal
            | C::LayoutBmc
            | C::LayoutSocial
            | C::LayoutLean
            | C::About => vec![],
        }
    }

    /// Whether the shortcut still acts while a text field has the keyboard (Save does;
    /// Delete, Copy or Select all belong to the text field then).
    pub fn acts_while_typing(self) -> bool {
        matches!(
            self,
            Command::New
                | Command::Open
                | Command::Save
                | Command::SaveAs
                | Command::ExportPdf
                | Command::Quit
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut_and_every_menu_has_commands() {
        let mut seen = Vec::new();
        // Esc leaves whichever view is open: compare or an enlarged block, never both.
        for c in Command::ALL
            .into_iter()
            .filter(|c| *c != Command::LeaveBlock)
        {
            for s in c.shortcuts() {
                assert!(!seen.contains(&s), "{c:?} reuses {s:?}");
                seen.push(s);
            }
        }
        for m in Menu::ALL {
            assert!(Command::ALL.iter().any(|c| c.menu() == m));
        }
        // Switch layout offers every layout, each once.
        let layouts: Vec<LayoutKind> = Command::ALL.iter().filter_map(|c| c.layout()).collect();
        assert_eq!(layouts, LayoutKind::ALL);
    }

    #[test]
    fn labels_exist_in_both_languages() {
        for c in Command::ALL {
            assert!(!c.label(Lang::Ru).is_empty() && !c.label(Lang::En).is_empty());
        }
        assert_ne!(Command::Save.label(Lang::Ru), Command::Save.label(Lang::En));
    }
}
