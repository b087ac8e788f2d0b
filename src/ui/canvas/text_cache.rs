//! Wrapped lines of note texts, kept between frames so each text is wrapped once per change.
//!
//! The cache grows with the model and is never cleared wholesale. At the start of a frame
//! ([`TextCache::begin_frame`]), when more than half of what it holds was not asked for in
//! the last frame (edited-away texts, notes of a closed document), it forgets just those.
//! So a model of any size is wrapped once, and typing in a note does not pile up every
//! intermediate text.

use std::rc::Rc;

use ahash::AHashMap;

use crate::geometry;

/// Below this many entries the cache never cleans up.
const MIN_LIMIT: usize = 1024;

/// A note's text wrapped into lines, and the lines joined for drawing as one galley.
#[derive(Debug)]
pub struct Wrapped {
    /// The lines (see [`geometry::note_lines`]).
    pub lines: Vec<String>,
    /// The lines joined with line breaks.
    pub joined: String,
}

#[derive(Debug)]
struct Entry {
    wrapped: Rc<Wrapped>,
    /// The frame it was last asked for in.
    used: u64,
}

/// Wrapped lines of note texts, kept between frames so text is laid out once per change.
#[derive(Debug, Default)]
pub struct TextCache {
    wrapped: AHashMap<String, Entry>,
    /// The current frame (see [`TextCache::begin_frame`]).
    frame: u64,
    /// Entries asked for in the current frame.
    used_now: usize,
}

impl TextCache {
    /// Starts frame number `frame` (egui's pass number: calling it again with the same
    /// number does nothing). Drops the texts not asked for in the last frame when they
    /// are more than half of the cache.
    pub fn begin_frame(&mut self, frame: u64) {
        if frame == self.frame {
            return;
        }
        let last = self.frame;
        let used_last = std::mem::take(&mut self.used_now);
        self.frame = frame;
        if self.wrapped.len() > (2 * used_last).max(MIN_LIMIT) {
            self.wrapped.retain(|_, e| e.used == last);
        }
    }

    /// The wrapped lines of a text (see [`geometry::note_lines`]).
    pub fn wrapped(&mut self, text: &str) -> Rc<Wrapped> {
        if let Some(e) = self.wrapped.get_mut(text) {
            if e.used != self.frame {
                e.used = self.frame;
                self.used_now += 1;
            }
            return e.wrapped.clone();
        }
        let lines = geometry::note_lines(text);
        let joined = lines.join("\n");
        let w = Rc::new(Wrapped { lines, joined });
        self.wrapped.insert(
            text.to_owned(),
            Entry {
                wrapped: w.clone(),
                used: self.frame,
            },
        );
        self.used_now += 1;
        w
    }

    /// Height of a note with this text, in canvas units.
    pub fn height(&mut self, text: &str) -> f32 {
        geometry::note_height_for_lines(self.wrapped(text).lines.len())
    }

    /// Number of texts held.
    pub fn len(&self) -> usize {
        self.wrapped.len()
    }

    /// Whether no text is held.
    pub fn is_empty(&self) -> bool {
        self.wrapped.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(i: usize) -> String {
        format!("заметка {i} о клиентах и каналах, достаточно длинная, чтобы переноситься")
    }

    #[test]
    fn returns_the_lines_of_the_text_asked_for() {
        let mut cache = TextCache::default();
        for i in 0..3 * MIN_LIMIT {
            if i % 100 == 0 {
                cache.begin_frame(i as u64 / 100 + 1);
            }
            let t = text(i % (MIN_LIMIT + 7));
            let w = cache.wrapped(&t);
            assert_eq!(w.lines, geometry::note_lines(&t), "{t}");
            assert_eq!(w.joined, w.lines.join("\n"));
        }
        // A changed text is wrapped anew, not served from the old one.
        let a = cache.wrapped("короткая");
        let b = cache.wrapped("короткая, но теперь с очень длинным продолжением текста заметки");
        assert_eq!(a.lines.len(), 1);
        assert!(b.lines.len() > 1);
    }

    #[test]
    fn a_model_larger_than_any_fixed_size_is_wrapped_once() {
        let mut cache = TextCache::default();
        let n = 30 * MIN_LIMIT;
        cache.begin_frame(1);
        let first: Vec<Rc<Wrapped>> = (0..n).map(|i| cache.wrapped(&text(i))).collect();
        // Every frame asks for every note again: all come from the cache.
        for frame in 2..5 {
            cache.begin_frame(frame);
            for (i, w) in first.iter().enumerate() {
                assert!(
                    Rc::ptr_eq(w, &cache.wrapped(&text(i))),
                    "note {i} re-wrapped"
                );
            }
        }
        assert_eq!(cache.len(), n);
    }

    #[test]
    fn texts_in_use_survive_and_edited_away_ones_go() {
        let mut cache = TextCache::default();
        cache.begin_frame(1);
        let kept: Vec<Rc<Wrapped>> = (0..100).map(|i| cache.wrapped(&text(i))).collect();
        // Typing in a note: a new text each frame, while the other notes are drawn.
        for k in 0..10 * MIN_LIMIT {
            cache.begin_frame(k as u64 + 2);
            cache.wrapped(&format!("набираемый текст {k}"));
            for (i, w) in kept.iter().enumerate() {
                assert!(Rc::ptr_eq(w, &cache.wrapped(&text(i))), "note {i} dropped");
            }
        }
        assert!(
            cache.len() <= MIN_LIMIT + 1,
            "old texts pile up: {}",
            cache.len()
        );
        // The same frame again (a second canvas in the same pass) changes nothing.
        let len = cache.len();
        cache.begin_frame(10 * MIN_LIMIT as u64 + 1);
        assert_eq!(cache.len(), len);
    }
}
