//! Wrapped lines of note texts, kept between frames so each text is wrapped once per change.

use std::collections::HashMap;
use std::rc::Rc;

use crate::geometry;

/// A note's text wrapped into lines, and the lines joined for drawing as one galley.
#[derive(Debug)]
pub struct Wrapped {
    /// The lines (see [`geometry::note_lines`]).
    pub lines: Vec<String>,
    /// The lines joined with line breaks.
    pub joined: String,
}

/// Wrapped lines of note texts, kept between frames so text is laid out once per change.
#[derive(Debug, Default)]
pub struct TextCache {
    wrapped: HashMap<String, Rc<Wrapped>>,
}

impl TextCache {
    /// The wrapped lines of a text (see [`geometry::note_lines`]).
    pub fn wrapped(&mut self, text: &str) -> Rc<Wrapped> {
        if let Some(w) = self.wrapped.get(text) {
            return w.clone();
        }
        if self.wrapped.len() > 20_000 {
            self.wrapped.clear();
        }
        let lines = geometry::note_lines(text);
        let joined = lines.join("\n");
        let w = Rc::new(Wrapped { lines, joined });
        self.wrapped.insert(text.to_owned(), w.clone());
        w
    }

    /// Height of a note with this text, in canvas units.
    pub fn height(&mut self, text: &str) -> f32 {
        geometry::note_height_for_lines(self.wrapped(text).lines.len())
    }
}
