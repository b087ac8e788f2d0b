//! The command line: `holst [FILE]` opens the editor; subcommands serve scripts.
//!
//! Errors go to stderr with exit code 1; wrong usage exits with 2 (clap's convention).

mod export;
mod versions;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use crate::model::{Model, Version};
use crate::storage::{self, Format};
use crate::templates::{TEMPLATES, Template};

/// Holst: a desktop editor for business model canvases.
#[derive(Debug, Parser)]
#[command(name = "holst", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; with none, the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A .ron or .md file to open in the editor (default: the «Веселый войлок» template).
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
        /// The file to write (.ron or .md).
        #[arg(long, short)]
        output: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check that a file is a valid model; exit 0 if so, else 1 with the error.
    Check {
        /// The .ron or .md file.
        file: PathBuf,
    },
    /// Convert between .ron and .md, by extension.
    Convert {
        /// The file to read.
        input: PathBuf,
        /// The file to write; never the input.
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print a model's versions to PDF (A3 landscape by default).
    Export(export::ExportArgs),
    /// List a model's versions: index, name, layout, note count, final mark.
    Versions(versions::VersionsArgs),
    /// List what differs between two versions of a model, one line per difference.
    Diff(versions::DiffArgs),
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
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
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("holst: error: {}", message(&e));
            ExitCode::FAILURE
        }
    }
}

/// Carries out a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        #[cfg(feature = "gui")]
        None => crate::app::run(cli.file.as_deref()),
        #[cfg(not(feature = "gui"))]
        None => bail!("this holst was built without the editor (the `gui` feature)"),
        Some(Command::Templates) => {
            for t in TEMPLATES {
                println!("{}\t{}", t.id, t.title());
            }
            Ok(())
        }
        Some(Command::New {
            template,
            output,
            force,
        }) => new(&template, &output, force),
        Some(Command::Check { file }) => check(&file),
        Some(Command::Convert {
            input,
            output,
            force,
        }) => convert(&input, &output, force),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::Versions(args)) => versions::versions(&args),
        Some(Command::Diff(args)) => versions::run_diff(&args),
    }
}

fn new(template: &str, output: &Path, force: bool) -> Result<()> {
    let ids: Vec<&str> = TEMPLATES.iter().map(|t| t.id).collect();
    let Some(t) = Template::find(template) else {
        bail!(
            "no template `{template}`; expected one of: {}",
            ids.join(", ")
        );
    };
    ensure_writable(output, force)?;
    let model = t.model().with_context(|| format!("template {template}"))?;
    storage::save(&model, output)?;
    println!("wrote {} from template {template}", output.display());
    Ok(())
}

fn check(file: &Path) -> Result<()> {
    let loaded = storage::load(file)?;
    for w in &loaded.warnings {
        eprintln!("{}:{w}", file.display());
    }
    let m = &loaded.model;
    println!(
        "{}: ok, «{}», {} version(s), {} note(s)",
        file.display(),
        m.title,
        m.versions.len(),
        m.note_count()
    );
    Ok(())
}

fn convert(input: &Path, output: &Path, force: bool) -> Result<()> {
    if same_file(input, output) {
        bail!(
            "{} is the input file; expected another file name for the converted model",
            output.display()
        );
    }
    ensure_writable(output, force)?;
    let loaded = storage::load(input)?;
    for w in &loaded.warnings {
        eprintln!("{}:{w}", input.display());
    }
    storage::save(&loaded.model, output)?;
    println!("wrote {}", output.display());
    Ok(())
}

/// An error with its causes, each said once: a cause whose text the message already holds
/// (as `{path}: {reason}` errors do) is not repeated.
fn message(e: &anyhow::Error) -> String {
    let mut text = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
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

/// Refuses to replace an existing file unless asked to (`new` and `convert` alike).
fn ensure_writable(output: &Path, force: bool) -> Result<()> {
    if Format::of(output).is_none() {
        bail!(
            "{}: unknown output type; expected a .ron or .md file name",
            output.display()
        );
    }
    if output.exists() && !force {
        bail!(
            "{} exists already; pass --force to replace it",
            output.display()
        );
    }
    Ok(())
}

/// Finds a version by name or 1-based number, or says which ones the file has.
pub(crate) fn find_version<'m>(model: &'m Model, file: &Path, key: &str) -> Result<&'m Version> {
    if let Some(v) = model.find_version(key) {
        return Ok(v);
    }
    let list: Vec<String> = model
        .versions
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{} «{}»", i + 1, v.name))
        .collect();
    bail!(
        "{}: no version `{key}`; expected a name or a number from 1 to {}: {}",
        file.display(),
        model.versions.len(),
        list.join(", ")
    )
}
