//! Prints how the engine read each `.txt` article of a folder (sorted by name) before
//! matching: every segment with its form, its speaker (`*` when known to be a person) and its
//! reporting verb. For debugging attribution and layout.
//!
//! ```text
//! cargo run --release --example segments -- tests/fixtures/harbour
//! ```

use std::path::PathBuf;

// The integration tests' reader of a folder of articles.
#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: segments FOLDER");
        std::process::exit(2);
    };
    let inputs = common::articles_in(&dir);
    print!("{}", verbatim_core::internals::segments(&inputs));
}
