//! Finding the passages that are versions of the same statement across articles.
//!
//! 1. **Index.** Every segment (see [`super::quotes`]) becomes a list of word stems; content
//!    stems (not stopwords) go into an inverted index with their inverse document frequency
//!    over all segments. Candidate pairs are the segments of different articles that share at
//!    least two content stems; only posting lists are walked, so articles that share little
//!    cost little (no all-pairs loop over sentences).
//! 2. **Score a pair** two ways:
//!    - *local alignment* (Smith–Waterman over stems, content matches weigh more than stopword
//!      matches): finds the common passage even inside a longer sentence. Four or more matched
//!      words at 60 % identity or better make a *quote match* between the two aligned regions.
//!      This is how `“Yes, there is such data”` is found inside a long quote that runs three
//!      statements together;
//!    - *IDF-weighted containment* of the smaller bag of content stems in the larger: half or
//!      more, with three shared stems, makes a *paraphrase match* of the whole segments
//!      (`their infiltration into neighbouring countries is possible` ≈ `these groups may
//!      infiltrate neighbouring countries`).
//! 3. **Speakers.** A pair whose two segments name different speakers is never a match
//!    (`same_speaker` allows one slip of spelling). Same words from another mouth are another
//!    statement.
//! 4. **Cluster.** Matched passages are nodes (passages of one segment that overlap by half are
//!    one node). The node with the strongest matches (quotes first) becomes a statement's centre,
//!    and each other article contributes its best match *with the centre*; nothing joins through
//!    a weak chain of links. Taken nodes, and any passage overlapping them, leave the pool; repeat.

mod cluster;
mod index;
mod score;

use super::attribution::Attribution;
use super::fasthash::FastMap;
use super::key::Key;
use super::layout::Layout;
use super::model::Span;
use super::token::Token;
use cluster::cluster;
use index::{
    collect_segments, index, index_keys, inverse_document_frequency, shared_stems, IndexKey,
};
use score::{score_pair, Match};

/// What the matcher needs of one article.
#[derive(Debug, Clone)]
pub struct ArticleParts<'a> {
    /// The article's text.
    pub text: &'a str,
    /// All its tokens.
    pub tokens: &'a [Token],
    /// Its paragraphs, sentences, quotations and segments.
    pub layout: &'a Layout,
    /// The attribution of each segment.
    pub attributions: &'a [Attribution],
}

/// A passage of one article that is a version of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    /// Index of the article.
    pub article: usize,
    /// Index of the segment in that article's layout.
    pub segment: usize,
    /// The passage's bytes (the whole segment, or the part of it that matched).
    pub span: Span,
}

/// One statement: a passage per article that carries it, the first being the centre.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The passages, centre first.
    pub passages: Vec<Passage>,
}

/// Matched words needed for a quote match.
const MIN_QUOTE_MATCH_WORDS: usize = 4;
/// Share of aligned words that must match for a quote match.
const MIN_QUOTE_IDENTITY: f64 = 0.6;
/// Share of one segment's words that a quote match must cover.
const MIN_QUOTE_COVERAGE: f64 = 0.6;
/// Matched content words that make a quote match whatever the coverage.
const MIN_LONG_RUN_CONTENT: usize = 6;
/// IDF-weighted containment needed for a paraphrase match.
const MIN_PARAPHRASE_CONTAINMENT: f64 = 0.5;
/// Shared content stems needed for a paraphrase match.
const MIN_PARAPHRASE_SHARED: usize = 3;
/// Above this many cells, local alignment is skipped (containment alone decides) so that one
/// enormous unpunctuated "sentence" cannot stall the page.
const MAX_ALIGNMENT_CELLS: usize = 4_000_000;
/// Candidate segments scored per segment, the ones sharing the most weight first.
const MAX_CANDIDATES: usize = 24;
/// An index key in more segments than this carries no signal and is left out. A constant (not
/// a share of the input) keeps candidate generation linear in the input's size.
const MAX_POSTING: usize = 64;

/// Finds the statements shared by two or more articles.
pub fn find_statements(articles: &[ArticleParts]) -> Vec<Cluster> {
    let mut interner: FastMap<Key, u32> = FastMap::default();
    let segments = collect_segments(articles, &mut interner);
    let idf = inverse_document_frequency(&segments, interner.len());
    let weight = |bag: &[u32]| bag.iter().map(|&s| idf[s as usize]).sum::<f64>();
    let keys: Vec<Vec<IndexKey>> = segments.iter().map(index_keys).collect();
    let postings = index(&keys);

    let mut matches = Vec::new();
    // Votes for the segments after the current one, dense (a hash map per segment was a
    // third of the search), and which ones got any.
    let mut votes: Vec<f64> = vec![0.0; segments.len()];
    let mut voted: Vec<usize> = Vec::new();
    for (i, a) in segments.iter().enumerate() {
        for &j in &voted {
            votes[j] = 0.0;
        }
        voted.clear();
        for key in &keys[i] {
            let Some(posting) = postings.get(key) else {
                continue;
            };
            if posting.len() > MAX_POSTING {
                continue;
            }
            let vote = match *key {
                IndexKey::Stem(s) => idf[s as usize],
                // A shared pair of neighbouring content words is worth more than two loose ones.
                IndexKey::Pair(..) => 2.0,
            };
            // Slices and a plain loop: the size-optimised wasm would call `Vec` indexing and
            // the filter's closure for every posting.
            let (votes, all) = (&mut votes[..], &segments[..]);
            for &j in &posting[..] {
                if j <= i || all[j].article == a.article {
                    continue;
                }
                // Every vote is positive, so zero means "not voted for yet".
                if votes[j] == 0.0 {
                    voted.push(j);
                }
                votes[j] += vote;
            }
        }
        // The strongest candidates only: a segment of everyday words can share a stem or two
        // with hundreds of others, and scoring them all would make the work quadratic.
        let mut candidates: Vec<(usize, f64)> = voted.iter().map(|&j| (j, votes[j])).collect();
        let stronger = |x: &(usize, f64), y: &(usize, f64)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        if candidates.len() > MAX_CANDIDATES {
            candidates.select_nth_unstable_by(MAX_CANDIDATES, stronger);
            candidates.truncate(MAX_CANDIDATES);
        }
        candidates.sort_unstable_by(stronger);
        for (j, _) in candidates {
            let b = &segments[j];
            if let (Some(x), Some(y)) = (&a.speaker, &b.speaker) {
                if x.differs_from(y) {
                    continue;
                }
            }
            let (shared_weight, shared_count) = shared_stems(&a.bag, &b.bag, &idf);
            if shared_count < 2 {
                continue;
            }
            let containment = shared_weight / weight(&a.bag).min(weight(&b.bag)).max(1e-9);
            if let Some((a_words, b_words, score)) = score_pair(a, b, containment, shared_count) {
                matches.push(Match {
                    a: i,
                    b: j,
                    a_words,
                    b_words,
                    score,
                });
            }
        }
    }
    cluster(&segments, matches)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::attribution::attribute;
    use crate::engine::layout::layout;
    use crate::engine::token::tokenize;

    struct Owned {
        text: String,
        tokens: Vec<Token>,
        layout: Layout,
        attributions: Vec<Attribution>,
    }

    fn prepare(texts: &[&str]) -> Vec<Owned> {
        texts
            .iter()
            .map(|t| {
                let tokens = tokenize(t);
                let layout = layout(t, &[]);
                let attributions = attribute(t, &tokens, &layout);
                Owned {
                    text: t.to_string(),
                    tokens,
                    layout,
                    attributions,
                }
            })
            .collect()
    }

    fn statements(texts: &[&str]) -> Vec<Vec<(usize, String)>> {
        let owned = prepare(texts);
        let parts: Vec<ArticleParts> = owned
            .iter()
            .map(|o| ArticleParts {
                text: &o.text,
                tokens: &o.tokens,
                layout: &o.layout,
                attributions: &o.attributions,
            })
            .collect();
        find_statements(&parts)
            .into_iter()
            .map(|c| {
                let mut v: Vec<(usize, String)> = c
                    .passages
                    .iter()
                    .map(|p| {
                        (
                            p.article,
                            texts[p.article][p.span.start..p.span.end].to_string(),
                        )
                    })
                    .collect();
                v.sort();
                v
            })
            .collect()
    }

    #[test]
    fn a_quote_split_in_two_matches_one_quote_run_together() {
        let found = statements(&[
            "“The harbour will stay closed until the storm passes, and the ferries will wait \
             in the northern bay for at least three days,” Vale said.",
            "“The harbour will stay closed until the storm passes,” Vale said. “The ferries \
             will wait in the northern bay for three days.”",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|s| s[0]
            .1
            .starts_with("The harbour will stay closed until the storm passes")));
        assert!(found.iter().any(|s| s[1]
            .1
            .starts_with("The ferries will wait in the northern bay")));
    }

    #[test]
    fn a_paraphrase_matches_its_quote() {
        let found = statements(&[
            "“In the future, their infiltration into neighbouring ports is possible for \
             smuggling goods,” Vale said.",
            "Vale added that in the future, these gangs may infiltrate neighbouring ports and \
             smuggle goods.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_same_words_from_another_speaker_are_another_statement() {
        let found = statements(&[
            "“The harbour will stay closed until the storm passes,” Vale said.",
            "“The harbour will stay closed until the storm passes,” Lindqvist said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sentence_with_two_words_swapped_is_the_same_statement() {
        let found = statements(&[
            "Vale said on Friday in Tallinm.",
            "Vale said on Thursday in Tallinn.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn unrelated_articles_share_nothing() {
        let found = statements(&[
            "The harbour will stay closed until the storm passes.",
            "Wheat prices rose sharply in the spring markets.",
        ]);
        assert!(found.is_empty());
    }
}
