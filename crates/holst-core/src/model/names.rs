//! How names written by people and other tools are matched: block headings, file names,
//! group labels, section names.

/// Canonical form of a name (a block, a section, a file stem, a group label) for
/// matching, by the research's rule R2: NFC, lower case, `ё` = `е`, symbols and emoji
/// dropped (Unicode categories So, Sk, Cf and the variation selectors U+FE00–U+FE0F), a
/// leading ordinal (`1.`, `1)`, `01 `) removed, `-` and `_` as spaces, `*`, `:` and
/// surrounding punctuation stripped, whitespace (U+00A0 too) collapsed.
pub fn normalise(s: &str) -> String {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    use unicode_normalization::UnicodeNormalization;
    let kept: String = s
        .nfc()
        .filter(|c| {
            !matches!(
                get_general_category(*c),
                G::OtherSymbol | G::ModifierSymbol | G::Format
            ) && !('\u{fe00}'..='\u{fe0f}').contains(c)
        })
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ё' => 'е',
            '-' | '_' | '*' | ':' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    let trimmed = kept.trim_matches(|c: char| !c.is_alphanumeric());
    let trimmed = strip_ordinal(trimmed);
    let trimmed = trimmed.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name without a leading ordinal: `1. Problem`, `2) Channels`, `01 Costs`.
fn strip_ordinal(s: &str) -> &str {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return s;
    }
    let rest = &s[digits..];
    let after = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    if after.starts_with(' ') { after } else { s }
}
