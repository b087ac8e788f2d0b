//! What an export could not do fully, told to the user: characters no shipped font has.

use std::fmt;

use crate::i18n::Message;
use crate::model::Lang;

/// Characters of one text that no shipped font has. The PDF marks each with a small red
/// box where it stands; the text stays selectable around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyphs {
    /// The text they are in: the whole note (or card field), or the line of the page.
    pub text: String,
    /// The characters, each once, in the order they first appear.
    pub chars: Vec<char>,
    /// The 1-based pages where they stand, ascending.
    pub pages: Vec<usize>,
}

/// Longest excerpt of the text a message quotes, in characters.
const QUOTE_MAX: usize = 60;

impl MissingGlyphs {
    /// The warning for people, in the given language (English: the `Display` text).
    pub fn describe(&self, lang: Lang) -> String {
        let pages = self
            .pages
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let chars = self
            .chars
            .iter()
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect::<Vec<_>>()
            .join(", ");
        Message::new("pdf-missing-glyphs")
            .arg("count", self.pages.len())
            .arg("pages", pages)
            .arg("text", quote(&self.text))
            .arg("chars", chars)
            .text(lang)
    }
}

impl fmt::Display for MissingGlyphs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// The text on one line, shortened to [`QUOTE_MAX`] characters.
fn quote(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= QUOTE_MAX {
        one_line
    } else {
        let mut s: String = one_line.chars().take(QUOTE_MAX - 1).collect();
        s.push('…');
        s
    }
}

/// What an export did: the pages written and what could not be drawn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfReport {
    /// Number of pages.
    pub pages: usize,
    /// Texts with characters no shipped font has, in page order.
    pub missing: Vec<MissingGlyphs>,
}

impl PdfReport {
    /// The warnings for people, one per text, in the given language.
    pub fn warnings(&self, lang: Lang) -> Vec<String> {
        self.missing.iter().map(|m| m.describe(lang)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_names_the_text_the_characters_and_the_pages() {
        let m = MissingGlyphs {
            text: "Кофе\n😀 中".into(),
            chars: vec!['😀', '中'],
            pages: vec![1, 3],
        };
        assert_eq!(
            m.to_string(),
            "pages 1, 3: «Кофе 😀 中»: no font has 😀 (U+1F600), 中 (U+4E2D); \
             the PDF shows a red box for each"
        );
        assert!(
            m.describe(Lang::Ru)
                .starts_with("страницы 1, 3: «Кофе 😀 中»: ни в одном")
        );
        let long = MissingGlyphs {
            text: "я".repeat(100),
            chars: vec!['😀'],
            pages: vec![2],
        };
        let s = long.to_string();
        assert!(s.starts_with("page 2: «яяя"), "{s}");
        assert!(s.contains("я…»"), "{s}");
    }
}
