//! The command line: `holst [FILE]` opens the editor; subcommands serve scripts.
//!
//! Errors go to stderr with exit code 1 (`diff`: 2, as diff(1) has it); wrong usage,
//! a mistyped subcommand included, exits with 2 (clap's convention). Messages follow the
//! locale (`ru_*`: Russian, else English) or `--lang`.

mod advice;
mod export;
mod layout;
mod merge;
mod suggest;
mod versions;
pub mod words;

use advice::check;
pub(crate) use versions::find_version;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use crate::i18n::Message;
use crate::model::{Lang, Model};
use crate::storage::markdown::Style;
use crate::storage::{self, Format, WriteOptions};
use crate::templates::{TEMPLATES, Template};
use words::{Msg, parse_lang};

/// Holst: a desktop editor for business model canvases.
#[derive(Debug, Parser)]
#[command(name = "holst", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; with none, the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A .ron, .md or .canvas file (or a folder of per-block .md files) to open in the
    /// editor (default: the «Веселый войлок» template).
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the shipped templates: id and title.
    Templates,
    /// Write a new model from a template.
    New {
        /// Template id (see `holst templates`).
        #[arg(long, short)]
        template: String,
        /// The file to write (.ron, .md or .canvas); `-` for standard output.
        #[arg(long, short)]
        output: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
        /// The format written to standard output (with `-o -`): ron, md or canvas.
        #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
        to: Option<Format>,
        /// Language of block titles in the file and of messages: ru or en.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Check that a file is a valid model; exit 0 if so, else 1 with the error. With
    /// --advice, also read the canvas against the course's rules and list the findings.
    Check {
        /// The .ron, .md or .canvas file, or a folder of per-block .md files.
        file: PathBuf,
        /// Language of messages: ru or en (default: the locale's).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// List what the canvas checker finds: each finding with its rule id, the notes it
        /// names and the course's words behind the rule (exit 0 all the same).
        #[arg(long)]
        advice: bool,
        /// Exit 1 when there is any layout warning (notes over each other, outside their
        /// block, hidden for want of room) or, with --advice, any finding.
        #[arg(long)]
        strict: bool,
        /// With --advice: check only this version (name or 1-based number; default all).
        #[arg(long = "version", value_name = "NAME|INDEX", requires = "advice")]
        version: Option<String>,
    },
    /// Convert between .ron, .md and .canvas, by extension.
    Convert(ConvertArgs),
    /// Print a model's versions to PDF (A3 landscape by default).
    Export(export::ExportArgs),
    /// List a model's versions: index, name, layout, note count, final mark.
    Versions(versions::VersionsArgs),
    /// List what differs between two versions of a model, one line per difference; exit 1
    /// when they differ, 0 when not, 2 on trouble (as diff(1)).
    Diff(versions::DiffArgs),
    /// Take the differences of one version into another (all, or those of some notes)
    /// and write the file.
    Merge(merge::MergeArgs),
    /// Run a sync server for shared models (keeps the documents on disk; announces
    /// nothing: a document's id is its key). Stops on Ctrl-C or SIGTERM.
    Serve(holst_sync::cli::ServeArgs),
    /// Merge a model file with its shared document on a sync server once, and write both
    /// back (for scripts).
    Sync(holst_sync::cli::SyncArgs),
}

/// Arguments of `holst convert`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Formats by extension: .ron (Holst), .md (Markdown), .canvas (JSON Canvas); \
    IN may also be a folder of per-block .md files. OUT `-` writes to standard output in the \
    format --to names.\n\
    Markdown styles: `holst` (default: every version, ids and places kept in a trailing \
    <!-- holst … --> comment) and `obsidian` (one version, English `## Block` headings and \
    plain `- ` bullets, as the Obsidian Business Model Canvas plugin reads them)."
)]
pub struct ConvertArgs {
    /// The file (or folder) to read.
    pub input: PathBuf,
    /// The file to write, never the input; `-` for standard output.
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// The format written to standard output (with OUT `-`): ron, md or canvas.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub to: Option<Format>,
    /// Markdown style: holst or obsidian.
    #[arg(long, default_value = "holst", value_parser = parse_style)]
    pub style: Style,
    /// The version to write, by name or 1-based number (Obsidian style and .canvas: default
    /// the final version, else the first for Obsidian and all side by side for .canvas;
    /// .ron and Holst-style .md: default all).
    #[arg(long = "version", value_name = "NAME|INDEX")]
    pub version: Option<String>,
    /// Language of block titles in the file and of messages: ru or en (default: titles in
    /// the language of the model's text, messages in the locale's).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s.trim().to_lowercase().as_str() {
        "ron" => Ok(Format::Ron),
        "md" | "markdown" => Ok(Format::Markdown),
        "canvas" => Ok(Format::Canvas),
        _ => Err(format!("unknown format `{s}`; expected ron, md or canvas")),
    }
}

fn parse_style(s: &str) -> Result<Style, String> {
    match s.trim().to_lowercase().as_str() {
        "holst" => Ok(Style::Holst),
        "obsidian" => Ok(Style::Obsidian),
        _ => Err(format!("unknown style `{s}`; expected holst or obsidian")),
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Some(e) = suggest::mistyped_subcommand(&args) {
        let _ = e.print();
        return ExitCode::from(2);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let _ = e.print();
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
    #[cfg(not(feature = "gui"))]
    if cli.command.is_none() {
        eprintln!(
            "holst: this holst was built without the editor (the `gui` feature); \
             expected a subcommand, see `holst --help`"
        );
        return ExitCode::from(2);
    }
    let lang = words::messages(cli_lang(&cli));
    let is_diff = matches!(cli.command, Some(Command::Diff(_)));
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let word = crate::i18n::tr(lang, "cli-error");
            eprintln!("holst: {word}: {}", words::describe(&e, lang));
            if is_diff {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// The `--lang` of the command, if it has one.
fn cli_lang(cli: &Cli) -> Option<Lang> {
    match &cli.command {
        Some(Command::New { lang, .. } | Command::Check { lang, .. }) => *lang,
        Some(Command::Convert(a)) => a.lang,
        Some(Command::Export(a)) => a.lang,
        Some(Command::Diff(a)) => a.lang,
        Some(Command::Merge(a)) => a.lang,
        Some(Command::Serve(a)) => a.lang,
        Some(Command::Sync(a)) => a.lang,
        _ => None,
    }
}

/// Carries out a parsed command line; the exit code when it went through.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        #[cfg(feature = "gui")]
        None => crate::app::run(cli.file.as_deref()).map(|()| ExitCode::SUCCESS),
        #[cfg(not(feature = "gui"))]
        None => anyhow::bail!("this holst was built without the editor (the `gui` feature)"),
        Some(Command::Templates) => {
            for t in TEMPLATES {
                say(format_args!("{}\t{}", t.id, t.title()));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::New {
            template,
            output,
            force,
            to,
            lang,
        }) => new(&template, &output, force, to, lang).map(|()| ExitCode::SUCCESS),
        Some(Command::Check {
            file,
            lang,
            advice,
            strict,
            version,
        }) => {
            let model = check(&file, lang)?;
            let warnings = layout::warn(&model, &file, words::messages(lang));
            let code = if advice {
                advice::run(&model, &file, lang, strict, version.as_deref())?
            } else {
                ExitCode::SUCCESS
            };
            Ok(if strict && warnings > 0 {
                ExitCode::FAILURE
            } else {
                code
            })
        }
        Some(Command::Convert(args)) => convert(&args).map(|()| ExitCode::SUCCESS),
        Some(Command::Export(args)) => export::run(&args).map(|()| ExitCode::SUCCESS),
        Some(Command::Versions(args)) => versions::versions(&args).map(|()| ExitCode::SUCCESS),
        Some(Command::Diff(args)) => versions::run_diff(&args),
        Some(Command::Merge(args)) => merge::run(&args).map(|()| ExitCode::SUCCESS),
        Some(Command::Serve(args)) => {
            holst_sync::cli::serve(&args, words::messages(args.lang)).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Sync(args)) => {
            holst_sync::cli::sync(&args, words::messages(args.lang)).map(|()| ExitCode::SUCCESS)
        }
    }
}

/// Prints a line on standard output. A reader that went away (`holst templates | head`)
/// ends the command quietly, as the closed pipe asks; any other failure to write is said
/// on stderr with exit code 1.
pub(crate) fn say(line: impl std::fmt::Display) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        let lang = words::messages(None);
        let text = Message::new("cli-stdout-failed").arg("error", e.to_string());
        eprintln!(
            "holst: {}: {}",
            crate::i18n::tr(lang, "cli-error"),
            text.text(lang)
        );
        std::process::exit(1);
    }
}

/// Whether an output path means standard output.
fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The format to write `output` in: by its extension, or `--to` for standard output.
fn output_format(output: &Path, to: Option<Format>) -> Result<Format> {
    if is_stdout(output) {
        return to.ok_or_else(|| Msg::new("cli-stdout-needs-to").into());
    }
    Format::of(output).ok_or_else(|| {
        Msg::new("cli-unknown-output")
            .arg("path", output.display().to_string())
            .into()
    })
}

/// Writes a model to a file (atomically) or to standard output.
fn write_out(model: &Model, output: &Path, format: Format, options: &WriteOptions) -> Result<()> {
    if is_stdout(output) {
        model
            .validate()
            .map_err(|error| storage::StorageError::Invalid {
                path: output.into(),
                error,
            })?;
        let text = storage::serialise_with(model, format, options);
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        return Ok(());
    }
    if Format::of(output) != Some(format) {
        anyhow::bail!("internal: format mismatch for {}", output.display());
    }
    storage::save_with(model, output, options)?;
    Ok(())
}

/// Says that a file was written, on stderr when the file went to standard output.
fn wrote(output: &Path, lang: Lang, from: Option<&str>) {
    if is_stdout(output) {
        return;
    }
    let path = output.display().to_string();
    let line = match from {
        None => Message::new("cli-wrote").arg("path", path),
        Some(t) => Message::new("cli-wrote-template")
            .arg("path", path)
            .arg("template", t),
    };
    say(line.text(lang));
}

fn new(
    template: &str,
    output: &Path,
    force: bool,
    to: Option<Format>,
    lang: Option<Lang>,
) -> Result<()> {
    let ids: Vec<&str> = TEMPLATES.iter().map(|t| t.id).collect();
    let Some(t) = Template::find(template) else {
        return Err(Msg::new("cli-no-template")
            .arg("template", template)
            .arg("ids", ids.join(", "))
            .into());
    };
    let format = output_format(output, to)?;
    ensure_writable(output, force)?;
    let model = t.model().with_context(|| format!("template {template}"))?;
    let options = WriteOptions {
        lang: lang.unwrap_or_else(|| words::model_lang(&model)),
        ..WriteOptions::default()
    };
    write_out(&model, output, format, &options)?;
    wrote(output, words::messages(lang), Some(template));
    Ok(())
}

/// Reads a model (a file or a folder), passing the reader's warnings to stderr in `lang`.
pub(crate) fn load(file: &Path, lang: Lang) -> Result<storage::Loaded> {
    let loaded = storage::load(file)?;
    for w in &loaded.warnings {
        eprintln!("{}:{}", file.display(), w.describe(lang));
    }
    Ok(loaded)
}

fn convert(args: &ConvertArgs) -> Result<()> {
    let (input, output) = (&args.input, &args.output);
    let lang = words::messages(args.lang);
    if same_file(input, output) {
        return Err(Msg::new("cli-convert-over-input")
            .arg("path", output.display().to_string())
            .into());
    }
    let format = output_format(output, args.to)?;
    if args.style == Style::Obsidian && format != Format::Markdown {
        return Err(Msg::new("cli-obsidian-needs-md").into());
    }
    ensure_writable(output, args.force)?;
    let loaded = load(input, lang)?;
    let mut model = loaded.model;
    let version = match &args.version {
        Some(key) => Some(find_version(&model, input, key)?.id),
        None => None,
    };
    if let Some(id) = version
        && matches!(
            (format, args.style),
            (Format::Ron, _) | (Format::Markdown, Style::Holst)
        )
    {
        // One version asked for: the model of that version alone.
        model.versions.retain(|v| v.id == id);
        model.final_version = model.final_version.filter(|f| *f == id);
    }
    let options = WriteOptions {
        style: args.style,
        lang: args.lang.unwrap_or_else(|| words::model_lang(&model)),
        version,
    };
    write_out(&model, output, format, &options)?;
    wrote(output, lang, None);
    Ok(())
}

/// Whether two paths name the same existing file (after links, `..` and hard links).
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (ma.dev(), ma.ino()) == (mb.dev(), mb.ino()) {
            return true;
        }
    }
    #[cfg(not(unix))]
    let _ = (ma, mb);
    matches!(
        (std::fs::canonicalize(a), std::fs::canonicalize(b)),
        (Ok(x), Ok(y)) if x == y
    )
}

/// Refuses to replace an existing file unless asked to (`new` and `convert` alike);
/// standard output is always written.
fn ensure_writable(output: &Path, force: bool) -> Result<()> {
    if is_stdout(output) {
        return Ok(());
    }
    if output.exists() && !force {
        return Err(Msg::new("cli-exists")
            .arg("path", output.display().to_string())
            .into());
    }
    Ok(())
}
