//! Holst (холст, "canvas"): a desktop editor for business model canvases.
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
