//! The page controller: article cards in, overview and statement view out.
//!
//! State lives in one [`State`] behind `Rc<RefCell<…>>` (`state.rs`). The listeners, added
//! once, send an [`Event`] (`event.rs`) to [`update`], which changes the state and re-renders
//! the part of the page that changed: the views never call back into the controller. The analysis runs in the engine's worker,
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

use super::actions;
use super::card::Card;
use super::cards;
use super::controls::{
    register_service_worker, wire_controls, wire_exports, wire_keyboard, wire_matrix, wire_notice,
};
use super::decode::FromJs;
use super::dom::on;
use super::event::{Dispatch, Event};
use super::js::ToJs;
use super::protocol::{self, WordModel};
use super::requests::CompareRequest;
use super::results::{
    bring_statement_into_view, move_focus, render_results, render_selected, render_view,
};
use super::state::{Shared, State};
use super::status::{append_status, hide_notice, report, set_busy, show_notice, show_status};
use super::store;
use super::worker::{self, Outcome, Reply, SharedClient, WorkerClient};
use crate::engine::describe_size;
use crate::engine::model::Comparison;
use crate::engine::{ArticleInput, MAX_ARTICLES};

/// How long typing must pause before the analysis re-runs.
const DEBOUNCE_MS: u32 = 350;
/// How long the worker may take before the page gives up and says so.
const WORKER_TIMEOUT_MS: u32 = 30_000;

/// The view changed: kept for the next visit, and a link the page was opened from no longer
/// says what is on show.
pub(super) fn view_changed(state: &Shared) {
    store::save_view(&state.borrow().view());
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
    state.borrow_mut().checked = store::load_marks();
    if let Some(view) = store::load_view() {
        state.borrow_mut().set_view(view);
    }
    if state.borrow().cards.len() < 2 {
        state.borrow_mut().cards.resize_with(2, Card::default);
    }
    let engine = engine_client(&state);
    state.borrow_mut().engine = Some(engine);
    let dispatch: Dispatch = {
        let s = state.clone();
        Rc::new(move |event| update(&s, event))
    };
    wire_notice(&doc, &dispatch)?;
    wire_exports(&doc, &dispatch)?;
    cards::render(&state)?;
    cards::wire(&doc, &state, &dispatch)?;
    wire_controls(&doc, &dispatch)?;
    wire_matrix(&doc, &dispatch)?;
    super::context::wire(&doc, &state)?;
    super::checks::wire(&doc, &state, &dispatch)?;
    super::pair::mount(&doc)?;
    super::files::wire_drop(&doc, &state, &dispatch)?;
    super::files::wire_picker(&doc, &state, &dispatch)?;
    super::files::wire_card_pickers(&doc, &state, &dispatch)?;
    wire_keyboard(&doc, &dispatch)?;
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
    super::share::open_fragment(&state, &dispatch);
    let s = state.clone();
    on(&window, "hashchange", move |_| {
        super::share::open_fragment(&s, &dispatch)
    })?;
    register_service_worker();
    // The page is usable from here on (the end-to-end tests wait for this).
    doc.document_element()
        .ok_or("no root element")?
        .set_attribute("data-ready", "true")?;
    Ok(())
}

/// Handles `event` (see `event.rs`): changes the state, renders what changed, and saves and
/// analyses when the texts changed.
pub fn update(state: &Shared, event: Event) {
    match event {
        Event::AddArticle => {
            if state.borrow().cards.len() >= MAX_ARTICLES {
                show_notice(&format!(
                    "Verbatim compares at most {MAX_ARTICLES} articles."
                ));
                return;
            }
            state.borrow_mut().cards.push(Card::default());
            report(cards::render(state));
            cards::focus_last(state);
        }
        Event::LoadExample => {
            if actions::load_example(state) {
                save_cards(state);
                schedule(state, 0);
            }
        }
        Event::ShowMode(mode) => {
            state.borrow_mut().mode = Some(mode);
            view_shown(state);
        }
        Event::CompareWith(other) => {
            state.borrow_mut().other = other;
            view_shown(state);
        }
        Event::SubstantiveOnly(only) => {
            state.borrow_mut().substantive_only = only;
            view_shown(state);
        }
        Event::ChooseBase(base) => {
            state.borrow_mut().base_article = base;
            view_changed(state);
            schedule(state, 0);
        }
        Event::PickStatement(i) => {
            {
                let mut st = state.borrow_mut();
                st.selected = i;
                st.other = None;
            }
            view_changed(state);
            report(render_results(state));
            report(bring_statement_into_view());
        }
        Event::CopyEmbed => report(actions::copy_embed(state)),
        Event::Export(format) => report(actions::export(state, &format)),
        Event::DismissNotice => hide_notice(),
        Event::Undo => {
            if actions::undo(state) {
                changed(state);
            }
        }
        Event::StepChange(step) => report(move_focus(step)),
        Event::EditText { card, text } => {
            {
                let mut st = state.borrow_mut();
                if card >= st.cards.len() {
                    return;
                }
                st.shown[card].text.clone_from(&text);
                st.cards[card].text = text;
            }
            changed(state);
        }
        Event::EditLabel { card, label } => {
            {
                let mut st = state.borrow_mut();
                if card >= st.cards.len() {
                    return;
                }
                st.cards[card].label_edited = !label.trim().is_empty();
                st.cards[card].guessed_from = None;
                st.shown[card].guessed_from = None;
                st.shown[card].label.clone_from(&label);
                st.cards[card].label = label;
            }
            changed(state);
        }
        Event::RemoveCard(i) => {
            cards::remove(state, i);
            changed(state);
        }
        Event::SetCheck { key, on } => {
            actions::set_check(state, key, on);
            report(render_results(state));
        }
        Event::CardsAdded => {
            save_cards(state);
            changed(state);
        }
        Event::CardsReplaced => schedule(state, 0),
    }
}

/// The view of the statement on show changed (mode, version beside, substantive only): kept,
/// and drawn again.
fn view_shown(state: &Shared) {
    view_changed(state);
    report(render_selected(state));
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
