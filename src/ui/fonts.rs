//! Installs the shipped Noto Sans in egui so every Cyrillic letter and ₽ render without the
//! system's fonts, and so the screen measures text like the PDF does.

use eframe::egui::{self, FontData, FontFamily, FontId};

use crate::geometry::{FONT_BOLD, FONT_REGULAR};

/// The family name of the bold face, for block titles.
pub const BOLD: &str = "noto-bold";

/// Makes Noto Sans the first proportional font and adds the bold face as its own family.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-regular".into(),
        std::sync::Arc::new(FontData::from_static(FONT_REGULAR)),
    );
    fonts.font_data.insert(
        BOLD.into(),
        std::sync::Arc::new(FontData::from_static(FONT_BOLD)),
    );
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "noto-regular".into());
    }
    fonts.families.insert(
        FontFamily::Name(BOLD.into()),
        vec![BOLD.into(), "noto-regular".into()],
    );
    ctx.set_fonts(fonts);
}

/// The regular face at a size in screen points, rounded to half points so zooming does
/// not fill the glyph atlas with a new size every frame.
pub fn regular(size: f32) -> FontId {
    FontId::new(round_size(size), FontFamily::Proportional)
}

/// The bold face at a size in screen points (see [`regular`]).
pub fn bold(size: f32) -> FontId {
    FontId::new(round_size(size), FontFamily::Name(BOLD.into()))
}

fn round_size(size: f32) -> f32 {
    ((size * 2.0).round() / 2.0).max(1.0)
}
