//! The canvas checker panel: the findings of the current version, each with the seed's
//! words behind its rule. Clicking a finding selects the notes it names; a finding about
//! an empty block shows what the course asks of that block below the list.

use eframe::egui;

use crate::i18n::T;
use crate::method::checker::{self, Severity};
use crate::model::BlockId;
use crate::ui::{Ctx, Intent, guidance, theme};

/// Draws the panel. `focus` is the block whose guidance is shown (the panel's own state).
pub fn checker_panel(ui: &mut egui::Ui, app: &Ctx<'_>, focus: &mut Option<BlockId>) -> Vec<Intent> {
    let lang = app.lang;
    let Some(version) = app.doc.model().version(app.doc.current()) else {
        return Vec::new();
    };
    let findings = checker::check(version);
    let mut intents = Vec::new();
    egui::Panel::right("checker")
        .resizable(true)
        .default_size(340.0)
        .show(ui, |ui| {
            ui.heading(T::Checker.get(lang));
            ui.label(egui::RichText::new(T::CheckerHint.get(lang)).weak());
            ui.add_space(6.0);
            if findings.is_empty() {
                ui.label(T::CheckerNone.get(lang));
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                for f in &findings {
                    let colour = match f.severity {
                        Severity::Problem => theme::STATUS_WARNING,
                        Severity::Advice => theme::PLACEHOLDER,
                    };
                    ui.label(
                        egui::RichText::new(f.severity.label(lang))
                            .small()
                            .color(colour),
                    );
                    let resp = ui.add(egui::Button::new(f.message(lang)).wrap().frame(false));
                    if let Some(q) = f.quote() {
                        let src = q.sources().join(", ");
                        let rule = if src.is_empty() {
                            q.quoted(lang)
                        } else {
                            format!("{} ({src})", q.quoted(lang))
                        };
                        ui.label(egui::RichText::new(rule).small().italics().weak());
                    }
                    if resp.clicked() {
                        *focus = f.blocks.first().copied();
                        intents.push(Intent::SelectNotes(f.notes.clone()));
                    }
                    ui.separator();
                }
                if let Some(block) = *focus {
                    ui.add_space(6.0);
                    ui.strong(block.title_in(version.layout, lang));
                    guidance::block_guidance(ui, block, version.layout, lang);
                }
            });
        });
    intents
}
