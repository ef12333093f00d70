//! Files into cards: dropped anywhere on the page or chosen with Open files…; `.txt`, `.md` and
//! `.html` (as its text, through the browser's own parser, in an inert document) become
//! articles, a `.verbatim.json` comparison replaces the page's (with Undo); each is checked for
//! its size before it is read and for binary content after. Text dragged into a card is the
//! card's own, within the size limit.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, HtmlInputElement};

use super::card::Card;
use super::cards::{card_index, render, transfer_data};
use super::dom::{by_id, on};
use super::event::{Dispatch, Event};
use super::html::html_to_text;
use super::state::Shared;
use super::status::{report, show_notice};
use crate::engine::{describe_size, MAX_ARTICLES, MAX_ARTICLE_BYTES};

/// True when a drag carries files (not text or a link dragged from a page).
fn carries_files(event: &web_sys::Event) -> bool {
    event
        .dyn_ref::<web_sys::DragEvent>()
        .and_then(|e| e.data_transfer())
        .is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
}

/// Lets the user drop `.txt`, `.html` and `.md` files anywhere on the page (each becomes a
/// card), and text into a card (the browser inserts it, within the size limit).
pub fn wire_drop(doc: &Document, state: &Shared, dispatch: &Dispatch) -> Result<(), JsValue> {
    let overlay: HtmlElement = by_id(doc, "drop-overlay")?;
    let shown = overlay.clone();
    on(doc, "dragover", move |event| {
        // Only a drag of files is the page's: text dragged over a card is the card's own.
        if carries_files(&event) {
            event.prevent_default();
            let _ = shown.remove_attribute("hidden");
        }
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
    let d = dispatch.clone();
    on(doc, "drop", move |event| {
        let _ = overlay.set_attribute("hidden", "");
        let Some(data) = event
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(|e| e.data_transfer())
        else {
            return;
        };
        match data.files().filter(|f| f.length() > 0) {
            Some(files) => {
                event.prevent_default();
                add_files(&s, &d, &files, None);
            }
            None => {
                // Text dropped into a card: the browser inserts it, unless it is too large.
                let Some(i) = card_index(&event) else { return };
                let dropped = transfer_data(&data, "text/plain").length() as usize;
                let kept = s.borrow().cards.get(i).map_or(0, |c| c.text.len());
                if kept + dropped > MAX_ARTICLE_BYTES {
                    event.prevent_default();
                    show_notice(&format!(
                        "Not added: article {} would hold more than Verbatim compares ({}).",
                        i + 1,
                        describe_size(MAX_ARTICLE_BYTES as f64)
                    ));
                }
            }
        }
    })?;
    Ok(())
}

/// Each card's own file picker (one listener on the card list): its file goes into that card.
pub fn wire_card_pickers(
    doc: &Document,
    state: &Shared,
    dispatch: &Dispatch,
) -> Result<(), JsValue> {
    let s = state.clone();
    let d = dispatch.clone();
    on(
        &by_id::<web_sys::Element>(doc, "cards")?,
        "change",
        move |event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .filter(|i| i.type_() == "file")
            else {
                return;
            };
            if let (Some(i), Some(files)) = (card_index(&event), input.files()) {
                add_files(&s, &d, &files, Some(i));
            }
            // The same file chosen again is a change again.
            input.set_value("");
        },
    )
}

/// Lets keyboard and phone users open files too: the picker's files become cards.
pub fn wire_picker(doc: &Document, state: &Shared, dispatch: &Dispatch) -> Result<(), JsValue> {
    let picker: HtmlInputElement = by_id(doc, "open-files")?;
    let s = state.clone();
    let d = dispatch.clone();
    let input = picker.clone();
    on(&picker, "change", move |_| {
        if let Some(files) = input.files() {
            add_files(&s, &d, &files, None);
        }
        // The same file chosen again is a change again.
        input.set_value("");
    })
}

/// The largest file read: an HTML page may hold several times its text in markup.
const MAX_FILE_BYTES: f64 = 8.0 * MAX_ARTICLE_BYTES as f64;

/// Reads `files` into cards: into card `into` (its first file only: the picker of one card),
/// else each into the first empty card or a new one. Each card read is sent as
/// [`Event::CardsAdded`].
pub fn add_files(
    state: &Shared,
    dispatch: &Dispatch,
    files: &web_sys::FileList,
    into: Option<usize>,
) {
    let mut refused = Vec::new();
    let mut free = {
        let st = state.borrow();
        let filled = st
            .cards
            .iter()
            .filter(|c| !c.text.trim().is_empty())
            .count();
        MAX_ARTICLES.saturating_sub(filled + st.pending_reads)
    };
    if state.borrow().pending_reads == 0 {
        // Every earlier read has finished: their guards can go (not from their own callbacks).
        state.borrow_mut().readers.clear();
    }
    let mut over = Vec::new();
    for k in 0..files.length() {
        let Some(file) = files.item(k) else { continue };
        let name = file.name();
        if super::share::is_comparison_file(&name) {
            open_comparison_file(state, dispatch, file, name);
            continue;
        }
        let lower = name.to_lowercase();
        let is_html = lower.ends_with(".html") || lower.ends_with(".htm");
        if !(is_html || lower.ends_with(".txt") || lower.ends_with(".md")) {
            refused.push(format!(
                "{name} (only .txt, .html and .md files, and .verbatim.json comparisons)"
            ));
            continue;
        }
        let limit = if is_html {
            MAX_FILE_BYTES
        } else {
            MAX_ARTICLE_BYTES as f64
        };
        if file.size() > limit {
            refused.push(format!(
                "{name} ({}; articles may have up to {})",
                describe_size(file.size()),
                describe_size(MAX_ARTICLE_BYTES as f64)
            ));
            continue;
        }
        if into.is_some() && k > 0 {
            break;
        }
        if into.is_none() {
            if free == 0 {
                over.push(name);
                continue;
            }
            free -= 1;
        }
        let s = state.clone();
        let d = dispatch.clone();
        let file_name = name.clone();
        let reader = gloo::file::callbacks::read_as_bytes(&file.into(), move |bytes| {
            let message = match bytes.map_err(|e| e.to_string()).and_then(|b| decode(&b)) {
                Ok(text) => {
                    let text = if is_html {
                        html_to_text(&text).unwrap_or(text)
                    } else {
                        text
                    };
                    if text.len() > MAX_ARTICLE_BYTES {
                        Some(format!(
                            "{file_name} was not added: its text is {}; articles may have up to {}.",
                            describe_size(text.len() as f64),
                            describe_size(MAX_ARTICLE_BYTES as f64)
                        ))
                    } else {
                        add_card(&s, &d, Card::from_file(&file_name, text), into)
                    }
                }
                Err(why) => Some(format!("{file_name} was not added: {why}.")),
            };
            {
                let mut st = s.borrow_mut();
                st.pending_reads = st.pending_reads.saturating_sub(1);
            }
            if let Some(m) = message {
                show_notice(&m);
            }
        });
        let mut st = state.borrow_mut();
        st.readers.push(reader);
        st.pending_reads += 1;
    }
    if !over.is_empty() {
        refused.push(format!(
            "{} (Verbatim compares at most {MAX_ARTICLES} articles)",
            over.join(", ")
        ));
    }
    if !refused.is_empty() {
        show_notice(&format!("Not added: {}.", refused.join("; ")));
    }
}

/// Opens a comparison file (`.verbatim.json`, saved by Export): its texts and view replace the
/// page's, with Undo.
fn open_comparison_file(state: &Shared, dispatch: &Dispatch, file: web_sys::File, name: String) {
    // All sixteen articles at their limit, with room for the labels and the view.
    let limit = (MAX_ARTICLES * MAX_ARTICLE_BYTES) as f64 * 1.1;
    if file.size() > limit {
        show_notice(&format!("{name} is too large to be a Verbatim comparison."));
        return;
    }
    let s = state.clone();
    let d = dispatch.clone();
    let reader = gloo::file::callbacks::read_as_text(&file.into(), move |read| {
        let opened = read.map_err(|e| e.to_string()).and_then(|json| {
            super::share::open_state(&s, &d, &json, &format!("the comparison {name}"))
        });
        if let Err(why) = opened {
            show_notice(&format!("{name} could not be opened: {why}."));
        }
    });
    state.borrow_mut().readers.push(reader);
}

/// Text from a dropped file: UTF-8, and no NUL anywhere (a binary file, whatever its name).
fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.contains(&0) {
        return Err("it looks like a binary file, not text".into());
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| "it is not UTF-8 text".into())
}

/// Puts a file's card into card `into`, else into the first empty card, else a new one
/// (keeping a label the user typed there); returns a message if it cannot (too many articles).
fn add_card(
    state: &Shared,
    dispatch: &Dispatch,
    card: Card,
    into: Option<usize>,
) -> Option<String> {
    {
        let mut st = state.borrow_mut();
        let target = into
            .filter(|&i| i < st.cards.len())
            .or_else(|| st.cards.iter().position(|c| c.text.trim().is_empty()));
        match target {
            Some(i) if st.cards[i].label_edited => {
                st.cards[i].text = card.text;
                st.cards[i].file_name = card.file_name;
            }
            Some(i) => st.cards[i] = card,
            None if st.cards.len() < MAX_ARTICLES => st.cards.push(card),
            None => {
                return Some(format!(
                    "{} was not added: Verbatim compares at most {MAX_ARTICLES} articles.",
                    card.file_name.unwrap_or_default()
                ))
            }
        }
    }
    report(render(state));
    dispatch(Event::CardsAdded);
    None
}
