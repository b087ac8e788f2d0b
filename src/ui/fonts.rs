//! Installs the shipped Noto Sans in egui so every Cyrillic letter and ₽ render without the
//! system's fonts, and so the screen measures text like the PDF does.

use eframe::egui::{self, FontData, FontFamily, FontId};

use crate::geometry::{FONT_BOLD, FONT_FALLBACK, FONT_REGULAR};

/// The family name of the bold face, for block titles.
pub const BOLD: &str = "noto-bold";

/// The family entry of DejaVu Sans, for what Noto Sans lacks (the PDF falls back to it too).
const FALLBACK: &str = "dejavu";

/// Makes Noto Sans the first proportional font, DejaVu Sans its fallback (as on paper, so a
/// note with ★ or Hebrew wraps alike on screen and in the PDF), and adds the bold face as
/// its own family.
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
    fonts.font_data.insert(
        FALLBACK.into(),
        std::sync::Arc::new(FontData::from_static(FONT_FALLBACK)),
    );
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "noto-regular".into());
        list.insert(1, FALLBACK.into());
    }
    fonts.families.insert(
        FontFamily::Name(BOLD.into()),
        vec![BOLD.into(), "noto-regular".into(), FALLBACK.into()],
    );
    ctx.set_fonts(fonts);
}

/// The regular face at a size in screen points, rounded to a small set of sizes (see
/// [`round_size`]) so zooming does not fill the glyph atlas with a new size every frame.
pub fn regular(size: f32) -> FontId {
    FontId::new(round_size(size), FontFamily::Proportional)
}

/// The bold face at a size in screen points (see [`regular`]).
pub fn bold(size: f32) -> FontId {
    FontId::new(round_size(size), FontFamily::Name(BOLD.into()))
}

/// Rounds a font size to a step of 1/12 octave (about 6 %): text stays within 3 % of its
/// exact size (less than a note's padding on a full line), and a continuous zoom lays
/// text out anew only when it crosses a step.
pub fn round_size(size: f32) -> f32 {
    let steps = (size.max(1.0).log2() * 12.0).round();
    (steps / 12.0).exp2()
}

#[cfg(test)]
mod tests {
    use super::{bold, install, regular, round_size};
    use eframe::egui;

    #[test]
    fn the_screen_falls_back_to_dejavu_for_what_noto_lacks_as_the_pdf_does() {
        let ctx = egui::Context::default();
        install(&ctx);
        // The fonts take effect with the next frame.
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        // Hebrew and the arrow are in DejaVu Sans only, among the fonts the app installs.
        for c in ['ש', '→', '★', 'Ж', '₽'] {
            assert!(
                ctx.fonts_mut(|f| f.has_glyph(&regular(14.0), c)),
                "regular lacks {c}"
            );
            assert!(
                ctx.fonts_mut(|f| f.has_glyph(&bold(14.0), c)),
                "bold lacks {c}"
            );
        }
    }

    #[test]
    fn rounded_sizes_stay_close_and_few() {
        // Zooming from 4 to 64 px text passes through at most 49 sizes (4 octaves of 12).
        let mut distinct = std::collections::BTreeSet::new();
        for i in 0..60_000 {
            let size = 4.0 + i as f32 * 0.001;
            let r = round_size(size);
            assert!((r / size - 1.0).abs() < 0.03, "{size} -> {r}");
            distinct.insert(r.to_bits());
        }
        assert!(
            distinct.len() <= 97,
            "{} sizes between 4 and 64 px",
            distinct.len()
        );
    }
}
