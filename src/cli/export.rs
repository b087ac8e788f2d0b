//! `holst export FILE -o OUT.pdf`: print a model's versions to PDF.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use crate::export::{self, Paper, PdfOptions};
use crate::model::Lang;
use crate::storage;

/// Arguments of `holst export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The .ron or .md model to print.
    pub file: PathBuf,
    /// The PDF to write (a .pdf name; never the model itself); nothing is written there
    /// when the export fails.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Write the PDF even though the output's name does not end in .pdf.
    #[arg(long)]
    pub force: bool,
    /// Paper size: a3, a4 or letter (landscape).
    #[arg(long, default_value = "a3", value_parser = parse_paper)]
    pub paper: Paper,
    /// A version to print, by name or 1-based number; repeat for several. Default: all.
    #[arg(long = "version", value_name = "NAME|INDEX")]
    pub versions: Vec<String>,
    /// Two versions to print side by side on a compare page, after the others.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub compare: Option<Vec<String>>,
    /// Language of block titles and labels: ru or en.
    #[arg(long, default_value = "ru", value_parser = parse_lang)]
    pub lang: Lang,
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    Paper::parse(s).ok_or_else(|| format!("unknown paper `{s}`; expected a3, a4 or letter"))
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s.trim().to_lowercase().as_str() {
        "ru" => Ok(Lang::Ru),
        "en" => Ok(Lang::En),
        _ => Err(format!("unknown language `{s}`; expected ru or en")),
    }
}

/// Refuses an output that is the model itself (whatever `--force` says: that would
/// replace the model with a PDF), or whose name does not end in `.pdf` unless `--force`.
fn check_output(args: &ExportArgs) -> Result<()> {
    if super::same_file(&args.file, &args.output) {
        bail!(
            "{} is the model being exported; writing the PDF there would destroy it. \
             Expected another file name ending in .pdf",
            args.output.display()
        );
    }
    let pdf = args
        .output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !pdf && !args.force {
        bail!(
            "{}: the output's name does not end in .pdf; expected a .pdf file name, or pass \
             --force to write the PDF there anyway",
            args.output.display()
        );
    }
    Ok(())
}

/// Runs `holst export`.
pub fn run(args: &ExportArgs) -> Result<()> {
    check_output(args)?;
    let loaded = storage::load(&args.file)?;
    for w in &loaded.warnings {
        eprintln!("{}:{w}", args.file.display());
    }
    let model = &loaded.model;
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
    let opts = PdfOptions {
        paper: args.paper,
        versions,
        compare,
        marks: compare
            .map(|(a, b)| crate::diff::compare_marks(model, a, b))
            .unwrap_or_default(),
        date: export::today(args.lang),
        lang: args.lang,
    };
    let report = export::export_pdf(model, &opts, &args.output)?;
    for warning in report.warnings(Lang::En) {
        eprintln!("{}: warning: {warning}", args.output.display());
    }
    println!("wrote {}", args.output.display());
    Ok(())
}
