//! Occasions: the same words from the same speaker on another occasion are another statement.
//!
//! Two tests, each from what the articles say of themselves:
//!
//! | rule | example | kept apart |
//! |---|---|---|
//! | articles dated more than [`MAX_OCCASION_DAYS`] apart | an article of 8 June 2031 and one of 25 February 2033 | every pair of their passages |
//! | a passage that names a year before the story's | `The council declared the emergency in January 2031` (the story is of 2033) | from passages that share none of the years before the story's it names |
//! | … unless `since` opens the year's clause | `9,000 have died since the rains began in March 2031`: a time that runs to the story's | no |
//! | … or the year is the one before the story's and both give one large figure exactly | `a report of December 2032 put the toll at 315,000` · `officials put the toll at 315,000` (the story is of 2033) | no |
//!
//! The other way round, a year before the story's that two passages both name is a fact they
//! share ([`Occasions::past_year_shared`], which the pair's score counts as a shared figure):
//! `Vale has been harbour master since 2015` · `Vale took over the harbour in 2015`; with a
//! name both give as well (`Vale took over Northgate in 2015` · `Vale has run Northgate since
//! 2015`) it is a background fact, which weighs more (`score::SharedPast`).
//!
//! An undated article is taken to be of the story's date (the median of the dated ones), so
//! that an article from another year does not join the story through it. The story's year is
//! the latest year among the articles' datelines; without datelines the second rule is not
//! applied (a year alone cannot tell background from news).
//!
//! Cost: one pass over each segment's words.

use super::index::SegmentWords;
use super::ArticleParts;
use crate::engine::order::sort_by_rank;

/// Articles dated further apart than this report different occasions.
pub(super) const MAX_OCCASION_DAYS: i64 = 31;

/// What the occasion rules know of each segment.
pub(super) struct Occasions {
    /// The day number of each segment's article, if dated.
    days: Vec<Option<i64>>,
    /// The years before the story's that each segment names, sorted (none when no article
    /// gives its year).
    past_years: Vec<Vec<u16>>,
    /// Whether one of a segment's past years tells of another occasion: any but the start of
    /// a time that runs to the story's (see [`since_clause`]).
    another_occasion: Vec<bool>,
    /// The story's year, when an article gives its year.
    story_year: Option<u16>,
}

impl Occasions {
    /// The occasions of `segments` of `articles`.
    pub(super) fn of(articles: &[ArticleParts], segments: &[SegmentWords]) -> Occasions {
        let story_year = articles
            .iter()
            .filter_map(|a| a.date.and_then(|d| d.year))
            .max();
        let mut dated: Vec<i64> = articles
            .iter()
            .filter_map(|a| a.date.and_then(|d| d.day_number()))
            .collect();
        sort_by_rank(&mut dated, |&d| u128::from(d as u64 ^ (1 << 63)));
        let story_day = dated.get(dated.len() / 2).copied();
        let mut days = Vec::with_capacity(segments.len());
        let mut past_years = Vec::with_capacity(segments.len());
        let mut another_occasion = Vec::with_capacity(segments.len());
        for seg in segments {
            let art = &articles[seg.article];
            days.push(art.date.and_then(|d| d.day_number()).or(story_day));
            let mut named: Vec<(u16, bool)> = Vec::new();
            for (k, span) in seg.spans.iter().enumerate() {
                let Some(year) = year_of(&art.text[span.start..span.end]) else {
                    continue;
                };
                if story_year.is_some_and(|story| year < story) {
                    named.push((year, !since_clause(art.text, seg, k)));
                }
            }
            sort_by_rank(&mut named, |&(y, other)| {
                u128::from(y) << 1 | u128::from(other)
            });
            let mut years: Vec<u16> = named.iter().map(|&(y, _)| y).collect();
            years.dedup();
            past_years.push(years);
            another_occasion.push(named.iter().any(|&(_, other)| other));
        }
        Occasions {
            days,
            past_years,
            another_occasion,
            story_year,
        }
    }

    /// True unless segments `i` and `j` report different occasions (see the module docs).
    /// `figure_shared`: the two give one large figure exactly (`315,000`), which makes a
    /// passage naming the year before the story's the same recent fact as one that names no
    /// year (`a report released in December 2033 put the toll at 315,000` · `a toll of 315,000
    /// given by officials this month`, in a story of 2034); a figure from two years before is
    /// still another occasion (`in 2032 he said 31,000 had died` is not today's 31,000).
    pub(super) fn same(&self, i: usize, j: usize, figure_shared: bool) -> bool {
        if let (Some(a), Some(b)) = (self.days[i], self.days[j]) {
            if (a - b).abs() > MAX_OCCASION_DAYS {
                return false;
            }
        }
        // A passage that names past years tells of the same occasion as another only when
        // they share one of them (`since 1992` in a sentence that also says `in 2015`).
        let shares = self.past_year_shared(i, j);
        let recent = |k: usize| {
            self.story_year
                .is_some_and(|story| self.past_years[k].iter().all(|&y| y + 1 >= story))
        };
        let recent_fact = figure_shared && recent(i) && recent(j);
        shares || recent_fact || !(self.another_occasion[i] || self.another_occasion[j])
    }

    /// True when segments `i` and `j` both name one year before the story's (`in 2031` and
    /// `since 2031` in a story of 2033): a background fact both give. Linear in the years
    /// they name.
    pub(super) fn past_year_shared(&self, i: usize, j: usize) -> bool {
        self.past_years[i]
            .iter()
            .any(|y| self.past_years[j].binary_search(y).is_ok())
    }
}

/// The most words between `since` and the year it opens (`since the pandemic began in
/// December 2019`).
const MAX_SINCE_WORDS: usize = 6;

/// True when word `k` of the segment (a year) ends a clause that `since` opens, at most
/// [`MAX_SINCE_WORDS`] words before it with no clause break between: the start of a time that
/// runs to the story's, as in `almost 7 million have died since 2020` or `has led the club
/// since October 2015`, not another occasion. `in 2015, he said` is one.
fn since_clause(text: &str, seg: &SegmentWords, k: usize) -> bool {
    let year = seg.spans[k];
    (k.saturating_sub(MAX_SINCE_WORDS + 1)..k).any(|i| {
        let since = seg.spans[i];
        text[since.start..since.end].eq_ignore_ascii_case("since")
            && !seg
                .breaks
                .iter()
                .any(|b| b.start >= since.end && b.end <= year.start)
    })
}

/// A word that is a year of the last two centuries and the next (`2031`).
fn year_of(word: &str) -> Option<u16> {
    let y: u16 = word.parse().ok()?;
    (word.len() == 4 && (1900..2100).contains(&y)).then_some(y)
}
