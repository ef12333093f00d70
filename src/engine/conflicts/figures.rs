//! Figures outside the quotes that related articles give differently for the same thing. Two
//! figures count the same thing when they count the same noun (the first content word after
//! the figure, up to inflection, or the last before it) and are close (neither more than a
//! quarter above the other), or share one more word beside them and neither is more than twice
//! the other. They conflict when their values, or their hedges, differ. Figures are read as
//! values, so spellings of one number agree; ordinals and a lone `one` are no counts.
//!
//! | one article | another | conflict? |
//! |---|---|---|
//! | `412 people were killed` | `the attack killed 421 people` | yes |
//! | `over 400 people were killed` | `412 people were killed` | yes: a hedge against a count |
//! | `2,500 ships` | `two and a half thousand ships` | no: the same value |
//! | `nine years at the port` | `eight-and-a-half years at the port` | yes |
//! | `3 ports closed` | `400 people closed ranks` | no: more than twice |
//! | `120,000 soldiers left` | `180,000 soldiers stayed` | no: far apart, only the noun in common |
//! | `the second day` | `the first day` | no: ordinals rank, they do not count |
//! | `in 2029` | `in 2030` | no: a year is a date, not a count |
//! | `COVID-19 cases` | `COVID-20 cases` | no: digits glued to a name |
//!
//! Cost: one pass over each article's tokens for its figures; figures are grouped by their noun
//! through a map, and a group larger than one fact can be is skipped (`MAX_FIGURES_PER_NOUN`).

use super::{is_capitalised, ArticleFacts, FrameWord};
use crate::engine::fasthash::FastMap;
use crate::engine::lexicon::{is_hedge, is_reporting_verb, is_stopword};
use crate::engine::model::{Conflict, ConflictKind, Excerpt};
use crate::engine::normalize::stem;
use crate::engine::numbers::{is_ordinal, number_at, writes_a_figure, Value};
use crate::engine::order::{pack, sort_by_rank};
use crate::engine::token::{Token, TokenKind};

/// Words after a figure (and before it) that say what it counts.
const WORDS_AFTER: usize = 3;
const WORDS_BEFORE: usize = 2;

/// How far apart (in per cent above the smaller) two figures with only their noun in common
/// may be, and two that share one more word.
const CLOSE_PERCENT: i128 = 25;
const RELATED_PERCENT: i128 = 100;

/// Figures one noun may count and still be compared pair by pair.
const MAX_FIGURES_PER_NOUN: usize = 64;

/// A figure outside the quotes.
#[derive(Debug, Clone)]
struct Figure {
    excerpt: Excerpt,
    value: Value,
    /// The hedge before it (`over`, `at least`), as written, lower case.
    hedge: String,
    /// The stem of the noun it counts (with `-` when glued, as in `56-year-old`).
    head: String,
    /// Stems of the content words beside it.
    context: Vec<String>,
}

/// The figure conflicts between related articles.
pub(super) fn figure_conflicts(
    articles: &[ArticleFacts],
    frames: &[Vec<FrameWord>],
    related: &dyn Fn(usize, usize) -> bool,
) -> Vec<Conflict> {
    let figures: Vec<Figure> = articles
        .iter()
        .zip(frames)
        .enumerate()
        .flat_map(|(a, (art, frame))| article_figures(a, art, frame))
        .collect();
    // Figures that count the same noun, through that noun: no other pair is compared.
    let mut by_word: FastMap<String, Vec<usize>> = FastMap::default();
    for (i, f) in figures.iter().enumerate() {
        by_word.entry(f.head.clone()).or_default().push(i);
    }
    let mut parent: Vec<usize> = (0..figures.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for members in by_word.values() {
        // A noun counted that often is a table of figures, not one fact told differently; and
        // its pairs would cost the square of their number.
        if members.len() > MAX_FIGURES_PER_NOUN {
            continue;
        }
        crate::engine::work::add(members.len() * members.len());
        for (k, &i) in members.iter().enumerate() {
            for &j in &members[k + 1..] {
                let (x, y) = (&figures[i], &figures[j]);
                let more_in_common = x
                    .context
                    .iter()
                    .any(|w| *w != x.head && y.context.contains(w));
                let limit = if more_in_common {
                    RELATED_PERCENT
                } else {
                    CLOSE_PERCENT
                };
                if related(x.excerpt.article, y.excerpt.article) && within(x.value, y.value, limit)
                {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    parent[ri] = rj;
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: FastMap<usize, usize> = FastMap::default();
    for i in 0..figures.len() {
        let r = root(&mut parent, i);
        let g = *group_of.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    let mut out: Vec<Conflict> = groups
        .into_iter()
        .filter(|g| {
            // Two articles that give the thing differently.
            g.iter().any(|&i| {
                g.iter().any(|&j| {
                    let (x, y) = (&figures[i], &figures[j]);
                    x.excerpt.article != y.excerpt.article
                        && (x.value != y.value || x.hedge != y.hedge)
                })
            })
        })
        .map(|mut g| {
            // An article that repeats a figure is listed once for it.
            sort_by_rank(&mut g, |&i| {
                pack(figures[i].excerpt.article, figures[i].excerpt.start)
            });
            g.dedup_by_key(|&mut i| {
                let f = &figures[i];
                (f.excerpt.article, f.value, f.hedge.clone())
            });
            let mut mentions: Vec<Excerpt> =
                g.iter().map(|&i| figures[i].excerpt.clone()).collect();
            sort_by_rank(&mut mentions, |m| pack(m.article, m.start));
            Conflict {
                kind: ConflictKind::Number,
                mentions,
            }
        })
        .collect();
    sort_by_rank(&mut out, |c| {
        pack(c.mentions[0].article, c.mentions[0].start)
    });
    out
}

/// True when the larger value is at most `percent` per cent above the smaller.
fn within(a: Value, b: Value, percent: i128) -> bool {
    let (lo, hi) = (a.0.min(b.0), a.0.max(b.0));
    (lo > 0 || hi == 0) && hi.saturating_mul(100) <= lo.saturating_mul(100 + percent)
}

/// The figures of one article outside the quotes, each with its hedge and context words.
fn article_figures(a: usize, art: &ArticleFacts, frame: &[FrameWord]) -> Vec<Figure> {
    let (text, tokens) = (art.text, art.tokens);
    let mut out = Vec::new();
    let mut k = 0;
    while k < frame.len() {
        let w = frame[k];
        let Some(number) = number_at(tokens, text, w.token)
            .filter(|_| counts(&tokens[w.token]) && !is_name_or_date(art, w.token))
        else {
            k += 1;
            continue;
        };
        let last = w.token + number.tokens - 1;
        // The frame words the figure takes, and the ones after it.
        let mut after = k + 1;
        while after < frame.len() && frame[after].token <= last {
            after += 1;
        }
        let same_sentence = |f: &FrameWord| f.sentence == w.sentence;
        let hedge_words: Vec<&Token> = frame[..k]
            .iter()
            .rev()
            .take_while(|f| same_sentence(f))
            .take(2)
            .map(|f| &tokens[f.token])
            .collect();
        let hedge = hedge_before(&hedge_words);
        let start = hedge_words
            .get(hedge.len().saturating_sub(1))
            .filter(|_| !hedge.is_empty())
            .map_or(tokens[w.token].start, |t| t.start);
        let content = |f: &FrameWord| {
            let t = &tokens[f.token];
            (t.kind == TokenKind::Word
                && !is_stopword(&t.key)
                && !is_hedge(&t.key)
                && !writes_a_figure(&t.key))
            .then(|| stem(&t.key).to_string())
        };
        let after_words: Vec<String> = frame[after..]
            .iter()
            .take_while(|f| same_sentence(f))
            .take(WORDS_AFTER)
            .filter_map(content)
            .collect();
        // Before the figure, the speaker and the reporting verb say who told it, not what it
        // counts (`Vale said 412 …`).
        let before_words: Vec<String> = frame[..k]
            .iter()
            .rev()
            .take_while(|f| same_sentence(f))
            .take(WORDS_BEFORE)
            .filter(|f| {
                let t = &tokens[f.token];
                !is_reporting_verb(&t.key) && !is_capitalised(text, t)
            })
            .filter_map(content)
            .collect();
        // A noun glued on by a hyphen (`56-year-old`) is another thing than one apart.
        let glued = tokens
            .get(last + 1)
            .is_some_and(|t| t.key == "-" && t.start == tokens[last].end);
        let head = after_words
            .first()
            .map(|w| if glued { format!("-{w}") } else { w.clone() })
            .or_else(|| before_words.first().cloned());
        let mut context: Vec<String> = after_words.into_iter().chain(before_words).collect();
        context.sort_unstable();
        context.dedup();
        if let Some(head) = head {
            let end = tokens[last].end;
            out.push(Figure {
                excerpt: Excerpt {
                    article: a,
                    start,
                    end,
                    text: text[start..end].to_string(),
                },
                value: number.value,
                hedge: hedge.join(" "),
                head,
                context,
            });
        }
        k = after;
    }
    out
}

/// True for a figure that counts: not an ordinal (`second`, `20th` rank), not a lone `one`
/// (as often a pronoun).
fn counts(t: &Token) -> bool {
    t.key != "one" && !is_ordinal(&t.key)
}

/// The hedge that stands right before a figure, nearest word first in `before` (`at least`,
/// `more than`, `up to`, `over`, `some`), in text order.
fn hedge_before(before: &[&Token]) -> Vec<String> {
    let key = |i: usize| before.get(i).map_or("", |t| t.key.as_str());
    let two = matches!(
        (key(1), key(0)),
        ("at", "least" | "most") | ("more" | "less" | "fewer", "than") | ("up", "to")
    );
    if two {
        vec![key(1).to_string(), key(0).to_string()]
    } else if is_hedge(key(0)) && !matches!(key(0), "least" | "most" | "up" | "more" | "less") {
        vec![key(0).to_string()]
    } else {
        Vec::new()
    }
}

/// True for a figure that is no count: a year (`2029`), a day of a month (`May 5`, `5 May`),
/// or digits glued to a name by a hyphen (`COVID-19`).
fn is_name_or_date(art: &ArticleFacts, i: usize) -> bool {
    let (text, tokens) = (art.text, art.tokens);
    let t = &tokens[i];
    let raw = t.text(text);
    if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let glued = i >= 2
        && tokens[i - 1].key == "-"
        && tokens[i - 1].end == t.start
        && tokens[i - 2].end == tokens[i - 1].start
        && tokens[i - 2].kind == TokenKind::Word;
    let word_beside = |step: isize| -> Option<&Token> {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < tokens.len() {
            let u = &tokens[j as usize];
            if u.kind != TokenKind::Space {
                return Some(u);
            }
            j += step;
        }
        None
    };
    let beside_month = [-1, 1].into_iter().any(|s| {
        word_beside(s).is_some_and(|u| crate::engine::lexicon::is_month(&u.key) && raw.len() <= 2)
    });
    glued || beside_month
}

#[cfg(test)]
mod tests {
    use super::super::tests::conflicts;
    use super::*;

    fn numbers(texts: &[&str]) -> Vec<Vec<String>> {
        conflicts(texts)
            .into_iter()
            .filter(|c| c.0 == ConflictKind::Number)
            .map(|c| c.1)
            .collect()
    }

    #[test]
    fn one_example_per_row_of_the_table() {
        assert_eq!(
            numbers(&[
                "Officials said 412 people were killed.",
                "The attack killed 421 people."
            ]),
            [["412", "421"]]
        );
        assert_eq!(
            numbers(&[
                "Officials said over 400 people were killed.",
                "Officials said 412 people were killed."
            ]),
            [["over 400", "412"]]
        );
        assert!(numbers(&[
            "Vale said 2,500 ships wait.",
            "Vale said two and a half thousand ships wait."
        ])
        .is_empty());
        assert_eq!(
            numbers(&[
                "Vale leaves after nine years at the port.",
                "Vale leaves after eight-and-a-half years at the port."
            ]),
            [["nine", "eight-and-a-half"]]
        );
        assert!(numbers(&[
            "Vale said 3 ports closed.",
            "Vale said 400 people closed ranks."
        ])
        .is_empty());
        assert!(numbers(&[
            "The port opened in 2029 for ships.",
            "The port opened in 2030 for ships."
        ])
        .is_empty());
        assert!(numbers(&[
            "Vale counted COVID-19 cases.",
            "Vale counted COVID-20 cases."
        ])
        .is_empty());
    }

    #[test]
    fn figures_far_apart_or_ranked_are_no_conflict() {
        assert!(numbers(&[
            "Vale said 120,000 soldiers left.",
            "Vale said 180,000 soldiers stayed."
        ])
        .is_empty());
        assert!(numbers(&[
            "It was the second day of talks.",
            "It was the first day of talks."
        ])
        .is_empty());
        // Far apart but counting the same noun with the same verb: one conflict.
        assert_eq!(
            numbers(&[
                "Vale said 120,000 soldiers were killed.",
                "Vale said 180,000 soldiers were killed."
            ]),
            [["120,000", "180,000"]]
        );
    }

    #[test]
    fn a_day_of_a_month_is_no_count() {
        assert!(numbers(&[
            "Vale spoke on May 5 about ships.",
            "Vale spoke on May 6 about ships."
        ])
        .is_empty());
    }
}
