//! What the JavaScript side sends to the exported functions of [`super::bindings`]: plain
//! data, read by [`super::decode`] and written by [`super::js`] (the page builds a
//! [`CompareRequest`] for its worker).

use serde::{Deserialize, Serialize};

use crate::engine::{ArticleInput, VersionInput};

/// What `compareArticles` takes: the articles and, optionally, the base article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CompareRequest {
    /// The articles, in order.
    pub articles: Vec<ArticleInput>,
    /// The article whose versions anchor the statements (0-based), if the user chose one.
    #[serde(default)]
    pub base_article: Option<usize>,
}

/// What `renderWidget` takes: the versions of one statement (the widget's blockquotes) and how
/// to show them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WidgetRequest {
    /// The versions, in the order of the blockquotes; `label` is the outlet, `form` the
    /// blockquote's `data-form` (a quote when absent).
    pub versions: Vec<VersionInput>,
    /// The version that anchors the comparison (0-based).
    #[serde(default)]
    pub base: Option<usize>,
    /// `inline` (default), `table` or `side-by-side`.
    #[serde(default)]
    pub mode: Option<String>,
    /// For side by side: the version beside the base (0-based).
    #[serde(default)]
    pub other: Option<usize>,
}
