//! The colour legend of the current version: what each sticky colour stands for.

use eframe::egui;

use crate::i18n::T;
use crate::model::Colour;
use crate::ops::Op;
use crate::ui::{Ctx, Intent};

/// Draws the legend panel; a meaning becomes one undo step when its field loses focus.
pub fn legend_panel(ui: &mut egui::Ui, app: &Ctx<'_>) -> Vec<Intent> {
    let lang = app.lang;
    let Some(version) = app.doc.model().version(app.doc.current()) else {
        return Vec::new();
    };
    let vid = version.id;
    let mut ops = Vec::new();
    let mut new_colour = None;
    egui::Panel::right("legend")
        .resizable(true)
        .default_size(240.0)
        .show(ui, |ui| {
            ui.heading(T::Legend.get(lang));
            ui.label(egui::RichText::new(T::LegendHint.get(lang)).weak());
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
    intents
}
