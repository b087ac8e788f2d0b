//! Widgets and panels of the editor: one module per panel or widget. They draw from a
//! read-only view of the app ([`Ctx`]) and their own state, and return what the user asked
//! for ([`Intent`]); the `app` applies the intents once per frame, after drawing. Nothing
//! here names the app.

pub mod canvas;
pub mod cards;
pub mod checker;
pub mod compare;
pub mod compare_list;
pub mod compare_overlay;
pub mod export_dialog;
pub mod file_browser;
pub mod fonts;
pub mod guidance;
pub mod intent;
pub mod legend;
pub mod menu;
pub mod modals;
pub mod segments;
pub mod status;
pub mod swatch;
pub mod tabs;
pub mod theme;
pub mod view;

pub use intent::{ConflictAnswer, Ctx, Intent, Pending, ShareView};
pub use modals::Modal;
