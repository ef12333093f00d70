//! A fact outside the quotes that articles give differently, and its kind.

use serde::{Deserialize, Serialize};

use super::Excerpt;

/// A fact outside the quotes that two or more articles give differently for the same event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// What disagrees: [`ConflictKind`].
    pub kind: ConflictKind,
    /// The differing mentions, one or more per article.
    pub mentions: Vec<Excerpt>,
}

/// What a [`Conflict`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConflictKind {
    /// The same event on another weekday or date: `on Friday` vs `on Thursday`.
    Date,
    /// A name or place spelled two ways: `Minks` vs `Minsk`, `Shoigy` vs `Shoigu`.
    Name,
    /// The same thing counted differently: `412 killed` vs `421 killed` vs `over 400 killed`.
    Number,
    /// The same thing in other words, as a change of wording is: the occasion or the medium
    /// of the statements named two ways, `told a news conference` vs `at a media briefing`,
    /// `in an interview on its website` vs `in a video on its channels` (one vocabulary with
    /// the changes' kinds, as `date`, `name` and `number` are).
    Wording,
}

impl ConflictKind {
    /// Every variant, in declaration order.
    pub const ALL: [ConflictKind; 4] = [
        ConflictKind::Date,
        ConflictKind::Name,
        ConflictKind::Number,
        ConflictKind::Wording,
    ];

    /// The name the JSON uses (`date`, …).
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::Date => "date",
            ConflictKind::Name => "name",
            ConflictKind::Number => "number",
            ConflictKind::Wording => "wording",
        }
    }

    /// The short label shown beside a conflict.
    pub fn label(self) -> &'static str {
        match self {
            ConflictKind::Date => "date",
            ConflictKind::Name => "name",
            ConflictKind::Number => "number",
            ConflictKind::Wording => "wording",
        }
    }
}
