//! The page's controls: the buttons, the overview table, the exports, the notice and the
//! keyboard, each wired once when the page mounts (see [`super::app`]). A listener only reads
//! its control into an [`Event`] for the [`Dispatch`] it was wired with; what the event does
//! is the controller's (`app::update`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

use super::dom::{by_id, document, on};
use super::event::{Dispatch, Event};
use super::view::Mode;

/// Wires the buttons and selectors above and beside the results: add an article, the
/// example, the view, the outlet compared and the base outlet, substantive only, the embed
/// code. Each listener only reads its control into an [`Event`].
pub(super) fn wire_controls(doc: &Document, dispatch: &Dispatch) -> Result<(), JsValue> {
    let click = |id: &str, event: Event| -> Result<(), JsValue> {
        let d = dispatch.clone();
        on(&by_id::<Element>(doc, id)?, "click", move |_| {
            d(event.clone())
        })
    };
    let change = |id: &str, read: fn() -> Event| -> Result<(), JsValue> {
        let d = dispatch.clone();
        on(&by_id::<Element>(doc, id)?, "change", move |_| d(read()))
    };
    click("add-article", Event::AddArticle)?;
    click("example", Event::LoadExample)?;
    click("copy-embed", Event::CopyEmbed)?;
    change("mode", || {
        Event::ShowMode(Mode::from_value(&select_value("mode")))
    })?;
    change("other", || {
        Event::CompareWith(select_value("other").parse().ok())
    })?;
    change("substantive", || {
        let checked = document()
            .and_then(|d| by_id::<HtmlInputElement>(&d, "substantive"))
            .map(|i| i.checked())
            .unwrap_or(false);
        Event::SubstantiveOnly(checked)
    })?;
    change("base", || {
        Event::ChooseBase(select_value("base").parse().ok())
    })?;
    Ok(())
}

/// Registers the service worker (`www/sw.js`), which keeps the page working offline after the
/// first visit. Where there is none (a browser without them, a page from disk), the page
/// simply needs the network, as before.
pub(super) fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into());
    let Some(container) = container.ok().filter(|c| c.is_object()) else {
        return;
    };
    let register = js_sys::Reflect::get(&container, &"register".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(register) = register {
        if let Ok(promise) = register.call1(&container, &"./sw.js".into()) {
            // A refused registration (a private window, a policy) only means no offline use.
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = promise.catch(&ignore);
                // Called at most once, for the page's lifetime.
                ignore.forget();
            }
        }
    }
}

/// Picking a statement in the overview: one listener on the table for all its rows.
pub(super) fn wire_matrix(doc: &Document, dispatch: &Dispatch) -> Result<(), JsValue> {
    let d = dispatch.clone();
    on(&by_id::<Element>(doc, "matrix")?, "click", move |event| {
        let picked = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button.pick").ok().flatten())
            .and_then(|button| button.get_attribute("data-statement"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = picked {
            d(Event::PickStatement(i));
        }
    })
}

/// The Export buttons: one listener for all of them.
pub(super) fn wire_exports(doc: &Document, dispatch: &Dispatch) -> Result<(), JsValue> {
    let d = dispatch.clone();
    on(&by_id::<Element>(doc, "exports")?, "click", move |event| {
        let format = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button[data-export]").ok().flatten())
            .and_then(|b| b.get_attribute("data-export"));
        if let Some(format) = format {
            d(Event::Export(format));
        }
    })
}

/// The notice's Dismiss and Undo buttons.
pub(super) fn wire_notice(doc: &Document, dispatch: &Dispatch) -> Result<(), JsValue> {
    let d = dispatch.clone();
    on(
        &by_id::<Element>(doc, "notice-close")?,
        "click",
        move |_| d(Event::DismissNotice),
    )?;
    let d = dispatch.clone();
    on(&by_id::<Element>(doc, "notice-undo")?, "click", move |_| {
        d(Event::Undo)
    })
}

/// `j` and `k` move the focus to the next and previous change of the statement on show.
pub(super) fn wire_keyboard(doc: &Document, dispatch: &Dispatch) -> Result<(), JsValue> {
    let d = dispatch.clone();
    on(doc, "keydown", move |event| {
        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if key.ctrl_key() || key.meta_key() || key.alt_key() {
            return;
        }
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
        let step = match key.key().as_str() {
            "j" => 1,
            "k" => -1,
            _ => return,
        };
        if !typing {
            event.prevent_default();
            d(Event::StepChange(step));
        }
    })
}

/// The value of the `<select>` of id `id` (empty when the page has none).
fn select_value(id: &str) -> String {
    document()
        .and_then(|d| by_id::<HtmlSelectElement>(&d, id))
        .map(|s| s.value())
        .unwrap_or_default()
}
