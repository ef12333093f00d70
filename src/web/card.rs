//! One article card as the page keeps it (the text, the outlet label and where the label came
//! from), and the project's example cards: plain data that the state, the store, the shared
//! links and the card view all read.

use serde::{Deserialize, Serialize};

use crate::engine::label_from_file_name;
use crate::engine::model::LabelSource;

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
