//! Where a word may be broken across lines: after a hyphen it already has, and between
//! syllables by the hyphenation rules of its language (the TeX patterns of `hypher`). The
//! script of the letters picks the rules: Cyrillic is hyphenated as Russian, Latin as
//! English; other scripts, mixed words, abbreviations in capitals and words with digits
//! inside get no syllable breaks.

/// A place where a line may end inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Break {
    /// Byte offset in the word where the next line starts.
    pub at: usize,
    /// Whether a hyphen is drawn at the end of the line: true between syllables, false
    /// after a hyphen the word already has.
    pub hyphen: bool,
}

/// Hyphens a word may already have, after which a line may end.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}

/// The hyphenation rules for a run of letters, by its script.
fn language(core: &str) -> Option<hypher::Lang> {
    let cyrillic = |c: char| matches!(c, '\u{0400}'..='\u{04FF}');
    let latin = |c: char| c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}');
    if !core.chars().all(char::is_alphabetic) || !core.chars().any(char::is_lowercase) {
        None
    } else if core.chars().all(cyrillic) {
        Some(hypher::Lang::Russian)
    } else if core.chars().all(latin) {
        Some(hypher::Lang::English)
    } else {
        None
    }
}

/// Syllable breaks of one hyphen-free part of a word that starts at byte `offset`.
fn syllable_breaks(part: &str, offset: usize, out: &mut Vec<Break>) {
    // Quotes, brackets and punctuation around the letters stay with them.
    let start = part
        .char_indices()
        .find(|(_, c)| c.is_alphabetic())
        .map_or(part.len(), |(i, _)| i);
    let end = part
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphabetic())
        .map_or(start, |(i, c)| i + c.len_utf8());
    if start >= end {
        return;
    }
    let core = &part[start..end];
    let Some(lang) = language(core) else {
        return;
    };
    let mut at = offset + start;
    let mut syllables = hypher::hyphenate(core, lang).peekable();
    while let Some(s) = syllables.next() {
        at += s.len();
        if syllables.peek().is_some() {
            out.push(Break { at, hyphen: true });
        }
    }
}

/// Every place a line may end inside `word`, in order. None at its very start or end.
pub(crate) fn breaks(word: &str) -> Vec<Break> {
    let mut out = Vec::new();
    let mut part_start = 0;
    for (i, c) in word.char_indices() {
        if is_hyphen(c) {
            let after = i + c.len_utf8();
            syllable_breaks(&word[part_start..i], part_start, &mut out);
            // A break after the hyphen, unless the hyphen starts or ends the word.
            if i > 0 && after < word.len() {
                out.push(Break {
                    at: after,
                    hyphen: false,
                });
            }
            part_start = after;
        }
    }
    syllable_breaks(&word[part_start..], part_start, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word with `-` at syllable breaks and `|` after its own hyphens.
    fn marked(word: &str) -> String {
        let mut s = String::new();
        let mut last = 0;
        for b in breaks(word) {
            s.push_str(&word[last..b.at]);
            s.push(if b.hyphen { '-' } else { '|' });
            last = b.at;
        }
        s.push_str(&word[last..]);
        s
    }

    #[test]
    fn russian_and_english_words_break_between_syllables_by_their_script() {
        // Every piece is a syllable boundary by the Russian patterns; no piece of one letter.
        let ru = marked("сельскохозяйственные");
        assert!(ru.contains('-'), "{ru}");
        assert_eq!(ru.replace('-', ""), "сельскохозяйственные");
        for piece in ru.split('-') {
            assert!(piece.chars().count() >= 2, "{ru}");
        }
        assert!(
            marked("Микрокредитование").starts_with("Мик"),
            "capitals keep their rules"
        );
        let en = marked("microfinancing");
        assert!(en.contains('-'), "{en}");
        assert!(
            en.rsplit('-')
                .next()
                .is_some_and(|p| p.chars().count() >= 3),
            "{en}"
        );
        // English rules do not apply to Cyrillic or the other way round: the script picks.
        assert_ne!(marked("предпринимательской"), "предпринимательской");
    }

    #[test]
    fn punctuation_stays_with_the_word_and_own_hyphens_break_without_a_new_one() {
        let b = breaks("«предпринимательской»,");
        assert!(!b.is_empty());
        let word = "«предпринимательской»,";
        for x in &b {
            assert!(
                x.at > "«пр".len() && x.at < word.len() - "й»,".len(),
                "{b:?}"
            );
        }
        assert_eq!(marked("фабрики-поставщики").matches('|').count(), 1);
        assert!(marked("фабрики-поставщики").contains("ки-|по"));
        assert!(breaks("-начало").iter().all(|b| b.hyphen));
        assert!(breaks("конец-").iter().all(|b| b.hyphen));
    }

    #[test]
    fn abbreviations_digits_and_other_scripts_get_no_syllable_breaks() {
        for w in [
            "НКО",
            "ООО",
            "B2B",
            "COVID",
            "שלום",
            "日本語",
            "ab",
            "",
            "1234567",
            "прод2вижение",
        ] {
            assert!(breaks(w).is_empty(), "{w}: {:?}", breaks(w));
        }
        // Mixed scripts in one run of letters: no rules fit.
        assert!(breaks("interнационал").is_empty());
    }
}
