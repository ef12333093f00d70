//! Clustering matched passages into statements around centres: the node with the strongest
//! matches becomes a statement's centre, and each other article contributes its best match
//! with the centre. Cost: n log n in the matches (a lazy greedy queue).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::index::SegmentWords;
use super::score::{Match, WordRange};
use super::{Cluster, Passage};
use crate::engine::fasthash::FastMap;
use crate::engine::model::{Form, Span};

/// A node of the match graph: a passage.
#[derive(Debug, Clone, Copy)]
struct Node {
    passage: Passage,
    quote: bool,
}

pub(super) fn cluster(segments: &[SegmentWords], matches: Vec<Match>) -> Vec<Cluster> {
    let mut nodes: Vec<Node> = Vec::new();
    // Nodes of each segment, so finding a passage's node never scans all nodes.
    let mut by_segment: FastMap<(usize, usize), Vec<usize>> = FastMap::default();
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    for m in &matches {
        let (sa, sb) = (&segments[m.a], &segments[m.b]);
        let span_a = passage_span(sa, &m.a_words, sb, &m.b_words);
        let span_b = passage_span(sb, &m.b_words, sa, &m.a_words);
        let na = node_for(&mut nodes, &mut by_segment, sa, span_a);
        let nb = node_for(&mut nodes, &mut by_segment, sb, span_b);
        edges.push((na, nb, m.score));
    }
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); nodes.len()];
    for &(x, y, s) in &edges {
        adjacency[x].push((y, s));
        adjacency[y].push((x, s));
    }

    // Best free neighbour per other article, and the strength of a node as a centre.
    let best_links = |c: usize, taken: &[bool]| -> (Vec<(usize, f64)>, f64) {
        // (article, node, strength), one per article, in article order. (A sorted `Vec`: a
        // handful of articles, and no B-tree code in the wasm for it.)
        let mut per_article: Vec<(usize, usize, f64)> = Vec::new();
        for &(y, s) in &adjacency[c] {
            if taken[y] || nodes[y].passage.article == nodes[c].passage.article {
                continue;
            }
            let article = nodes[y].passage.article;
            match per_article.binary_search_by_key(&article, |e| e.0) {
                Ok(i) => {
                    let e = &mut per_article[i];
                    if s > e.2 || (s == e.2 && y < e.1) {
                        (e.1, e.2) = (y, s);
                    }
                }
                Err(i) => per_article.insert(i, (article, y, s)),
            }
        }
        let links: Vec<(usize, f64)> = per_article.into_iter().map(|(_, y, s)| (y, s)).collect();
        let bonus = if nodes[c].quote && !links.is_empty() {
            0.25
        } else {
            0.0
        };
        let strength = links.iter().map(|l| l.1).sum::<f64>() + bonus;
        (links, strength)
    };

    // Lazy greedy: strengths only fall as nodes are taken, so a node whose recomputed strength
    // still tops the queue is the true best centre. Ties go to the earliest node.
    let mut taken = vec![false; nodes.len()];
    let mut queue: BinaryHeap<(OrderedStrength, Reverse<usize>)> = (0..nodes.len())
        .map(|c| (OrderedStrength(best_links(c, &taken).1), Reverse(c)))
        .collect();
    let mut clusters = Vec::new();
    while let Some((OrderedStrength(stored), Reverse(c))) = queue.pop() {
        if taken[c] {
            continue;
        }
        let (links, strength) = best_links(c, &taken);
        if links.is_empty() {
            continue;
        }
        if strength < stored {
            queue.push((OrderedStrength(strength), Reverse(c)));
            continue;
        }
        let mut passages = vec![nodes[c].passage];
        passages.extend(links.iter().map(|&(y, _)| nodes[y].passage));
        for p in &passages {
            for &k in &by_segment[&(p.article, p.segment)] {
                if nodes[k].passage.span.overlap(&p.span) > 0 {
                    taken[k] = true;
                }
            }
        }
        clusters.push(Cluster { passages });
    }
    clusters
}

/// A strength that orders totally (strengths are finite sums of scores).
#[derive(Debug, Clone, Copy, PartialEq)]
struct OrderedStrength(f64);

impl Eq for OrderedStrength {}

impl PartialOrd for OrderedStrength {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OrderedStrength {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The span of `seg` that a match covers.
///
/// Reported speech, and a quote the match covers (four fifths of its words), count whole. Otherwise
/// the statement is one part of a longer quote: the matched words, widened to the clause
/// boundaries (`,` `;` `:` `—` or the segment's ends, at most [`MAX_WIDENING`] words away) on
/// each side where the other version also goes on. That keeps a re-translated opening (`but
/// even worse is that` / `But worst of all is that`) with the rest of its statement.
fn passage_span(
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
    }
    let mut end = words.end;
    if other_words.end < other.stems.len() {
        let mut k = end;
        while k < seg.stems.len() && k - end < MAX_WIDENING && !clause_break(seg, k - 1, k) {
            k += 1;
        }
        if k == seg.stems.len() || clause_break(seg, k - 1, k) {
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

/// True when clause punctuation stands between word `a` and word `b` of a segment.
fn clause_break(seg: &SegmentWords, a: usize, b: usize) -> bool {
    let gap = Span::new(seg.spans[a].end, seg.spans[b].start);
    seg.breaks.iter().any(|g| gap.contains(g))
}

/// The node for a passage: an existing node of the same segment that overlaps it by half (then
/// widened to cover both), or a new one.
fn node_for(
    nodes: &mut Vec<Node>,
    by_segment: &mut FastMap<(usize, usize), Vec<usize>>,
    seg: &SegmentWords,
    span: Span,
) -> usize {
    let siblings = by_segment.entry((seg.article, seg.segment)).or_default();
    let found = siblings.iter().copied().find(|&k| {
        let n = &nodes[k].passage.span;
        n.overlap(&span) * 2 >= n.len().min(span.len())
    });
    match found {
        Some(k) => {
            let p = &mut nodes[k].passage.span;
            *p = Span::new(p.start.min(span.start), p.end.max(span.end));
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
                quote: seg.form == Form::Quote,
            });
            nodes.len() - 1
        }
    }
}
