//! Every input the fuzzers found a bug with (`fuzz/regressions/<target>/`), and the seed
//! files, run through the fuzz targets' own checks (`fuzz/src`), so they are tested by
//! `cargo test` without nightly or cargo-fuzz.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The files of a folder (hidden ones, like `.gitkeep`, left out), sorted; none when the
/// folder does not exist.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Runs `check` on every file, naming the file of the first that fails.
fn run_all(paths: &[PathBuf], check: fn(&[u8])) -> usize {
    for path in paths {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let result = std::panic::catch_unwind(|| check(&data));
        assert!(result.is_ok(), "{} fails its fuzz check", path.display());
    }
    paths.len()
}

fn regressions(target: &str) -> Vec<PathBuf> {
    files(&root().join("fuzz/regressions").join(target))
}

fn with_ext(dir: &str, ext: &str) -> Vec<PathBuf> {
    files(&root().join(dir))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect()
}

#[test]
fn ron_reader_regressions_and_seeds_pass() {
    let seeds = with_ext("assets/templates", "ron");
    assert!(seeds.len() >= 4, "the templates are the RON seeds");
    run_all(&seeds, checks::ron_read);
    run_all(&regressions("ron_read"), checks::ron_read);
}

#[test]
fn markdown_reader_regressions_and_seeds_pass() {
    let seeds = with_ext("examples/cases", "md");
    assert!(seeds.len() >= 2, "the cases are the Markdown seeds");
    run_all(&seeds, checks::markdown_read);
    run_all(&regressions("markdown_read"), checks::markdown_read);
}

#[test]
fn canvas_reader_regressions_and_seeds_pass() {
    let seeds = with_ext("tests/data/formats/jsoncanvas", "canvas");
    assert!(seeds.len() >= 3, "the JSON Canvas fixtures are the seeds");
    run_all(&seeds, checks::canvas_read);
    run_all(&regressions("canvas_read"), checks::canvas_read);
}

#[test]
fn ops_regressions_pass() {
    // Every start model, with a few edits decoded from fixed bytes.
    for pick in 0..6u8 {
        let mut data = vec![pick];
        data.extend((0..255u8).map(|b| b.wrapping_mul(37).wrapping_add(pick)));
        checks::ops_undo(&data);
    }
    run_all(&regressions("ops_undo"), checks::ops_undo);
}
