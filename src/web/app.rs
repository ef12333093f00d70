//! The page controller: reads the two text areas, asks the engine for a diff, and shows it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlButtonElement, HtmlTextAreaElement};

use super::dom::{by_id, clear, document, element_with_text};
use super::view::render_inline;
use crate::engine::diff::diff_texts;

/// Wires the Compare button if the page has one; does nothing on other documents (the module
/// is also loaded by pages that only use the exported functions).
pub fn mount_if_present() -> Result<(), JsValue> {
    let doc = document()?;
    if doc.get_element_by_id("compare").is_none() {
        return Ok(());
    }
    let button: HtmlButtonElement = by_id(&doc, "compare")?;
    let on_click = Closure::<dyn FnMut()>::new(move || {
        if let Err(err) = compare_now() {
            web_sys::console::error_1(&err);
        }
    });
    button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
    // The page lives as long as the listener: hand the closure to JS for good.
    on_click.forget();
    button.set_disabled(false);
    Ok(())
}

fn compare_now() -> Result<(), JsValue> {
    let doc = document()?;
    let old = by_id::<HtmlTextAreaElement>(&doc, "article-a")?.value();
    let new = by_id::<HtmlTextAreaElement>(&doc, "article-b")?.value();
    let result: Element = by_id(&doc, "result")?;
    clear(&result);
    if old.trim().is_empty() || new.trim().is_empty() {
        return show_message(
            &doc,
            &result,
            "Paste a text into both boxes, then press Compare.",
        );
    }
    let runs = diff_texts(&old, &new);
    let body = doc.create_element("p")?;
    body.set_class_name("inline-diff");
    body.set_attribute("dir", "auto")?;
    render_inline(&doc, &body, &runs, &old, &new)?;
    result.append_child(&body)?;
    Ok(())
}

fn show_message(doc: &Document, parent: &Element, text: &str) -> Result<(), JsValue> {
    let el = element_with_text(doc, "p", Some("message"), text)?;
    parent.append_child(&el)?;
    Ok(())
}
