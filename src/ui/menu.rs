//! The menu bar, generated from the command table.

use eframe::egui;

use crate::command::{Command, Menu};
use crate::i18n::T;
use crate::ui::{Ctx, Intent, Pending};

/// Draws File, Edit, View, Help; returns what is chosen.
pub fn menu_bar(ui: &mut egui::Ui, app: &Ctx<'_>) -> Vec<Intent> {
    let ctx = ui.ctx().clone();
    let lang = app.lang;
    let mut chosen = None;
    let mut open_recent = None;
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(menu.title(lang), |ui| {
                    for cmd in Command::ALL.into_iter().filter(|c| c.menu() == menu) {
                        if cmd.separator_before() {
                            ui.separator();
                        }
                        let mut button = egui::Button::new(cmd.label(lang));
                        if let Some(s) = cmd.shortcuts().first() {
                            button = button.shortcut_text(ctx.format_shortcut(s));
                        }
                        let checked = match cmd {
                            Command::LangRu => Some(lang == crate::model::Lang::Ru),
                            Command::LangEn => Some(lang == crate::model::Lang::En),
                            Command::Legend => Some(app.show_legend),
                            Command::Cards => Some(app.show_cards),
                            Command::Compare => Some(app.compare),
                            _ => None,
                        };
                        if let Some(c) = checked {
                            button = button.selected(c);
                        }
                        if ui.add_enabled(app.enabled(cmd), button).clicked() {
                            chosen = Some(cmd);
                            ui.close();
                        }
                        if cmd == Command::Open {
                            ui.menu_button(T::OpenRecent.get(lang), |ui| {
                                if app.recent.is_empty() {
                                    ui.label(T::NoRecent.get(lang));
                                }
                                for path in app.recent {
                                    if ui.button(path.display().to_string()).clicked() {
                                        open_recent = Some(path.clone());
                                        ui.close();
                                    }
                                }
                            });
                        }
                    }
                });
            }
        });
    });
    let mut intents: Vec<Intent> = chosen.map(Intent::Command).into_iter().collect();
    if let Some(path) = open_recent {
        intents.push(Intent::Request(Pending::Open(path)));
    }
    intents
}
