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

use js_sys::{JsString, Object, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, File, HtmlInputElement, HtmlTextAreaElement, IntersectionObserver,
    IntersectionObserverEntry,
};

use super::dom::{by_id, clear, element_with_text, on};
use super::worker::{self, Outcome, Reply, SharedClient, WorkerClient};

/// The largest text (UTF-8 bytes, or file bytes) one side may have.
pub const MAX_PAIR_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// How long the worker may take for two texts of up to [`MAX_PAIR_BYTES`] each.
const PAIR_TIMEOUT_MS: u32 = 60_000;

/// Runs drawn at a time: a few hundred elements, well under a frame's work.
const RUNS_PER_CHUNK: usize = 400;

/// Where each side's text comes from: a chosen file, else its text box.
#[derive(Default)]
struct PairState {
    files: [Option<File>; 2],
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
            if let Some(f) = &file {
                set_status(
                    &format!("{}: {} loaded.", f.name(), describe_size(f.size())),
                    "",
                );
            }
            s.borrow_mut().files[side] = file;
        })?;
        // Typing in a box means that box is the source again.
        let text: HtmlTextAreaElement = by_id(doc, id)?;
        let s = state.clone();
        on(&text, "input", move |_| {
            s.borrow_mut().files[side] = None;
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

/// Sends the two texts to the worker, replacing any comparison still running.
fn run(state: &Shared) -> Result<(), JsValue> {
    let doc = super::dom::document()?;
    let mut sources = Vec::with_capacity(2);
    for (side, id) in SIDES.iter().enumerate() {
        let name = if side == 0 { "old" } else { "new" };
        let source: JsValue = match &state.borrow().files[side] {
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
        let pair = Object::new();
        Reflect::set(&pair, &"old".into(), &sources[0])?;
        Reflect::set(&pair, &"new".into(), &sources[1])?;
        let message = Object::new();
        Reflect::set(&message, &"id".into(), &id.into())?;
        Reflect::set(&message, &"pair".into(), &pair)?;
        Ok(message.into())
    })?;
    clear(&by_id(&doc, "pair-out")?);
    set_status("Comparing the two texts…", "busy");
    Ok(())
}

/// Takes the worker's answer for the latest request (the client drops stale ones).
fn receive(state: &Shared, data: &JsValue) -> Result<Outcome, JsValue> {
    if let Some(message) = Reflect::get(data, &"error".into())?.as_string() {
        set_status(&message, "error");
        return Ok(Outcome::Failed);
    }
    let runs = Uint32Array::new(&Reflect::get(data, &"runs".into())?).to_vec();
    let old: JsString = Reflect::get(data, &"old".into())?.dyn_into()?;
    let new: JsString = Reflect::get(data, &"new".into())?.dyn_into()?;
    // A deletion next to an insertion is one changed passage.
    let tags: Vec<u32> = runs.chunks_exact(5).map(|r| r[0]).collect();
    let changes = (0..tags.len())
        .filter(|&i| tags[i] != 0 && (i == 0 || tags[i - 1] == 0))
        .count();
    let summary = format!(
        "{changes} changed passage{} between {} and {} characters of text.",
        if changes == 1 { "" } else { "s" },
        old.length(),
        new.length()
    );
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
            0 => doc
                .create_text_node(&piece(&result.new, run[3], run[4]))
                .into(),
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

/// A byte count for people: `6.7 MB`, `812 KB`.
pub fn describe_size(bytes: f64) -> String {
    let kb = (bytes / 1024.0).round() as u64;
    if kb >= 1024 {
        let tenths = (bytes / (1024.0 * 1024.0) * 10.0).round() as u64;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{kb} KB")
    }
}
