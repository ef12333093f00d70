//! Local alignment of two segments: Smith–Waterman over their stems, so that the common
//! passage is found even inside a longer sentence (a statement inside a long quote that runs
//! three statements together). Cost: the product of the two segments' lengths.

use super::index::SegmentWords;

/// A range of a segment's words.
pub(super) type WordRange = std::ops::Range<usize>;

/// The best local alignment of two segments.
pub(super) struct LocalAlignment {
    /// The aligned words of the first segment.
    pub(super) a: WordRange,
    /// The aligned words of the second.
    pub(super) b: WordRange,
    /// Of those, content words.
    pub(super) matched_content: usize,
    /// The weight of the matched words (see [`weight`]).
    pub(super) matched_weight: f64,
}

/// Smith–Waterman over stems: content match +6, stopword match +2, mismatch −2, gap −1.
///
/// Gaps cost little so that an insertion of a few words inside a quote (`the talks [with the
/// port council] collapsed`) does not cut the common passage in two.
pub(super) fn local_alignment(a: &SegmentWords, b: &SegmentWords, idf: &[f64]) -> LocalAlignment {
    crate::engine::work::add((a.stems.len() + 1) * (b.stems.len() + 1));
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
    let (mut matched_content, mut matched_weight) = (0, 0.0);
    while i > 0 && j > 0 && h[i * w + j] > 0 {
        let here = h[i * w + j];
        let diag_score = pair_score(a, b, i - 1, j - 1);
        if here == h[(i - 1) * w + j - 1] + diag_score {
            if diag_score > 0 {
                matched_content += usize::from(a.content[i - 1]);
                matched_weight += weight(a, i - 1, idf);
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
            matched_content += usize::from(a.content[x]);
            matched_weight += weight(a, x, idf);
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
        matched_weight,
        a: start_a..end_a,
        b: start_b..end_b,
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

/// What a stopword weighs against a content word's inverse document frequency.
pub(super) const STOPWORD_WEIGHT: f64 = 0.25;

/// What word `i` of a segment weighs: its stem's inverse document frequency, or
/// [`STOPWORD_WEIGHT`] for a stopword.
pub(super) fn weight(seg: &SegmentWords, i: usize, idf: &[f64]) -> f64 {
    if seg.content[i] {
        idf[seg.stems[i] as usize]
    } else {
        STOPWORD_WEIGHT
    }
}
