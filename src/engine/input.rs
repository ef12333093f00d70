//! What goes into a comparison: the articles, the options, the limits, and why an input is
//! refused. Everything is checked by [`validate`] before any work is done, so no later stage
//! sees more than [`MAX_ARTICLES`] articles of at most [`MAX_ARTICLE_BYTES`] bytes.

use std::fmt;

use super::model::Form;

/// One article to compare.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ArticleInput {
    /// The article's text, as pasted.
    pub text: String,
    /// The outlet's name, when the user gave one; otherwise the engine guesses.
    #[serde(default)]
    pub label: Option<String>,
    /// The name of the file the text came from (`04_harbour-post.txt`), which the label is
    /// guessed from first.
    #[serde(default)]
    pub file_name: Option<String>,
}

/// One version of a statement, for [`crate::engine::compare_versions`] (the widget's
/// blockquotes): its text, its outlet, and whether it is a quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VersionInput {
    /// The version's text, as written.
    pub text: String,
    /// The outlet's name, when known.
    #[serde(default)]
    pub label: Option<String>,
    /// A quote or a paraphrase; a quote when not said (a blockquote is one).
    #[serde(default)]
    pub form: Option<Form>,
}

impl VersionInput {
    /// The version as an article of its own.
    pub fn article(&self) -> ArticleInput {
        ArticleInput {
            text: self.text.clone(),
            label: self.label.clone(),
            file_name: None,
        }
    }
}

/// Options of [`crate::engine::compare`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CompareOptions {
    /// The article whose version anchors every statement it carries (0-based). Without it, the
    /// most complete quoted version is the base.
    #[serde(default)]
    pub base_article: Option<usize>,
}

/// The most articles one comparison takes.
pub const MAX_ARTICLES: usize = 16;
/// The largest article one comparison takes, in bytes (about 150,000 words of English).
pub const MAX_ARTICLE_BYTES: usize = 1 << 20;

/// Why a comparison could not be made. Each message tells the user what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CompareError {
    /// Fewer than two articles.
    TooFewArticles {
        /// How many were given.
        given: usize,
    },
    /// More than [`MAX_ARTICLES`].
    TooManyArticles {
        /// How many were given.
        given: usize,
    },
    /// An article has no words.
    EmptyArticle {
        /// Its 0-based index.
        index: usize,
    },
    /// An article is larger than [`MAX_ARTICLE_BYTES`].
    ArticleTooLarge {
        /// Its 0-based index.
        index: usize,
        /// Its size in bytes.
        bytes: usize,
    },
    /// `base_article` names no article.
    NoSuchBase {
        /// The index asked for.
        base: usize,
        /// How many articles there are.
        articles: usize,
    },
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::TooFewArticles { given } => write!(
                f,
                "Verbatim compares two or more articles; {given} given. Add another outlet's article."
            ),
            CompareError::TooManyArticles { given } => write!(
                f,
                "Verbatim compares at most {MAX_ARTICLES} articles at once; {given} given. Remove some."
            ),
            CompareError::EmptyArticle { index } => write!(
                f,
                "Article {} has no words. Paste its text, or remove it.",
                index + 1
            ),
            CompareError::ArticleTooLarge { index, bytes } => write!(
                f,
                "Article {} is {} KB; at most {} KB per article. Paste only the article itself.",
                index + 1,
                bytes / 1024,
                MAX_ARTICLE_BYTES / 1024
            ),
            CompareError::NoSuchBase { base, articles } => write!(
                f,
                "There is no article {} to use as the base; choose one of 1 to {articles}.",
                base + 1
            ),
        }
    }
}

impl std::error::Error for CompareError {}

/// Checks the inputs before any work is done.
pub(crate) fn validate(
    inputs: &[ArticleInput],
    options: &CompareOptions,
) -> Result<(), CompareError> {
    if inputs.len() < 2 {
        return Err(CompareError::TooFewArticles {
            given: inputs.len(),
        });
    }
    if inputs.len() > MAX_ARTICLES {
        return Err(CompareError::TooManyArticles {
            given: inputs.len(),
        });
    }
    for (index, a) in inputs.iter().enumerate() {
        if a.text.len() > MAX_ARTICLE_BYTES {
            return Err(CompareError::ArticleTooLarge {
                index,
                bytes: a.text.len(),
            });
        }
        if !a.text.chars().any(char::is_alphanumeric) {
            return Err(CompareError::EmptyArticle { index });
        }
    }
    match options.base_article {
        Some(base) if base >= inputs.len() => Err(CompareError::NoSuchBase {
            base,
            articles: inputs.len(),
        }),
        _ => Ok(()),
    }
}

/// A size as the page says it, in the binary units the limits are set in: `900 KB`, `1.5 MB`
/// (kilobytes rounded to whole ones, megabytes to tenths from 1024 KB up).
pub fn describe_size(bytes: f64) -> String {
    let kb = (bytes / 1024.0).round() as u64;
    if kb >= 1024 {
        let tenths = (bytes / (1024.0 * 1024.0) * 10.0).round() as u64;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{kb} KB")
    }
}

/// Text gathered from a document's nodes, tidied as a pasted article would be: each line
/// trimmed, runs of blank lines down to one, none at either end (`"  a \n\n\n\n b "` →
/// `"a\n\nb"`). One pass, however many blank lines a page holds.
pub fn fold_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank_run = 0;
    }
    out
}

#[cfg(test)]
mod size_and_lines_tests {
    use super::*;

    #[test]
    fn sizes_read_in_kilobytes_then_tenths_of_megabytes() {
        assert_eq!(describe_size(0.0), "0 KB");
        assert_eq!(describe_size(900.0 * 1024.0), "900 KB");
        assert_eq!(describe_size(MAX_ARTICLE_BYTES as f64), "1.0 MB");
        assert_eq!(describe_size(1.5 * 1024.0 * 1024.0), "1.5 MB");
        assert_eq!(describe_size(16.0 * 1024.0 * 1024.0), "16.0 MB");
    }

    #[test]
    fn lines_are_trimmed_and_blank_runs_fold_to_one() {
        assert_eq!(fold_lines("  a \n\n\n\n b "), "a\n\nb");
        assert_eq!(
            fold_lines("\n\nTitle\nBody one.\n \nBody two.\n\n"),
            "Title\nBody one.\n\nBody two."
        );
        assert_eq!(fold_lines(&"\n".repeat(100_000)), "");
        assert_eq!(fold_lines(""), "");
    }
}
