use super::*;
use crate::geometry::arrange_version;
use crate::model::{Colour, LayoutKind, Note, VersionId};

fn note(id: u64, block: BlockId, text: &str) -> Note {
    Note {
        id: NoteId(id),
        block,
        colour: Colour::Yellow,
        x: 0.0,
        y: 0.0,
        text: text.into(),
    }
}

/// A version with `n` notes spread evenly over the blocks, texts from `text(i)`, laid out
/// as a Markdown import lays them out.
fn generated(n: usize, text: impl Fn(usize) -> String) -> Version {
    let mut v = Version::new(VersionId(1), "v", LayoutKind::Bmc);
    let blocks: Vec<BlockId> = v.layout.blocks().collect();
    for i in 0..n {
        v.notes
            .push(note(i as u64 + 1, blocks[i % blocks.len()], &text(i)));
    }
    arrange_version(&mut v);
    v
}

fn words(i: usize, count: usize) -> String {
    let pool = [
        "клиенты",
        "ценность",
        "мастерская",
        "войлок",
        "поставщики",
        "ярмарка",
        "подарки",
        "доставка",
        "обучение",
        "партнёры",
        "сообщество",
        "качество",
    ];
    (0..count)
        .map(|k| pool[(i * 7 + k * 3) % pool.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every shown note inside its block's content area, no two shown notes of a block over
/// each other, and every note either shown or counted hidden.
fn assert_tidy(v: &Version, board: &Board) {
    let mut seen = 0;
    for b in &board.blocks {
        for (i, n) in b.notes.iter().enumerate() {
            assert!(
                b.content.contains_rect(&n.rect, 0.5),
                "{:?} {:?}",
                b.block,
                n.rect
            );
            if let Some(band) = b.band {
                assert!(
                    n.rect.bottom() <= band.y + 0.5,
                    "{:?} under the band",
                    n.rect
                );
            }
            for m in &b.notes[i + 1..] {
                assert!(!n.rect.shrink(0.25).overlaps(&m.rect.shrink(0.25)));
            }
            let inner = n.rect.w - 2.0 * b.style.pad;
            for l in &n.lines {
                assert!(
                    super::super::regular().width(l, b.style.size) <= inner + 0.01,
                    "{l}"
                );
            }
            assert!(b.style.size >= MIN_SCREEN_FONT - 0.01);
        }
        seen += b.notes.len() + b.hidden.len();
        assert_eq!(b.band.is_some(), !b.hidden.is_empty());
    }
    assert_eq!(seen, v.notes.len());
}

#[test]
fn two_hundred_short_notes_pack_without_hiding_any() {
    let v = generated(200, |i| format!("Идея {}", i + 1));
    let board = Board::of(&v);
    assert_tidy(&v, &board);
    assert!(board.blocks.iter().any(|b| b.mode == BlockMode::Packed));
    assert!(board.blocks.iter().all(|b| b.hidden.is_empty()));
    assert_eq!(layout_problems(&v), Vec::new());
}

#[test]
fn thirty_six_long_notes_are_cut_to_their_largest_height() {
    let v = generated(36, |i| words(i, 60));
    let board = Board::of(&v);
    assert_tidy(&v, &board);
    let mut cut = 0;
    for b in &board.blocks {
        for n in &b.notes {
            assert!(n.rect.h <= max_note_height(&b.content) + 0.01);
            // A cut note ends with an ellipsis; one not cut shows every word.
            if n.cut {
                cut += 1;
                assert!(n.lines.last().is_some_and(|l| l.ends_with('…')));
            } else {
                let words = |s: &str| s.split_whitespace().count();
                let shown: usize = n.lines.iter().map(|l| words(l)).sum();
                assert!(shown >= words(&v.notes[n.index].text));
            }
        }
    }
    assert!(cut > 0, "60-word notes in small blocks are cut");
    assert_eq!(layout_problems(&v), Vec::new());
}

#[test]
fn one_note_of_two_thousand_characters_stays_in_its_block() {
    let mut text = String::new();
    while text.chars().count() < 2000 {
        text.push_str("очень длинная заметка о ценностном предложении ");
    }
    let v = generated(1, |_| text.clone());
    let board = Board::of(&v);
    assert_tidy(&v, &board);
    let n = &board.blocks[0].notes[0];
    assert!(n.cut);
    assert_eq!(layout_problems(&v), Vec::new());
}

#[test]
fn a_block_past_its_floor_hides_the_last_notes_and_counts_them() {
    let mut v = generated(0, |_| String::new());
    for i in 0..120 {
        v.notes
            .push(note(i + 1, BlockId::Channels, &format!("канал {i}")));
    }
    arrange_version(&mut v);
    let board = Board::of(&v);
    assert_tidy(&v, &board);
    let b = board.block(BlockId::Channels).unwrap();
    assert_eq!(b.mode, BlockMode::Packed);
    assert!(!b.hidden.is_empty());
    assert!((b.style.size - MIN_SCREEN_FONT).abs() < 0.01);
    // The hidden ones are the last in reading order, and check reports their count.
    let order = reading_order(&v, BlockId::Channels);
    let last: Vec<NoteId> = order[order.len() - b.hidden.len()..]
        .iter()
        .map(|&i| v.notes[i].id)
        .collect();
    assert_eq!(b.hidden, last);
    assert!(
        layout_problems(&v).contains(&LayoutProblem::Hidden(BlockId::Channels, b.hidden.len()))
    );
    // Enlarged, the block shows every note at full size.
    let f = focus_block(&v, BlockId::Channels).unwrap();
    assert_eq!(f.notes.len(), 120);
    assert!(f.hidden.is_empty() && (f.style.size - NOTE_FONT).abs() < 0.01);
    assert!(
        f.notes
            .iter()
            .all(|n| f.content.contains_rect(&n.rect, 0.5))
    );
}

#[test]
fn notes_in_their_places_stay_there_and_overlaps_are_reported() {
    let mut v = generated(0, |_| String::new());
    v.notes.push(note(1, BlockId::Channels, "a"));
    v.notes.push(note(2, BlockId::Channels, "b"));
    (v.notes[0].x, v.notes[0].y) = (20.0, 50.0);
    (v.notes[1].x, v.notes[1].y) = (30.0, 60.0);
    let board = Board::of(&v);
    let b = board.block(BlockId::Channels).unwrap();
    assert_eq!(b.mode, BlockMode::Placed);
    let r = board.note(NoteId(1)).unwrap().rect;
    assert!((r.x - (b.rect.x + 20.0)).abs() < 0.01 && (r.y - (b.rect.y + 50.0)).abs() < 0.01);
    assert_eq!(
        layout_problems(&v),
        vec![LayoutProblem::Overlap(
            BlockId::Channels,
            NoteId(1),
            NoteId(2)
        )]
    );
    // A note past the block's edge packs the block, and check names it.
    v.notes[1].y = 5000.0;
    let board = Board::of(&v);
    assert_eq!(
        board.block(BlockId::Channels).unwrap().mode,
        BlockMode::Packed
    );
    assert_eq!(
        layout_problems(&v),
        vec![LayoutProblem::Outside(BlockId::Channels, NoteId(2))]
    );
}

#[test]
fn tidying_keeps_reading_order_and_a_free_spot_is_free() {
    let v = generated(60, |i| format!("заметка {i}"));
    for block in v.layout.blocks() {
        let order = reading_order(&v, block);
        let mut tidied = v.clone();
        for (id, x, y) in tidy_block(&v, block, &order) {
            let n = tidied.notes.iter_mut().find(|n| n.id == id).unwrap();
            (n.x, n.y) = (x, y);
        }
        let again: Vec<NoteId> = reading_order(&tidied, block)
            .into_iter()
            .map(|i| tidied.notes[i].id)
            .collect();
        let before: Vec<NoteId> = order.iter().map(|&i| v.notes[i].id).collect();
        assert_eq!(again, before, "{block:?}");
    }
    // A free spot in a placed block overlaps nothing and is the nearest to the wish.
    let mut v = generated(0, |_| String::new());
    v.notes.push(note(1, BlockId::Channels, "a"));
    (v.notes[0].x, v.notes[0].y) = (8.0, 32.0);
    let h = super::super::note_height("b");
    let (x, y) = nearest_free_spot(&v, BlockId::Channels, (8.0, 32.0), h, &[]);
    let rect = v.layout.block_rect(BlockId::Channels).unwrap();
    let taken = Rect::new(rect.x + 8.0, rect.y + 32.0, NOTE_W, h);
    let spot = Rect::new(rect.x + x, rect.y + y, NOTE_W, h);
    assert!(!spot.overlaps(&taken));
    assert!(content_rect(rect).contains_rect(&spot, 0.01));
    assert!((y - 32.0).abs() < 1.0 || (x - 8.0).abs() < 1.0, "{x} {y}");
    // Ignoring the note itself, its own place is free.
    assert_eq!(
        nearest_free_spot(&v, BlockId::Channels, (8.0, 32.0), h, &[NoteId(1)]),
        (8.0, 32.0)
    );
}
