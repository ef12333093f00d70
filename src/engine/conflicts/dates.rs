//! When a statement was made, as each article tells it: the first weekday, month or `today` /
//! `yesterday` outside the quotes, beside a reporting verb, in the sentences that carry or
//! attribute the statement (`Vale said on Friday`, `“…,” Vale said in March`), or else in a
//! sentence that names its speaker. Articles that tell it differently conflict.
//!
//! A weekday or `yesterday` is counted back from the article's own date when its dateline
//! gives one, so that `on Friday` in an article of Saturday 5 May and `on 4 May` elsewhere are
//! the same day, and `on Thursday` is not:
//!
//! | one article | another | conflict? |
//! |---|---|---|
//! | `on Friday` | `on Thursday` | yes |
//! | `on Friday morning` | `on Friday` | yes: one says when in the day, the other does not |
//! | `on Friday` (dated Sat 5 May) | `on 4 May` | no: the same day |
//! | `on Friday` (dated Sat 5 May) | `on 3 May` | yes |
//! | `in January` | `on Friday` (undated) | yes: a weekday is this week, a month may not be |
//! | `yesterday` (undated) | `on Friday` | no: nothing to count from |
//!
//! Cost: each article's dates are found once, in one pass over its tokens (not once per
//! speaker or per statement); the comparison is per speaker over those lists, which are short.

use super::{is_capitalised, joined, ArticleFacts, FrameWord, SharedStatement};
use crate::engine::dateline::{month_of, weekday_of, Date};
use crate::engine::fasthash::FastMap;
use crate::engine::lexicon::{is_month, is_reporting_verb, opens_a_clause, DAY_PARTS};
use crate::engine::model::{Conflict, ConflictKind, Excerpt};
use crate::engine::token::TokenKind;

/// One article's account of when a statement was made.
#[derive(Debug, Clone)]
struct When {
    excerpt: Excerpt,
    /// The day as a day number, when it can be worked out.
    day: Option<i64>,
    weekday: Option<u8>,
    month: Option<u8>,
    day_of_month: Option<u8>,
    /// `morning`, `evening`, … when given.
    part: Option<String>,
    /// `today`, `yesterday` or `tomorrow`, which say nothing without the article's date.
    relative: bool,
}

/// The date conflicts of each shared statement.
pub(super) fn date_conflicts(
    articles: &[ArticleFacts],
    frames: &[Vec<FrameWord>],
    shared: &[SharedStatement],
) -> Vec<Conflict> {
    let indexes: Vec<ArticleDates> = articles
        .iter()
        .zip(frames)
        .map(|(art, frame)| ArticleDates::of(art, frame))
        .collect();
    // Each article and surname's date in a sentence that names the speaker, found once
    // (`NONE` when there is none).
    const NONE: usize = usize::MAX;
    let mut by_speaker: FastMap<String, usize> = FastMap::default();
    let mut out: Vec<Vec<Excerpt>> = Vec::new();
    for s in shared {
        let mut whens: Vec<When> = Vec::new();
        for &a in &s.articles {
            let (art, frame, index) = (&articles[a], &frames[a], &indexes[a]);
            let at = index.in_statement(a, art, s).or_else(|| {
                s.speakers
                    .iter()
                    .filter_map(|n| n.split_whitespace().last())
                    .filter_map(|surname| {
                        let key = format!("{a} {surname}");
                        let at = *by_speaker
                            .entry(key)
                            .or_insert_with(|| index.naming(art, frame, surname).unwrap_or(NONE));
                        (at != NONE).then_some(at)
                    })
                    .min()
            });
            if let Some(at) = at {
                whens.push(read_when(a, art, &frame[at..]));
            }
        }
        whens.retain(|w| w.day.is_some() || !w.relative);
        let disagree = whens.iter().enumerate().any(|(i, x)| {
            whens[i + 1..]
                .iter()
                .any(|y| y.excerpt.article != x.excerpt.article && differ(x, y))
        });
        if disagree {
            out.push(whens.into_iter().map(|w| w.excerpt).collect());
        }
    }
    joined(out, ConflictKind::Date)
}

/// Where one article's date words are, found once for all its statements.
struct ArticleDates {
    /// For each sentence with one, the date word (index in the frame) a statement it carries
    /// tells: the first that belongs to a reporting verb, or the first at all when the
    /// sentence has no verb.
    by_sentence: FastMap<usize, usize>,
    /// The date words that belong to a reporting verb, in order.
    near_verb: Vec<usize>,
}

impl ArticleDates {
    fn of(art: &ArticleFacts, frame: &[FrameWord]) -> ArticleDates {
        let is_date = |w: &FrameWord| {
            let t = &art.tokens[w.token];
            let key = t.key.as_str();
            t.kind == TokenKind::Word
                && (weekday_of(key).is_some()
                    || matches!(key, "today" | "yesterday" | "tomorrow")
                    // `May` is a month only when capitalised mid-sentence.
                    || (is_month(key) && is_capitalised(art.text, t) && !w.opening))
        };
        let is_verb = |w: &FrameWord| is_reporting_verb(&art.tokens[w.token].key);
        // A date belongs to a verb when nothing opens another clause between them.
        let near_verb = |i: usize| {
            let si = frame[i].sentence;
            let date = &art.tokens[frame[i].token];
            let after = (i.saturating_sub(MAX_WORDS_AFTER_VERB)..i).any(|v| {
                let verb = &art.tokens[frame[v].token];
                frame[v].sentence == si && is_verb(&frame[v]) && {
                    let between = &art.text[verb.end..date.start];
                    !between.contains([',', ';', ':', '—', '(', '“', '"'])
                        && !frame[v + 1..i]
                            .iter()
                            .any(|w| opens_a_clause(&art.tokens[w.token].key))
                }
            });
            let before = (i + 1..(i + 1 + MAX_WORDS_BEFORE_VERB).min(frame.len()))
                .any(|v| frame[v].sentence == si && is_verb(&frame[v]));
            after || before
        };
        let mut with_verb: FastMap<usize, usize> = FastMap::default();
        for w in frame.iter().filter(|w| is_verb(w)) {
            with_verb.insert(w.sentence, 0);
        }
        let mut out = ArticleDates {
            by_sentence: FastMap::default(),
            near_verb: Vec::new(),
        };
        for i in (0..frame.len()).filter(|&i| is_date(&frame[i])) {
            let belongs = near_verb(i);
            if belongs {
                out.near_verb.push(i);
            }
            let si = frame[i].sentence;
            if belongs || !with_verb.contains_key(&si) {
                out.by_sentence.entry(si).or_insert(i);
            }
        }
        out
    }

    /// The date word of the first sentence of article `a` that carries or attributes `s`.
    fn in_statement(&self, a: usize, art: &ArticleFacts, s: &SharedStatement) -> Option<usize> {
        let sentences = &art.layout.sentences;
        let mut best: Option<usize> = None;
        for &(_, span) in s.passages.iter().filter(|(pa, _)| *pa == a) {
            let first = sentences.partition_point(|x| x.end <= span.start);
            for (si, sentence) in sentences.iter().enumerate().skip(first) {
                if sentence.start >= span.end {
                    break;
                }
                if let Some(&i) = self.by_sentence.get(&si) {
                    best = Some(best.map_or(i, |b| b.min(i)));
                }
            }
        }
        best
    }

    /// The first date word that belongs to a verb in a sentence naming `surname`.
    fn naming(&self, art: &ArticleFacts, frame: &[FrameWord], surname: &str) -> Option<usize> {
        let names = |si: usize| {
            let first = frame.partition_point(|w| w.sentence < si);
            crate::engine::work::add(1);
            frame[first..]
                .iter()
                .take_while(|w| w.sentence == si)
                .any(|w| art.tokens[w.token].text(art.text) == surname)
        };
        // Each sentence is looked at once, however many dates it has.
        let mut seen = FastMap::default();
        self.near_verb.iter().copied().find(|&i| {
            let si = frame[i].sentence;
            *seen.entry(si).or_insert_with(|| names(si))
        })
    }
}

/// True when two accounts of the day disagree (see the module docs).
fn differ(x: &When, y: &When) -> bool {
    let parts_differ = x.part != y.part;
    match (x.day, y.day) {
        (Some(a), Some(b)) => return a != b || parts_differ,
        // One day is known: the other's weekday, month and day of the month are checked
        // against it.
        (Some(day), None) | (None, Some(day)) => {
            let other = if x.day.is_some() { y } else { x };
            if other.relative {
                return false;
            }
            let known = Date::from_day_number(day);
            let differs =
                |a: Option<u8>, b: Option<u8>| matches!((a, b), (Some(p), Some(q)) if p != q);
            return differs(known.weekday, other.weekday)
                || differs(known.month, other.month)
                || differs(known.day, other.day_of_month)
                || parts_differ;
        }
        (None, None) if x.relative || y.relative => return false,
        (None, None) => {}
    }
    match (x.weekday, y.weekday, x.month, y.month) {
        (Some(a), Some(b), ..) => a != b || parts_differ,
        (_, _, Some(a), Some(b)) => {
            a != b || matches!((x.day_of_month, y.day_of_month), (Some(p), Some(q)) if p != q)
        }
        // A weekday beside a month: nothing tells they agree.
        _ => true,
    }
}

/// Words a date may follow its reporting verb by (`said at a meeting of the port's council in
/// Tallinn on Friday`), and precede it by (`On Friday, Vale said`).
const MAX_WORDS_AFTER_VERB: usize = 12;
const MAX_WORDS_BEFORE_VERB: usize = 5;

/// The date mention that starts at `words[0]`, with the words after it that belong to it (a
/// part of the day, a day of the month, a year).
fn read_when(a: usize, art: &ArticleFacts, words: &[FrameWord]) -> When {
    let text = art.text;
    let first = &art.tokens[words[0].token];
    let mut date = Date::default();
    let mut part = None;
    let mut relative = false;
    let mut end = first.end;
    match first.key.as_str() {
        k if weekday_of(k).is_some() => date.weekday = weekday_of(k),
        "today" | "yesterday" | "tomorrow" => relative = true,
        k => date.month = month_of(k),
    }
    // Up to three more words of the same sentence, each right after the last (`Friday, May
    // 5, 2023`, `May 5`, `Friday morning`).
    for w in words.iter().skip(1).take(3) {
        let t = &art.tokens[w.token];
        let gap = &text[end..t.start];
        if w.sentence != words[0].sentence || !gap.trim_matches([' ', ',']).is_empty() {
            break;
        }
        let key = t.key.as_str();
        if part.is_none() && DAY_PARTS.contains(&key) {
            part = Some(key.to_string());
        } else if date.month.is_none() && month_of(key).is_some() && is_capitalised(text, t) {
            date.month = month_of(key);
        } else if let (TokenKind::Number, Ok(n)) = (t.kind, key.parse::<u16>()) {
            match n {
                1..=31 if date.day.is_none() && date.month.is_some() => date.day = Some(n as u8),
                1000..=2999 if date.month.is_some() => date.year = Some(n),
                _ => break,
            }
        } else {
            break;
        }
        end = t.end;
    }
    // `5 May`: the day before the month.
    let mut start = first.start;
    if date.month.is_some() && date.day.is_none() {
        if let Some(prev) = art.tokens[..words[0].token]
            .iter()
            .rev()
            .find(|t| t.kind != TokenKind::Space)
        {
            if let (TokenKind::Number, Ok(n @ 1..=31)) = (prev.kind, prev.key.parse::<u8>()) {
                if text[prev.end..first.start].trim().is_empty() {
                    date.day = Some(n);
                    start = prev.start;
                }
            }
        }
    }
    let own = art.date.filter(|d| d.day_number().is_some());
    let day = resolve(&date, first.key.as_str(), own);
    When {
        excerpt: Excerpt {
            article: a,
            start,
            end,
            text: text[start..end].to_string(),
        },
        day,
        weekday: date.weekday,
        month: date.month,
        day_of_month: date.day,
        part,
        relative,
    }
}

/// The day number a mention names: a full date (the year from the article's date when the
/// mention has none), or a weekday or relative day counted from the article's date.
fn resolve(date: &Date, first_key: &str, own: Option<Date>) -> Option<i64> {
    if date.month.is_some() && date.day.is_some() {
        let year = date.year.or(own.and_then(|d| d.year))?;
        return Date {
            year: Some(year),
            ..*date
        }
        .day_number();
    }
    let today = own?.day_number()?;
    match (first_key, date.weekday) {
        ("today", _) => Some(today),
        ("yesterday", _) => Some(today - 1),
        ("tomorrow", _) => Some(today + 1),
        // The last such weekday on or before the article's date.
        (_, Some(wd)) => Some(today - (weekday_of_day(today) - i64::from(wd)).rem_euclid(7)),
        _ => None,
    }
}

/// The weekday (0 = Monday) of a day number of [`Date::day_number`].
fn weekday_of_day(day: i64) -> i64 {
    i64::from(Date::from_day_number(day).weekday.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{conflicts_dated, conflicts_in};
    use super::*;
    use crate::engine::model::Span;

    fn dated(y: u16, m: u8, d: u8) -> Option<Date> {
        Some(Date {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            weekday: None,
        })
    }

    fn dates_found(texts: &[&str], dates: &[Option<Date>]) -> Vec<Vec<String>> {
        conflicts_dated(texts, dates)
            .into_iter()
            .filter(|c| c.0 == ConflictKind::Date)
            .map(|c| c.1)
            .collect()
    }

    #[test]
    fn one_example_per_row_of_the_table() {
        let none = [None, None];
        assert_eq!(
            dates_found(
                &[
                    "Vale said on Friday that ships wait.",
                    "Vale said on Thursday that ships wait."
                ],
                &none
            ),
            [["Friday", "Thursday"]]
        );
        assert_eq!(
            dates_found(
                &[
                    "Vale said on Friday morning that ships wait.",
                    "Vale said on Friday that ships wait."
                ],
                &none
            ),
            [["Friday morning", "Friday"]]
        );
        // 5 May 2029 is a Saturday: its Friday is the 4th.
        let saturday = [dated(2029, 5, 5), None];
        assert!(dates_found(
            &[
                "Vale said on Friday that ships wait.",
                "Vale said on 4 May that ships wait."
            ],
            &saturday
        )
        .is_empty());
        assert_eq!(
            dates_found(
                &[
                    "Vale said on Friday that ships wait.",
                    "Vale said on May 3 that ships wait."
                ],
                &saturday
            ),
            [["Friday", "May 3"]]
        );
        assert_eq!(
            dates_found(
                &[
                    "Vale said in January that ships wait.",
                    "Vale said on Friday that ships wait."
                ],
                &none
            ),
            [["January", "Friday"]]
        );
        assert!(dates_found(
            &[
                "Vale said yesterday that ships wait.",
                "Vale said on Friday that ships wait."
            ],
            &none
        )
        .is_empty());
    }

    #[test]
    fn only_the_sentences_of_the_statement_count() {
        let texts = [
            "Vale said that ships wait. The port opened in October.",
            "Vale said that ships wait. The port opened in March.",
        ];
        // The statement is the first sentence of each: the months are about something else.
        let first_sentence = |t: &str| Span::new(0, t.find('.').unwrap() + 1);
        let found = conflicts_in(&texts, &[None, None], first_sentence);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_date_in_another_clause_is_about_something_else() {
        let texts = [
            "Vale said, thanking the crews who waited for weeks until yesterday, that ships wait.",
            "Vale said on Friday that ships wait.",
        ];
        assert!(dates_found(&texts, &[None, None]).is_empty());
        // A long place and occasion between the verb and the date is still the verb's.
        let texts = [
            "Vale spoke at the council's meeting of port ministers in Tallinn on Thursday.",
            "Vale said on Friday that ships wait.",
        ];
        assert_eq!(dates_found(&texts, &[None, None]), [["Thursday", "Friday"]]);
    }

    #[test]
    fn the_speaker_named_with_a_date_elsewhere_tells_when() {
        let texts = [
            "Ana Vale said on Friday the port is shut. Ships wait, she said.",
            "Ships wait, Vale said on Thursday.",
        ];
        // The statement is the last sentence of each: the first tells its date in its lede.
        let last_sentence = |t: &str| {
            let start = t[..t.len() - 1].rfind(". ").map_or(0, |i| i + 2);
            Span::new(start, t.len())
        };
        let found: Vec<_> = conflicts_in(&texts, &[None, None], last_sentence)
            .into_iter()
            .filter(|c| c.0 == ConflictKind::Date)
            .collect();
        assert_eq!(
            found,
            [(ConflictKind::Date, vec!["Friday".into(), "Thursday".into()])]
        );
    }

    #[test]
    fn weekdays_count_back_from_the_article_date() {
        let tuesday = Date {
            year: Some(2029),
            month: Some(5),
            day: Some(8),
            weekday: None,
        };
        let today = tuesday.day_number().unwrap();
        assert_eq!(weekday_of_day(today), 1);
        assert_eq!(
            resolve(
                &Date {
                    weekday: Some(4),
                    ..Date::default()
                },
                "friday",
                Some(tuesday)
            ),
            Some(today - 4)
        );
        assert_eq!(
            resolve(
                &Date {
                    weekday: Some(1),
                    ..Date::default()
                },
                "tuesday",
                Some(tuesday)
            ),
            Some(today)
        );
        assert_eq!(
            resolve(&Date::default(), "yesterday", Some(tuesday)),
            Some(today - 1)
        );
    }
}
