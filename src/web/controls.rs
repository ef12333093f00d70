//! The page's controls: the buttons, the overview table, the exports, the notice, the
//! keyboard and the embed code, each wired once when the page mounts (see [`super::app`]), and
//! the example articles.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use super::app::{changed, save_cards, schedule, view_changed, Shared, Undo};
use super::cards::{self, Card};
use super::dom::{by_id, clear, document, on};
use super::results::{bring_statement_into_view, move_focus, render_results, render_selected};
use super::status::{hide_notice, report, show_notice, show_status};
use super::view::Mode;
use crate::engine::MAX_ARTICLES;

/// Wires the buttons and selectors above and beside the results: add an article, the
/// example, the view, the outlet compared and the base outlet, substantive only, the embed
/// code.
pub(super) fn wire_controls(doc: &Document, state: &Shared) -> Result<(), JsValue> {
    let s = state.clone();
    on(&by_id::<Element>(doc, "add-article")?, "click", move |_| {
        if s.borrow().cards.len() >= MAX_ARTICLES {
            show_notice(&format!(
                "Verbatim compares at most {MAX_ARTICLES} articles."
            ));
            return;
        }
        s.borrow_mut().cards.push(Card::default());
        report(cards::render(&s));
        cards::focus_last(&s);
    })?;
    let s = state.clone();
    on(&by_id::<Element>(doc, "example")?, "click", move |_| {
        load_example(&s)
    })?;
    let s = state.clone();
    on(&by_id::<Element>(doc, "mode")?, "change", move |_| {
        let value = select_value("mode");
        s.borrow_mut().mode = Some(match value.as_str() {
            "table" => Mode::Table,
            "side" => Mode::SideBySide,
            _ => Mode::Inline,
        });
        view_changed(&s);
        report(render_selected(&s));
    })?;
    let s = state.clone();
    on(&by_id::<Element>(doc, "other")?, "change", move |_| {
        s.borrow_mut().other = select_value("other").parse().ok();
        view_changed(&s);
        report(render_selected(&s));
    })?;
    let s = state.clone();
    on(
        &by_id::<Element>(doc, "substantive")?,
        "change",
        move |_| {
            let checked = document()
                .and_then(|d| by_id::<HtmlInputElement>(&d, "substantive"))
                .map(|i| i.checked())
                .unwrap_or(false);
            s.borrow_mut().substantive_only = checked;
            view_changed(&s);
            report(render_selected(&s));
        },
    )?;
    let s = state.clone();
    on(&by_id::<Element>(doc, "copy-embed")?, "click", move |_| {
        report(copy_embed(&s))
    })?;
    let s = state.clone();
    on(&by_id::<Element>(doc, "base")?, "change", move |_| {
        s.borrow_mut().base_article = select_value("base").parse().ok();
        view_changed(&s);
        schedule(&s, 0);
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
pub(super) fn wire_matrix(doc: &Document, state: &Shared) -> Result<(), JsValue> {
    let s = state.clone();
    on(&by_id::<Element>(doc, "matrix")?, "click", move |event| {
        let picked = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button.pick").ok().flatten())
            .and_then(|button| button.get_attribute("data-statement"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = picked {
            s.borrow_mut().selected = i;
            s.borrow_mut().other = None;
            view_changed(&s);
            report(render_results(&s));
            report(bring_statement_into_view());
        }
    })
}

/// The Export buttons: one listener for all of them.
pub(super) fn wire_exports(doc: &Document, state: &Shared) -> Result<(), JsValue> {
    let s = state.clone();
    on(&by_id::<Element>(doc, "exports")?, "click", move |event| {
        let format = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button[data-export]").ok().flatten())
            .and_then(|b| b.get_attribute("data-export"));
        if let Some(format) = format {
            report(export(&s, &format));
        }
    })
}

/// Writes the comparison on show in `format` and offers it as a download (or prints).
fn export(state: &Shared, format: &str) -> Result<(), JsValue> {
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

/// The notice's Dismiss and Undo buttons.
pub(super) fn wire_notice(doc: &Document, state: &Shared) -> Result<(), JsValue> {
    on(
        &by_id::<Element>(doc, "notice-close")?,
        "click",
        move |_| hide_notice(),
    )?;
    let s = state.clone();
    on(&by_id::<Element>(doc, "notice-undo")?, "click", move |_| {
        let undo = s.borrow_mut().undo.take();
        match undo {
            Some(Undo::Removed(i, card)) => {
                let mut st = s.borrow_mut();
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
            Some(Undo::Replaced(cards)) => s.borrow_mut().cards = cards,
            None => return hide_notice(),
        }
        report(cards::render(&s));
        changed(&s);
        hide_notice();
    })
}

/// `j` and `k` move the focus to the next and previous change of the statement on show.
pub(super) fn wire_keyboard(doc: &Document) -> Result<(), JsValue> {
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
            report(move_focus(step));
        }
    })
}

/// Replaces the cards with the project's own example articles, after asking when the cards
/// hold text.
fn load_example(state: &Shared) {
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
            return;
        }
    }
    state.borrow_mut().cards = cards::example_cards();
    state.borrow_mut().base_article = None;
    report(cards::render(state));
    save_cards(state);
    schedule(state, 0);
}

/// Shows the embed snippet of the statement on show, and copies it to the clipboard.
fn copy_embed(state: &Shared) -> Result<(), JsValue> {
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

/// The value of the `<select>` of id `id` (empty when the page has none).
fn select_value(id: &str) -> String {
    document()
        .and_then(|d| by_id::<HtmlSelectElement>(&d, id))
        .map(|s| s.value())
        .unwrap_or_default()
}
