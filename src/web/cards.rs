//! The article cards: one text area and one outlet label per article, pasting rich text,
//! dropping files, and the project's example.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use super::app::{changed, report, save_cards, update_add_button, Shared};
use super::dom::{by_id, clear, document, element_with_text, on};
use crate::engine::model::{Comparison, LabelSource};
use crate::engine::{label_from_file_name, MAX_ARTICLES};

/// One article card.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The article's text.
    pub text: String,
    /// The outlet label shown (the user's, or the engine's guess).
    pub label: String,
    /// True once the user typed a label: it is then sent to the engine and never replaced.
    pub label_edited: bool,
    /// The name of the file the text was dropped from, which the label is guessed from.
    pub file_name: Option<String>,
    /// Where the shown label was guessed from (`the file name`), while it is a guess.
    pub guessed_from: Option<String>,
}

/// The project's own example: four invented outlets quoting an invented minister, showing
/// every kind of change (the same texts the engine's tests use).
pub fn example_cards() -> Vec<Card> {
    [
        (
            "1-harbour-post.txt",
            include_str!("../../tests/fixtures/harbour/1-harbour-post.txt"),
        ),
        (
            "2-coastline-daily.txt",
            include_str!("../../tests/fixtures/harbour/2-coastline-daily.txt"),
        ),
        (
            "3-northern-wire.txt",
            include_str!("../../tests/fixtures/harbour/3-northern-wire.txt"),
        ),
        (
            "4-tidewater-times.txt",
            include_str!("../../tests/fixtures/harbour/4-tidewater-times.txt"),
        ),
    ]
    .into_iter()
    .map(|(name, text)| Card::from_file(name, text.to_string()))
    .collect()
}

impl Card {
    /// A card for a text read from the file `name`, its label guessed from the name at once.
    pub fn from_file(name: &str, text: String) -> Card {
        let guess = label_from_file_name(name);
        Card {
            text,
            guessed_from: guess
                .as_ref()
                .map(|_| LabelSource::FileName.label().to_string()),
            label: guess.unwrap_or_default(),
            label_edited: false,
            file_name: Some(name.to_string()),
        }
    }
}

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

/// Rebuilds every card from the state (after cards were added, removed or replaced).
pub fn render(state: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let list: Element = by_id(&doc, "cards")?;
    clear(&list);
    let count = state.borrow().cards.len();
    for i in 0..count {
        let child = card_element(&doc, state, i)?;
        list.append_child(&child)?;
    }
    update_add_button(count);
    Ok(())
}

fn card_element(doc: &Document, state: &Shared, i: usize) -> Result<Element, JsValue> {
    let card = state.borrow().cards[i].clone();
    let el = doc.create_element("article")?;
    el.set_class_name("card");
    el.set_attribute("data-index", &i.to_string())?;
    let head = doc.create_element("div")?;
    head.set_class_name("card-head");
    let label: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
    mark_guess(
        &label,
        card.guessed_from.as_deref().filter(|_| !card.label_edited),
    );
    label.set_type("text");
    label.set_placeholder(&format!("Article {}", i + 1));
    label.set_value(&card.label);
    label.set_attribute("aria-label", &format!("Outlet of article {}", i + 1))?;
    label.set_attribute("dir", "auto")?;
    let s = state.clone();
    let input = label.clone();
    on(&label, "input", move |_| {
        {
            let mut st = s.borrow_mut();
            st.cards[i].label = input.value();
            st.cards[i].label_edited = !input.value().trim().is_empty();
            st.cards[i].guessed_from = None;
        }
        mark_guess(&input, None);
        changed(&s);
    })?;
    head.append_child(&label)?;
    let remove = element_with_text(doc, "button", Some("remove"), "Remove")?;
    remove.set_attribute("type", "button")?;
    remove.set_attribute("aria-label", &format!("Remove article {}", i + 1))?;
    let s = state.clone();
    on(&remove, "click", move |_| {
        s.borrow_mut().cards.remove(i);
        if s.borrow().cards.is_empty() {
            s.borrow_mut().cards.push(Card::default());
        }
        report(render(&s));
        changed(&s);
    })?;
    head.append_child(&remove)?;
    el.append_child(&head)?;

    let area: HtmlTextAreaElement = doc.create_element("textarea")?.dyn_into()?;
    area.set_value(&card.text);
    area.set_rows(7);
    area.set_attribute("aria-label", &format!("Text of article {}", i + 1))?;
    area.set_attribute(
        "placeholder",
        "Paste an article here, or drop files anywhere on the page",
    )?;
    area.set_attribute("dir", "auto")?;
    area.set_attribute("spellcheck", "false")?;
    let s = state.clone();
    let field = area.clone();
    on(&area, "input", move |_| {
        s.borrow_mut().cards[i].text = field.value();
        changed(&s);
    })?;
    let s = state.clone();
    let field = area.clone();
    on(&area, "paste", move |event| {
        let html = event
            .dyn_ref::<web_sys::ClipboardEvent>()
            .and_then(|e| e.clipboard_data())
            .and_then(|d| d.get_data("text/html").ok())
            .filter(|h| !h.trim().is_empty());
        let Some(html) = html else { return };
        // Rich text becomes plain text here; the HTML itself never enters the page.
        let Ok(text) = html_to_text(&html) else {
            return;
        };
        event.prevent_default();
        report(field.set_range_text(&text));
        let end = field.selection_end().ok().flatten().unwrap_or(0);
        let _ = field.set_selection_range(end, end);
        s.borrow_mut().cards[i].text = field.value();
        changed(&s);
    })?;
    el.append_child(&area)?;
    Ok(el)
}

/// Puts the focus in the last card's text area (after "Add article").
pub fn focus_last(state: &Shared) {
    let last = state.borrow().cards.len().saturating_sub(1);
    if let Some(area) = super::app::card_textarea(last) {
        let _ = area.focus();
    }
}

/// Shows the engine's guess in the label of every card the user has not labelled.
pub fn show_guessed_labels(state: &Shared, comparison: &Comparison) {
    let Ok(doc) = document() else { return };
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
        st.cards[i].label = article.label.clone();
        let from = (article.label_source != LabelSource::Default)
            .then(|| article.label_source.label().to_string());
        st.cards[i].guessed_from = from.clone();
        let selector = format!("#cards .card[data-index=\"{i}\"] input.label");
        if let Some(input) = doc
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            input.set_value(&article.label);
            mark_guess(&input, from.as_deref());
        }
    }
}

/// Turns HTML into text with the browser's own parser (an inert document: nothing in it runs
/// or loads), with a line break after each block.
pub fn html_to_text(html: &str) -> Result<String, JsValue> {
    let parser = web_sys::DomParser::new()?;
    let parsed = parser.parse_from_string(html, web_sys::SupportedType::TextHtml)?;
    let Some(body) = parsed.body() else {
        return Ok(String::new());
    };
    let mut out = String::new();
    collect_text(body.as_ref(), &mut out);
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    Ok(text.trim().to_string())
}

fn collect_text(node: &web_sys::Node, out: &mut String) {
    const SKIP: &[&str] = &["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD"];
    const BLOCKS: &[&str] = &[
        "P",
        "DIV",
        "BR",
        "LI",
        "H1",
        "H2",
        "H3",
        "H4",
        "H5",
        "H6",
        "BLOCKQUOTE",
        "TR",
        "SECTION",
        "ARTICLE",
        "HEADER",
        "FOOTER",
        "FIGCAPTION",
        "PRE",
        "UL",
        "OL",
        "TABLE",
    ];
    if node.node_type() == web_sys::Node::TEXT_NODE {
        let text = node.text_content().unwrap_or_default();
        let collapsed: Vec<&str> = text.split_whitespace().collect();
        if !collapsed.is_empty() {
            if text.starts_with(char::is_whitespace) && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
            out.push_str(&collapsed.join(" "));
            if text.ends_with(char::is_whitespace) {
                out.push(' ');
            }
        }
        return;
    }
    // HTML element names come upper-case already; `make_ascii_uppercase` covers XHTML without
    // linking the Unicode case tables.
    let mut name = node.node_name();
    name.make_ascii_uppercase();
    if SKIP.contains(&name.as_str()) {
        return;
    }
    let children = node.child_nodes();
    for k in 0..children.length() {
        if let Some(child) = children.item(k) {
            collect_text(&child, out);
        }
    }
    if BLOCKS.contains(&name.as_str()) {
        out.push('\n');
    }
}

/// Lets the user drop `.txt`, `.html` and `.md` files anywhere on the page: each becomes a card.
pub fn wire_drop(doc: &Document, state: &Shared) -> Result<(), JsValue> {
    let overlay: HtmlElement = by_id(doc, "drop-overlay")?;
    let shown = overlay.clone();
    on(doc, "dragover", move |event| {
        event.prevent_default();
        let _ = shown.remove_attribute("hidden");
    })?;
    let hidden = overlay.clone();
    on(doc, "dragleave", move |event| {
        // Leaving the window (not just moving between elements) has no related target.
        let left = event
            .dyn_ref::<web_sys::DragEvent>()
            .is_some_and(|e| e.related_target().is_none());
        if left {
            let _ = hidden.set_attribute("hidden", "");
        }
    })?;
    let s = state.clone();
    on(doc, "drop", move |event| {
        event.prevent_default();
        let _ = overlay.set_attribute("hidden", "");
        let files = event
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(|e| e.data_transfer())
            .and_then(|d| d.files());
        if let Some(files) = files {
            add_files(&s, &files);
        }
    })?;
    Ok(())
}

fn add_files(state: &Shared, files: &web_sys::FileList) {
    let mut refused = Vec::new();
    for k in 0..files.length() {
        let Some(file) = files.item(k) else { continue };
        let name = file.name();
        let lower = name.to_lowercase();
        let is_html = lower.ends_with(".html") || lower.ends_with(".htm");
        if !(is_html || lower.ends_with(".txt") || lower.ends_with(".md")) {
            refused.push(format!("{name} (only .txt, .html and .md files)"));
            continue;
        }
        let s = state.clone();
        let file_name = name.clone();
        let reader = gloo::file::callbacks::read_as_bytes(&file.into(), move |bytes| {
            let message = match bytes.map_err(|e| e.to_string()).and_then(|b| decode(&b)) {
                Ok(text) => {
                    let text = if is_html {
                        html_to_text(&text).unwrap_or(text)
                    } else {
                        text
                    };
                    add_card(&s, Card::from_file(&file_name, text))
                }
                Err(why) => Some(format!("{file_name} was not added: {why}")),
            };
            if let Some(m) = message {
                show_message(&m);
            }
        });
        state.borrow_mut().readers.push(reader);
    }
    if !refused.is_empty() {
        show_message(&format!("Not added: {}.", refused.join(", ")));
    }
}

/// Text from a dropped file: UTF-8, and nothing that looks binary.
fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.iter().take(4096).any(|&b| b == 0) {
        return Err("it looks like a binary file, not text".into());
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| "it is not UTF-8 text".into())
}

/// Puts a dropped file's card into the first empty card (keeping a label the user typed
/// there), or a new one; returns a message if it cannot (too many articles).
fn add_card(state: &Shared, card: Card) -> Option<String> {
    {
        let mut st = state.borrow_mut();
        match st.cards.iter().position(|c| c.text.trim().is_empty()) {
            Some(i) if st.cards[i].label_edited => {
                st.cards[i].text = card.text;
                st.cards[i].file_name = card.file_name;
            }
            Some(i) => st.cards[i] = card,
            None if st.cards.len() < MAX_ARTICLES => st.cards.push(card),
            None => {
                return Some(format!(
                    "Verbatim compares at most {MAX_ARTICLES} articles."
                ))
            }
        }
    }
    report(render(state));
    save_cards(state);
    changed(state);
    None
}

fn show_message(message: &str) {
    if let Ok(doc) = document() {
        if let Ok(el) = by_id::<Element>(&doc, "status") {
            el.set_text_content(Some(message));
            el.set_class_name("error");
        }
    }
}
