//! Two statements that are mostly the same passages become one.
//!
//! A passage may carry two statements (see `cluster.rs`), and that can make one statement
//! twice: three outlets give Vale's words once in the lede (`she blamed the delay on "a tired
//! crew"`) and again in full further down (`It is, how shall I put it, a tired crew`); the
//! search makes one statement of the ledes and one of the full quotes, and the six outlets that
//! give the words once are versions of both. A reader sees the same statement listed twice.
//! Two statements join when
//!
//! - at least [`MIN_TWIN_PASSAGES`] of their passages are the same passage, and those are at
//!   least half of the passages of each (so a long quote that also carries a neighbouring
//!   statement does not pull the two together);
//! - in each article where their passages differ, the two passages share a content word, or
//!   one follows the other (an outlet that splits the words into two sentences): the two are
//!   parts of one statement there, not two statements.
//!
//! | statement A | statement B | joined |
//! |---|---|---|
//! | lede in 3 articles, one passage in 6 | full quote in the same 3, the same passage in the 6 | yes: one statement, the 3 articles with two versions each |
//! | `If they try to scare me with fines?` in 2, the whole quote in 5 | `Scare me with jail?` (the next sentence) in the same 2, the whole quote in the same 5 | yes: the two sentences become one passage |
//! | the whole quote in 2 of its 6 articles | another sentence of it in 4 | no: the same in too few |
//! | the same passage in 5 | in one article, a sentence sharing no content word | no |
//!
//! Cost: the passages indexed by their article and segment, then one pass over the pairs of
//! statements that share one (each statement has a bounded number of passages).

use super::adjacent::adjacent;
use super::nodes::same_passage;
use super::{ArticleParts, Cluster, Passage};
use crate::engine::fasthash::FastMap;
use crate::engine::key::Key;
use crate::engine::lexicon::is_stopword;
use crate::engine::order::{pack, sort_by_rank};
use crate::engine::token::Token;

/// The fewest passages two statements must share to be one.
pub(super) const MIN_TWIN_PASSAGES: usize = 2;

/// The content words (keys, not stopwords) of a passage.
fn content_words<'t>(tokens: &'t [Token], p: &Passage) -> Vec<&'t Key> {
    let from = tokens.partition_point(|t| t.end <= p.span.start);
    tokens[from..]
        .iter()
        .take_while(|t| t.start < p.span.end)
        .filter(|t| t.is_wordlike() && !is_stopword(&t.key))
        .map(|t| &t.key)
        .collect()
}

/// True when statements `a` and `b` are one (see the module docs).
fn twins(articles: &[ArticleParts], a: &Cluster, b: &Cluster) -> bool {
    let same = |p: &Passage, q: &Passage| p.article == q.article && same_passage(&p.span, &q.span);
    let shared = a
        .passages
        .iter()
        .filter(|p| b.passages.iter().any(|q| same(p, q)))
        .count();
    if shared < MIN_TWIN_PASSAGES || 2 * shared < a.passages.len().max(b.passages.len()) {
        return false;
    }
    // Every article where the two differ: its passages belong together.
    a.passages.iter().all(|p| {
        b.passages
            .iter()
            .filter(|q| q.article == p.article && !same(p, q))
            .all(|q| {
                let art = &articles[p.article];
                if adjacent(art.text, p, q) || adjacent(art.text, q, p) {
                    return true;
                }
                let mine = content_words(art.tokens, p);
                content_words(art.tokens, q)
                    .iter()
                    .any(|w| mine.contains(w))
            })
    })
}

/// Joins the statements that are mostly the same passages (see the module docs). Each
/// statement joins at most once.
pub(super) fn join_twins(articles: &[ArticleParts], mut clusters: Vec<Cluster>) -> Vec<Cluster> {
    // The statements each (article, segment) is a passage of.
    let mut by_segment: FastMap<(usize, usize), Vec<usize>> = FastMap::default();
    for (k, c) in clusters.iter().enumerate() {
        for p in &c.passages {
            let of = by_segment.entry((p.article, p.segment)).or_default();
            if of.last() != Some(&k) {
                of.push(k);
            }
        }
    }
    // The pairs of statements that share a segment, each once, in order.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for of in by_segment.values() {
        for (i, &x) in of.iter().enumerate() {
            for &y in &of[i + 1..] {
                pairs.push((x.min(y), x.max(y)));
            }
        }
    }
    sort_by_rank(&mut pairs, |&(x, y)| pack(x, y));
    pairs.dedup();
    let mut joined = vec![false; clusters.len()];
    for (x, y) in pairs {
        if joined[x] || joined[y] || !twins(articles, &clusters[x], &clusters[y]) {
            continue;
        }
        joined[x] = true;
        joined[y] = true;
        for q in std::mem::take(&mut clusters[y].passages) {
            let text = articles[q.article].text;
            let into = &mut clusters[x].passages;
            if into
                .iter()
                .any(|p| p.article == q.article && same_passage(&p.span, &q.span))
            {
                continue;
            }
            // Two sentences of one outlet side by side: one passage, its segment the first's.
            if let Some(p) = into
                .iter_mut()
                .find(|p| p.article == q.article && adjacent(text, p, &q))
            {
                p.span.end = q.span.end;
            } else if let Some(p) = into
                .iter_mut()
                .find(|p| p.article == q.article && adjacent(text, &q, p))
            {
                p.span.start = q.span.start;
                p.segment = q.segment;
            } else {
                into.push(q);
            }
        }
    }
    clusters.retain(|c| !c.passages.is_empty());
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::layout::Layout;
    use crate::engine::model::Span;
    use crate::engine::token::tokenize;

    /// The passage of `article` that is the first occurrence of `words` in `texts[article]`.
    fn passage(texts: &[&str], article: usize, words: &str) -> Passage {
        let start = texts[article]
            .find(words)
            .expect("the words are in the text");
        Passage {
            article,
            segment: start,
            span: Span {
                start,
                end: start + words.len(),
            },
        }
    }

    /// A statement of these (article, words) passages.
    fn statement(texts: &[&str], passages: &[(usize, &str)]) -> Cluster {
        Cluster {
            passages: passages
                .iter()
                .map(|&(article, words)| passage(texts, article, words))
                .collect(),
        }
    }

    fn joined(texts: &[&str], clusters: Vec<Cluster>) -> Vec<Cluster> {
        let tokens: Vec<Vec<Token>> = texts.iter().map(|t| tokenize(t)).collect();
        let layouts = vec![Layout::default(); texts.len()];
        let parts = ArticleParts::bare(texts, &tokens, &layouts);
        join_twins(&parts, clusters)
    }

    const LEDE: &str = "She blamed the delay on \"a tired crew\". Later she said: \"It is, how shall I put it, a tired crew.\"";
    const ONCE: &str = "\"It is, how shall I put it, a tired crew,\" she said.";

    #[test]
    fn a_statement_made_twice_of_ledes_and_full_quotes_is_one() {
        let texts = [LEDE, LEDE, ONCE, ONCE];
        let full = "It is, how shall I put it, a tired crew";
        let ledes = statement(
            &texts,
            &[
                (0, "She blamed the delay on \"a tired crew\"."),
                (1, "She blamed the delay on \"a tired crew\"."),
                (2, full),
                (3, full),
            ],
        );
        let sentence = format!("{full}.");
        let quotes = statement(
            &texts,
            &[(0, sentence.as_str()), (1, &sentence), (2, full), (3, full)],
        );
        let out = joined(&texts, vec![ledes, quotes]);
        assert_eq!(out.len(), 1);
        // The two articles that give the words twice have two versions each.
        let mut articles: Vec<usize> = out[0].passages.iter().map(|p| p.article).collect();
        articles.sort_unstable();
        assert_eq!(articles, [0, 0, 1, 1, 2, 3]);
    }

    #[test]
    fn two_sentences_one_outlet_splits_become_one_passage() {
        let split = "\"If they try to scare me with fines? Scare me with jail?\" she asked.";
        let whole = "\"If they try to scare me with fines, scare me with jail, I stay,\" she said.";
        let texts = [split, split, whole, whole, whole];
        let all = "If they try to scare me with fines, scare me with jail, I stay";
        let first = statement(
            &texts,
            &[
                (0, "If they try to scare me with fines?"),
                (1, "If they try to scare me with fines?"),
                (2, all),
                (3, all),
                (4, all),
            ],
        );
        let second = statement(
            &texts,
            &[
                (0, "Scare me with jail?"),
                (1, "Scare me with jail?"),
                (2, all),
                (3, all),
                (4, all),
            ],
        );
        let out = joined(&texts, vec![first, second]);
        assert_eq!(out.len(), 1);
        let p = out[0].passages[0];
        assert_eq!(
            &split[p.span.start..p.span.end],
            "If they try to scare me with fines? Scare me with jail?"
        );
    }

    #[test]
    fn statements_sharing_too_few_passages_stay_two() {
        let whole = "\"We wait for the ships. We will not move,\" she said.";
        let texts = [whole, whole, whole, whole, whole, whole];
        let a = Cluster {
            passages: (0..6)
                .map(|i| passage(&texts, i, "We wait for the ships."))
                .collect(),
        };
        // Shares two of its six passages with the first: too few.
        let mut passages: Vec<Passage> = (0..2)
            .map(|i| passage(&texts, i, "We wait for the ships."))
            .collect();
        passages.extend((2..6).map(|i| passage(&texts, i, "We will not move")));
        let b = Cluster { passages };
        assert_eq!(joined(&texts, vec![a, b]).len(), 2);
    }

    #[test]
    fn statements_whose_passages_differ_in_words_stay_two() {
        let text = "\"The port stays shut. Talks resume on Monday,\" she said. Ferries run daily.";
        let texts = [text, text, text];
        let same = "The port stays shut. Talks resume on Monday";
        let a = statement(&texts, &[(0, same), (1, same), (2, "The port stays shut.")]);
        let b = statement(&texts, &[(0, same), (1, same), (2, "Ferries run daily.")]);
        assert_eq!(joined(&texts, vec![a, b]).len(), 2);
    }
}
