//! A folder of per-block files, as Obsidian vault templates lay a canvas out: one `.md` file
//! per block, the block in the file's name (`KEY PARTNERSHIPS 🔗.md`, `❗️PROBLEM.md`,
//! `partners.md`), read as one version titled after the folder.
//!
//! Only `*.md` files count (`.bak` copies, `.canvas` files and other files are ignored); a
//! file whose name names no block is read when its first heading names one, else it is
//! skipped with a warning. Inside a file, a heading naming its block opens it (text before
//! it is description), and every other heading is a sub-section of that block.

use std::path::Path;

use super::raw::{self, Parsed, RawVersion};
use super::read::{self, Context};
use super::{Warnings, lines};
use crate::i18n::Message;
use crate::model::{BlockId, MAX_FILE_BYTES, Model, normalise};
use crate::storage::{StorageError, Warning, decode, read_limited};

/// One file of the folder: its name, its block and its text.
struct BlockFile {
    name: String,
    block: BlockId,
    text: String,
}

/// The block a file's text names in its first heading, if any.
fn first_heading_block(text: &str) -> Option<BlockId> {
    lines::numbered(text)
        .find_map(|l| lines::heading(l.text))
        .and_then(|(_, t)| BlockId::parse(t))
}

/// The block files of a folder, in name order, and whether one names the Lean value
/// proposition; files naming no block are skipped with a warning.
fn block_files(
    dir: &Path,
    warnings: &mut Warnings,
) -> Result<(Vec<BlockFile>, bool), StorageError> {
    let io = |source| StorageError::Io {
        path: dir.into(),
        source,
    };
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("md"))
                && p.is_file()
        })
        .collect();
    names.sort();
    let mut files = Vec::new();
    let mut total: u64 = 0;
    let mut lean_named = false;
    for path in names {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = read_limited(&path)?;
        total += bytes.len() as u64;
        if total > MAX_FILE_BYTES {
            return Err(StorageError::TooLarge {
                path: dir.into(),
                size: total,
            });
        }
        let text = decode(bytes).map_err(|error| StorageError::Parse {
            path: path.clone(),
            error,
        })?;
        let block = BlockId::parse(&stem).or_else(|| first_heading_block(&text));
        let Some(block) = block else {
            warnings.add(1, || {
                Message::new("md-folder-file-no-block").arg("file", &name)
            });
            continue;
        };
        lean_named |= matches!(
            normalise(&stem).as_str(),
            "unique value proposition" | "uvp" | "уникальное ценностное предложение"
        );
        files.push(BlockFile { name, block, text });
    }
    Ok((files, lean_named))
}

/// Reads a folder of per-block Markdown files as one model (see the module docs). Errors
/// name the file they are in; a folder with no block file is an error.
pub fn read_folder(dir: &Path) -> Result<(Model, Vec<Warning>), StorageError> {
    let mut warnings = Warnings::default();
    let (mut files, lean_named) = block_files(dir, &mut warnings)?;
    if files.is_empty() {
        return Err(StorageError::Parse {
            path: dir.into(),
            error: crate::storage::ParseError::new(1, 1, &Message::new("md-folder-no-block-file")),
        });
    }
    // The blocks in canvas order, so that notes are drawn block by block.
    files.sort_by_key(|f| BlockId::ALL.iter().position(|b| *b == f.block));
    let mut merged = Parsed {
        sections: true,
        lean_named,
        ..Parsed::default()
    };
    let mut version = RawVersion {
        line: 1,
        ..RawVersion::default()
    };
    for f in files {
        let parsed = read::parse(
            &f.text,
            Context {
                block: Some(f.block),
            },
        )
        .map_err(|error| StorageError::Parse {
            path: dir.join(&f.name),
            error,
        })?;
        merged.skipped |= parsed.skipped;
        merged.lean_named |= parsed.lean_named;
        for w in parsed.warnings.finish() {
            let name = &f.name;
            // The file's name before its own warning, in whichever language that was made.
            warnings.push(crate::storage::Warning {
                line: w.line,
                message: format!("{name}: {}", w.message),
                ru: format!("{name}: {}", w.ru),
            });
        }
        for v in parsed.versions {
            if !version.blocks.contains(&f.block) {
                version.blocks.push(f.block);
            }
            if !v.description.trim().is_empty() {
                let piece = format!("{}:\n{}", f.name, v.description.trim_end());
                if !version.description.is_empty() {
                    version.description.push_str("\n\n");
                }
                version.description.push_str(&piece);
            }
            version.notes.extend(v.notes);
        }
    }
    merged.versions.push(version);
    merged.warnings = warnings;
    let title = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    raw::build(merged, title.as_deref()).map_err(|error| StorageError::Parse {
        path: dir.into(),
        error,
    })
}
