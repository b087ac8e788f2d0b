//! Text measurement for the pages, with the same font files and the same wrapping as the
//! canvas on screen (`geometry::wrap`).

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_bidi::{BidiInfo, Level};

use crate::geometry::{self, Coverage, FontMetrics};

fn face(bold: bool) -> &'static FontMetrics {
    if bold {
        geometry::bold()
    } else {
        geometry::regular()
    }
}

/// Width of one line of text at `size` points.
pub(crate) fn width(text: &str, bold: bool, size: f32) -> f32 {
    face(bold).width(text, size)
}

/// Wraps text into lines no wider than `max_width`; words are never split except a word
/// longer than a whole line.
pub(crate) fn wrap(text: &str, bold: bool, size: f32, max_width: f32) -> Vec<String> {
    geometry::wrap(face(bold), text, size, max_width)
}

/// Ascender and descender (both positive) as fractions of the font size.
fn ratios(bold: bool) -> (f32, f32) {
    static REGULAR: OnceLock<(f32, f32)> = OnceLock::new();
    static BOLD: OnceLock<(f32, f32)> = OnceLock::new();
    let (cell, data) = if bold {
        (&BOLD, geometry::FONT_BOLD)
    } else {
        (&REGULAR, geometry::FONT_REGULAR)
    };
    *cell.get_or_init(|| {
        // Noto Sans: 1069 and 293 per 1000 units; used only if the face cannot be read.
        ttf_parser::Face::parse(data, 0).map_or((1.069, 0.293), |f| {
            let em = f32::from(f.units_per_em());
            (f32::from(f.ascender()) / em, -f32::from(f.descender()) / em)
        })
    })
}

/// Ascender and descender (both positive) at `size` points.
pub(crate) fn extents(bold: bool, size: f32) -> (f32, f32) {
    let (a, d) = ratios(bold);
    (a * size, d * size)
}

/// The largest size not above `size` (and not below `min`) at which `text` fits on one
/// line of `max_width`; `min` when even that is too wide.
pub(crate) fn fit_size(text: &str, bold: bool, size: f32, min: f32, max_width: f32) -> f32 {
    let w = width(text, bold, size);
    if w <= max_width || w <= 0.0 {
        return size;
    }
    (size * max_width / w).max(min)
}

/// A piece of one line of text drawn with one face, or one character no shipped face has.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    /// Which face draws it ([`Coverage::Missing`]: a box stands for the character).
    pub coverage: Coverage,
    /// Its characters (invisible ones left out).
    pub text: String,
    /// Left edge, in points from the start of the line.
    pub x: f32,
    /// Advance width, in points.
    pub width: f32,
}

/// The line in the order its characters stand on the page, left to right: runs of
/// right-to-left script (Hebrew, Arabic) reversed by the Unicode bidirectional
/// algorithm, in a left-to-right line.
pub(crate) fn visual(text: &str) -> Cow<'_, str> {
    let info = BidiInfo::new(text, Some(Level::ltr()));
    if !info.has_rtl() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for p in &info.paragraphs {
        out.push_str(&info.reorder_line(p, p.range.clone()));
    }
    Cow::Owned(out)
}

/// Splits a line into pieces by the face that draws each character, in the order they
/// stand on the page ([`visual`]), at the positions the line's measuring gives them
/// ([`width`] of the line is the end of the last piece). Each character no face has is a
/// piece of its own.
pub(crate) fn pieces(text: &str, bold: bool, size: f32) -> Vec<Piece> {
    let face = face(bold);
    let mut out: Vec<Piece> = Vec::new();
    let mut x = 0.0;
    for c in visual(text).chars() {
        let coverage = face.coverage(c);
        let w = face.advance(c, size);
        match (coverage, out.last_mut()) {
            (Coverage::Ignored, _) => {}
            (Coverage::Main | Coverage::Fallback, Some(last)) if last.coverage == coverage => {
                last.text.push(c);
                last.width += w;
            }
            _ => out.push(Piece {
                coverage,
                text: c.to_string(),
                x,
                width: w,
            }),
        }
        x += w;
    }
    out
}

/// Whether some character of the line needs the fallback face.
pub(crate) fn needs_fallback(text: &str, bold: bool) -> bool {
    let face = face(bold);
    text.chars().any(|c| face.coverage(c) == Coverage::Fallback)
}

/// The characters of the text no shipped face has.
pub(crate) fn missing(text: &str, bold: bool) -> impl Iterator<Item = char> + '_ {
    let face = face(bold);
    text.chars()
        .filter(move |c| face.coverage(*c) == Coverage::Missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_follow_the_faces_and_end_where_the_line_ends() {
        let line = "Цена ★ → שלום 🚀中\u{FE0F}!";
        let pieces = pieces(line, false, 10.0);
        let kinds: Vec<(Coverage, &str)> = pieces
            .iter()
            .map(|p| (p.coverage, p.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (Coverage::Main, "Цена "),
                (Coverage::Fallback, "★"),
                (Coverage::Main, " "),
                (Coverage::Fallback, "→"),
                (Coverage::Main, " "),
                (Coverage::Fallback, "םולש"),
                (Coverage::Main, " "),
                (Coverage::Missing, "🚀"),
                (Coverage::Missing, "中"),
                (Coverage::Main, "!"),
            ]
        );
        for pair in pieces.windows(2) {
            assert!((pair[0].x + pair[0].width - pair[1].x).abs() < 1e-3);
        }
        let last = pieces.last().map_or(0.0, |p| p.x + p.width);
        assert!((last - width(line, false, 10.0)).abs() < 1e-3);
        assert_eq!(missing(line, false).collect::<String>(), "🚀中");
        assert!(needs_fallback(line, true));
        // Right-to-left words read right to left, in a line that reads left to right.
        assert_eq!(visual("да שלום עולם нет"), "да םלוע םולש нет");
        assert_eq!(visual("abc"), Cow::Borrowed("abc"));
        assert!(!needs_fallback("Обычный текст ₽", false));
    }
}
