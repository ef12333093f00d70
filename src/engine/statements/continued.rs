//! A version that one outlet gives in two sentences, where the others give it in one, takes
//! in its second sentence.
//!
//! `… the port will stay closed. And the ferries will wait in the bay.` in one article,
//! `… the port will stay closed and the ferries will wait in the bay.` in another: the second
//! sentence matches the same passage of the other article as the first, and a statement has
//! one passage per article, so it was left out, and the words it carries could never be
//! compared. A passage takes in the sentence right after it (or right before it) when
//!
//! - the two stand side by side in one paragraph, nothing but spaces and punctuation
//!   between them ([`adjacent`]);
//! - that sentence is a version of no statement, or (the sentence after) of a fragment of
//!   this one: a statement whose other versions are this one's passages and at most
//!   [`MAX_FRAGMENT_VERSIONS`] more, which then loses it;
//! - another version of the statement gives most of its content words (by weight, at least
//!   [`MIN_CONTINUED_SHARE`], and at least [`MIN_CONTINUED_WORDS`] of them) that the passage
//!   itself does not give, after the words it shares with the passage (before them, for the
//!   sentence before).
//!
//! | passage · next sentence | other version | taken in |
//! |---|---|---|
//! | `The port will stay closed.` · `And the ferries will wait in the bay.` | `The port will stay closed and the ferries will wait in the bay.` | yes |
//! | `The port will stay closed.` · `The ferries were late.` | `The port will stay closed and the ferries will wait in the bay.` | no: `late` is not there, one word of two |
//! | `And the ferries will wait in the bay.` · `The port will stay closed.` | `The port will stay closed and the ferries will wait in the bay.` | no: in the other order |
//! | `I have no quarrel now.` · `I am at peace now.`, the second also a statement with one outlet's `I am at peace now but …` | `I have no quarrel now, I knew it, but I am at peace now.` | yes, and the fragment loses it |
//!
//! A passage takes in one sentence after another while the others go on (`Is he going to
//! try to blackmail me? With money? Then no.` against one sentence with commas).
//!
//! Cost: each passage's neighbouring segments are found by binary search; its words are
//! compared with each other version of its statement (at most one per article), once per
//! sentence it takes in.

use super::adjacent::adjacent;
use super::index::SegmentWords;
use super::{ArticleParts, Cluster, Passage};

/// The least share of the sentence's new content words (by weight) that another version
/// must give.
const MIN_CONTINUED_SHARE: f64 = 0.75;
/// A statement that has, besides the sentence and the passages it shares with the statement
/// the sentence continues, this many versions or fewer is a fragment of that statement: the
/// passage takes the sentence in, and the fragment loses it (`I have no problem now.` · `I am
/// fine now.` in one article, where the others give both in one sentence, and `I am fine now`
/// a statement of that sentence, the others' and one outlet's `I am fine now but …`).
const MAX_FRAGMENT_VERSIONS: usize = 1;
/// The fewest new content words the sentence must bring: a sentence of one new word is too
/// little to tell a continuation from a neighbour.
const MIN_CONTINUED_WORDS: usize = 2;

/// The end (exclusive) of the segments of `segments` that `passage` covers, from segment
/// `at` (its first) on.
fn segments_end(segments: &[SegmentWords], at: usize, passage: &Passage) -> usize {
    let mut end = at;
    while end < segments.len()
        && segments[end].article == passage.article
        && segments[end].span.start < passage.span.end
    {
        end += 1;
    }
    end
}

/// The content stems of `passage`, in order, from segment `at` of `segments` (its first) on.
/// A plain loop: each iterator adaptor over another closure is code of its own in the
/// size-optimised wasm.
fn passage_stems(segments: &[SegmentWords], at: usize, passage: &Passage) -> Vec<u32> {
    let mut out = Vec::new();
    for seg in &segments[at..segments_end(segments, at, passage)] {
        for k in 0..seg.stems.len() {
            let s = seg.spans[k];
            if seg.content[k] && s.start >= passage.span.start && s.end <= passage.span.end {
                out.push(seg.stems[k]);
            }
        }
    }
    out
}

/// The segment of `segments` (sorted by article, then segment) that is segment `segment` of
/// article `article`.
fn segment_at(segments: &[SegmentWords], article: usize, segment: usize) -> Option<usize> {
    let at = segments.partition_point(|s| (s.article, s.segment) < (article, segment));
    (at < segments.len() && segments[at].article == article && segments[at].segment == segment)
        .then_some(at)
}

/// True when another version of the same statement, whose content stems are `theirs`, gives
/// after the words it shares with the passage (of content stems `own`; before them when
/// `before`) most of the content words of `sentence` that the passage lacks (see the module
/// docs).
fn continues(
    idf: &[f64],
    own: &[u32],
    sentence: &SegmentWords,
    theirs: &[u32],
    before: bool,
) -> bool {
    // Where the passage's own words stand in the other version: from `first` to `last`.
    let (mut first, mut last) = (usize::MAX, 0);
    for (k, s) in theirs.iter().enumerate() {
        if own.contains(s) {
            first = first.min(k);
            last = k;
        }
    }
    if first == usize::MAX {
        return false;
    }
    let (mut new, mut total, mut given) = (0, 0.0, 0.0);
    for s in &sentence.bag {
        if own.contains(s) {
            continue;
        }
        new += 1;
        total += idf[*s as usize];
        let outside = if before {
            &theirs[..first]
        } else {
            &theirs[last + 1..]
        };
        if outside.contains(s) {
            given += idf[*s as usize];
        }
    }
    new >= MIN_CONTINUED_WORDS && total > 0.0 && given >= MIN_CONTINUED_SHARE * total
}

/// Widens each passage over the sentence next to it that its statement's other versions
/// carry with it (see the module docs). `segments` are sorted by article, then segment.
#[inline(never)]
pub(super) fn take_in_continuations(
    articles: &[ArticleParts],
    segments: &[SegmentWords],
    idf: &[f64],
    mut clusters: Vec<Cluster>,
) -> Vec<Cluster> {
    // The statement that holds each segment: each passage's own, and the ones after it that
    // it spans; and whether it holds it as a fragment (see [`MAX_FRAGMENT_VERSIONS`]).
    let mut held: Vec<Option<(usize, bool)>> = vec![None; segments.len()];
    for (ci, c) in clusters.iter().enumerate() {
        for p in &c.passages {
            let Some(at) = segment_at(segments, p.article, p.segment) else {
                continue;
            };
            let end = segments_end(segments, at, p);
            let one_sentence = end == at + 1;
            held[at..end].fill(Some((ci, one_sentence)));
        }
    }
    // The statements as they were found: which other statement a sentence's statement is a
    // fragment of.
    let found: Vec<Vec<Passage>> = clusters.iter().map(|c| c.passages.clone()).collect();
    let fragment_of = |h: usize, ci: usize, sentence: (usize, usize)| {
        let own = found[h]
            .iter()
            .filter(|p| (p.article, p.segment) != sentence)
            .filter(|p| {
                !found[ci]
                    .iter()
                    .any(|q| q.article == p.article && q.span == p.span)
            })
            .count();
        h != ci && own <= MAX_FRAGMENT_VERSIONS
    };
    // The fragments' passages that a continuation took: (statement, article, segment).
    let mut taken: Vec<(usize, usize, usize)> = Vec::new();
    for (ci, cluster) in clusters.iter_mut().enumerate() {
        for i in 0..cluster.passages.len() {
            let mut p = cluster.passages[i];
            let Some(mut lo) = segment_at(segments, p.article, p.segment) else {
                continue;
            };
            // The passage's last segment.
            let mut hi = segments_end(segments, lo, &p) - 1;
            let text = articles[p.article].text;
            // The sentences after the passage, one by one while the others go on, then the
            // ones before it.
            for before in [false, true] {
                loop {
                    let neighbour = if before { lo.wrapping_sub(1) } else { hi + 1 };
                    if neighbour >= segments.len() || segments[neighbour].article != p.article {
                        break;
                    }
                    let sentence = (segments[neighbour].article, segments[neighbour].segment);
                    let fragment = match held[neighbour] {
                        None => None,
                        // Only the sentence after: the one before a fragment continues is
                        // the head of its statement.
                        Some((h, true)) if !before && fragment_of(h, ci, sentence) => Some(h),
                        Some(_) => break,
                    };
                    let n = &segments[neighbour];
                    let as_passage = Passage {
                        article: n.article,
                        segment: n.segment,
                        span: n.span,
                    };
                    let side_by_side = if before {
                        adjacent(text, &as_passage, &p)
                    } else {
                        adjacent(text, &p, &as_passage)
                    };
                    if !side_by_side {
                        break;
                    }
                    let own = passage_stems(segments, lo, &p);
                    let mut given = false;
                    for q in &cluster.passages {
                        if q.article == p.article {
                            continue;
                        }
                        if let Some(qs) = segment_at(segments, q.article, q.segment) {
                            let theirs = passage_stems(segments, qs, q);
                            given |= continues(idf, &own, n, &theirs, before);
                        }
                    }
                    if !given {
                        break;
                    }
                    held[neighbour] = Some((ci, false));
                    if let Some(h) = fragment {
                        taken.push((h, n.article, n.segment));
                    }
                    if before {
                        // A passage's segment (its form and attribution) is its first
                        // sentence's.
                        p.span.start = n.span.start;
                        p.segment = n.segment;
                        lo = neighbour;
                    } else {
                        p.span.end = n.span.end;
                        hi = neighbour;
                    }
                }
            }
            cluster.passages[i] = p;
        }
    }
    let mut lost = vec![false; clusters.len()];
    for (h, article, segment) in taken {
        clusters[h]
            .passages
            .retain(|p| (p.article, p.segment) != (article, segment));
        lost[h] = true;
    }
    // A fragment left with one article is no statement.
    let mut k = 0;
    clusters.retain(|c| {
        k += 1;
        !lost[k - 1]
            || c.passages
                .iter()
                .any(|p| p.article != c.passages[0].article)
    });
    clusters
}
