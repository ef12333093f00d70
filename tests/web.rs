//! Browser tests of the web bindings, run in headless Chromium by wasm-bindgen-test
//! (`cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use verbatim_core::diff_texts;
use verbatim_core::web::{dom, view};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn texts_of(parent: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = parent.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn inline_view_marks_deleted_and_inserted_words() {
    let doc = dom::document().unwrap();
    let parent = doc.create_element("p").unwrap();
    let (old, new) = (
        "Shoigu said on Friday in Minks.",
        "Shoigu said on Thursday in Minsk.",
    );
    view::render_runs(&doc, &parent, &diff_texts(old, new), old, new).unwrap();
    assert_eq!(texts_of(&parent, "del"), ["Friday", "Minks"]);
    assert_eq!(texts_of(&parent, "ins"), ["Thursday", "Minsk"]);
}

#[wasm_bindgen_test]
fn markup_in_user_text_stays_text() {
    let doc = dom::document().unwrap();
    let parent = doc.create_element("p").unwrap();
    let old = "<img src=x onerror=\"window.__pwned=1\">";
    let new = "plain words";
    view::render_runs(&doc, &parent, &diff_texts(old, new), old, new).unwrap();
    assert!(parent.query_selector("img").unwrap().is_none());
    assert_eq!(texts_of(&parent, "del").concat(), old);
}
