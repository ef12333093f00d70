//! The engine: pure Rust, no web APIs. Everything Verbatim computes happens here and is
//! tested natively; the CLI and the web bindings only call into it.
//!
//! Layers, bottom-up: [`token`] and [`normalize`] (lossless tokens and their keys), [`model`]
//! (the serde data model), [`diff`] (word diff through `similar`).

pub mod diff;
pub mod model;
pub mod normalize;
pub mod token;
