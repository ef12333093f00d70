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
    /// When the text is the speaker's own words rather than a report of them, what kind: such
    /// a text is every statement's base by default, what the outlets are measured against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<Primary>,
    /// The language it is written in (ISO 639-1: `en`, `it`, `ru`, …). Versions in another
    /// language than their statement's base are translations: shown beside it, not diffed.
    #[serde(default = "english")]
    pub language: String,
}

fn english() -> String {
    "en".to_string()
}

/// A text that is the speaker's own words (see [`Article::primary`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Primary {
    /// A transcript: speakers' labels (`VALE: …`), or a text that says it is one.
    Transcript,
    /// The speaker writing in the first person, with no one quoted: a statement or a post.
    OwnWords,
}

impl Primary {
    /// Every variant, in declaration order.
    pub const ALL: [Primary; 2] = [Primary::Transcript, Primary::OwnWords];

    /// The name the JSON uses (`transcript`, …).
    pub fn name(self) -> &'static str {
        match self {
            Primary::Transcript => "transcript",
            Primary::OwnWords => "own_words",
        }
    }

    /// The words shown beside the article.
    pub fn label(self) -> &'static str {
        match self {
            Primary::Transcript => "transcript",
            Primary::OwnWords => "the speaker's own words",
        }
    }
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
    /// A dateline or wire credit names it ("LISBON (Harbour Post) –", "(AP) —").
    Dateline,
    /// Page furniture typical of one outlet's site.
    Signature,
    /// Nothing found: "Article N".
    Default,
    /// The name of the file the article came from (`04_harbour-post.txt` → "Harbour Post").
    FileName,
    /// A wire credit that ends the text ("— Reuters").
    Credit,
}

impl LabelSource {
    /// Every variant, in declaration order.
    pub const ALL: [LabelSource; 7] = [
        LabelSource::Given,
        LabelSource::Byline,
        LabelSource::Dateline,
        LabelSource::Signature,
        LabelSource::Default,
        LabelSource::FileName,
        LabelSource::Credit,
    ];

    /// The name the JSON uses (`given`, …).
    pub fn name(self) -> &'static str {
        match self {
            LabelSource::Given => "given",
            LabelSource::Byline => "byline",
            LabelSource::Dateline => "dateline",
            LabelSource::Signature => "signature",
            LabelSource::Default => "default",
            LabelSource::FileName => "file_name",
            LabelSource::Credit => "credit",
        }
    }

    /// True when the label is the engine's guess, which the user may want to correct.
    pub fn is_guess(self) -> bool {
        self != LabelSource::Given
    }

    /// Where the label came from, in words (`the file name`).
    pub fn label(self) -> &'static str {
        match self {
            LabelSource::Given => "your label",
            LabelSource::Byline => "the byline",
            LabelSource::Dateline => "the dateline",
            LabelSource::Signature => "the site's page furniture",
            LabelSource::Default => "the article's place in the list",
            LabelSource::FileName => "the file name",
            LabelSource::Credit => "the wire credit",
        }
    }
}

/// A span of page noise and why it counts as noise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noise {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Why the cleaner set it aside.
    pub reason: NoiseReason,
}

impl Noise {
    /// The bytes it covers.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Why a line of a pasted page is noise (see the cleaner's table in `clean.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoiseReason {
    /// An icon font's glyph names run together: `icon bookmark-bicon cameraicon …`.
    IconFont,
    /// `Press "Enter" to skip to content`.
    SkipLink,
    /// `Share this article`, `Subscribe to our newsletter`, `Read more: …`.
    SharePrompt,
    /// `Photo: Harbour Post / J. Doe`, `(Image credit: Reuters)`.
    PhotoCredit,
    /// A media player's times (`0:00`, `26:12`) and the one-word heading above them.
    MediaPlayer,
    /// The place, wire and date a paragraph opens with: `LISBON (Harbour Post) – `,
    /// `date 2031-03-03 ` (the start of the line only).
    Dateline,
}

impl NoiseReason {
    /// Every variant, in declaration order.
    pub const ALL: [NoiseReason; 6] = [
        NoiseReason::IconFont,
        NoiseReason::SkipLink,
        NoiseReason::SharePrompt,
        NoiseReason::PhotoCredit,
        NoiseReason::MediaPlayer,
        NoiseReason::Dateline,
    ];

    /// The name the JSON uses (`icon_font`, …).
    pub fn name(self) -> &'static str {
        match self {
            NoiseReason::IconFont => "icon_font",
            NoiseReason::SkipLink => "skip_link",
            NoiseReason::SharePrompt => "share_prompt",
            NoiseReason::PhotoCredit => "photo_credit",
            NoiseReason::MediaPlayer => "media_player",
            NoiseReason::Dateline => "dateline",
        }
    }
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

impl Statement {
    /// In how many articles the statement is found (an article may carry it twice: in its
    /// lede and in its body).
    pub fn article_count(&self) -> usize {
        let mut articles: Vec<usize> = self.versions.iter().map(|v| v.article).collect();
        crate::engine::order::sort_by_rank(&mut articles, |&a| a as u128);
        articles.dedup();
        articles.len()
    }
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
    /// The part of `text` compared word by word: a quote's quoted words, without the
    /// attribution of its sentence that `start..end` also covers (see [`super::frame`]);
    /// the whole span when nothing frames it.
    pub compared: Span,
    /// Direct quote or paraphrase.
    pub form: Form,
    /// Who the article says is speaking, when it says so.
    pub speaker: Option<String>,
    /// The reporting verb the article attaches to this version ("said", "underlined", …).
    pub verb: Option<Excerpt>,
    /// How this version relates to the base version.
    pub status: Status,
    /// How faithful this version is to the version it is compared with.
    pub fidelity: Fidelity,
    /// Index in `versions` of the version its changes are against: the base; for a
    /// translation (a version in another language than the base), the fullest version in its
    /// own language, or itself when it is that version (then it has no changes: languages are
    /// shown side by side, never diffed).
    pub compared_with: usize,
    /// Another version whose wording this one follows: one that shares its departures from
    /// the base, or that it reprints word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<Follows>,
}

/// Which other version a version's wording follows (see [`Version::follows`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Follows {
    /// Index in `versions` of the version followed.
    pub version: usize,
    /// How many of this version's substantive changes against the base the other has too.
    pub shared_changes: usize,
    /// True when the two are the same text, word for word: a reprint.
    pub copy: bool,
}

impl Version {
    /// The bytes of its article it covers.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The words compared word by word (`compared`), without the attribution around them:
    /// what the widget is given to compare.
    pub fn compared_text(&self) -> &str {
        let at = |byte: usize| byte.clamp(self.start, self.end) - self.start;
        self.text
            .get(at(self.compared.start)..at(self.compared.end))
            .unwrap_or(&self.text)
    }
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

    /// The name the JSON uses (`quote`, …).
    pub fn name(self) -> &'static str {
        match self {
            Form::Quote => "quote",
            Form::Paraphrase => "paraphrase",
        }
    }

    /// The word shown beside a version.
    pub fn label(self) -> &'static str {
        match self {
            Form::Quote => "quote",
            Form::Paraphrase => "paraphrase",
        }
    }
}

/// How a version relates to the base version, for the statements × outlets overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The base version itself.
    Base,
    /// Same words as the base, at most cosmetic differences (the reporting verb may differ;
    /// it is shown beside the version).
    Verbatim,
    /// Quoted, with substantive changes.
    Altered,
    /// Reported speech rather than a quote.
    Paraphrased,
    /// Keeps so little of the base's words (under a third) that it is about the same thing
    /// rather than a version of it.
    Related,
    /// In another language than the base: matched by its facts, shown beside the base.
    Translation,
}

impl Status {
    /// Every variant, in declaration order.
    pub const ALL: [Status; 6] = [
        Status::Base,
        Status::Verbatim,
        Status::Altered,
        Status::Paraphrased,
        Status::Related,
        Status::Translation,
    ];

    /// The name the JSON uses (`base`, …).
    pub fn name(self) -> &'static str {
        match self {
            Status::Base => "base",
            Status::Verbatim => "verbatim",
            Status::Altered => "altered",
            Status::Paraphrased => "paraphrased",
            Status::Related => "related",
            Status::Translation => "translation",
        }
    }

    /// The word shown for a version in the statements × outlets overview.
    pub fn label(self) -> &'static str {
        match self {
            Status::Base => "base",
            Status::Verbatim => "verbatim",
            Status::Altered => "altered",
            Status::Paraphrased => "paraphrased",
            Status::Related => "loosely related",
            Status::Translation => "translation",
        }
    }
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

impl Excerpt {
    /// The excerpt of `text` (article `article`) at `span`.
    pub fn of(text: &str, article: usize, span: Span) -> Excerpt {
        Excerpt {
            article,
            start: span.start,
            end: span.end,
            text: text[span.start..span.end].to_string(),
        }
    }

    /// The bytes of its article it covers.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
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
///
/// In JSON the two sides are one array, `versions: [base, other]`, as every reader of the
/// data model has always read them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "ChangeJson")]
pub struct Change {
    /// What the difference is.
    pub kind: ChangeKind,
    /// The edit that makes it.
    pub op: ChangeOp,
    /// False for cosmetic changes, which the "substantive only" filter hides.
    pub substantive: bool,
    /// Index in `versions` of the version changed; its `compared_with` is the other side
    /// (unless `against` names another).
    pub version: usize,
    /// `None` for a change against the version's `compared_with` (the base), which the inline
    /// view shows. `Some(w)` for a *variant*: where this version and version `w`, the one
    /// closest to its wording, both depart from the base and differ from each other (`It's
    /// therefore` / `It is therefore`, both missing from the base); `base` is then `w`'s text.
    pub against: Option<usize>,
    /// The text concerned in the base version (empty, at the place, when the base has nothing:
    /// an insertion); for a variant, in version `against`.
    pub base: Excerpt,
    /// The text concerned in the other version (empty, at the place, for a deletion).
    pub other: Excerpt,
    /// For a move: the byte offset in the base article where the moved text arrives, in the
    /// other version's order (so an inline view can show both ends).
    pub arrives_at: Option<usize>,
}

impl Change {
    /// Both sides, the base's first.
    pub fn sides(&self) -> [&Excerpt; 2] {
        [&self.base, &self.other]
    }
}

/// How a [`Change`] is written in JSON.
#[derive(Serialize, Deserialize)]
struct ChangeJson {
    kind: ChangeKind,
    op: ChangeOp,
    substantive: bool,
    version: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    against: Option<usize>,
    versions: [Excerpt; 2],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    arrives_at: Option<usize>,
}

impl From<ChangeJson> for Change {
    fn from(c: ChangeJson) -> Change {
        let [base, other] = c.versions;
        Change {
            kind: c.kind,
            op: c.op,
            substantive: c.substantive,
            version: c.version,
            against: c.against,
            base,
            other,
            arrives_at: c.arrives_at,
        }
    }
}

impl Serialize for Change {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields =
            5 + usize::from(self.arrives_at.is_some()) + usize::from(self.against.is_some());
        let mut s = serializer.serialize_struct("Change", fields)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("op", &self.op)?;
        s.serialize_field("substantive", &self.substantive)?;
        s.serialize_field("version", &self.version)?;
        if let Some(w) = self.against {
            s.serialize_field("against", &w)?;
        }
        s.serialize_field("versions", &self.sides())?;
        if let Some(at) = self.arrives_at {
            s.serialize_field("arrives_at", &at)?;
        }
        s.end()
    }
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

    /// The name the JSON uses (`delete`, …).
    pub fn name(self) -> &'static str {
        match self {
            ChangeOp::Delete => "delete",
            ChangeOp::Insert => "insert",
            ChangeOp::Replace => "replace",
            ChangeOp::Move => "move",
            ChangeOp::Attribution => "attribution",
        }
    }
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

    /// The name the JSON uses (`cosmetic`, …).
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Cosmetic => "cosmetic",
            ChangeKind::Number => "number",
            ChangeKind::Date => "date",
            ChangeKind::Name => "name",
            ChangeKind::ReportingVerb => "reporting_verb",
            ChangeKind::Modality => "modality",
            ChangeKind::Editorial => "editorial",
            ChangeKind::AddedInQuote => "added_in_quote",
            ChangeKind::RemovedFromQuote => "removed_from_quote",
            ChangeKind::Moved => "moved",
            ChangeKind::Wording => "wording",
        }
    }

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
