//! The one path for text shown to people, in Russian and English: Fluent messages from
//! `assets/i18n/ru.ftl` and `assets/i18n/en.ftl`, compiled into the binary.
//!
//! Fluent (the `fluent-bundle` crate, Mozilla's localisation system) brings the CLDR plural
//! rules, so a count takes the right form in each language: 1 заметка, 2 заметки,
//! 5 заметок, 21 заметка, 11 заметок. A message is named by its id and takes named
//! arguments; [`Message`] carries both, so an error can be rendered in the language the
//! window shows when it is shown, and in English for the command line.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::model::Lang;

/// The Russian messages.
pub const RU_FTL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/i18n/ru.ftl"
));
/// The English messages.
pub const EN_FTL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/i18n/en.ftl"
));

type Bundle = FluentBundle<FluentResource>;

fn make(lang: &str, source: &str) -> Bundle {
    let id = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: file names and numbers are shown as
    // they are, and the PDF's subset font has no glyphs for the marks.
    bundle.set_use_isolating(false);
    // A syntax error in a shipped file leaves the messages before it usable; the test
    // `every_file_parses_and_both_have_the_same_messages` keeps the files clean.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static RU: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Ru => RU.get_or_init(|| make("ru", RU_FTL)),
        Lang::En => EN.get_or_init(|| make("en", EN_FTL)),
    }
}

/// A value for a message's argument: text, or a count (which picks the plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as it is.
    Text(String),
    /// A whole number; selects plural forms.
    Count(u64),
    /// Another message, in the same language.
    Message(Box<Message>),
    /// A block's title, in the same language (block titles are document vocabulary in
    /// [`crate::model::BlockId`]).
    Block(crate::model::BlockId),
    /// Several values, each in the same language, joined by `, `.
    List(Vec<Arg>),
}

impl Arg {
    /// The value as text in `lang` (a count as its digits).
    fn text(&self, lang: Lang) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Count(n) => n.to_string(),
            Arg::Message(m) => m.text(lang),
            Arg::Block(b) => b.title(lang).to_owned(),
            Arg::List(items) => items
                .iter()
                .map(|a| a.text(lang))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

impl<T: Into<Arg>> From<Vec<T>> for Arg {
    fn from(items: Vec<T>) -> Self {
        Arg::List(items.into_iter().map(Into::into).collect())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(n)
    }
}

/// The text of message `id` in `lang`; the id itself when no file has it.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// The text of message `id` in `lang` with its arguments.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            // Fluent numbers are f64: exact for every count below 2^53.
            Arg::Count(n) => fluent.set(*name, FluentValue::from(*n as f64)),
            Arg::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
            other => fluent.set(*name, FluentValue::from(other.text(lang))),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent), &mut errors)
        .into_owned()
}

/// The variables message `id` refers to, found by formatting it without arguments (for
/// tests that check both files and the code agree). `None` when the message is missing.
pub fn variables(lang: Lang, id: &str) -> Option<Vec<String>> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let _ = bundle.format_pattern(pattern, None, &mut errors);
    let mut names: Vec<String> = errors
        .iter()
        .filter_map(|e| {
            let text = e.to_string();
            let start = text.find('$')? + 1;
            let rest = &text[start..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            Some(rest[..end].to_owned())
        })
        .collect();
    names.sort();
    names.dedup();
    Some(names)
}

/// The ids of the messages of a file, in order.
pub fn ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// A message to show later, in whichever language is asked for then: an id and its
/// arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` with no arguments yet.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message's id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        tr_args(lang, self.id, &self.args)
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

/// A system error (from the file system) in `lang`: in Russian, common kinds in words of
/// the language; otherwise as the system says them (English, as the command line shows).
pub fn io_error(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if lang == Lang::En {
        return e.to_string();
    }
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only-filesystem",
        K::IsADirectory => "io-is-a-directory",
        _ => return e.to_string(),
    };
    tr(lang, id)
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
    fn russian_counts_take_their_plural_form() {
        let notes = |n: u64| tr_args(Lang::Ru, "notes", &[("count", Arg::Count(n))]);
        assert_eq!(notes(1), "1 заметка");
        assert_eq!(notes(2), "2 заметки");
        assert_eq!(notes(4), "4 заметки");
        assert_eq!(notes(5), "5 заметок");
        assert_eq!(notes(11), "11 заметок");
        assert_eq!(notes(21), "21 заметка");
        assert_eq!(notes(22), "22 заметки");
        assert_eq!(notes(0), "0 заметок");
        let en = |n: u64| tr_args(Lang::En, "notes", &[("count", Arg::Count(n))]);
        assert_eq!(en(1), "1 note");
        assert_eq!(en(2), "2 notes");
    }

    #[test]
    fn every_file_parses_and_both_have_the_same_messages() {
        for source in [RU_FTL, EN_FTL] {
            assert!(
                FluentResource::try_new(source.to_owned()).is_ok(),
                "a shipped .ftl file has a syntax error"
            );
        }
        let (ru, en) = (ids(RU_FTL), ids(EN_FTL));
        let mut sorted = ru.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ru.len(), "an id is defined twice");
        let only_ru: Vec<_> = ru.iter().filter(|id| !en.contains(id)).collect();
        let only_en: Vec<_> = en.iter().filter(|id| !ru.contains(id)).collect();
        assert!(only_ru.is_empty(), "only in ru.ftl: {only_ru:?}");
        assert!(only_en.is_empty(), "only in en.ftl: {only_en:?}");
        for id in &ru {
            assert_eq!(
                variables(Lang::Ru, id),
                variables(Lang::En, id),
                "{id} takes other arguments in the two files"
            );
        }
    }

    #[test]
    fn arguments_are_inserted_without_isolation_marks_and_a_missing_id_shows_itself() {
        let m = Message::new("notes").arg("count", 3usize);
        assert_eq!(m.text(Lang::En), "3 notes");
        assert_eq!(tr(Lang::En, "no-such-message"), "no-such-message");
    }
}
