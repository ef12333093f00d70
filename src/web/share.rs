//! Keeping and sharing a comparison with no server: the whole state (the texts, their labels,
//! the base, the statement on show, the view, the filter) as one JSON object, which
//! - goes into the URL fragment, compressed (`www/js/share.js`: the browser's own
//!   `CompressionStream`), so that a link opens exactly this view in another browser; the
//!   fragment never reaches a server;
//! - is saved as a comparison file (`.verbatim.json`) when a link would be too long to share,
//!   and opened again by dropping or choosing it;
//! - keeps the view (without the texts, which the store keeps) across reloads.
//!
//! Opening a link or a file replaces the cards on the page; the cards that were there can be
//! had back with Undo, so nothing typed is lost to a link.
//!
//! ```text
//! {"verbatim": 1,
//!  "cards": [{"text": "…", "label": "Harbour Post", "label_edited": true, …}, …],
//!  "view": {"selected": 2, "mode": "side", "other": 1, "substantive": false, "base": null},
//!  "checked": ["s3f0c…", "v91a2…"]}
//! ```

use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::card::Card;
use super::cards;
use super::decode::FromJs;
use super::event::{Dispatch, Event};
use super::js::ToJs;
use super::results::render_view;
use super::state::{Shared, Undo};
use super::status::{report, show_notice, show_status_message, show_undo_notice};
use super::store;
use super::view::View;

#[wasm_bindgen(module = "/www/js/share.js")]
extern "C" {
    #[wasm_bindgen(js_name = packState)]
    fn pack_state(json: &str, done: &js_sys::Function, fail: &js_sys::Function);
    #[wasm_bindgen(js_name = unpackState)]
    fn unpack_state(packed: &str, done: &js_sys::Function, fail: &js_sys::Function);
}

/// What a link's fragment starts with (the version of the format).
const FRAGMENT: &str = "#v1=";
/// Links longer than this are said to be too long to share: chat and mail programs cut or
/// refuse longer ones (browsers take far longer).
const MAX_SHARED_LINK: usize = 8_000;

/// The whole state as JSON (see the module documentation).
fn state_json(state: &Shared) -> String {
    let st = state.borrow();
    let object = Object::new();
    let _ = Reflect::set(&object, &"verbatim".into(), &1.into());
    let _ = Reflect::set(&object, &"cards".into(), &st.cards.to_js());
    let _ = Reflect::set(&object, &"view".into(), &st.view().to_object());
    let checked: js_sys::Array = st.checked.iter().map(|k| JsValue::from_str(k)).collect();
    let _ = Reflect::set(&object, &"checked".into(), &checked);
    JSON::stringify(&object)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default()
}

/// Replaces the cards and the view with those of a shared state, keeping the cards that were
/// there for Undo, and sends [`Event::CardsReplaced`]. `from` says where it came from, for the
/// notice.
pub fn open_state(
    state: &Shared,
    dispatch: &Dispatch,
    json: &str,
    from: &str,
) -> Result<(), String> {
    let value = JSON::parse(json).map_err(|_| "it is not a Verbatim comparison".to_string())?;
    if Reflect::get(&value, &"verbatim".into())
        .ok()
        .and_then(|v| v.as_f64())
        != Some(1.0)
    {
        return Err("it is not a Verbatim comparison".into());
    }
    let cards_value = Reflect::get(&value, &"cards".into()).unwrap_or(JsValue::UNDEFINED);
    let mut cards = Vec::<Card>::from_js(&cards_value).map_err(|e| format!("its texts: {e}"))?;
    cards.truncate(crate::engine::MAX_ARTICLES);
    if cards.len() < 2 {
        cards.resize_with(2, Card::default);
    }
    let view = View::read(&Reflect::get(&value, &"view".into()).unwrap_or(JsValue::UNDEFINED));
    let checked = Reflect::get(&value, &"checked".into()).unwrap_or(JsValue::UNDEFINED);
    let mut checked = store::marks_of(&checked);
    let before = {
        let mut st = state.borrow_mut();
        let before = std::mem::replace(&mut st.cards, cards);
        st.set_view(view);
        // The link's marks join the ones here (a mark only ever adds).
        checked.append(&mut st.checked);
        checked.sort();
        checked.dedup();
        store::save_marks(&checked);
        st.checked = checked;
        before
    };
    report(cards::render(state));
    report(render_view(state));
    // Analysed again at once; the link stays in the address until the user changes something.
    dispatch(Event::CardsReplaced);
    let had_text = before.iter().any(|c| !c.text.trim().is_empty());
    if had_text {
        state.borrow_mut().undo = Some(Undo::Replaced(before));
        show_undo_notice(&format!(
            "Opened {from}. The articles you had here were replaced: Undo brings them back."
        ));
    } else {
        show_status_message(&format!("Opened {from}."));
    }
    Ok(())
}

/// Puts the whole state in the URL fragment and copies the link; says when it is too long to
/// share and offers the comparison file instead.
pub fn share_link(state: &Shared) {
    let json = state_json(state);
    let done = Closure::once_into_js(move |packed: String| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let base = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let link = format!("{base}{FRAGMENT}{packed}");
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link));
        }
        if link.len() > MAX_SHARED_LINK {
            show_notice(&format!(
                "The link is {} KB: too long for most mail and chat programs. Save a comparison \
                 file instead (Export → Comparison file), and open it with Open files… or by \
                 dropping it here.",
                link.len() / 1024
            ));
        } else {
            let _ = window.navigator().clipboard().write_text(&link);
            show_status_message(
                "Link copied: it opens this comparison, as you see it, in any browser. \
                 The texts are in the link itself; nothing is uploaded.",
            );
        }
    });
    let fail = Closure::once_into_js(move |why: String| {
        show_notice(&format!("The link could not be made ({why})."));
    });
    pack_state(&json, done.unchecked_ref(), fail.unchecked_ref());
}

/// Offers the whole state as a comparison file.
pub fn save_file(state: &Shared) -> Result<(), JsValue> {
    super::dom::download(
        "comparison.verbatim.json",
        "application/json;charset=utf-8",
        &state_json(state),
    )
}

/// Opens the state in the URL fragment, if the page was opened from a link.
pub fn open_fragment(state: &Shared, dispatch: &Dispatch) {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return;
    };
    let Some(packed) = hash.strip_prefix(FRAGMENT) else {
        return;
    };
    let s = state.clone();
    let d = dispatch.clone();
    let done = Closure::once_into_js(move |json: String| {
        if let Err(why) = open_state(&s, &d, &json, "from a shared link") {
            show_notice(&format!(
                "This link could not be opened: {why}. Your own texts are as you left them."
            ));
        }
    });
    let fail = Closure::once_into_js(move |why: String| {
        show_notice(&format!(
            "This link could not be opened: {why}. Your own texts are as you left them."
        ));
    });
    unpack_state(packed, done.unchecked_ref(), fail.unchecked_ref());
}

/// Drops the link from the address once the texts or the view change: a reload then shows
/// what the user has, not the link's old state.
pub fn forget_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_link = window
        .location()
        .hash()
        .is_ok_and(|h| h.starts_with(FRAGMENT));
    if has_link {
        let location = window.location();
        let plain = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&plain));
        }
    }
}

/// True for a comparison file's name.
pub fn is_comparison_file(name: &str) -> bool {
    name.to_lowercase().ends_with(".verbatim.json")
}
