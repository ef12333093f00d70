//! Scoring a candidate pair of segments: a quote match of their locally aligned regions
//! (Smith–Waterman over stems), else a paraphrase match of the whole segments (IDF-weighted
//! containment), else nothing. Cost: the product of the two segments' lengths, which
//! [`MAX_ALIGNMENT_CELLS`] bounds.

use super::index::SegmentWords;
use super::{
    MAX_ALIGNMENT_CELLS, MIN_LONG_RUN_CONTENT, MIN_PARAPHRASE_CONTAINMENT, MIN_PARAPHRASE_SHARED,
    MIN_QUOTE_COVERAGE, MIN_QUOTE_IDENTITY, MIN_QUOTE_MATCH_WORDS,
};

/// A match between two segments (indexes into the segment list) and their matched word ranges.
pub(super) struct Match {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) a_words: WordRange,
    pub(super) b_words: WordRange,
    pub(super) score: f64,
}

/// Scores a candidate pair: a quote match of the locally aligned regions, else a paraphrase
/// match of the whole segments, else nothing. Returns the matched word ranges and a score
/// (quote matches always outrank paraphrase matches).
pub(super) fn score_pair(
    a: &SegmentWords,
    b: &SegmentWords,
    containment: f64,
    shared_count: usize,
) -> Option<(WordRange, WordRange, f64)> {
    // A quote match needs most of one segment's words in common; skip the alignment when the
    // shared content stems make that impossible.
    let plausible = shared_count * 10 >= 3 * a.bag.len().min(b.bag.len())
        || shared_count >= MIN_LONG_RUN_CONTENT;
    if plausible && a.stems.len() * b.stems.len() <= MAX_ALIGNMENT_CELLS {
        let local = local_alignment(a, b);
        let identity = local.matched as f64 / local.a.len().max(local.b.len()).max(1) as f64;
        // The common passage must be most of at least one of the two segments, or long in
        // its own right: four words shared by two long sentences ("the US has been …") are a
        // coincidence, a run of six content words inside two long quotes is not.
        let coverage = (local.a.len() as f64 / a.stems.len() as f64)
            .max(local.b.len() as f64 / b.stems.len() as f64);
        let substantial = (coverage >= MIN_QUOTE_COVERAGE && local.matched_content >= 2)
            || local.matched_content >= MIN_LONG_RUN_CONTENT;
        if local.matched >= MIN_QUOTE_MATCH_WORDS && identity >= MIN_QUOTE_IDENTITY && substantial {
            return Some((local.a, local.b, 1.0 + identity));
        }
    }
    (containment >= MIN_PARAPHRASE_CONTAINMENT && shared_count >= MIN_PARAPHRASE_SHARED)
        .then_some((0..a.stems.len(), 0..b.stems.len(), containment))
}

pub(super) type WordRange = std::ops::Range<usize>;

struct LocalAlignment {
    a: WordRange,
    b: WordRange,
    matched: usize,
    matched_content: usize,
}

/// Smith–Waterman over stems: content match +6, stopword match +2, mismatch −2, gap −1.
///
/// Gaps cost little so that an insertion of a few words inside a quote (`the talks [with the
/// port council] collapsed`) does not cut the common passage in two.
fn local_alignment(a: &SegmentWords, b: &SegmentWords) -> LocalAlignment {
    let (n, m) = (a.stems.len(), b.stems.len());
    let w = m + 1;
    let mut table = vec![0i32; (n + 1) * w];
    let mut best = (0i32, 0usize, 0usize);
    // The fill is most of the statement search. It is written for the size-optimised wasm,
    // which keeps a slice index inline but calls `Vec`'s `Index` and a range iterator's
    // `next` as functions: slices, plain loops, the row's scores looked up once.
    let (h, b_stems) = (&mut table[..], &b.stems[..]);
    let mut i = 1;
    while i <= n {
        let stem = a.stems[i - 1];
        let (same, other) = (match_score(a.content[i - 1]), MISMATCH_SCORE);
        let (above, row) = h[(i - 1) * w..(i + 1) * w].split_at_mut(w);
        let mut j = 1;
        while j <= m {
            let s = if b_stems[j - 1] == stem { same } else { other };
            let v = (above[j - 1] + s)
                .max(above[j] - 1)
                .max(row[j - 1] - 1)
                .max(0);
            row[j] = v;
            if v > best.0 {
                best = (v, i, j);
            }
            j += 1;
        }
        i += 1;
    }
    let h = &table[..];
    // Trace back to where the local alignment starts, counting matched words.
    let (_, mut i, mut j) = best;
    let (end_a, end_b) = (i, j);
    let (mut matched, mut matched_content) = (0, 0);
    while i > 0 && j > 0 && h[i * w + j] > 0 {
        let here = h[i * w + j];
        let diag_score = pair_score(a, b, i - 1, j - 1);
        if here == h[(i - 1) * w + j - 1] + diag_score {
            if diag_score > 0 {
                matched += 1;
                matched_content += usize::from(a.content[i - 1]);
            }
            i -= 1;
            j -= 1;
        } else if here == h[(i - 1) * w + j] - 1 {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    // Word-for-word substitutions at either end (`on Friday in Minks` / `on Thursday in Minsk`)
    // cost more than they earn, so the alignment stops short of them. When both sides have the
    // same few words left at an end, they correspond one to one: take them in.
    let (mut start_a, mut start_b, mut end_a, mut end_b) = (i, j, end_a, end_b);
    let mut take = |x: usize, y: usize| {
        if a.stems[x] == b.stems[y] {
            matched += 1;
            matched_content += usize::from(a.content[x]);
        }
    };
    if start_a == start_b && start_a <= MAX_SUBSTITUTED_ENDS {
        (0..start_a).for_each(|k| take(k, k));
        (start_a, start_b) = (0, 0);
    }
    if n - end_a == m - end_b && n - end_a <= MAX_SUBSTITUTED_ENDS {
        (0..n - end_a).for_each(|k| take(end_a + k, end_b + k));
        (end_a, end_b) = (n, m);
    }
    LocalAlignment {
        a: start_a..end_a,
        b: start_b..end_b,
        matched,
        matched_content,
    }
}

/// Words at an end of a local alignment that count as one-to-one substitutions.
const MAX_SUBSTITUTED_ENDS: usize = 3;

/// The score of aligning word `i` of `a` with word `j` of `b`.
fn pair_score(a: &SegmentWords, b: &SegmentWords, i: usize, j: usize) -> i32 {
    if a.stems[i] == b.stems[j] {
        match_score(a.content[i])
    } else {
        MISMATCH_SCORE
    }
}

/// What aligning two words with the same stem earns: more for a content word.
fn match_score(content: bool) -> i32 {
    if content {
        6
    } else {
        2
    }
}

/// What aligning two different words costs.
const MISMATCH_SCORE: i32 = -2;
