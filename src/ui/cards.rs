//! The hypothesis cards of the current version (test and learning cards). Placeholder
//! until the panel lands.

use std::collections::HashMap;

use eframe::egui;

use crate::app::HolstApp;
use crate::model::{NoteId, Version};
use crate::ui::canvas::NoteMark;

/// Draws the cards panel of the current version.
pub fn cards_panel(_ui: &mut egui::Ui, _app: &mut HolstApp) {}

/// Marks for notes linked to cards: assumptions (not yet validated) and refuted notes.
pub fn note_marks(_version: &Version) -> HashMap<NoteId, Vec<NoteMark>> {
    HashMap::new()
}
