//! Glyph advances from the shipped TTFs.
//!
//! A face may have a fallback face for the characters it lacks (Noto Sans falls back to
//! DejaVu Sans: arrows, stars, Hebrew, Arabic, box drawing...). Such characters are
//! measured with the fallback's advances, so the PDF, which draws them with the fallback,
//! and the line breaks agree. A character neither face has is measured as the main
//! face's missing-glyph box, which is what the PDF draws in its place.

use std::sync::OnceLock;

/// Which face draws a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// The face itself.
    Main,
    /// Its fallback face.
    Fallback,
    /// Nothing: a control character or an invisible format character (joiners,
    /// variation selectors) with no width.
    Ignored,
    /// No shipped face has it: drawn as a box of the missing-glyph width.
    Missing,
}

/// Horizontal metrics of one font face, enough to measure and wrap text.
pub struct FontMetrics {
    units_per_em: f32,
    /// Advances of the code points below `TABLE_END`, in ems, fallback included.
    table: Vec<f32>,
    face: ttf_parser::Face<'static>,
    fallback: Option<&'static FontMetrics>,
}

/// Code points whose advances are precomputed (Latin, Cyrillic and their punctuation).
const TABLE_END: u32 = 0x0530;

/// Whether a character is never drawn and takes no room: C0 and C1 controls (a line
/// break never reaches a line), and invisible format characters that only join or
/// select glyphs.
fn ignored(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{E0100}'..='\u{E01EF}')
}

impl FontMetrics {
    /// Reads the metrics of a TrueType font. `None` when the data is not a font.
    pub fn parse(data: &'static [u8]) -> Option<Self> {
        Self::with_fallback(data, None)
    }

    /// Reads the metrics of a TrueType font whose missing characters `fallback` draws.
    /// `None` when the data is not a font.
    pub fn with_fallback(
        data: &'static [u8],
        fallback: Option<&'static FontMetrics>,
    ) -> Option<Self> {
        let face = ttf_parser::Face::parse(data, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let mut metrics = Self {
            units_per_em,
            table: Vec::new(),
            face,
            fallback,
        };
        metrics.table = (0..TABLE_END)
            .map(|cp| char::from_u32(cp).map_or(0.0, |c| metrics.lookup(c)))
            .collect();
        Some(metrics)
    }

    /// Advance in ems of a glyph of this face.
    fn own_advance(&self, glyph: ttf_parser::GlyphId) -> f32 {
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0)) / self.units_per_em
    }

    fn lookup(&self, c: char) -> f32 {
        match self.coverage(c) {
            Coverage::Main => self.own_advance(self.face.glyph_index(c).unwrap_or_default()),
            Coverage::Fallback => self.fallback.map_or(0.0, |f| f.lookup(c)),
            Coverage::Ignored => 0.0,
            Coverage::Missing => self.own_advance(ttf_parser::GlyphId(0)),
        }
    }

    /// Whether the font itself has a glyph for the character.
    pub fn has_glyph(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    /// Which face draws the character.
    pub fn coverage(&self, c: char) -> Coverage {
        if ignored(c) {
            Coverage::Ignored
        } else if self.has_glyph(c) {
            Coverage::Main
        } else if self.fallback.is_some_and(|f| f.has_glyph(c)) {
            Coverage::Fallback
        } else {
            Coverage::Missing
        }
    }

    /// Advance of one character at the given font size: the fallback's for a character
    /// the face lacks, the missing-glyph box's for one no face has.
    pub fn advance(&self, c: char, size: f32) -> f32 {
        let ems = self
            .table
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| self.lookup(c));
        ems * size
    }

    /// Width of a run of text on one line at the given font size.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c, size)).sum()
    }
}

/// The fallback face for what Noto Sans lacks: DejaVu Sans.
pub fn fallback() -> &'static FontMetrics {
    static FONT: OnceLock<FontMetrics> = OnceLock::new();
    FONT.get_or_init(|| {
        FontMetrics::parse(super::FONT_FALLBACK).expect("the shipped DejaVu Sans parses")
    })
}

/// The shipped regular face, falling back to [`fallback`].
pub fn regular() -> &'static FontMetrics {
    static FONT: OnceLock<FontMetrics> = OnceLock::new();
    FONT.get_or_init(|| {
        FontMetrics::with_fallback(super::FONT_REGULAR, Some(fallback()))
            .expect("the shipped Noto Sans Regular parses")
    })
}

/// The shipped bold face, falling back to [`fallback`] (DejaVu Sans regular: the bold
/// face is not shipped, it would double the fallback's size for a few titles).
pub fn bold() -> &'static FontMetrics {
    static FONT: OnceLock<FontMetrics> = OnceLock::new();
    FONT.get_or_init(|| {
        FontMetrics::with_fallback(super::FONT_BOLD, Some(fallback()))
            .expect("the shipped Noto Sans Bold parses")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_covers_cyrillic_and_the_rouble_sign() {
        for c in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя₽«»—№".chars()
        {
            assert!(regular().has_glyph(c), "{c}");
            assert!(bold().has_glyph(c), "{c}");
        }
    }

    #[test]
    fn what_noto_sans_lacks_is_measured_with_the_fallback() {
        for c in "★→←⇒✓☐שלוםمرحبا∑─│┌".chars() {
            assert!(!regular().has_glyph(c), "Noto Sans has {c} now");
            assert_eq!(regular().coverage(c), Coverage::Fallback, "{c}");
            assert_eq!(bold().coverage(c), Coverage::Fallback, "{c}");
            let own = fallback().advance(c, 11.0);
            assert!(own > 0.0, "{c}");
            assert!((regular().advance(c, 11.0) - own).abs() < 1e-4, "{c}");
        }
        // Noto Sans keeps what it has, at its own advances.
        assert_eq!(regular().coverage('Ж'), Coverage::Main);
        assert!((regular().advance('W', 11.0) - fallback().advance('W', 11.0)).abs() > 0.1);
    }

    #[test]
    fn what_no_face_has_is_a_missing_box_and_invisible_characters_take_no_room() {
        for c in "🚀🎉中あ한".chars() {
            assert_eq!(regular().coverage(c), Coverage::Missing, "{c}");
            assert!(regular().advance(c, 11.0) > 2.0, "{c}");
        }
        for c in "\u{200D}\u{FE0F}\u{7}\u{200B}".chars() {
            assert_eq!(regular().coverage(c), Coverage::Ignored, "{c:?}");
            assert!(regular().advance(c, 11.0).abs() < f32::EPSILON, "{c:?}");
        }
    }
}
