//! The article cards: one text area and one outlet label per article, drawn from the state
//! (a box set only when its text changed), with one listener per kind of event on the list;
//! pasting (rich text as plain text, the size limit checked first), Remove with Undo, the
//! guessed labels, and the project's example. Files into cards are `files.rs`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlTextAreaElement};

pub use super::card::{example_cards, Card};
use super::dom::{by_id, document, element_with_text, on};
use super::event::{Dispatch, Event};
use super::html::html_to_text;
use super::state::{Shared, Undo};
use super::status::{report, show_notice, show_undo_notice};
use crate::engine::describe_size;
use crate::engine::model::{Comparison, LabelSource};
use crate::engine::writing_direction;
use crate::engine::MAX_ARTICLE_BYTES;

/// Marks a card's label input as the engine's guess (or not), saying where it came from.
fn mark_guess(input: &HtmlInputElement, guessed_from: Option<&str>) {
    match guessed_from {
        Some(from) => {
            input.set_class_name("label guessed");
            input.set_title(&format!("Guessed from {from}: type to correct it"));
        }
        None => {
            input.set_class_name("label");
            input.set_title("");
        }
    }
}

/// Brings the card elements in line with the state: adds and removes elements at the end,
/// numbers them, and sets a text box or label only when its content changed. (Setting a
/// textarea's value costs the browser a layout of all of it: re-setting every card at every
/// Add, Remove or drop repeated that for megabytes of text.)
pub fn render(state: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let list: Element = by_id(&doc, "cards")?;
    let mut guard = state.borrow_mut();
    let st = &mut *guard;
    while list.child_element_count() as usize > st.cards.len() {
        if let Some(last) = list.last_element_child() {
            last.remove();
        }
    }
    st.shown.truncate(list.child_element_count() as usize);
    for i in 0..st.cards.len() {
        let el = match list.children().item(i as u32) {
            Some(el) => el,
            None => {
                let el = card_element(&doc)?;
                list.append_child(&el)?;
                st.shown.push(Card::default());
                el
            }
        };
        number(&el, i)?;
        let (card, shown) = (&st.cards[i], &mut st.shown[i]);
        if card.text != shown.text {
            let area = card_part::<HtmlTextAreaElement>(&el, "textarea")?;
            area.set_value(&card.text);
            area.set_attribute("dir", writing_direction(&card.text))?;
            shown.text.clone_from(&card.text);
        }
        let guess = card.guessed_from.as_deref().filter(|_| !card.label_edited);
        if card.label != shown.label || guess != shown.guessed_from.as_deref() {
            let label = card_part::<HtmlInputElement>(&el, "input.label")?;
            label.set_value(&card.label);
            mark_guess(&label, guess);
            shown.label.clone_from(&card.label);
            shown.guessed_from = guess.map(str::to_string);
        }
    }
    let count = st.cards.len();
    drop(guard);
    update_add_button(count);
    Ok(())
}

/// The part of a card element that `selector` picks.
fn card_part<T: JsCast>(card: &Element, selector: &str) -> Result<T, JsValue> {
    card.query_selector(selector)?
        .ok_or_else(|| JsValue::from_str("a card without its parts"))?
        .dyn_into::<T>()
        .map_err(|_| JsValue::from_str("a card part of an unexpected type"))
}

/// An empty card element (its listeners are on the list: see [`wire`]).
fn card_element(doc: &Document) -> Result<Element, JsValue> {
    let el = doc.create_element("article")?;
    el.set_class_name("card");
    let head = doc.create_element("div")?;
    head.set_class_name("card-head");
    let label: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
    label.set_class_name("label");
    label.set_type("text");
    label.set_max_length(200);
    // A label is short: the browser's own direction detection costs nothing here.
    label.set_attribute("dir", "auto")?;
    head.append_child(&label)?;
    // A picker per card, for keyboards and phones (dropping needs a mouse).
    let picker = element_with_text(doc, "label", Some("button small"), "Open file")?;
    let input: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
    input.set_type("file");
    input.set_accept(".txt,.md,.html,.htm,text/plain,text/markdown,text/html");
    picker.append_child(&input)?;
    head.append_child(&picker)?;
    let remove = element_with_text(doc, "button", Some("remove"), "Remove")?;
    remove.set_attribute("type", "button")?;
    head.append_child(&remove)?;
    el.append_child(&head)?;
    let area: HtmlTextAreaElement = doc.create_element("textarea")?.dyn_into()?;
    area.set_rows(7);
    area.set_attribute(
        "placeholder",
        "Paste an article here, or drop files anywhere on the page",
    )?;
    area.set_attribute("dir", "ltr")?;
    area.set_attribute("spellcheck", "false")?;
    el.append_child(&area)?;
    Ok(el)
}

/// Gives card element `el` its number `i` (after a card before it was removed).
fn number(el: &Element, i: usize) -> Result<(), JsValue> {
    let index = i.to_string();
    if el.get_attribute("data-index").as_deref() == Some(index.as_str()) {
        return Ok(());
    }
    el.set_attribute("data-index", &index)?;
    let n = i + 1;
    let label = card_part::<HtmlInputElement>(el, "input.label")?;
    label.set_placeholder(&format!("Article {n}"));
    label.set_attribute("aria-label", &format!("Outlet of article {n}"))?;
    card_part::<Element>(el, "button.remove")?
        .set_attribute("aria-label", &format!("Remove article {n}"))?;
    card_part::<Element>(el, "input[type=file]")?
        .set_attribute("aria-label", &format!("Open a file as article {n}"))?;
    card_part::<Element>(el, "textarea")?
        .set_attribute("aria-label", &format!("Text of article {n}"))?;
    Ok(())
}

/// The card number of the element an event happened in.
pub(super) fn card_index(event: &web_sys::Event) -> Option<usize> {
    let target: Element = event.target()?.dyn_into().ok()?;
    target
        .closest(".card")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

/// Listens, once, on the card list for what happens in any card: typing, pasting, removing;
/// each becomes an [`Event`] for `dispatch`. (One listener per kind of event, not per card and
/// render: nothing to free or to leak.) A card's file picker is `files.rs`'s.
pub fn wire(doc: &Document, state: &Shared, dispatch: &Dispatch) -> Result<(), JsValue> {
    let list: Element = by_id(doc, "cards")?;
    let d = dispatch.clone();
    on(&list, "input", move |event| {
        let Some(i) = card_index(&event) else { return };
        let Some(target) = event.target() else { return };
        if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
            let text = area.value();
            let dir = writing_direction(&text);
            if area.get_attribute("dir").as_deref() != Some(dir) {
                let _ = area.set_attribute("dir", dir);
            }
            d(Event::EditText { card: i, text });
        } else if let Some(input) = target
            .dyn_ref::<HtmlInputElement>()
            .filter(|i| i.class_list().contains("label"))
        {
            let label = input.value();
            mark_guess(input, None);
            d(Event::EditLabel { card: i, label });
        }
    })?;
    let s = state.clone();
    let d = dispatch.clone();
    on(&list, "paste", move |event| {
        let Some(i) = card_index(&event) else { return };
        let Some(area) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
        else {
            return;
        };
        paste(&s, &d, i, &area, &event);
    })?;
    let d = dispatch.clone();
    on(&list, "click", move |event| {
        let is_remove = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|el| el.closest("button.remove").ok().flatten().is_some());
        if let Some(i) = card_index(&event).filter(|_| is_remove) {
            d(Event::RemoveCard(i));
        }
    })?;
    Ok(())
}

/// Removes card `i`, its element with it (the others keep theirs, renumbered), and offers
/// Undo when it held anything. The caller schedules the analysis.
pub(super) fn remove(state: &Shared, i: usize) {
    {
        let mut st = state.borrow_mut();
        if i >= st.cards.len() {
            return;
        }
        let card = st.cards.remove(i);
        st.shown.remove(i);
        let label = if card.label.trim().is_empty() {
            format!("Article {}", i + 1)
        } else {
            card.label.clone()
        };
        if card != Card::default() {
            st.undo = Some(Undo::Removed(i, card));
            show_undo_notice(&format!("{label} removed."));
        }
        if let Some(el) = document()
            .ok()
            .and_then(|d| d.get_element_by_id("cards"))
            .and_then(|list| list.children().item(i as u32))
        {
            el.remove();
        }
        if st.cards.is_empty() {
            st.cards.push(Card::default());
        }
    }
    report(render(state));
}

#[wasm_bindgen]
extern "C" {
    /// A `DataTransfer` seen through [`Transfer::get_data_js`].
    #[wasm_bindgen(js_name = DataTransfer)]
    type Transfer;
    /// `DataTransfer.getData`, kept as a JS string: its length is known without copying a
    /// pasted 50 MB into the module to find out that it is too long.
    #[wasm_bindgen(method, js_name = getData)]
    fn get_data_js(this: &Transfer, format: &str) -> js_sys::JsString;
}

/// What `data` holds in `format`, as a JS string (not copied).
pub(super) fn transfer_data(data: &web_sys::DataTransfer, format: &str) -> js_sys::JsString {
    data.unchecked_ref::<Transfer>().get_data_js(format)
}

/// The largest HTML that is converted to text (its text may then fit an article).
const MAX_HTML_CHARS: u32 = 8 * MAX_ARTICLE_BYTES as u32;

/// A paste into card `i`: refused with a notice when the card would exceed the article size
/// limit (before the text is in the card); rich text becomes plain text; plain text within the
/// limit is left to the browser.
fn paste(
    state: &Shared,
    dispatch: &Dispatch,
    i: usize,
    area: &HtmlTextAreaElement,
    event: &web_sys::Event,
) {
    let Some(data) = event
        .dyn_ref::<web_sys::ClipboardEvent>()
        .and_then(|e| e.clipboard_data())
    else {
        return;
    };
    // What stays of the card: nothing when the paste replaces all of it.
    let whole = area.selection_start().ok().flatten() == Some(0)
        && area.selection_end().ok().flatten() == Some(area.text_length());
    let kept = if whole {
        0
    } else {
        state.borrow().cards.get(i).map_or(0, |c| c.text.len())
    };
    let html = transfer_data(&data, "text/html");
    let text = if html.length() > 0 && html.length() <= MAX_HTML_CHARS {
        // Rich text becomes plain text here; the HTML itself never enters the page.
        html_to_text(&String::from(html)).ok()
    } else {
        None
    };
    let text = match text {
        Some(text) if !text.trim().is_empty() => Pasted::Converted(text),
        _ => {
            let plain = transfer_data(&data, "text/plain");
            if plain.length() as usize > MAX_ARTICLE_BYTES {
                Pasted::TooLarge(plain.length() as usize)
            } else {
                let plain = String::from(plain);
                Pasted::Plain(plain.len())
            }
        }
    };
    let bytes = match &text {
        Pasted::Converted(t) => t.len(),
        Pasted::Plain(n) | Pasted::TooLarge(n) => *n,
    };
    if kept + bytes > MAX_ARTICLE_BYTES {
        event.prevent_default();
        show_notice(&format!(
            "Not pasted: article {} would hold {} and Verbatim compares articles of up to {}.",
            i + 1,
            describe_size((kept + bytes) as f64),
            describe_size(MAX_ARTICLE_BYTES as f64)
        ));
        return;
    }
    if let Pasted::Converted(text) = text {
        event.prevent_default();
        report(area.set_range_text(&text));
        let end = area.selection_end().ok().flatten().unwrap_or(0);
        let _ = area.set_selection_range(end, end);
        // The browser sends no input event for a value set by script.
        let value = area.value();
        let _ = area.set_attribute("dir", writing_direction(&value));
        dispatch(Event::EditText {
            card: i,
            text: value,
        });
    }
}

/// What a paste brings.
enum Pasted {
    /// Rich text, as plain text.
    Converted(String),
    /// Plain text of this many bytes, left for the browser to insert.
    Plain(usize),
    /// Plain text of at least this many bytes: over the limit whatever it holds.
    TooLarge(usize),
}

/// Puts the focus in the last card's text area (after "Add article").
pub fn focus_last(state: &Shared) {
    let last = state.borrow().cards.len().saturating_sub(1);
    if let Some(area) = card_textarea(last) {
        let _ = area.focus();
    }
}

/// Shows the engine's guess in the label of every card the user has not labelled.
pub fn show_guessed_labels(state: &Shared, comparison: &Comparison) {
    {
        let mut st = state.borrow_mut();
        // The comparison holds the non-empty cards only, in order.
        let filled: Vec<usize> = (0..st.cards.len())
            .filter(|&i| !st.cards[i].text.trim().is_empty())
            .collect();
        for (a, &i) in filled.iter().enumerate() {
            let Some(article) = comparison.articles.get(a) else {
                break;
            };
            if st.cards[i].label_edited || article.label_source == LabelSource::Given {
                continue;
            }
            st.cards[i].label.clone_from(&article.label);
            st.cards[i].guessed_from = (article.label_source != LabelSource::Default)
                .then(|| article.label_source.label().to_string());
        }
    }
    report(render(state));
}

/// Disables or enables the Add button when the card limit is reached.
fn update_add_button(count: usize) {
    if let Ok(doc) = document() {
        if let Ok(button) = by_id::<web_sys::HtmlButtonElement>(&doc, "add-article") {
            button.set_disabled(count >= crate::engine::MAX_ARTICLES);
        }
    }
}

/// The textarea of card `index`, if it is on the page.
fn card_textarea(index: usize) -> Option<HtmlTextAreaElement> {
    document()
        .ok()?
        .query_selector(&format!("#cards .card[data-index=\"{index}\"] textarea"))
        .ok()??
        .dyn_into()
        .ok()
}
