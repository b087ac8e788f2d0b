//! Every message of the Markdown reader exists in Russian as well as English.

use super::read;
use crate::model::Lang;

/// Reads `text`, which must fail; checks that the Russian text is there, differs from the
/// English one, is Russian, and names `subject`. Returns the error for further checks.
fn assert_russian_error(text: &str, subject: &str) -> crate::storage::ParseError {
    let e = read(text).expect_err("this text must not read");
    let (ru, en) = (e.text(Lang::Ru), e.text(Lang::En));
    assert!(!ru.is_empty(), "empty Russian text for: {en}");
    assert_ne!(ru, en);
    assert!(ru.contains(subject), "«{subject}» missing in: {ru}");
    assert!(en.contains(subject), "«{subject}» missing in: {en}");
    assert!(
        ru.chars().any(|c| ('а'..='я').contains(&c)),
        "no Russian words: {ru}"
    );
    e
}

#[test]
fn unknown_block_is_told_in_russian_with_russian_titles() {
    let e = assert_russian_error(
        "# Модель\n\n## Версия\n\n### Склад ракет\n- x\n",
        "Склад ракет",
    );
    assert_eq!(e.line, 5);
    assert!(e.ru.contains("Ключевые партнёры"), "{}", e.ru);
}

#[test]
fn block_not_in_layout_is_told_in_russian() {
    let text = "# Модель\n\n## Версия\nlayout: bmc\n\n### social_impact\n- x\n";
    let e = assert_russian_error(text, "social_impact");
    assert_eq!(e.line, 6);
    assert!(e.ru.contains("bmc"), "{}", e.ru);
}

#[test]
fn unknown_colour_status_and_layout_are_told_in_russian() {
    let colour = "# М\n\n## В\n\n### products\n- {color: magenta} x\n";
    assert_eq!(assert_russian_error(colour, "magenta").line, 6);
    let status = "# М\n\n## В\n\n### Гипотезы\n- [возможно] Мы считаем, что x\n";
    assert_eq!(assert_russian_error(status, "возможно").line, 6);
    let layout = "# М\n\n## В\nlayout: spiral\n\n### products\n- x\n";
    assert_eq!(assert_russian_error(layout, "spiral").line, 4);
}

#[test]
fn warnings_have_russian_texts() {
    let text = "# М\n\n## В\n\n### products\n- x\n\nЛишний текст\n\n### Гипотезы\n- [] Мы считаем\n  notes: «нет такой»\n";
    let (_, warnings) = read(text).expect("reads with warnings");
    assert!(warnings.len() >= 2, "{warnings:?}");
    for w in &warnings {
        assert!(!w.text(Lang::Ru).is_empty());
        assert_ne!(w.text(Lang::Ru), w.text(Lang::En));
    }
    assert!(
        warnings.iter().any(|w| w.ru.contains("«нет такой»")),
        "{warnings:?}"
    );
}
