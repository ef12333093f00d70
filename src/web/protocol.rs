//! The messages between the page and its engine worker (`www/worker.js`), written down once:
//! the page builds and reads them only through this module, and the worker's opening comment
//! points here.
//!
//! | direction | message | when |
//! |---|---|---|
//! | page → worker | `{id, request}` | compare articles: `request` as `compareArticles` takes it |
//! | page → worker | `{id, pair: {old, new}}` | two long texts (each a string or a `File`, read in the worker) |
//! | worker → page | `{id, comparison, total, model}` | a result: the most widely carried statements, how many there were, and `model` (`"loading"`: matched on words alone, a refined result follows; `"loaded"`) |
//! | worker → page | `{id, model: "unavailable"}` | the word model could not be had: the first result stands |
//! | worker → page | `{id, runs, old, new, cosmetic}` | two texts' word diff: `runs` the flat run encoding with UTF-16 offsets ([`crate::engine::model::DiffRun::flat`]), transferred; the texts as read; how many equal runs differ only in case or quote marks |
//! | worker → page | `{id, error}` | what failed, in words |
//!
//! `id` is the [`super::worker`] client's job number: a reply to an older job is dropped.

use js_sys::{JsString, Object, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A field of a worker message, or `None` when it is missing or cannot be read.
fn field(message: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(message, &name.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// An object with the given fields.
fn object(fields: &[(&str, &JsValue)]) -> Result<JsValue, JsValue> {
    let message = Object::new();
    for (name, value) in fields {
        Reflect::set(&message, &(*name).into(), value)?;
    }
    Ok(message.into())
}

/// `{id, request}`: compare the articles of `request`.
pub fn analysis_request(id: u32, request: &JsValue) -> Result<JsValue, JsValue> {
    object(&[("id", &id.into()), ("request", request)])
}

/// `{id, pair: {old, new}}`: the word diff of two texts.
pub fn pair_request(id: u32, old: &JsValue, new: &JsValue) -> Result<JsValue, JsValue> {
    let pair = object(&[("old", old), ("new", new)])?;
    object(&[("id", &id.into()), ("pair", &pair)])
}

/// The job a reply answers.
pub fn reply_id(reply: &JsValue) -> Option<f64> {
    field(reply, "id").and_then(|v| v.as_f64())
}

/// What failed, when the reply says so.
pub fn reply_error(reply: &JsValue) -> Option<String> {
    field(reply, "error").and_then(|v| v.as_string())
}

/// Where the word model stands for a result (the `model` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordModel {
    /// An older worker's result, which says nothing of the model.
    NotUsed,
    /// Matched on words alone; the model is on its way, and a second result will follow.
    Loading,
    /// Matched with the model.
    Loaded,
    /// The model could not be had.
    Unavailable,
}

/// The `model` field of a result.
pub fn reply_word_model(reply: &JsValue) -> WordModel {
    match field(reply, "model").and_then(|v| v.as_string()).as_deref() {
        Some("loading") => WordModel::Loading,
        Some("loaded") => WordModel::Loaded,
        Some("unavailable") => WordModel::Unavailable,
        _ => WordModel::NotUsed,
    }
}

/// The comparison of a result, and how many statements there were before the worker kept the
/// most widely carried.
pub fn reply_comparison(reply: &JsValue) -> Option<(JsValue, Option<usize>)> {
    let total = field(reply, "total")
        .and_then(|v| v.as_f64())
        .map(|t| t as usize);
    field(reply, "comparison").map(|c| (c, total))
}

/// The word diff of two texts, as the worker sends it.
pub struct PairReply {
    /// The flat run encoding, five numbers a run (UTF-16 offsets).
    pub runs: Vec<u32>,
    /// The old text, as the worker read it.
    pub old: JsString,
    /// The new text.
    pub new: JsString,
    /// Equal runs that differ only in case or quote marks.
    pub cosmetic: usize,
}

/// Reads a two-text reply.
pub fn reply_pair(reply: &JsValue) -> Result<PairReply, JsValue> {
    let text = |name: &str| -> Result<JsString, JsValue> {
        field(reply, name)
            .ok_or_else(|| JsValue::from_str(&format!("the worker sent no `{name}`")))?
            .dyn_into()
    };
    Ok(PairReply {
        runs: Uint32Array::new(&field(reply, "runs").unwrap_or(JsValue::NULL)).to_vec(),
        old: text("old")?,
        new: text("new")?,
        cosmetic: field(reply, "cosmetic")
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0) as usize,
    })
}
