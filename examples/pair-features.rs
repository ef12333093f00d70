//! Prints the statement search's pair features for the `.txt` articles of a folder (sorted by
//! name), one JSON object a line: what `scripts/fit-pair-model` fits the match probability on.
//!
//! ```text
//! cargo run --release --example pair-features -- ../shared/corpus/<group> [WORD_MODEL]
//! ```
//!
//! With a word model file (`target/model/verbatim-words.bin`), each line also gives `soft`,
//! the near-word feature the model adds.

use std::path::PathBuf;

use verbatim_core::ArticleInput;

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: pair-features FOLDER [WORD_MODEL]");
        std::process::exit(2);
    };
    if let Some(model) = std::env::args().nth(2) {
        let bytes = std::fs::read(&model).unwrap_or_else(|e| panic!("cannot read {model}: {e}"));
        verbatim_core::load_word_model(&bytes).unwrap_or_else(|e| panic!("{e}"));
    }
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
