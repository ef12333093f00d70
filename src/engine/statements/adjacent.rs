//! Statements that the outlets carry together, a short sentence and its neighbour, become one.
//!
//! Sentence by sentence, the search finds `Is the plan clear?` and `I trust it is.` as two
//! statements, each in the same five articles, each right after the other. A reader sees one
//! statement of two sentences: one version per outlet that holds both, so that an outlet which
//! runs them together (`Is the plan clear, I trust it is`) or drops one is compared with the others
//! as a whole. Two statements join when
//!
//! - in at least [`MIN_ADJACENT_ARTICLES`] articles, and in most of the articles of the smaller
//!   one, one's passage is followed by the other's with nothing but spaces and punctuation
//!   between them, in one paragraph ([`adjacent`]), or an editor's note in square brackets
//!   (`Hey Bob [Iger, the studio's chief]! If you're here.`);
//! - every article that has both has them side by side in this order, or carries the short
//!   one again apart (a pull quote, a subheading) with its words inside the other passage
//!   there ([`holds_words`]): that article's version is the longer passage;
//! - one of them is short (at most [`MAX_SHORT_WORDS`] words) and together they stay short
//!   (at most [`MAX_JOINED_WORDS`]): two copies of one wire story have every sentence next to
//!   the next, and must not become one statement of the whole story.
//!
//! | passages in the articles that hold both | joined |
//! |---|---|
//! | `I feel no pain now, honestly.` · `I am entirely well now.` (in 3 of 3) | yes |
//! | `Is the plan clear?` · `I trust it is.` in 2, `I trust it is. Is the plan clear?` in 1 | no: the order differs |
//! | `The port stays closed.` · `Talks resume on Monday.` in 2, apart by a sentence in 1 | no |
//! | `Hey Ana` · `If you are listening.` in 2, one with `[Ruiz, the mayor]` between | yes |
//! | the same in 2, and in 1 a subheading `Hey, Ana` apart from `Hey, Ana, if you are listening.` | yes, that one keeps the sentence |
//! | `I feel no pain now, honestly.` · `I am entirely well now.` in 3, one of which prints the paragraph again without the second | yes: the copy stays a version of its own |
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
/// The most bytes of spaces and punctuation between two passages that follow one another
/// (`.” “`, `? `).
const MAX_GAP_BYTES: usize = 8;
/// The longest editor's note in square brackets (brackets included, in bytes) that may stand
/// between them as well (`[Iger, the studio's chief]`): a name or a title, not a sentence.
const MAX_NOTE_BYTES: usize = 40;

/// True when `next` follows `first` in `text` with only spaces and punctuation between them,
/// and at most one editor's note in square brackets, and no line break (see the module docs).
pub(super) fn adjacent(text: &str, first: &Passage, next: &Passage) -> bool {
    let (end, start) = (first.span.end, next.span.start);
    if start < end || start - end > MAX_GAP_BYTES + MAX_NOTE_BYTES {
        return false;
    }
    let Some(gap) = text.get(end..start) else {
        return false;
    };
    // The note, brackets included, and what is left around it.
    let (note, rest) = match (gap.find('['), gap.find(']')) {
        (Some(open), Some(close)) if open < close => {
            (&gap[open..=close], (&gap[..open], &gap[close + 1..]))
        }
        _ => ("", (gap, "")),
    };
    note.len() <= MAX_NOTE_BYTES
        && !note[note.len().min(1)..].contains(['[', '\n', '\r'])
        && rest.0.len() + rest.1.len() <= MAX_GAP_BYTES
        && [rest.0, rest.1]
            .iter()
            .all(|part| part.chars().all(is_gap_mark))
}

/// Spaces (a no-break one too), and the marks that end a sentence or a quotation or open the
/// next; no letter, digit, line break or bracket.
fn is_gap_mark(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\''
    ) || matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '…' | '—' | '–' | '-')
}

/// True when every word of `short` is a word of `long` too (by key): `Hey, Ana, if you are
/// listening.` holds `Hey, Ana`. Linear in the longer passage; the short one has at most
/// [`MAX_SHORT_WORDS`] words that count.
fn holds_words(tokens: &[Token], long: &Passage, short: &Passage) -> bool {
    let in_passage = |p: &Passage| {
        let from = tokens.partition_point(|t| t.end <= p.span.start);
        let span = p.span;
        tokens[from..]
            .iter()
            .take_while(move |t| t.start < span.end)
            .filter(|t| t.is_wordlike())
    };
    let mut wanted: Vec<&Token> = in_passage(short).take(MAX_SHORT_WORDS + 1).collect();
    if wanted.len() > MAX_SHORT_WORDS {
        return false;
    }
    for t in in_passage(long) {
        wanted.retain(|w| w.key != t.key);
    }
    wanted.is_empty()
}

/// Words (and numbers) in a passage.
pub(super) fn words(tokens: &[Token], p: &Passage) -> usize {
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
    // Every passage as (statement, passage), by article and start. A statement may hold two
    // passages of one article (a paragraph the outlet printed twice, a pull quote).
    let mut all: Vec<(usize, usize)> = Vec::new();
    let mut longest = vec![0usize; clusters.len()];
    for (k, c) in clusters.iter().enumerate() {
        for (i, passage) in c.passages.iter().enumerate() {
            all.push((k, i));
            longest[k] = longest[k].max(words_of(passage));
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
        // Every article with both has them in this order, side by side, or holds the short one
        // inside the other; most of the smaller statement's articles have them side by side;
        // one is short, and the two together are short where they are joined.
        // An article that printed a passage twice has them side by side once: the other copy
        // is not `apart`.
        let (mut apart, mut together) = (false, 0);
        for p in &clusters[a].passages {
            for q in clusters[b]
                .passages
                .iter()
                .filter(|q| q.article == p.article)
            {
                let text = articles[p.article].text;
                if adjacent(text, p, q) {
                    together = together.max(words_of(p) + words_of(q));
                    continue;
                }
                let side_by_side = |x: &Passage, y: &Passage| {
                    x.article == p.article && y.article == p.article && adjacent(text, x, y)
                };
                if clusters[a].passages.iter().any(|x| side_by_side(x, q))
                    || clusters[b].passages.iter().any(|y| side_by_side(p, y))
                {
                    continue;
                }
                let (long, short) = if words_of(q) > words_of(p) {
                    (q, p)
                } else {
                    (p, q)
                };
                apart |= !holds_words(articles[p.article].tokens, long, short);
            }
        }
        let smaller = clusters[a].passages.len().min(clusters[b].passages.len());
        if apart
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
            let text = articles[q.article].text;
            let mine = &clusters[a].passages;
            let side_by_side = mine
                .iter()
                .position(|p| p.article == q.article && adjacent(text, p, &q));
            let same_article = || {
                clusters[a]
                    .passages
                    .iter()
                    .position(|p| p.article == q.article)
            };
            match side_by_side
                .or_else(same_article)
                .map(|i| &mut clusters[a].passages[i])
            {
                // One passage from the first's start to the next's end; its segment (form,
                // attribution) is the first's.
                Some(p) if adjacent(articles[p.article].text, p, &q) => p.span.end = q.span.end,
                // Apart in this article, the longer holding the shorter: it is the version.
                Some(p) => {
                    if words_of(&q) > words_of(p) {
                        *p = q;
                    }
                }
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
    use crate::engine::layout::Layout;
    use crate::engine::model::Span;
    use crate::engine::token::tokenize;

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
        let text = "“Is the plan clear?” “I trust it is.”";
        let first = at(text, 0, 0, "Is the plan clear?");
        let next = at(text, 0, 1, "I trust it is.");
        assert!(adjacent(text, &first, &next));
        assert!(!adjacent(text, &next, &first));
    }

    #[test]
    fn a_line_break_or_a_word_between_them_does_not() {
        let text = "Is the plan clear?\nI trust it is. He said so. Fine.";
        let (clear, hope) = (
            at(text, 0, 0, "Is the plan clear?"),
            at(text, 0, 1, "I trust it is."),
        );
        assert!(!adjacent(text, &clear, &hope));
        assert!(!adjacent(text, &hope, &at(text, 0, 3, "Fine.")));
    }

    #[test]
    fn an_editors_note_in_brackets_between_them_does_too() {
        let text =
            "Hey Ana [Ruiz, the mayor]! If you are listening. Hey Ana [she said it twice, then once \
                    more, a third time]! If you are listening.";
        let hey = at(text, 0, 0, "Hey Ana");
        let listening = at(text, 0, 1, "If you are listening.");
        assert!(adjacent(text, &hey, &listening));
        // A note longer than a name or a title is a sentence of its own.
        let second = text.rfind("Hey Ana").unwrap();
        let hey = passage(0, 2, second, second + "Hey Ana".len());
        let start = text.rfind("If you").unwrap();
        let listening = passage(0, 3, start, text.len());
        assert!(!adjacent(text, &hey, &listening));
    }

    /// What [`join_adjacent`] makes of statements given as the words of each passage, one
    /// `(article, words)` per passage (the same words twice in a statement: their first and
    /// their second place in the text): the text of each statement's passages, article by
    /// article.
    fn joined(texts: &[&str], statements: &[&[(usize, &str)]]) -> Vec<Vec<String>> {
        let tokens: Vec<Vec<Token>> = texts.iter().map(|t| tokenize(t)).collect();
        let layout = Layout::default();
        let layouts = vec![layout; texts.len()];
        let articles = ArticleParts::bare(texts, &tokens, &layouts);
        let clusters = statements
            .iter()
            .enumerate()
            .map(|(k, passages)| Cluster {
                passages: passages
                    .iter()
                    .enumerate()
                    .map(|(i, &(article, words))| {
                        let first = at(texts[article], article, k, words);
                        if !passages[..i].contains(&(article, words)) {
                            return first;
                        }
                        let again = first.span.end
                            + texts[article][first.span.end..].find(words).expect("twice");
                        passage(article, k, again, again + words.len())
                    })
                    .collect(),
            })
            .collect();
        join_adjacent(&articles, clusters)
            .iter()
            .map(|c| {
                let mut passages = c.passages.clone();
                passages.sort_by_key(|p| p.article);
                passages
                    .iter()
                    .map(|p| texts[p.article][p.span.start..p.span.end].to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn two_short_sentences_side_by_side_in_every_article_become_one() {
        let texts = [
            "“I feel no pain now, honestly.” “I am entirely well now.”",
            "He said: I feel no pain now, honestly. I am entirely well now.",
            "“I feel no pain now, honestly. I am entirely well now,” he said.",
        ];
        let pain = [
            (0, "I feel no pain now, honestly."),
            (1, "I feel no pain now, honestly."),
            (2, "I feel no pain now, honestly."),
        ];
        let well = [
            (0, "I am entirely well now."),
            (1, "I am entirely well now."),
            (2, "I am entirely well now,"),
        ];
        assert_eq!(
            joined(&texts, &[&pain, &well]),
            [[
                "I feel no pain now, honestly.” “I am entirely well now.",
                "I feel no pain now, honestly. I am entirely well now.",
                "I feel no pain now, honestly. I am entirely well now,",
            ]]
        );
    }

    #[test]
    fn a_paragraph_printed_twice_does_not_keep_its_two_sentences_apart() {
        let texts = [
            "“I feel no pain now, honestly.” “I am entirely well now.”",
            "He said: I feel no pain now, honestly. I am entirely well now.",
            "I feel no pain now, honestly. I am entirely well now.\n\nI feel no pain now, honestly.",
        ];
        let pain = [
            (0, "I feel no pain now, honestly."),
            (1, "I feel no pain now, honestly."),
            (2, "I feel no pain now, honestly."),
            (2, "I feel no pain now, honestly."),
        ];
        let well: Vec<_> = (0..3).map(|a| (a, "I am entirely well now.")).collect();
        assert_eq!(
            joined(&texts, &[&pain, &well]),
            [[
                "I feel no pain now, honestly.” “I am entirely well now.",
                "I feel no pain now, honestly. I am entirely well now.",
                "I feel no pain now, honestly. I am entirely well now.",
                "I feel no pain now, honestly.",
            ]]
        );
    }

    #[test]
    fn two_sentences_in_the_other_order_in_one_article_stay_two() {
        let texts = [
            "Is the plan clear? I trust it is.",
            "“Is the plan clear?” “I trust it is.”",
            "I trust it is. Is the plan clear?",
        ];
        let clear: Vec<_> = (0..3).map(|a| (a, "Is the plan clear?")).collect();
        let trust: Vec<_> = (0..3).map(|a| (a, "I trust it is.")).collect();
        assert_eq!(joined(&texts, &[&clear, &trust]).len(), 2);
    }

    #[test]
    fn two_sentences_apart_in_one_article_stay_two() {
        let texts = [
            "The port stays closed. Talks resume on Monday.",
            "The port stays closed. Talks resume on Monday.",
            "The port stays closed. Ships wait offshore. Talks resume on Monday.",
        ];
        let port: Vec<_> = (0..3).map(|a| (a, "The port stays closed.")).collect();
        let talks: Vec<_> = (0..3).map(|a| (a, "Talks resume on Monday.")).collect();
        assert_eq!(joined(&texts, &[&port, &talks]).len(), 2);
    }

    #[test]
    fn a_greeting_and_its_sentence_join_across_an_editors_note() {
        let texts = [
            "She waved. Hey Ana [Ruiz, the mayor]! If you are listening.",
            "“Hey Ana! If you are listening,” she said.",
            "Hey, Ana, if you are listening.",
        ];
        let hey = [(0, "Hey Ana"), (1, "Hey Ana!")];
        let listening = [
            (0, "If you are listening."),
            (1, "If you are listening,"),
            (2, "Hey, Ana, if you are listening."),
        ];
        assert_eq!(
            joined(&texts, &[&hey, &listening]),
            [[
                "Hey Ana [Ruiz, the mayor]! If you are listening.",
                "Hey Ana! If you are listening,",
                "Hey, Ana, if you are listening.",
            ]]
        );
    }

    #[test]
    fn a_subheading_apart_from_the_sentence_that_holds_its_words_leaves_the_sentence() {
        let texts = [
            "Hey Ana! If you are listening.",
            "“Hey Ana!” “If you are listening.”",
            "“Hey, Ana”\nThen she added, “Hey, Ana, if you are listening.”",
        ];
        let hey = [(0, "Hey Ana!"), (1, "Hey Ana!"), (2, "“Hey, Ana”")];
        let listening = [
            (0, "If you are listening."),
            (1, "If you are listening."),
            (2, "Then she added, “Hey, Ana, if you are listening.”"),
        ];
        assert_eq!(
            joined(&texts, &[&hey, &listening]),
            [[
                "Hey Ana! If you are listening.",
                "Hey Ana!” “If you are listening.",
                "Then she added, “Hey, Ana, if you are listening.”",
            ]]
        );
        // A subheading whose words the sentence there does not hold keeps the two apart.
        let texts = [
            texts[0],
            texts[1],
            "“Hey, Ana”\nThen she added, “Are you listening?”",
        ];
        let listening = [
            listening[0],
            listening[1],
            (2, "Then she added, “Are you listening?”"),
        ];
        assert_eq!(joined(&texts, &[&hey, &listening]).len(), 2);
    }
}
