//! A laid-out page as SVG, painted from the same display list as the PDF.
//!
//! Text stays text: one `<text>` per line, a `<tspan>` per run of one face, so it can be
//! selected, searched and edited in a browser, Inkscape or a slide program. The fonts are
//! named, not embedded: Noto Sans (falling back to DejaVu Sans) keeps the file small
//! (a whole embedded face is 0.5–0.75 MB of base64 per page) and the text editable with
//! the fonts people have. So that a substituted font can never push text out of its note,
//! every run carries its measured width (`textLength`): the viewer fits the run to it.
//! For the exact look, there is the PNG, drawn with the shipped fonts.

use std::fmt::Write as _;

use super::pdf::{DASH, Face, Item, PageLayout, display_list, radius};

/// The font families of a face, best first.
fn family(face: Face) -> &'static str {
    match face {
        Face::Regular | Face::Bold => "'Noto Sans', 'DejaVu Sans', sans-serif",
        Face::Fallback => "'DejaVu Sans', 'Noto Sans', sans-serif",
    }
}

/// A number in points, short: at most two decimals, no trailing zeros.
fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// Text escaped for XML content and attribute values; characters XML 1.0 cannot hold
/// (controls other than tab and line breaks, U+FFFE, U+FFFF) are left out.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The page as an SVG document titled `title`, one unit a point.
pub(crate) fn to_svg(page: &PageLayout, title: &str) -> String {
    let (w, h) = (num(page.width), num(page.height));
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" \
         width=\"{w}pt\" height=\"{h}pt\" viewBox=\"0 0 {w} {h}\">\n\
         <title>{}</title>\n\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n",
        escape(title)
    );
    for item in display_list(page) {
        match item {
            Item::Shape(s) => shape(&mut out, s),
            Item::Gap(s) => shape(&mut out, &s),
            Item::Line { run, glyphs, rtl } => {
                let _ = write!(
                    out,
                    "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\" xml:space=\"preserve\"",
                    num(run.x),
                    num(run.baseline),
                    num(run.size),
                    hex(run.rgb)
                );
                if rtl {
                    // The runs are already in the order they stand on the page.
                    out.push_str(" direction=\"ltr\" unicode-bidi=\"bidi-override\"");
                }
                out.push('>');
                for g in glyphs {
                    let _ = write!(
                        out,
                        "<tspan x=\"{}\" font-family=\"{}\"{} textLength=\"{}\" \
                         lengthAdjust=\"spacingAndGlyphs\">{}</tspan>",
                        num(g.x),
                        family(g.face),
                        if g.face == Face::Bold {
                            " font-weight=\"bold\""
                        } else {
                            ""
                        },
                        num(g.width),
                        escape(&g.text)
                    );
                }
                out.push_str("</text>\n");
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

fn shape(out: &mut String, s: &super::pdf::Shape) {
    if s.fill.is_none() && s.stroke.is_none() {
        return;
    }
    let r = s.rect;
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
        num(r.x),
        num(r.y),
        num(r.w.max(0.0)),
        num(r.h.max(0.0))
    );
    let radius = radius(s);
    if radius > 0.01 {
        let _ = write!(out, " rx=\"{}\"", num(radius));
    }
    match s.fill {
        Some(rgb) => {
            let _ = write!(out, " fill=\"{}\"", hex(rgb));
        }
        None => out.push_str(" fill=\"none\""),
    }
    if let Some(st) = s.stroke {
        let _ = write!(
            out,
            " stroke=\"{}\" stroke-width=\"{}\"",
            hex(st.rgb),
            num(st.width)
        );
        if st.dashed {
            let _ = write!(
                out,
                " stroke-dasharray=\"{} {}\"",
                num(DASH[0]),
                num(DASH[1])
            );
        }
    }
    out.push_str("/>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_escaped_and_what_xml_cannot_hold_is_left_out() {
        assert_eq!(
            escape("a<b> & \"c\" 'd'\u{1}\u{FFFF}е"),
            "a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;е"
        );
        assert_eq!(num(12.0), "12");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(0.333), "0.33");
        assert_eq!(num(-0.001), "0");
    }
}
