//! File → Export… in the window: the form's PNG choice writes one picture per version at
//! the resolution chosen, named after the file the save dialog gave.

#![allow(clippy::unwrap_used)]

mod common;

use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use holst::app::Document;
use holst::model::VersionId;

/// Width and height of a PNG file, from its header.
fn png_size(path: &std::path::Path) -> (u32, u32) {
    let file = std::fs::File::open(path).unwrap();
    let reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let info = reader.info();
    (info.width, info.height)
}

#[test]
fn the_export_form_writes_one_png_per_version_at_the_chosen_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let mut model = common::model("vesely-voylok");
    let mut second = model.versions[0].clone();
    second.id = VersionId(2);
    second.name = "Вторая".into();
    model.versions.push(second);
    let out = dir.path().join("canvas.png");
    let mut h = common::harness(Document::new_unsaved(model), None, common::saving_to(&out));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_ok();
    h.get_by_label("PNG").click();
    h.run_ok();
    h.get_by_label("96").click();
    h.run_ok();
    common::type_into(&mut h, "Куда:", &out.display().to_string());
    h.get_by_label("Экспортировать…").click();
    h.run_ok();
    let (first, last) = (
        dir.path().join("canvas-1.png"),
        dir.path().join("canvas-2.png"),
    );
    assert!(
        common::step_until(&mut h, 120.0, |_| first.exists() && last.exists()),
        "pictures written: {:?}",
        std::fs::read_dir(dir.path()).unwrap().collect::<Vec<_>>()
    );
    assert!(
        !out.exists(),
        "two pictures: numbered names, not the one name"
    );
    // A3 (the form's default paper), 420 × 297 mm at 96 dpi.
    let px = |mm: f32| (mm / 25.4 * 96.0).round() as u32;
    for p in [&first, &last] {
        assert_eq!(png_size(p), (px(420.0), px(297.0)), "{}", p.display());
    }
}
