//! The course's method inside the canvas (issue 16): guidance per block in the course's
//! fill order, the segment profile's words, the social enterprise's operating models, and
//! a checker that reads a canvas against the course's rules.
//!
//! Plain data and functions: no egui, no I/O. The texts live in RON assets compiled into
//! the binary (`assets/method/*.ron`), transcribed from the research notes that checked
//! every quote of the seeds letter for letter; `tests/method.rs` checks them again against
//! copies of the seeds. A [`Text`] is either a quote of the seed ([`Text::Q`], with its
//! source lines) or ours ([`Text::Ours`]), and the interface must never show ours as a
//! quote.

pub mod checker;
pub mod guidance;
pub mod labels;
mod rules;
pub mod segments;
pub mod social;

use serde::Deserialize;

use crate::model::Lang;

/// A quote of the seeds.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Quote {
    /// The seed's words, exactly (whitespace runs as one space).
    pub ru: String,
    /// Our English.
    pub en: String,
    /// Where: `FILE:LINE` or `FILE:FIRST-LAST` of the seeds (`000` … `004`).
    pub src: Vec<String>,
    /// The seed's own broken form, where a slide splits a word; `ru` is then our reading.
    #[serde(default)]
    pub raw: String,
    /// One of the questions guided mode asks first.
    #[serde(default)]
    pub main: bool,
}

/// A text written by us.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Own {
    /// Russian.
    pub ru: String,
    /// English.
    pub en: String,
}

/// A text of the method: a quote of the seeds, or ours.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub enum Text {
    /// The seed's words.
    Q(Quote),
    /// Ours: never to be shown as a quote.
    Ours(Own),
}

impl Text {
    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &str {
        let (ru, en) = match self {
            Text::Q(q) => (&q.ru, &q.en),
            Text::Ours(o) => (&o.ru, &o.en),
        };
        match lang {
            Lang::Ru => ru,
            Lang::En => en,
        }
    }

    /// Whether it is the seed's words.
    pub fn is_quote(&self) -> bool {
        matches!(self, Text::Q(_))
    }

    /// Its sources in the seeds (none for ours).
    pub fn sources(&self) -> &[String] {
        match self {
            Text::Q(q) => &q.src,
            Text::Ours(_) => &[],
        }
    }

    /// Whether guided mode asks it first.
    pub fn is_main(&self) -> bool {
        matches!(self, Text::Q(q) if q.main)
    }

    /// The text in a language, in «» (Russian) or “” (English) when it is a quote.
    pub fn quoted(&self, lang: Lang) -> String {
        let t = self.get(lang);
        if self.is_quote() {
            crate::i18n::tr_args(lang, "checker-quoted", &[("text", t.into())])
        } else {
            t.to_owned()
        }
    }
}

/// Reads one of the method's assets; the error names the line and what was wrong.
fn parse<T: serde::de::DeserializeOwned>(name: &str, source: &str) -> Result<T, String> {
    ron::from_str(source).map_err(|e| {
        format!(
            "assets/method/{name}: line {}, column {}: {}",
            e.span.start.line, e.span.start.col, e.code
        )
    })
}
