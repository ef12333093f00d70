//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use verbatim_core::ArticleInput;
use verbatim_core::Comparison;

/// The `.txt` files of a folder, sorted by name, as articles without labels.
pub fn articles_in(dir: &Path) -> Vec<ArticleInput> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| ArticleInput {
            text: std::fs::read_to_string(p).unwrap(),
            label: None,
            file_name: None,
        })
        .collect()
}

/// The folder `../shared/<name>` beside the project (the seeds, the corpus), or `None` with a
/// visible message when it is absent. Those texts are third-party and never copied into the
/// project, so a clone elsewhere may lack them; under `CI=true` that is a failure, so that CI
/// cannot pass by skipping.
pub fn shared_folder(name: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(name);
    if dir.is_dir() {
        return Some(dir);
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(
        !ci,
        "{} is missing, and CI is set: these tests must run there (put the shared folder \
         beside the project)",
        dir.display()
    );
    eprintln!(
        "SKIPPED: {} not found (third-party texts live outside the project)",
        dir.display()
    );
    None
}

/// The project's own example: four invented outlets quoting an invented port minister.
pub fn harbour() -> Vec<ArticleInput> {
    articles_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/harbour"))
}

/// Checks every invariant of a comparison that must hold whatever the input (see
/// `internals::lossless`).
pub fn assert_lossless(c: &Comparison, inputs: &[ArticleInput]) {
    if let Err(broken) = verbatim_core::internals::lossless(c, inputs) {
        panic!("not lossless: {broken}");
    }
}
