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

use super::app::{schedule, Shared, Undo, View};
use super::cards::{self, Card};
use super::decode::FromJs;
use super::js::ToJs;
use super::results::render_view;
use super::status::{report, show_notice, show_status_message, show_undo_notice};
use super::view::Mode;

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
/// Where the view is kept between visits.
const VIEW_KEY: &str = "verbatim.v2.view";

/// The value of the view's `<select>` option (and of `mode` in a link) for `mode`.
pub fn mode_value(mode: Mode) -> &'static str {
    match mode {
        Mode::Inline => "inline",
        Mode::Table => "table",
        Mode::SideBySide => "side",
    }
}

/// The view as a plain object.
fn view_object(view: &View) -> Object {
    let object = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&object, &k.into(), &v);
    };
    set("selected", (view.selected as f64).into());
    set("mode", mode_value(view.mode).into());
    set(
        "other",
        view.other.map_or(JsValue::NULL, |o| (o as f64).into()),
    );
    set("substantive", view.substantive_only.into());
    set(
        "base",
        view.base_article
            .map_or(JsValue::NULL, |b| (b as f64).into()),
    );
    object
}

/// Reads a view; anything missing or malformed is left as the default.
fn read_view(value: &JsValue) -> View {
    let field = |k: &str| Reflect::get(value, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let index = |k: &str| usize::from_js(&field(k)).ok();
    View {
        selected: index("selected").unwrap_or(0),
        mode: match field("mode").as_string().as_deref() {
            Some("table") => Mode::Table,
            Some("side") => Mode::SideBySide,
            _ => Mode::Inline,
        },
        other: index("other"),
        substantive_only: field("substantive").as_bool().unwrap_or(false),
        base_article: index("base"),
    }
}

/// The whole state as JSON (see the module documentation).
fn state_json(state: &Shared) -> String {
    let st = state.borrow();
    let object = Object::new();
    let _ = Reflect::set(&object, &"verbatim".into(), &1.into());
    let _ = Reflect::set(&object, &"cards".into(), &st.cards.to_js());
    let _ = Reflect::set(&object, &"view".into(), &view_object(&st.view()));
    let checked: js_sys::Array = st.checked.iter().map(|k| JsValue::from_str(k)).collect();
    let _ = Reflect::set(&object, &"checked".into(), &checked);
    JSON::stringify(&object)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default()
}

/// Replaces the cards and the view with those of a shared state, keeping the cards that were
/// there for Undo. `from` says where it came from, for the notice.
pub fn open_state(state: &Shared, json: &str, from: &str) -> Result<(), String> {
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
    let view = read_view(&Reflect::get(&value, &"view".into()).unwrap_or(JsValue::UNDEFINED));
    let checked = Reflect::get(&value, &"checked".into()).unwrap_or(JsValue::UNDEFINED);
    let mut checked: Vec<String> = if js_sys::Array::is_array(&checked) {
        js_sys::Array::from(&checked)
            .iter()
            .filter_map(|k| k.as_string())
            .filter(|k| k.len() == 17)
            .collect()
    } else {
        Vec::new()
    };
    let before = {
        let mut st = state.borrow_mut();
        let before = std::mem::replace(&mut st.cards, cards);
        st.set_view(view);
        // The link's marks join the ones here (a mark only ever adds).
        checked.append(&mut st.checked);
        checked.sort();
        checked.dedup();
        super::checks::save(&checked);
        st.checked = checked;
        before
    };
    report(cards::render(state));
    report(render_view(state));
    // Analysed again at once; the link stays in the address until the user changes something.
    schedule(state, 0);
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
pub fn open_fragment(state: &Shared) {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return;
    };
    let Some(packed) = hash.strip_prefix(FRAGMENT) else {
        return;
    };
    let s = state.clone();
    let done = Closure::once_into_js(move |json: String| {
        if let Err(why) = open_state(&s, &json, "from a shared link") {
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

/// Keeps the view for the next visit (the texts are kept by the store).
pub fn save_view(view: &View) {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    if let Some(text) = JSON::stringify(&view_object(view))
        .ok()
        .and_then(|t| t.as_string())
    {
        let _ = storage.set_item(VIEW_KEY, &text);
    }
}

/// The view kept by the last visit.
pub fn load_view() -> Option<View> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let text = storage.get_item(VIEW_KEY).ok()??;
    Some(read_view(&JSON::parse(&text).ok()?))
}

/// True for a comparison file's name.
pub fn is_comparison_file(name: &str) -> bool {
    name.to_lowercase().ends_with(".verbatim.json")
}
