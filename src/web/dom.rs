//! Small, safe DOM helpers: every string they put into the page becomes a text node.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The page's document.
pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

/// The element with `id`, cast to `T`, or an error naming the missing id.
pub fn by_id<T: JsCast>(doc: &Document, id: &str) -> Result<T, JsValue> {
    doc.get_element_by_id(id)
        .ok_or_else(|| JsValue::from_str(&format!("missing element #{id}")))?
        .dyn_into::<T>()
        .map_err(|_| JsValue::from_str(&format!("#{id} has an unexpected type")))
}

/// Creates `<tag class=…>` holding `text` as a text node.
pub fn element_with_text(
    doc: &Document,
    tag: &str,
    class: Option<&str>,
    text: &str,
) -> Result<Element, JsValue> {
    let el = doc.create_element(tag)?;
    if let Some(class) = class {
        el.set_class_name(class);
    }
    el.append_child(&doc.create_text_node(text))?;
    Ok(el)
}

/// Removes every child of `el`.
pub fn clear(el: &Element) {
    while let Some(child) = el.first_child() {
        // Removing a child we just read cannot fail; ignore the impossible error.
        let _ = el.remove_child(&child);
    }
}

/// Adds an event listener that lives as long as the page.
pub fn on(
    target: &impl AsRef<web_sys::EventTarget>,
    event: &str,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> Result<(), JsValue> {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    target
        .as_ref()
        .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
    // The listener must outlive this call; the page keeps it until it unloads.
    closure.forget();
    Ok(())
}

/// Offers `text` as a file download named `name` (of media type `mime`), with no server: a
/// blob URL, clicked through a link that never enters the page, then revoked.
#[cfg(feature = "page")]
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document()?.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}
