//! Verbatim: find the passages that are versions of the same statement across articles, align
//! them, and show every word-level difference.
//!
//! [`engine`] is pure Rust and runs everywhere; [`web`] holds the browser bindings and is
//! compiled only for `wasm32`.
#![warn(missing_docs)]

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use engine::diff::{diff_texts, DiffRun, RunTag};
pub use engine::model::*;
