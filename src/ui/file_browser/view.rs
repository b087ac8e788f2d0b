//! Drawing the file browser and its keys.

use eframe::egui::{self, Id, Key, Modifiers};

use super::{FileBrowser, Outcome, Purpose, home};
use crate::i18n::T;
use crate::ui::Ctx;

/// Id of the file name field (focused when the browser opens).
const NAME_ID: &str = "holst-browser-name";

/// Shows the browser; `Some` when the user chose a file or closed it.
pub fn show(ctx: &egui::Context, app: &Ctx<'_>, b: &mut FileBrowser) -> Option<Outcome> {
    let lang = app.lang;
    let name_id = Id::unique(NAME_ID);
    let mut out = keys(ctx, b, lang);
    let title = match (&b.purpose, b.save) {
        (Purpose::Export(_), _) => T::FbExportTitle,
        (_, true) => T::FbSaveTitle,
        (_, false) => T::FbOpenTitle,
    };
    let resp = egui::Modal::new(Id::unique("holst-browser")).show(ctx, |ui| {
        ui.set_width(720.0);
        ui.heading(title.get(lang));
        ui.add(egui::Label::new(egui::RichText::new(T::FbWhy.fill(lang, &b.why)).weak()).wrap());
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if ui.button(T::FbUp.get(lang)).clicked() {
                b.up();
            }
            if ui.button(T::FbHome.get(lang)).clicked() {
                b.enter(home());
            }
            ui.label(egui::RichText::new(b.dir.display().to_string()).strong());
        });
        ui.separator();
        let size = egui::vec2(ui.available_width(), 300.0);
        let row = egui::Layout::left_to_right(egui::Align::Min);
        ui.allocate_ui_with_layout(size, row, |ui| {
            ui.set_max_height(300.0);
            places(ui, b, lang);
            ui.separator();
            if let Some(o) = listing(ui, b, lang) {
                out = Some(o);
            }
        });
        ui.separator();
        ui.horizontal(|ui| {
            let caption = ui.label(T::FbFileName.get(lang));
            let field = egui::TextEdit::singleline(&mut b.name)
                .id(name_id)
                .desired_width(440.0);
            let r = ui.add(field).labelled_by(caption.id);
            if r.changed() {
                b.confirm = None;
                b.error = None;
            }
            if b.focus || ctx.memory(|m| m.focused().is_none()) {
                r.request_focus();
                b.focus = false;
            }
        });
        let exts: Vec<String> = b.extensions.iter().map(|e| format!(".{e}")).collect();
        let mut all = b.all_files;
        if ui
            .checkbox(&mut all, T::FbAllFiles.get(lang))
            .on_hover_text(exts.join(" "))
            .changed()
        {
            b.all_files = all;
            b.refresh();
        }
        if let Some(e) = &b.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        if b.unreadable {
            let text = T::FbUnreadable.fill(lang, &b.dir.display().to_string());
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
        ui.label(egui::RichText::new(T::FbKeys.get(lang)).weak().small());
        ui.horizontal(|ui| {
            let word = if b.save { T::FbChoose } else { T::FbOpen };
            let word = match b.purpose {
                Purpose::Save { .. } => T::Save,
                _ => word,
            };
            if ui.button(word.get(lang)).clicked() {
                out = b.confirm(lang);
            }
            if ui.button(T::Cancel.get(lang)).clicked() {
                out = Some(Outcome::Cancelled);
            }
        });
    });
    if resp.should_close() && out.is_none() {
        out = Some(Outcome::Cancelled);
    }
    out
}

/// The keys the browser answers, taken before the name field sees them: arrows choose,
/// Enter confirms, Alt+Up (or Backspace in an empty name) goes up.
fn keys(ctx: &egui::Context, b: &mut FileBrowser, lang: crate::model::Lang) -> Option<Outcome> {
    let (down, up, enter, back) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
            i.consume_key(Modifiers::NONE, Key::Enter),
            i.consume_key(Modifiers::ALT, Key::ArrowUp)
                || (b.name.is_empty() && i.consume_key(Modifiers::NONE, Key::Backspace)),
        )
    });
    if down {
        b.move_selection(1);
    }
    if up {
        b.move_selection(-1);
    }
    if back {
        b.up();
    }
    if enter { b.confirm(lang) } else { None }
}

/// The folders of recent files, to jump to.
fn places(ui: &mut egui::Ui, b: &mut FileBrowser, lang: crate::model::Lang) {
    ui.vertical(|ui| {
        ui.set_width(200.0);
        ui.label(egui::RichText::new(T::FbPlaces.get(lang)).small().weak());
        let mut go = None;
        egui::ScrollArea::vertical()
            .id_salt("holst-browser-places")
            .max_height(270.0)
            .show(ui, |ui| {
                for place in &b.places {
                    let label = place.file_name().map_or_else(
                        || place.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    let r = ui.selectable_label(*place == b.dir, label);
                    if r.on_hover_text(place.display().to_string()).clicked() {
                        go = Some(place.clone());
                    }
                }
            });
        if let Some(dir) = go {
            b.enter(dir);
        }
    });
}

/// The folder's entries: a click selects, a double click opens.
fn listing(ui: &mut egui::Ui, b: &mut FileBrowser, lang: crate::model::Lang) -> Option<Outcome> {
    let mut clicked = None;
    let mut opened = None;
    ui.vertical(|ui| {
        egui::ScrollArea::vertical()
            .id_salt("holst-browser-list")
            .max_height(300.0)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if b.entries.is_empty() {
                    ui.label(egui::RichText::new(T::FbEmpty.get(lang)).weak());
                }
                for (i, e) in b.entries.iter().enumerate() {
                    let text = if e.is_dir {
                        format!("{}/", e.name)
                    } else {
                        e.name.clone()
                    };
                    let on = b.selected == Some(i);
                    let r = ui.selectable_label(on, text);
                    if on && b.scroll {
                        r.scroll_to_me(None);
                    }
                    if r.double_clicked() {
                        opened = Some(i);
                    } else if r.clicked() {
                        clicked = Some(i);
                    }
                }
            });
    });
    b.scroll = false;
    if let Some(i) = clicked {
        b.select(i);
    }
    let i = opened?;
    let e = b.entries.get(i)?.clone();
    if e.is_dir {
        b.name.clear();
        b.enter(b.dir.join(&e.name));
        None
    } else {
        b.select(i);
        b.confirm(lang)
    }
}
