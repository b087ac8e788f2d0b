//! `holst check`: the summary of a valid file, and with `--advice` the canvas checker's
//! findings, one block of lines each.
//!
//! ```text
//! «Пекарня» — 3 finding(s)
//! problem R1_value_without_segment: Value proposition “…” serves no customer segment.
//!   notes: 4
//!   rule: “Your business may offer several values; …” (001:656)
//! ```

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{find_version, load, words};
use crate::i18n::{tr, tr_args};
use crate::method::checker::{self, Finding};
use crate::model::{Lang, Model, Version};

/// Prints the findings of the model's versions (or of one); exit 1 with `strict` when
/// there is any, else 0. `file` is where the model came from, for messages.
pub fn run(
    model: &Model,
    file: &Path,
    lang: Option<Lang>,
    strict: bool,
    version: Option<&str>,
) -> Result<ExitCode> {
    let lang = words::messages(lang);
    let versions: Vec<&Version> = match version {
        Some(key) => vec![find_version(model, file, key)?],
        None => model.versions.iter().collect(),
    };
    let mut total = 0;
    for v in versions {
        let findings = checker::check(v);
        total += findings.len();
        print!("{}", report(v, &findings, lang));
    }
    Ok(if strict && total > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The lines printed for one version.
pub(crate) fn report(v: &Version, findings: &[Finding], lang: Lang) -> String {
    let name = words::escaped(&v.name);
    let header = tr_args(
        lang,
        "checker-report-header",
        &[("version", name.into()), ("count", findings.len().into())],
    );
    let mut out = format!("{header}\n");
    for f in findings {
        let _ = writeln!(
            out,
            "{} {}: {}",
            f.severity.label(lang),
            f.rule.id(),
            f.message(lang)
        );
        if !f.notes.is_empty() {
            let ids: Vec<String> = f.notes.iter().map(|n| n.0.to_string()).collect();
            let label = tr(lang, "checker-report-notes");
            let _ = writeln!(out, "  {label}: {}", ids.join(", "));
        }
        if let Some(q) = f.quote() {
            let label = tr(lang, "checker-report-rule");
            let src = q.sources().join(", ");
            if src.is_empty() {
                let _ = writeln!(out, "  {label}: {}", q.quoted(lang));
            } else {
                let _ = writeln!(out, "  {label}: {} ({src})", q.quoted(lang));
            }
        }
    }
    out
}

/// `holst check`: reads the file and prints a summary; the model, for `--advice`.
pub(super) fn check(file: &Path, lang: Option<Lang>) -> Result<Model> {
    let lang = words::messages(lang);
    let loaded = load(file, lang)?;
    let m = &loaded.model;
    let title = words::escaped(&m.title);
    let (v, n) = (m.versions.len(), m.note_count());
    let ok = crate::i18n::Message::new("cli-check-ok")
        .arg("file", file.display().to_string())
        .arg("title", title)
        .arg("versions", v)
        .arg("notes", n);
    super::say(ok.text(lang));
    Ok(loaded.model)
}
