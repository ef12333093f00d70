//! Words of a long quote that fall between two of its statements belong to the first.
//!
//! A long quote that runs several statements together is carved into passages, one per
//! statement that other outlets carry; the words between two of them that no outlet carries
//! were in no version, so a reader never saw that this outlet has them. A passage takes in the
//! words up to the next passage of its segment when they are few (at most
//! [`MAX_GAP_WORDS`]) and both stand inside one quotation of the layout (no quote mark
//! between: another speaker's words, an attribution):
//!
//! | quote | passages | taken in by the first |
//! |---|---|---|
//! | `Yes, we have such a plan, it is not for show but for use, because the storms …` | `Yes, we have such a plan` · `because the storms …` | `, it is not for show but for use,` |
//! | `“We will wait,” she said, “and then sail.”` | `We will wait` · `and then sail.` | nothing: a quote mark between |
//!
//! Cost: the passages sorted by article and start, then one pass over them.

use super::adjacent::words;
use super::{ArticleParts, Cluster, Passage};
use crate::engine::model::Span;
use crate::engine::order::{pack, sort_by_rank};

/// The most words between two passages of one segment that the first takes in.
pub(super) const MAX_GAP_WORDS: usize = 12;

/// Widens each passage over the few words between it and the next passage of its segment
/// (see the module docs).
pub(super) fn take_in_gaps(articles: &[ArticleParts], mut clusters: Vec<Cluster>) -> Vec<Cluster> {
    let mut all: Vec<(usize, usize)> = Vec::new();
    for (k, c) in clusters.iter().enumerate() {
        for i in 0..c.passages.len() {
            all.push((k, i));
        }
    }
    sort_by_rank(&mut all, |&(k, i)| {
        let p = clusters[k].passages[i];
        pack(p.article, p.span.start)
    });
    let mut widened: Vec<(usize, usize, usize)> = Vec::new();
    for w in all.windows(2) {
        let (p, q) = (
            clusters[w[0].0].passages[w[0].1],
            clusters[w[1].0].passages[w[1].1],
        );
        if p.article != q.article || p.segment != q.segment || q.span.start <= p.span.end {
            continue;
        }
        // Inside one quotation: no quote mark (another speaker's words, an attribution)
        // between them.
        let gap = Passage {
            span: Span::new(p.span.end, q.span.start),
            ..p
        };
        let art = &articles[p.article];
        let in_one_quote = art
            .layout
            .quotations
            .iter()
            .any(|x| x.inner.contains(&gap.span));
        let n = words(art.tokens, &gap);
        if !in_one_quote || n == 0 || n > MAX_GAP_WORDS {
            continue;
        }
        let gap = &art.text[gap.span.start..gap.span.end];
        // Up to the next passage, without the spaces and clause marks before it.
        let end = p.span.end
            + gap
                .trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c))
                .len();
        widened.push((w[0].0, w[0].1, end));
    }
    for (k, i, end) in widened {
        clusters[k].passages[i].span.end = end;
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::layout::{layout, Layout};
    use crate::engine::token::{tokenize, Token};

    /// The passages' texts after [`take_in_gaps`], for statements given as `(article, words)`
    /// per passage, all in segment 0 of their article.
    fn widened(texts: &[&str], statements: &[&[(usize, &str)]]) -> Vec<Vec<String>> {
        let tokens: Vec<Vec<Token>> = texts.iter().map(|t| tokenize(t)).collect();
        let layouts: Vec<Layout> = texts.iter().map(|t| layout(t, &[])).collect();
        let articles = ArticleParts::bare(texts, &tokens, &layouts);
        let clusters = statements
            .iter()
            .map(|passages| Cluster {
                passages: passages
                    .iter()
                    .map(|&(article, words)| {
                        let start = texts[article].find(words).expect("in the text");
                        Passage {
                            article,
                            segment: 0,
                            span: Span::new(start, start + words.len()),
                        }
                    })
                    .collect(),
            })
            .collect();
        take_in_gaps(&articles, clusters)
            .iter()
            .map(|c| {
                c.passages
                    .iter()
                    .map(|p| texts[p.article][p.span.start..p.span.end].to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_words_between_two_statements_of_a_quote_go_to_the_first() {
        let texts = [
            "“Yes, we have such a plan, it is not for show but for use, because the storms \
             come every year.”",
            "“Yes, we have such a plan.” Later: “Because the storms come every year.”",
        ];
        let found = widened(
            &texts,
            &[
                &[
                    (0, "Yes, we have such a plan"),
                    (1, "Yes, we have such a plan"),
                ],
                &[
                    (0, "because the storms come every year."),
                    (1, "Because the storms come every year."),
                ],
            ],
        );
        assert_eq!(
            found[0],
            [
                "Yes, we have such a plan, it is not for show but for use",
                "Yes, we have such a plan"
            ]
        );
        assert_eq!(found[1][0], "because the storms come every year.");
    }

    #[test]
    fn a_quote_mark_between_them_keeps_the_words_out() {
        let texts = [
            "“We will wait,” she said, “and then sail.”",
            "“We will wait and then sail.”",
        ];
        let found = widened(
            &texts,
            &[
                &[(0, "We will wait"), (1, "We will wait")],
                &[(0, "and then sail."), (1, "and then sail.")],
            ],
        );
        assert_eq!(found[0][0], "We will wait");
    }
}
