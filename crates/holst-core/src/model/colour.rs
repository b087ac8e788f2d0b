//! The eight sticky-note colours of canvas.md, the same on screen and on paper.

use serde::{Deserialize, Serialize};

use super::Lang;

/// A sticky-note colour. Yellow is the default.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Colour {
    /// #FFF59D
    #[default]
    Yellow,
    /// #FFCC80
    Orange,
    /// #F8BBD0
    Pink,
    /// #C5E1A5
    Green,
    /// #B3E5FC
    Blue,
    /// #D1C4E9
    Purple,
    /// #E0E0E0
    Grey,
    /// #FFFFFF
    White,
}

impl Colour {
    /// All colours in palette order.
    pub const ALL: [Colour; 8] = [
        Colour::Yellow,
        Colour::Orange,
        Colour::Pink,
        Colour::Green,
        Colour::Blue,
        Colour::Purple,
        Colour::Grey,
        Colour::White,
    ];

    /// The name used in files (`yellow`, `orange`, …).
    pub fn name(self) -> &'static str {
        match self {
            Colour::Yellow => "yellow",
            Colour::Orange => "orange",
            Colour::Pink => "pink",
            Colour::Green => "green",
            Colour::Blue => "blue",
            Colour::Purple => "purple",
            Colour::Grey => "grey",
            Colour::White => "white",
        }
    }

    /// The name shown to people in the given language.
    pub fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.name(),
            Lang::Ru => match self {
                Colour::Yellow => "жёлтый",
                Colour::Orange => "оранжевый",
                Colour::Pink => "розовый",
                Colour::Green => "зелёный",
                Colour::Blue => "голубой",
                Colour::Purple => "сиреневый",
                Colour::Grey => "серый",
                Colour::White => "белый",
            },
        }
    }

    /// Parses a file name of a colour (English or Russian, any case; `gray` too).
    pub fn parse(s: &str) -> Option<Colour> {
        let s = s.trim().to_lowercase().replace('ё', "е");
        if s == "gray" {
            return Some(Colour::Grey);
        }
        Colour::ALL
            .into_iter()
            .find(|c| c.name() == s || c.label(Lang::Ru).replace('ё', "е") == s)
    }

    /// sRGB components of the fill.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            Colour::Yellow => [0xFF, 0xF5, 0x9D],
            Colour::Orange => [0xFF, 0xCC, 0x80],
            Colour::Pink => [0xF8, 0xBB, 0xD0],
            Colour::Green => [0xC5, 0xE1, 0xA5],
            Colour::Blue => [0xB3, 0xE5, 0xFC],
            Colour::Purple => [0xD1, 0xC4, 0xE9],
            Colour::Grey => [0xE0, 0xE0, 0xE0],
            Colour::White => [0xFF, 0xFF, 0xFF],
        }
    }
}

/// Text colour on every note: near-black #212121.
pub const NOTE_TEXT_RGB: [u8; 3] = [0x21, 0x21, 0x21];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back_in_both_languages() {
        for c in Colour::ALL {
            assert_eq!(Colour::parse(c.name()), Some(c));
            assert_eq!(Colour::parse(&c.label(Lang::Ru).to_uppercase()), Some(c));
        }
        assert_eq!(Colour::parse("gray"), Some(Colour::Grey));
        assert_eq!(Colour::parse("желтый"), Some(Colour::Yellow));
        assert_eq!(Colour::parse("magenta"), None);
    }
}
