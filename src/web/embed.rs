//! The embed snippet for one statement: what a blogger pastes into a post to show it with the
//! `<verbatim-compare>` widget. Every piece of user text in it is HTML-escaped.

use crate::engine::model::Comparison;

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

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
