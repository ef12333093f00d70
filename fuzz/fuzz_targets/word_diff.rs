//! The word diff of two texts cut from the fuzzer's bytes (at the first 0x01 byte): never a
//! panic, and its runs rebuild both texts exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verbatim_core::diff_texts;
use verbatim_core::internals::rebuild;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (old, new) = text.split_once('\u{1}').unwrap_or((&text, ""));
    let runs = diff_texts(old, new);
    assert_eq!(rebuild(&runs, old, true), old);
    assert_eq!(rebuild(&runs, new, false), new);
});
