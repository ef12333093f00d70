//! Prints the statement search's pair features for the `.txt` articles of a folder (sorted by
//! name), one JSON object a line: what `scripts/fit-pair-model` fits the match probability on.
//!
//! ```text
//! cargo run --release --example pair-features -- ../shared/corpus/<group>
//! ```

use std::path::PathBuf;

use verbatim_core::ArticleInput;

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: pair-features FOLDER");
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
    print!("{}", verbatim_core::internals::pair_features(&inputs));
}
