//! Interface text in Russian and English. Every label, menu item, tooltip and message of
//! the editor comes from here; block titles and guidance come from [`crate::model::BlockId`].

use crate::model::Lang;

/// A piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum T {
    MenuFile,
    MenuEdit,
    MenuView,
    MenuVersion,
    MenuHelp,
    New,
    NewTooltip,
    Open,
    OpenRecent,
    NoRecent,
    Save,
    SaveAs,
    ExportPdf,
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
    Colour,
    EditText,
    ZoomIn,
    ZoomOut,
    FitToWindow,
    Language,
    Legend,
    LegendHint,
    About,
    Shortcuts,
    AboutText,
    UnsavedTitle,
    UnsavedBody,
    DontSave,
    Cancel,
    Saved,
    NotSaved,
    Unsaved,
    Notes,
    Zoom,
    Gallery,
    GalleryHint,
    Create,
    RecoveryTitle,
    RecoveryBody,
    Restore,
    Discard,
    Error,
    Close,
    BlockHelp,
    Typology,
    KeyQuestion,
    EmptyNoteDeleted,
    NewVersion,
    RenameVersion,
    DeleteVersion,
    MarkFinal,
    Final,
    Layout,
    Compare,
    Cards,
    MoveNotes,
    AddNote,
    EditNote,
    DeleteNotes,
    PasteNotes,
    DuplicateNotes,
    SavedTo,
    OpenFailed,
    SaveFailed,
    NoteText,
    SwitchLayout,
    CompareSummary,
    Added,
    Removed,
    Changed,
    Moved,
    Recoloured,
    WasText,
    MovedFrom,
    ExportTitle,
    Paper,
    Versions,
    CompareOnPage,
    Export,
    Exporting,
    ExportedTo,
    AddVersionCopy,
    ForkName,
    // Hypothesis cards panel (ui::cards).
    CardsTitle,
    CardsValidated,
    CardsInvalidated,
    CardsUntested,
    CardsNone,
    CardAdd,
    CardEdit,
    CardDelete,
    CardUntitled,
    CardHypothesis,
    CardTest,
    CardMetric,
    CardCriterion,
    CardStatus,
    CardLearning,
    CardNotes,
    CardNoNotes,
    CardPromptHypothesis,
    CardPromptTest,
    CardPromptMetric,
    CardPromptCriterion,
    CardPromptLearning,
    CardLink,
    CardLinkHint,
    CardLinkStep,
    CardUnlink,
    CardUnlinkStep,
    CardShowNote,
}

impl T {
    /// The text in the given language.
    #[allow(clippy::too_many_lines)]
    pub fn get(self, lang: Lang) -> &'static str {
        let (ru, en) = match self {
            T::MenuFile => ("Файл", "File"),
            T::MenuEdit => ("Правка", "Edit"),
            T::MenuView => ("Вид", "View"),
            T::MenuVersion => ("Версия", "Version"),
            T::MenuHelp => ("Справка", "Help"),
            T::New => ("Создать из шаблона…", "New from template…"),
            T::NewTooltip => ("Новая модель из шаблона", "A new model from a template"),
            T::Open => ("Открыть…", "Open…"),
            T::OpenRecent => ("Недавние файлы", "Recent files"),
            T::NoRecent => ("Нет недавних файлов", "No recent files"),
            T::Save => ("Сохранить", "Save"),
            T::SaveAs => ("Сохранить как…", "Save as…"),
            T::ExportPdf => ("Экспорт в PDF…", "Export PDF…"),
            T::Quit => ("Выход", "Quit"),
            T::Undo => ("Отменить", "Undo"),
            T::Redo => ("Повторить", "Redo"),
            T::Cut => ("Вырезать", "Cut"),
            T::Copy => ("Копировать", "Copy"),
            T::Paste => ("Вставить", "Paste"),
            T::Duplicate => ("Дублировать", "Duplicate"),
            T::Delete => ("Удалить", "Delete"),
            T::SelectAll => ("Выделить всё", "Select all"),
            T::BringToFront => ("На передний план", "Bring to front"),
            T::Colour => ("Цвет", "Colour"),
            T::EditText => ("Изменить текст", "Edit text"),
            T::ZoomIn => ("Увеличить", "Zoom in"),
            T::ZoomOut => ("Уменьшить", "Zoom out"),
            T::FitToWindow => ("По размеру окна", "Fit to window"),
            T::Language => ("Язык", "Language"),
            T::Legend => ("Легенда цветов", "Colour legend"),
            T::LegendHint => ("Что означает этот цвет?", "What does this colour mean?"),
            T::About => ("О программе", "About Holst"),
            T::Shortcuts => ("Сочетания клавиш", "Keyboard shortcuts"),
            T::AboutText => (
                "Holst — редактор бизнес-моделей (Business Model Canvas). Файлы хранятся у вас, без учётной записи.",
                "Holst is an editor for business model canvases. Your files stay on your computer; no account.",
            ),
            T::UnsavedTitle => ("Несохранённые изменения", "Unsaved changes"),
            T::UnsavedBody => (
                "Сохранить изменения в модели «{}»?",
                "Save the changes to «{}»?",
            ),
            T::DontSave => ("Не сохранять", "Don't save"),
            T::Cancel => ("Отмена", "Cancel"),
            T::Saved => ("сохранено", "saved"),
            T::NotSaved => ("не сохранено", "not saved"),
            T::Unsaved => ("новый файл", "new file"),
            T::Notes => ("заметок", "notes"),
            T::Zoom => ("масштаб", "zoom"),
            T::Gallery => ("Новая модель", "New model"),
            T::GalleryHint => ("Выберите шаблон", "Choose a template"),
            T::Create => ("Создать", "Create"),
            T::RecoveryTitle => ("Восстановление", "Recovery"),
            T::RecoveryBody => (
                "Holst закрылся, не сохранив изменения. Восстановить копию «{}»?",
                "Holst closed without saving. Restore the copy of «{}»?",
            ),
            T::Restore => ("Восстановить", "Restore"),
            T::Discard => ("Удалить копию", "Discard"),
            T::Error => ("Ошибка", "Error"),
            T::Close => ("Закрыть", "Close"),
            T::BlockHelp => ("Подсказка по блоку", "About this block"),
            T::Typology => ("Типология", "Typology"),
            T::KeyQuestion => ("Ключевой вопрос", "Key question"),
            T::EmptyNoteDeleted => ("Пустая заметка удалена", "Empty note deleted"),
            T::NewVersion => (
                "Новая версия (копия текущей)",
                "New version (fork of current)",
            ),
            T::RenameVersion => ("Переименовать версию", "Rename version"),
            T::DeleteVersion => ("Удалить версию", "Delete version"),
            T::MarkFinal => ("Отметить как итоговую", "Mark as final"),
            T::Final => ("итоговая", "final"),
            T::Layout => ("Макет", "Layout"),
            T::Compare => ("Сравнить версии", "Compare versions"),
            T::Cards => ("Гипотезы", "Hypotheses"),
            T::MoveNotes => ("Перемещение заметок", "Move notes"),
            T::AddNote => ("Новая заметка", "Add note"),
            T::EditNote => ("Изменение текста", "Edit text"),
            T::DeleteNotes => ("Удаление заметок", "Delete notes"),
            T::PasteNotes => ("Вставка заметок", "Paste notes"),
            T::DuplicateNotes => ("Дублирование заметок", "Duplicate notes"),
            T::SavedTo => ("Сохранено: {}", "Saved to {}"),
            T::OpenFailed => ("Не удалось открыть файл", "Could not open the file"),
            T::SaveFailed => ("Не удалось сохранить файл", "Could not save the file"),
            T::NoteText => ("Текст заметки", "Note text"),
            T::SwitchLayout => (
                "Сменить макет (9 или 11 блоков)",
                "Switch layout (9 or 11 blocks)",
            ),
            T::CompareSummary => ("Отличия", "Differences"),
            T::Added => ("добавлено", "added"),
            T::Removed => ("удалено", "removed"),
            T::Changed => ("изменено", "changed"),
            T::Moved => ("перенесено", "moved"),
            T::Recoloured => ("другой цвет", "recoloured"),
            T::WasText => ("Было: {}", "Was: {}"),
            T::MovedFrom => ("Перенесено из блока «{}»", "Moved from «{}»"),
            T::ExportTitle => ("Экспорт в PDF", "Export PDF"),
            T::Paper => ("Формат бумаги", "Paper"),
            T::Versions => ("Версии", "Versions"),
            T::CompareOnPage => (
                "Страница сравнения двух версий",
                "Compare page of two versions",
            ),
            T::Export => ("Экспортировать…", "Export…"),
            T::Exporting => ("Экспорт в PDF…", "Exporting PDF…"),
            T::ExportedTo => ("PDF сохранён: {}", "PDF written to {}"),
            T::AddVersionCopy => ("Новая версия", "New version"),
            T::ForkName => ("{} (копия)", "{} (copy)"),
            T::CardsTitle => ("Гипотезы версии «{}»", "Hypotheses of «{}»"),
            T::CardsValidated => ("Подтверждены: {}", "Validated: {}"),
            T::CardsInvalidated => ("Опровергнуты: {}", "Invalidated: {}"),
            T::CardsUntested => (
                "Не проверены: {} (ещё не проверялись или проверяются сейчас)",
                "Untested: {} (not yet tested or being tested now)",
            ),
            T::CardsNone => (
                "Гипотез пока нет. Запишите то, во что вы верите, но ещё не проверили.",
                "No hypotheses yet. Write down what you believe but have not tested yet.",
            ),
            T::CardAdd => ("Добавить гипотезу", "Add hypothesis"),
            T::CardEdit => ("Изменение гипотезы", "Edit hypothesis"),
            T::CardDelete => ("Удалить гипотезу", "Delete hypothesis"),
            T::CardUntitled => ("(гипотеза без текста)", "(hypothesis not written yet)"),
            T::CardHypothesis => ("Гипотеза", "Hypothesis"),
            T::CardTest => ("Проверка", "Test"),
            T::CardMetric => ("Метрика", "Metric"),
            T::CardCriterion => ("Критерий", "Criterion"),
            T::CardStatus => ("Статус", "Status"),
            T::CardLearning => ("Выводы", "Learning"),
            T::CardNotes => ("Связанные заметки", "Linked notes"),
            T::CardNoNotes => ("Нет связанных заметок", "No linked notes"),
            T::CardPromptHypothesis => ("Мы считаем, что …", "We believe that …"),
            T::CardPromptTest => ("Чтобы проверить это, мы …", "To verify that, we will …"),
            T::CardPromptMetric => ("И будем измерять …", "And measure …"),
            T::CardPromptCriterion => ("Мы правы, если …", "We are right if …"),
            T::CardPromptLearning => (
                "Мы наблюдали …\nИз этого мы узнали …\nПоэтому мы …",
                "We observed …\nFrom that we learned …\nTherefore, we will …",
            ),
            T::CardLink => ("Связать выделенные заметки", "Link selected notes"),
            T::CardLinkHint => (
                "Сначала выделите на холсте заметки, которых касается гипотеза",
                "First select on the canvas the notes this hypothesis concerns",
            ),
            T::CardLinkStep => ("Связь заметок с гипотезой", "Link notes to hypothesis"),
            T::CardUnlink => ("Отвязать заметку «{}»", "Unlink note «{}»"),
            T::CardUnlinkStep => ("Отвязка заметки", "Unlink note"),
            T::CardShowNote => (
                "Выделить заметку на холсте",
                "Select the note on the canvas",
            ),
        };
        match lang {
            Lang::Ru => ru,
            Lang::En => en,
        }
    }

    /// The text with `{}` replaced by `arg`.
    pub fn fill(self, lang: Lang, arg: &str) -> String {
        self.get(lang).replacen("{}", arg, 1)
    }
}

/// The language of the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`): English unless it
/// names Russian; Russian when no locale is set, as Holst's users are Russian-speaking first.
pub fn system_lang() -> Lang {
    let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    lang_of_locale(var.as_deref())
}

/// The language a locale string names.
pub fn lang_of_locale(locale: Option<&str>) -> Lang {
    match locale {
        None | Some("C" | "POSIX") => Lang::Ru,
        Some(l) if l.to_lowercase().starts_with("ru") => Lang::Ru,
        Some(l) if l.starts_with("C.") => Lang::Ru,
        Some(_) => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_pick_the_language() {
        assert_eq!(lang_of_locale(Some("ru_RU.UTF-8")), Lang::Ru);
        assert_eq!(lang_of_locale(Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(lang_of_locale(Some("de_DE")), Lang::En);
        assert_eq!(lang_of_locale(None), Lang::Ru);
    }

    #[test]
    fn every_text_differs_between_languages_where_it_should() {
        assert_ne!(T::MenuFile.get(Lang::Ru), T::MenuFile.get(Lang::En));
        assert_eq!(
            T::UnsavedBody.fill(Lang::En, "X"),
            "Save the changes to «X»?"
        );
    }
}
