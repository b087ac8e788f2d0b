//! Holst (холст, "canvas"): a desktop editor for business model canvases.
//!
//! The data flows one way: `ui` emits intents, `app` turns them into operations, `ops`
//! applies them to the `model` and records undo, and `ui` draws the model. `storage` and
//! `export` read the model and never touch egui.

pub mod app;
pub mod cli;
pub mod diff;
pub mod export;
pub mod geometry;
pub mod i18n;
pub mod model;
pub mod ops;
pub mod storage;
pub mod templates;
pub mod ui;
