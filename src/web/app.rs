//! The page controller: article cards in, overview and statement view out.
//!
//! State lives in one [`State`] behind `Rc<RefCell<…>>`; every event handler updates it and
//! re-renders the part of the page that changed. The analysis runs in the engine's worker,
//! through the page's one [`WorkerClient`] (a watchdog for every job, a fresh worker after a
//! crash, a newer request replacing an older one), so the page never freezes; the page's own
//! wasm holds no engine. Listeners are added once, on elements that live as long as the page
//! (the card list, the overview table), never per element and render.
//!
//! Two lines speak to the user: the *status* (`#status`) says where the analysis stands and is
//! rewritten with it; a *notice* (`#notice`: a refused file, a paste over the limit, a text
//! that could not be kept) stays until the user dismisses it or a newer notice replaces it, so
//! the analysis never overwrites it before it can be read.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, HtmlButtonElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};

use super::bindings::CompareRequest;
use super::cards::{self, Card};
use super::decode::FromJs;
use super::dom::{by_id, clear, document, on};
use super::js::ToJs;
use super::protocol::{self, WordModel};
use super::results::{
    bring_statement_into_view, move_focus, render_results, render_selected, render_view,
};
use super::status::{append_status, hide_notice, report, set_busy, show_notice, show_status};
use super::store::{SaveReport, Store};
use super::view::Mode;
use super::worker::{self, Outcome, Reply, SharedClient, WorkerClient};
use crate::engine::describe_size;
use crate::engine::model::Comparison;
use crate::engine::{ArticleInput, MAX_ARTICLES};

/// How long typing must pause before the analysis re-runs.
const DEBOUNCE_MS: u32 = 350;
/// How long the worker may take before the page gives up and says so.
const WORKER_TIMEOUT_MS: u32 = 30_000;

/// Everything the page knows.
#[derive(Default)]
pub struct State {
    /// The article cards, in order.
    pub cards: Vec<Card>,
    pub(super) comparison: Option<Comparison>,
    pub(super) selected: usize,
    pub(super) mode: Option<Mode>,
    pub(super) substantive_only: bool,
    pub(super) other: Option<usize>,
    pub(super) base_article: Option<usize>,
    /// The engine's worker (set once the page is mounted).
    engine: Option<SharedClient>,
    /// The worker is matching again with the word model, for the result shown.
    refining: bool,
    debounce: Option<Timeout>,
    /// What each card element shows (see `cards::render`).
    pub shown: Vec<Card>,
    /// File reads started (dropping one cancels its read); cleared when none is pending.
    pub readers: Vec<gloo::file::callbacks::FileReader>,
    /// File reads not finished yet (they will take a card each).
    pub pending_reads: usize,
    store: Store,
    /// The comparison on show as the worker sent it (the JSON export writes it as it is).
    raw: Option<JsValue>,
    /// What Undo brings back.
    pub undo: Option<Undo>,
    /// The check marks (see `checks.rs`), sorted.
    pub checked: Vec<String>,
    /// What the last save could not keep (so that the same notice is not repeated).
    last_save: SaveReport,
}

/// The page's shared state.
pub type Shared = Rc<RefCell<State>>;

/// What the user chose to see: kept across reloads and in shared links.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// The statement on show.
    pub selected: usize,
    /// How it is shown.
    pub mode: Mode,
    /// The version beside the base (side by side).
    pub other: Option<usize>,
    /// Only substantive changes.
    pub substantive_only: bool,
    /// The article chosen as the base.
    pub base_article: Option<usize>,
}

/// What Undo brings back.
pub enum Undo {
    /// A removed card, and where it was.
    Removed(usize, Card),
    /// The cards a shared link or a comparison file replaced.
    Replaced(Vec<Card>),
}

impl State {
    /// The comparison on show, if any.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref()
    }

    /// The statement on show, if any.
    pub fn statement_on_show(&self) -> Option<&crate::engine::model::Statement> {
        self.comparison.as_ref()?.statements.get(self.selected)
    }

    /// The view on show.
    pub fn view(&self) -> View {
        View {
            selected: self.selected,
            mode: self.mode.unwrap_or(Mode::Inline),
            other: self.other,
            substantive_only: self.substantive_only,
            base_article: self.base_article,
        }
    }

    /// Takes a view (from storage or a link); the controls follow in [`render_view`].
    pub fn set_view(&mut self, view: View) {
        self.selected = view.selected;
        self.mode = Some(view.mode);
        self.other = view.other;
        self.substantive_only = view.substantive_only;
        self.base_article = view.base_article;
    }
}

/// The view changed: kept for the next visit, and a link the page was opened from no longer
/// says what is on show.
fn view_changed(state: &Shared) {
    super::share::save_view(&state.borrow().view());
    super::share::forget_link();
}

/// Wires the page if this document is the Verbatim page; does nothing elsewhere (the worker
/// and the widget load the same module).
pub fn mount_if_present() -> Result<(), JsValue> {
    let Some(window) = web_sys::window() else {
        return Ok(());
    };
    let Some(doc) = window.document() else {
        return Ok(());
    };
    if doc.get_element_by_id("cards").is_none() {
        return Ok(());
    }
    let state: Shared = Rc::new(RefCell::new(State::default()));
    let restored = state.borrow_mut().store.load();
    state.borrow_mut().cards = restored.cards;
    state.borrow_mut().checked = super::checks::load();
    if let Some(view) = super::share::load_view() {
        state.borrow_mut().set_view(view);
    }
    if state.borrow().cards.len() < 2 {
        state.borrow_mut().cards.resize_with(2, Card::default);
    }
    let engine = engine_client(&state);
    state.borrow_mut().engine = Some(engine);
    wire_notice(&doc, &state)?;
    wire_exports(&doc, &state)?;
    cards::render(&state)?;
    cards::wire(&doc, &state)?;
    wire_controls(&doc, &state)?;
    wire_matrix(&doc, &state)?;
    super::context::wire(&doc, &state)?;
    super::checks::wire(&doc, &state)?;
    super::pair::mount(&doc)?;
    super::files::wire_drop(&doc, &state)?;
    super::files::wire_picker(&doc, &state)?;
    wire_keyboard(&doc)?;
    report(render_view(&state));
    let mut lost: Vec<String> = restored
        .not_kept
        .iter()
        .map(|&(n, bytes)| {
            format!(
                "article {n} ({}) was too large for this browser's storage",
                describe_size(bytes)
            )
        })
        .collect();
    if !restored.damaged.is_empty() {
        let numbers: Vec<String> = restored.damaged.iter().map(|n| n.to_string()).collect();
        lost.push(match numbers.as_slice() {
            [one] => format!("the saved text of article {one} was damaged"),
            many => format!(
                "the saved texts of articles {} were damaged",
                many.join(", ")
            ),
        });
    }
    if !lost.is_empty() {
        show_notice(&format!(
            "Not restored from your last visit: {}. Paste or drop it again; the other articles are back.",
            lost.join("; ")
        ));
    }
    let s = state.clone();
    on(&window, "pagehide", move |_| save_cards(&s))?;
    schedule(&state, 0);
    // A shared link replaces the cards (with Undo) once it is unpacked; so does one pasted
    // into the address bar of this page, which only changes the fragment.
    super::share::open_fragment(&state);
    let s = state.clone();
    on(&window, "hashchange", move |_| {
        super::share::open_fragment(&s)
    })?;
    register_service_worker();
    // The page is usable from here on (the end-to-end tests wait for this).
    doc.document_element()
        .ok_or("no root element")?
        .set_attribute("data-ready", "true")?;
    Ok(())
}

fn wire_controls(doc: &Document, state: &Shared) -> Result<(), JsValue> {
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
fn register_service_worker() {
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
fn wire_matrix(doc: &Document, state: &Shared) -> Result<(), JsValue> {
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
fn wire_exports(doc: &Document, state: &Shared) -> Result<(), JsValue> {
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
fn wire_notice(doc: &Document, state: &Shared) -> Result<(), JsValue> {
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
fn wire_keyboard(doc: &Document) -> Result<(), JsValue> {
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

/// Saves the cards and runs the analysis after `delay_ms` without further changes. (Saving
/// waits too: serializing megabytes of text at every keystroke would make typing lag; the
/// `pagehide` handler saves whatever is newer when the page goes away.)
pub fn schedule(state: &Shared, delay_ms: u32) {
    let s = state.clone();
    let timeout = Timeout::new(delay_ms, move || {
        save_cards(&s);
        analyse(&s);
    });
    // Replacing the handle cancels the previous timeout: only the last change counts.
    state.borrow_mut().debounce = Some(timeout);
}

/// Schedules the analysis after the usual pause in typing (and drops a link the page was
/// opened from: the address no longer says what is on the page).
pub fn changed(state: &Shared) {
    super::share::forget_link();
    schedule(state, DEBOUNCE_MS);
}

fn analyse(state: &Shared) {
    let (request, count) = {
        let st = state.borrow();
        let articles: Vec<ArticleInput> = st
            .cards
            .iter()
            .filter(|c| !c.text.trim().is_empty())
            .map(|c| ArticleInput {
                text: c.text.clone(),
                label: c.label_edited.then(|| c.label.clone()),
                file_name: c.file_name.clone(),
            })
            .collect();
        let count = articles.len();
        (
            CompareRequest {
                articles,
                base_article: st.base_article,
            },
            count,
        )
    };
    if count < 2 {
        state.borrow_mut().comparison = None;
        report(render_results(state));
        show_status(
            "Paste or drop at least two articles that quote the same person, or try the example.",
            false,
        );
        return;
    }
    show_status(&format!("Comparing {count} articles…"), false);
    set_busy(true);
    let Some(engine) = state.borrow().engine.clone() else {
        return;
    };
    state.borrow_mut().refining = false;
    let sent = worker::send(&engine, |id| {
        protocol::analysis_request(id, &request.to_js())
    });
    if sent.is_err() {
        // The engine runs only in a worker, so the page never freezes: without one (a page
        // opened from disk, a browser without module workers) there is nothing to compare with.
        set_busy(false);
        show_status(
            "Verbatim could not start its engine: open the page from a web server (make serve), \
             or the one-file verbatim.html from disk, in a browser with workers.",
            true,
        );
    }
}

/// The page's engine worker, and what the page does with each of its replies.
fn engine_client(state: &Shared) -> SharedClient {
    let s = Rc::downgrade(state);
    WorkerClient::new(WORKER_TIMEOUT_MS, move |reply| {
        let Some(state) = s.upgrade() else {
            return Outcome::Finished;
        };
        match reply {
            Reply::Message(data) => receive(&state, &data),
            Reply::TimedOut => {
                failed(
                    &state,
                    "The comparison took too long and was stopped. Try shorter articles, or fewer.",
                );
                Outcome::Failed
            }
            Reply::Crashed(why) => {
                failed(&state, &format!("The engine stopped ({why})."));
                Outcome::Failed
            }
        }
    })
}

/// Takes a message of the worker for the latest request, and says whether more will follow.
fn receive(state: &Shared, data: &JsValue) -> Outcome {
    let model = protocol::reply_word_model(data);
    if model == WordModel::Unavailable {
        // The first result, on words alone, stands.
        state.borrow_mut().refining = false;
        append_status(" The word model could not be loaded: matched on words alone.");
        return Outcome::Finished;
    }
    let result = match protocol::reply_error(data) {
        Some(message) => Err(message),
        None => protocol::reply_comparison(data)
            .ok_or_else(|| "the worker sent no result".to_string())
            .and_then(|(raw, total)| Ok((Comparison::from_js(&raw)?, raw, total))),
    };
    let (comparison, raw, total) = match result {
        Ok(result) => result,
        Err(message) => {
            failed(state, &message);
            return Outcome::Failed;
        }
    };
    state.borrow_mut().refining = model == WordModel::Loading;
    set_busy(false);
    let n = comparison.statements.len();
    let mut message = match (n, total) {
        (0, _) => "These articles share no statement. Are they about the same event?".to_string(),
        (1, _) => "1 shared statement.".to_string(),
        (_, Some(t)) if t > n => {
            format!("{t} shared statements; showing the {n} most widely carried.")
        }
        _ => format!("{n} shared statements."),
    };
    message.push_str(match model {
        WordModel::Loading => " Refining with the word model…",
        WordModel::Loaded => " Matched with the word model.",
        WordModel::NotUsed | WordModel::Unavailable => "",
    });
    cards::show_guessed_labels(state, &comparison);
    {
        let mut st = state.borrow_mut();
        st.selected = st.selected.min(n.saturating_sub(1));
        st.comparison = Some(comparison);
        st.raw = Some(raw);
    }
    report(render_results(state));
    show_status(&message, false);
    if model == WordModel::Loading {
        Outcome::Continuing
    } else {
        Outcome::Finished
    }
}

/// The latest request failed: says so in words, and keeps the last result on show (it is
/// marked as being for the texts as they were).
fn failed(state: &Shared, why: &str) {
    state.borrow_mut().refining = false;
    set_busy(false);
    let kept = if state.borrow().comparison.is_some() {
        " The result below is for your texts as they were before."
    } else {
        ""
    };
    show_status(&format!("{why}{kept}"), true);
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

fn select_value(id: &str) -> String {
    document()
        .and_then(|d| by_id::<HtmlSelectElement>(&d, id))
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Keeps what the user typed across reloads (see `store.rs`), and says what could not be kept.
pub fn save_cards(state: &Shared) {
    let report = {
        let mut guard = state.borrow_mut();
        let st = &mut *guard;
        st.store.save(&st.cards)
    };
    if report == state.borrow().last_save {
        return; // said already (or nothing to say)
    }
    if report.unavailable {
        show_notice(
            "Your browser did not let Verbatim keep the texts for next time (storage full or off).",
        );
    } else if !report.not_kept.is_empty() {
        let which: Vec<String> = report
            .not_kept
            .iter()
            .map(|&(n, bytes)| format!("article {n} ({})", describe_size(bytes)))
            .collect();
        show_notice(&format!(
            "This browser's storage cannot keep {} for your next visit; the other articles are kept. \
             Everything stays here until you close the page.",
            which.join(", ")
        ));
    }
    state.borrow_mut().last_save = report;
}

/// Disables or enables the Add button when the card limit is reached.
pub fn update_add_button(count: usize) {
    if let Ok(doc) = document() {
        if let Ok(button) = by_id::<HtmlButtonElement>(&doc, "add-article") {
            button.set_disabled(count >= MAX_ARTICLES);
        }
    }
}

/// The textarea of card `index`, if it is on the page.
pub fn card_textarea(index: usize) -> Option<HtmlTextAreaElement> {
    document()
        .ok()?
        .query_selector(&format!("#cards .card[data-index=\"{index}\"] textarea"))
        .ok()??
        .dyn_into()
        .ok()
}
