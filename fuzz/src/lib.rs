//! The fuzz targets' checks, shared with the regression test of the main package
//! (`tests/fuzz_regressions.rs` includes this file), so every saved input runs through
//! exactly these checks under `cargo test`, without nightly.
//!
//! Each check panics when an invariant breaks; libFuzzer reports the panic as a crash.

mod ops;
mod readers;

pub use ops::ops_undo;
pub use readers::{canvas_read, markdown_read, ron_read};
