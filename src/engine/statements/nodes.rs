//! The match graph's nodes: the passage of a segment that a match covers (the whole segment,
//! or the part of a long quote that matched, widened to its clause), one node per passage of a
//! segment (passages of one segment that overlap by half are one node). Cost: linear in the
//! matches (a segment's nodes are looked up by segment).

use super::index::SegmentWords;
use super::local::WordRange;
use super::score::Match;
use super::Passage;
use crate::engine::fasthash::FastMap;
use crate::engine::model::{Form, Span};
use crate::engine::order::{descending, sort_by_rank};

/// A node of the match graph: a passage.
#[derive(Debug, Clone, Copy)]
pub(super) struct Node {
    pub(super) passage: Passage,
}

/// The graph of matched passages: its nodes, and each node's neighbours with the score of
/// their best match, sorted by neighbour.
pub(super) struct Graph {
    pub(super) nodes: Vec<Node>,
    pub(super) adjacency: Vec<Vec<(usize, f64)>>,
}

/// The match graph of `matches` between `segments`.
pub(super) fn build_graph(segments: &[SegmentWords], matches: &[Match]) -> Graph {
    let mut nodes: Vec<Node> = Vec::new();
    // Nodes of each segment, so finding a passage's node never scans all nodes.
    let mut by_segment: FastMap<(usize, usize), Vec<usize>> = FastMap::default();
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    // Strongest matches first: a passage is the span its strongest match gave it, and a weaker
    // match of an overlapping span of the same segment joins that passage (see `node_for`).
    let mut order: Vec<&Match> = matches.iter().collect();
    sort_by_rank(&mut order, |m| {
        (u128::from(descending(m.score)) << 64) | ((m.a as u128) << 32) | m.b as u128
    });
    for m in order {
        let (sa, sb) = (&segments[m.a], &segments[m.b]);
        let r = &m.regions;
        let span_a = if r.a_whole {
            sa.span
        } else {
            passage_span(sa, &r.a, sb, &r.b)
        };
        let span_b = if r.b_whole {
            sb.span
        } else {
            passage_span(sb, &r.b, sa, &r.a)
        };
        let strong = m.score >= MIN_WIDENING_SCORE;
        let na = node_for(&mut nodes, &mut by_segment, sa, span_a, strong);
        let nb = node_for(&mut nodes, &mut by_segment, sb, span_b, strong);
        edges.push((na, nb, m.score));
    }
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); nodes.len()];
    for &(x, y, s) in &edges {
        adjacency[x].push((y, s));
        adjacency[y].push((x, s));
    }
    // One entry per neighbour, with the best score.
    for list in &mut adjacency {
        sort_by_rank(list, |e| {
            ((e.0 as u128) << 64) | u128::from(descending(e.1))
        });
        list.dedup_by_key(|e| e.0);
    }
    Graph { nodes, adjacency }
}

/// The span of `seg` that a match covers.
///
/// Reported speech, and a quote the match covers (four fifths of its words), count whole. Otherwise
/// the statement is one part of a longer quote: the matched words, widened to the clause
/// boundaries (`,` `;` `:` `—` or the segment's ends, at most [`MAX_WIDENING`] words away) on
/// each side where the other version also goes on. That keeps a re-translated opening (`but
/// even worse is that` / `But worst of all is that`) with the rest of its statement.
pub(super) fn passage_span(
    seg: &SegmentWords,
    words: &WordRange,
    other: &SegmentWords,
    other_words: &WordRange,
) -> Span {
    // Four fifths of the words count as the whole segment, punctuation included.
    let covered = words.len() * 5 >= seg.stems.len() * 4;
    if seg.form == Form::Paraphrase || covered || words.is_empty() {
        return seg.span;
    }
    let mut start = words.start;
    if other_words.start > 0 {
        let mut k = start;
        while k > 0 && start - k < MAX_WIDENING && !clause_break(seg, k - 1, k) {
            k -= 1;
        }
        if k == 0 || clause_break(seg, k - 1, k) {
            start = k;
        }
    } else {
        // The other version starts where the match does: the words just before it are this
        // statement's only when the other version gives them later and they open a clause (a
        // reordering: `We know this, we remember` / `we remember this, we know it`).
        let later = &other.stems[other_words.start..other_words.end];
        let mut k = start;
        while k > 0 && start - k < MAX_TAIL && later.contains(&seg.stems[k - 1]) {
            k -= 1;
        }
        if k < start && (k == 0 || clause_break(seg, k - 1, k)) {
            start = k;
        }
    }
    let mut end = words.end;
    if other_words.end < other.stems.len() {
        end = clause_end(seg, end, MAX_WIDENING).unwrap_or(end);
    } else if let Some(k) = clause_end(seg, end, MAX_TAIL) {
        // The other version ends where the match does: the rest of the clause is this
        // statement's only when the other version gave those words before (a reordering).
        let earlier = &other.stems[other_words.start..other_words.end];
        if (end..k).all(|i| earlier.contains(&seg.stems[i])) {
            end = k;
        }
    }
    let first = if start == 0 {
        seg.span.start
    } else {
        seg.spans[start].start
    };
    let last = if end == seg.stems.len() {
        seg.span.end
    } else {
        seg.spans[end - 1].end
    };
    Span::new(first, last)
}

/// Words a passage may be widened by on each side to reach a clause boundary.
const MAX_WIDENING: usize = 12;

/// Words a passage may be widened by at its end to reach a clause boundary when the other
/// version ends there and gave those words earlier: a clause whose parts the other version
/// puts in another order (`Our flag is yellow and blue.` / `Our flag is blue and yellow.`:
/// the match ends at `yellow`, and `and blue` belong to it), which the diff then shows. At
/// its start, likewise, by the words the other version gives later (`We know this, we
/// remember` / `we remember this, we know it`).
const MAX_TAIL: usize = 3;

/// The end of the clause that word `end` of `seg` is in (the segment's end, or the first
/// clause break), if it is at most `reach` words away.
fn clause_end(seg: &SegmentWords, end: usize, reach: usize) -> Option<usize> {
    let mut k = end;
    while k < seg.stems.len() && k - end < reach && !clause_break(seg, k - 1, k) {
        k += 1;
    }
    (k == seg.stems.len() || clause_break(seg, k - 1, k)).then_some(k)
}

/// True when clause punctuation stands between word `a` and word `b` of a segment.
fn clause_break(seg: &SegmentWords, a: usize, b: usize) -> bool {
    let gap = Span::new(seg.spans[a].end, seg.spans[b].start);
    seg.breaks.iter().any(|g| gap.contains(g))
}

/// True when two passages of one segment are one: they overlap by half of the longer.
pub(super) fn same_passage(a: &Span, b: &Span) -> bool {
    a.overlap(b) * 2 >= a.len().max(b.len())
}

/// A match at least this likely may widen the passage it joins to cover its own span.
const MIN_WIDENING_SCORE: f64 = 0.5;

/// The node for a passage: the existing node of the same segment that overlaps it most, if
/// that is at least half of the shorter of the two, or a new one. A `strong` match widens the
/// node to cover its span too (a quote one outlet cuts short, `… made to them…`, and the full
/// one are one passage); a weak one never does, so a loose match of a whole long quote cannot
/// swallow the statements found inside it.
fn node_for(
    nodes: &mut Vec<Node>,
    by_segment: &mut FastMap<(usize, usize), Vec<usize>>,
    seg: &SegmentWords,
    span: Span,
    strong: bool,
) -> usize {
    let siblings = by_segment.entry((seg.article, seg.segment)).or_default();
    let found = siblings
        .iter()
        .copied()
        .map(|k| (k, nodes[k].passage.span.overlap(&span)))
        .filter(|&(k, o)| o * 2 >= nodes[k].passage.span.len().min(span.len()) && o > 0)
        .max_by_key(|&(k, o)| (o, std::cmp::Reverse(k)));
    match found {
        Some((k, _)) => {
            if strong {
                let p = &mut nodes[k].passage.span;
                *p = Span::new(p.start.min(span.start), p.end.max(span.end));
            }
            k
        }
        None => {
            siblings.push(nodes.len());
            nodes.push(Node {
                passage: Passage {
                    article: seg.article,
                    segment: seg.segment,
                    span,
                },
            });
            nodes.len() - 1
        }
    }
}
