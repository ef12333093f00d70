//! What the page keeps between visits, in the browser's `localStorage`.
//!
//! Each card is kept in an entry of its own (`verbatim.v2.card.<n>`, and the number of cards in
//! `verbatim.v2.cards`), so that:
//! - storage that cannot hold everything (browsers give a page about 5 MB) keeps every card that
//!   fits; a card that does not fit leaves a small marker in its place (its label and size), so
//!   that after a reload the page says which article was not kept instead of silently showing
//!   an older text or nothing;
//! - a damaged entry loses only its own card;
//! - a save writes only the cards that changed since the last one.
//!
//! The view (`verbatim.v2.view`, see [`View::to_object`]) and the check marks
//! (`verbatim.v2.checked`) are kept here too: this is the page's one user of `localStorage`.
//!
//! The entries are JSON, through the browser's own `JSON` (the page carries no JSON library).

use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::JsValue;

use super::card::Card;
use super::decode::FromJs;
use super::js::ToJs;
use super::view::View;
use crate::engine::MAX_ARTICLES;

/// Where the view is kept between visits.
const VIEW_KEY: &str = "verbatim.v2.view";
/// Where the check marks are kept.
const CHECKED_KEY: &str = "verbatim.v2.checked";
/// The length of a check mark's key (see `checks.rs`): anything else in storage is not one.
pub const MARK_KEY_LEN: usize = 17;
const COUNT_KEY: &str = "verbatim.v2.cards";
const CARD_PREFIX: &str = "verbatim.v2.card.";
/// Where the first versions of the page kept all cards in one entry (read once, then removed).
const OLD_KEY: &str = "verbatim.v1.cards";

/// What a visit found of the last one.
#[derive(Default)]
pub struct Restored {
    /// The cards, in order (a card that could not be restored is an empty card, its label kept
    /// when it is known).
    pub cards: Vec<Card>,
    /// Cards whose entry was damaged (numbers from 1).
    pub damaged: Vec<usize>,
    /// Cards that were too large to keep, with their size in bytes (numbers from 1).
    pub not_kept: Vec<(usize, f64)>,
}

/// The cards as last written, so that a save writes only what changed.
#[derive(Default)]
pub struct Store {
    written: Vec<Option<Card>>,
    /// How many card entries the storage holds.
    entries: usize,
}

/// What a save could not keep.
#[derive(Debug, Default, PartialEq)]
pub struct SaveReport {
    /// Cards too large to keep (numbers from 1), with their size in bytes.
    pub not_kept: Vec<(usize, f64)>,
    /// True when the storage refused even the small entries (off, or full with other data).
    pub unavailable: bool,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keeps the view for the next visit.
pub fn save_view(view: &View) {
    let Some(storage) = storage() else {
        return;
    };
    if let Some(text) = JSON::stringify(&view.to_object())
        .ok()
        .and_then(|t| t.as_string())
    {
        let _ = storage.set_item(VIEW_KEY, &text);
    }
}

/// The view kept by the last visit.
pub fn load_view() -> Option<View> {
    let text = storage()?.get_item(VIEW_KEY).ok()??;
    Some(View::read(&JSON::parse(&text).ok()?))
}

/// The check marks in `value` (an array of keys), anything else left out.
pub fn marks_of(value: &JsValue) -> Vec<String> {
    if !js_sys::Array::is_array(value) {
        return Vec::new();
    }
    js_sys::Array::from(value)
        .iter()
        .filter_map(|k| k.as_string())
        .filter(|k| k.len() == MARK_KEY_LEN)
        .collect()
}

/// The check marks kept by the last visit.
pub fn load_marks() -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(CHECKED_KEY).ok().flatten())
        .and_then(|text| JSON::parse(&text).ok())
        .map(|v| marks_of(&v))
        .unwrap_or_default()
}

/// Keeps the check marks for the next visit.
pub fn save_marks(marks: &[String]) {
    let array: js_sys::Array = marks.iter().map(|m| JsValue::from_str(m)).collect();
    if let (Some(storage), Ok(text)) = (storage(), JSON::stringify(&array)) {
        let _ = storage.set_item(CHECKED_KEY, &String::from(text));
    }
}

fn card_key(index: usize) -> String {
    format!("{CARD_PREFIX}{index}")
}

/// A card's entry: the card itself, or `{notKept: {label, bytes}}` for one that did not fit.
enum Entry {
    Card(Card),
    NotKept { label: String, bytes: f64 },
}

fn parse_entry(value: &JsValue) -> Result<Entry, String> {
    let marker = Reflect::get(value, &"notKept".into()).unwrap_or(JsValue::UNDEFINED);
    if marker.is_object() {
        let label = Reflect::get(&marker, &"label".into())
            .ok()
            .and_then(|l| l.as_string())
            .unwrap_or_default();
        let bytes = Reflect::get(&marker, &"bytes".into())
            .ok()
            .and_then(|b| b.as_f64())
            .unwrap_or(0.0);
        return Ok(Entry::NotKept { label, bytes });
    }
    Card::from_js(value).map(Entry::Card)
}

impl Store {
    /// Reads what the last visit kept, and remembers it as written.
    pub fn load(&mut self) -> Restored {
        let Some(storage) = storage() else {
            return Restored::default();
        };
        let mut restored = Restored::default();
        let count = storage
            .get_item(COUNT_KEY)
            .ok()
            .flatten()
            .and_then(|n| n.parse::<usize>().ok());
        let entries: Vec<Option<JsValue>> = match count {
            Some(n) => (0..n.min(MAX_ARTICLES))
                .map(|i| {
                    let text = storage.get_item(&card_key(i)).ok().flatten()?;
                    Some(JSON::parse(&text).unwrap_or(JsValue::NULL))
                })
                .collect(),
            // The first versions' single entry: each card in it is read on its own all the same.
            None => storage
                .get_item(OLD_KEY)
                .ok()
                .flatten()
                .and_then(|text| JSON::parse(&text).ok())
                .and_then(|saved| Reflect::get(&saved, &"cards".into()).ok())
                .filter(js_sys::Array::is_array)
                .map(|cards| {
                    js_sys::Array::from(&cards)
                        .iter()
                        .take(MAX_ARTICLES)
                        .map(Some)
                        .collect()
                })
                .unwrap_or_default(),
        };
        self.entries = count.unwrap_or(0);
        // Cards read from the old single entry are not in entries of their own yet.
        let migrated = count.is_none();
        for (i, entry) in entries.into_iter().enumerate() {
            let parsed = entry
                .ok_or_else(|| "missing".to_string())
                .and_then(|e| parse_entry(&e));
            match parsed {
                Ok(Entry::Card(card)) => {
                    self.written.push((!migrated).then(|| card.clone()));
                    restored.cards.push(card);
                }
                Ok(Entry::NotKept { label, bytes }) => {
                    self.written.push(None);
                    restored.not_kept.push((i + 1, bytes));
                    restored.cards.push(Card {
                        label_edited: !label.is_empty(),
                        label,
                        ..Card::default()
                    });
                }
                Err(_) => {
                    self.written.push(None);
                    restored.damaged.push(i + 1);
                    restored.cards.push(Card::default());
                }
            }
        }
        restored
    }

    /// Keeps `cards` (writing only the entries that changed) and says what did not fit.
    pub fn save(&mut self, cards: &[Card]) -> SaveReport {
        let mut report = SaveReport::default();
        let Some(storage) = storage() else {
            report.unavailable = true;
            return report;
        };
        self.written.resize(cards.len(), None);
        for (i, card) in cards.iter().enumerate() {
            if self.written[i].as_ref() == Some(card) {
                continue;
            }
            let key = card_key(i);
            let text = JSON::stringify(&card.to_js())
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            if storage.set_item(&key, &text).is_ok() {
                self.written[i] = Some(card.clone());
                continue;
            }
            // Too large for what is left: keep a marker, never an older text of this card.
            self.written[i] = None;
            let bytes = card.text.len() as f64;
            report.not_kept.push((i + 1, bytes));
            let marker = Object::new();
            let inner = Object::new();
            let _ = Reflect::set(&inner, &"label".into(), &card.label.as_str().into());
            let _ = Reflect::set(&inner, &"bytes".into(), &bytes.into());
            let _ = Reflect::set(&marker, &"notKept".into(), &inner);
            let marker = JSON::stringify(&marker)
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            if storage.set_item(&key, &marker).is_err() {
                let _ = storage.remove_item(&key);
                report.unavailable = true;
            }
        }
        for i in cards.len()..self.entries {
            let _ = storage.remove_item(&card_key(i));
        }
        self.written.truncate(cards.len());
        if storage
            .set_item(COUNT_KEY, &cards.len().to_string())
            .is_err()
        {
            report.unavailable = true;
        }
        self.entries = cards.len();
        let _ = storage.remove_item(OLD_KEY);
        report
    }
}
