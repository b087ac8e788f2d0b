//! The strip of the model's versions above the canvas: switch, fork, rename, delete,
//! reorder by dragging, mark final, switch layout, compare.

use eframe::egui::{self, Sense};

use crate::app::HolstApp;
use crate::app::commands::Command;
use crate::i18n::T;
use crate::model::VersionId;
use crate::ops::Op;

/// Draws one tab per version; clicking a tab shows that version, dragging it reorders.
pub fn version_tabs(ui: &mut egui::Ui, app: &mut HolstApp) {
    let ctx = ui.ctx().clone();
    let lang = app.lang;
    let mut chosen = None;
    let mut commands = Vec::new();
    let mut reorder: Option<(VersionId, usize)> = None;
    let mut rename_done: Option<String> = None;
    egui::Panel::top("version-tabs").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(&app.doc.model.title).strong());
            ui.separator();
            let drag_id = ui.scope_id().with("tab-drag");
            let dragging: Option<VersionId> = ui.data(|d| d.get_temp(drag_id));
            let mut rects = Vec::new();
            for (index, v) in app.doc.model.versions.iter().enumerate() {
                let current = v.id == app.doc.current;
                if current && let Some(name) = app.renaming.as_mut() {
                    let resp = ui.add(
                        egui::TextEdit::singleline(name)
                            .desired_width(160.0)
                            .hint_text(T::RenameVersion.get(lang)),
                    );
                    if !resp.has_focus() && !resp.lost_focus() {
                        resp.request_focus();
                    }
                    if resp.lost_focus() {
                        rename_done = Some(name.trim().to_owned());
                    }
                    rects.push((v.id, index, resp.rect));
                    continue;
                }
                let mut label = v.name.clone();
                if app.doc.model.final_version == Some(v.id) {
                    label = format!("{label} · {}", T::Final.get(lang));
                }
                let resp = ui
                    .add(egui::Button::selectable(current, label).sense(Sense::click_and_drag()))
                    .on_hover_text(format!(
                        "{}: {} · {} {}",
                        T::Layout.get(lang),
                        v.layout.id(),
                        v.notes.len(),
                        T::Notes.get(lang)
                    ));
                if resp.clicked() {
                    chosen = Some(v.id);
                }
                if resp.double_clicked() {
                    chosen = Some(v.id);
                    commands.push(Command::RenameVersion);
                }
                if resp.drag_started() {
                    ui.data_mut(|d| d.insert_temp(drag_id, v.id));
                }
                resp.context_menu(|ui| {
                    for cmd in [
                        Command::NewVersion,
                        Command::RenameVersion,
                        Command::MarkFinal,
                        Command::SwitchLayout,
                        Command::DeleteVersion,
                    ] {
                        if ui
                            .add_enabled(app.enabled(cmd), egui::Button::new(cmd.label(lang)))
                            .clicked()
                        {
                            chosen = Some(v.id);
                            commands.push(cmd);
                            ui.close();
                        }
                    }
                });
                rects.push((v.id, index, resp.rect));
            }
            if ui
                .button("+")
                .on_hover_text(T::NewVersion.get(lang))
                .clicked()
            {
                commands.push(Command::NewVersion);
            }
            if let Some(dragged) = dragging {
                if let Some(p) = ui.input(|i| i.pointer.latest_pos()) {
                    if let Some((_, index, rect)) =
                        rects.iter().find(|(_, _, r)| r.x_range().contains(p.x))
                    {
                        ui.painter().vline(
                            rect.left(),
                            rect.y_range(),
                            ui.visuals().selection.stroke,
                        );
                        if ui.input(|i| i.pointer.any_released()) {
                            reorder = Some((dragged, *index));
                        }
                    }
                }
                if !ui.input(|i| i.pointer.any_down()) {
                    ui.data_mut(|d| d.remove::<VersionId>(drag_id));
                }
            }
        });
    });
    if let Some(id) = chosen {
        app.doc.current = id;
    }
    if let Some(name) = rename_done {
        app.renaming = None;
        let current = app.doc.current;
        let unchanged = app
            .doc
            .model
            .version(current)
            .is_none_or(|v| v.name == name);
        if !name.is_empty() && !unchanged {
            app.apply(
                T::RenameVersion,
                &[Op::RenameVersion {
                    version: current,
                    name,
                }],
            );
        }
    }
    if let Some((version, index)) = reorder {
        let from = app.doc.model.versions.iter().position(|v| v.id == version);
        if from.is_some_and(|f| f != index) {
            app.apply(T::MenuVersion, &[Op::MoveVersion { version, index }]);
        }
    }
    for cmd in commands {
        if app.enabled(cmd) {
            app.run_command(&ctx, cmd);
        }
    }
}
