//! The two-text diff's runs and their encoding as five `u32`s each, defined once here for the
//! bindings, the page, the tests and the benchmark.

use serde::{Deserialize, Serialize};

use super::Span;

/// What a run of a two-text diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u32)]
pub enum RunTag {
    /// The same words on both sides (they may differ in case, quote style or spacing).
    Equal = 0,
    /// Text only in the old side.
    Delete = 1,
    /// Text only in the new side.
    Insert = 2,
}

impl RunTag {
    /// Every variant, in declaration order (which is also their number in [`DiffRun::flat`]).
    pub const ALL: [RunTag; 3] = [RunTag::Equal, RunTag::Delete, RunTag::Insert];

    /// The tag numbered `n` in the flat encoding.
    pub fn from_number(n: u32) -> Option<RunTag> {
        RunTag::ALL.get(n as usize).copied()
    }
}

/// One run of a two-text diff: a byte range of the old text and one of the new text.
///
/// Equal runs cover text on both sides, deletions only old text (their `new` range is empty,
/// placed where the text would have been), insertions only new text.
///
/// **Flat encoding.** The browser receives a diff as one array of numbers, [`DiffRun::WORDS`]
/// per run: `[tag, old.start, old.end, new.start, new.end]`, the tag numbered as in
/// [`RunTag`], offsets in UTF-8 bytes (or UTF-16 units where a caller asks for them). The
/// bindings, the page, the tests and the benchmark all read it through this definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffRun {
    /// What the run is.
    pub tag: RunTag,
    /// Byte range in the old text.
    pub old: Span,
    /// Byte range in the new text.
    pub new: Span,
}

impl DiffRun {
    /// Numbers per run in the flat encoding.
    pub const WORDS: usize = 5;

    /// The run's numbers in the flat encoding. Offsets must fit in `u32` (wasm32 addresses
    /// 4 GiB, and the page takes texts of at most 16 MB).
    pub fn flat(&self) -> [u32; DiffRun::WORDS] {
        [
            self.tag as u32,
            self.old.start as u32,
            self.old.end as u32,
            self.new.start as u32,
            self.new.end as u32,
        ]
    }

    /// The run from its numbers in the flat encoding; `None` for a wrong length or tag.
    pub fn from_flat(words: &[u32]) -> Option<DiffRun> {
        let [tag, os, oe, ns, ne] = <[u32; DiffRun::WORDS]>::try_from(words).ok()?;
        Some(DiffRun {
            tag: RunTag::from_number(tag)?,
            old: Span::new(os as usize, oe as usize),
            new: Span::new(ns as usize, ne as usize),
        })
    }
}
