//! The strip of the model's versions above the canvas: switch, fork, rename, delete,
//! reorder by dragging, mark final, switch layout, compare.

use eframe::egui::{self, Rect, Sense};

use crate::command::Command;
use crate::i18n::T;
use crate::model::{Lang, Version, VersionId};
use crate::ops::Op;
use crate::ui::{Ctx, Intent};

/// What the user did on the tab strip this frame.
#[derive(Default)]
struct Actions {
    chosen: Option<VersionId>,
    commands: Vec<Command>,
    reorder: Option<(VersionId, usize)>,
    renamed: Option<String>,
}

/// Draws one tab per version; clicking a tab shows that version, dragging it reorders.
/// `renaming` is the new name being typed for the current version (Version → Rename).
pub fn version_tabs(
    ui: &mut egui::Ui,
    app: &Ctx<'_>,
    renaming: &mut Option<String>,
) -> Vec<Intent> {
    let mut actions = Actions::default();
    egui::Panel::top("version-tabs").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(&app.doc.model().title).strong());
            ui.separator();
            let mut rects = Vec::new();
            for (index, v) in app.doc.model().versions.iter().enumerate() {
                let rect = if v.id == app.doc.current()
                    && let Some(name) = renaming.as_mut()
                {
                    rename_field(ui, name, app.lang, &mut actions)
                } else {
                    tab(ui, app, v, &mut actions)
                };
                rects.push((v.id, index, rect));
            }
            if ui
                .button("+")
                .on_hover_text(T::NewVersion.get(app.lang))
                .clicked()
            {
                actions.commands.push(Command::NewVersion);
            }
            drag_to_reorder(ui, &rects, &mut actions);
        });
    });
    intents(app, actions)
}

/// The text field that renames the current version; Enter or a click outside ends it.
fn rename_field(ui: &mut egui::Ui, name: &mut String, lang: Lang, actions: &mut Actions) -> Rect {
    let resp = ui.add(
        egui::TextEdit::singleline(name)
            .desired_width(160.0)
            .hint_text(T::RenameVersion.get(lang)),
    );
    if !resp.has_focus() && !resp.lost_focus() {
        resp.request_focus();
    }
    if resp.lost_focus() {
        actions.renamed = Some(name.trim().to_owned());
    }
    resp.rect
}

/// One version's tab with its context menu.
fn tab(ui: &mut egui::Ui, app: &Ctx<'_>, v: &Version, actions: &mut Actions) -> Rect {
    let lang = app.lang;
    let mut label = v.name.clone();
    if app.doc.model().final_version == Some(v.id) {
        label = format!("{label} · {}", T::Final.get(lang));
    }
    let hint = format!(
        "{}: {} · {}",
        T::Layout.get(lang),
        v.layout.id(),
        T::Notes.count(lang, v.notes.len())
    );
    let resp = ui
        .add(
            egui::Button::selectable(v.id == app.doc.current(), label)
                .sense(Sense::click_and_drag()),
        )
        .on_hover_text(hint);
    if resp.clicked() {
        actions.chosen = Some(v.id);
    }
    if resp.double_clicked() {
        actions.chosen = Some(v.id);
        actions.commands.push(Command::RenameVersion);
    }
    if resp.drag_started() {
        ui.data_mut(|d| d.insert_temp(drag_key(ui), v.id));
    }
    resp.context_menu(|ui| {
        for cmd in [
            Command::NewVersion,
            Command::RenameVersion,
            Command::MarkFinal,
            Command::LayoutBmc,
            Command::DeleteVersion,
        ] {
            if cmd.submenu().is_some() {
                let sub = cmd.submenu().map_or("", |t| t.get(lang));
                ui.menu_button(sub, |ui| {
                    for layout_cmd in [
                        Command::LayoutBmc,
                        Command::LayoutSocial,
                        Command::LayoutLean,
                    ] {
                        let ticked = cmd_layout_is(v, layout_cmd);
                        let button = egui::Button::new(layout_cmd.label(lang)).selected(ticked);
                        if ui.add_enabled(app.enabled(layout_cmd), button).clicked() {
                            actions.chosen = Some(v.id);
                            actions.commands.push(layout_cmd);
                            ui.close();
                        }
                    }
                });
                continue;
            }
            if ui
                .add_enabled(app.enabled(cmd), egui::Button::new(cmd.label(lang)))
                .clicked()
            {
                actions.chosen = Some(v.id);
                actions.commands.push(cmd);
                ui.close();
            }
        }
    });
    resp.rect
}

/// Whether a layout command names the layout the tab's version has.
fn cmd_layout_is(v: &crate::model::Version, cmd: Command) -> bool {
    cmd.layout() == Some(v.layout)
}

fn drag_key(ui: &egui::Ui) -> egui::Id {
    ui.scope_id().with("tab-drag")
}

/// While a tab is dragged, marks where it would go; on release, asks to move it there.
fn drag_to_reorder(ui: &egui::Ui, rects: &[(VersionId, usize, Rect)], actions: &mut Actions) {
    let key = drag_key(ui);
    let Some(dragged) = ui.data(|d| d.get_temp::<VersionId>(key)) else {
        return;
    };
    if let Some(p) = ui.input(|i| i.pointer.latest_pos())
        && let Some((_, index, rect)) = rects.iter().find(|(_, _, r)| r.x_range().contains(p.x))
    {
        ui.painter()
            .vline(rect.left(), rect.y_range(), ui.visuals().selection.stroke);
        if ui.input(|i| i.pointer.any_released()) {
            actions.reorder = Some((dragged, *index));
        }
    }
    if !ui.input(|i| i.pointer.any_down()) {
        ui.data_mut(|d| d.remove::<VersionId>(key));
    }
}

/// Turns the tab strip's actions into version switches, ops and commands.
fn intents(app: &Ctx<'_>, actions: Actions) -> Vec<Intent> {
    let mut out: Vec<Intent> = actions
        .chosen
        .map(Intent::ShowVersion)
        .into_iter()
        .collect();
    if let Some(name) = actions.renamed {
        out.push(Intent::Rename(name));
    }
    if let Some((version, index)) = actions.reorder {
        let versions = &app.doc.model().versions;
        let from = versions.iter().position(|v| v.id == version);
        if from.is_some_and(|f| f != index) {
            out.push(Intent::Apply(
                T::MenuVersion,
                vec![Op::MoveVersion { version, index }],
            ));
        }
    }
    out.extend(actions.commands.into_iter().map(Intent::Command));
    out
}
