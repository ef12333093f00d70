//! Verbatim: find the passages that are versions of the same statement across articles, align
//! them, and show every word-level difference.
//!
//! The public API is flat: [`compare`] (articles in, a [`Comparison`] out), [`compare_versions`]
//! (texts that are already versions of one statement), [`diff_texts`] (two long texts word by
//! word), their inputs, the data model, [`inline_view`], [`variants`] and [`version_summary`], and
//! [`load_word_model`] (the optional word model the statement search then uses). The engine's stages are private;
//! [`engine`] documents them. `web` holds the browser bindings and is compiled only for
//! `wasm32`.
#![warn(missing_docs)]

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use engine::export;
pub use engine::inline::{inline_view, variants, InlinePiece};
pub use engine::model::*;
pub use engine::semantic::{load as load_word_model, ModelError};
pub use engine::summary::{conflict_accounts, variants_heading, version_summary};
pub use engine::{
    compare, compare_versions, diff_texts, ArticleInput, CompareError, CompareOptions,
    VersionInput, MAX_ARTICLES, MAX_ARTICLE_BYTES,
};

#[doc(hidden)]
/// Internals the property tests and the benchmarks check against an oracle (the tokenizer
/// against UAX #29, keys against the normalizer), and the statement search's pair features
/// that `scripts/fit-pair-model` fits its weights on, and each article's segments as the
/// engine read them (`examples/segments.rs`), the engine's step count that the
/// pathological-input tests hold to a budget, and the check that a result is lossless (the
/// tests' and the fuzzers'). Not part of the API.
pub mod internals {
    pub use crate::engine::check::lossless;
    pub use crate::engine::diff::rebuild;
    pub use crate::engine::normalize::{comparison_key, fold_accents};
    pub use crate::engine::pipeline::{pair_features, segments};
    pub use crate::engine::token::{tokenize, word_tokens, Token, TokenKind};
    pub use crate::engine::work::take as work_steps;
}
