//! `compare_versions` (the widget's) on two to four versions cut from the fuzzer's bytes (at
//! 0x01 bytes; a version that starts with 0x02 is a paraphrase): never a panic, and the result
//! lossless.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verbatim_core::{compare_versions, CompareOptions, Form, VersionInput};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let versions: Vec<VersionInput> = text
        .split('\u{1}')
        .take(4)
        .map(|t| VersionInput {
            text: t.to_string(),
            label: None,
            form: Some(if t.starts_with('\u{2}') { Form::Paraphrase } else { Form::Quote }),
        })
        .collect();
    if let Ok(c) = compare_versions(&versions, &CompareOptions::default()) {
        let inputs: Vec<_> = versions.iter().map(VersionInput::article).collect();
        if let Err(broken) = verbatim_core::internals::lossless(&c, &inputs) {
            panic!("not lossless: {broken}");
        }
    }
});
