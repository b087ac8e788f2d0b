//! The colour legend of the current version: what each sticky colour stands for, and
//! «Colour by segments», which gives each segment a colour and names it in the legend.

use eframe::egui;

use crate::i18n::T;
use crate::model::{Colour, Version};
use crate::ops::{self, Op};
use crate::ui::{Ctx, Intent};

/// Whether the version has a segment to colour by.
pub fn can_colour_by_segments(version: &Version) -> bool {
    version.segments().next().is_some()
}

/// The numbers of the segments whose colour this is when colours follow segments and the
/// legend still names that colour by the segment's text.
fn segments_of(version: &Version, colour: Colour) -> Vec<usize> {
    let meaning = version.legend_for(colour).unwrap_or_default();
    version
        .numbered_segments()
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            ops::segment_colour(version, s.id) == Some(colour)
                && s.text.split_whitespace().collect::<Vec<_>>().join(" ") == meaning
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Draws the legend panel; a meaning becomes one undo step when its field loses focus.
pub fn legend_panel(ui: &mut egui::Ui, app: &Ctx<'_>) -> Vec<Intent> {
    let lang = app.lang;
    let Some(version) = app.doc.model().version(app.doc.current()) else {
        return Vec::new();
    };
    let vid = version.id;
    let mut ops = Vec::new();
    let mut new_colour = None;
    let mut by_segments = false;
    egui::Panel::right("legend")
        .resizable(true)
        .default_size(240.0)
        .show(ui, |ui| {
            ui.heading(T::Legend.get(lang));
            ui.label(egui::RichText::new(T::LegendHint.get(lang)).weak());
            ui.add_space(6.0);
            let button = ui
                .add_enabled(
                    can_colour_by_segments(version),
                    egui::Button::new(T::ColourBySegments.get(lang)),
                )
                .on_hover_text(T::ColourBySegmentsHint.get(lang));
            by_segments = button.clicked();
            ui.add_space(6.0);
            for colour in Colour::ALL {
                let current = version.legend_for(colour).unwrap_or_default().to_owned();
                ui.horizontal(|ui| {
                    let swatch = crate::ui::swatch::swatch(
                        ui,
                        colour,
                        22.0,
                        colour.label(lang),
                        app.new_colour == colour,
                    );
                    if swatch.on_hover_text(colour.label(lang)).clicked() {
                        new_colour = Some(colour);
                    }
                    let numbers = segments_of(version, colour);
                    if let Some(n) = numbers.first() {
                        // The colour stands for a segment: its number, as on the badges.
                        ui.label(
                            egui::RichText::new(T::LegendSegment.fill(lang, &n.to_string())).weak(),
                        );
                    }
                    let id = ui.scope_id().with(("legend", colour.name()));
                    let mut text = ui
                        .data_mut(|d| d.get_temp::<String>(id))
                        .unwrap_or_else(|| current.clone());
                    let resp = ui.add(
                        egui::TextEdit::singleline(&mut text)
                            .hint_text(colour.label(lang))
                            .desired_width(f32::INFINITY),
                    );
                    if resp.has_focus() {
                        ui.data_mut(|d| d.insert_temp(id, text.clone()));
                    } else {
                        ui.data_mut(|d| d.remove::<String>(id));
                    }
                    if resp.lost_focus() && text.trim() != current {
                        ops.push(Op::SetLegend {
                            version: vid,
                            colour,
                            meaning: text.trim().to_owned(),
                            index: None,
                        });
                    }
                });
            }
        });
    let mut intents: Vec<Intent> = new_colour.map(Intent::NewColour).into_iter().collect();
    if !ops.is_empty() {
        intents.push(Intent::Apply(T::Legend, ops));
    }
    if by_segments {
        // The command of the table (View → Colour by segments): one undo step.
        intents.push(Intent::Command(crate::command::Command::ColourBySegments));
    }
    intents
}
