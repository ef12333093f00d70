//! The page's two-text mode: the word diff of two long versions of one document (up to
//! [`MAX_PAIR_BYTES`] each), for when there are no statements to find, only changes.
//!
//! The page's thread never holds the work: chosen files go to the worker as `File` objects
//! (read there), the diff runs there, and the result comes back as one transferred array of
//! numbers, through the page's one worker client (`worker.rs`: a watchdog, a fresh worker
//! after a crash, a newer request replacing an older one). The page then draws [`RUNS_PER_CHUNK`] runs at a time, the next ones only when the
//! reader scrolls near the end of what is drawn, so a million-word pair costs the page no more
//! than a page of text at a time.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, File, HtmlInputElement, HtmlTextAreaElement, IntersectionObserver,
    IntersectionObserverEntry,
};

use super::dom::{by_id, clear, element_with_text, on};
use super::protocol;
use super::worker::{self, Outcome, Reply, SharedClient, WorkerClient};
use crate::engine::describe_size;

/// The largest text (UTF-8 bytes, or file bytes) one side may have.
pub const MAX_PAIR_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// How long the worker may take for two texts of up to [`MAX_PAIR_BYTES`] each.
const PAIR_TIMEOUT_MS: u32 = 60_000;

/// Runs drawn at a time: a few hundred elements, well under a frame's work.
const RUNS_PER_CHUNK: usize = 400;

/// The largest HTML file a side may have: it is turned into text here, on the page's thread
/// (workers have no HTML parser), which must stay quick.
const MAX_PAIR_HTML_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// Where each side's text comes from: a chosen file (an HTML file as its text), else its
/// text box.
#[derive(Default)]
struct PairState {
    files: [Option<File>; 2],
    /// The text of a chosen HTML file, once read and turned into text.
    html_texts: [Option<String>; 2],
    /// Reads of chosen HTML files in flight.
    readers: Vec<gloo::file::callbacks::FileReader>,
    /// The worker (set once mounted).
    engine: Option<SharedClient>,
    result: Option<PairResult>,
    observer: Option<IntersectionObserver>,
}

/// A finished diff being drawn.
struct PairResult {
    old: JsString,
    new: JsString,
    /// Five numbers a run: tag (0 equal, 1 deleted, 2 inserted), old start, old end, new start,
    /// new end (UTF-16 offsets).
    runs: Vec<u32>,
    /// Runs drawn so far.
    shown: usize,
}

type Shared = Rc<RefCell<PairState>>;

const SIDES: [&str; 2] = ["pair-old", "pair-new"];

/// Wires the two-text mode if the page has it.
pub fn mount(doc: &Document) -> Result<(), JsValue> {
    if doc.get_element_by_id("pair").is_none() {
        return Ok(());
    }
    let state: Shared = Rc::new(RefCell::new(PairState::default()));
    let weak = Rc::downgrade(&state);
    let engine = WorkerClient::new(PAIR_TIMEOUT_MS, move |reply| {
        let Some(state) = weak.upgrade() else {
            return Outcome::Finished;
        };
        match reply {
            Reply::Message(data) => match receive(&state, &data) {
                Ok(outcome) => outcome,
                Err(e) => {
                    set_status(&describe(&e), "error");
                    Outcome::Failed
                }
            },
            Reply::TimedOut => {
                set_status(
                    "The comparison took too long and was stopped. Try shorter texts.",
                    "error",
                );
                Outcome::Failed
            }
            Reply::Crashed(why) => {
                set_status(&format!("The engine stopped ({why})."), "error");
                Outcome::Failed
            }
        }
    });
    state.borrow_mut().engine = Some(engine);
    for (side, id) in SIDES.iter().enumerate() {
        let input: HtmlInputElement = by_id(doc, &format!("{id}-file"))?;
        let (s, picked) = (state.clone(), input.clone());
        on(&input, "change", move |_| {
            let file = picked.files().and_then(|files| files.get(0));
            s.borrow_mut().html_texts[side] = None;
            if let Some(f) = &file {
                let lower = f.name().to_lowercase();
                if lower.ends_with(".html") || lower.ends_with(".htm") {
                    read_html(&s, side, f);
                } else {
                    set_status(
                        &format!("{}: {} loaded.", f.name(), describe_size(f.size())),
                        "",
                    );
                }
            }
            s.borrow_mut().files[side] = file;
        })?;
        // Typing in a box means that box is the source again.
        let text: HtmlTextAreaElement = by_id(doc, id)?;
        let s = state.clone();
        on(&text, "input", move |_| {
            s.borrow_mut().files[side] = None;
            s.borrow_mut().html_texts[side] = None;
            input.set_value("");
        })?;
    }
    let s = state.clone();
    on(&by_id::<Element>(doc, "pair-run")?, "click", move |_| {
        if let Err(e) = run(&s) {
            set_status(&describe(&e), "error");
        }
    })?;
    Ok(())
}

/// Reads a chosen HTML file and keeps its text (as the cards do with dropped pages: markup,
/// scripts and styles left out, a line break after each block).
fn read_html(state: &Shared, side: usize, file: &File) {
    let name = file.name();
    if file.size() > MAX_PAIR_HTML_BYTES {
        set_status(
            &format!(
                "{name} is {}; HTML files are read up to {} (save the page as text for more).",
                describe_size(file.size()),
                describe_size(MAX_PAIR_HTML_BYTES)
            ),
            "error",
        );
        return;
    }
    let s = state.clone();
    let reader = gloo::file::callbacks::read_as_text(&file.clone().into(), move |read| {
        let text = read
            .map_err(|e| JsValue::from_str(&e.to_string()))
            .and_then(|html| super::html::html_to_text(&html));
        match text {
            Ok(text) => {
                set_status(
                    &format!(
                        "{name}: {} of text from its HTML.",
                        describe_size(text.len() as f64)
                    ),
                    "",
                );
                s.borrow_mut().html_texts[side] = Some(text);
            }
            Err(e) => set_status(
                &format!("{name} could not be read: {}", describe(&e)),
                "error",
            ),
        }
    });
    state.borrow_mut().readers.push(reader);
}

/// Sends the two texts to the worker, replacing any comparison still running.
fn run(state: &Shared) -> Result<(), JsValue> {
    let doc = super::dom::document()?;
    let mut sources = Vec::with_capacity(2);
    for (side, id) in SIDES.iter().enumerate() {
        let name = if side == 0 { "old" } else { "new" };
        let st = state.borrow();
        if let (Some(_), Some(text)) = (&st.files[side], &st.html_texts[side]) {
            sources.push(JsValue::from_str(text));
            continue;
        }
        let is_html = st.files[side].as_ref().is_some_and(|f| {
            let lower = f.name().to_lowercase();
            lower.ends_with(".html") || lower.ends_with(".htm")
        });
        if is_html {
            return Err(format!(
                "The {name} HTML file is not read yet (or could not be): choose it again."
            )
            .into());
        }
        let source: JsValue = match &st.files[side] {
            Some(file) if file.size() > MAX_PAIR_BYTES => return Err(too_large(name, file.size())),
            Some(file) if file.size() > 0.0 => file.into(),
            _ => {
                let text = by_id::<HtmlTextAreaElement>(&doc, id)?.value();
                if text.trim().is_empty() {
                    return Err(format!("Paste or choose the {name} text first.").into());
                }
                if text.len() as f64 > MAX_PAIR_BYTES {
                    return Err(too_large(name, text.len() as f64));
                }
                text.into()
            }
        };
        sources.push(source);
    }
    let engine = {
        let mut st = state.borrow_mut();
        if let Some(observer) = &st.observer {
            observer.disconnect();
        }
        st.result = None;
        st.engine
            .clone()
            .ok_or("the two-text mode is not mounted")?
    };
    // A newer request replaces one still running outright (the client stops its worker).
    worker::send(&engine, |id| {
        protocol::pair_request(id, &sources[0], &sources[1])
    })?;
    clear(&by_id(&doc, "pair-out")?);
    set_status("Comparing the two texts…", "busy");
    Ok(())
}

/// Takes the worker's answer for the latest request (the client drops stale ones).
fn receive(state: &Shared, data: &JsValue) -> Result<Outcome, JsValue> {
    if let Some(message) = protocol::reply_error(data) {
        set_status(&message, "error");
        return Ok(Outcome::Failed);
    }
    let protocol::PairReply {
        runs,
        old,
        new,
        cosmetic,
    } = protocol::reply_pair(data)?;
    // A deletion next to an insertion is one changed passage.
    let tags: Vec<u32> = runs.chunks_exact(5).map(|r| r[0]).collect();
    let changes = (0..tags.len())
        .filter(|&i| tags[i] != 0 && (i == 0 || tags[i - 1] == 0))
        .count();
    let mut summary = format!(
        "{changes} changed passage{} between {} and {} characters of text.",
        if changes == 1 { "" } else { "s" },
        old.length(),
        new.length()
    );
    if cosmetic > 0 {
        summary.push_str(&format!(
            " {cosmetic} more differ{} only in case or quote marks (shown muted).",
            if cosmetic == 1 { "s" } else { "" }
        ));
    }
    state.borrow_mut().result = Some(PairResult {
        old,
        new,
        runs,
        shown: 0,
    });
    set_status(&summary, "done");
    draw_more(state)?;
    Ok(Outcome::Finished)
}

/// Draws the next chunk of runs, and a marker that draws the following chunk once it scrolls
/// into view.
fn draw_more(state: &Shared) -> Result<(), JsValue> {
    let doc = super::dom::document()?;
    let out: Element = by_id(&doc, "pair-out")?;
    if let Some(marker) = out.query_selector(".more")? {
        marker.remove();
    }
    let mut st = state.borrow_mut();
    let Some(result) = st.result.as_mut() else {
        return Ok(());
    };
    let total = result.runs.len() / 5;
    let end = (result.shown + RUNS_PER_CHUNK).min(total);
    let piece = |text: &JsString, from: u32, to: u32| String::from(text.slice(from, to));
    for run in result.runs[result.shown * 5..end * 5].chunks_exact(5) {
        let node: web_sys::Node = match run[0] {
            0 => {
                let (was, is) = (
                    piece(&result.old, run[1], run[2]),
                    piece(&result.new, run[3], run[4]),
                );
                if was == is {
                    doc.create_text_node(&is).into()
                } else {
                    cosmetic_run(&doc, &was, &is)?.into()
                }
            }
            1 => element_with_text(&doc, "del", None, &piece(&result.old, run[1], run[2]))?.into(),
            _ => element_with_text(&doc, "ins", None, &piece(&result.new, run[3], run[4]))?.into(),
        };
        out.append_child(&node)?;
    }
    result.shown = end;
    if end < total {
        let marker = element_with_text(
            &doc,
            "p",
            Some("more"),
            &format!("{} more runs: scroll to draw them.", total - end),
        )?;
        out.append_child(&marker)?;
        let observer = match st.observer.clone() {
            Some(observer) => observer,
            None => {
                let s = state.clone();
                let callback =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let visible = entries.iter().any(|e| {
                            e.dyn_into::<IntersectionObserverEntry>()
                                .is_ok_and(|e| e.is_intersecting())
                        });
                        if visible {
                            if let Err(e) = draw_more(&s) {
                                set_status(&describe(&e), "error");
                            }
                        }
                    });
                let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref())?;
                // One observer serves every result the page shows, for the page's lifetime.
                callback.forget();
                st.observer = Some(observer.clone());
                observer
            }
        };
        observer.disconnect();
        observer.observe(&marker);
    }
    Ok(())
}

/// An equal run whose two texts differ only in case, quote marks or spacing (the diff's keys
/// fold those): each differing word shown as a muted change, the rest as text.
fn cosmetic_run(doc: &Document, was: &str, is: &str) -> Result<web_sys::DocumentFragment, JsValue> {
    let fragment = doc.create_document_fragment();
    let pieces = |t: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in t.chars() {
            match out.last_mut() {
                Some(last)
                    if last.chars().last().is_some_and(char::is_whitespace)
                        == c.is_whitespace() =>
                {
                    last.push(c)
                }
                _ => out.push(c.to_string()),
            }
        }
        out
    };
    let (a, b) = (pieces(was), pieces(is));
    let pairs: Vec<(String, String)> = if a.len() == b.len() {
        a.into_iter().zip(b).collect()
    } else {
        vec![(was.to_string(), is.to_string())]
    };
    for (x, y) in pairs {
        if x == y || (x.trim().is_empty() && y.trim().is_empty()) {
            fragment.append_child(&doc.create_text_node(&y))?;
        } else {
            let span = doc.create_element("span")?;
            span.set_class_name("change cosmetic");
            for (tag, class, text) in [
                ("span", Some("vh"), "was "),
                ("del", None, x.as_str()),
                ("span", Some("vh"), ", now "),
                ("ins", None, y.as_str()),
            ] {
                let child = element_with_text(doc, tag, class, text)?;
                span.append_child(&child)?;
            }
            fragment.append_child(&span)?;
        }
    }
    Ok(fragment)
}

fn too_large(name: &str, bytes: f64) -> JsValue {
    let limit = describe_size(MAX_PAIR_BYTES);
    format!(
        "The {name} text is {}; Verbatim compares texts up to {limit}.",
        describe_size(bytes)
    )
    .into()
}

fn set_status(message: &str, state: &str) {
    if let Ok(doc) = super::dom::document() {
        if let Ok(el) = by_id::<Element>(&doc, "pair-status") {
            el.set_text_content(Some(message));
            el.set_class_name(if state == "error" { "error" } else { "" });
            let _ = el.set_attribute("data-state", state);
        }
    }
}

fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| Reflect::get(error, &"message".into()).ok()?.as_string())
        .unwrap_or_else(|| "The comparison failed.".to_string())
}
