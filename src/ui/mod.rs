//! Widgets and panels of the editor: one module per panel or widget. They draw the model
//! and report what the user asked for; the `app` turns that into operations.

pub mod canvas;
pub mod cards;
pub mod compare;
pub mod export_dialog;
pub mod fonts;
pub mod legend;
pub mod menu;
pub mod modals;
pub mod status;
pub mod swatch;
pub mod tabs;
pub mod theme;
pub mod view;
