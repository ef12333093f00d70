//! What the controller's events do beyond setting a field of the state: the example, the
//! exports, the embed code, Undo and the check marks. Each works on the state and the page
//! and says whether the texts changed; the controller (`app::update`) then saves and analyses,
//! so nothing here calls back into it.

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlTextAreaElement};

use super::cards::{self, Card};
use super::dom::{by_id, clear, document};
use super::state::{Shared, Undo};
use super::status::{hide_notice, report, show_status};
use super::store;

/// Sets (`on`) or clears the check mark `key` and keeps the marks.
pub(super) fn set_check(state: &Shared, key: String, on: bool) {
    let mut st = state.borrow_mut();
    st.checked.retain(|k| *k != key);
    if on {
        st.checked.push(key);
        st.checked.sort();
    }
    store::save_marks(&st.checked);
}

/// Brings back the removed card, or the cards a link or a file replaced; true when it did.
pub(super) fn undo(state: &Shared) -> bool {
    let taken = state.borrow_mut().undo.take();
    match taken {
        Some(Undo::Removed(i, card)) => {
            let mut st = state.borrow_mut();
            // The one empty card left after removing the last is replaced, not kept.
            if st.cards.len() == 1 && st.cards[0] == Card::default() {
                st.cards.clear();
                st.shown.clear();
                if let Some(list) = document().ok().and_then(|d| d.get_element_by_id("cards")) {
                    clear(&list);
                }
            }
            let at = i.min(st.cards.len());
            st.cards.insert(at, card);
        }
        Some(Undo::Replaced(cards)) => state.borrow_mut().cards = cards,
        None => {
            hide_notice();
            return false;
        }
    }
    report(cards::render(state));
    hide_notice();
    true
}

/// Writes the comparison on show in `format` and offers it as a download (or prints).
pub(super) fn export(state: &Shared, format: &str) -> Result<(), JsValue> {
    use crate::engine::export;
    match format {
        "print" => return web_sys::window().ok_or("no window")?.print(),
        "link" => {
            super::share::share_link(state);
            return Ok(());
        }
        "file" => return super::share::save_file(state),
        _ => {}
    }
    let st = state.borrow();
    let Some(c) = st.comparison.as_ref() else {
        return Ok(());
    };
    let (name, mime, text) = match format {
        "json" => {
            let raw = st.raw.clone().unwrap_or(JsValue::NULL);
            let text = js_sys::JSON::stringify_with_replacer_and_space(
                &raw,
                &JsValue::NULL,
                &JsValue::from(2),
            )?;
            (
                "verbatim-comparison.json",
                "application/json",
                String::from(text),
            )
        }
        "csv" => (
            "verbatim-statements.csv",
            "text/csv",
            export::statements_csv(c),
        ),
        "changes-csv" => ("verbatim-changes.csv", "text/csv", export::changes_csv(c)),
        "markdown" => (
            "verbatim-comparison.md",
            "text/markdown",
            export::markdown(c),
        ),
        _ => ("verbatim-report.html", "text/html", export::html_report(c)),
    };
    super::dom::download(name, &format!("{mime};charset=utf-8"), &text)
}

/// Replaces the cards with the project's own example articles, after asking when the cards
/// hold text; true when it did (the caller then keeps them and analyses).
pub(super) fn load_example(state: &Shared) -> bool {
    let has_text = state
        .borrow()
        .cards
        .iter()
        .any(|c| !c.text.trim().is_empty());
    if has_text {
        let question = "Replace your articles with the example? Your texts will be lost.";
        let yes = web_sys::window()
            .and_then(|w| w.confirm_with_message(question).ok())
            .unwrap_or(false);
        if !yes {
            return false;
        }
    }
    state.borrow_mut().cards = cards::example_cards();
    state.borrow_mut().base_article = None;
    report(cards::render(state));
    true
}

/// Shows the embed snippet of the statement on show, and copies it to the clipboard.
pub(super) fn copy_embed(state: &Shared) -> Result<(), JsValue> {
    let st = state.borrow();
    let Some(c) = st
        .comparison
        .as_ref()
        .filter(|c| st.selected < c.statements.len())
    else {
        return Ok(());
    };
    let window = web_sys::window().ok_or("no window")?;
    // The script's path is one on the blogger's own site (where they upload the widget's
    // folder), never this page's address: a post must not load code from the tool.
    let snippet =
        crate::engine::export::embed_snippet(c, st.selected, crate::engine::export::WIDGET_PATH);
    // The iframe form: the statement's versions in the embed page's fragment.
    let s = &c.statements[st.selected];
    let versions = js_sys::Array::new();
    for v in &s.versions {
        let version = js_sys::Object::new();
        js_sys::Reflect::set(&version, &"text".into(), &v.compared_text().into())?;
        let label = c.articles[v.article].label.as_str();
        js_sys::Reflect::set(&version, &"label".into(), &label.into())?;
        js_sys::Reflect::set(&version, &"form".into(), &v.form.label().into())?;
        versions.push(&version);
    }
    let object = js_sys::Object::new();
    js_sys::Reflect::set(&object, &"base".into(), &(s.base as f64).into())?;
    js_sys::Reflect::set(&object, &"versions".into(), &versions)?;
    let json = String::from(js_sys::JSON::stringify(&object)?);
    let title = format!(
        "How {} outlets quoted: {}",
        s.article_count(),
        s.versions[s.base].text.chars().take(60).collect::<String>()
    );
    let iframe =
        crate::engine::export::iframe_snippet(&json, crate::engine::export::IFRAME_PATH, &title);
    let doc = document()?;
    by_id::<HtmlTextAreaElement>(&doc, "embed-iframe")?.set_value(&iframe);
    let area: HtmlTextAreaElement = by_id(&doc, "embed-code")?;
    area.set_value(&snippet);
    by_id::<Element>(&doc, "embed-box")?.remove_attribute("hidden")?;
    area.select();
    // The clipboard may be refused (no permission, no secure context): the code stays shown.
    let _ = window.navigator().clipboard().write_text(&snippet);
    show_status(
        &format!(
            "Embed code copied. Paste it into your post, and upload the folder dist/widget/ to \
             your site so that its script is at {}.",
            crate::engine::export::WIDGET_PATH
        ),
        false,
    );
    Ok(())
}
