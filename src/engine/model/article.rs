//! An input article as the result gives it: its full text, its outlet label and where the label
//! came from, the language and primary form guessed, and the page noise the cleaner set aside.

use serde::{Deserialize, Serialize};

use super::Span;

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
    /// A line of the page around the article: its reading time (`2 min read`, `2 minuti`),
    /// a box's heading (`About the author`, `Most read`).
    PageFurniture,
    /// The place, wire and date a paragraph opens with: `LISBON (Harbour Post) – `,
    /// `date 2031-03-03 ` (the start of the line only).
    Dateline,
}

impl NoiseReason {
    /// Every variant, in declaration order.
    pub const ALL: [NoiseReason; 7] = [
        NoiseReason::IconFont,
        NoiseReason::SkipLink,
        NoiseReason::SharePrompt,
        NoiseReason::PhotoCredit,
        NoiseReason::MediaPlayer,
        NoiseReason::PageFurniture,
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
            NoiseReason::PageFurniture => "page_furniture",
            NoiseReason::Dateline => "dateline",
        }
    }
}
