//! Finding the passages that are versions of the same statement across articles.
//!
//! 1. **Index.** Every segment (see [`super::quotes`]) becomes a list of word stems; content
//!    stems (not stopwords) go into an inverted index with their inverse document frequency
//!    over all segments. Candidate pairs are the segments of different articles that share at
//!    least two content stems; only posting lists are walked, so articles that share little
//!    cost little (no all-pairs loop over sentences).
//! 2. **Score a pair** two ways:
//!    - *local alignment* (Smith–Waterman over stems, content matches weigh more than stopword
//!      matches): finds the common passage even inside a longer sentence. Four or more matched
//!      words at 60 % identity or better make a *quote match* between the two aligned regions.
//!      This is how `“Yes, there is such data”` is found inside a long quote that runs three
//!      statements together;
//!    - *IDF-weighted containment* of the smaller bag of content stems in the larger: half or
//!      more, with three shared stems, makes a *paraphrase match* of the whole segments
//!      (`their infiltration into neighbouring countries is possible` ≈ `these groups may
//!      infiltrate neighbouring countries`).
//! 3. **Speakers.** A pair whose two segments name different speakers is never a match
//!    (`same_speaker` allows one slip of spelling). Same words from another mouth are another
//!    statement.
//! 4. **Cluster.** Matched passages are nodes (passages of one segment that overlap by half are
//!    one node). The node with the strongest matches (quotes first) becomes a statement's centre,
//!    and each other article contributes its best match *with the centre*; nothing joins through
//!    a weak chain of links. Taken nodes, and any passage overlapping them, leave the pool; repeat.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use super::attribution::{same_speaker, Attribution};
use super::fasthash::FastMap;
use super::model::{Form, Span};
use super::normalize::{is_stopword, stem};
use super::quotes::Layout;
use super::token::{Key, Token};

/// What the matcher needs of one article.
#[derive(Debug, Clone)]
pub struct ArticleParts<'a> {
    /// The article's text.
    pub text: &'a str,
    /// All its tokens.
    pub tokens: &'a [Token],
    /// Its paragraphs, sentences, quotations and segments.
    pub layout: &'a Layout,
    /// The attribution of each segment.
    pub attributions: &'a [Attribution],
}

/// A passage of one article that is a version of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    /// Index of the article.
    pub article: usize,
    /// Index of the segment in that article's layout.
    pub segment: usize,
    /// The passage's bytes (the whole segment, or the part of it that matched).
    pub span: Span,
}

/// One statement: a passage per article that carries it, the first being the centre.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The passages, centre first.
    pub passages: Vec<Passage>,
}

/// Matched words needed for a quote match.
const MIN_QUOTE_MATCH_WORDS: usize = 4;
/// Share of aligned words that must match for a quote match.
const MIN_QUOTE_IDENTITY: f64 = 0.6;
/// Share of one segment's words that a quote match must cover.
const MIN_QUOTE_COVERAGE: f64 = 0.6;
/// Matched content words that make a quote match whatever the coverage.
const MIN_LONG_RUN_CONTENT: usize = 6;
/// IDF-weighted containment needed for a paraphrase match.
const MIN_PARAPHRASE_CONTAINMENT: f64 = 0.5;
/// Shared content stems needed for a paraphrase match.
const MIN_PARAPHRASE_SHARED: usize = 3;
/// Above this many cells, local alignment is skipped (containment alone decides) so that one
/// enormous unpunctuated "sentence" cannot stall the page.
const MAX_ALIGNMENT_CELLS: usize = 4_000_000;
/// Candidate segments scored per segment, the ones sharing the most weight first.
const MAX_CANDIDATES: usize = 24;
/// An index key in more segments than this carries no signal and is left out. A constant (not
/// a share of the input) keeps candidate generation linear in the input's size.
const MAX_POSTING: usize = 64;

/// A segment as the matcher sees it.
struct SegmentWords {
    article: usize,
    segment: usize,
    /// Byte span of each word.
    spans: Vec<Span>,
    /// Interned stem of each word.
    stems: Vec<u32>,
    /// Whether each word is a content word.
    content: Vec<bool>,
    /// Unique content stems.
    bag: Vec<u32>,
    /// The segment's whole span.
    span: Span,
    /// Clause punctuation inside the segment (`,` `;` `:` and spaced dashes).
    breaks: Vec<Span>,
    speaker: Option<String>,
    form: Form,
}

/// Finds the statements shared by two or more articles.
pub fn find_statements(articles: &[ArticleParts]) -> Vec<Cluster> {
    let mut interner: FastMap<Key, u32> = FastMap::default();
    let segments = collect_segments(articles, &mut interner);
    let idf = inverse_document_frequency(&segments, interner.len());
    let weight = |bag: &[u32]| bag.iter().map(|&s| idf[s as usize]).sum::<f64>();
    let keys: Vec<Vec<IndexKey>> = segments.iter().map(index_keys).collect();
    let postings = index(&keys);

    let mut matches = Vec::new();
    // Votes for the segments after the current one, dense (a hash map per segment was a
    // third of the search), and which ones got any.
    let mut votes: Vec<f64> = vec![0.0; segments.len()];
    let mut voted: Vec<usize> = Vec::new();
    for (i, a) in segments.iter().enumerate() {
        for &j in &voted {
            votes[j] = 0.0;
        }
        voted.clear();
        for key in &keys[i] {
            let Some(posting) = postings.get(key) else {
                continue;
            };
            if posting.len() > MAX_POSTING {
                continue;
            }
            let vote = match *key {
                IndexKey::Stem(s) => idf[s as usize],
                // A shared pair of neighbouring content words is worth more than two loose ones.
                IndexKey::Pair(..) => 2.0,
            };
            // Slices and a plain loop: the size-optimised wasm would call `Vec` indexing and
            // the filter's closure for every posting.
            let (votes, all) = (&mut votes[..], &segments[..]);
            for &j in &posting[..] {
                if j <= i || all[j].article == a.article {
                    continue;
                }
                // Every vote is positive, so zero means "not voted for yet".
                if votes[j] == 0.0 {
                    voted.push(j);
                }
                votes[j] += vote;
            }
        }
        // The strongest candidates only: a segment of everyday words can share a stem or two
        // with hundreds of others, and scoring them all would make the work quadratic.
        let mut candidates: Vec<(usize, f64)> = voted.iter().map(|&j| (j, votes[j])).collect();
        let stronger = |x: &(usize, f64), y: &(usize, f64)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        if candidates.len() > MAX_CANDIDATES {
            candidates.select_nth_unstable_by(MAX_CANDIDATES, stronger);
            candidates.truncate(MAX_CANDIDATES);
        }
        candidates.sort_unstable_by(stronger);
        for (j, _) in candidates {
            let b = &segments[j];
            if let (Some(x), Some(y)) = (&a.speaker, &b.speaker) {
                if !same_speaker(x, y) {
                    continue;
                }
            }
            let (shared_weight, shared_count) = shared_stems(&a.bag, &b.bag, &idf);
            if shared_count < 2 {
                continue;
            }
            let containment = shared_weight / weight(&a.bag).min(weight(&b.bag)).max(1e-9);
            if let Some((a_words, b_words, score)) = score_pair(a, b, containment, shared_count) {
                matches.push(Match {
                    a: i,
                    b: j,
                    a_words,
                    b_words,
                    score,
                });
            }
        }
    }
    cluster(&segments, matches)
}

/// What the candidate index is keyed by: a content stem, or two neighbouring content stems
/// (stopwords skipped). Pairs stay rare however large the input, so verbatim passages are
/// found even where every single word is common.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum IndexKey {
    Stem(u32),
    Pair(u32, u32),
}

fn index_keys(seg: &SegmentWords) -> Vec<IndexKey> {
    let content: Vec<u32> = seg
        .stems
        .iter()
        .zip(&seg.content)
        .filter_map(|(&s, &c)| c.then_some(s))
        .collect();
    let mut keys: Vec<IndexKey> = seg.bag.iter().map(|&s| IndexKey::Stem(s)).collect();
    keys.extend(content.windows(2).map(|w| IndexKey::Pair(w[0], w[1])));
    keys.sort_unstable_by_key(|k| match *k {
        IndexKey::Stem(s) => (0, s, 0),
        IndexKey::Pair(x, y) => (1, x, y),
    });
    keys.dedup();
    keys
}

/// The segments each index key occurs in, from every segment's keys.
fn index(keys: &[Vec<IndexKey>]) -> FastMap<IndexKey, Vec<usize>> {
    let mut postings: FastMap<IndexKey, Vec<usize>> = FastMap::default();
    for (i, seg_keys) in keys.iter().enumerate() {
        for &key in seg_keys {
            postings.entry(key).or_default().push(i);
        }
    }
    postings
}

/// IDF weight and number of the content stems two sorted bags share.
fn shared_stems(a: &[u32], b: &[u32], idf: &[f64]) -> (f64, usize) {
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

fn collect_segments<'a>(
    articles: &[ArticleParts<'a>],
    interner: &mut FastMap<Key, u32>,
) -> Vec<SegmentWords> {
    let mut out = Vec::new();
    // Token key → (stem id, is a content word).
    let mut stem_of_key: FastMap<&'a str, (u32, bool)> = FastMap::default();
    for (ai, art) in articles.iter().enumerate() {
        for (si, seg) in art.layout.segments.iter().enumerate() {
            // Reported speech is matched on what is reported, not on "Vale warned that".
            let start = match (seg.form, art.attributions[si].content_start) {
                (Form::Paraphrase, Some(c)) if c < seg.span.end => c,
                _ => seg.span.start,
            };
            let span = Span::new(start, seg.span.end);
            let first = art.tokens.partition_point(|t| t.end <= span.start);
            let mut seen = HashSet::new();
            let mut sw = SegmentWords {
                article: ai,
                segment: si,
                spans: Vec::new(),
                stems: Vec::new(),
                content: Vec::new(),
                bag: Vec::new(),
                span,
                breaks: Vec::new(),
                speaker: art.attributions[si].speaker.clone(),
                form: seg.form,
            };
            for t in art.tokens[first..].iter().take_while(|t| t.end <= span.end) {
                if !t.is_wordlike() {
                    let spaced_dash = t.key == "-" && art.text[..t.start].ends_with(' ');
                    if matches!(t.key.as_str(), "," | ";" | ":") || spaced_dash {
                        sw.breaks.push(Span::new(t.start, t.end));
                    }
                    continue;
                }
                // Stemming allocates: once per distinct word, not once per occurrence.
                let (id, is_content) = match stem_of_key.get(t.key.as_str()) {
                    Some(&known) => known,
                    None => {
                        let next = interner.len() as u32;
                        let id = *interner.entry(stem(&t.key)).or_insert(next);
                        let known = (id, !is_stopword(&t.key));
                        stem_of_key.insert(t.key.as_str(), known);
                        known
                    }
                };
                sw.spans.push(Span::new(t.start, t.end));
                sw.stems.push(id);
                sw.content.push(is_content);
                if is_content && seen.insert(id) {
                    sw.bag.push(id);
                }
            }
            if !sw.bag.is_empty() {
                sw.bag.sort_unstable();
                out.push(sw);
            }
        }
    }
    out
}

fn inverse_document_frequency(segments: &[SegmentWords], stems: usize) -> Vec<f64> {
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

/// A match between two segments (indexes into the segment list) and their matched word ranges.
struct Match {
    a: usize,
    b: usize,
    a_words: WordRange,
    b_words: WordRange,
    score: f64,
}

/// Scores a candidate pair: a quote match of the locally aligned regions, else a paraphrase
/// match of the whole segments, else nothing. Returns the matched word ranges and a score
/// (quote matches always outrank paraphrase matches).
fn score_pair(
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

type WordRange = std::ops::Range<usize>;

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

/// A node of the match graph: a passage.
#[derive(Debug, Clone, Copy)]
struct Node {
    passage: Passage,
    quote: bool,
}

fn cluster(segments: &[SegmentWords], matches: Vec<Match>) -> Vec<Cluster> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::attribution::attribute;
    use crate::engine::quotes::layout;
    use crate::engine::token::tokenize;

    struct Owned {
        text: String,
        tokens: Vec<Token>,
        layout: Layout,
        attributions: Vec<Attribution>,
    }

    fn prepare(texts: &[&str]) -> Vec<Owned> {
        texts
            .iter()
            .map(|t| {
                let tokens = tokenize(t);
                let layout = layout(t, &[]);
                let attributions = attribute(t, &tokens, &layout);
                Owned {
                    text: t.to_string(),
                    tokens,
                    layout,
                    attributions,
                }
            })
            .collect()
    }

    fn statements(texts: &[&str]) -> Vec<Vec<(usize, String)>> {
        let owned = prepare(texts);
        let parts: Vec<ArticleParts> = owned
            .iter()
            .map(|o| ArticleParts {
                text: &o.text,
                tokens: &o.tokens,
                layout: &o.layout,
                attributions: &o.attributions,
            })
            .collect();
        find_statements(&parts)
            .into_iter()
            .map(|c| {
                let mut v: Vec<(usize, String)> = c
                    .passages
                    .iter()
                    .map(|p| {
                        (
                            p.article,
                            texts[p.article][p.span.start..p.span.end].to_string(),
                        )
                    })
                    .collect();
                v.sort();
                v
            })
            .collect()
    }

    #[test]
    fn a_quote_split_in_two_matches_one_quote_run_together() {
        let found = statements(&[
            "“The harbour will stay closed until the storm passes, and the ferries will wait \
             in the northern bay for at least three days,” Vale said.",
            "“The harbour will stay closed until the storm passes,” Vale said. “The ferries \
             will wait in the northern bay for three days.”",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|s| s[0]
            .1
            .starts_with("The harbour will stay closed until the storm passes")));
        assert!(found.iter().any(|s| s[1]
            .1
            .starts_with("The ferries will wait in the northern bay")));
    }

    #[test]
    fn a_paraphrase_matches_its_quote() {
        let found = statements(&[
            "“In the future, their infiltration into neighbouring ports is possible for \
             smuggling goods,” Vale said.",
            "Vale added that in the future, these gangs may infiltrate neighbouring ports and \
             smuggle goods.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_same_words_from_another_speaker_are_another_statement() {
        let found = statements(&[
            "“The harbour will stay closed until the storm passes,” Vale said.",
            "“The harbour will stay closed until the storm passes,” Lindqvist said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sentence_with_two_words_swapped_is_the_same_statement() {
        let found = statements(&[
            "Vale said on Friday in Tallinm.",
            "Vale said on Thursday in Tallinn.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn unrelated_articles_share_nothing() {
        let found = statements(&[
            "The harbour will stay closed until the storm passes.",
            "Wheat prices rose sharply in the spring markets.",
        ]);
        assert!(found.is_empty());
    }
}
