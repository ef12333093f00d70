//! Prints how the engine read each `.txt` article of a folder (sorted by name) before
//! matching: every segment with its form, its speaker (`*` when known to be a person) and its
//! reporting verb. For debugging attribution and layout.
//!
//! ```text
//! cargo run --release --example segments -- tests/fixtures/harbour
//! ```

use std::path::PathBuf;

use verbatim_core::ArticleInput;

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: segments FOLDER");
        std::process::exit(2);
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let inputs: Vec<ArticleInput> = paths
        .iter()
        .map(|p| ArticleInput {
            text: std::fs::read_to_string(p).expect("UTF-8 text"),
            label: None,
            file_name: None,
        })
        .collect();
    print!("{}", verbatim_core::internals::segments(&inputs));
}
