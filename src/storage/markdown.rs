//! Markdown exchange format (canvas.md). Placeholder until the importer lands.

use super::{ParseError, Warning};
use crate::model::Model;

/// Reads a Markdown canvas.
pub fn read(_text: &str) -> Result<(Model, Vec<Warning>), ParseError> {
    Err(ParseError {
        line: 1,
        column: 1,
        message: "Markdown import is not written yet".into(),
    })
}

/// Writes a model as Markdown.
pub fn write(model: &Model) -> String {
    format!("# {}\n", model.title)
}
