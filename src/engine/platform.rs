//! What the engine asks of the platform it runs on: the only `cfg(target_arch)` in the engine.
//!
//! - **Unicode normalization.** Natively the `unicode-normalization` crate; in WebAssembly the
//!   browser's own `String.prototype.normalize`, whose tables would otherwise add some 70 KB
//!   (gzip) to every page and widget.
//! - **A clock** for the diff's deadline. `similar` takes `std::time::Instant` natively and
//!   `web_time::Instant` (its `wasm32_web_time` feature, on in the browser build) on wasm32,
//!   where `std`'s clock panics.

/// The Unicode normalization forms the engine uses.
#[derive(Debug, Clone, Copy)]
pub enum NormalForm {
    /// Compatibility composition: what comparison keys are made of.
    Nfkc,
    /// Canonical decomposition: accents split off, so they can be dropped.
    Nfd,
}

/// `text` in the normalization `form`.
#[cfg(not(target_arch = "wasm32"))]
pub fn normalize(text: &str, form: NormalForm) -> String {
    use unicode_normalization::UnicodeNormalization;
    match form {
        NormalForm::Nfkc => text.nfkc().collect(),
        NormalForm::Nfd => text.nfd().collect(),
    }
}

/// `text` in the normalization `form`.
#[cfg(target_arch = "wasm32")]
pub fn normalize(text: &str, form: NormalForm) -> String {
    let form = match form {
        NormalForm::Nfkc => "NFKC",
        NormalForm::Nfd => "NFD",
    };
    js_sys::JsString::from(text).normalize(form).into()
}

/// The clock `similar` accepts on this platform.
#[cfg(target_arch = "wasm32")]
pub use similar::Instant;
/// The clock `similar` accepts on this platform.
#[cfg(not(target_arch = "wasm32"))]
pub use std::time::Instant;

/// The largest character boundary of `s` at or before byte `i` (what `str::floor_char_boundary`
/// does in newer Rust than the crate's minimum): slicing there never panics.
pub fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
