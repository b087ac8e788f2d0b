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
    Legend,
    LegendHint,
    About,
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
    RecoveryTitle,
    RecoveryBody,
    RecoveryNone,
    RecoveryCopies,
    RecoveryNewModel,
    RecoveryWritten,
    RecoveryUnreadable,
    Restore,
    Discard,
    Later,
    DiscardTitle,
    DiscardBody,
    RestoreFailed,
    AutosaveFailed,
    MoreCopies,
    OpenElsewhere,
    LockedTitle,
    LockedBody,
    LockedPid,
    OpenReadOnly,
    OpenAnyway,
    ReadOnly,
    ConflictTitle,
    ConflictChanged,
    ConflictMissing,
    ConflictSaving,
    Reload,
    Overwrite,
    KeepMine,
    ReloadConfirm,
    ReloadDrop,
    ChangedOnDisk,
    SaveTargetOpen,
    ImportWarnings,
    ImportWarningsBody,
    WarningsCount,
    AgoSeconds,
    AgoMinutes,
    AgoHours,
    AgoDays,
    Error,
    Close,
    BlockHelp,
    Typology,
    KeyQuestion,
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
    Added,
    Removed,
    Changed,
    Moved,
    WasText,
    MovedFrom,
    ExportTitle,
    Paper,
    Versions,
    CompareOnPage,
    Export,
    Exporting,
    ExportedTo,
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
            T::Legend => ("Легенда цветов", "Colour legend"),
            T::LegendHint => ("Что означает этот цвет?", "What does this colour mean?"),
            T::About => ("О программе", "About Holst"),
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
            T::RecoveryTitle => ("Восстановление", "Recovery"),
            T::RecoveryBody => (
                "Holst закрылся, не сохранив изменения. Остались копии для восстановления (новые сверху):",
                "Holst closed without saving. These recovery copies were left (newest first):",
            ),
            T::RecoveryNone => ("Копий для восстановления нет.", "No recovery copies."),
            T::RecoveryCopies => ("Копии для восстановления…", "Recovery copies…"),
            T::RecoveryNewModel => ("новая модель, без файла", "new model, no file"),
            T::RecoveryWritten => ("записана {} назад", "written {} ago"),
            T::RecoveryUnreadable => (
                "Копию не удалось прочитать: {}",
                "The copy cannot be read: {}",
            ),
            T::Restore => ("Восстановить", "Restore"),
            T::Discard => ("Удалить копию…", "Delete copy…"),
            T::Later => ("Позже", "Later"),
            T::DiscardTitle => ("Удалить копию?", "Delete the copy?"),
            T::DiscardBody => (
                "Копия «{}» будет удалена безвозвратно.",
                "The copy of «{}» will be deleted for good.",
            ),
            T::RestoreFailed => (
                "Не удалось восстановить копию",
                "Could not restore the copy",
            ),
            T::AutosaveFailed => (
                "Копия для восстановления не записана: {} (повтор через 5 с)",
                "Recovery copy not written: {} (retrying in 5 s)",
            ),
            T::MoreCopies => (
                "Есть ещё копии для восстановления: {} — меню «Файл»",
                "More recovery copies: {} — see the File menu",
            ),
            T::OpenElsewhere => (
                "Файл открыт в другом окне Holst: перед сохранением Holst проверит его изменения",
                "The file is open in another Holst window: saving checks for its changes first",
            ),
            T::LockedTitle => ("Файл уже открыт", "File already open"),
            T::LockedBody => (
                "«{}» уже открыт в другом окне Holst. Если править его в двух окнах, одно сохранение затрёт другое.",
                "«{}» is already open in another Holst window. Edited in two windows, one save would overwrite the other.",
            ),
            T::LockedPid => (
                "Процесс другого окна: {}",
                "Process of the other window: {}",
            ),
            T::OpenReadOnly => ("Открыть только для чтения", "Open read-only"),
            T::OpenAnyway => ("Всё равно открыть", "Open anyway"),
            T::ReadOnly => ("только чтение", "read-only"),
            T::ConflictTitle => (
                "Файл изменён другой программой",
                "File changed by another program",
            ),
            T::ConflictChanged => (
                "«{}» изменён на диске после того, как Holst его прочитал или сохранил.",
                "«{}» was changed on disk after Holst read or saved it.",
            ),
            T::ConflictMissing => (
                "«{}» удалён или переименован другой программой.",
                "«{}» was deleted or renamed by another program.",
            ),
            T::ConflictSaving => (
                "Если перезаписать, изменения другой программы пропадут.",
                "Overwriting drops the other program's changes.",
            ),
            T::Reload => ("Загрузить с диска…", "Reload from disk…"),
            T::Overwrite => ("Перезаписать", "Overwrite"),
            T::KeepMine => ("Оставить мою версию", "Keep my version"),
            T::ReloadConfirm => (
                "Отбросить изменения в окне и загрузить файл с диска?",
                "Drop the changes in this window and load the file from disk?",
            ),
            T::ReloadDrop => ("Отбросить и загрузить", "Drop and reload"),
            T::ChangedOnDisk => ("изменён на диске", "changed on disk"),
            T::SaveTargetOpen => (
                "«{}» открыт в другом окне Holst. Сохраните под другим именем или закройте то окно.",
                "«{}» is open in another Holst window. Save under another name or close that window.",
            ),
            T::ImportWarnings => ("Предупреждения импорта", "Import warnings"),
            T::ImportWarningsBody => ("При чтении «{}» пропущено:", "Skipped while reading «{}»:"),
            T::WarningsCount => ("предупреждения импорта: {}", "import warnings: {}"),
            T::AgoSeconds => ("{} с", "{} s"),
            T::AgoMinutes => ("{} мин", "{} min"),
            T::AgoHours => ("{} ч", "{} h"),
            T::AgoDays => ("{} дн.", "{} days"),
            T::Error => ("Ошибка", "Error"),
            T::Close => ("Закрыть", "Close"),
            T::BlockHelp => ("Подсказка по блоку", "About this block"),
            T::Typology => ("Типология", "Typology"),
            T::KeyQuestion => ("Ключевой вопрос", "Key question"),
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
            T::Added => ("добавлено", "added"),
            T::Removed => ("удалено", "removed"),
            T::Changed => ("изменено", "changed"),
            T::Moved => ("перенесено", "moved"),
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

/// A duration for "written … ago": seconds, minutes, hours or days, whole.
pub fn ago(lang: Lang, elapsed: std::time::Duration) -> String {
    let s = elapsed.as_secs();
    let (unit, n) = match s {
        0..60 => (T::AgoSeconds, s),
        60..3600 => (T::AgoMinutes, s / 60),
        3600..86_400 => (T::AgoHours, s / 3600),
        _ => (T::AgoDays, s / 86_400),
    };
    unit.fill(lang, &n.to_string())
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

    #[test]
    fn ages_take_the_largest_whole_unit() {
        use std::time::Duration;
        assert_eq!(ago(Lang::Ru, Duration::from_secs(59)), "59 с");
        assert_eq!(ago(Lang::Ru, Duration::from_secs(61)), "1 мин");
        assert_eq!(ago(Lang::En, Duration::from_hours(2)), "2 h");
        assert_eq!(ago(Lang::En, Duration::from_hours(72)), "3 days");
    }
}
