//! Facts outside the quotes that articles about the same event give differently.
//!
//! Two articles are about the same event when they share a statement. Between such articles:
//!
//! - **Names.** A capitalised word (not the first of its sentence, five letters or more, outside
//!   quote marks) spelled two ways: one letter changed, two neighbouring letters swapped, or an
//!   accent added (`Minks` / `Minsk`, `Shoigy` / `Shoigu`, `Défense` / `Defense`). Candidates are
//!   found through one-deletion keys, not by comparing every pair of words.
//! - **Dates.** A sentence outside the quotes that names a speaker of a shared statement and a
//!   weekday (or a month), where another article's sentence naming the same speaker gives a
//!   different weekday (or month): `Vale said on Friday` / `Vale said … on Thursday`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::attribution::people::same_name as same_speaker;
use super::distance::within_one_edit;
use super::layout::Layout;
use super::lexicon::{MONTHS, WEEKDAYS};
use super::model::{Conflict, ConflictKind, Excerpt, Span};
use super::normalize::fold_accents;
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
}

/// A statement as conflict detection sees it: which articles carry it, and who says it.
#[derive(Debug, Clone)]
pub struct SharedStatement {
    /// Articles that carry the statement.
    pub articles: Vec<usize>,
    /// Speakers named by its versions.
    pub speakers: Vec<String>,
}

/// Finds name and date conflicts between articles that share a statement.
pub fn find_conflicts(articles: &[ArticleFacts], shared: &[SharedStatement]) -> Vec<Conflict> {
    let related = |a: usize, b: usize| {
        shared
            .iter()
            .any(|s| s.articles.contains(&a) && s.articles.contains(&b))
    };
    // The words outside the quotes, once per article: both kinds of conflict read them.
    let frames: Vec<Vec<FrameWord>> = articles.iter().map(frame_words).collect();
    let mut out = name_conflicts(articles, &frames, &related);
    out.extend(date_conflicts(articles, &frames, shared));
    // The same disagreement found through two speakers (or two spellings) is one conflict:
    // keep only conflicts whose mentions are not all part of another's.
    let mentions = |c: &Conflict| -> Vec<(usize, usize)> {
        let mut set: Vec<(usize, usize)> =
            c.mentions.iter().map(|m| (m.article, m.start)).collect();
        set.sort_unstable();
        set.dedup();
        set
    };
    let sets: Vec<Vec<(usize, usize)>> = out.iter().map(mentions).collect();
    let subset =
        |x: &[(usize, usize)], y: &[(usize, usize)]| x.iter().all(|m| y.binary_search(m).is_ok());
    let keep: Vec<bool> = (0..out.len())
        .map(|i| {
            !(0..out.len())
                .any(|j| j != i && subset(&sets[i], &sets[j]) && (sets[i] != sets[j] || j < i))
        })
        .collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect()
}

/// A word token outside the quotations: its sentence, whether it opens that sentence, itself.
type FrameWord<'a> = (usize, bool, &'a Token);

/// Word tokens outside quotations and noise, with the index of their sentence and whether they
/// open it.
fn frame_words<'a>(art: &ArticleFacts<'a>) -> Vec<FrameWord<'a>> {
    let quotations = &art.layout.quotations;
    let mut q = 0; // quotations and tokens are both in text order: walk them together
    let mut out = Vec::new();
    for (si, sentence) in art.layout.sentences.iter().enumerate() {
        let first = art.tokens.partition_point(|t| t.end <= sentence.start);
        let mut opening = true;
        for t in art.tokens[first..]
            .iter()
            .take_while(|t| t.end <= sentence.end)
        {
            if t.kind != TokenKind::Word {
                continue;
            }
            while q < quotations.len() && quotations[q].outer.end <= t.start {
                q += 1;
            }
            let quoted = quotations
                .get(q)
                .is_some_and(|quote| quote.outer.contains(&Span::new(t.start, t.end)));
            if !quoted {
                out.push((si, opening, t));
            }
            opening = false;
        }
    }
    out
}

fn is_capitalised(text: &str, t: &Token) -> bool {
    t.text(text).chars().next().is_some_and(char::is_uppercase)
}

fn name_conflicts(
    articles: &[ArticleFacts],
    frames: &[Vec<FrameWord>],
    related: &dyn Fn(usize, usize) -> bool,
) -> Vec<Conflict> {
    // key → article → first occurrence
    let mut forms: BTreeMap<String, BTreeMap<usize, Excerpt>> = BTreeMap::new();
    for (ai, art) in articles.iter().enumerate() {
        for &(_, opening, t) in &frames[ai] {
            if opening || !is_capitalised(art.text, t) || t.key.chars().count() < 5 {
                continue;
            }
            forms
                .entry(t.key.to_string())
                .or_default()
                .entry(ai)
                .or_insert_with(|| Excerpt {
                    article: ai,
                    start: t.start,
                    end: t.end,
                    text: t.text(art.text).to_string(),
                });
        }
    }
    // One-deletion keys (and the accent-free form) bring respellings together.
    let mut buckets: HashMap<String, BTreeSet<&str>> = HashMap::new();
    for key in forms.keys() {
        let folded = fold_accents(key);
        let chars: Vec<char> = folded.chars().collect();
        buckets.entry(folded.clone()).or_default().insert(key);
        for skip in 0..chars.len() {
            let deleted: String = chars
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, c)| *c)
                .collect();
            buckets.entry(deleted).or_default().insert(key);
        }
    }
    let mut pairs: BTreeSet<(&str, &str)> = BTreeSet::new();
    for keys in buckets.values() {
        let keys: Vec<&str> = keys.iter().copied().collect();
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                pairs.insert((a, b));
            }
        }
    }
    let mut out = Vec::new();
    for (a, b) in pairs {
        let (fa, fb) = (fold_accents(a), fold_accents(b));
        // One letter changed or two swapped, not one dropped: `Minks`/`Minsk`, not `Vale`/`Val`.
        let respelled =
            fa == fb || (fa.chars().count() == fb.chars().count() && within_one_edit(&fa, &fb));
        if !respelled {
            continue;
        }
        let (in_a, in_b) = (&forms[a], &forms[b]);
        let only_a: Vec<usize> = in_a
            .keys()
            .filter(|k| !in_b.contains_key(k))
            .copied()
            .collect();
        let only_b: Vec<usize> = in_b
            .keys()
            .filter(|k| !in_a.contains_key(k))
            .copied()
            .collect();
        let disagree = only_a
            .iter()
            .any(|&x| only_b.iter().any(|&y| related(x, y)));
        if disagree {
            let mut mentions: Vec<Excerpt> = in_a.values().chain(in_b.values()).cloned().collect();
            mentions.sort_by_key(|m| (m.article, m.start));
            out.push(Conflict {
                kind: ConflictKind::Name,
                mentions,
            });
        }
    }
    out
}

fn date_conflicts(
    articles: &[ArticleFacts],
    frames: &[Vec<FrameWord>],
    shared: &[SharedStatement],
) -> Vec<Conflict> {
    let mut out = Vec::new();
    let mut speakers: Vec<(&str, Vec<usize>)> = Vec::new();
    for s in shared {
        for name in &s.speakers {
            match speakers.iter_mut().find(|(n, _)| same_speaker(n, name)) {
                Some((_, arts)) => arts.extend(s.articles.iter().copied()),
                None => speakers.push((name, s.articles.clone())),
            }
        }
    }
    // Each speaker's articles once, in article order.
    for (_, arts) in &mut speakers {
        arts.sort_unstable();
        arts.dedup();
    }
    // The weekdays and the months of each article's frame words, found once (not once per
    // speaker): [article][0 weekdays, 1 months].
    let calendar_words: Vec<[Vec<&FrameWord>; 2]> = articles
        .iter()
        .zip(frames)
        .map(|(art, words)| {
            let of = |calendar: &[&str], is_month: bool| {
                words
                    .iter()
                    .filter(|&&(_, _, t)| {
                        calendar.contains(&t.key.as_str())
                            // "may" is a month only when capitalised mid-sentence.
                            && (!is_month || is_capitalised(art.text, t))
                    })
                    .collect()
            };
            [of(&WEEKDAYS, false), of(&MONTHS, true)]
        })
        .collect();
    for (speaker, arts) in speakers {
        for calendar in [0, 1] {
            let mut mentions: Vec<Excerpt> = Vec::new();
            for &ai in &arts {
                let art = &articles[ai];
                let words = &frames[ai];
                let names_speaker = |si: usize| {
                    words
                        .iter()
                        .any(|&(s, _, t)| s == si && same_speaker(t.text(art.text), speaker))
                };
                let found = calendar_words[ai][calendar]
                    .iter()
                    .find(|&&&(si, _, _)| names_speaker(si));
                if let Some(&&(_, _, t)) = found {
                    mentions.push(Excerpt {
                        article: ai,
                        start: t.start,
                        end: t.end,
                        text: t.text(art.text).to_string(),
                    });
                }
            }
            if mentions.iter().any(|m| m.text != mentions[0].text) {
                out.push(Conflict {
                    kind: ConflictKind::Date,
                    mentions,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::layout::layout;
    use crate::engine::token::tokenize;

    fn conflicts(texts: &[&str], speaker: &str) -> Vec<(ConflictKind, Vec<String>)> {
        let tokens: Vec<_> = texts.iter().map(|t| tokenize(t)).collect();
        let layouts: Vec<_> = texts.iter().map(|t| layout(t, &[])).collect();
        let facts: Vec<ArticleFacts> = (0..texts.len())
            .map(|i| ArticleFacts {
                text: texts[i],
                tokens: &tokens[i],
                layout: &layouts[i],
            })
            .collect();
        let shared = [SharedStatement {
            articles: (0..texts.len()).collect(),
            speakers: vec![speaker.to_string()],
        }];
        find_conflicts(&facts, &shared)
            .into_iter()
            .map(|c| (c.kind, c.mentions.into_iter().map(|m| m.text).collect()))
            .collect()
    }

    #[test]
    fn a_weekday_and_a_city_that_differ() {
        let found = conflicts(
            &[
                "Port Minister Ana Vale said on Friday in Tallinm that ships wait.",
                "Ana Vale spoke in Tallinn on Thursday about the port.",
            ],
            "Vale",
        );
        assert!(found.contains(&(ConflictKind::Name, vec!["Tallinm".into(), "Tallinn".into()])));
        assert!(found.contains(&(ConflictKind::Date, vec!["Friday".into(), "Thursday".into()])));
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn words_inside_quotes_and_unrelated_names_are_not_conflicts() {
        let found = conflicts(
            &[
                "Ana Vale said: “We met in Tallinm on Friday.” Russia agreed.",
                "Ana Vale spoke in Tallinn on Thursday. Russian ships wait.",
            ],
            "Vale",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_accent_is_a_respelling() {
        let found = conflicts(
            &[
                "The Port Défense Office met Vale.",
                "The Port Defense Office met Vale.",
            ],
            "Vale",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, ConflictKind::Name);
    }
}
