//! Browser glue, compiled only for `wasm32`: the page controller and the DOM view.
//!
//! Nothing here computes anything the engine could; user text reaches the DOM only as text
//! nodes (`Document::create_text_node` / `set_text_content`), never as HTML.

pub mod app;
pub mod dom;
pub mod view;

use wasm_bindgen::prelude::*;

/// Entry point run by the generated JS when the module loads: wires up the page if this
/// document is the Verbatim page.
#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    console_error_panic_hook::set_once();
    app::mount_if_present()
}
