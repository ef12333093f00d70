//! Check marks: a fact-checker marks a statement, or one outlet's version of it, as checked.
//! Statements are found again at every analysis (their order and base may change), so a mark
//! is kept under a key of what it marks, not under its position: a version's key is its
//! outlet and its words; a statement's is the key of its version from the first article that
//! carries it (whichever version is the base). Kept with the texts (in storage, and in shared
//! links and comparison files); a mark whose statement is gone stays until the texts come
//! back.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::dom::{by_id, document, element_with_text, on};
use super::event::{Dispatch, Event};
use super::state::Shared;
use crate::engine::model::{Comparison, Statement};

/// The key of version `v` of statement `s`: its outlet and its words (FNV-1a, in hex).
pub fn version_key(c: &Comparison, s: &Statement, v: usize) -> String {
    let version = &s.versions[v];
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let label = &c.articles[version.article].label;
    for b in label.bytes().chain([0u8]).chain(version.text.bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("v{hash:016x}")
}

/// The key of statement `s`: that of its version from the first article carrying it.
pub fn statement_key(c: &Comparison, s: &Statement) -> String {
    let first = (0..s.versions.len())
        .min_by_key(|&v| (s.versions[v].article, s.versions[v].start))
        .unwrap_or(0);
    format!("s{}", &version_key(c, s, first)[1..])
}

/// The statement view's checkboxes: one for the statement (in its title) and one per version
/// head, drawn after the view.
pub fn draw(state: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let st = state.borrow();
    let (Some(c), Some(s)) = (st.comparison(), st.statement_on_show()) else {
        return Ok(());
    };
    let statement: HtmlInputElement = by_id(&doc, "checked-statement")?;
    statement.set_checked(st.checked.contains(&statement_key(c, s)));
    let heads = by_id::<Element>(&doc, "statement-body")?.query_selector_all("p[data-version]")?;
    for k in 0..heads.length() {
        let Some(head) = heads.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(v) = head
            .get_attribute("data-version")
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&v| v < s.versions.len())
        else {
            continue;
        };
        let label = doc.create_element("label")?;
        label.set_class_name("version-check");
        let input: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
        input.set_type("checkbox");
        input.set_checked(st.checked.contains(&version_key(c, s, v)));
        input.set_attribute("data-version", &v.to_string())?;
        label.append_child(&input)?;
        let text = element_with_text(&doc, "span", None, " checked")?;
        label.append_child(&text)?;
        head.append_child(&doc.create_text_node(" "))?;
        head.append_child(&label)?;
    }
    Ok(())
}

/// True when statement `s` is marked.
pub fn is_checked(checked: &[String], c: &Comparison, s: &Statement) -> bool {
    checked.contains(&statement_key(c, s))
}

/// Listens, once, for the statement's checkbox and for the versions' (on the view's body),
/// and sends each change as [`Event::SetCheck`].
pub fn wire(doc: &web_sys::Document, state: &Shared, dispatch: &Dispatch) -> Result<(), JsValue> {
    let s = state.clone();
    let d = dispatch.clone();
    let statement: HtmlInputElement = by_id(doc, "checked-statement")?;
    let input = statement.clone();
    on(&statement, "change", move |_| {
        let key = {
            let st = s.borrow();
            let (Some(c), Some(statement)) = (st.comparison(), st.statement_on_show()) else {
                return;
            };
            statement_key(c, statement)
        };
        d(Event::SetCheck {
            key,
            on: input.checked(),
        });
    })?;
    let s = state.clone();
    let d = dispatch.clone();
    on(
        &by_id::<Element>(doc, "statement-body")?,
        "change",
        move |event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .filter(|i| i.closest(".version-check").ok().flatten().is_some())
            else {
                return;
            };
            let Some(v) = input
                .get_attribute("data-version")
                .and_then(|v| v.parse::<usize>().ok())
            else {
                return;
            };
            let key = {
                let st = s.borrow();
                let (Some(c), Some(statement)) = (st.comparison(), st.statement_on_show()) else {
                    return;
                };
                if v >= statement.versions.len() {
                    return;
                }
                version_key(c, statement, v)
            };
            d(Event::SetCheck {
                key,
                on: input.checked(),
            });
        },
    )
}
