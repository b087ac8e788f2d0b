//! Applying what the panels asked for: once per frame, after everything is drawn.

use eframe::egui;

use super::{HolstApp, Modal};
use crate::ui::Intent;

impl HolstApp {
    /// Applies one request of a panel.
    pub(super) fn apply_intent(&mut self, ctx: &egui::Context, intent: Intent) {
        match intent {
            Intent::Command(cmd) => {
                if self.enabled(cmd) {
                    self.run_command(ctx, cmd);
                }
            }
            Intent::Apply(label, ops) => self.apply(label, &ops),
            Intent::Edit(edit) => {
                let result = self.doc.apply(&edit.label, &edit.ops);
                self.report(result);
            }
            Intent::AddNote(version, note) => {
                self.add_note(version, note);
            }
            Intent::ShowVersion(id) => self.doc.set_current(id),
            Intent::Rename(name) => {
                self.renaming = None;
                self.rename_current(&name);
            }
            Intent::Select(id) => {
                self.canvas.selection.clear();
                self.canvas.selection.insert(id);
            }
            Intent::SelectNotes(ids) => {
                self.canvas.selection = ids.into_iter().collect();
            }
            Intent::NewColour(colour) => self.canvas.new_colour = colour,
            Intent::Request(pending) => self.request(ctx, pending),
            Intent::Perform(pending) => self.perform(ctx, pending),
            Intent::AnswerUnsaved(pending, save) => self.answer_unsaved(ctx, pending, save),
            Intent::AnswerConflict(answer, then) => self.answer_conflict(ctx, answer, then),
            Intent::OpenUnlocked { path, read_only } => {
                self.open_unlocked(&path, read_only);
            }
            Intent::DiscardCopy(file) => self.discard_leftover(&file),
            Intent::ShowLeftovers => self.show_leftovers(),
            Intent::Show(modal) => self.push_modal(modal),
            Intent::Export(form) => self.start_export(ctx, &form),
            Intent::BrowseExport(form) => self.browse_export(form),
            Intent::Browsed(purpose, path) => self.browsed(ctx, purpose, &path),
            Intent::OpenExternal(path) => self.open_external(&path),
            Intent::Error(message) => self.modal = Some(Modal::Error(message)),
            Intent::Share(server) => self.share_to(&server),
            Intent::CancelConnecting => self.cancel_connecting(),
            Intent::CopyText(text) => {
                ctx.copy_text(text);
                self.status = Some(crate::i18n::T::ShareCopied.get(self.lang).to_owned());
            }
        }
    }
}
