//! Pictures of the canvas for slides and documents: one SVG or PNG per version (and one
//! of the compare page), with the same layout and marks as the PDF's pages, and the file
//! names they are written to.

use std::path::{Path, PathBuf};

use super::pdf::{self, PageKind};
use super::{ExportError, PdfOptions, PdfReport};
use crate::i18n::Message;
use crate::model::Model;

/// The placeholder of an output name that each image's label replaces.
pub const LABEL_PLACEHOLDER: &str = "%v";

/// Picture formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// Vector, text as text.
    Svg,
    /// Pixels at a resolution.
    Png,
}

impl ImageFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
        }
    }

    /// The format a file name's extension names, if any (any case).
    pub fn from_path(path: &Path) -> Option<ImageFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(ImageFormat::Svg),
            "png" => Some(ImageFormat::Png),
            _ => None,
        }
    }
}

/// The resolution of a PNG when none is asked for, in dots per inch.
pub const DEFAULT_DPI: u32 = 150;

/// One picture of an export.
#[derive(Debug, Clone)]
pub struct Image {
    /// What it shows: a version's canvas (its 1-based number in the model), or
    /// `compare` for the compare page.
    pub label: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Renders the pictures: the canvas of every version `opts` asks for (all when none),
/// then the compare page when asked for. `dpi` matters for PNG only. Pure: writes
/// nothing.
pub fn render_images(
    model: &Model,
    opts: &PdfOptions,
    format: ImageFormat,
    dpi: u32,
) -> Result<(Vec<Image>, PdfReport), ExportError> {
    let pages = pdf::layout_images(model, opts)?;
    let mut images = Vec::with_capacity(pages.len());
    for page in &pages {
        let label = match page.kind {
            PageKind::Canvas(id) => model
                .versions
                .iter()
                .position(|v| v.id == id)
                .map_or_else(|| id.0.to_string(), |i| (i + 1).to_string()),
            _ => "compare".to_owned(),
        };
        let bytes = match format {
            ImageFormat::Svg => super::svg::to_svg(page, &model.title).into_bytes(),
            ImageFormat::Png => super::png::to_png(page, dpi).map_err(ExportError::Image)?,
        };
        images.push(Image { label, bytes });
    }
    let report = PdfReport {
        pages: pages.len(),
        missing: pdf::missing_glyphs(model, &pages),
    };
    Ok((images, report))
}

/// Why pictures cannot be named as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamingError {
    /// Several pictures, one file name.
    OneName {
        /// The name given.
        path: String,
        /// How many pictures.
        count: usize,
        /// Their labels, `1, 2, compare`.
        labels: String,
    },
}

impl NamingError {
    /// What went wrong, to be said in either language.
    pub fn message(&self) -> Message {
        match self {
            NamingError::OneName {
                path,
                count,
                labels,
            } => Message::new("export-one-name")
                .arg("count", *count)
                .arg("labels", labels.as_str())
                .arg("path", path.as_str()),
        }
    }
}

impl std::fmt::Display for NamingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text(crate::model::Lang::En))
    }
}

impl std::error::Error for NamingError {}

/// The file each picture goes to: `output` with `%v` replaced by the picture's label;
/// for a folder (an existing one, or a name ending in `/`), `stem-label.ext` in it; for
/// one picture, `output` itself.
pub fn image_paths(
    output: &Path,
    labels: &[&str],
    stem: &str,
    format: ImageFormat,
) -> Result<Vec<PathBuf>, NamingError> {
    let text = output.to_string_lossy();
    let folder =
        output.is_dir() || text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR);
    if folder {
        return Ok(labels
            .iter()
            .map(|l| output.join(format!("{stem}-{l}.{}", format.extension())))
            .collect());
    }
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.contains(LABEL_PLACEHOLDER) {
        return Ok(labels
            .iter()
            .map(|l| output.with_file_name(name.replace(LABEL_PLACEHOLDER, l)))
            .collect());
    }
    if labels.len() <= 1 {
        return Ok(vec![output.to_path_buf()]);
    }
    Err(NamingError::OneName {
        path: text.into_owned(),
        count: labels.len(),
        labels: labels.join(", "),
    })
}

/// `path` with `-%v` before its extension: how the window names several pictures from
/// the one name its save dialog asks for.
pub fn numbered(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{LABEL_PLACEHOLDER}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{LABEL_PLACEHOLDER}"),
    };
    path.with_file_name(name)
}

/// Renders the pictures and writes them where the window's save dialog said: to `path`
/// when there is one picture, else to `path` with `-1`, `-2`, `-compare`… before its
/// extension (see [`numbered`]). Returns the files written.
pub fn export_pictures(
    model: &Model,
    opts: &PdfOptions,
    format: ImageFormat,
    dpi: u32,
    path: &Path,
) -> Result<(Vec<PathBuf>, PdfReport), ExportError> {
    let (images, report) = render_images(model, opts, format, dpi)?;
    let labels: Vec<&str> = images.iter().map(|i| i.label.as_str()).collect();
    let name = if labels.len() > 1 {
        numbered(path)
    } else {
        path.to_path_buf()
    };
    let paths = image_paths(&name, &labels, "", format).map_err(ExportError::Naming)?;
    super::write_images(&images, &paths)?;
    Ok((paths, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_named_by_pattern_folder_or_the_one_name() {
        let one = image_paths(Path::new("x/out.png"), &["1"], "m", ImageFormat::Png);
        assert_eq!(one, Ok(vec![PathBuf::from("x/out.png")]));
        let many = image_paths(
            Path::new("x/out-%v.svg"),
            &["1", "2", "compare"],
            "m",
            ImageFormat::Svg,
        );
        assert_eq!(
            many,
            Ok(vec![
                PathBuf::from("x/out-1.svg"),
                PathBuf::from("x/out-2.svg"),
                PathBuf::from("x/out-compare.svg"),
            ])
        );
        let dir = image_paths(Path::new("pics/"), &["1", "3"], "model", ImageFormat::Png);
        assert_eq!(
            dir,
            Ok(vec![
                PathBuf::from("pics/model-1.png"),
                PathBuf::from("pics/model-3.png")
            ])
        );
        let err = image_paths(Path::new("out.png"), &["1", "2"], "m", ImageFormat::Png)
            .expect_err("two pictures, one name");
        assert!(err.to_string().contains("2 pictures (1, 2)"), "{err}");
        assert_eq!(numbered(Path::new("a/b.png")), PathBuf::from("a/b-%v.png"));
        assert_eq!(
            ImageFormat::from_path(Path::new("A.PNG")),
            Some(ImageFormat::Png)
        );
        assert_eq!(ImageFormat::from_path(Path::new("a.pdf")), None);
    }
}
