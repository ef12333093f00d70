//! The one data model that the CLI, the page and the widget all read.
//!
//! A [`Comparison`] is what [`crate::engine::compare`] returns for a set of articles:
//!
//! - `articles`: the inputs in input order, each with its full text (so the result is
//!   lossless), a guessed outlet label and the spans the cleaner took for page noise;
//! - `statements`: passages that are versions of the same statement, one version per article
//!   that carries it, each with its exact byte span, an alignment table of all versions, and
//!   every difference between the base version and each other version, classified;
//! - `conflicts`: facts outside the quotes that disagree between articles about the same
//!   event (a weekday, a place, a name).
//!
//! Every byte offset is into the article's original text, UTF-8, end exclusive; every `text`
//! field is exactly that slice.

use serde::{Deserialize, Serialize};

mod article;
mod change;
mod conflict;
mod runs;
mod statement;

pub use article::*;
pub use change::*;
pub use conflict::*;
pub use runs::*;
pub use statement::*;

/// A byte range `start..end` of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Bytes covered by both spans.
    pub fn overlap(&self, other: &Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The result of comparing a set of articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The inputs, in input order.
    pub articles: Vec<Article>,
    /// Statements carried by two or more articles, most widely carried first.
    pub statements: Vec<Statement>,
    /// Facts that disagree between articles outside the quotes.
    pub conflicts: Vec<Conflict>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each enum's `name` is the name its JSON gives it (the page reads the worker's results
    /// by these names, without serde).
    #[test]
    fn every_name_is_the_json_name() {
        fn check<T: Serialize + Copy>(all: &[T], name: impl Fn(T) -> &'static str) {
            for &v in all {
                let json = serde_json::to_string(&v).unwrap();
                assert_eq!(json, format!("\"{}\"", name(v)));
            }
        }
        check(&LabelSource::ALL, LabelSource::name);
        check(&NoiseReason::ALL, NoiseReason::name);
        check(&Primary::ALL, Primary::name);
        check(&Form::ALL, Form::name);
        check(&Status::ALL, Status::name);
        check(&ChangeOp::ALL, ChangeOp::name);
        check(&ChangeKind::ALL, ChangeKind::name);
        check(&ConflictKind::ALL, ConflictKind::name);
    }
}
