//! Facts outside the quotes that articles about the same event give differently: names spelled
//! two ways ([`names`]), the day a statement was made ([`dates`]), figures ([`figures`]) and
//! the occasion it was made at ([`occasions`]).
//!
//! Two articles are about the same event when they share a statement. Only words outside quote
//! marks and page noise count: what the speaker said is compared by the statements' diffs, and
//! a conflict is the outlets' own account disagreeing.
//!
//! Cost: linear in the articles' words, plus the pairs of candidate mentions, which are found
//! through keys (one-deletion keys of names, the words beside figures), never by comparing
//! every word with every other.

mod dates;
mod figures;
mod names;
mod occasions;

use super::dateline::Date;
use super::fasthash::FastMap;
use super::layout::Layout;
use super::model::{Conflict, ConflictKind, Excerpt, Span};
use super::order::{pack, sort_by_rank};
use super::token::{Token, TokenKind};

/// What conflict detection needs of one article.
#[derive(Debug, Clone, Copy)]
pub struct ArticleFacts<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Its layout.
    pub layout: &'a Layout,
    /// The date its dateline gives, which a weekday or `yesterday` is counted from.
    pub date: Option<Date>,
    /// True for an English article: the occasion words (`briefing`, `interview`) are English.
    pub english: bool,
}

/// A statement as conflict detection sees it: where each article carries it.
#[derive(Debug, Clone)]
pub struct SharedStatement {
    /// Articles that carry the statement.
    pub articles: Vec<usize>,
    /// The passages that carry or attribute it: each version's span and its reporting verb's,
    /// with their article.
    pub passages: Vec<(usize, Span)>,
    /// The speakers its versions name.
    pub speakers: Vec<String>,
}

/// Finds name, date, figure and occasion conflicts between articles that share a statement.
pub fn find_conflicts(articles: &[ArticleFacts], shared: &[SharedStatement]) -> Vec<Conflict> {
    // Which articles share a statement, once (articles are at most `MAX_ARTICLES`).
    let n = articles.len();
    let mut shares = vec![false; n * n];
    for s in shared {
        for &a in &s.articles {
            for &b in &s.articles {
                if a != b {
                    shares[a * n + b] = true;
                }
            }
        }
    }
    let related = |a: usize, b: usize| shares[a * n + b];
    // The words outside the quotes, once per article: every kind of conflict reads them.
    let frames: Vec<Vec<FrameWord>> = articles.iter().map(frame_words).collect();
    let mut out = names::name_conflicts(articles, &frames, &related);
    out.extend(dates::date_conflicts(articles, &frames, shared));
    out.extend(figures::figure_conflicts(articles, &frames, &related));
    out.extend(occasions::occasion_conflicts(articles, &frames, shared));
    without_repeats(out)
}

/// Each shared statement's disagreeing mentions are one conflict, but statements told on one
/// occasion give the same mentions: groups that share a mention are joined (each mention
/// points to the first group it was seen in; groups it links are one).
fn joined(groups: Vec<Vec<Excerpt>>, kind: ConflictKind) -> Vec<Conflict> {
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut group_of: FastMap<(usize, usize), usize> = FastMap::default();
    for (g, mentions) in groups.iter().enumerate() {
        for m in mentions {
            let first = *group_of.entry((m.article, m.start)).or_insert(g);
            let (r1, r2) = (root(&mut parent, first), root(&mut parent, g));
            parent[r2] = r1;
        }
    }
    let mut merged: Vec<Vec<Excerpt>> = vec![Vec::new(); groups.len()];
    for (g, mentions) in groups.into_iter().enumerate() {
        let r = root(&mut parent, g);
        merged[r].extend(mentions);
    }
    merged
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut mentions| {
            sort_by_rank(&mut mentions, |m| pack(m.article, m.start));
            mentions.dedup_by_key(|m| (m.article, m.start));
            Conflict { kind, mentions }
        })
        .collect()
}

/// The same disagreement found twice (through two statements, or two spellings) is one
/// conflict: keeps only conflicts whose mentions are not all part of another's.
fn without_repeats(out: Vec<Conflict>) -> Vec<Conflict> {
    let mentions = |c: &Conflict| -> Vec<(usize, usize)> {
        let mut set: Vec<(usize, usize)> =
            c.mentions.iter().map(|m| (m.article, m.start)).collect();
        sort_by_rank(&mut set, |&(a, s)| pack(a, s));
        set.dedup();
        set
    };
    let sets: Vec<Vec<(usize, usize)>> = out.iter().map(mentions).collect();
    let subset =
        |x: &[(usize, usize)], y: &[(usize, usize)]| x.iter().all(|m| y.binary_search(m).is_ok());
    let keep: Vec<bool> = (0..out.len())
        .map(|i| {
            !(0..out.len()).any(|j| {
                j != i
                    && out[j].kind == out[i].kind
                    && subset(&sets[i], &sets[j])
                    && (sets[i] != sets[j] || j < i)
            })
        })
        .collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect()
}

/// A token outside the quotations: its sentence, whether it is the sentence's first word, and
/// the index of the token in the article's tokens.
#[derive(Debug, Clone, Copy)]
pub(super) struct FrameWord {
    /// The sentence it lies in.
    pub sentence: usize,
    /// True for the first word of its sentence, whose capital says nothing.
    pub opening: bool,
    /// Its index in the article's tokens.
    pub token: usize,
}

/// Word and number tokens outside quotations and noise, in order.
fn frame_words(art: &ArticleFacts) -> Vec<FrameWord> {
    let quotations = &art.layout.quotations;
    let mut q = 0; // quotations and tokens are both in text order: walk them together
    let mut out = Vec::new();
    for (si, sentence) in art.layout.sentences.iter().enumerate() {
        let first = art.tokens.partition_point(|t| t.end <= sentence.start);
        let mut opening = true;
        for (i, t) in art.tokens.iter().enumerate().skip(first) {
            if t.end > sentence.end {
                break;
            }
            if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                continue;
            }
            while q < quotations.len() && quotations[q].outer.end <= t.start {
                q += 1;
            }
            let quoted = quotations
                .get(q)
                .is_some_and(|quote| quote.outer.contains(&Span::new(t.start, t.end)));
            if !quoted {
                out.push(FrameWord {
                    sentence: si,
                    opening,
                    token: i,
                });
            }
            opening = false;
        }
    }
    out
}

/// True when the token's text starts with a capital letter.
fn is_capitalised(text: &str, t: &Token) -> bool {
    t.text(text).chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::layout::layout;
    use crate::engine::model::ConflictKind;
    use crate::engine::token::tokenize;

    /// The conflicts between `texts`, all carrying one statement: the whole of each text.
    pub(super) fn conflicts(texts: &[&str]) -> Vec<(ConflictKind, Vec<String>)> {
        conflicts_dated(texts, &vec![None; texts.len()])
    }

    /// [`conflicts`] with each article's own date.
    pub(super) fn conflicts_dated(
        texts: &[&str],
        dates: &[Option<Date>],
    ) -> Vec<(ConflictKind, Vec<String>)> {
        conflicts_in(texts, dates, |t| Span::new(0, t.len()))
    }

    /// [`conflicts_dated`] with the statement at `passage` of each text.
    pub(super) fn conflicts_in(
        texts: &[&str],
        dates: &[Option<Date>],
        passage: impl Fn(&str) -> Span,
    ) -> Vec<(ConflictKind, Vec<String>)> {
        let tokens: Vec<_> = texts.iter().map(|t| tokenize(t)).collect();
        let layouts: Vec<_> = texts.iter().map(|t| layout(t, &[])).collect();
        let facts: Vec<ArticleFacts> = (0..texts.len())
            .map(|i| ArticleFacts {
                text: texts[i],
                tokens: &tokens[i],
                layout: &layouts[i],
                date: dates[i],
                english: true,
            })
            .collect();
        let shared = [SharedStatement {
            articles: (0..texts.len()).collect(),
            passages: texts
                .iter()
                .enumerate()
                .map(|(i, t)| (i, passage(t)))
                .collect(),
            speakers: vec!["Ana Vale".to_string()],
        }];
        find_conflicts(&facts, &shared)
            .into_iter()
            .map(|c| (c.kind, c.mentions.into_iter().map(|m| m.text).collect()))
            .collect()
    }

    #[test]
    fn a_weekday_and_a_city_that_differ() {
        let found = conflicts(&[
            "Port Minister Ana Vale said on Friday in Tallinm that ships wait.",
            "Ana Vale spoke in Tallinn on Thursday about the port.",
        ]);
        assert!(found.contains(&(ConflictKind::Name, vec!["Tallinm".into(), "Tallinn".into()])));
        assert!(found.contains(&(ConflictKind::Date, vec!["Friday".into(), "Thursday".into()])));
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn words_inside_quotes_are_not_conflicts() {
        let found = conflicts(&[
            "Ana Vale said: “We met in Tallinm on Friday, and 412 ships wait.” Russia agreed.",
            "Ana Vale spoke in Tallinn. Russian ships wait, she said: “All 421 ships.”",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
