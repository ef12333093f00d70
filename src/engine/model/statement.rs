//! A statement and its versions: each version's span, form, status and fidelity, and the
//! alignment of all versions in columns.

use serde::{Deserialize, Serialize};

use super::{Change, ChangeKind, Span};

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
    /// attribution of its sentence that `start..end` also covers (see `engine::frame`);
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
