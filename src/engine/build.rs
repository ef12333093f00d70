//! [`compare`]: from articles to a [`Comparison`], through every stage of the engine.

use super::align::align;
use super::attribution::{attribute, Attribution};
use super::classify::{classify, ChangeContext, ChangeSide};
use super::clean::{find_noise, guess_label};
use super::conflicts::{find_conflicts, ArticleFacts, SharedStatement};
use super::diff::{diff_sides, OpTag, Side, UnitOp};
use super::model::*;
use super::normalize::{is_stopword, stem};
use super::quotes::{layout, Layout};
use super::statements::{find_statements, ArticleParts, Cluster};
use super::token::{tokenize, Key, Token};
use super::{validate, ArticleInput, CompareError, CompareOptions};

/// Everything the engine derives from one article before comparing.
struct Prepared<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    layout: Layout,
    attributions: Vec<Attribution>,
}

/// Compares articles: finds the statements they share, aligns every version, classifies every
/// difference and finds conflicting facts. See [`super::model`] for what comes back.
pub fn compare(
    inputs: &[ArticleInput],
    options: &CompareOptions,
) -> Result<Comparison, CompareError> {
    validate(inputs, options)?;
    let (articles, prepared) = prepare(inputs);
    let parts: Vec<ArticleParts> = prepared
        .iter()
        .map(|p| ArticleParts {
            text: p.text,
            tokens: &p.tokens,
            layout: &p.layout,
            attributions: &p.attributions,
        })
        .collect();
    let mut statements: Vec<Statement> = find_statements(&parts)
        .iter()
        .map(|c| build_statement(&prepared, sources(&prepared, c), options.base_article))
        .collect();
    // Most widely carried first; then in the order the first article tells them.
    statements.sort_by_key(|s| {
        let first = &s.versions[0];
        (usize::MAX - s.versions.len(), first.article, first.start)
    });

    let facts: Vec<ArticleFacts> = prepared
        .iter()
        .map(|p| ArticleFacts {
            text: p.text,
            tokens: &p.tokens,
            layout: &p.layout,
        })
        .collect();
    let shared: Vec<SharedStatement> = statements
        .iter()
        .map(|s| SharedStatement {
            articles: s.versions.iter().map(|v| v.article).collect(),
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
/// statement finding, one statement whose versions are the whole texts (trimmed), each taken
/// as a quote. Conflicts are not looked for: there is no text around the quotes.
pub fn compare_versions(
    inputs: &[ArticleInput],
    options: &CompareOptions,
) -> Result<Comparison, CompareError> {
    validate(inputs, options)?;
    let (articles, prepared) = prepare(inputs);
    let sources = prepared
        .iter()
        .enumerate()
        .map(|(article, p)| VersionSource {
            article,
            span: super::quotes::trim_span(p.text, Span::new(0, p.text.len())),
            form: Form::Quote,
            attribution: Attribution::default(),
        })
        .collect();
    Ok(Comparison {
        articles,
        statements: vec![build_statement(&prepared, sources, options.base_article)],
        conflicts: Vec::new(),
    })
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
            _ => guess_label(text, &noise)
                .unwrap_or_else(|| (format!("Article {}", i + 1), LabelSource::Default)),
        };
        let tokens = tokenize(text);
        let layout = layout(text, &noise);
        let attributions = attribute(text, &tokens, &layout);
        prepared.push(Prepared {
            text,
            tokens,
            layout,
            attributions,
        });
        articles.push(Article {
            label,
            label_source,
            text: text.to_string(),
            noise,
        });
    }
    (articles, prepared)
}

fn excerpt(p: &Prepared, article: usize, span: Span) -> Excerpt {
    Excerpt {
        article,
        start: span.start,
        end: span.end,
        text: p.text[span.start..span.end].to_string(),
    }
}

/// One version of a statement before it is compared: where it is, and what the layout and the
/// attribution said of it.
struct VersionSource {
    article: usize,
    span: Span,
    form: Form,
    attribution: Attribution,
}

/// The versions of a found statement, in article order.
fn sources(prepared: &[Prepared], cluster: &Cluster) -> Vec<VersionSource> {
    let mut passages = cluster.passages.clone();
    passages.sort_by_key(|p| p.article);
    passages
        .iter()
        .map(|p| VersionSource {
            article: p.article,
            span: p.span,
            form: prepared[p.article].layout.segments[p.segment].form,
            attribution: prepared[p.article].attributions[p.segment].clone(),
        })
        .collect()
}

fn build_statement(
    prepared: &[Prepared],
    passages: Vec<VersionSource>,
    base_article: Option<usize>,
) -> Statement {
    let sides: Vec<Side> = passages
        .iter()
        .map(|p| Side::new(&prepared[p.article].tokens, p.span.start..p.span.end))
        .collect();
    let forms: Vec<Form> = passages.iter().map(|p| p.form).collect();
    let stems: Vec<Vec<Key>> = sides.iter().map(content_stems).collect();
    let base = base_article
        .and_then(|a| passages.iter().position(|p| p.article == a))
        .unwrap_or_else(|| most_complete(&stems, &forms));
    let ops: Vec<Vec<UnitOp>> = sides
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if i == base {
                Vec::new()
            } else {
                diff_sides(&sides[base], s)
            }
        })
        .collect();
    let texts: Vec<&str> = passages.iter().map(|p| prepared[p.article].text).collect();
    let alignment = align(&sides, &texts, base, &ops);

    let mut changes = Vec::new();
    let mut versions = Vec::new();
    for (v, p) in passages.iter().enumerate() {
        let prep = &prepared[p.article];
        let attribution = &p.attribution;
        let mut version_changes = Vec::new();
        if v != base {
            let bp = &passages[base];
            version_changes = diff_changes(
                (&prepared[bp.article], bp.article, &sides[base]),
                (prep, p.article, &sides[v]),
                &ops[v],
                forms[v] == Form::Quote,
                v,
            );
            let base_verb = bp.attribution.verb;
            if let (Some(bv), Some(ov)) = (base_verb, attribution.verb) {
                let (bt, ot) = (
                    &prepared[bp.article].text[bv.start..bv.end],
                    &prep.text[ov.start..ov.end],
                );
                if bt.to_lowercase() != ot.to_lowercase() {
                    version_changes.push(Change {
                        kind: ChangeKind::ReportingVerb,
                        op: ChangeOp::Attribution,
                        substantive: true,
                        version: v,
                        versions: vec![
                            excerpt(&prepared[bp.article], bp.article, bv),
                            excerpt(prep, p.article, ov),
                        ],
                        arrives_at: None,
                    });
                }
            }
        }
        let fidelity = fidelity(&stems[base], &stems[v], &version_changes);
        let status = match (v == base, forms[v], fidelity.substantive) {
            (true, _, _) => Status::Base,
            (false, Form::Paraphrase, _) => Status::Paraphrased,
            (false, Form::Quote, 0) => Status::Verbatim,
            (false, Form::Quote, _) => Status::Altered,
        };
        versions.push(Version {
            article: p.article,
            start: p.span.start,
            end: p.span.end,
            text: prep.text[p.span.start..p.span.end].to_string(),
            form: forms[v],
            speaker: attribution.speaker.clone(),
            verb: attribution.verb.map(|s| excerpt(prep, p.article, s)),
            status,
            fidelity,
        });
        changes.extend(version_changes);
    }
    Statement {
        base,
        versions,
        alignment,
        changes,
    }
}

/// The classified changes of one version against the base, from their diff.
fn diff_changes(
    base: (&Prepared, usize, &Side),
    other: (&Prepared, usize, &Side),
    ops: &[UnitOp],
    in_quote: bool,
    version: usize,
) -> Vec<Change> {
    let (bp, ba, bs) = base;
    let (op_, oa, os) = other;
    let span_of = |s: &Side, r: &std::ops::Range<usize>| -> Span {
        let at = if r.start == 0 {
            s.range.start
        } else {
            s.unit(r.start - 1).end
        };
        s.byte_span(r, at)
    };
    let mut out = Vec::new();
    let mut push = |kind: ChangeKind, op: ChangeOp, b: Span, o: Span, arrives_at: Option<usize>| {
        out.push(Change {
            kind,
            op,
            substantive: kind != ChangeKind::Cosmetic,
            version,
            versions: vec![excerpt(bp, ba, b), excerpt(op_, oa, o)],
            arrives_at,
        });
    };
    for op in ops {
        if op.old.is_empty() && op.new.is_empty() {
            continue;
        }
        if op.tag == OpTag::Equal {
            // Equal keys may still differ in case, quote style or dash: cosmetic changes.
            for k in 0..op.old.len() {
                let (bt, ot) = (bs.unit(op.old.start + k), os.unit(op.new.start + k));
                if bt.text(bp.text) != ot.text(op_.text) {
                    let (b, o) = (Span::new(bt.start, bt.end), Span::new(ot.start, ot.end));
                    push(ChangeKind::Cosmetic, ChangeOp::Replace, b, o, None);
                }
            }
            continue;
        }
        if let Some(to) = op.old_moved_to {
            let target = &ops[to];
            let arrival = span_of(bs, &(target.old.start..target.old.start)).start;
            push(
                ChangeKind::Moved,
                ChangeOp::Move,
                span_of(bs, &op.old),
                span_of(os, &target.new),
                Some(arrival),
            );
        }
        let old = if op.old_moved_to.is_some() {
            op.old.start..op.old.start
        } else {
            op.old.clone()
        };
        let new = if op.new_moved_from.is_some() {
            op.new.start..op.new.start
        } else {
            op.new.clone()
        };
        if old.is_empty() && new.is_empty() {
            continue;
        }
        let (bt, ot) = (unit_tokens(bs, &old), unit_tokens(os, &new));
        let kind = classify(
            ChangeSide {
                text: bp.text,
                tokens: &bt,
            },
            ChangeSide {
                text: op_.text,
                tokens: &ot,
            },
            ChangeContext {
                in_quote,
                moved: false,
            },
        );
        let change_op = match (old.is_empty(), new.is_empty()) {
            (true, _) => ChangeOp::Insert,
            (_, true) => ChangeOp::Delete,
            _ => ChangeOp::Replace,
        };
        push(kind, change_op, span_of(bs, &old), span_of(os, &new), None);
    }
    out
}

/// The share of the base's content words (their stems) that `other` keeps, and its changes
/// counted by kind.
fn fidelity(base_words: &[Key], other_words: &[Key], changes: &[Change]) -> Fidelity {
    let mut other_words = other_words.to_vec();
    let mut kept = 0;
    for w in base_words {
        if let Some(pos) = other_words.iter().position(|o| o == w) {
            other_words.swap_remove(pos);
            kept += 1;
        }
    }
    let by_kind: Vec<KindCount> = ChangeKind::ALL
        .iter()
        .map(|&kind| KindCount {
            kind,
            count: changes.iter().filter(|c| c.kind == kind).count(),
        })
        .filter(|k| k.count > 0)
        .collect();
    Fidelity {
        kept: if base_words.is_empty() {
            1.0
        } else {
            kept as f64 / base_words.len() as f64
        },
        base_words: base_words.len(),
        substantive: changes.iter().filter(|c| c.substantive).count(),
        by_kind,
    }
}

fn unit_tokens<'t>(side: &Side<'t>, units: &std::ops::Range<usize>) -> Vec<&'t Token> {
    units.clone().map(|u| side.unit(u)).collect()
}

/// The most complete version: a quote before a paraphrase, then the one that carries the most
/// content words confirmed by at least one other version (words only one outlet has are its
/// own additions, not completeness), then the one with the fewest such additions.
fn most_complete(stems: &[Vec<Key>], forms: &[Form]) -> usize {
    let score = |i: usize| {
        let confirmed = stems[i]
            .iter()
            .filter(|w| (0..stems.len()).any(|j| j != i && stems[j].contains(w)))
            .count();
        (
            forms[i] == Form::Quote,
            confirmed,
            usize::MAX - (stems[i].len() - confirmed),
        )
    };
    (0..stems.len())
        .max_by(|&a, &b| score(a).cmp(&score(b)).then(b.cmp(&a)))
        .unwrap_or(0)
}

/// Stems of the content words (not stopwords) of a side, in order.
fn content_stems(side: &Side) -> Vec<Key> {
    side.units
        .iter()
        .map(|&i| &side.tokens[i])
        .filter(|t| t.is_wordlike() && !is_stopword(&t.key))
        .map(|t| stem(&t.key))
        .collect()
}
