//! What the course says of a block, as the block's help popover and the side panels show
//! it: its step in the course's order, every question, the typologies as checklists; and
//! guided mode, which walks the blocks in the course's fill order.

use eframe::egui;

use crate::i18n::T;
use crate::method::guidance::{self, GuidedMode};
use crate::model::{BlockId, Lang, LayoutKind};
use crate::ui::{Ctx, Intent};

/// A small grey caption over a part of the guidance.
fn caption(ui: &mut egui::Ui, text: &str) {
    ui.add_space(4.0);
    ui.label(egui::RichText::new(text).small().weak());
}

/// Everything the course says of `block` in `layout`: the course's step and its rule,
/// the questions (the key question first), and each typology as a checklist.
pub fn block_guidance(ui: &mut egui::Ui, block: BlockId, layout: LayoutKind, lang: Lang) {
    if let Some(step) = guidance::course_step(block).filter(|_| layout == LayoutKind::Bmc) {
        ui.label(egui::RichText::new(step.heading.get(lang)).italics());
        if let Some(rule) = &step.rule {
            ui.label(rule.get(lang));
        }
    }
    let questions = guidance::questions(block, layout);
    if let Some((key, rest)) = questions.split_first() {
        caption(ui, T::KeyQuestion.get(lang));
        ui.label(egui::RichText::new(key.get(lang)).strong());
        if !rest.is_empty() {
            caption(ui, T::GuidanceQuestions.get(lang));
            for q in rest {
                ui.label(format!("• {}", q.get(lang)));
            }
        }
    }
    for list in guidance::checklists(block) {
        caption(
            ui,
            &format!("{}: {}", T::Typology.get(lang), list.title.get(lang)),
        );
        for item in list.all_items() {
            let resp = ui.label(format!("☐ {}", item.label.get(lang)));
            if let Some(detail) = &item.detail {
                resp.on_hover_text(detail.get(lang));
            }
        }
    }
}

/// The guided mode panel: the current block of the walk with the course's questions,
/// Back and Next; choosing a step shows that block. Reports nothing to apply but the
/// selection of the block's notes is left as it is.
pub fn guided_panel(ui: &mut egui::Ui, app: &Ctx<'_>, walk: &mut GuidedMode) -> Vec<Intent> {
    let lang = app.lang;
    let mut close = false;
    egui::Panel::right("guided")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            ui.heading(T::GuidedMode.get(lang));
            let step = walk.step();
            // Only the business model canvas follows the course's order throughout.
            let words = match step.layout {
                crate::model::LayoutKind::Bmc => T::GuidedStep,
                crate::model::LayoutKind::Social => T::GuidedStepSocial,
                crate::model::LayoutKind::Lean => T::GuidedStepLean,
            };
            ui.label(
                egui::RichText::new(crate::i18n::tr_args(
                    lang,
                    words.id(),
                    &[("n", step.number.into()), ("of", step.of.into())],
                ))
                .weak(),
            );
            ui.strong(step.block.title_in(step.layout, lang));
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(step.number > 1, egui::Button::new(T::GuidedBack.get(lang)))
                    .clicked()
                {
                    walk.back();
                }
                if ui
                    .add_enabled(
                        step.number < step.of,
                        egui::Button::new(T::GuidedNext.get(lang)),
                    )
                    .clicked()
                {
                    walk.forward();
                }
                if ui.button(T::GuidedClose.get(lang)).clicked() {
                    close = true;
                }
            });
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                block_guidance(ui, step.block, step.layout, lang);
            });
        });
    if close {
        vec![Intent::Command(crate::command::Command::GuidedMode)]
    } else {
        Vec::new()
    }
}
