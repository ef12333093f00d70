//! Where the statements were made, as each article tells it: the first occasion or medium it
//! names outside the quotes in a sentence that carries or attributes a statement it shares
//! with other articles (`told a news conference in Tallinn`, `said in an interview with the
//! port's website`). Articles that share a statement and name the occasion differently
//! conflict: a reader checking the story wants to know that one outlet puts the words in a
//! speech and another in a briefing. Such a conflict's kind is
//! [`ConflictKind::Wording`]: the same occasion, in other words.
//!
//! An occasion is a noun of [`is_occasion_noun`] with the words that describe it before it (at
//! most [`MAX_MODIFIERS`], no determiner) and, after a linking preposition, where or with whom
//! (`in Tallinn`, `on the council's channels`, at most [`MAX_WORDS_AFTER`] words):
//!
//! | one article | another | conflict? |
//! |---|---|---|
//! | `told a news conference` | `said at a media briefing` | yes: another noun |
//! | `a press conference` | `a news conference` | yes: described otherwise |
//! | `an interview` | `an extended interview` | no: one only adds a word |
//! | `at a briefing` | `at the briefing in Tallinn` | no: one only adds where |
//! | `in an interview on its website` | `in a video on its channels` | yes |
//!
//! Cost: each article's occasions are found once, in one pass over its words outside the
//! quotes; each statement then looks up the sentences of its passages.

use super::{joined, ArticleFacts, FrameWord, SharedStatement};
use crate::engine::fasthash::FastMap;
use crate::engine::lexicon::{
    is_determiner, is_occasion_noun, is_reporting_verb, is_stopword, links_an_occasion,
    opens_a_clause,
};
use crate::engine::model::{Conflict, ConflictKind, Excerpt, Span};

/// Words before the noun that describe the occasion (`televised`, `news`; `Tallinn Harbour
/// Forum`).
const MAX_MODIFIERS: usize = 3;
/// Words after the linking preposition that say where or with whom (`with the club's website`).
const MAX_WORDS_AFTER: usize = 4;

/// One article's naming of an occasion.
#[derive(Debug, Clone)]
struct Occasion {
    excerpt: Excerpt,
    /// The sentence it lies in.
    sentence: usize,
    /// The noun, singular.
    noun: String,
    /// The word just before the noun that describes it (`news` in `news conference`).
    modifier: Option<String>,
}

/// The occasion conflicts of the shared statements.
pub(super) fn occasion_conflicts(
    articles: &[ArticleFacts],
    frames: &[Vec<FrameWord>],
    shared: &[SharedStatement],
) -> Vec<Conflict> {
    let found: Vec<(Vec<Occasion>, FastMap<usize, usize>)> = articles
        .iter()
        .enumerate()
        .map(|(a, art)| occasions_of(a, art, &frames[a]))
        .collect();
    // One occasion per article: the first it names in a sentence that carries or attributes
    // any statement it shares (a story's statements come from one occasion, and outlets name
    // it where they attribute the first of them).
    let mut first: Vec<Option<usize>> = vec![None; articles.len()];
    for s in shared {
        for &a in &s.articles {
            let (_, by_sentence) = &found[a];
            if let Some(i) = first_in_passages(a, &articles[a], s, by_sentence) {
                first[a] = Some(first[a].map_or(i, |f| f.min(i)));
            }
        }
    }
    // An article that names no occasion there may name it where it names the speaker
    // (`Vale, 56, made the announcement in a video on the council's channels.`).
    for s in shared {
        for &a in &s.articles {
            if first[a].is_none() {
                first[a] = naming_a_speaker(&articles[a], &frames[a], &found[a].0, &s.speakers);
            }
        }
    }
    let mut out: Vec<Vec<Excerpt>> = Vec::new();
    for s in shared {
        let named: Vec<&Occasion> = s
            .articles
            .iter()
            .filter_map(|&a| first[a].map(|i| &found[a].0[i]))
            .collect();
        let disagree = named.iter().enumerate().any(|(i, x)| {
            named[i + 1..]
                .iter()
                .any(|y| y.excerpt.article != x.excerpt.article && differ(x, y))
        });
        if disagree {
            out.push(named.into_iter().map(|o| o.excerpt.clone()).collect());
        }
    }
    joined(out, ConflictKind::Wording)
}

/// True when two namings of an occasion disagree (see the module docs).
fn differ(x: &Occasion, y: &Occasion) -> bool {
    x.noun != y.noun || matches!((&x.modifier, &y.modifier), (Some(p), Some(q)) if p != q)
}

/// The index (in `by_sentence`'s values) of the first occasion in the sentences of article
/// `a` that carry or attribute `s`.
fn first_in_passages(
    a: usize,
    art: &ArticleFacts,
    s: &SharedStatement,
    by_sentence: &FastMap<usize, usize>,
) -> Option<usize> {
    let sentences = &art.layout.sentences;
    let mut best: Option<usize> = None;
    for &(_, span) in s.passages.iter().filter(|(pa, _)| *pa == a) {
        let first = sentences.partition_point(|x| x.end <= span.start);
        for (si, sentence) in sentences.iter().enumerate().skip(first) {
            if sentence.start >= span.end {
                break;
            }
            if let Some(&i) = by_sentence.get(&si) {
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        }
    }
    best
}

/// The first of `occasions` in a sentence that names one of `speakers` by surname.
fn naming_a_speaker(
    art: &ArticleFacts,
    frame: &[FrameWord],
    occasions: &[Occasion],
    speakers: &[String],
) -> Option<usize> {
    let surnames: Vec<&str> = speakers
        .iter()
        .filter_map(|n| n.split_whitespace().last())
        .collect();
    occasions.iter().position(|o| {
        let first = frame.partition_point(|w| w.sentence < o.sentence);
        frame[first..]
            .iter()
            .take_while(|w| w.sentence == o.sentence)
            .any(|w| surnames.contains(&art.tokens[w.token].text(art.text)))
    })
}

/// Every occasion article `a` names outside the quotes, in order, and the first of each
/// sentence that has one.
fn occasions_of(
    a: usize,
    art: &ArticleFacts,
    frame: &[FrameWord],
) -> (Vec<Occasion>, FastMap<usize, usize>) {
    let key = |i: usize| art.tokens[frame[i].token].key.as_str();
    // Two frame words are side by side when only spaces lie between them.
    let beside = |i: usize, j: usize| {
        let (x, y) = (&art.tokens[frame[i].token], &art.tokens[frame[j].token]);
        frame[i].sentence == frame[j].sentence
            && art.text[x.end..y.start].chars().all(char::is_whitespace)
    };
    let mut occasions = Vec::new();
    let mut by_sentence = FastMap::default();
    if !art.english {
        return (occasions, by_sentence);
    }
    let mut i = 0;
    while i < frame.len() {
        if !is_occasion_noun(key(i)) {
            i += 1;
            continue;
        }
        let describes = |j: usize| {
            let k = key(j);
            !is_determiner(k) && !is_stopword(k) && !is_reporting_verb(k) && !is_occasion_noun(k)
        };
        let mut first = i;
        while first > 0 && i - first < MAX_MODIFIERS && beside(first - 1, first) {
            if !describes(first - 1) {
                break;
            }
            first -= 1;
        }
        let mut last = i;
        if i + 1 < frame.len() && beside(i, i + 1) && links_an_occasion(key(i + 1)) {
            let mut j = i + 1;
            while j + 1 < frame.len()
                && j - i <= MAX_WORDS_AFTER
                && beside(j, j + 1)
                && !opens_a_clause(key(j + 1))
                && !is_reporting_verb(key(j + 1))
            {
                j += 1;
                if is_occasion_noun(key(j)) {
                    last = j;
                    break;
                }
                // The mention ends on a word that says something (`in Tallinn`, not `in
                // Tallinn as`).
                if !is_stopword(key(j)) {
                    last = j;
                }
            }
        }
        let span = Span::new(
            art.tokens[frame[first].token].start,
            art.tokens[frame[last].token].end,
        );
        by_sentence
            .entry(frame[i].sentence)
            .or_insert(occasions.len());
        occasions.push(Occasion {
            excerpt: Excerpt::of(art.text, a, span),
            sentence: frame[i].sentence,
            noun: singular(key(i)),
            modifier: (first < i).then(|| key(i - 1).to_string()),
        });
        i = last + 1;
    }
    (occasions, by_sentence)
}

/// `channels` → `channel`; the nouns of [`is_occasion_noun`] that end in `s` otherwise
/// (`address`, `remarks`) stay as they are.
fn singular(noun: &str) -> String {
    match noun {
        "channels" => "channel".to_string(),
        _ => noun.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{conflicts, conflicts_in};
    use crate::engine::model::{ConflictKind, Span};

    /// The occasion conflicts of `texts`, each the mentions' texts.
    fn occasions(texts: &[&str]) -> Vec<Vec<String>> {
        conflicts(texts)
            .into_iter()
            .filter(|(k, _)| *k == ConflictKind::Wording)
            .map(|(_, m)| m)
            .collect()
    }

    /// [`occasions`] with the statement in the second sentence of the first text (the whole of
    /// the second).
    fn occasions_in_first(first: &str, second: &str) -> Vec<Vec<String>> {
        let at = first.find(". ").map_or(0, |i| i + 2);
        conflicts_in(&[first, second], &[None, None], |t| {
            if t == first {
                Span::new(at, t.len())
            } else {
                Span::new(0, t.len())
            }
        })
        .into_iter()
        .filter(|(k, _)| *k == ConflictKind::Wording)
        .map(|(_, m)| m)
        .collect()
    }

    #[test]
    fn another_noun_is_another_occasion() {
        assert_eq!(
            occasions(&[
                "Ana Vale told a news conference that the port stays shut.",
                "The port stays shut, Ana Vale said at a media briefing.",
            ]),
            vec![vec![
                "news conference".to_string(),
                "media briefing".to_string()
            ]]
        );
    }

    #[test]
    fn the_same_noun_described_otherwise_conflicts() {
        assert_eq!(
            occasions(&[
                "Ana Vale said at a press conference that the port stays shut.",
                "Ana Vale said at a news conference that the port stays shut.",
            ]),
            vec![vec![
                "press conference".to_string(),
                "news conference".to_string()
            ]]
        );
    }

    #[test]
    fn a_word_added_to_the_same_noun_does_not() {
        assert!(occasions(&[
            "Ana Vale said in an interview that the port stays shut.",
            "Ana Vale said in an extended interview that the port stays shut.",
        ])
        .is_empty());
    }

    #[test]
    fn a_place_added_does_not() {
        assert!(occasions(&[
            "Ana Vale said at a briefing that the port stays shut.",
            "Ana Vale said at the briefing in Tallinn that the port stays shut.",
        ])
        .is_empty());
    }

    #[test]
    fn the_medium_is_read_with_the_occasion() {
        assert_eq!(
            occasions(&[
                "Ana Vale said in an interview on the council's website that the port stays shut.",
                "Ana Vale said in a video on the council's channels that the port stays shut.",
            ]),
            vec![vec![
                "interview on the council's website".to_string(),
                "video on the council's channels".to_string()
            ]]
        );
    }

    #[test]
    fn the_occasion_may_be_named_where_the_speaker_is() {
        assert_eq!(
            occasions_in_first(
                "Ana Vale, 56, announced it in a video on the council's channels. The port stays shut.",
                "Ana Vale said at a briefing that the port stays shut.",
            ),
            vec![vec![
                "video on the council's channels".to_string(),
                "briefing".to_string()
            ]]
        );
    }

    #[test]
    fn an_occasion_inside_the_quotes_is_the_speaker_s_words() {
        assert!(occasions(&[
            "“I said at the summit that the port stays shut,” Ana Vale said.",
            "“I said in my speech that the port stays shut,” Ana Vale said.",
        ])
        .is_empty());
    }
}
