//! The languages of the command line: of its messages (the locale's, or `--lang`) and of
//! the words it writes into files (`--lang`, or the language of the model's own text).

use std::fmt;

use crate::i18n::Message;
use crate::model::{Lang, Model};
use crate::storage::StorageError;

/// An error of the command line: a message of the i18n files, shown in the language of
/// messages when printed by [`describe`], in English by `Display`.
#[derive(Debug, Clone)]
pub struct Msg(pub Message);

impl Msg {
    /// The error worded by message `id` with no arguments.
    pub fn new(id: &'static str) -> Self {
        Self(Message::new(id))
    }

    /// Adds an argument to the message.
    #[must_use]
    pub fn arg(self, name: &'static str, value: impl Into<crate::i18n::Arg>) -> Self {
        Self(self.0.arg(name, value))
    }

    /// The text in a language.
    pub fn text(&self, lang: Lang) -> String {
        self.0.text(lang)
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text(Lang::En))
    }
}

impl std::error::Error for Msg {}

/// Parses `ru` or `en` (any case), for `--lang`.
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    match s.trim().to_lowercase().as_str() {
        "ru" => Ok(Lang::Ru),
        "en" => Ok(Lang::En),
        _ => Err(format!("unknown language `{s}`; expected ru or en")),
    }
}

/// The language of messages from the locale's variables, looked up as `setlocale` does
/// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; an empty one does not count): Russian for a
/// `ru` locale (`ru_RU.UTF-8`), else English, so scripts see English by default.
pub fn locale_lang(var: impl Fn(&str) -> Option<String>) -> Lang {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| var(k).filter(|v| !v.is_empty()));
    match value {
        Some(v) if v.to_lowercase().starts_with("ru") => Lang::Ru,
        _ => Lang::En,
    }
}

/// The language of messages: `--lang` when given, else the locale's.
pub fn messages(arg: Option<Lang>) -> Lang {
    arg.unwrap_or_else(|| locale_lang(|k| std::env::var(k).ok()))
}

/// The language a model is written in: Russian when its title and notes have at least as
/// many Cyrillic letters as Latin ones, else English.
pub fn model_lang(model: &Model) -> Lang {
    let (mut cyrillic, mut latin) = (0usize, 0usize);
    let texts = std::iter::once(model.title.as_str()).chain(
        model
            .versions
            .iter()
            .flat_map(|v| v.notes.iter().map(|n| n.text.as_str())),
    );
    for c in texts.flat_map(str::chars).filter(|c| c.is_alphabetic()) {
        if ('\u{400}'..='\u{4ff}').contains(&c) {
            cyrillic += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if cyrillic >= latin && cyrillic > 0 {
        Lang::Ru
    } else {
        Lang::En
    }
}

/// An error of the command line in a language, with its causes each said once.
pub fn describe(e: &anyhow::Error, lang: Lang) -> String {
    let head = if let Some(s) = e.downcast_ref::<StorageError>() {
        s.describe(lang)
    } else if let Some(m) = e.downcast_ref::<Msg>() {
        m.text(lang)
    } else if let Some(x) = e.downcast_ref::<crate::export::ExportError>() {
        x.describe(lang)
    } else {
        e.to_string()
    };
    let mut text = head;
    for cause in e.chain().skip(1) {
        let cause = match cause.downcast_ref::<StorageError>() {
            Some(s) => s.describe(lang),
            None => cause.to_string(),
        };
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}

/// A text on one line for a message: line breaks, tabs and other control characters
/// escaped (`\n`, `\t`), so a title of several lines cannot break a script's parsing.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LayoutKind;

    #[test]
    fn the_locale_picks_russian_only_for_ru() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(locale_lang(env(&[("LANG", "ru_RU.UTF-8")])), Lang::Ru);
        assert_eq!(locale_lang(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(locale_lang(env(&[])), Lang::En);
        assert_eq!(
            locale_lang(env(&[("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            locale_lang(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "ru_UA"),
                ("LANG", "en")
            ])),
            Lang::Ru
        );
    }

    #[test]
    fn a_model_speaks_the_language_of_its_text() {
        let mut m = Model::new("Hearth Bread", "v", LayoutKind::Bmc);
        assert_eq!(model_lang(&m), Lang::En);
        m.title = "Весёлый войлок".into();
        assert_eq!(model_lang(&m), Lang::Ru);
        assert_eq!(model_lang(&Model::new("", "", LayoutKind::Bmc)), Lang::En);
    }

    #[test]
    fn escaping_keeps_one_line() {
        assert_eq!(escaped("a\nb\tc\r"), "a\\nb\\tc\\r");
        assert_eq!(escaped("plain «ё»"), "plain «ё»");
        assert_eq!(escaped("\u{7}"), "\\u{7}");
    }
}
