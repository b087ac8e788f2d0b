//! Holst (холст, "canvas"): a desktop editor for business model canvases.
//!
//! The document layers live in the `holst-core` crate (no GUI crate in its dependency
//! tree) and are re-exported here under their old paths. This crate adds the command line
//! and, with the default `gui` feature, the editor window.
//!
//! The data flows one way: `ui` emits intents, `app` turns them into operations, `ops`
//! applies them to the `model` and records undo, and `ui` draws the model. `storage` and
//! `export` read the model and never touch egui.
//!
//! Reading a canvas written by hand in the Markdown exchange format:
//!
//! ```
//! let text = "# Кофейня\n\n### Клиенты\n- Студенты\n- {color: pink} Офисы рядом\n";
//! let (model, warnings) = holst::storage::markdown::read(text).unwrap();
//! assert!(warnings.is_empty());
//! let notes = &model.versions[0].notes;
//! assert_eq!(notes[1].text, "Офисы рядом");
//! assert_eq!(notes[1].colour, holst::model::Colour::Pink);
//! assert_eq!(notes[1].block, holst::model::BlockId::CustomerSegments);
//! ```

pub use holst_core::{diff, document, export, geometry, method, model, ops, storage, templates};

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
#[cfg(feature = "gui")]
pub mod command;
pub mod i18n;
#[cfg(feature = "gui")]
pub mod ui;
