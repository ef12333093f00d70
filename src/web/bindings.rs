//! The functions the JavaScript side may call: the page's worker (`www/worker.js`), the
//! widget and the benchmark all go through these, never through the engine's Rust API.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::engine::{compare, ArticleInput, CompareOptions};

/// What `compareArticles` takes: the articles and, optionally, the base article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CompareRequest {
    /// The articles, in order.
    pub articles: Vec<ArticleInput>,
    /// The article whose versions anchor the statements (0-based), if the user chose one.
    #[serde(default)]
    pub base_article: Option<usize>,
}

/// Compares articles. Takes `{articles: [{text, label?}], base_article?}` and returns the
/// `Comparison` (see the engine's model), or throws an `Error` whose message tells the user
/// what to change.
#[wasm_bindgen(js_name = compareArticles)]
pub fn compare_articles(request: JsValue) -> Result<JsValue, JsValue> {
    let request: CompareRequest = serde_wasm_bindgen::from_value(request)
        .map_err(|e| js_sys::Error::new(&format!("malformed request: {e}")))?;
    let options = CompareOptions {
        base_article: request.base_article,
    };
    let comparison = compare(&request.articles, &options)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    to_js(&comparison)
}

/// Serializes for JavaScript: maps become plain objects, so the result reads naturally there.
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}
