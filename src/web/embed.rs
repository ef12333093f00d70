//! The embed snippet for one statement: what a blogger pastes into a post to show it with the
//! `<verbatim-compare>` widget. Every piece of user text in it is HTML-escaped.

use crate::engine::export::escape_html;
use crate::engine::model::Comparison;

/// The snippet for statement `index`: the widget's script (at `script_url`) and one
/// blockquote per version, labelled with its outlet and its form (so the widget does not take
/// a paraphrase for a quote), the base named in `base`.
pub fn embed_snippet(comparison: &Comparison, index: usize, script_url: &str) -> String {
    let s = &comparison.statements[index];
    let mut out = format!(
        "<script type=\"module\" src=\"{}\"></script>\n<verbatim-compare base=\"{}\">\n",
        escape_html(script_url),
        s.base
    );
    for v in &s.versions {
        let label = &comparison.articles[v.article].label;
        out.push_str(&format!(
            "  <blockquote data-outlet=\"{}\" data-form=\"{}\">{}</blockquote>\n",
            escape_html(label),
            v.form.label(),
            escape_html(&v.text)
        ));
    }
    out.push_str("</verbatim-compare>\n");
    out
}
