//! Browser glue, compiled only for `wasm32`: the exported functions, the page controller, the
//! article cards and the statement view.
//!
//! Nothing here computes anything the engine could; user text reaches the DOM only as text
//! nodes (`create_text_node` / `set_text_content`) or form values, never as HTML.

#[cfg(feature = "page")]
pub mod actions;
#[cfg(feature = "page")]
pub mod app;
pub mod bindings;
#[cfg(feature = "page")]
pub mod card;
#[cfg(feature = "page")]
pub mod cards;
#[cfg(feature = "page")]
pub mod checks;
#[cfg(feature = "page")]
pub mod context;
#[cfg(feature = "page")]
pub mod controls;
pub mod decode;
pub mod dom;
#[cfg(feature = "page")]
pub mod event;
#[cfg(feature = "page")]
pub mod files;
#[cfg(feature = "page")]
pub mod html;
#[cfg(any(feature = "page", feature = "worker"))]
pub mod js;
#[cfg(feature = "page")]
pub mod pair;
#[cfg(feature = "page")]
pub mod protocol;
pub mod requests;
#[cfg(feature = "page")]
pub mod results;
#[cfg(feature = "page")]
pub mod share;
#[cfg(feature = "page")]
pub mod state;
#[cfg(feature = "page")]
pub mod status;
#[cfg(feature = "page")]
pub mod store;
pub mod view;
#[cfg(feature = "page")]
pub mod worker;

#[cfg(feature = "page")]
use wasm_bindgen::prelude::*;

/// Entry point run by the generated JS when the module loads: wires up the page if this
/// document is the Verbatim page (in the worker there is no document, and nothing to wire).
#[cfg(feature = "page")]
#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    console_error_panic_hook::set_once();
    app::mount_if_present()
}
