//! Holst's document core: everything about a business model canvas that needs no window.
//!
//! - [`model`]: the document as serde types, layouts as data;
//! - [`ops`]: every change as an [`ops::Op`] with its inverse, and the undo history;
//! - [`storage`]: RON and Markdown, atomic save, settings, recovery copies, locks, stamps;
//! - [`geometry`]: text measuring and wrapping with the shipped font, note sizes, placement;
//! - [`export`]: the PDF, from the model alone;
//! - [`diff`]: what differs between two versions, and the mark each note gets;
//! - [`style`]: design tokens (colours, sizes) the screen and the PDF share;
//! - [`i18n`]: every text shown to people, Russian and English, from Fluent files;
//! - [`method`]: the course's method as data: guidance per block, segment and social words,
//!   the canvas checker;
//! - [`templates`]: the shipped models;
//! - [`document`]: a model open for editing: its file, its undo history.
//!
//! No GUI crate is in this crate's dependency tree; the editor (`holst`) builds on it.

pub mod diff;
pub mod document;
pub mod export;
pub mod geometry;
pub mod i18n;
pub mod method;
pub mod model;
pub mod ops;
pub mod storage;
pub mod style;
pub mod templates;
