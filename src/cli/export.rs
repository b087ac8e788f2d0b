//! `holst export FILE -o OUT.pdf`: print a model's versions to PDF.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use super::words::Msg;
use crate::export::{self, Paper, PdfOptions};
use crate::model::Lang;

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
    /// Language of block titles, labels and messages: ru or en (default: titles in the
    /// language of the model's text, messages in the locale's).
    #[arg(long, value_parser = super::words::parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    Paper::parse(s).ok_or_else(|| format!("unknown paper `{s}`; expected a3, a4 or letter"))
}

/// Refuses an output that is the model itself (whatever `--force` says: that would
/// replace the model with a PDF), or whose name does not end in `.pdf` unless `--force`.
fn check_output(args: &ExportArgs) -> Result<()> {
    let path = args.output.display();
    if args.output.as_os_str() == "-" {
        return Err(Msg::new("cli-pdf-not-stdout").into());
    }
    if super::same_file(&args.file, &args.output) {
        return Err(Msg::new("cli-export-over-model")
            .arg("path", path.to_string())
            .into());
    }
    let pdf = args
        .output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !pdf && !args.force {
        return Err(Msg::new("cli-export-not-pdf")
            .arg("path", path.to_string())
            .into());
    }
    Ok(())
}

/// Runs `holst export`.
pub fn run(args: &ExportArgs) -> Result<()> {
    check_output(args)?;
    let messages = super::words::messages(args.lang);
    let loaded = super::load(&args.file, messages)?;
    let model = &loaded.model;
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
    let opts = PdfOptions {
        paper: args.paper,
        versions,
        compare,
        marks: compare
            .map(|(a, b)| crate::diff::compare_marks(model, a, b))
            .unwrap_or_default(),
        date: export::today(lang),
        lang,
    };
    let report = export::export_pdf(model, &opts, &args.output)?;
    let word = crate::i18n::tr(messages, "cli-warning");
    for warning in report.warnings(messages) {
        eprintln!("{}: {word}: {warning}", args.output.display());
    }
    super::wrote(&args.output, messages, None);
    Ok(())
}
