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

/// One input article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The outlet label: the caller's, or the engine's guess (see `label_source`).
    pub label: String,
    /// Where the label came from.
    pub label_source: LabelSource,
    /// The article exactly as given.
    pub text: String,
    /// Page noise the cleaner set aside (share prompts, icon-font junk, …); still part of `text`.
    pub noise: Vec<Noise>,
}

/// Where an article's label came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LabelSource {
    /// Given by the caller.
    Given,
    /// A byline names the outlet ("By A. Writer in Harbour Post online").
    Byline,
    /// Page furniture typical of one outlet's site.
    Signature,
    /// Nothing found: "Article N".
    Default,
}

impl LabelSource {
    /// Every variant, in declaration order.
    pub const ALL: [LabelSource; 4] = [
        LabelSource::Given,
        LabelSource::Byline,
        LabelSource::Signature,
        LabelSource::Default,
    ];
}

/// A span of page noise and why it counts as noise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noise {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Why: `icon_font`, `skip_link`, `share_prompt`, `photo_credit`, `media_player`, `dateline`.
    pub reason: String,
}

/// One statement and every article's version of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Index of the base version in `versions`: the anchor of every pairwise view.
    pub base: usize,
    /// One version per article that carries the statement, in article order.
    pub versions: Vec<Version>,
    /// The N-way alignment table of all versions.
    pub alignment: Alignment,
    /// Every difference between the base version and each other version.
    pub changes: Vec<Change>,
}

/// One article's version of a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// 0-based index of the article in the input.
    pub article: usize,
    /// Start byte in that article.
    pub start: usize,
    /// End byte in that article.
    pub end: usize,
    /// Exactly `article.text[start..end]`.
    pub text: String,
    /// Direct quote or paraphrase.
    pub form: Form,
    /// Who the article says is speaking, when it says so.
    pub speaker: Option<String>,
    /// The reporting verb the article attaches to this version ("said", "underlined", …).
    pub verb: Option<Excerpt>,
    /// How this version relates to the base version.
    pub status: Status,
    /// How faithful this version is to the base version.
    pub fidelity: Fidelity,
}

/// Whether a version is in quote marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Inside quote marks.
    Quote,
    /// Reported speech, outside quote marks.
    Paraphrase,
}

impl Form {
    /// Every variant, in declaration order.
    pub const ALL: [Form; 2] = [Form::Quote, Form::Paraphrase];
}

/// How a version relates to the base version, for the statements × outlets overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The base version itself.
    Base,
    /// Same words as the base, at most cosmetic differences.
    Verbatim,
    /// Quoted, with substantive changes.
    Altered,
    /// Reported speech rather than a quote.
    Paraphrased,
}

impl Status {
    /// Every variant, in declaration order.
    pub const ALL: [Status; 4] = [
        Status::Base,
        Status::Verbatim,
        Status::Altered,
        Status::Paraphrased,
    ];
}

/// How faithful a version is to the base version, in terms a reader can check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fidelity {
    /// Share (0–1) of the base version's content words that this version keeps.
    pub kept: f64,
    /// Number of the base version's content words.
    pub base_words: usize,
    /// Number of substantive changes (all but cosmetic ones) against the base.
    pub substantive: usize,
    /// Number of changes per kind, for every kind that occurs.
    pub by_kind: Vec<KindCount>,
}

impl Fidelity {
    /// [`Fidelity::kept`] as a whole percentage, for display. (Integer formatting: formatting
    /// an `f64` would link Rust's float printing into the wasm, some 15 KB.)
    pub fn kept_percent(&self) -> u32 {
        (self.kept * 100.0).round() as u32
    }
}

/// A count of changes of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCount {
    /// The kind.
    pub kind: ChangeKind,
    /// How many.
    pub count: usize,
}

/// A piece of one article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Excerpt {
    /// 0-based article index.
    pub article: usize,
    /// Start byte in the article.
    pub start: usize,
    /// End byte in the article.
    pub end: usize,
    /// Exactly that slice of the article.
    pub text: String,
}

/// The N-way alignment of a statement's versions: columns of tokens that correspond.
///
/// `cells[c][v]` is the text of version `v` in column `c` (a token with the whitespace after
/// it), or `None` where that version has nothing. Concatenating a version's cells in column
/// order gives back its `text` exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// The columns, in reading order of every version.
    pub columns: Vec<Column>,
}

/// One column of an [`Alignment`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// Per version: the cell's text, or `None` for a gap.
    pub cells: Vec<Option<String>>,
    /// True when the non-gap cells do not all have the same comparison key.
    pub differs: bool,
}

/// One difference between the base version and another version of a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// What the difference is.
    pub kind: ChangeKind,
    /// The edit that makes it.
    pub op: ChangeOp,
    /// False for cosmetic changes, which the "substantive only" filter hides.
    pub substantive: bool,
    /// Index in `versions` of the version compared with the base.
    pub version: usize,
    /// The text concerned in each version: first the base's, then the other version's
    /// (empty at the place where one side has nothing).
    pub versions: Vec<Excerpt>,
    /// For a move: the byte offset in the base article where the moved text arrives, in the
    /// other version's order (so an inline view can show both ends).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrives_at: Option<usize>,
}

/// The edit behind a [`Change`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOp {
    /// Text of the base is missing from the other version.
    Delete,
    /// The other version has text the base lacks.
    Insert,
    /// Text of the base became other text.
    Replace,
    /// Text of the base appears elsewhere in the other version; `versions` gives both places.
    Move,
    /// The versions are attributed differently (a different reporting verb).
    Attribution,
}

impl ChangeOp {
    /// Every variant, in declaration order.
    pub const ALL: [ChangeOp; 5] = [
        ChangeOp::Delete,
        ChangeOp::Insert,
        ChangeOp::Replace,
        ChangeOp::Move,
        ChangeOp::Attribution,
    ];
}

/// The vocabulary of differences. Cosmetic changes are the only non-substantive kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// Punctuation, case, quote style, whitespace, hyphen vs dash: `and, in turn,` → `and in turn`.
    Cosmetic,
    /// A number differs: `700` → `750`, `seven` → `eight`.
    Number,
    /// A weekday, month or date differs: `Friday` → `Thursday`.
    Date,
    /// A name or place spelled differently (`Minks` → `Minsk`) or swapped for another name
    /// (`the Daesh` → `Islamic State`).
    Name,
    /// A different reporting verb: `said` → `claimed`.
    ReportingVerb,
    /// Negation or modality changed: `is possible` → `will likely`, `is` → `is not`.
    Modality,
    /// Editorial brackets or elisions: `they [the port authorities] do`, `…`.
    Editorial,
    /// Words added inside quote marks, beyond what the base quotes: `(HPA)`.
    AddedInQuote,
    /// Words of the base left out of a quotation.
    RemovedFromQuote,
    /// The same passage at another place in the text.
    Moved,
    /// Any other change of wording: `long-suffering` → `troubled`.
    Wording,
}

impl ChangeKind {
    /// Every kind, in display order.
    pub const ALL: [ChangeKind; 11] = [
        ChangeKind::Cosmetic,
        ChangeKind::Number,
        ChangeKind::Date,
        ChangeKind::Name,
        ChangeKind::ReportingVerb,
        ChangeKind::Modality,
        ChangeKind::Editorial,
        ChangeKind::AddedInQuote,
        ChangeKind::RemovedFromQuote,
        ChangeKind::Moved,
        ChangeKind::Wording,
    ];

    /// The short label shown beside a change.
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Cosmetic => "cosmetic",
            ChangeKind::Number => "number",
            ChangeKind::Date => "date",
            ChangeKind::Name => "name",
            ChangeKind::ReportingVerb => "reporting verb",
            ChangeKind::Modality => "negation/modality",
            ChangeKind::Editorial => "editorial",
            ChangeKind::AddedInQuote => "added in quote",
            ChangeKind::RemovedFromQuote => "removed from quote",
            ChangeKind::Moved => "moved",
            ChangeKind::Wording => "wording",
        }
    }
}

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
}

impl ConflictKind {
    /// Every variant, in declaration order.
    pub const ALL: [ConflictKind; 2] = [ConflictKind::Date, ConflictKind::Name];
}
