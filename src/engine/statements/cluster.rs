//! Clustering the match graph into statements.
//!
//! Agglomerative, strongest link first: every node starts as a statement of its own, and two
//! statements merge while the *link* between them is at least [`MIN_LINK`], where the link is
//! the mean, over the nodes of the smaller statement, of each one's best match into the other
//! (a node with no match there counts 0):
//!
//! ```text
//! A = {a1 a2 a3}   B = {b1}      link = best(b1 → A)                 one strong match joins b1
//! A = {a1 a2}      B = {b1 b2}   link = (best(b1 → A) + best(b2 → A)) / 2
//! ```
//!
//! A statement has at most one passage per article: two statements that both have a passage in
//! the same article never merge (unless the two passages are the same segment, which then
//! becomes one passage). That keeps neighbouring statements of one speech apart however much
//! they share (`That does not mean COVID-19 is over as a global health threat` and `I declare
//! COVID-19 over as a global health emergency` are both in most articles), and a summary
//! sentence that matches two statements cannot chain them into one.
//!
//! Cost: each merge looks at the neighbours of the merged statement's nodes, and a statement
//! has at most one node per article (at most 16), so the whole is O(E log E) in the matches.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::nodes::{same_passage, Graph};
use super::{Cluster, Passage};
use crate::engine::fasthash::FastMap;
use crate::engine::model::Span;
use crate::engine::order::sort_by_rank;

/// The weakest link that still joins two statements: a match probability (see
/// [`super::score`]). It can be low, because no statement ever holds two passages of one
/// article that do not match each other: the constraint, not the threshold, keeps neighbouring
/// statements apart.
pub(super) const MIN_LINK: f64 = 0.1;

/// A candidate merge in the queue, strongest first; ties go to the earliest statements.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Candidate {
    link: f64,
    a: usize,
    b: usize,
    /// The statements' sizes when the link was computed: a merge since makes it stale.
    sizes: (usize, usize),
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.link
            .total_cmp(&other.link)
            .then_with(|| (other.a, other.b).cmp(&(self.a, self.b)))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The statements of the match graph: groups of passages of two or more articles. `siblings`
/// holds the scores of matches between two segments of one article (keyed by their (article,
/// segment) pairs, the earlier first).
pub(super) fn cluster(graph: &Graph, siblings: &SiblingScores) -> Vec<Cluster> {
    let n = graph.nodes.len();
    let mut statement_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|x| vec![x]).collect();
    // Nodes of a merged statement that were the same segment as one of its nodes.
    let mut absorbed: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut queue: BinaryHeap<Candidate> = BinaryHeap::new();
    for x in 0..n {
        for &(y, w) in &graph.adjacency[x] {
            if x < y && w >= MIN_LINK {
                queue.push(Candidate {
                    link: w,
                    a: x,
                    b: y,
                    sizes: (1, 1),
                });
            }
        }
    }
    while let Some(c) = queue.pop() {
        let (a, b) = (c.a, c.b);
        if members[a].is_empty() || members[b].is_empty() || a == b {
            continue;
        }
        if (members[a].len(), members[b].len()) != c.sizes {
            // Stale: one side grew. Look again.
            let link = link(graph, &statement_of, &members, a, b);
            if link >= MIN_LINK {
                let sizes = (members[a].len(), members[b].len());
                queue.push(Candidate { link, a, b, sizes });
            }
            continue;
        }
        let Some(shared) = compatible(graph, siblings, &members[a], &members[b]) else {
            continue;
        };
        // Merge b into a: the same segment in both becomes one passage (in `a`).
        let moving = std::mem::take(&mut members[b]);
        let moved_absorbed = std::mem::take(&mut absorbed[b]);
        absorbed[a].extend(moved_absorbed);
        for y in moving {
            statement_of[y] = a;
            if shared.contains(&y) {
                absorbed[a].push(y);
            } else {
                members[a].push(y);
            }
        }
        // Links from the merged statement to each neighbouring one.
        let mut neighbours: Vec<usize> = members[a]
            .iter()
            .flat_map(|&x| graph.adjacency[x].iter().map(|&(y, _)| y))
            .map(|y| statement_of[y])
            .filter(|&s| s != a && !members[s].is_empty())
            .collect();
        sort_by_rank(&mut neighbours, |&s| s as u128);
        neighbours.dedup();
        for s in neighbours {
            let link = link(graph, &statement_of, &members, a, s);
            if link >= MIN_LINK {
                let (x, y) = (a.min(s), a.max(s));
                let sizes = (members[x].len(), members[y].len());
                queue.push(Candidate {
                    link,
                    a: x,
                    b: y,
                    sizes,
                });
            }
        }
    }
    attach_shared_passages(graph, &statement_of, &mut members);
    let mut out: Vec<Cluster> = Vec::new();
    for (s, nodes) in members.iter().enumerate() {
        if nodes.len() < 2 {
            continue;
        }
        let mut passages: Vec<Passage> = nodes.iter().map(|&x| graph.nodes[x].passage).collect();
        // A node absorbed as the same segment widens that segment's passage.
        for &y in &absorbed[s] {
            let p = graph.nodes[y].passage;
            if let Some(q) = passages
                .iter_mut()
                .find(|q| q.article == p.article && q.segment == p.segment)
            {
                q.span = Span::new(q.span.start.min(p.span.start), q.span.end.max(p.span.end));
            }
        }
        sort_by_rank(&mut passages, |p| p.article as u128);
        out.push(Cluster { passages });
    }
    out
}

/// The link between statements `a` and `b` (see the module docs).
fn link(graph: &Graph, statement_of: &[usize], members: &[Vec<usize>], a: usize, b: usize) -> f64 {
    let (small, large) = if members[a].len() <= members[b].len() {
        (a, b)
    } else {
        (b, a)
    };
    crate::engine::work::add(
        members[small]
            .iter()
            .map(|&x| graph.adjacency[x].len())
            .sum(),
    );
    let total: f64 = members[small]
        .iter()
        .map(|&x| {
            graph.adjacency[x]
                .iter()
                .filter(|&&(y, _)| statement_of[y] == large)
                .map(|&(_, w)| w)
                .fold(0.0, f64::max)
        })
        .sum();
    total / members[small].len() as f64
}

/// The scores of matches between two segments of one article, keyed by their (article,
/// segment) pairs, the earlier segment first.
pub(super) type SiblingScores = FastMap<((usize, usize), (usize, usize)), f64>;

/// Passages of two different segments of one article that match each other with at least this
/// probability may stand in one statement (a lede and the quote it reports).
pub(super) const MIN_SIBLING_SCORE: f64 = 0.7;

/// When the two statements may merge, the nodes of `b` that are the same segment as a node of
/// `a` (to be absorbed into it); `None` when they have passages of one article in different
/// segments that do not match each other well.
fn compatible(
    graph: &Graph,
    siblings: &SiblingScores,
    a: &[usize],
    b: &[usize],
) -> Option<Vec<usize>> {
    let mut shared = Vec::new();
    for &y in b {
        let py = graph.nodes[y].passage;
        for &x in a {
            let px = graph.nodes[x].passage;
            if px.article != py.article {
                continue;
            }
            if px.segment == py.segment {
                // The same passage met twice becomes one; two passages of one long quote are
                // two statements.
                if !same_passage(&px.span, &py.span) {
                    return None;
                }
                shared.push(y);
                continue;
            }
            let key = |p: &Passage| (p.article, p.segment);
            let pair = if px.segment < py.segment {
                (key(&px), key(&py))
            } else {
                (key(&py), key(&px))
            };
            if siblings.get(&pair).is_none_or(|&s| s < MIN_SIBLING_SCORE) {
                return None;
            }
        }
    }
    Some(shared)
}

/// A passage already in one statement joins another too when it matches that one at least this
/// well (the mean of its best matches there, as a link): one sentence may carry two statements.
pub(super) const MIN_SHARED_LINK: f64 = 0.3;

/// Lets one passage serve several statements: a passage of an article that a statement lacks
/// joins it when its link to the statement is at least [`MIN_SHARED_LINK`], even if it is in
/// another statement already (`Washington intends to … destabilize the region, Shoigu said at a
/// meeting of the ministers in Minsk` carries both the claim and the meeting). Statements are
/// looked at in order, and each gains at most one passage per article it lacks.
fn attach_shared_passages(graph: &Graph, statement_of: &[usize], members: &mut [Vec<usize>]) {
    let articles_of = |nodes: &[usize]| -> Vec<usize> {
        let mut a: Vec<usize> = nodes
            .iter()
            .map(|&x| graph.nodes[x].passage.article)
            .collect();
        sort_by_rank(&mut a, |&x| x as u128);
        a.dedup();
        a
    };
    let mut additions: Vec<(usize, usize)> = Vec::new();
    for (s, statement) in members.iter().enumerate() {
        if statement.len() < 2 {
            continue;
        }
        let present = articles_of(statement);
        // The best candidate per missing article: (article, node, link).
        let mut best: Vec<(usize, usize, f64)> = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        for &x in statement {
            for &(y, _) in &graph.adjacency[x] {
                let article = graph.nodes[y].passage.article;
                if statement_of[y] == s
                    || present.binary_search(&article).is_ok()
                    || seen.contains(&y)
                {
                    continue;
                }
                seen.push(y);
                // The mean of y's best match to each member (0 where none).
                let total: f64 = statement
                    .iter()
                    .map(|&m| {
                        graph.adjacency[y]
                            .binary_search_by_key(&m, |e| e.0)
                            .map_or(0.0, |i| graph.adjacency[y][i].1)
                    })
                    .sum();
                let link = total / statement.len() as f64;
                if link < MIN_SHARED_LINK {
                    continue;
                }
                match best.iter_mut().find(|b| b.0 == article) {
                    Some(b) if link > b.2 => *b = (article, y, link),
                    Some(_) => {}
                    None => best.push((article, y, link)),
                }
            }
        }
        additions.extend(best.into_iter().map(|(_, y, _)| (s, y)));
    }
    for (s, y) in additions {
        members[s].push(y);
    }
}
