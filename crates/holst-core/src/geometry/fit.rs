//! Fitting a block's notes to the room it has: the one function that decides how large
//! the notes of a block are set and where they go, given the block's area and the notes'
//! texts.
//!
//! It works in both directions. On paper it grows the notes up to a comfortable size
//! (the shipped cases print far larger than a scaled copy of the screen would); on
//! screen it can shrink an overfull block's notes down to a floor and then say how many
//! notes still do not fit (for an appendix, or a "+N hidden" count).
//!
//! Notes keep the proportions of the canvas's note ([`NoteStyle`]): padding, gaps and
//! line height grow with the text. They are set in columns of equal width, filled top to
//! bottom in the order given, and balanced so the columns end at about the same height.

use super::{NOTE_FONT, NOTE_GAP, NOTE_LINE_H, NOTE_MIN_H, NOTE_PAD, regular, wrap};
use crate::model::Rect;

/// Shortest line of a note, in ems of its text: narrower columns are not used.
const MIN_LINE_EMS: f32 = 8.0;
/// Longest line of a note, in ems: wider columns are split in more columns.
const MAX_LINE_EMS: f32 = 20.0;
/// Most columns of notes tried in one block.
const MAX_COLUMNS: usize = 8;
/// Steps of the search for the largest size (each halves the interval).
const SEARCH_STEPS: usize = 14;

/// The sizes of a note whose text is set at `size`, in the unit of `size`: the canvas's
/// note (text [`NOTE_FONT`]) scaled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NoteStyle {
    /// Font size of the text.
    pub size: f32,
    /// Distance between baselines.
    pub line_h: f32,
    /// Inner padding.
    pub pad: f32,
    /// Space between two notes.
    pub gap: f32,
    /// Smallest height of a note.
    pub min_h: f32,
}

impl NoteStyle {
    /// The note's sizes for text of `size`.
    pub fn at(size: f32) -> Self {
        let k = size / NOTE_FONT;
        Self {
            size,
            line_h: NOTE_LINE_H * k,
            pad: NOTE_PAD * k,
            gap: NOTE_GAP * k,
            min_h: NOTE_MIN_H * k,
        }
    }

    /// Height of a note of this many lines.
    pub fn height(&self, lines: usize) -> f32 {
        (2.0 * self.pad + lines.max(1) as f32 * self.line_h).max(self.min_h)
    }
}

/// What [`fit_block`] may do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitRange {
    /// Smallest text size: below it notes do not fit and are left over.
    pub min: f32,
    /// Largest text size, however much room there is.
    pub max: f32,
    /// Height kept free at the bottom of the area when not every note fits (for a line
    /// saying where the rest is).
    pub reserve: f32,
    /// Tallest note: a longer text is cut at the last whole line above it, with an
    /// ellipsis (`f32::INFINITY`: notes as tall as their text).
    pub max_h: f32,
}

/// One note as fitted.
#[derive(Debug, Clone, PartialEq)]
pub struct FittedNote {
    /// Where it goes, in the unit of the area.
    pub rect: Rect,
    /// Its text wrapped to the note's inner width at the fitted size (cut to the
    /// range's `max_h`, the last line ending with an ellipsis, when `cut`).
    pub lines: Vec<String>,
    /// Whether the text was cut to the note's largest height.
    pub cut: bool,
}

/// How a block's notes fit its area.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockFit {
    /// The notes' sizes (text, padding, gaps), the same for every note of the block.
    pub style: NoteStyle,
    /// Number of columns.
    pub columns: usize,
    /// The notes that fit, the first ones of those given, in that order.
    pub notes: Vec<FittedNote>,
    /// How many of the notes given do not fit even at the smallest size (the last ones).
    pub left_over: usize,
}

/// One way of setting the notes: `columns` columns of text of `size`, no note taller
/// than `max_h`.
#[derive(Debug, Clone, Copy)]
struct Trial {
    columns: usize,
    size: f32,
    max_h: f32,
}

impl Trial {
    fn style(self) -> NoteStyle {
        NoteStyle::at(self.size)
    }

    fn col_w(self, area: &Rect) -> f32 {
        let gap = self.style().gap;
        (area.w - (self.columns - 1) as f32 * gap) / self.columns as f32
    }

    fn inner_w(self, area: &Rect) -> f32 {
        self.col_w(area) - 2.0 * self.style().pad
    }

    /// Each note's lines at this trial, and whether they were cut.
    fn lines(self, area: &Rect, texts: &[&str]) -> Vec<(Vec<String>, bool)> {
        let w = self.inner_w(area);
        let style = self.style();
        let most = most_lines(&style, self.max_h);
        texts
            .iter()
            .map(|t| cut_lines(wrap(regular(), t, self.size, w), most, self.size, w))
            .collect()
    }
}

/// How many lines a note of `style` no taller than `max_h` holds (at least one).
pub(crate) fn most_lines(style: &NoteStyle, max_h: f32) -> usize {
    if max_h.is_finite() {
        (((max_h - 2.0 * style.pad) / style.line_h).floor().max(1.0)) as usize
    } else {
        usize::MAX
    }
}

/// The first `most` of `lines`, the last one shortened to end with an ellipsis within
/// `width` at `size` when lines were dropped; and whether any were.
pub(crate) fn cut_lines(
    mut lines: Vec<String>,
    most: usize,
    size: f32,
    width: f32,
) -> (Vec<String>, bool) {
    if lines.len() <= most {
        return (lines, false);
    }
    lines.truncate(most);
    if let Some(last) = lines.last_mut() {
        let mut kept = last.trim_end().to_owned();
        while !kept.is_empty() && regular().width(&format!("{kept}…"), size) > width {
            kept.pop();
            kept.truncate(kept.trim_end().len());
        }
        *last = format!("{kept}…");
    }
    (lines, true)
}

/// Fills columns top to bottom no taller than `limit`: the column of each note, or
/// `None` for the notes from the first that does not fit in `columns` columns.
fn fill(heights: &[f32], gap: f32, limit: f32, columns: usize) -> Vec<Option<usize>> {
    let mut out = Vec::with_capacity(heights.len());
    let (mut col, mut y) = (0, 0.0);
    for &h in heights {
        if y > 0.0 && y + h > limit {
            col += 1;
            y = 0.0;
        }
        if col >= columns || h > limit {
            break;
        }
        out.push(Some(col));
        y += h + gap;
    }
    out.resize(heights.len(), None);
    out
}

fn heights(style: NoteStyle, lines: &[(Vec<String>, bool)]) -> Vec<f32> {
    lines.iter().map(|(l, _)| style.height(l.len())).collect()
}

/// Whether every note fits at this trial.
fn fits(trial: Trial, area: &Rect, texts: &[&str]) -> bool {
    let style = trial.style();
    let h = heights(style, &trial.lines(area, texts));
    fill(&h, style.gap, area.h, trial.columns)
        .iter()
        .all(Option::is_some)
}

/// The largest size in `[lo, hi]` at which every note fits in `columns` columns, if any.
fn largest(
    columns: usize,
    (lo, hi): (f32, f32),
    max_h: f32,
    area: &Rect,
    texts: &[&str],
) -> Option<f32> {
    let ok = |size| {
        fits(
            Trial {
                columns,
                size,
                max_h,
            },
            area,
            texts,
        )
    };
    if !ok(lo) {
        return None;
    }
    if ok(hi) {
        return Some(hi);
    }
    let (mut good, mut bad) = (lo, hi);
    for _ in 0..SEARCH_STEPS {
        let mid = f32::midpoint(good, bad);
        if ok(mid) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    Some(good)
}

/// The sizes at which `columns` columns give comfortable lines in `area`, within `range`.
fn comfortable_sizes(columns: usize, area: &Rect, range: FitRange) -> Option<(f32, f32)> {
    // The line length in ems falls as the size grows: find where it crosses the bounds.
    let ems = |size: f32| {
        Trial {
            columns,
            size,
            max_h: range.max_h,
        }
        .inner_w(area)
            / size
    };
    let mut lo = range.min;
    let mut hi = range.max;
    if ems(lo) < MIN_LINE_EMS || ems(hi) > MAX_LINE_EMS {
        return None;
    }
    if ems(hi) < MIN_LINE_EMS {
        let (mut good, mut bad) = (lo, hi);
        for _ in 0..SEARCH_STEPS {
            let mid = f32::midpoint(good, bad);
            if ems(mid) >= MIN_LINE_EMS {
                good = mid;
            } else {
                bad = mid;
            }
        }
        hi = good;
    }
    if ems(lo) > MAX_LINE_EMS {
        let (mut bad, mut good) = (lo, hi);
        for _ in 0..SEARCH_STEPS {
            let mid = f32::midpoint(good, bad);
            if ems(mid) <= MAX_LINE_EMS {
                good = mid;
            } else {
                bad = mid;
            }
        }
        lo = good;
    }
    Some((lo, hi))
}

/// Sets the notes of one block in `area`: the largest text size in `range` at which all
/// of them fit, in the number of columns that allows the largest size with lines of a
/// comfortable length, the columns balanced. When they do not all fit even at
/// `range.min`, as many as fit at that size (in order) above `range.reserve`, and the
/// count of the rest.
///
/// Works in any unit (canvas units on screen, points on paper), the same for `area` and
/// `range`. An empty list of texts gives no notes at `range.max`.
pub fn fit_block(area: Rect, texts: &[&str], range: FitRange) -> BlockFit {
    let range = FitRange {
        min: range.min.max(0.01),
        max: range.max.max(range.min.max(0.01)),
        ..range
    };
    let max_h = range.max_h;
    if texts.len() > capacity(&area, range) {
        // More notes than could fit even one line each: no size search, and only the
        // notes that might fit are wrapped.
        return overflow(&area, texts, range);
    }
    let most = MAX_COLUMNS.min(texts.len().max(1));
    let mut best: Option<Trial> = None;
    for columns in 1..=most {
        if let Some(sizes) = comfortable_sizes(columns, &area, range)
            && let Some(size) = largest(columns, sizes, max_h, &area, texts)
        {
            best = Some(better(
                best,
                Trial {
                    columns,
                    size,
                    max_h,
                },
            ));
        }
    }
    if best.is_none() {
        // No comfortable line length fits: any number of columns will do.
        for columns in 1..=most {
            let smallest = Trial {
                columns,
                size: range.min,
                max_h,
            };
            if smallest.inner_w(&area) <= 0.0 {
                break;
            }
            if let Some(size) = largest(columns, (range.min, range.max), max_h, &area, texts) {
                best = Some(better(
                    best,
                    Trial {
                        columns,
                        size,
                        max_h,
                    },
                ));
            }
        }
    }
    match best {
        Some(trial) => place(trial, &area, texts, area.h),
        None => overflow(&area, texts, range),
    }
}

/// The most notes `area` could hold at the smallest size: every note one line high, in
/// as many columns as allowed.
fn capacity(area: &Rect, range: FitRange) -> usize {
    let style = NoteStyle::at(range.min);
    let per_column = ((area.h + style.gap) / (style.height(1) + style.gap)).floor();
    (per_column.max(0.0) as usize).saturating_mul(MAX_COLUMNS)
}

/// The trial with the larger text; on a tie, the one found first (fewer columns).
fn better(best: Option<Trial>, trial: Trial) -> Trial {
    match best {
        Some(b) if trial.size <= b.size * 1.0001 => b,
        _ => trial,
    }
}

/// The notes at the smallest size, as many as fit above the reserve, in the number of
/// columns that holds the most.
fn overflow(area: &Rect, texts: &[&str], range: FitRange) -> BlockFit {
    let limit = (area.h - range.reserve).max(0.0);
    let candidates = &texts[..texts.len().min(capacity(area, range))];
    let mut best = (0, 1);
    for columns in 1..=MAX_COLUMNS.min(candidates.len().max(1)) {
        let trial = Trial {
            columns,
            size: range.min,
            max_h: range.max_h,
        };
        if columns > 1 && trial.inner_w(area) < MIN_LINE_EMS * range.min {
            break;
        }
        let style = trial.style();
        let h = heights(style, &trial.lines(area, candidates));
        let shown = fill(&h, style.gap, limit, columns)
            .iter()
            .take_while(|c| c.is_some())
            .count();
        if shown > best.0 {
            best = (shown, columns);
        }
    }
    let trial = Trial {
        columns: best.1,
        size: range.min,
        max_h: range.max_h,
    };
    let mut fit = place(trial, area, &texts[..best.0], limit);
    fit.left_over = texts.len() - best.0;
    fit
}

/// Places the notes at `trial`, in columns balanced to end at about the same height, no
/// lower than `limit` below the top of the area.
fn place(trial: Trial, area: &Rect, texts: &[&str], limit: f32) -> BlockFit {
    let style = trial.style();
    let lines = trial.lines(area, texts);
    let h = heights(style, &lines);
    let all = |limit: f32| {
        fill(&h, style.gap, limit, trial.columns)
            .iter()
            .all(Option::is_some)
    };
    // The lowest column height that still holds every note.
    let tallest = h.iter().copied().fold(0.0, f32::max);
    let (mut bad, mut good) = (tallest * 0.999, limit);
    if all(tallest) {
        good = tallest;
    } else {
        for _ in 0..SEARCH_STEPS {
            let mid = f32::midpoint(good, bad);
            if all(mid) {
                good = mid;
            } else {
                bad = mid;
            }
        }
    }
    let cols = fill(&h, style.gap, good, trial.columns);
    let col_w = trial.col_w(area);
    let mut y = vec![area.y; trial.columns];
    let notes = lines
        .into_iter()
        .zip(&h)
        .zip(&cols)
        .map(|(((lines, cut), &height), col)| {
            let c = col.unwrap_or(0);
            let rect = Rect::new(area.x + c as f32 * (col_w + style.gap), y[c], col_w, height);
            y[c] += height + style.gap;
            FittedNote { rect, lines, cut }
        })
        .collect();
    BlockFit {
        style,
        columns: trial.columns,
        notes,
        left_over: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAPER: FitRange = FitRange {
        min: 6.0,
        max: 14.0,
        reserve: 10.0,
        max_h: f32::INFINITY,
    };

    fn assert_inside_and_apart(area: &Rect, fit: &BlockFit) {
        for (i, a) in fit.notes.iter().enumerate() {
            assert!(
                area.contains_rect(&a.rect, 0.01),
                "{:?} outside {area:?}",
                a.rect
            );
            for b in &fit.notes[i + 1..] {
                assert!(
                    !a.rect.shrink(0.01).overlaps(&b.rect),
                    "{:?} {:?}",
                    a.rect,
                    b.rect
                );
            }
            let inner = a.rect.w - 2.0 * fit.style.pad;
            for l in &a.lines {
                assert!(regular().width(l, fit.style.size) <= inner + 1e-3, "{l}");
            }
            assert!(a.rect.h >= fit.style.height(a.lines.len()) - 1e-3);
        }
    }

    #[test]
    fn a_roomy_block_grows_its_notes_to_the_largest_size() {
        let area = Rect::new(10.0, 20.0, 200.0, 400.0);
        let fit = fit_block(area, &["Сайт", "Выставки и ярмарки"], PAPER);
        assert!((fit.style.size - 14.0).abs() < 1e-3, "{}", fit.style.size);
        assert_eq!(fit.notes.len(), 2);
        assert_eq!(fit.left_over, 0);
        assert_inside_and_apart(&area, &fit);
    }

    #[test]
    fn a_fuller_block_gets_smaller_text_and_the_fullest_sets_it_just_so() {
        let area = Rect::new(0.0, 0.0, 200.0, 300.0);
        let few: Vec<String> = (0..3)
            .map(|i| format!("заметка {i} о канале продаж"))
            .collect();
        let many: Vec<String> = (0..14)
            .map(|i| format!("заметка {i} о канале продаж и о партнёрах"))
            .collect();
        let few: Vec<&str> = few.iter().map(String::as_str).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let a = fit_block(area, &few, PAPER);
        let b = fit_block(area, &many, PAPER);
        assert!(b.style.size < a.style.size);
        assert!(b.style.size > PAPER.min && b.left_over == 0);
        assert_inside_and_apart(&area, &b);
        // A little larger no longer fits: the size is the largest that does.
        let bigger = Trial {
            columns: b.columns,
            size: b.style.size * 1.02,
            max_h: f32::INFINITY,
        };
        assert!(!fits(bigger, &area, &many));
    }

    #[test]
    fn a_wide_block_uses_columns_and_keeps_lines_comfortable() {
        let area = Rect::new(0.0, 0.0, 600.0, 150.0);
        let texts = [
            "Аренда помещения",
            "Зарплата мастеров",
            "Материалы",
            "Реклама",
        ];
        let fit = fit_block(area, &texts, PAPER);
        assert!(fit.columns >= 2, "{fit:?}");
        let ems = (fit.notes[0].rect.w - 2.0 * fit.style.pad) / fit.style.size;
        assert!((MIN_LINE_EMS..=MAX_LINE_EMS + 0.01).contains(&ems), "{ems}");
        assert_inside_and_apart(&area, &fit);
        // Columns are filled in order, top to bottom.
        let first = fit.notes[0].rect;
        assert!(fit.notes[1].rect.y > first.y || fit.notes[1].rect.x > first.x);
    }

    #[test]
    fn an_overfull_block_shrinks_to_the_floor_and_counts_what_is_left_over() {
        // Screen units: text of 11 shrinks down to 8 before notes are left over.
        let screen = FitRange {
            min: 8.0,
            max: NOTE_FONT,
            reserve: 20.0,
            max_h: f32::INFINITY,
        };
        let area = Rect::new(0.0, 0.0, 250.0, 300.0);
        let texts: Vec<String> = (0..60)
            .map(|i| format!("длинная заметка номер {i}"))
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let fit = fit_block(area, &texts, screen);
        assert!((fit.style.size - 8.0).abs() < 1e-3);
        assert!(fit.left_over > 0 && !fit.notes.is_empty());
        assert_eq!(fit.notes.len() + fit.left_over, 60);
        for n in &fit.notes {
            assert!(n.rect.bottom() <= area.bottom() - screen.reserve + 1e-3);
        }
        assert_inside_and_apart(&area, &fit);
        // Fewer notes fit without shrinking: the same function shrinks on screen.
        // Some count of notes between "all at full size" and "some left over" is shrunk.
        let shrunk = (1..60).find(|&k| {
            let fit = fit_block(area, &texts[..k], screen);
            fit.style.size < NOTE_FONT - 0.1 && fit.style.size > 8.0 + 0.1 && fit.left_over == 0
        });
        assert!(shrunk.is_some());
        assert!((fit_block(area, &texts[..1], screen).style.size - NOTE_FONT).abs() < 1e-3);
    }

    #[test]
    fn no_notes_and_no_room_are_no_trouble() {
        let fit = fit_block(Rect::new(0.0, 0.0, 100.0, 100.0), &[], PAPER);
        assert!(fit.notes.is_empty() && fit.left_over == 0);
        let fit = fit_block(Rect::new(0.0, 0.0, 0.0, 0.0), &["текст"], PAPER);
        assert_eq!(fit.notes.len() + fit.left_over, 1);
    }
}
