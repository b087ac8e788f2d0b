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
                    let mut submenu_done = None;
                    for cmd in Command::ALL.into_iter().filter(|c| c.menu() == menu) {
                        if cmd.separator_before() {
                            ui.separator();
                        }
                        if let Some(sub) = cmd.submenu() {
                            // The commands of a submenu are drawn together, at the first.
                            if submenu_done != Some(sub) {
                                submenu_done = Some(sub);
                                ui.menu_button(sub.get(lang), |ui| {
                                    for c in Command::ALL
                                        .into_iter()
                                        .filter(|c| c.submenu() == Some(sub))
                                    {
                                        if command_button(ui, &ctx, app, c) {
                                            chosen = Some(c);
                                            ui.close();
                                        }
                                    }
                                });
                            }
                            continue;
                        }
                        if command_button(ui, &ctx, app, cmd) {
                            chosen = Some(cmd);
                            ui.close();
                        }
                        if cmd == Command::Open {
                            ui.menu_button(T::OpenRecent.get(lang), |ui| {
                                if app.recent.is_empty() {
                                    ui.label(T::NoRecent.get(lang));
                                }
                                for path in app.recent {
                                    let name = path.file_name().map_or_else(
                                        || path.display().to_string(),
                                        |n| n.to_string_lossy().into_owned(),
                                    );
                                    let folder = path
                                        .parent()
                                        .map(|d| d.display().to_string())
                                        .unwrap_or_default();
                                    if ui.button(name).on_hover_text(folder).clicked() {
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

/// Whether a menu item is ticked: the language, the panels shown, the current layout.
pub fn checked(app: &Ctx<'_>, cmd: Command) -> Option<bool> {
    let lang = app.lang;
    if let Some(layout) = cmd.layout() {
        let current = app.doc.model().version(app.doc.current());
        return Some(current.map(|v| v.layout) == Some(layout));
    }
    match cmd {
        Command::LangRu => Some(lang == crate::model::Lang::Ru),
        Command::LangEn => Some(lang == crate::model::Lang::En),
        Command::Legend => Some(app.show_legend),
        Command::Cards => Some(app.show_cards),
        Command::Checker => Some(app.show_checker),
        Command::Segments => Some(app.show_segments),
        Command::GuidedMode => Some(app.guided),
        Command::Compare => Some(app.compare),
        _ => None,
    }
}

/// A command's menu item, with its first shortcut and tick; whether it was clicked.
fn command_button(ui: &mut egui::Ui, ctx: &egui::Context, app: &Ctx<'_>, cmd: Command) -> bool {
    let mut button = egui::Button::new(cmd.label(app.lang));
    if let Some(s) = cmd.shortcuts().first() {
        button = button.shortcut_text(ctx.format_shortcut(s));
    }
    if let Some(c) = checked(app, cmd) {
        button = button.selected(c);
    }
    ui.add_enabled(app.enabled(cmd), button).clicked()
}
