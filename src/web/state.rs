//! Everything the page knows, in one [`State`] behind `Rc<RefCell<…>>` ([`Shared`]): the
//! cards, the comparison on show and the view, the worker, the store. The controller
//! (`app.rs`) changes it; the views read it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;

use super::card::Card;
use super::store::{SaveReport, Store};
use super::view::{Mode, View};
use super::worker::SharedClient;
use crate::engine::model::Comparison;

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
    pub(super) engine: Option<SharedClient>,
    /// The worker is matching again with the word model, for the result shown.
    pub(super) refining: bool,
    /// The pending analysis after a change (dropping it cancels it).
    pub(super) debounce: Option<Timeout>,
    /// What each card element shows (see `cards::render`).
    pub shown: Vec<Card>,
    /// File reads started (dropping one cancels its read); cleared when none is pending.
    pub readers: Vec<gloo::file::callbacks::FileReader>,
    /// File reads not finished yet (they will take a card each).
    pub pending_reads: usize,
    pub(super) store: Store,
    /// The comparison on show as the worker sent it (the JSON export writes it as it is).
    pub(super) raw: Option<JsValue>,
    /// What Undo brings back.
    pub undo: Option<Undo>,
    /// The check marks (see `checks.rs`), sorted.
    pub checked: Vec<String>,
    /// What the last save could not keep (so that the same notice is not repeated).
    pub(super) last_save: SaveReport,
}

/// The page's shared state.
pub type Shared = Rc<RefCell<State>>;

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

    /// Takes a view (from storage or a link); the controls follow in `results::render_view`.
    pub fn set_view(&mut self, view: View) {
        self.selected = view.selected;
        self.mode = Some(view.mode);
        self.other = view.other;
        self.substantive_only = view.substantive_only;
        self.base_article = view.base_article;
    }
}
