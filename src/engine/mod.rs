//! The engine: pure Rust, no web APIs. Everything Verbatim computes happens here and is
//! tested natively; the CLI and the web bindings only call into it.
//!
//! ```
//! use verbatim_core::{compare, ArticleInput, ChangeKind, CompareOptions};
//!
//! let article = |text: &str| ArticleInput { text: text.into(), label: None, file_name: None };
//! let comparison = compare(
//!     &[
//!         article("“The strike has cost the northern ports 700 jobs,” Vale said."),
//!         article("“The strike has cost the northern ports 750 jobs,” Vale said."),
//!     ],
//!     &CompareOptions::default(),
//! )
//! .unwrap();
//! let statement = &comparison.statements[0];
//! let change = &statement.changes[0];
//! assert_eq!(change.kind, ChangeKind::Number);
//! assert_eq!((change.base.text.as_str(), change.other.text.as_str()), ("700", "750"));
//! ```
//!
//! # Layers, bottom-up
//! Each module uses only modules of its own layer or below; nothing below uses anything above.
//!
//! | layer | modules | what |
//! |---|---|---|
//! | bottom | `fasthash`, `key`, `lexicon`, `distance`, `order`, `platform`, `input`, [`model`], `work` | hashing; comparison keys and their interner; every word list; bounded edit checks; sorting through one routine; the platform shims; inputs, limits and errors; the data model; the step count the pathological tests read |
//! | text | `normalize`, `token`, `numbers`, `semantic` | keys from text (NFKC, case, quotes, accents, stems); lossless tokens; figures as values; the optional word model |
//! | one article | `dateline`, `clean`, `quotes`, `sentences`, `layout`, `frame`, `attribution`, `primary`, `language` | datelines; page noise and outlet label; quotation marks; sentence boundaries; paragraphs, labels and segments; the attribution a version is shown with; speakers and reporting verbs; whether it is the speaker's own words; its language |
//! | two versions | `diff`, `align`, `classify`, `changes`, `statement` | word diff; N-way table; the kind of a difference; building changes; base, fidelity, status |
//! | many articles | `statements`, `conflicts` | finding statements across articles; disagreeing facts |
//! | top | `pipeline`, [`inline`], [`summary`], `check` | [`compare`] and [`compare_versions`]; the inline view of one version and its summary line; the result's promises, checked |
//!
//! # Performance idioms
//! The page's wasm is built for size (`opt-level = "z"`), and there the compiler inlines
//! almost nothing: indexing a `Vec`, a range iterator's `next`, a closure passed to
//! `partition_point` stay function calls. So the hot loops (the tokenizer, the key interner,
//! Patience anchors, the statement search's alignment) index slices rather than vectors, use
//! plain `while` loops, and look tables up instead of matching. Where a comment says "slices,
//! not the vector" or "a plain loop", this is why. Only `make bench` guards these idioms;
//! nothing in `make test` would notice if a tidy-up undid them.

pub(crate) mod align;
pub(crate) mod attribution;
pub(crate) mod changes;
pub(crate) mod check;
pub(crate) mod classify;
pub(crate) mod clean;
pub(crate) mod conflicts;
pub(crate) mod dateline;
pub(crate) mod diff;
pub(crate) mod distance;
pub mod export;
pub(crate) mod fasthash;
pub(crate) mod frame;
pub mod inline;
pub(crate) mod input;
pub(crate) mod key;
pub(crate) mod language;
pub(crate) mod layout;
pub(crate) mod lexicon;
pub mod model;
pub(crate) mod normalize;
pub(crate) mod numbers;
pub(crate) mod order;
pub(crate) mod pipeline;
pub(crate) mod platform;
pub(crate) mod primary;
pub(crate) mod quotes;
pub(crate) mod semantic;
pub(crate) mod sentences;
pub(crate) mod statement;
pub(crate) mod statements;
pub mod summary;
pub(crate) mod token;
pub(crate) mod work;

pub use clean::label_from_file_name;
pub use diff::diff_texts;
pub use input::{
    describe_size, fold_lines, ArticleInput, CompareError, CompareOptions, VersionInput,
    MAX_ARTICLES, MAX_ARTICLE_BYTES,
};
pub use language::writing_direction;
pub use pipeline::{compare, compare_versions};
