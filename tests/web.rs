//! Browser tests of the web bindings and views, run in headless Chromium by wasm-bindgen-test
//! (`cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use verbatim_core::diff_texts;
use verbatim_core::web::bindings::{compare_articles, CompareRequest};
use verbatim_core::web::cards::example_cards;
use verbatim_core::web::html::html_to_text;
use verbatim_core::web::js::ToJs;
use verbatim_core::web::view::{render_statement, Mode, ViewOptions};
use verbatim_core::web::{dom, view};
use verbatim_core::ArticleInput;
use verbatim_core::Comparison;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn texts_of(parent: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = parent.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn example_request(base_article: Option<usize>) -> JsValue {
    let articles = example_cards()
        .into_iter()
        .map(|c| ArticleInput {
            text: c.text,
            label: None,
            file_name: None,
        })
        .collect();
    CompareRequest {
        articles,
        base_article,
    }
    .to_js()
}

fn example_comparison() -> Comparison {
    let result = compare_articles(example_request(None)).unwrap();
    serde_wasm_bindgen::from_value(result).unwrap()
}

#[wasm_bindgen_test]
fn compare_articles_round_trips_through_javascript() {
    let c = example_comparison();
    assert_eq!(c.articles.len(), 4);
    assert_eq!(c.articles[0].label, "Harbour Post");
    assert!(c.statements.len() >= 5);
}

#[wasm_bindgen_test]
fn compare_articles_reports_bad_input_as_an_error_message() {
    let request = CompareRequest {
        articles: vec![ArticleInput {
            text: "Only one.".into(),
            label: None,
            file_name: None,
        }],
        base_article: None,
    }
    .to_js();
    let error = compare_articles(request).unwrap_err();
    let message = js_sys::Reflect::get(&error, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(message.contains("two or more articles"), "{message}");
    let malformed = compare_articles(JsValue::from_str("not a request")).unwrap_err();
    assert!(js_sys::Reflect::get(&malformed, &"message".into())
        .unwrap()
        .as_string()
        .unwrap()
        .starts_with("malformed request"));
}

#[wasm_bindgen_test]
fn the_statement_view_labels_each_change_with_its_kind() {
    let doc = dom::document().unwrap();
    let c = example_comparison();
    let index = c
        .statements
        .iter()
        .position(|s| {
            s.versions[s.base]
                .compared_text()
                .starts_with("The strike has already cost")
        })
        .unwrap();
    let parent = doc.create_element("div").unwrap();
    let options = ViewOptions {
        mode: Mode::Inline,
        substantive_only: true,
        other: None,
    };
    render_statement(&doc, &parent, &c, index, options).unwrap();
    assert!(texts_of(&parent, ".change[data-kind=\"number\"] del").contains(&"700".to_string()));
    assert!(texts_of(&parent, ".change[data-kind=\"number\"] ins").contains(&"750".to_string()));
    assert!(texts_of(&parent, ".change .kind").contains(&"number".to_string()));
    assert!(
        texts_of(&parent, ".change.cosmetic").is_empty(),
        "filtered out"
    );

    let table = doc.create_element("div").unwrap();
    let options = ViewOptions {
        mode: Mode::Table,
        substantive_only: false,
        other: None,
    };
    render_statement(&doc, &table, &c, index, options).unwrap();
    assert_eq!(
        texts_of(&table, "tr").len(),
        c.statements[index].versions.len()
    );
}

#[wasm_bindgen_test]
fn html_becomes_text_without_running_anything() {
    let text = html_to_text(
        "<p>One <b>two</b></p><script>window.__ran = 1</script><ul><li>three</li></ul>",
    )
    .unwrap();
    assert_eq!(text, "One two\nthree");
    let ran = js_sys::Reflect::get(&js_sys::global(), &"__ran".into()).unwrap();
    assert!(ran.is_undefined());
}

#[wasm_bindgen_test]
fn inline_runs_mark_deleted_and_inserted_words() {
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

#[wasm_bindgen_test]
fn the_browser_normalizes_like_the_native_engine() {
    use verbatim_core::internals::{comparison_key, fold_accents};
    assert_eq!(comparison_key("ﬁnal"), "final");
    assert_eq!(comparison_key("ＡＢＣ"), "abc");
    assert_eq!(comparison_key("“Isn’t”"), "\"isn't\"");
    assert_eq!(fold_accents("Défense"), "defense");
    assert_eq!(fold_accents("Orlová"), "orlova");
}

#[wasm_bindgen_test]
fn utf16_runs_slice_javascript_strings_exactly() {
    use js_sys::JsString;
    // Accents, curly quotes and an emoji (two UTF-16 units, four UTF-8 bytes) before the change.
    let (old, new) = (
        "Café «ŝip» 🙂 left on Friday.",
        "Café «ŝip» 🙂 left on Thursday.",
    );
    let (js_old, js_new) = (JsString::from(old), JsString::from(new));
    assert_utf16_runs_rebuild(&js_old, &js_new, "Friday");
}

/// Checks that `diffWordsUtf16` runs slice both strings back exactly, with `deleted` the one
/// deletion.
fn assert_utf16_runs_rebuild(old: &js_sys::JsString, new: &js_sys::JsString, deleted: &str) {
    use js_sys::JsString;
    use verbatim_core::web::bindings::diff_words_utf16;
    let runs = diff_words_utf16(old, new);
    let (mut rebuilt_old, mut rebuilt_new) = (JsString::from(""), JsString::from(""));
    let mut deletions = Vec::new();
    for run in runs.chunks_exact(5) {
        if run[0] != 2 {
            rebuilt_old = rebuilt_old.concat(&old.slice(run[1], run[2]));
        }
        if run[0] != 1 {
            rebuilt_new = rebuilt_new.concat(&new.slice(run[3], run[4]));
        }
        if run[0] == 1 {
            deletions.push(String::from(old.slice(run[1], run[2])).trim().to_string());
        }
    }
    assert_eq!(&rebuilt_old, old);
    assert_eq!(&rebuilt_new, new);
    assert_eq!(deletions, [deleted]);
}

#[wasm_bindgen_test]
fn a_lone_surrogate_neither_breaks_the_diff_nor_shifts_its_offsets() {
    use js_sys::JsString;
    // JavaScript strings may hold half a surrogate pair (a pasted, mangled emoji); UTF-8
    // cannot, so the engine sees U+FFFD there, one UTF-16 unit like the surrogate itself.
    let lone = JsString::from_char_code1(0xD83D);
    let text = |day: &str| {
        JsString::from("Pasted ")
            .concat(&lone)
            .concat(&JsString::from(format!(" text, sent on {day}.")))
    };
    assert_utf16_runs_rebuild(&text("Friday"), &text("Thursday"), "Friday");
}

#[wasm_bindgen_test]
fn the_page_reads_back_exactly_what_the_worker_wrote() {
    use verbatim_core::web::decode::FromJs;
    use verbatim_core::{compare, CompareOptions};
    let articles: Vec<ArticleInput> = example_cards()
        .into_iter()
        .map(|c| ArticleInput {
            text: c.text,
            label: None,
            file_name: None,
        })
        .collect();
    let comparison = compare(&articles, &CompareOptions::default()).unwrap();
    assert!(comparison.statements.iter().any(|s| !s.changes.is_empty()));
    let read = Comparison::from_js(&comparison.to_js()).unwrap();
    assert_eq!(read, comparison);
    // The writer writes the model as serde does (the CLI's JSON), and the reader reads serde's.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let by_serde = serde::Serialize::serialize(&comparison, &serializer).unwrap();
    assert_eq!(Comparison::from_js(&by_serde).unwrap(), comparison);
    assert_eq!(canonical(&comparison.to_js()), canonical(&by_serde));
    // A malformed object names what is wrong.
    let error = Comparison::from_js(&js_sys::Object::new().into()).unwrap_err();
    assert!(error.contains("articles"), "{error}");
}

/// A value as JSON with every object's keys sorted and `null` and absent keys the same (serde
/// leaves `None` out where the writer writes `null`), so two writers' forms can be compared.
fn canonical(value: &JsValue) -> String {
    fn normal(v: &JsValue) -> JsValue {
        if js_sys::Array::is_array(v) {
            return js_sys::Array::from(v)
                .iter()
                .map(|x| normal(&x))
                .collect::<js_sys::Array>()
                .into();
        }
        if v.is_object() {
            let keys = js_sys::Object::keys(&js_sys::Object::from(v.clone()));
            let mut names: Vec<String> = keys.iter().filter_map(|k| k.as_string()).collect();
            names.sort();
            let out = js_sys::Array::new();
            for name in names {
                let value = js_sys::Reflect::get(v, &name.as_str().into()).unwrap();
                if !value.is_null() && !value.is_undefined() {
                    out.push(&js_sys::Array::of2(&name.as_str().into(), &normal(&value)));
                }
            }
            return out.into();
        }
        v.clone()
    }
    js_sys::JSON::stringify(&normal(value))
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn a_version_shows_its_variants_against_the_closest_wording_as_text() {
    use verbatim_core::{compare_versions, CompareOptions, VersionInput};
    let versions = [
        (
            "Vale's post",
            "With great hope I declare the <b>strike</b> over.",
        ),
        (
            "Harbour Post",
            "It’s therefore with great hope that I declare the <b>strike</b> over.",
        ),
        (
            "Coast Wire",
            "It is therefore with great hope that I declare the <b>strike</b> over.",
        ),
    ]
    .map(|(label, text)| VersionInput {
        text: text.to_string(),
        label: Some(label.to_string()),
        ..VersionInput::default()
    });
    let options = CompareOptions {
        base_article: Some(0),
    };
    let c = compare_versions(&versions, &options).unwrap();
    let doc = dom::document().unwrap();
    let parent = doc.create_element("div").unwrap();
    let options = ViewOptions {
        mode: Mode::Inline,
        substantive_only: false,
        other: None,
    };
    render_statement(&doc, &parent, &c, 0, options).unwrap();
    let lines = texts_of(&parent, ".variants");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("against Harbour Post, the closest wording"),
        "{lines:?}"
    );
    assert_eq!(
        texts_of(&parent, ".variants .change del"),
        ["It’s therefore"]
    );
    assert_eq!(
        texts_of(&parent, ".variants .change ins"),
        ["It is therefore"]
    );
    // The outlets' markup stays text.
    assert!(parent.query_selector("b").unwrap().is_none());
    // Hidden with the cosmetic changes.
    let hidden = doc.create_element("div").unwrap();
    let options = ViewOptions {
        substantive_only: true,
        ..options
    };
    render_statement(&doc, &hidden, &c, 0, options).unwrap();
    assert!(texts_of(&hidden, ".variants").is_empty());
}
