//! `compare` on two to four articles cut from the fuzzer's bytes (at 0x01 bytes, as UTF-8 with
//! replacements): never a panic, and the result lossless.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verbatim_core::{compare, ArticleInput, CompareOptions};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let inputs: Vec<ArticleInput> = text
        .split('\u{1}')
        .take(4)
        .map(|t| ArticleInput {
            text: t.to_string(),
            label: None,
            file_name: None,
        })
        .collect();
    if let Ok(c) = compare(&inputs, &CompareOptions::default()) {
        if let Err(broken) = verbatim_core::internals::lossless(&c, &inputs) {
            panic!("not lossless: {broken}");
        }
    }
});
