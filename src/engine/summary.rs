//! The line that says what happened to a version: its form, its status, how much of the base
//! it keeps, its substantive changes, both reporting verbs, and whose wording it follows. The
//! CLI report, the page and the widget all print this line, so a version reads the same in
//! each.
//!
//! ```text
//! base (transcript):  base · paraphrase · transcript
//! a word-for-word quote with another verb:
//!                     quote · verbatim · keeps 100% of 6 content words · 0 substantive changes ·
//!                     verb “claimed” (base “said”)
//! a reprint:          quote · altered · keeps 83% of 6 content words · 2 substantive changes ·
//!                     copy of Harbour Post's version
//! ```
//!
//! Cost: linear in the versions and their changes.

use super::language::language_name;
use super::model::{Comparison, Conflict, Statement, Status};

/// The summary line of version `v` of `statement` in `comparison` (see the module docs).
pub fn version_summary(comparison: &Comparison, statement: &Statement, v: usize) -> String {
    let version = &statement.versions[v];
    let base = &statement.versions[statement.base];
    let mut parts: Vec<String> = Vec::new();
    if version.status == Status::Base {
        parts.push(Status::Base.label().to_string());
        parts.push(version.form.label().to_string());
        if let Some(primary) = comparison.articles[version.article].primary {
            parts.push(primary.label().to_string());
        }
        if let Some(verb) = &version.verb {
            parts.push(format!("verb “{}”", verb.text));
        }
        return parts.join(" · ");
    }
    let f = &version.fidelity;
    // `paraphrased` says the form already.
    if version.status != Status::Paraphrased {
        parts.push(version.form.label().to_string());
    }
    if version.status == Status::Translation {
        let language = &comparison.articles[version.article].language;
        parts.push(format!("translation ({})", language_name(language)));
        if version.compared_with == v {
            // Beside the base, undiffed: languages are not compared word by word.
            if let Some(verb) = &version.verb {
                parts.push(format!("verb “{}”", verb.text));
            }
            return parts.join(" · ");
        }
        let anchor = &statement.versions[version.compared_with];
        let label = &comparison.articles[anchor.article].label;
        parts.push(format!(
            "against {label}'s {} version: keeps {}% of {} content words",
            language_name(language),
            f.kept_percent(),
            f.base_words
        ));
    } else {
        parts.push(version.status.label().to_string());
        parts.push(format!(
            "keeps {}% of {} content words",
            f.kept_percent(),
            f.base_words
        ));
    }
    parts.push(format!(
        "{} substantive change{}",
        f.substantive,
        plural(f.substantive)
    ));
    match (&version.verb, &base.verb) {
        (Some(own), Some(theirs)) if own.text != theirs.text => {
            parts.push(format!("verb “{}” (base “{}”)", own.text, theirs.text));
        }
        (Some(own), _) => parts.push(format!("verb “{}”", own.text)),
        (None, _) => {}
    }
    if let Some(follows) = &version.follows {
        let label = &comparison.articles[statement.versions[follows.version].article].label;
        parts.push(if follows.copy {
            format!("copy of {label}'s version")
        } else {
            format!(
                "follows {label}'s wording: same {} change{}",
                follows.shared_changes,
                plural(follows.shared_changes)
            )
        });
    }
    parts.join(" · ")
}

/// The heading of version `v`'s variants (see [`super::inline::variants`]): the outlet whose
/// wording they are against, and why that one.
pub fn variants_heading(comparison: &Comparison, statement: &Statement, against: usize) -> String {
    let label = &comparison.articles[statement.versions[against].article].label;
    format!("against {label}, the closest wording (both depart from the base here)")
}

/// The accounts of a conflict, one per distinct text with every article that gives it, in the
/// order they first occur: `“Friday” (Harbour Post, Coast Wire) vs “Thursday” (Bay Times)`.
pub fn conflict_accounts(conflict: &Conflict) -> Vec<(&str, Vec<usize>)> {
    let mut accounts: Vec<(&str, Vec<usize>)> = Vec::new();
    for m in &conflict.mentions {
        match accounts.iter_mut().find(|(t, _)| *t == m.text) {
            Some((_, articles)) => {
                if !articles.contains(&m.article) {
                    articles.push(m.article);
                }
            }
            None => accounts.push((&m.text, vec![m.article])),
        }
    }
    accounts
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{compare, compare_versions, ArticleInput, CompareOptions, VersionInput};

    fn article(label: &str, text: &str) -> ArticleInput {
        ArticleInput {
            text: text.into(),
            label: Some(label.into()),
            file_name: None,
        }
    }

    #[test]
    fn a_quote_word_for_word_with_another_verb_is_verbatim_and_shows_both_verbs() {
        let c = compare(
            &[
                article(
                    "Harbour Post",
                    "“The strike has cost the northern ports 700 jobs,” Vale said.",
                ),
                article(
                    "Coast Wire",
                    "“The strike has cost the northern ports 700 jobs,” Vale claimed.",
                ),
            ],
            &CompareOptions::default(),
        )
        .unwrap();
        let s = &c.statements[0];
        let other = 1 - s.base;
        assert_eq!(s.versions[other].status, Status::Verbatim);
        let line = version_summary(&c, s, other);
        assert!(line.starts_with("quote · verbatim"), "{line}");
        assert!(line.contains("0 substantive changes"), "{line}");
        let verbs = ["“said”", "“claimed”"];
        assert!(verbs.iter().all(|v| line.contains(v)), "{line}");
    }

    #[test]
    fn a_conflict_reads_as_one_account_per_text() {
        let c = compare(
            &[
                article("Harbour Post", "“The ships wait,” Vale said on Friday."),
                article("Coast Wire", "“The ships wait,” Vale said on Friday."),
                article("Bay Times", "“The ships wait,” Vale said on Thursday."),
            ],
            &CompareOptions::default(),
        )
        .unwrap();
        assert_eq!(c.conflicts.len(), 1, "{:?}", c.conflicts);
        assert_eq!(
            conflict_accounts(&c.conflicts[0]),
            [("Friday", vec![0, 1]), ("Thursday", vec![2])]
        );
    }

    #[test]
    fn the_base_line_names_a_primary_text() {
        let c = compare(
            &[
                article(
                    "Ministry",
                    "Remarks by Minister Ana Vale\n\nToday I signed the order. The strike has \
                     cost the northern ports 700 jobs, and we will not wait any longer.",
                ),
                article(
                    "Harbour Post",
                    "“The strike has cost the northern ports 750 jobs,” Vale said on Monday.",
                ),
            ],
            &CompareOptions::default(),
        )
        .unwrap();
        let s = c
            .statements
            .iter()
            .find(|s| s.versions.len() == 2)
            .expect("the statement both carry");
        assert_eq!(s.versions[s.base].article, 0);
        assert_eq!(
            version_summary(&c, s, s.base),
            "base · paraphrase · transcript"
        );
    }

    #[test]
    fn the_widget_given_the_page_forms_reads_as_the_page() {
        let c = compare(
            &[
                article(
                    "Harbour Post",
                    "“The strike has cost the northern ports 700 jobs,” Vale said.",
                ),
                article(
                    "Coast Wire",
                    "Vale said the strike had cost the northern ports 750 jobs.",
                ),
            ],
            &CompareOptions::default(),
        )
        .unwrap();
        let s = &c.statements[0];
        // What the embed snippet carries: each version's text, outlet and form.
        let versions: Vec<VersionInput> = s
            .versions
            .iter()
            .map(|v| VersionInput {
                text: v.compared_text().to_string(),
                label: Some(c.articles[v.article].label.clone()),
                form: Some(v.form),
            })
            .collect();
        let options = CompareOptions {
            base_article: Some(s.base),
        };
        let w = compare_versions(&versions, &options).unwrap();
        let other = 1 - s.base;
        let (page, widget) = (
            version_summary(&c, s, other),
            version_summary(&w, &w.statements[0], other),
        );
        assert!(page.starts_with("paraphrased · keeps"), "{page}");
        // The page adds the reporting verb, which the widget's bare versions do not have.
        assert!(page.starts_with(&widget), "page: {page}\nwidget: {widget}");
    }
}
