//! Statements that the outlets carry together, a short sentence and its neighbour, become one.
//!
//! Sentence by sentence, the search finds `Is that clear?` and `I hope it is.` as two
//! statements, each in the same five articles, each right after the other. A reader sees one
//! statement of two sentences: one version per outlet that holds both, so that an outlet which
//! runs them together (`Is that clear, I hope it is`) or drops one is compared with the others
//! as a whole. Two statements join when
//!
//! - in at least [`MIN_ADJACENT_ARTICLES`] articles, and in most of the articles of the smaller
//!   one, one's passage is followed by the other's with nothing but spaces and punctuation
//!   between them, in one paragraph ([`adjacent`]);
//! - no article has both, apart or in the other order;
//! - one of them is short (at most [`MAX_SHORT_WORDS`] words) and together they stay short
//!   (at most [`MAX_JOINED_WORDS`]): two copies of one wire story have every sentence next to
//!   the next, and must not become one statement of the whole story.
//!
//! | passages in the articles that hold both | joined |
//! |---|---|
//! | `I have no problem now, obviously.` · `I am absolutely fine now.` (in 3 of 3) | yes |
//! | `Is that clear?` · `I hope it is.` in 2, `I hope it is. Is that clear?` in 1 | no: the order differs |
//! | `The port stays closed.` · `Talks resume on Monday.` in 2, apart by a sentence in 1 | no |
//!
//! Cost: the passages sorted by article and start, then one pass over them.

use super::{ArticleParts, Cluster, Passage};
use crate::engine::order::{pack, sort_by_rank};
use crate::engine::token::Token;

/// The fewest articles in which the two statements must follow one another.
pub(super) const MIN_ADJACENT_ARTICLES: usize = 2;
/// A statement this short (in words) may be half of a statement of two sentences.
pub(super) const MAX_SHORT_WORDS: usize = 8;
/// The longest statement (in words, in any article) that two may make together.
pub(super) const MAX_JOINED_WORDS: usize = 30;
/// The most bytes between two passages that follow one another (`.” “`, `? `).
const MAX_GAP_BYTES: usize = 8;

/// True when `next` follows `first` in `text` with only spaces and punctuation between them,
/// and no line break (see the module docs).
pub(super) fn adjacent(text: &str, first: &Passage, next: &Passage) -> bool {
    let (end, start) = (first.span.end, next.span.start);
    if start < end || start - end > MAX_GAP_BYTES {
        return false;
    }
    // Spaces (a no-break one too), and the marks that end a sentence or a quotation or open
    // the next; no letter, digit, line break or bracket.
    text.get(end..start).is_some_and(|gap| {
        gap.chars().all(|c| {
            matches!(
                c,
                ' ' | '\t' | '\u{a0}' | '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\''
            ) || matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '…' | '—' | '–' | '-')
        })
    })
}

/// Words (and numbers) in a passage.
fn words(tokens: &[Token], p: &Passage) -> usize {
    let mut n = 0;
    for t in &tokens[tokens.partition_point(|t| t.end <= p.span.start)..] {
        if t.start >= p.span.end {
            break;
        }
        n += usize::from(t.is_wordlike());
    }
    n
}

/// Joins the statements that the outlets carry together (see the module docs). Each statement
/// joins at most once, so no chain of sentences grows out of two copies of one story.
///
/// Written with plain loops over pairs of indexes: each iterator adaptor over another element
/// type is code of its own in the size-optimised wasm.
#[inline(never)]
pub(super) fn join_adjacent(articles: &[ArticleParts], mut clusters: Vec<Cluster>) -> Vec<Cluster> {
    let words_of = |p: &Passage| words(articles[p.article].tokens, p);
    // Every passage as (statement, passage), by article and start. Statements with two
    // passages in one article (at most sixteen passages each) are left as they are.
    let mut all: Vec<(usize, usize)> = Vec::new();
    let mut longest = vec![0usize; clusters.len()];
    for (k, c) in clusters.iter().enumerate() {
        let p = &c.passages;
        if (0..p.len()).all(|i| p[..i].iter().all(|q| q.article != p[i].article)) {
            for (i, passage) in p.iter().enumerate() {
                all.push((k, i));
                longest[k] = longest[k].max(words_of(passage));
            }
        }
    }
    let passage = |&(k, i): &(usize, usize)| clusters[k].passages[i];
    sort_by_rank(&mut all, |x| {
        pack(passage(x).article, passage(x).span.start)
    });
    // Each time one statement's passage is followed by another's: (first, next), sorted, so
    // that a run of equal pairs counts the articles where `next` follows `first`.
    let mut follows: Vec<(usize, usize)> = Vec::new();
    for w in all.windows(2) {
        let (p, q) = (passage(&w[0]), passage(&w[1]));
        if w[0].0 != w[1].0 && p.article == q.article && adjacent(articles[p.article].text, &p, &q)
        {
            follows.push((w[0].0, w[1].0));
        }
    }
    sort_by_rank(&mut follows, |&(a, b)| pack(a, b));
    // (articles where it follows, index of the pair in `follows`), the most articles first.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, pair) in follows.iter().enumerate() {
        if i > 0 && follows[i - 1] == *pair {
            let last = runs.len() - 1;
            runs[last].0 += 1;
        } else {
            runs.push((1, i));
        }
    }
    sort_by_rank(&mut runs, |&(n, i)| pack(usize::MAX - n, i));
    let mut joined_into: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut used = vec![false; clusters.len()];
    for (n, i) in runs {
        let (a, b) = follows[i];
        if used[a] || used[b] || n < MIN_ADJACENT_ARTICLES {
            continue;
        }
        // Every article with both has them in this order, side by side; most of the smaller
        // statement's articles do; one is short, and the two together are short.
        let (mut both, mut together) = (0, 0);
        for p in &clusters[a].passages {
            for q in clusters[b]
                .passages
                .iter()
                .filter(|q| q.article == p.article)
            {
                both += 1;
                together = together.max(words_of(p) + words_of(q));
            }
        }
        let smaller = clusters[a].passages.len().min(clusters[b].passages.len());
        if both != n
            || 2 * n <= smaller
            || longest[a].min(longest[b]) > MAX_SHORT_WORDS
            || together > MAX_JOINED_WORDS
        {
            continue;
        }
        used[a] = true;
        used[b] = true;
        joined_into[b] = Some(a);
    }
    for b in 0..clusters.len() {
        let Some(a) = joined_into[b] else {
            continue;
        };
        for q in std::mem::take(&mut clusters[b].passages) {
            match clusters[a]
                .passages
                .iter_mut()
                .find(|p| p.article == q.article)
            {
                // One passage from the first's start to the next's end; its segment (form,
                // attribution) is the first's.
                Some(p) => p.span.end = q.span.end,
                None => clusters[a].passages.push(q),
            }
        }
    }
    // The statements that joined another are empty now.
    clusters.retain(|c| !c.passages.is_empty());
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Span;

    fn passage(article: usize, segment: usize, start: usize, end: usize) -> Passage {
        Passage {
            article,
            segment,
            span: Span { start, end },
        }
    }

    /// The passage of `article` that is `words` in `text`.
    fn at(text: &str, article: usize, segment: usize, words: &str) -> Passage {
        let start = text.find(words).expect("in the text");
        passage(article, segment, start, start + words.len())
    }

    #[test]
    fn spaces_and_quote_marks_between_two_sentences_make_them_adjacent() {
        let text = "“Is that clear?” “I hope it is.”";
        let first = at(text, 0, 0, "Is that clear?");
        let next = at(text, 0, 1, "I hope it is.");
        assert!(adjacent(text, &first, &next));
        assert!(!adjacent(text, &next, &first));
    }

    #[test]
    fn a_line_break_or_a_word_between_them_does_not() {
        let text = "Is that clear?\nI hope it is. He said so. Fine.";
        let (clear, hope) = (
            at(text, 0, 0, "Is that clear?"),
            at(text, 0, 1, "I hope it is."),
        );
        assert!(!adjacent(text, &clear, &hope));
        assert!(!adjacent(text, &hope, &at(text, 0, 3, "Fine.")));
    }
}
