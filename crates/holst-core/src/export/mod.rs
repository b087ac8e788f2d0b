//! Export of a model to other formats: PDF, and SVG or PNG pictures of the canvas.
//! Reads the model only; never touches egui.
//!
//! Every page is laid out once, as plain data ([`layout_pages`], [`layout_images`]); the
//! PDF writer, the SVG writer and the PNG rasteriser all paint that same drawing.
//! [`render_pdf`] and [`render_images`] build the files in memory; [`export_pdf`] and
//! [`write_images`] then write them atomically, so a failed export never leaves an empty
//! or partial file behind.

mod date;
mod images;
mod pdf;
mod png;
mod report;
mod svg;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use date::{capture_local_offset, format_date, local_date, local_offset, today};
pub use images::{
    DEFAULT_DPI, Image, ImageFormat, LABEL_PLACEHOLDER, NamingError, export_pictures, image_paths,
    numbered, render_images,
};
pub use pdf::{
    Mark, PageKind, PageLayout, Part, Rendered, Shape, Stroke, TextRun, layout_images,
    layout_pages, render, render_pdf,
};
pub use png::{DPI_RANGE, pixel_size};
pub use report::{MissingGlyphs, PdfReport};

use crate::i18n::Message;
use crate::model::{Lang, NoteId, VersionId};

/// Paper sizes. Pages are landscape, except the compare page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    /// ISO A3, 420 × 297 mm: the default, for workshops and walls.
    #[default]
    A3,
    /// ISO A4, 297 × 210 mm.
    A4,
    /// US Letter, 11 × 8.5 in.
    Letter,
}

impl Paper {
    /// Every paper size.
    pub const ALL: [Paper; 3] = [Paper::A3, Paper::A4, Paper::Letter];

    /// The name used on the command line: `a3`, `a4`, `letter`.
    pub fn id(self) -> &'static str {
        match self {
            Paper::A3 => "a3",
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    /// The name shown to people: `A3`, `A4`, `Letter`.
    pub fn label(self) -> &'static str {
        match self {
            Paper::A3 => "A3",
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
        }
    }

    /// Parses `a3`, `a4` or `letter` (any case).
    pub fn parse(s: &str) -> Option<Paper> {
        let s = s.trim().to_lowercase();
        Paper::ALL.into_iter().find(|p| p.id() == s)
    }

    /// Width and height of the landscape sheet, in points.
    pub fn size_pt(self) -> (f32, f32) {
        const MM: f32 = 72.0 / 25.4;
        match self {
            Paper::A3 => (420.0 * MM, 297.0 * MM),
            Paper::A4 => (297.0 * MM, 210.0 * MM),
            Paper::Letter => (792.0, 612.0),
        }
    }
}

/// What to export and how.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfOptions {
    /// Paper size.
    pub paper: Paper,
    /// Versions to print, in this order; empty for all versions in tab order.
    pub versions: Vec<VersionId>,
    /// Two versions to print on a compare page after the others.
    pub compare: Option<(VersionId, VersionId)>,
    /// Difference marks for the compare page, by version and note: a note of version A
    /// marked `Removed`, a note of version B marked `Added`, and so on.
    pub marks: BTreeMap<(VersionId, NoteId), Mark>,
    /// The date printed in each header, already formatted (see [`today`]).
    pub date: String,
    /// Language of block titles, labels and guidance.
    pub lang: Lang,
    /// Print each canvas as a scaled copy of the screen («как на экране»), instead of
    /// fitting each block's notes to the room it has on the page.
    pub as_on_screen: bool,
}

impl Default for PdfOptions {
    fn default() -> Self {
        Self {
            paper: Paper::A3,
            versions: Vec::new(),
            compare: None,
            marks: BTreeMap::new(),
            date: String::new(),
            lang: Lang::Ru,
            as_on_screen: false,
        }
    }
}

/// Why an export failed. Nothing has been written when this is returned.
///
/// [`ExportError::describe`] says it in either language; `Display` is the English text.
#[derive(Debug)]
pub enum ExportError {
    /// A version asked for is not in the model.
    UnknownVersion {
        /// The id asked for.
        id: u64,
        /// The model's versions, `1 «name», 2 «name»`.
        available: String,
    },
    /// The model breaks an invariant, so it cannot be laid out.
    Invalid(crate::model::Invalid),
    /// The shipped font could not be embedded.
    Font(String),
    /// Several pictures and one file name for them.
    Naming(NamingError),
    /// A picture could not be drawn (a resolution out of range, a font unreadable).
    Image(String),
    /// The file could not be written.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl ExportError {
    /// The error in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        let m = match self {
            ExportError::UnknownVersion { id, available } => Message::new("export-unknown-version")
                .arg("id", id.to_string())
                .arg("available", available),
            ExportError::Invalid(invalid) => {
                Message::new("export-invalid").arg("error", invalid.text(lang))
            }
            ExportError::Font(e) => Message::new("export-font").arg("error", e),
            ExportError::Naming(e) => e.message(),
            ExportError::Image(e) => Message::new("export-image").arg("error", e),
            ExportError::Io { path, source } => Message::new("export-io")
                .arg("path", path.display().to_string())
                .arg("error", crate::i18n::io_error(lang, source)),
        };
        m.text(lang)
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Renders the PDF in memory, then writes it to `path` atomically. The report tells
/// what could not be drawn (characters no shipped font has): show its warnings.
pub fn export_pdf(
    model: &crate::model::Model,
    opts: &PdfOptions,
    path: &Path,
) -> Result<PdfReport, ExportError> {
    let rendered = render(model, opts)?;
    crate::storage::write_atomic(path, &rendered.bytes).map_err(|source| ExportError::Io {
        path: path.into(),
        source,
    })?;
    Ok(rendered.report)
}

/// Writes each picture to its path (see [`image_paths`]), each atomically, in order; stops
/// at the first that cannot be written (those before it stay written).
pub fn write_images(images: &[Image], paths: &[PathBuf]) -> Result<(), ExportError> {
    for (image, path) in images.iter().zip(paths) {
        crate::storage::write_atomic(path, &image.bytes).map_err(|source| ExportError::Io {
            path: path.clone(),
            source,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_names_parse_and_sizes_are_landscape() {
        for p in Paper::ALL {
            assert_eq!(Paper::parse(&p.id().to_uppercase()), Some(p));
            assert_eq!(Paper::parse(p.label()), Some(p));
            let (w, h) = p.size_pt();
            assert!(w > h);
        }
        assert_eq!(Paper::parse("a5"), None);
        let (w, h) = Paper::A3.size_pt();
        assert!((w - 1190.55).abs() < 0.01 && (h - 841.89).abs() < 0.01);
    }
}
