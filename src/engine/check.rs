//! The result's promises, checked: a comparison is lossless (every article's text is in it
//! whole, every excerpt is exactly the slice it points at, every alignment row rebuilds its
//! version's compared words, every inline view rebuilds the version it is compared with). The
//! tests, the property tests and the fuzzers hold every result to this; nothing in the engine
//! calls it.

use super::inline::{inline_view, InlinePiece};
use super::input::ArticleInput;
use super::model::{Comparison, Excerpt};

/// `Ok` when `c`, computed from `inputs`, keeps every promise; else the first one it breaks.
pub fn lossless(c: &Comparison, inputs: &[ArticleInput]) -> Result<(), String> {
    let fail = |what: String| Err(what);
    if c.articles.len() != inputs.len() {
        return fail(format!(
            "{} articles for {} inputs",
            c.articles.len(),
            inputs.len()
        ));
    }
    for (i, (a, input)) in c.articles.iter().zip(inputs).enumerate() {
        if a.text != input.text {
            return fail(format!("article {i}'s text is not kept whole"));
        }
    }
    let slice = |article: usize, start: usize, end: usize| -> Option<&str> {
        inputs.get(article)?.text.get(start..end)
    };
    let excerpt_ok = |e: &Excerpt| slice(e.article, e.start, e.end) == Some(e.text.as_str());
    for (si, s) in c.statements.iter().enumerate() {
        for (v, version) in s.versions.iter().enumerate() {
            if slice(version.article, version.start, version.end) != Some(version.text.as_str()) {
                return fail(format!(
                    "statement {si}, version {v}: its text is not its slice"
                ));
            }
            let (framed, compared) = (version.span(), version.compared);
            if compared.start < framed.start || framed.end < compared.end {
                return fail(format!(
                    "statement {si}, version {v}: its compared words are outside its text"
                ));
            }
            let row: String = s
                .alignment
                .columns
                .iter()
                .filter_map(|col| col.cells.get(v).cloned().flatten())
                .collect();
            if row != version.compared_text() {
                return fail(format!(
                    "statement {si}, version {v}: the alignment row differs"
                ));
            }
            if version.verb.as_ref().is_some_and(|verb| !excerpt_ok(verb)) {
                return fail(format!(
                    "statement {si}, version {v}: the verb is not its slice"
                ));
            }
            if v != s.base {
                let again: String = inline_view(s, v, false)
                    .into_iter()
                    .filter_map(|p| match p {
                        InlinePiece::Same { text } => Some(text),
                        InlinePiece::Change { deleted, .. } => Some(deleted),
                        InlinePiece::MovedHere { .. } => None,
                    })
                    .collect();
                // Against the base, or for a translation its language's fullest version.
                let compared = s
                    .versions
                    .get(version.compared_with)
                    .map(|c| c.compared_text());
                if Some(again.as_str()) != compared {
                    return fail(format!(
                        "statement {si}, version {v}: the inline view does not rebuild the \
                         version it is compared with"
                    ));
                }
            }
        }
        if let Some(ci) = s.changes.iter().position(|ch| {
            ch.against
                .is_some_and(|w| w == ch.version || w >= s.versions.len())
        }) {
            return fail(format!(
                "statement {si}, change {ci}: a variant against itself or no version"
            ));
        }
        if let Some(ci) = s
            .changes
            .iter()
            .position(|ch| !ch.sides().iter().all(|e| excerpt_ok(e)))
        {
            return fail(format!(
                "statement {si}, change {ci}: a side is not its slice"
            ));
        }
    }
    for (ci, conflict) in c.conflicts.iter().enumerate() {
        if !conflict.mentions.iter().all(excerpt_ok) {
            return fail(format!("conflict {ci}: a mention is not its slice"));
        }
    }
    Ok(())
}
