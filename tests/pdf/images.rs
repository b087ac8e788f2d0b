//! Pictures for slides: SVG with text as text, PNG drawn from the same page at the
//! paper's size and the resolution asked for; one picture per version, from the command
//! line and from the library.

use std::path::Path;
use std::process::Command;

use holst::export::{self, ImageFormat, Paper, PdfOptions};
use holst::model::Model;

use crate::fit::assert_broken_only_with_hyphens;
use crate::support::{opts, rich_model, template_models};

/// The text of an SVG's `<text>` elements, one line each, entities decoded.
fn svg_lines(svg: &str) -> String {
    let mut out = String::new();
    for chunk in svg.split("<text ").skip(1) {
        let body = chunk.split("</text>").next().unwrap_or_default();
        let body = body.split_once('>').map_or("", |(_, b)| b);
        let mut line = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => line.push(c),
                _ => {}
            }
        }
        let line = line
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Width and height of a PNG, from its header, and its pixels (RGBA or RGB).
fn png_pixels(bytes: &[u8]) -> (u32, u32, Vec<u8>, usize) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let channels = info.color_type.samples();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf, channels)
}

/// The pixel size of a landscape sheet of `mm` millimetres at `dpi`.
fn expected_px((w_mm, h_mm): (f32, f32), dpi: u32) -> (u32, u32) {
    let px = |mm: f32| (mm / 25.4 * dpi as f32).round() as u32;
    (px(w_mm), px(h_mm))
}

fn case(n: usize) -> Model {
    template_models()
        .into_iter()
        .filter(|m| m.note_count() > 0)
        .nth(n)
        .expect("a shipped case")
}

#[test]
fn svg_holds_every_note_word_as_text() {
    for model in [case(0), case(1), rich_model()] {
        let (images, _) = export::render_images(&model, &opts(Paper::A3), ImageFormat::Svg, 96)
            .expect("pictures");
        assert_eq!(
            images.len(),
            model.versions.len(),
            "one picture per version"
        );
        for (image, version) in images.iter().zip(&model.versions) {
            let svg = String::from_utf8(image.bytes.clone()).expect("UTF-8");
            assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
            let mut one = model.clone();
            one.versions.retain(|v| v.id == version.id);
            let text = svg_lines(&svg);
            assert_broken_only_with_hyphens(&one, &text, &format!("SVG of «{}»", version.name));
        }
    }
}

#[test]
fn png_has_the_pixel_size_of_the_paper_at_the_dpi_and_shows_the_notes() {
    let model = case(0);
    for (paper, mm, dpi) in [
        (Paper::A4, (297.0, 210.0), 60),
        (Paper::A3, (420.0, 297.0), 50),
        (Paper::A4, (297.0, 210.0), 100),
    ] {
        let o = PdfOptions {
            versions: vec![model.versions[0].id],
            ..opts(paper)
        };
        let (images, _) =
            export::render_images(&model, &o, ImageFormat::Png, dpi).expect("pictures");
        assert_eq!(images.len(), 1);
        let (w, h, pixels, channels) = png_pixels(&images[0].bytes);
        assert_eq!((w, h), expected_px(mm, dpi), "{paper:?} at {dpi} dpi");
        // Drawn, not blank: white paper, dark text, and the notes' colours.
        let px: Vec<&[u8]> = pixels.chunks(channels).collect();
        let white = px.iter().filter(|p| p[..3] == [255, 255, 255]).count();
        let dark = px.iter().filter(|p| p[..3].iter().all(|&c| c < 90)).count();
        let coloured = px
            .iter()
            .filter(|p| {
                let (mx, mn) = (p[..3].iter().max(), p[..3].iter().min());
                mx.zip(mn).is_some_and(|(a, b)| a - b > 30)
            })
            .count();
        let n = px.len();
        assert!(white > n / 10, "{white} white of {n}");
        assert!(dark > n / 1000, "{dark} dark of {n}");
        assert!(coloured > n / 20, "{coloured} coloured of {n}");
    }
}

fn holst(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_holst"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(args)
        .output()
        .expect("holst runs")
}

fn ok(run: &std::process::Output) {
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).expect("the PNG is written");
    let (w, h, _, _) = png_pixels(&bytes);
    (w, h)
}

#[test]
fn cli_writes_one_picture_per_version_by_pattern_folder_or_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("model.ron");
    holst::storage::save(&rich_model(), &file).expect("save");
    let f = file.to_str().expect("utf-8 path");
    let at = |name: &str| dir.path().join(name).to_string_lossy().into_owned();

    // One version, one name.
    ok(&holst(&[
        "export",
        f,
        "-o",
        &at("one.svg"),
        "--version",
        "1",
    ]));
    let svg = std::fs::read_to_string(at("one.svg")).expect("the SVG is written");
    assert!(svg.contains("<text ") && svg.contains("Гипотеза А"));

    // Every version, by pattern, at a resolution.
    ok(&holst(&[
        "export",
        f,
        "-o",
        &at("out-%v.png"),
        "--dpi",
        "40",
        "--paper",
        "a4",
    ]));
    assert_eq!(png_size(Path::new(&at("out-1.png"))), (468, 331));
    assert_eq!(png_size(Path::new(&at("out-2.png"))), (468, 331));

    // Into a folder, named after the model.
    ok(&holst(&[
        "export",
        f,
        "-o",
        &format!("{}/", at("pics")),
        "--dpi",
        "36",
    ]));
    for n in ["model-1.png", "model-2.png"] {
        assert!(dir.path().join("pics").join(n).is_file(), "{n}");
    }

    // Several pictures and one file name: a clear error, nothing written.
    let run = holst(&["export", f, "-o", &at("both.png")]);
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("2 pictures") && err.contains("%v"), "{err}");
    assert!(!dir.path().join("both.png").exists());

    // --dpi is for PNG only.
    let run = holst(&["export", f, "-o", &at("x.svg"), "--dpi", "100"]);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("--dpi"));
}
