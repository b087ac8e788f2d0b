//! The editor window (eframe). Placeholder until the canvas view lands.

use std::path::PathBuf;

/// Opens the editor on a file, or on the default template.
pub fn run(_file: Option<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("the editor window is not written yet")
}
