//! The CLI carries the word model when `scripts/setup` has distilled it (into
//! `target/model/verbatim-words.bin`, never committed): then `cfg(verbatim_word_model)` is set
//! and `VERBATIM_WORD_MODEL` names the file for `include_bytes!`. Without it the CLI matches on
//! words alone and says so in its `--help`. The library itself never embeds the model: the
//! page's worker fetches it as a file of its own.

use std::path::Path;

fn main() {
    println!("cargo:rustc-check-cfg=cfg(verbatim_word_model)");
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/model/verbatim-words.bin");
    println!("cargo:rerun-if-changed={}", model.display());
    if model.is_file() {
        println!("cargo:rustc-cfg=verbatim_word_model");
        println!("cargo:rustc-env=VERBATIM_WORD_MODEL={}", model.display());
    }
}
