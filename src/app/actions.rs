//! What the app does on a command, a canvas event or a window event.

use eframe::egui;

use super::clipboard;
use super::{HolstApp, Modal, Pending};
use crate::command::Command;
use crate::i18n::T;
use crate::model::{BlockId, NoteId};
use crate::ops::{self, Op};
use crate::ui::theme::ZOOM_STEP;

impl HolstApp {
    /// Runs a command from a menu, a shortcut or a context menu.
    pub fn run_command(&mut self, ctx: &egui::Context, cmd: Command) {
        let current = self.doc.current();
        match cmd {
            Command::New => self.modal = Some(Modal::Gallery),
            Command::Open => self.request(ctx, Pending::OpenDialog),
            Command::RecoveryCopies => self.show_leftovers(),
            Command::Save => {
                self.save(false);
            }
            Command::SaveAs => {
                self.save(true);
            }
            Command::ExportPdf => self.export_pdf(),
            Command::Share => self.show_share(),
            Command::OpenShared => self.push_modal(Modal::OpenShared {
                link: String::new(),
            }),
            Command::WorkOffline => self.toggle_offline(),
            Command::Quit => self.request(ctx, Pending::Close),
            Command::Undo => {
                let result = self.doc.undo().map(|_| ());
                self.report(result);
            }
            Command::Redo => {
                let result = self.doc.redo().map(|_| ());
                self.report(result);
            }
            Command::Copy => self.copy(ctx),
            Command::Cut => {
                self.copy(ctx);
                self.delete_selection();
            }
            Command::Paste => {
                let text = self.clipboard.clone();
                self.paste(&text);
            }
            Command::Duplicate => self.duplicate(),
            Command::Delete => self.delete_selection(),
            Command::SelectAll => {
                if let Some(v) = self.doc.model().version(current) {
                    self.canvas.select_all(v);
                }
            }
            Command::BringToFront => self.bring_to_front(),
            Command::ArrangeBlock
            | Command::ArrangeAll
            | Command::EnlargeBlock
            | Command::LeaveBlock
            | Command::ColourBySegments
            | Command::AboutVersion => self.arrange_command(cmd),
            // In the compare view, zooming and fitting act on its two canvases.
            Command::ZoomIn if self.compare => self.compare_view.zoom_by(ZOOM_STEP),
            Command::ZoomOut if self.compare => self.compare_view.zoom_by(1.0 / ZOOM_STEP),
            Command::FitToWindow if self.compare => self.compare_view.fit(),
            Command::ZoomIn => self.canvas.zoom_by(current, ZOOM_STEP),
            Command::ZoomOut => self.canvas.zoom_by(current, 1.0 / ZOOM_STEP),
            Command::FitToWindow => self.canvas.fit(current),
            Command::Legend => self.show_legend = !self.show_legend,
            Command::Checker => self.show_checker = !self.show_checker,
            Command::Segments => self.show_segments = !self.show_segments,
            Command::GuidedMode => {
                self.guided = match (&self.guided, self.doc.model().version(current)) {
                    (None, Some(v)) => Some(crate::method::guidance::GuidedMode::resume(v)),
                    _ => None,
                };
            }
            Command::LangRu => self.set_lang(crate::model::Lang::Ru),
            Command::LangEn => self.set_lang(crate::model::Lang::En),
            Command::About => self.modal = Some(Modal::About),
            Command::NewVersion => self.fork_current(),
            Command::RenameVersion => {
                self.renaming = Some(
                    self.doc
                        .model()
                        .version(current)
                        .map(|v| v.name.clone())
                        .unwrap_or_default(),
                );
            }
            Command::DeleteVersion => {
                let op = Op::RemoveVersion { version: current };
                self.apply(T::DeleteVersion, &[op]);
            }
            Command::MarkFinal => {
                let version = if self.doc.model().final_version == Some(current) {
                    None
                } else {
                    Some(current)
                };
                self.apply(T::MarkFinal, &[Op::SetFinal { version }]);
            }
            Command::LayoutBmc | Command::LayoutSocial | Command::LayoutLean => {
                if let Some(layout) = cmd.layout() {
                    self.switch_layout(layout);
                }
            }
            Command::Compare => self.compare = !self.compare,
            Command::LeaveCompare => self.compare = false,
            Command::Cards => self.show_cards = !self.show_cards,
        }
    }

    /// Switches the current version to `layout` as one undoable step; notes of blocks the
    /// layout lacks go to the block at the same place of the grid (or Value Propositions),
    /// and the status line says which.
    fn switch_layout(&mut self, layout: crate::model::LayoutKind) {
        let current = self.doc.current();
        let Some(v) = self.doc.model().version(current) else {
            return;
        };
        let old = v.layout;
        if old == layout {
            return;
        }
        let moved = ops::layout_moves(v, layout);
        match ops::change_layout(self.doc.model(), current, layout) {
            Ok(op) => {
                self.apply(T::SwitchLayout, &[op]);
                if !moved.is_empty() {
                    let lang = self.lang;
                    let list: Vec<String> = moved
                        .iter()
                        .map(|(from, to, n)| {
                            crate::i18n::tr_args(
                                lang,
                                T::LayoutMovedItem.id(),
                                &[
                                    ("from", from.title_in(old, lang).into()),
                                    ("to", to.title_in(layout, lang).into()),
                                    ("count", (*n).into()),
                                ],
                            )
                        })
                        .collect();
                    self.status = Some(T::LayoutMoved.fill(lang, &list.join(", ")));
                }
            }
            Err(e) => self.modal = Some(Modal::Error(e.describe(self.lang))),
        }
    }

    /// Whether a command can run now (menus grey out the others).
    pub fn enabled(&self, cmd: Command) -> bool {
        let has_selection = !self.canvas.selection.is_empty();
        match cmd {
            Command::Undo => self.doc.history().can_undo(),
            Command::Redo => self.doc.history().can_redo(),
            Command::Cut
            | Command::Copy
            | Command::Duplicate
            | Command::Delete
            | Command::BringToFront => has_selection,
            Command::Paste => !self.clipboard.is_empty(),
            Command::ExportPdf => self.export.is_none(),
            Command::WorkOffline => self.is_shared(),
            Command::DeleteVersion | Command::Compare => self.doc.model().versions.len() > 1,
            Command::LeaveCompare => self.compare,
            Command::ArrangeBlock => has_selection || self.canvas.focus.is_some(),
            Command::EnlargeBlock => has_selection && self.canvas.focus.is_none(),
            Command::LeaveBlock => self.canvas.focus.is_some(),
            Command::ColourBySegments => self
                .doc
                .model()
                .version(self.doc.current())
                .is_some_and(crate::ui::legend::can_colour_by_segments),
            _ => true,
        }
    }

    /// Shortcuts of the command table, and the clipboard events egui makes of Ctrl+C/X/V.
    pub(super) fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.memory(|m| m.focused().is_some());
        // egui matches shortcuts ignoring an extra Shift, so Ctrl+Z would also take
        // Ctrl+Shift+Z: try the shortcuts with more modifiers first.
        let mut table: Vec<(Command, egui::KeyboardShortcut)> = Command::ALL
            .into_iter()
            .filter(|c| !matches!(c, Command::Copy | Command::Cut | Command::Paste))
            .filter(|c| !typing || c.acts_while_typing())
            // Esc leaves the compare view; elsewhere it stays with the canvas (which
            // cancels a drag with it).
            .filter(|c| *c != Command::LeaveCompare || self.compare)
            // Esc leaves an enlarged block, unless it cancels a drag there.
            .filter(|c| {
                *c != Command::LeaveBlock
                    || (!self.compare && self.canvas.focus.is_some() && !self.canvas.dragging())
            })
            .flat_map(|c| c.shortcuts().into_iter().map(move |s| (c, s)))
            .collect();
        table.sort_by_key(|(_, s)| {
            std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt))
        });
        let mut run = Vec::new();
        for (cmd, shortcut) in table {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                run.push(cmd);
            }
        }
        if !typing {
            let events = ctx.input(|i| i.events.clone());
            for e in events {
                match e {
                    egui::Event::Copy => run.push(Command::Copy),
                    egui::Event::Cut => run.push(Command::Cut),
                    egui::Event::Paste(text) => self.paste(&text),
                    _ => {}
                }
            }
        }
        for cmd in run {
            if !self.enabled(cmd) {
                continue;
            }
            if typing && self.leave_other_field(ctx) {
                // The field commits its text as it draws this frame, then the command runs.
                self.after_frame.push(cmd);
            } else {
                self.run_command(ctx, cmd);
            }
        }
    }

    /// When a text field other than the note editor and the version name has the keyboard
    /// (a card, the legend), takes the keyboard from it so that it commits its text this
    /// frame; `true` if it did. The note editor and the name are committed directly.
    fn leave_other_field(&mut self, ctx: &egui::Context) -> bool {
        let editor = egui::Id::unique(crate::ui::canvas::EDITOR_ID);
        match ctx.memory(egui::Memory::focused) {
            Some(id) if id != editor && self.renaming.is_none() => {
                ctx.memory_mut(|m| m.surrender_focus(id));
                true
            }
            _ => false,
        }
    }

    /// Runs the commands that waited for a text field to commit its text.
    pub(super) fn run_after_frame(&mut self, ctx: &egui::Context) {
        for cmd in std::mem::take(&mut self.after_frame) {
            self.run_command(ctx, cmd);
        }
    }

    /// Dropped files and the window's close button.
    pub(super) fn handle_window_events(&mut self, ctx: &egui::Context) {
        self.open_dropped(ctx);
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused {
            self.check_disk();
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.leave_other_field(ctx) {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.after_frame.push(Command::Quit);
                return;
            }
            self.commit_editing(false);
            if self.doc.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.modal = Some(Modal::Unsaved(Pending::Close));
            } else {
                self.allow_close = true;
            }
        }
    }

    fn bring_to_front(&mut self) {
        let current = self.doc.current();
        let ops: Vec<Op> = self
            .selected()
            .into_iter()
            .filter_map(|id| ops::bring_to_front(self.doc.model(), current, id).ok())
            .collect();
        self.apply(T::BringToFront, &ops);
    }

    fn selected(&self) -> Vec<NoteId> {
        self.canvas.selection.iter().copied().collect()
    }

    /// Applies ops as one undo step labelled with `label`; errors show in a dialog.
    pub fn apply(&mut self, label: T, ops: &[Op]) {
        let result = self.doc.apply(label.get(self.lang), ops);
        self.report(result);
    }

    pub(super) fn report(&mut self, result: Result<(), crate::ops::OpError>) {
        if let Err(e) = result {
            self.modal = Some(Modal::Error(e.describe(self.lang)));
        }
    }

    fn copy(&mut self, ctx: &egui::Context) {
        let Some(v) = self.doc.model().version(self.doc.current()) else {
            return;
        };
        let ids = self.selected();
        if ids.is_empty() {
            return;
        }
        self.clipboard = clipboard::notes_to_text(v, &ids);
        ctx.copy_text(self.clipboard.clone());
    }

    /// Pastes clipboard text into the current version and selects what was pasted.
    pub fn paste(&mut self, text: &str) {
        let current = self.doc.current();
        let fallback = self
            .canvas
            .selection
            .iter()
            .next()
            .and_then(|id| self.doc.model().version(current)?.note(*id))
            .map_or(BlockId::ValuePropositions, |n| n.block);
        let notes = clipboard::notes_from_text(text, fallback);
        if notes.is_empty() {
            return;
        }
        match ops::paste_notes(self.doc.model(), current, &notes) {
            Ok(ops) => {
                let ids = added_ids(&ops);
                self.apply(T::PasteNotes, &ops);
                self.canvas.selection = ids.into_iter().collect();
            }
            Err(e) => self.modal = Some(Modal::Error(e.describe(self.lang))),
        }
    }

    fn duplicate(&mut self) {
        let ids = self.selected();
        match ops::duplicate_notes(self.doc.model(), self.doc.current(), &ids, (12.0, 12.0)) {
            Ok(ops) => {
                let new = added_ids(&ops);
                self.apply(T::DuplicateNotes, &ops);
                self.canvas.selection = new.into_iter().collect();
            }
            Err(e) => self.modal = Some(Modal::Error(e.describe(self.lang))),
        }
    }

    fn delete_selection(&mut self) {
        let version = self.doc.current();
        let ops: Vec<Op> = self
            .selected()
            .into_iter()
            .map(|note| Op::RemoveNote { version, note })
            .collect();
        self.apply(T::DeleteNotes, &ops);
        self.canvas.selection.clear();
    }

    /// Forks the current version: a copy with the same note ids, right after it, shown.
    pub fn fork_current(&mut self) {
        let current = self.doc.current();
        let name = self
            .doc
            .model()
            .version(current)
            .map(|v| T::ForkName.fill(self.lang, &v.name))
            .unwrap_or_default();
        match ops::fork_version(self.doc.model(), current, &name) {
            Ok(op) => {
                let new = match &op {
                    Op::AddVersion { version, .. } => Some(version.id),
                    _ => None,
                };
                self.apply(T::NewVersion, &[op]);
                if let Some(id) = new {
                    self.doc.set_current(id);
                }
            }
            Err(e) => self.modal = Some(Modal::Error(e.describe(self.lang))),
        }
    }

    /// Opens the export dialog (File → Export…).
    fn export_pdf(&mut self) {
        let dest = self.default_export("pdf");
        self.modal = Some(Modal::Export(crate::ui::export_dialog::ExportForm::new(
            self.doc.model(),
            &dest,
        )));
    }

    /// Asks where to write the PDF (or the pictures), then renders and writes it on a
    /// background thread so the window stays responsive; [`HolstApp::poll_export`]
    /// reports the result.
    pub fn start_export(
        &mut self,
        ctx: &egui::Context,
        form: &crate::ui::export_dialog::ExportForm,
    ) {
        let path = crate::document::absolute(&form.dest_path());
        if form.dest.trim().is_empty()
            || self
                .doc
                .path()
                .is_some_and(|p| holst_core::document::same_file(p, &path))
        {
            let shown = path.display().to_string();
            self.modal = Some(Modal::Error(T::ExportOverModel.fill(self.lang, &shown)));
            return;
        }
        if let Some(dir) = path.parent().filter(|d| d.is_dir()) {
            self.config.last_export_dir = Some(dir.to_path_buf());
            self.save_config();
        }
        let model = self.doc.model().clone();
        let order: Vec<_> = model.versions.iter().map(|v| v.id).collect();
        let mut versions = form.versions.clone();
        versions.sort_by_key(|id| order.iter().position(|o| o == id));
        let mut opts = crate::export::PdfOptions {
            paper: form.paper,
            versions,
            compare: form.compare,
            date: crate::export::today(self.lang),
            lang: self.lang,
            as_on_screen: form.as_on_screen,
            ..Default::default()
        };
        if let Some((a, b)) = form.compare {
            opts.marks = crate::diff::compare_marks(&model, a, b);
        }
        if opts.versions.is_empty() && opts.compare.is_none() {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        self.export = Some(rx);
        self.status = Some(T::Exporting.get(self.lang).to_owned());
        let ctx = ctx.clone();
        let (lang, pictures, dpi) = (self.lang, form.pictures, form.dpi);
        std::thread::spawn(move || {
            let result = match pictures {
                None => crate::export::export_pdf(&model, &opts, &path).map(|report| {
                    let status = T::ExportedTo.fill(lang, &path.display().to_string());
                    (status, path, report.warnings(lang))
                }),
                Some(format) => crate::export::export_pictures(&model, &opts, format, dpi, &path)
                    .map(|(paths, report)| {
                        let names: Vec<String> =
                            paths.iter().map(|p| p.display().to_string()).collect();
                        let status = T::ExportedPictures.fill(lang, &names.join(", "));
                        let first = paths.into_iter().next().unwrap_or(path);
                        (status, first, report.warnings(lang))
                    }),
            };
            let _ = tx.send(result.map_err(|e| e.describe(lang)));
            ctx.request_repaint();
        });
    }

    /// Picks up the result of a background export.
    pub(super) fn poll_export(&mut self) {
        let Some(rx) = &self.export else {
            return;
        };
        if let Ok(result) = rx.try_recv() {
            self.export = None;
            match result {
                Ok((status, path, lines)) => {
                    self.status = Some(status);
                    self.exported = Some(path.clone());
                    if !lines.is_empty() {
                        self.modal = Some(Modal::ExportWarnings { path, lines });
                    }
                }
                Err(e) => self.modal = Some(Modal::Error(e)),
            }
        }
    }
}

/// Ids of the notes a list of ops adds.
fn added_ids(ops: &[Op]) -> Vec<NoteId> {
    ops.iter()
        .filter_map(|op| match op {
            Op::AddNote { note, .. } => Some(note.id),
            _ => None,
        })
        .collect()
}
