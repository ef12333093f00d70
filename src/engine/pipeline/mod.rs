//! The pipeline: articles in, a [`Comparison`] out, through every stage in order.
//!
//! ```text
//! validate → clean (noise, label) → tokenize → layout (quotes, sentences, segments)
//!          → attribute → find statements → per statement: base, diff, align, changes
//!          → conflicts
//! ```
//!
//! [`compare`] finds the statements; [`compare_versions`] takes texts that are already the
//! versions of one statement (the widget's blockquotes).
//!
//! Cost: the sum of its stages', each documented in its module: linear in the words for
//! cleaning, tokens, quotes, attribution, the candidate index and the conflicts; per statement,
//! linear in its versions' words for the diff, the alignment and the changes; the variants
//! compare the versions' rows of the alignment pairwise (the square of the versions, at most
//! `MAX_ARTICLES`, times the columns) and read each variant from it, with no diff. Each version is
//! scored against the candidates the index proposes for it (at most `MAX_CANDIDATES`), so the
//! matching grows with the versions a statement has (at most `MAX_ARTICLES`): measured in
//! `make bench` (P6), words^1.0–1.1 in the articles' length and about words^1.2 in their number.

mod versions;

use super::attribution::{attribute, Attribution};
use super::clean::{datelines, find_noise, guess_label};
use super::conflicts::{find_conflicts, ArticleFacts, SharedStatement};
use super::dateline::Date;
use super::input::{
    validate, ArticleInput, CompareError, CompareOptions, VersionInput, MAX_ARTICLES,
};
use super::language::{language_of, ENGLISH};
use super::layout::{layout, Layout};
use super::model::*;
use super::order::{pack3, sort_by_rank};
use super::primary::primary_kind;
use super::quotes::trim_span;
use super::statements::{find_statements, ArticleParts};
use super::token::{tokenize, Token};
use super::work;

use versions::{build_statement, sources, VersionSource};

/// Everything the engine derives from one article before comparing.
struct Prepared<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    layout: Layout,
    attributions: Vec<Attribution>,
    /// The date of the article's first dated dateline.
    date: Option<Date>,
    /// Whether it is the speaker's own words.
    primary: Option<Primary>,
    /// Its language (ISO 639-1).
    language: &'static str,
}

/// What the statement search reads of each prepared article.
fn article_parts<'p>(prepared: &'p [Prepared]) -> Vec<ArticleParts<'p>> {
    prepared
        .iter()
        .map(|p| ArticleParts {
            text: p.text,
            tokens: &p.tokens,
            layout: &p.layout,
            attributions: &p.attributions,
            date: p.date,
            language: p.language,
        })
        .collect()
}

/// Compares articles: finds the statements they share, aligns every version, classifies every
/// difference and finds conflicting facts. See [`super::model`] for what comes back.
pub fn compare(
    inputs: &[ArticleInput],
    options: &CompareOptions,
) -> Result<Comparison, CompareError> {
    validate(inputs, options)?;
    let (articles, prepared) = prepare(inputs);
    let parts = article_parts(&prepared);
    let mut statements: Vec<Statement> = find_statements(&parts)
        .iter()
        .map(|c| build_statement(&prepared, sources(&prepared, c), options.base_article))
        .collect();
    // Most widely carried first; then in the order the first article tells them.
    sort_by_rank(&mut statements, |s| {
        let first = &s.versions[0];
        pack3(MAX_ARTICLES - s.article_count(), first.article, first.start)
    });

    let facts: Vec<ArticleFacts> = prepared
        .iter()
        .map(|p| ArticleFacts {
            text: p.text,
            tokens: &p.tokens,
            layout: &p.layout,
            date: p.date,
            english: p.language == ENGLISH,
        })
        .collect();
    let shared: Vec<SharedStatement> = statements
        .iter()
        .map(|s| SharedStatement {
            articles: s.versions.iter().map(|v| v.article).collect(),
            passages: s
                .versions
                .iter()
                .flat_map(|v| {
                    let verb = v
                        .verb
                        .as_ref()
                        .map(|e| (v.article, Span::new(e.start, e.end)));
                    std::iter::once((v.article, v.compared)).chain(verb)
                })
                .collect(),
            speakers: s
                .versions
                .iter()
                .filter_map(|v| v.speaker.clone())
                .collect(),
        })
        .collect();
    let conflicts = find_conflicts(&facts, &shared);

    Ok(Comparison {
        articles,
        statements,
        conflicts,
    })
}

/// Compares texts that are all versions of one statement (the widget's blockquotes): no
/// statement finding, one statement whose versions are the whole texts (trimmed), each a quote
/// unless it says it is a paraphrase. Conflicts are not looked for: there is no text around the quotes.
pub fn compare_versions(
    versions: &[VersionInput],
    options: &CompareOptions,
) -> Result<Comparison, CompareError> {
    let inputs: Vec<ArticleInput> = versions.iter().map(VersionInput::article).collect();
    validate(&inputs, options)?;
    let (articles, prepared) = prepare_versions(&inputs);
    let sources = prepared
        .iter()
        .zip(versions)
        .enumerate()
        .map(|(article, (p, v))| {
            // A given version is all quoted words: nothing frames it.
            let whole = trim_span(p.text, Span::new(0, p.text.len()));
            VersionSource {
                article,
                span: whole,
                framed: whole,
                form: v.form.unwrap_or(Form::Quote),
                attribution: Attribution::default(),
            }
        })
        .collect();
    Ok(Comparison {
        articles,
        statements: vec![build_statement(&prepared, sources, options.base_article)],
        conflicts: Vec::new(),
    })
}

/// The statement search's pair features for `inputs` (see
/// `statements::pair_features_jsonl`): for fitting its weights, not for use.
pub fn pair_features(inputs: &[ArticleInput]) -> String {
    let (_, prepared) = prepare(inputs);
    let parts = article_parts(&prepared);
    super::statements::pair_features_jsonl(&parts)
}

/// Every segment of every input, one a line, with its form, speaker and verb: how the engine
/// read each article before matching (`examples/segments.rs`), for debugging, not for use.
pub fn segments(inputs: &[ArticleInput]) -> String {
    use std::fmt::Write;
    let (_, prepared) = prepare(inputs);
    let mut out = String::new();
    for (a, p) in prepared.iter().enumerate() {
        let _ = writeln!(out, "=== article {}", a + 1);
        for (k, (seg, at)) in p.layout.segments.iter().zip(&p.attributions).enumerate() {
            let speaker = at.speaker.as_ref().map_or(String::from("-"), |s| {
                format!("{}{}", s.name, if s.person { "*" } else { "" })
            });
            let verb = at.verb.map_or("-", |v| &p.text[v.start..v.end]);
            let _ = writeln!(
                out,
                "[{k}] {}{} {speaker} ({verb}) | {}",
                seg.form.label(),
                if at.only_attribution {
                    " (attribution)"
                } else {
                    ""
                },
                p.text[seg.span.start..seg.span.end].replace('\n', " ")
            );
        }
    }
    out
}

/// Cleans, labels, tokenizes, lays out and attributes every input.
fn prepare(inputs: &[ArticleInput]) -> (Vec<Article>, Vec<Prepared<'_>>) {
    let mut articles = Vec::with_capacity(inputs.len());
    let mut prepared = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let text = input.text.as_str();
        let noise = find_noise(text);
        let (label, label_source) = match &input.label {
            Some(l) if !l.trim().is_empty() => (l.trim().to_string(), LabelSource::Given),
            _ => guess_label(text, &noise, input.file_name.as_deref())
                .unwrap_or_else(|| (format!("Article {}", i + 1), LabelSource::Default)),
        };
        let tokens = tokenize(text);
        work::add(text.len());
        let layout = layout(text, &noise);
        let attributions = attribute(text, &tokens, &layout);
        let date = datelines(text)
            .iter()
            .map(|d| d.date)
            .find(|d| d.year.is_some());
        let primary = primary_kind(text, &tokens, &layout);
        let language = language_of(text, &tokens);
        prepared.push(Prepared {
            text,
            tokens,
            layout,
            attributions,
            date,
            primary,
            language,
        });
        articles.push(Article {
            label,
            label_source,
            text: text.to_string(),
            noise,
            primary,
            language: language.to_string(),
        });
    }
    (articles, prepared)
}

/// Versions of one statement need no cleaning, layout or attribution: each is a quote (or a
/// paraphrase) as given, labelled as given or `Version N`. Only their words and language.
fn prepare_versions(inputs: &[ArticleInput]) -> (Vec<Article>, Vec<Prepared<'_>>) {
    let mut articles = Vec::with_capacity(inputs.len());
    let mut prepared = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let text = input.text.as_str();
        let tokens = tokenize(text);
        work::add(text.len());
        let language = language_of(text, &tokens);
        let (label, label_source) = match &input.label {
            Some(l) if !l.trim().is_empty() => (l.trim().to_string(), LabelSource::Given),
            _ => (format!("Version {}", i + 1), LabelSource::Default),
        };
        prepared.push(Prepared {
            text,
            tokens,
            layout: Layout::default(),
            attributions: Vec::new(),
            date: None,
            primary: None,
            language,
        });
        articles.push(Article {
            label,
            label_source,
            text: text.to_string(),
            noise: Vec::new(),
            primary: None,
            language: language.to_string(),
        });
    }
    (articles, prepared)
}

/// The versions `texts` compared with no statement finding, the first as the base (for the
/// stages' tests).
#[cfg(test)]
pub(crate) fn compare_against_first(texts: &[&str]) -> Comparison {
    let versions: Vec<VersionInput> = texts
        .iter()
        .map(|t| VersionInput {
            text: t.to_string(),
            ..VersionInput::default()
        })
        .collect();
    let options = CompareOptions {
        base_article: Some(0),
    };
    compare_versions(&versions, &options).unwrap()
}
