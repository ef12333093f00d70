//! The functions the JavaScript side may call: the page's worker (`www/worker.js`), the
//! widget and the benchmark all go through these, never through the engine's Rust API.

#[cfg(any(feature = "worker", feature = "widget"))]
use wasm_bindgen::prelude::*;

pub use super::requests::{CompareRequest, WidgetRequest};

#[cfg(any(feature = "worker", feature = "widget"))]
use super::decode::FromJs;

/// Compares articles. Takes `{articles: [{text, label?}], base_article?}` and returns the
/// `Comparison` (see the engine's model), or throws an `Error` whose message tells the user
/// what to change.
#[cfg(feature = "worker")]
#[wasm_bindgen(js_name = compareArticles)]
pub fn compare_articles(request: JsValue) -> Result<JsValue, JsValue> {
    use crate::engine::compare;
    let request = CompareRequest::from_js(&request)
        .map_err(|e| js_sys::Error::new(&format!("malformed request: {e}")))?;
    let options = crate::engine::CompareOptions {
        base_article: request.base_article,
    };
    let comparison = compare(&request.articles, &options)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    Ok(super::js::ToJs::to_js(&comparison))
}

/// Installs the word model (the file `verbatim-words.bin` beside the page) for the
/// comparisons that follow; throws an `Error` saying why when the bytes are no model.
#[cfg(feature = "worker")]
#[wasm_bindgen(js_name = loadWordModel)]
pub fn load_word_model(bytes: &[u8]) -> Result<(), JsValue> {
    crate::engine::semantic::load(bytes).map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// True once the word model is installed.
#[cfg(feature = "worker")]
#[wasm_bindgen(js_name = wordModelLoaded)]
pub fn word_model_loaded() -> bool {
    crate::engine::semantic::model().is_some()
}

/// Renders the comparison of one statement's versions into `root` (the widget's shadow
/// root container), replacing what was there. Throws an `Error` with a readable message for
/// bad input (fewer than two versions, an empty one).
#[cfg(feature = "widget")]
#[wasm_bindgen(js_name = renderWidget)]
pub fn render_widget(root: &web_sys::Element, request: JsValue) -> Result<(), JsValue> {
    use super::dom::clear;
    use super::view::{render_statement, Mode, ViewOptions};
    use crate::engine::{compare_versions, CompareOptions};
    let request = WidgetRequest::from_js(&request)
        .map_err(|e| js_sys::Error::new(&format!("malformed request: {e}")))?;
    let options = CompareOptions {
        base_article: request.base.filter(|&b| b < request.versions.len()),
    };
    let comparison = compare_versions(&request.versions, &options)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    let mode = match request.mode.as_deref() {
        Some("table") => Mode::Table,
        Some("side-by-side") => Mode::SideBySide,
        _ => Mode::Inline,
    };
    let doc = root
        .owner_document()
        .ok_or("the widget is not in a document")?;
    clear(root);
    let options = ViewOptions {
        mode,
        substantive_only: false,
        other: request.other,
    };
    render_statement(&doc, root, &comparison, 0, options)
}

/// Word diff of two texts (the engine's tokens through `similar`, cleaned up), as one flat
/// array: for each run, `tag` (0 equal, 1 delete, 2 insert) and the UTF-8 byte ranges in the
/// old and the new text — five numbers a run, with no JavaScript object per token.
#[cfg(feature = "worker")]
#[wasm_bindgen(js_name = diffWords)]
pub fn diff_words(old: &js_sys::JsString, new: &js_sys::JsString) -> Vec<u32> {
    diff_runs_flat(&utf8_of(old), &utf8_of(new))
}

/// The runs of [`crate::engine::diff::diff_texts`], five numbers each (see [`diff_words`]).
#[cfg(feature = "worker")]
fn diff_runs_flat(old: &str, new: &str) -> Vec<u32> {
    use crate::engine::diff_texts;
    use crate::engine::model::DiffRun;
    let runs = diff_texts(old, new);
    let mut out = Vec::with_capacity(runs.len() * DiffRun::WORDS);
    for r in runs {
        out.extend(r.flat());
    }
    out
}

#[cfg(feature = "worker")]
#[wasm_bindgen(inline_js = "const encoder = new TextEncoder();
export function encode_into(text, view) { return encoder.encodeInto(text, view).written; }")]
extern "C" {
    /// `TextEncoder.encodeInto`: writes `text` as UTF-8 into `view`, returns the bytes written.
    fn encode_into(text: &js_sys::JsString, view: &js_sys::Uint8Array) -> u32;
}

/// A JavaScript string as UTF-8, written by the browser's encoder straight into wasm memory.
///
/// A `&str` argument would do the same through wasm-bindgen's glue, which copies the ASCII
/// prefix one character at a time in JavaScript first: a tenth of a 10k-word diff.
#[cfg(feature = "worker")]
fn utf8_of(text: &js_sys::JsString) -> String {
    // One UTF-16 unit never takes more than three UTF-8 bytes.
    let capacity = text.length() as usize * 3;
    let mut bytes: Vec<u8> = Vec::with_capacity(capacity);
    // SAFETY: the view covers the vector's spare capacity and lives only for the call, during
    // which nothing allocates in wasm memory (so the memory cannot grow and move under it).
    let written = unsafe {
        let view = js_sys::Uint8Array::view_mut_raw(bytes.as_mut_ptr(), capacity);
        encode_into(text, &view)
    } as usize;
    // SAFETY: `encodeInto` wrote `written` bytes (at most the capacity it was given) of UTF-8,
    // as the Encoding Standard requires (lone surrogates become U+FFFD), never part of a
    // character.
    unsafe {
        bytes.set_len(written.min(capacity));
        String::from_utf8_unchecked(bytes)
    }
}

/// [`diff_words`] with offsets in UTF-16 code units (JavaScript string indexes) instead of
/// UTF-8 bytes, so a page can slice its own strings with them: the page's two-text mode.
#[cfg(feature = "worker")]
#[wasm_bindgen(js_name = diffWordsUtf16)]
pub fn diff_words_utf16(old: &js_sys::JsString, new: &js_sys::JsString) -> Vec<u32> {
    let (old, new) = (utf8_of(old), utf8_of(new));
    let (old, new) = (old.as_str(), new.as_str());
    let mut flat = diff_runs_flat(old, new);
    for (text, first) in [(old, 1), (new, 3)] {
        // Runs rebuild each text in order, so a text's offsets only grow: one walk per text.
        let (mut chars, mut byte, mut unit) = (text.chars(), 0usize, 0u32);
        for run in flat.chunks_exact_mut(5) {
            for offset in &mut run[first..first + 2] {
                while byte < *offset as usize {
                    let Some(c) = chars.next() else { break };
                    byte += c.len_utf8();
                    unit += c.len_utf16() as u32;
                }
                *offset = unit;
            }
        }
    }
    flat
}
