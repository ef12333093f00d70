//! The page's two lines to the user, written only here: the *status* (`#status`), which says
//! where the analysis stands and is rewritten with it, and the *notice* (`#notice`), which says
//! what was refused or could not be kept and stays until dismissed or replaced, so that the
//! analysis never overwrites it before it can be read. Also `aria-busy` on the results while the
//! engine works, and [`report`] for errors a handler cannot return.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::dom::{by_id, document};

/// Hides the notice (Dismiss, or its Undo done).
pub fn hide_notice() {
    if let Ok(doc) = document() {
        if let Ok(notice) = by_id::<Element>(&doc, "notice") {
            let _ = notice.set_attribute("hidden", "");
        }
    }
}

/// Marks the results busy (`aria-busy` on `#results`, a region: the root element may not
/// carry it) while the engine works.
pub fn set_busy(busy: bool) {
    if let Ok(doc) = document() {
        if let Some(results) = doc.get_element_by_id("results") {
            let _ = results.set_attribute("aria-busy", if busy { "true" } else { "false" });
        }
    }
}

/// Adds to the status line (a note on the result already shown).
pub fn append_status(note: &str) {
    if let Ok(doc) = document() {
        if let Ok(el) = by_id::<Element>(&doc, "status") {
            let text = el.text_content().unwrap_or_default();
            let text = text.trim_end_matches(" Refining with the word model…");
            el.set_text_content(Some(&format!("{text}{note}")));
        }
    }
}

/// Shows a notice that stays until it is dismissed or replaced (see the module documentation).
pub fn show_notice(message: &str) {
    notice(message, false);
}

/// Shows a notice with an Undo button (for the card removed last).
pub fn show_undo_notice(message: &str) {
    notice(message, true);
}

fn notice(message: &str, undo: bool) {
    if let Ok(doc) = document() {
        if let (Ok(notice), Ok(text), Ok(button)) = (
            by_id::<Element>(&doc, "notice"),
            by_id::<Element>(&doc, "notice-text"),
            by_id::<Element>(&doc, "notice-undo"),
        ) {
            text.set_text_content(Some(message));
            let _ = if undo {
                button.remove_attribute("hidden")
            } else {
                button.set_attribute("hidden", "")
            };
            let _ = notice.remove_attribute("hidden");
        }
    }
}

/// Shows a message in the status line (rewritten by the next analysis).
pub fn show_status_message(message: &str) {
    show_status(message, false);
}

/// Writes the status line; `is_error` shows it as an error.
pub fn show_status(message: &str, is_error: bool) {
    if let Ok(doc) = document() {
        if let Ok(el) = by_id::<Element>(&doc, "status") {
            el.set_text_content(Some(message));
            el.set_class_name(if is_error { "error" } else { "" });
        }
    }
}

/// Logs an error from a handler (handlers cannot return one).
pub fn report(result: Result<(), JsValue>) {
    if let Err(e) = result {
        web_sys::console::error_1(&e);
    }
}
