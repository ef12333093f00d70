//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use verbatim_core::ArticleInput;
use verbatim_core::{inline_view, InlinePiece};
use verbatim_core::{Comparison, Excerpt};

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

/// Checks every invariant of a comparison that must hold whatever the input: every excerpt is
/// exactly its slice, every alignment row rebuilds its version, every inline view rebuilds the
/// version it is compared with.
pub fn assert_lossless(c: &Comparison, inputs: &[ArticleInput]) {
    assert_eq!(c.articles.len(), inputs.len());
    for (a, input) in c.articles.iter().zip(inputs) {
        assert_eq!(a.text, input.text, "article text is kept whole");
    }
    let slice = |e: &Excerpt| &inputs[e.article].text[e.start..e.end];
    for s in &c.statements {
        for (v, version) in s.versions.iter().enumerate() {
            let text = &inputs[version.article].text[version.start..version.end];
            assert_eq!(version.text, text, "version text is its slice");
            let row: String = s
                .alignment
                .columns
                .iter()
                .filter_map(|col| col.cells[v].clone())
                .collect();
            assert_eq!(row, version.text, "alignment row rebuilds the version");
            if let Some(verb) = &version.verb {
                assert_eq!(verb.text, slice(verb));
            }
            if v != s.base {
                let base_again: String = inline_view(s, v, false)
                    .into_iter()
                    .filter_map(|p| match p {
                        InlinePiece::Same { text } => Some(text),
                        InlinePiece::Change { deleted, .. } => Some(deleted),
                        InlinePiece::MovedHere { .. } => None,
                    })
                    .collect();
                // Against the base, or for a translation its language's fullest version.
                let compared = &s.versions[version.compared_with];
                assert_eq!(
                    base_again, compared.text,
                    "inline view rebuilds the version compared with"
                );
            }
        }
        for change in &s.changes {
            for e in change.sides() {
                assert_eq!(e.text, slice(e), "change text is its slice");
            }
        }
    }
    for conflict in &c.conflicts {
        for m in &conflict.mentions {
            assert_eq!(m.text, slice(m));
        }
    }
}
