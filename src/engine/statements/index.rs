//! The candidate index: every segment as a list of stems, its content stems with their
//! inverse document frequency, and posting lists of stems and of neighbouring stem pairs.
//! Words news writers put for one another (`wounded` · `injured`, `refused` · `declined`, see
//! [`crate::engine::lexicon::news_synonym`]) have one stem, so a retelling in other news words
//! still shares them with the statement it retells.
//! Cost: linear in the words of all articles.

use super::ArticleParts;
use crate::engine::attribution::people::Speaker;
use crate::engine::dateline::{capitalised_month, day_of_month};
use crate::engine::fasthash::FastMap;
use crate::engine::key::Key;
use crate::engine::lexicon::{is_month, is_stopword, is_weekday, news_synonym};
use crate::engine::model::{Form, Span};
use crate::engine::normalize::Lowercase;
use crate::engine::normalize::{masked_word_at, stem};
use crate::engine::numbers::{number_at, Value};
use crate::engine::order::sort_by_rank;

/// A segment as the matcher sees it.
pub(super) struct SegmentWords {
    pub(super) article: usize,
    pub(super) segment: usize,
    /// Byte span of each word.
    pub(super) spans: Vec<Span>,
    /// Interned stem of each word.
    pub(super) stems: Vec<u32>,
    /// Whether each word is a content word.
    pub(super) content: Vec<bool>,
    /// Unique content stems.
    pub(super) bag: Vec<u32>,
    /// The segment's whole span.
    pub(super) span: Span,
    /// Clause punctuation inside the segment (`,` `;` `:` and spaced dashes).
    pub(super) breaks: Vec<Span>,
    pub(super) speaker: Option<Speaker>,
    pub(super) form: Form,
    /// The figures it gives (years aside), sorted.
    pub(super) numbers: Vec<Value>,
    /// The dates it gives in full, as (year, month, day) (see [`full_dates`]).
    pub(super) dates: Vec<(u16, u8, u8)>,
}

/// The dates that a segment's words give in full, as (year, month, day): a capitalised
/// month, in full or cut short, beside a day of the month, in either order, and then the
/// year. However an outlet writes it, it is one date; two passages that give one are likely
/// about one event, as two that give one large figure are. Without its year, a day is most
/// often the day of the news, which passages about anything else in the story name as well
/// (a photo's caption, the summit's schedule).
///
/// | words | dates |
/// |---|---|
/// | `declared on Jan. 30, 2020` | (2020, 1, 30) |
/// | `on 30 January 2020` | (2020, 1, 30) |
/// | `on Sept 4, 2021 and March 20, 2022` | (2021, 9, 4), (2022, 3, 20) |
/// | `on Jan. 30 in Geneva` | none: no year |
/// | `it may 30, 2020` | none: a month is capitalised |
/// | `January 2020` | none: no day |
pub(super) fn full_dates(text: &str, spans: &[Span]) -> Vec<(u16, u8, u8)> {
    let word = |span: &Span| &text[span.start..span.end];
    let month = |span: &Span| capitalised_month(word(span));
    let day = |span: &Span| day_of_month(word(span));
    let year = |span: &Span| {
        word(span)
            .parse::<u16>()
            .ok()
            .filter(|y| (1000..3000).contains(y))
    };
    let mut dates = Vec::new();
    for words in spans.windows(3) {
        let day_month = match (month(&words[0]), day(&words[1])) {
            (Some(m), Some(d)) => Some((m, d)),
            _ => day(&words[0]).zip(month(&words[1])).map(|(d, m)| (m, d)),
        };
        if let (Some((m, d)), Some(y)) = (day_month, year(&words[2])) {
            if !dates.contains(&(y, m, d)) {
                dates.push((y, m, d));
            }
        }
    }
    dates
}

/// What the candidate index is keyed by: a content stem, or two neighbouring content stems
/// (stopwords skipped). Pairs stay rare however large the input, so verbatim passages are
/// found even where every single word is common.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum IndexKey {
    Stem(u32),
    Pair(u32, u32),
}

pub(super) fn index_keys(seg: &SegmentWords) -> Vec<IndexKey> {
    let content: Vec<u32> = seg
        .stems
        .iter()
        .zip(&seg.content)
        .filter_map(|(&s, &c)| c.then_some(s))
        .collect();
    let mut keys: Vec<IndexKey> = seg.bag.iter().map(|&s| IndexKey::Stem(s)).collect();
    keys.extend(content.windows(2).map(|w| IndexKey::Pair(w[0], w[1])));
    sort_by_rank(&mut keys, |k| match *k {
        IndexKey::Stem(s) => u128::from(s) << 32,
        IndexKey::Pair(x, y) => (1 << 64) | (u128::from(x) << 32) | u128::from(y),
    });
    keys.dedup();
    keys
}

/// The segments each index key occurs in, from every segment's keys.
pub(super) fn index(keys: &[Vec<IndexKey>]) -> FastMap<IndexKey, Vec<usize>> {
    let mut postings: FastMap<IndexKey, Vec<usize>> = FastMap::default();
    for (i, seg_keys) in keys.iter().enumerate() {
        for &key in seg_keys {
            postings.entry(key).or_default().push(i);
        }
    }
    postings
}

/// IDF weight and number of the content stems two sorted bags share.
pub(super) fn shared_stems(a: &[u32], b: &[u32], idf: &[f64]) -> (f64, usize) {
    let (mut i, mut j, mut weight, mut count) = (0, 0, 0.0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                weight += idf[a[i] as usize];
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (weight, count)
}

pub(super) fn collect_segments<'a>(
    articles: &[ArticleParts<'a>],
    interner: &mut FastMap<Key, u32>,
) -> Vec<SegmentWords> {
    let mut out = Vec::new();
    // Token key → (stem id, is a content word).
    let mut stem_of_key: FastMap<&'a str, (u32, bool)> = FastMap::default();
    for (ai, art) in articles.iter().enumerate() {
        for (si, seg) in art.layout.segments.iter().enumerate() {
            let attribution = &art.attributions[si];
            if attribution.only_attribution {
                continue;
            }
            // Reported speech is matched on what is reported, not on "Vale warned that" (unless
            // the rest is too short to report anything: `Vale said on Friday in Minsk`).
            let frame = attribution
                .frame
                .filter(|f| reports_enough(art, seg.span, *f))
                .unwrap_or(Span::new(0, 0));
            let span = seg.span;
            let first = art.tokens.partition_point(|t| t.end <= span.start);
            let mut seen: FastMap<usize, usize> = FastMap::default();
            let mut sw = SegmentWords {
                article: ai,
                segment: si,
                spans: Vec::new(),
                stems: Vec::new(),
                content: Vec::new(),
                bag: Vec::new(),
                span,
                breaks: Vec::new(),
                speaker: attribution.speaker.clone(),
                form: seg.form,
                numbers: Vec::new(),
                dates: Vec::new(),
            };
            let last = first + art.tokens[first..].partition_point(|t| t.end <= span.end);
            let mut k = first;
            while k < last {
                let t = &art.tokens[k];
                k += 1;
                if frame.contains(&Span::new(t.start, t.end)) && !frame.is_empty() {
                    continue;
                }
                if !t.is_wordlike() {
                    let spaced_dash = t.key == "-" && art.text[..t.start].ends_with(' ');
                    if matches!(t.key.as_str(), "," | ";" | ":") || spaced_dash {
                        sw.breaks.push(Span::new(t.start, t.end));
                    }
                    continue;
                }
                // A masked word is one word however it is masked (`f**k` = `f—k` = `fuck`).
                if let Some((key, used)) = masked_word_at(&art.tokens[..last], art.text, k - 1) {
                    let next = interner.len() as u32;
                    let id = *interner.entry(Key::from(key)).or_insert(next);
                    k = k - 1 + used;
                    sw.spans.push(Span::new(t.start, art.tokens[k - 1].end));
                    sw.stems.push(id);
                    sw.content.push(true);
                    if seen.insert(id as usize, 0).is_none() {
                        sw.bag.push(id);
                    }
                    continue;
                }
                // A figure is one word, its value, however it is written (`31 thousand` =
                // `31,000`).
                let number = number_at(&art.tokens[..last], art.text, k - 1);
                let (id, is_content, end) = match number {
                    Some(n) => {
                        let next = interner.len() as u32;
                        let id = *interner.entry(Key::from(n.value.key())).or_insert(next);
                        if !n.value.is_year() {
                            sw.numbers.push(n.value);
                        }
                        k = k - 1 + n.tokens;
                        (id, true, art.tokens[k - 1].end)
                    }
                    None => {
                        // Stemming allocates: once per distinct word, not once per occurrence.
                        let (id, is_content) = match stem_of_key.get(t.key.as_str()) {
                            Some(&known) => known,
                            None => {
                                let next = interner.len() as u32;
                                // A word news writers put for another stands for its class
                                // (`wounded` for `injured`).
                                let word = news_synonym(&t.key).unwrap_or(&t.key);
                                let id = *interner.entry(stem(word)).or_insert(next);
                                let known = (id, !is_stopword(&t.key));
                                stem_of_key.insert(t.key.as_str(), known);
                                known
                            }
                        };
                        (id, is_content, t.end)
                    }
                };
                sw.spans.push(Span::new(t.start, end));
                sw.stems.push(id);
                sw.content.push(is_content);
                if is_content && seen.insert(id as usize, 0).is_none() {
                    sw.bag.push(id);
                }
            }
            sort_by_rank(&mut sw.numbers, |v| v.rank());
            sw.numbers.dedup();
            sw.dates = full_dates(art.text, &sw.spans);
            if !sw.bag.is_empty() {
                sort_by_rank(&mut sw.bag, |&s| u128::from(s));
                out.push(sw);
            }
        }
    }
    out
}

/// The stems of the segment's names: its capitalised content words but the first (which
/// opens the sentence), months and weekdays aside (`Klopp took over Liverpool in October
/// 2015` → `liverpool`), sorted.
pub(super) fn name_stems(seg: &SegmentWords, text: &str) -> Vec<u32> {
    let mut names: Vec<u32> = (1..seg.spans.len())
        .filter(|&k| seg.content[k])
        .filter(|&k| {
            let word = &text[seg.spans[k].start..seg.spans[k].end];
            let key = word.lowercase();
            word.starts_with(char::is_uppercase) && !is_month(&key) && !is_weekday(&key)
        })
        .map(|k| seg.stems[k])
        .collect();
    sort_by_rank(&mut names, |&s| u128::from(s));
    names.dedup();
    names
}

/// True when the segment has three content words or more outside its attribution `frame`.
fn reports_enough(art: &ArticleParts, span: Span, frame: Span) -> bool {
    let first = art.tokens.partition_point(|t| t.end <= span.start);
    art.tokens[first..]
        .iter()
        .take_while(|t| t.end <= span.end)
        .filter(|t| {
            t.is_wordlike() && !is_stopword(&t.key) && !frame.contains(&Span::new(t.start, t.end))
        })
        .nth(2)
        .is_some()
}

pub(super) fn inverse_document_frequency(segments: &[SegmentWords], stems: usize) -> Vec<f64> {
    let mut df = vec![0usize; stems];
    for seg in segments {
        for &s in &seg.bag {
            df[s as usize] += 1;
        }
    }
    let n = segments.len() as f64;
    df.into_iter()
        .map(|d| (1.0 + n / (d.max(1) as f64)).ln())
        .collect()
}

impl SegmentWords {
    /// The segment as (article, segment index): what identifies it across the matcher.
    pub(super) fn segment_key(&self) -> (usize, usize) {
        (self.article, self.segment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::token::tokenize;

    /// The full dates of `text`, taken as one segment's words.
    fn dates(text: &str) -> Vec<(u16, u8, u8)> {
        let spans: Vec<Span> = tokenize(text)
            .iter()
            .filter(|t| t.is_wordlike())
            .map(|t| Span::new(t.start, t.end))
            .collect();
        full_dates(text, &spans)
    }

    #[test]
    fn a_date_in_full_is_one_date_however_it_is_written() {
        assert_eq!(
            dates("The board declared on Jan. 30, 2020 that it"),
            [(2020, 1, 30)]
        );
        assert_eq!(
            dates("It was declared on 30 January 2020."),
            [(2020, 1, 30)]
        );
        assert_eq!(
            dates("on Sept 4, 2021 and March 20, 2022"),
            [(2021, 9, 4), (2022, 3, 20)]
        );
    }

    #[test]
    fn a_day_without_its_year_or_a_lowercase_month_is_not_a_full_date() {
        assert_eq!(dates("She spoke on Jan. 30 in Geneva."), []);
        assert_eq!(dates("it may 30, 2020"), []);
        assert_eq!(dates("The emergency began in January 2020."), []);
    }
}
