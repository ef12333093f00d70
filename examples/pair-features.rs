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

// The integration tests' reader of a folder of articles.
#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: pair-features FOLDER [WORD_MODEL]");
        std::process::exit(2);
    };
    if let Some(model) = std::env::args().nth(2) {
        let bytes = std::fs::read(&model).unwrap_or_else(|e| panic!("cannot read {model}: {e}"));
        verbatim_core::load_word_model(&bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    let inputs = common::articles_in(&dir);
    print!("{}", verbatim_core::internals::pair_features(&inputs));
}
