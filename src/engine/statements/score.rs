//! How likely two segments of different articles are versions of the same statement.
//!
//! Words are weighted by how rare they are among all the segments (inverse document
//! frequency; stopwords weigh little), so the words every sentence of a story shares
//! (`COVID-19`, `global`, `health`) count for little and the ones that tell two statements
//! apart (`declare`, `hope`; `mean`, `threat`) for much. From the two segments' local
//! alignment ([`super::local`]) and their bags of content stems come a few features:
//!
//! | feature | what it measures | example that raises it |
//! |---|---|---|
//! | similarity | weight the aligned words share, over the mean weight of the shorter segment (whole) and the longer one's aligned region | `“The port will stay closed,” Vale said` · `“The port will stay closed for now”` |
//! | coverage | share of the shorter segment that aligns | a partial quote, `“running out of energy”`, inside the full one |
//! | containment | weight of the shorter bag of content stems that the longer holds | `their infiltration … is possible` · `these gangs may infiltrate` |
//! | shared, matched content | how many content stems they share, and align | |
//! | figures | both give figures, and one is near another (within 10 %) or none is | `31,000` · `31 thousand`; `180,000` · `188,000` (near); `180,000` · `31,000` (apart) |
//! | a figure shared | both give one figure of 100 or more, exactly | `180,000 Russians died` · `including 180,000 troops killed` |
//! | form | both quotes, or both reported speech | |
//! | lengths | the shorter and the longer segment's words | |
//! | speaker | both attributed, to the same person | |
//! | near words (with the word model) | weight of the shorter's words the other says with another, near word | `source of unrest` · `one of the flashpoints` |
//!
//! The probability is a logistic function of them, with [`WEIGHTS`] (or, with the word model
//! loaded, [`WEIGHTS_WITH_MODEL`]) fitted on the
//! development corpus of real article groups (`scripts/fit-pair-model`, which also reports
//! how well weights fitted on all groups but one do on the one left out: a mean AUC of 0.91).
//! A candidate pair is a match when the probability is at least [`MIN_MATCH_PROBABILITY`];
//! the statements themselves come from clustering the matches (see [`super::cluster`]).
//!
//! Cost: the product of the two segments' lengths, which [`MAX_ALIGNMENT_CELLS`] bounds.

#[cfg(doc)]
use super::index::full_dates;
use super::index::SegmentWords;
use super::local::{local_alignment, weight, WordRange};
use super::MAX_ALIGNMENT_CELLS;
use crate::engine::model::Form;
use crate::engine::semantic::cosine;

/// Figures within this share of each other are the same figure misreported.
const SAME_FIGURE_TOLERANCE: f64 = 0.1;

/// The least probability that makes a candidate pair a match.
pub(super) const MIN_MATCH_PROBABILITY: f64 = 0.05;

/// The share of the shorter segment that, aligned, makes the aligned regions the passages
/// that match.
const MOSTLY_ALIGNED: f64 = 0.6;
/// A segment this many times as long as the other may match in one part only.
const LONGER_FACTOR: f64 = 1.5;
/// The share of the shorter segment that must align for the match to hold in one part of
/// the longer (see [`LONGER_FACTOR`]).
const REGION_COVERAGE: f64 = 0.3;

/// A match between two segments (indexes into the segment list), their matched word ranges,
/// and the probability that they are versions of one statement.
pub(super) struct Match {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) regions: Regions,
    pub(super) score: f64,
}

/// The words of each segment of a pair that match, and whether a segment matches whole
/// whatever its region (the shorter one, when the match holds in one part of the longer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Regions {
    pub(super) a: WordRange,
    pub(super) b: WordRange,
    pub(super) a_whole: bool,
    pub(super) b_whole: bool,
}

/// What the probability of a pair is computed from (see the module docs).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct PairFeatures {
    pub(super) similarity: f64,
    pub(super) coverage: f64,
    pub(super) matched_content: usize,
    pub(super) containment: f64,
    pub(super) shared: usize,
    pub(super) len_short: usize,
    pub(super) len_long: usize,
    pub(super) figures_disagree: bool,
    pub(super) figures_agree: bool,
    pub(super) quotes: usize,
    pub(super) same_speaker: bool,
    /// Both give one figure of 100 or more, exactly (`180,000` · `180 thousand`), or give one
    /// date in full (`Jan. 30, 2020` · `30 January 2020`, see [`full_dates`]): rarer evidence
    /// than a near figure, which small counts (`two`, `first`) give by chance.
    pub(super) figure_shared: bool,
    /// With the word model: the weight of the shorter segment's content words that the other
    /// has no word of but a near one (see [`soft_match`]), over the shorter's weight.
    pub(super) soft: Option<f64>,
    /// Both name a year before the story's and a name (see [`SharedPast`]).
    pub(super) background_fact: bool,
}

/// What two segments share of the time before the story (see `occasion.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SharedPast {
    /// No year before the story's that both name.
    Nothing,
    /// A year before the story's both name: a shared figure.
    Year,
    /// That year and a name both give: a background fact (`Vale took over Northgate in 2015`
    /// · `Vale has run Northgate since 2015`).
    YearAndName,
}

/// What a background fact both segments give ([`SharedPast::YearAndName`]) adds to the logit
/// of the match probability. Set by hand, not fitted: outlets give a background fact in words
/// of their own, and the fitted weight of a shared figure (which counts the year already)
/// leaves such pairs at 0.03–0.15. Measured on the corpus: +8 statement pairs (the four
/// outlets' `joined Liverpool in 2015` · `has been manager since 2015`), no trap, no new
/// intruder; at 1.5 a sentence naming another event of that year joined too.
const BACKGROUND_FACT_LOGIT: f64 = 1.0;

/// The logistic model's weights, in the order of [`PairFeatures::vector`]. Fitted by
/// `scripts/fit-pair-model` (L2-regularised logistic regression, Newton's method) on every
/// cross-article pair of segments sharing a content stem in `../shared/corpus` and the
/// seeds: a pair is positive when both segments hold members of one expected statement.
///
/// The weight of "a figure shared" is the one a fit with it gives (held-out AUC 0.922 →
/// 0.925, the group with the most figures 0.845 → 0.874); the others are kept from the fit
/// before it. Refitting all of them on today's features moves the clustering's operating
/// point (statement pairs +0.7 points on the corpus but −8 on the seeds), so they are refit
/// together with the clustering's thresholds, not one feature at a time.
pub(super) const WEIGHTS: [f64; 15] = [
    -10.4687, // bias
    5.9349,   // similarity
    -3.5112,  // similarity × coverage
    1.0141,   // containment
    0.7883,   // ln(1 + shared stems)
    -0.8577,  // ln(1 + matched content words)
    0.0266,   // figures disagree
    0.2067,   // figures agree
    0.0345,   // both quotes
    -0.8294,  // neither a quote
    2.3005,   // ln(1 + words of the shorter)
    -0.5608,  // ln(1 + words of the longer)
    4.2270,   // coverage
    0.5562,   // same speaker
    1.1802,   // a figure shared
];

/// The weights with the word model: [`WEIGHTS`]' features, then [`PairFeatures::soft`].
/// Fitted by `scripts/fit-pair-model` as [`WEIGHTS`] are, on the features the model gives.
pub(super) const WEIGHTS_WITH_MODEL: [f64; 16] = [
    -10.5590, // bias
    5.7310,   // similarity
    -3.1431,  // similarity × coverage
    1.2273,   // containment
    0.7984,   // ln(1 + shared stems)
    -0.8125,  // ln(1 + matched content words)
    -0.4193,  // figures disagree
    0.0397,   // figures agree
    0.0211,   // both quotes
    -0.8124,  // neither a quote
    2.3230,   // ln(1 + words of the shorter)
    -0.5913,  // ln(1 + words of the longer)
    3.9121,   // coverage
    0.5493,   // same speaker
    0.9824,   // a figure shared
    3.5803,   // near words (word model)
];

/// The cosine at which two words are near (`unrest` · `turmoil`), not merely both words of one
/// story.
pub(super) const NEAR_WORDS: f32 = 0.6;
/// The rarest words of each segment that [`soft_match`] compares: a bound on its cost.
const MAX_SOFT_WORDS: usize = 16;

impl PairFeatures {
    /// The features as the model's inputs, in the order of [`WEIGHTS`].
    pub(super) fn vector(&self) -> [f64; 15] {
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let ln1 = |n: usize| (1.0 + n as f64).ln();
        [
            1.0,
            self.similarity,
            self.similarity * self.coverage,
            self.containment,
            ln1(self.shared),
            ln1(self.matched_content),
            flag(self.figures_disagree),
            flag(self.figures_agree),
            flag(self.quotes == 2),
            flag(self.quotes == 0),
            ln1(self.len_short),
            ln1(self.len_long),
            self.coverage,
            flag(self.same_speaker),
            flag(self.figure_shared),
        ]
    }

    /// The probability that the pair is two versions of one statement. The word model only
    /// adds evidence: with it, a pair is never less likely than on its words alone (the
    /// weights with the model were fitted with near words to lean on, and undervalue what
    /// the words show where there are none: `talks should take place with the help of
    /// international powers` · `discussions should be facilitated with the assistance of
    /// global actors`).
    pub(super) fn probability(&self) -> f64 {
        let lexical = self.vector();
        let words_alone: f64 = lexical.iter().zip(WEIGHTS).map(|(x, w)| x * w).sum();
        let z: f64 = match self.soft {
            None => words_alone,
            Some(soft) => {
                let with_model = lexical
                    .iter()
                    .zip(WEIGHTS_WITH_MODEL)
                    .map(|(x, w)| x * w)
                    .sum::<f64>()
                    + soft * WEIGHTS_WITH_MODEL[15];
                with_model.max(words_alone)
            }
        };
        let z = if self.background_fact {
            z + BACKGROUND_FACT_LOGIT
        } else {
            z
        };
        1.0 / (1.0 + (-z).exp())
    }
}

/// The lexical features of a pair, and the regions their local alignment found (see the
/// module docs; the near words, [`near_words`], are measured apart). `containment` and
/// `shared` come from the two bags of content stems.
pub(super) fn pair_features(
    a: &SegmentWords,
    b: &SegmentWords,
    idf: &[f64],
    containment: f64,
    shared: usize,
) -> (PairFeatures, WordRange, WordRange) {
    let (a_short, short, long) = if a.stems.len() <= b.stems.len() {
        (true, a, b)
    } else {
        (false, b, a)
    };
    let mut f = PairFeatures {
        containment,
        shared,
        len_short: short.stems.len(),
        len_long: long.stems.len(),
        figures_disagree: figures_disagree(a, b),
        figures_agree: figures_agree(a, b),
        figure_shared: large_figure_shared(a, b) || a.dates.iter().any(|d| b.dates.contains(d)),
        quotes: usize::from(a.form == Form::Quote) + usize::from(b.form == Form::Quote),
        same_speaker: matches!((&a.speaker, &b.speaker), (Some(x), Some(y)) if x.same_as(y)),
        ..PairFeatures::default()
    };
    // One enormous unpunctuated "sentence" must not stall the page: above the bound the
    // features of the bags decide alone.
    if a.stems.len() * b.stems.len() > MAX_ALIGNMENT_CELLS {
        return (f, 0..a.stems.len(), 0..b.stems.len());
    }
    let local = local_alignment(a, b, idf);
    let (short_region, long_region) = if a_short {
        (&local.a, &local.b)
    } else {
        (&local.b, &local.a)
    };
    let sum = |seg: &SegmentWords, r: WordRange| -> f64 { r.map(|i| weight(seg, i, idf)).sum() };
    // The shorter segment counts whole: what it says beyond the common run (`That does not
    // mean … threat` against `I declare … emergency`) tells the two apart. The longer one
    // counts only where it aligns, so a statement inside a long quote still matches.
    let denominator = sum(short, 0..short.stems.len()) + sum(long, long_region.clone());
    f.similarity = 2.0 * local.matched_weight / denominator.max(1e-9);
    f.coverage = short_region.len() as f64 / short.stems.len().max(1) as f64;
    f.matched_content = local.matched_content;
    (f, local.a, local.b)
}

/// The near-word feature of a pair (see [`soft_match`]), the shorter segment against the
/// longer.
pub(super) fn near_words(
    a: &SegmentWords,
    b: &SegmentWords,
    idf: &[f64],
    vectors: &[Option<Vec<f32>>],
) -> f64 {
    let (short, long) = shorter_first(a, b);
    soft_match(short, long, idf, vectors)
}

/// The two segments of a pair, the shorter (in words) first; `a` when they are as long.
fn shorter_first<'s>(
    a: &'s SegmentWords,
    b: &'s SegmentWords,
) -> (&'s SegmentWords, &'s SegmentWords) {
    if a.stems.len() <= b.stems.len() {
        (a, b)
    } else {
        (b, a)
    }
}

/// The most the near-word feature of a pair can be, without a cosine: the weight of the
/// shorter segment's words that the longer lacks and the model knows, over the shorter's
/// weight (as if each had a twin of cosine 1).
fn near_words_cap(
    a: &SegmentWords,
    b: &SegmentWords,
    idf: &[f64],
    vectors: &[Option<Vec<f32>>],
) -> f64 {
    let (short, long) = shorter_first(a, b);
    let (mut total, mut missing) = (0.0, 0.0);
    for &s in &short.bag {
        let w = idf[s as usize];
        total += w;
        if long.bag.binary_search(&s).is_err() && vectors[s as usize].is_some() {
            missing += w;
        }
    }
    if total <= 0.0 {
        0.0
    } else {
        missing / total
    }
}

impl PairFeatures {
    /// The most probability the pair can have with the word model, given the most its
    /// near-word feature can be (the feature's weight is positive).
    fn best_with_model(&self, cap: f64) -> f64 {
        PairFeatures {
            soft: Some(cap),
            ..*self
        }
        .probability()
    }
}

/// Scores a candidate pair: its probability (see the module docs) and the words that match,
/// or `None` below [`MIN_MATCH_PROBABILITY`].
///
/// Where most of the shorter segment aligns, the aligned regions are the passages that match.
/// Where less does, the shorter segment matches whole, and so does the longer unless it is much
/// longer: then the match holds in one part of it, a statement inside a long quote that runs
/// several together (`Yes, there is such data, they do it … but even worse …`).
pub(super) fn score_pair(
    a: &SegmentWords,
    b: &SegmentWords,
    idf: &[f64],
    containment: f64,
    shared: usize,
    vectors: Option<&[Option<Vec<f32>>]>,
    past: SharedPast,
) -> Option<(Regions, f64)> {
    let (mut f, a_region, b_region) = pair_features(a, b, idf, containment, shared);
    // A year before the story's that both name is as telling as a large figure both give:
    // the same background fact (`joined the club in 2015` · `has led it since 2015`).
    f.figure_shared |= past != SharedPast::Nothing;
    f.background_fact = past == SharedPast::YearAndName;
    // The near words cost the most of all the features (a cosine per pair of rare words), and
    // most candidates are no match even at their best: measured only where they can decide.
    if let Some(v) = vectors {
        if f.best_with_model(near_words_cap(a, b, idf, v)) < MIN_MATCH_PROBABILITY {
            return None;
        }
        f.soft = Some(near_words(a, b, idf, v));
    }
    let p = f.probability();
    if p < MIN_MATCH_PROBABILITY {
        return None;
    }
    let a_shorter = a.stems.len() <= b.stems.len();
    let part_of_longer =
        f.len_long as f64 >= LONGER_FACTOR * f.len_short as f64 && f.coverage >= REGION_COVERAGE;
    let regions = if f.coverage >= MOSTLY_ALIGNED || part_of_longer {
        Regions {
            a: a_region,
            b: b_region,
            a_whole: part_of_longer && f.coverage < MOSTLY_ALIGNED && a_shorter,
            b_whole: part_of_longer && f.coverage < MOSTLY_ALIGNED && !a_shorter,
        }
    } else {
        Regions {
            a: 0..a.stems.len(),
            b: 0..b.stems.len(),
            a_whole: true,
            b_whole: true,
        }
    };
    Some((regions, p))
}

/// The weight of the content words of `short` that `long` does not have but has a near word
/// for (a cosine of [`NEAR_WORDS`] or more: `flashpoints` for `unrest`), each counted by its
/// weight times the cosine, over the weight of all of `short`'s content words. `vectors` holds
/// each stem's word vector. Only the [`MAX_SOFT_WORDS`] rarest words of each side are compared.
pub(super) fn soft_match(
    short: &SegmentWords,
    long: &SegmentWords,
    idf: &[f64],
    vectors: &[Option<Vec<f32>>],
) -> f64 {
    let total: f64 = short.bag.iter().map(|&s| idf[s as usize]).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let rarest = |stems: &mut Vec<u32>| {
        crate::engine::order::sort_by_rank(stems, |&s| {
            u128::from(crate::engine::order::descending(idf[s as usize]))
        });
        stems.truncate(MAX_SOFT_WORDS);
    };
    let mut missing: Vec<u32> = short
        .bag
        .iter()
        .copied()
        .filter(|s| long.bag.binary_search(s).is_err() && vectors[*s as usize].is_some())
        .collect();
    rarest(&mut missing);
    let mut others: Vec<u32> = long
        .bag
        .iter()
        .copied()
        .filter(|s| short.bag.binary_search(s).is_err() && vectors[*s as usize].is_some())
        .collect();
    rarest(&mut others);
    let mut near = 0.0;
    crate::engine::work::add(missing.len() * others.len());
    for &m in &missing {
        let Some(v) = &vectors[m as usize] else {
            continue;
        };
        let best = others
            .iter()
            .filter_map(|&o| vectors[o as usize].as_ref())
            .map(|w| cosine(v, w))
            .fold(f32::MIN, f32::max);
        if best >= NEAR_WORDS {
            near += idf[m as usize] * f64::from(best);
        }
    }
    near / total
}

/// True when both segments give one figure of 100 or more exactly (`180,000` · `180
/// thousand`; years are no figures here): rarer evidence than a near figure.
pub(super) fn large_figure_shared(a: &SegmentWords, b: &SegmentWords) -> bool {
    a.numbers
        .iter()
        .any(|x| x.0.abs() >= 100_000 && b.numbers.contains(x))
}

/// Two figures the same, or nearly (see [`SAME_FIGURE_TOLERANCE`]).
fn near(x: i128, y: i128) -> bool {
    let (x, y) = (x as f64, y as f64);
    (x - y).abs() <= SAME_FIGURE_TOLERANCE * x.abs().max(y.abs())
}

/// True when a figure of one segment is near one of the other (`180,000` · `188,000`).
fn figures_agree(a: &SegmentWords, b: &SegmentWords) -> bool {
    a.numbers
        .iter()
        .any(|x| b.numbers.iter().any(|y| near(x.0, y.0)))
}

/// True when both segments give figures and none of one is near any of the other
/// (`180,000 Russians died` · `31,000 Ukrainian soldiers died`).
fn figures_disagree(a: &SegmentWords, b: &SegmentWords) -> bool {
    !a.numbers.is_empty() && !b.numbers.is_empty() && !figures_agree(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_model_never_makes_a_pair_less_likely_than_its_words() {
        let words = PairFeatures {
            similarity: 0.45,
            coverage: 0.5,
            containment: 0.4,
            shared: 3,
            matched_content: 3,
            len_short: 10,
            len_long: 11,
            ..PairFeatures::default()
        };
        let no_near_words = PairFeatures {
            soft: Some(0.0),
            ..words
        };
        assert!(no_near_words.probability() >= words.probability());
        // Near words raise it.
        let near = PairFeatures {
            soft: Some(0.4),
            ..words
        };
        assert!(near.probability() > words.probability());
    }
}
