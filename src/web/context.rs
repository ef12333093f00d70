//! A passage in its article: the whole article in a dialog, the passage marked and scrolled
//! into view, so a reader can check what an outlet wrote around a quote (or around a fact that
//! disagrees). Closing it (Back, or Escape) returns the focus to the button that opened it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement};

use super::dom::{by_id, clear, document, element_with_text, on};
use super::state::Shared;
use super::status::report;
use crate::engine::writing_direction;

/// Opens article `article` with `start..end` (bytes) marked.
pub fn open(state: &Shared, article: usize, start: usize, end: usize) -> Result<(), JsValue> {
    let doc = document()?;
    let st = state.borrow();
    let Some(a) = st.comparison().and_then(|c| c.articles.get(article)) else {
        return Ok(());
    };
    let text = a.text.as_str();
    // Spans come from the engine and point at character boundaries; a stale one is clamped.
    let valid = |i: usize| i <= text.len() && text.is_char_boundary(i);
    let (start, end) = if valid(start) && valid(end) && start <= end {
        (start, end)
    } else {
        (0, 0)
    };
    by_id::<Element>(&doc, "context-title")?.set_text_content(Some(&a.label));
    let body: Element = by_id(&doc, "context-text")?;
    clear(&body);
    body.set_attribute("dir", writing_direction(text))?;
    body.append_child(&doc.create_text_node(&text[..start]))?;
    let mark = element_with_text(&doc, "mark", None, &text[start..end])?;
    body.append_child(&mark)?;
    body.append_child(&doc.create_text_node(&text[end..]))?;
    drop(st);
    let dialog: HtmlDialogElement = by_id(&doc, "context")?;
    if !dialog.open() {
        dialog.show_modal()?;
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    mark.scroll_into_view_with_scroll_into_view_options(&options);
    Ok(())
}

/// Listens, once, for the buttons that open a passage in its article (in the statement view
/// and in the conflicts) and for the dialog's Back button.
pub fn wire(doc: &web_sys::Document, state: &Shared) -> Result<(), JsValue> {
    let s = state.clone();
    on(
        &by_id::<Element>(doc, "statement-body")?,
        "click",
        move |event| {
            let version = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest("button.context").ok().flatten())
                .and_then(|b| b.get_attribute("data-version"))
                .and_then(|v| v.parse::<usize>().ok());
            let Some(v) = version else { return };
            let span = {
                let st = s.borrow();
                st.statement_on_show()
                    .and_then(|statement| statement.versions.get(v))
                    .map(|version| (version.article, version.start, version.end))
            };
            if let Some((article, start, end)) = span {
                report(open(&s, article, start, end));
            }
        },
    )?;
    let s = state.clone();
    on(
        &by_id::<Element>(doc, "conflict-list")?,
        "click",
        move |event| {
            let Some(button) = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest("button.mention").ok().flatten())
            else {
                return;
            };
            let number = |name: &str| button.get_attribute(name)?.parse::<usize>().ok();
            if let (Some(article), Some(start), Some(end)) = (
                number("data-article"),
                number("data-start"),
                number("data-end"),
            ) {
                report(open(&s, article, start, end));
            }
        },
    )?;
    on(
        &by_id::<Element>(doc, "context-close")?,
        "click",
        move |_| {
            if let Ok(dialog) = document().and_then(|d| by_id::<HtmlDialogElement>(&d, "context")) {
                dialog.close();
            }
        },
    )
}
