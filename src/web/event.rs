//! What happens on the page, as one enum that the controller handles
//! (`app::update`): what the user does, and what an asynchronous read brings back (files
//! read into cards, a shared link or a comparison file opened).
//!
//! The listeners (added once, one per container: the card list, the overview table, the
//! exports, the controls) only read the DOM event into an [`Event`] and hand it to the
//! [`Dispatch`] they were wired with; they never call the controller by name. Every change of
//! the page's state that the analysis depends on, and what follows it, is decided in one
//! `match`.

use std::rc::Rc;

use super::view::Mode;

/// Something the user did, or something that finished.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Add an empty article card.
    AddArticle,
    /// Replace the cards with the example articles (after asking, when they hold text).
    LoadExample,
    /// Show the statement inline, as a table or side by side.
    ShowMode(Mode),
    /// Show this version beside the base (side by side).
    CompareWith(Option<usize>),
    /// Show only the substantive changes, or all.
    SubstantiveOnly(bool),
    /// Make this article the base of every statement (`None`: the default base).
    ChooseBase(Option<usize>),
    /// Show statement `i` of the overview.
    PickStatement(usize),
    /// Show the embed code of the statement on show and copy it.
    CopyEmbed,
    /// Download (or print, or link to) the comparison in this format (a `data-export`).
    Export(String),
    /// Close the notice.
    DismissNotice,
    /// Bring back what the notice's Undo offers.
    Undo,
    /// Move the focus to the next (`1`) or previous (`-1`) change.
    StepChange(i32),
    /// The text of card `card` is now `text`.
    EditText {
        /// The card's index.
        card: usize,
        /// Its whole text.
        text: String,
    },
    /// The label of card `card` is now `label`, as the user typed it.
    EditLabel {
        /// The card's index.
        card: usize,
        /// The label as typed.
        label: String,
    },
    /// Remove card `i` (with Undo when it held anything).
    RemoveCard(usize),
    /// Set (`on`) or clear the check mark `key` (see `checks.rs`).
    SetCheck {
        /// The mark's key.
        key: String,
        /// Set or cleared.
        on: bool,
    },
    /// Files were read into cards: keep them, and analyse after the usual pause.
    CardsAdded,
    /// A shared link or a comparison file replaced the cards: analyse at once.
    CardsReplaced,
}

/// Where the listeners send their events: the controller, bound to the page's state.
pub type Dispatch = Rc<dyn Fn(Event)>;
