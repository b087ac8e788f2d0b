//! `holst export FILE -o OUT`: print a model's versions to PDF, or draw them as SVG or
//! PNG pictures (one per version).

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};

use super::words::Msg;
use crate::export::{self, DEFAULT_DPI, ImageFormat, Paper, PdfOptions, PdfReport};
use crate::model::{Lang, Model};

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutFormat {
    /// A PDF: canvas pages, appendix, hypothesis cards, compare page.
    Pdf,
    /// One SVG picture per version (and of the compare page).
    Svg,
    /// One PNG picture per version (and of the compare page).
    Png,
}

/// Arguments of `holst export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The .ron or .md model to print.
    pub file: PathBuf,
    /// Where to write: a .pdf, .svg or .png name (never the model itself). For pictures
    /// of several versions, `%v` in the name stands for the version's number
    /// (out-%v.png), or a folder (out/) gets MODEL-1.png, MODEL-2.png... Nothing is
    /// written there when the export fails.
    #[arg(long, short)]
    pub output: PathBuf,
    /// What to write: pdf, svg or png (default: by the output's extension; png for a
    /// folder).
    #[arg(long, value_enum)]
    pub format: Option<OutFormat>,
    /// Write a PDF even though the output's name does not end in .pdf.
    #[arg(long)]
    pub force: bool,
    /// Paper size: a3, a4 or letter (landscape).
    #[arg(long, default_value = "a3", value_parser = parse_paper)]
    pub paper: Paper,
    /// Resolution of PNG pictures, in dots per inch (36 to 600).
    #[arg(long, value_parser = clap::value_parser!(u32).range(36..=600))]
    pub dpi: Option<u32>,
    /// Print each canvas as a scaled copy of the screen, instead of fitting each block's
    /// notes to the room the page gives it.
    #[arg(long)]
    pub as_on_screen: bool,
    /// A version to print, by name or 1-based number; repeat for several. Default: all.
    #[arg(long = "version", value_name = "NAME|INDEX")]
    pub versions: Vec<String>,
    /// Two versions to print side by side on a compare page, after the others.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub compare: Option<Vec<String>>,
    /// Language of block titles, labels and messages: ru or en (default: titles in the
    /// language of the model's text, messages in the locale's).
    #[arg(long, value_parser = super::words::parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    Paper::parse(s).ok_or_else(|| format!("unknown paper `{s}`; expected a3, a4 or letter"))
}

/// Whether the output names a folder: an existing one, or a name ending in `/`.
fn is_folder(output: &Path) -> bool {
    let text = output.to_string_lossy();
    output.is_dir() || text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR)
}

/// What to write: `--format`, else the output's extension (a folder: PNG). A name with
/// another extension is refused unless `--force` (then a PDF is written there).
fn out_format(args: &ExportArgs) -> Result<OutFormat> {
    let path = args.output.display();
    if args.output.as_os_str() == "-" {
        return Err(Msg::new("cli-export-stdout").into());
    }
    if let Some(f) = args.format {
        return Ok(f);
    }
    if is_folder(&args.output) {
        return Ok(OutFormat::Png);
    }
    let ext = args
        .output
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("pdf") => Ok(OutFormat::Pdf),
        Some("svg") => Ok(OutFormat::Svg),
        Some("png") => Ok(OutFormat::Png),
        _ if args.force => Ok(OutFormat::Pdf),
        _ => Err(Msg::new("cli-export-extension")
            .arg("path", path.to_string())
            .into()),
    }
}

/// Refuses to write over the model itself (whatever `--force` says: that would replace
/// the model with a PDF or a picture).
fn not_the_model(model_file: &Path, output: &Path) -> Result<()> {
    if super::same_file(model_file, output) {
        return Err(Msg::new("cli-export-over-model")
            .arg("path", output.display().to_string())
            .into());
    }
    Ok(())
}

/// Runs `holst export`.
pub fn run(args: &ExportArgs) -> Result<()> {
    // The model comes first: whatever else is wrong, never a word about writing over it.
    not_the_model(&args.file, &args.output)?;
    let format = out_format(args)?;
    if args.dpi.is_some() && format != OutFormat::Png {
        return Err(Msg::new("cli-export-dpi").into());
    }
    let messages = super::words::messages(args.lang);
    let loaded = super::load(&args.file, messages)?;
    let model = &loaded.model;
    let opts = options(args, model)?;
    let (report, written) = match format {
        OutFormat::Pdf => {
            let report = export::export_pdf(model, &opts, &args.output)?;
            (report, vec![args.output.clone()])
        }
        OutFormat::Svg => pictures(args, model, &opts, ImageFormat::Svg)?,
        OutFormat::Png => pictures(args, model, &opts, ImageFormat::Png)?,
    };
    let word = crate::i18n::tr(messages, "cli-warning");
    let first = written
        .first()
        .map_or(args.output.as_path(), PathBuf::as_path);
    for warning in report.warnings(messages) {
        eprintln!("{}: {word}: {warning}", first.display());
    }
    for path in &written {
        super::wrote(path, messages, None);
    }
    Ok(())
}

/// The export's options from the arguments.
fn options(args: &ExportArgs, model: &Model) -> Result<PdfOptions> {
    let lang = args.lang.unwrap_or_else(|| super::words::model_lang(model));
    let versions = args
        .versions
        .iter()
        .map(|k| super::find_version(model, &args.file, k).map(|v| v.id))
        .collect::<Result<Vec<_>>>()?;
    let compare = match args.compare.as_deref() {
        Some([a, b]) => Some((
            super::find_version(model, &args.file, a)?.id,
            super::find_version(model, &args.file, b)?.id,
        )),
        Some(other) => bail!(
            "--compare takes two versions, got {}; expected --compare A B",
            other.len()
        ),
        None => None,
    };
    Ok(PdfOptions {
        paper: args.paper,
        versions,
        compare,
        marks: compare
            .map(|(a, b)| crate::diff::compare_marks(model, a, b))
            .unwrap_or_default(),
        date: export::today(lang),
        lang,
        as_on_screen: args.as_on_screen,
    })
}

/// Draws the pictures, names them, checks none is the model, writes them.
fn pictures(
    args: &ExportArgs,
    model: &Model,
    opts: &PdfOptions,
    format: ImageFormat,
) -> Result<(PdfReport, Vec<PathBuf>)> {
    let dpi = args.dpi.unwrap_or(DEFAULT_DPI);
    let (images, report) = export::render_images(model, opts, format, dpi)?;
    let labels: Vec<&str> = images.iter().map(|i| i.label.as_str()).collect();
    let stem = args
        .file
        .file_stem()
        .map_or_else(|| "canvas".into(), |s| s.to_string_lossy().into_owned());
    let paths = export::image_paths(&args.output, &labels, &stem, format)?;
    for p in &paths {
        not_the_model(&args.file, p)?;
    }
    if is_folder(&args.output) && !args.output.is_dir() {
        std::fs::create_dir_all(&args.output).map_err(|source| export::ExportError::Io {
            path: args.output.clone(),
            source,
        })?;
    }
    export::write_images(&images, &paths)?;
    Ok((report, paths))
}
