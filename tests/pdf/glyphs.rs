//! Every character is drawn or marked: what Noto Sans lacks comes from DejaVu Sans, and
//! what no shipped font has is boxed in red and named in the export's warnings.

use std::path::Path;
use std::process::Command;

use holst::export::{self, Paper, PdfOptions};

use crate::support::{GLYPH_NOTE, glyph_model, opts, rich_model, tool, write_pdf};

/// The first page rasterised by `pdftoppm` as binary PPM: width, height, RGB bytes.
fn raster(path: &Path, dpi: u32) -> (usize, usize, Vec<u8>) {
    let out = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-f", "1", "-l", "1", "-singlefile"])
        .arg(path)
        .output()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let data = out.stdout;
    // Header: "P6\n<w> <h>\n255\n".
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P6");
    let w: usize = fields[1].parse().expect("width");
    let h: usize = fields[2].parse().expect("height");
    (w, h, data[at + 1..].to_vec())
}

/// Pixels close to the red of the missing-glyph boxes.
fn red_pixels(rgb: &[u8]) -> usize {
    rgb.chunks_exact(3)
        .filter(|p| p[0] > 200 && p[1] < 80 && p[2] < 80)
        .count()
}

#[test]
fn fallback_glyphs_are_real_text_and_missing_ones_are_named() {
    let model = glyph_model();
    let rendered = export::render(&model, &opts(Paper::A3)).expect("render");
    let (_dir, path) = write_pdf(&model, &opts(Paper::A3));
    let text = tool("pdftotext", &["-enc", "UTF-8"], &path);
    for c in "★→שלום😀✓←↑↓⇒مرحباעברית".chars() {
        assert!(text.contains(c), "{c} is not in the PDF's text:\n{text}");
    }
    for s in ["цена", "Символы", "Обычная заметка", "שלום", "עברית"]
    {
        assert!(text.contains(s), "«{s}» missing:\n{text}");
    }
    // What no font has is not passed off as text.
    for c in "中🚀日本語".chars() {
        assert!(!text.contains(c), "{c} should not be in the text");
    }

    let missing = &rendered.report.missing;
    let note = missing
        .iter()
        .find(|m| m.text == GLYPH_NOTE)
        .unwrap_or_else(|| panic!("no warning names the note: {missing:?}"));
    assert_eq!(note.chars, vec!['中', '🚀']);
    assert_eq!(note.pages, vec![1]);
    let cjk = missing
        .iter()
        .find(|m| m.text == "日本語のテキスト")
        .expect("the Japanese note is named");
    assert_eq!(cjk.chars.len(), 8);
    let card = missing
        .iter()
        .find(|m| m.chars == vec!['🎉'])
        .expect("the card's emoji is named");
    assert_eq!(card.text, "Проверим 🎉 на ярмарке");
    assert_eq!(card.pages, vec![2]);
    assert_eq!(missing.len(), 3, "{missing:?}");
    let warnings = rendered.report.warnings(holst::model::Lang::En);
    assert!(
        warnings[0].contains(GLYPH_NOTE) && warnings[0].contains("中 (U+4E2D)"),
        "{warnings:?}"
    );
    assert_eq!(rendered.report.pages, 2);

    // DejaVu Sans is embedded, as a subset, next to Noto Sans.
    let fonts = tool("pdffonts", &[], &path);
    assert!(
        fonts
            .lines()
            .any(|l| l.contains("DejaVuSans") && l.contains(" yes yes yes ")),
        "{fonts}"
    );
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .expect("qpdf runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn a_pdf_without_rare_characters_does_not_embed_the_fallback_and_warns_of_nothing() {
    let rendered = export::render(&rich_model(), &opts(Paper::A3)).expect("render");
    assert!(rendered.report.missing.is_empty());
    let (_dir, path) = write_pdf(&rich_model(), &opts(Paper::A3));
    assert!(!tool("pdffonts", &[], &path).contains("DejaVu"));
}

#[test]
fn a_missing_character_is_boxed_in_red_on_the_page() {
    let mut plain = glyph_model();
    plain.versions[0].notes.retain(|n| n.id.0 == 4);
    plain.versions[0].cards.clear();
    let mut boxed = plain.clone();
    boxed.versions[0].notes[0].text.push_str(" 中 🚀");
    let only_canvas = PdfOptions {
        versions: vec![plain.versions[0].id],
        ..opts(Paper::A4)
    };
    let (_d1, p1) = write_pdf(&plain, &only_canvas);
    let (_d2, p2) = write_pdf(&boxed, &only_canvas);
    let (w1, h1, plain_px) = raster(&p1, 100);
    let (w2, h2, boxed_px) = raster(&p2, 100);
    assert_eq!((w1, h1), (w2, h2));
    let before = red_pixels(&plain_px);
    let after = red_pixels(&boxed_px);
    assert!(
        after > before + 10,
        "red pixels: {before} without, {after} with boxes"
    );
}

#[test]
fn cli_export_warns_on_stderr_and_still_writes_the_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("glyphs.ron");
    holst::storage::save(&glyph_model(), &file).expect("save");
    let out = dir.path().join("glyphs.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_holst"))
        .arg("export")
        .arg(&file)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("holst runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("warning") && err.contains(GLYPH_NOTE) && err.contains("U+4E2D"),
        "{err}"
    );
    assert!(err.contains("🎉 (U+1F389)"), "{err}");
    assert!(out.exists());
}
