//! Word-level diff of two texts through `similar`, on the engine's own tokens.
//!
//! `similar`'s own word tokenizer splits only at whitespace, so `said,` and `said` would differ
//! as whole words. We diff our UAX #29 tokens by comparison key instead, and leave whitespace
//! out of the diff (it never anchors a match), then give every byte back to a run.
//!
//! After the raw diff comes a semantic clean-up, so that a reader sees changes, not soup:
//!
//! ```text
//! old:      the troops of the northern army withdrew
//! new:      the soldiers in a northern unit withdrew
//! raw:      the [-troops of-][+soldiers in+] [-the-][+a+] northern [-army-][+unit+] withdrew
//! cleaned:  the [-troops of the-][+soldiers in a+] northern [-army-][+unit+] withdrew
//! ```
//!
//! A lone stopword or punctuation mark between two changes is absorbed into one change, and a
//! run of three or more words deleted in one place and inserted in another is one move.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use similar::algorithms::{myers, Capture, Compact, DiffHook, Replace};
use similar::DiffOp;

use super::fasthash::FastMap;
use super::model::Span;

// `similar` takes `std::time::Instant` natively and `web_time::Instant` (its `wasm32_web_time`
// feature, on in the browser build) on wasm32, where `std`'s clock panics.
use super::normalize::{is_stopword, stem};
use super::token::{fingerprint_hash, word_tokens, Key, Token, TokenKind};
#[cfg(target_arch = "wasm32")]
use similar::Instant;
#[cfg(not(target_arch = "wasm32"))]
use std::time::Instant;

/// How long one pairwise diff may search for a shortest script before it settles for a good one.
const DIFF_BUDGET_MS: u64 = 250;

/// Each this many units (both sides) add a millisecond to [`DIFF_BUDGET_MS`].
const UNITS_PER_EXTRA_MS: usize = 1_000;

/// Units (both sides) above which a diff gets a deadline.
const DEADLINE_FROM_UNITS: usize = 4_000;

/// The largest gap between Patience anchors (old units times new units) that Myers searches
/// without a deadline.
const SMALL_GAP: usize = 64 * 64;

/// The largest substitution (units on both sides) that [`anchor_on_stems`] splits.
const MAX_ANCHORED_UNITS: usize = 160;

/// The smallest number of words that counts as a moved passage rather than a coincidence.
pub const MIN_MOVE_WORDS: usize = 3;

/// What a run of a two-text diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunTag {
    /// The same words on both sides (they may differ in case, quote style or spacing).
    Equal,
    /// Text only in the old side.
    Delete,
    /// Text only in the new side.
    Insert,
}

/// One run of a two-text diff: a byte range of the old text and one of the new text.
///
/// Equal runs cover text on both sides, deletions only old text (their `new` range is empty,
/// placed where the text would have been), insertions only new text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffRun {
    /// What the run is.
    pub tag: RunTag,
    /// Byte range in the old text.
    pub old: Span,
    /// Byte range in the new text.
    pub new: Span,
}

/// Diffs two whole texts word by word and returns runs that rebuild both inputs exactly:
/// the old text is the concatenation of the `old` ranges of equal and deleted runs, the new
/// text that of the `new` ranges of equal and inserted runs.
pub fn diff_texts(old: &str, new: &str) -> Vec<DiffRun> {
    // Whitespace takes no part in a diff (see `Side`); runs cover it from the byte offsets.
    let old_tokens = word_tokens(old);
    let new_tokens = word_tokens(new);
    let a = Side::new(&old_tokens, 0..old.len());
    let b = Side::new(&new_tokens, 0..new.len());
    let ops = diff_sides(&a, &b);
    runs_from_ops(&ops, &a, &b)
}

/// The tokens of one side of a diff that take part in it: every non-space token inside a range.
#[derive(Debug, Clone)]
pub struct Side<'t> {
    /// All tokens of the text the range lies in.
    pub tokens: &'t [Token],
    /// Indexes into `tokens` of the non-space tokens inside `range`, in order.
    pub units: Vec<usize>,
    /// The byte range of the text being compared.
    pub range: Range<usize>,
}

impl<'t> Side<'t> {
    /// The non-space tokens of `tokens` that lie inside the byte `range`.
    pub fn new(tokens: &'t [Token], range: Range<usize>) -> Self {
        let first = tokens.partition_point(|t| t.end <= range.start);
        let last = first + tokens[first..].partition_point(|t| t.start < range.end);
        // Sized up front, so the vector never moves while it fills.
        let mut units = Vec::with_capacity(last - first);
        // A plain loop: the size-optimised wasm would call the range iterator per token.
        let mut i = first;
        while i < last {
            let t = &tokens[i];
            if t.kind != TokenKind::Space && t.start >= range.start {
                units.push(i);
            }
            i += 1;
        }
        Side {
            tokens,
            units,
            range,
        }
    }

    /// The token that is unit `u` of this side.
    pub fn unit(&self, u: usize) -> &'t Token {
        &self.tokens[self.units[u]]
    }

    /// The byte span covered by units `r` (from the first one's start to the last one's end),
    /// or an empty span at `at` when `r` is empty.
    pub fn byte_span(&self, r: &Range<usize>, at: usize) -> Span {
        if r.is_empty() {
            Span::new(at, at)
        } else {
            Span::new(self.unit(r.start).start, self.unit(r.end - 1).end)
        }
    }
}

/// One operation of a cleaned-up diff, over unit indexes of the two sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitOp {
    /// What happened.
    pub tag: OpTag,
    /// Units of the old side.
    pub old: Range<usize>,
    /// Units of the new side.
    pub new: Range<usize>,
    /// When the old units reappear elsewhere: the index of the op whose new units they became.
    pub old_moved_to: Option<usize>,
    /// When the new units came from elsewhere: the index of the op whose old units they were.
    pub new_moved_from: Option<usize>,
}

/// The kind of a [`UnitOp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpTag {
    /// Same units on both sides.
    Equal,
    /// Units only on the old side.
    Delete,
    /// Units only on the new side.
    Insert,
    /// Old units replaced by new ones.
    Replace,
}

impl OpTag {
    fn is_change(self) -> bool {
        self != OpTag::Equal
    }
}

/// Diffs two sides by comparison key, then cleans the result up (see the module docs).
pub fn diff_sides<'t>(a: &Side<'t>, b: &Side<'t>) -> Vec<UnitOp> {
    // Keys become small integers first: `similar` then hashes and compares numbers, not strings.
    // News text repeats its words: a side's distinct keys are well under half its units.
    let mut ids = KeyInterner::with_capacity((a.units.len() + b.units.len()) / 4);
    let old_keys = intern_keys(a, &mut ids);
    let new_keys = intern_keys(b, &mut ids);
    // Small inputs finish fast whatever happens; checking a clock costs a call into JavaScript
    // per step in the browser, so only large inputs get a deadline.
    // The budget grows with the input, so a long text still gets a careful diff (it runs in a
    // worker) while a pathological one cannot run for ever.
    let units = old_keys.len() + new_keys.len();
    let budget = DIFF_BUDGET_MS + (units / UNITS_PER_EXTRA_MS) as u64;
    let deadline = (units > DEADLINE_FROM_UNITS)
        .then(|| Instant::now().checked_add(std::time::Duration::from_millis(budget)))
        .flatten();
    let raw = diff_ids(&old_keys, &new_keys, ids.len(), deadline);
    let ops = merge_changes(raw.iter().map(unit_op_from));
    let ops = absorb_small_equalities(ops, a);
    let ops = anchor_on_stems(ops, a, b);
    detect_moves(ops, a, b)
}

/// The diff of two id sequences (every id below `id_count`): Patience diff (see
/// [`PatienceCounts::anchors`]) down to small gaps, `similar`'s Myers inside those, and
/// `similar`'s clean-up that shifts edits to readable places and joins neighbouring changes,
/// anchor to anchor.
///
/// Every diff in the engine goes through here, on `u32` ids, with one hook type: `similar`'s
/// algorithms are generic over both, and each instantiation costs wasm (its Patience alone
/// instantiates Myers six ways). The anchors are found here rather than by `similar`'s
/// Patience because ids are small numbers: counting them takes arrays, not a hash map.
fn diff_ids(old: &[u32], new: &[u32], id_count: usize, deadline: Option<Instant>) -> Vec<DiffOp> {
    let mut ops: Vec<DiffOp> = Vec::new();
    let mut counts = PatienceCounts::new(id_count);
    let whole = Stretch {
        old: 0..old.len(),
        new: 0..new.len(),
    };
    diff_stretch(old, new, whole, &mut counts, deadline, 0, &mut ops);
    ops
}

/// A stretch of both id sequences being diffed.
struct Stretch {
    old: Range<usize>,
    new: Range<usize>,
}

/// How deep [`diff_stretch`] looks for anchors inside the gaps between anchors; past it a
/// gap goes to Myers whatever its size (and a pathological input cannot exhaust the stack).
const MAX_PATIENCE_DEPTH: usize = 8;

/// Diffs `stretch` into `ops`: its Patience anchors, then each gap between them, recursively
/// while a gap is large and has anchors of its own (where every word in a long stretch is
/// common, the words of a shorter one are often unique again), else by Myers.
fn diff_stretch(
    old: &[u32],
    new: &[u32],
    stretch: Stretch,
    counts: &mut PatienceCounts,
    deadline: Option<Instant>,
    depth: usize,
    ops: &mut Vec<DiffOp>,
) {
    let anchors = counts.anchors(old, new, &stretch);
    let found_anchors = !anchors.is_empty();
    let (mut i, mut j) = (stretch.old.start, stretch.new.start);
    let end = (stretch.old.end, stretch.new.end);
    for (anchor_i, anchor_j) in anchors.into_iter().chain([end]) {
        // The units right after the previous anchor (that anchor first) often agree: no
        // search for those.
        let same = old[i..anchor_i]
            .iter()
            .zip(&new[j..anchor_j])
            .take_while(|(x, y)| x == y)
            .count();
        let (gap_i, gap_j) = (i + same, j + same);
        let gap = (anchor_i - gap_i) * (anchor_j - gap_j);
        if gap_i == anchor_i && gap_j == anchor_j {
            push_equal_op(ops, i, j, same);
        } else if let Some(op) = single_word_change(old, new, gap_i..anchor_i, gap_j..anchor_j) {
            push_equal_op(ops, i, j, same);
            ops.push(op);
        } else if gap > SMALL_GAP && found_anchors && depth < MAX_PATIENCE_DEPTH {
            push_equal_op(ops, i, j, same);
            let inner = Stretch {
                old: gap_i..anchor_i,
                new: gap_j..anchor_j,
            };
            diff_stretch(old, new, inner, counts, deadline, depth + 1, ops);
        } else {
            // The stretch up to the next anchor, compacted on its own: an edit can slide
            // into the equal units before it, never past an anchor (an anchor's id occurs
            // once on each side of its stretch, so no edit there holds it). Small lists
            // compact in place, where one list of the whole diff took a gap buffer that cost
            // a tenth of a diff in the size-optimised wasm.
            let mut hook = Compact::new(Replace::new(Capture::new()), old, new);
            // Capturing cannot fail: its error type is uninhabited.
            if same > 0 {
                let Ok(()) = hook.equal(i, j, same);
            }
            // Myers' work on a gap is bounded by the product of its sides, so a small gap
            // needs no deadline, and checking the clock is a call into JavaScript in the
            // browser (several per gap). The work of all small gaps together stays linear:
            // each is at most sqrt(SMALL_GAP) times its length.
            let gap_deadline = if gap <= SMALL_GAP { None } else { deadline };
            let Ok(()) = myers::diff_deadline(
                &mut hook,
                old,
                gap_i..anchor_i,
                new,
                gap_j..anchor_j,
                gap_deadline,
            );
            for op in hook.into_inner().into_inner().into_ops() {
                match op {
                    DiffOp::Equal {
                        old_index,
                        new_index,
                        len,
                    } => push_equal_op(ops, old_index, new_index, len),
                    change => ops.push(change),
                }
            }
        }
        (i, j) = (anchor_i, anchor_j);
    }
}

/// The op for a gap of at most one unit a side whose units differ from their neighbours:
/// what Myers, compaction and `Replace` would make of it (nothing can slide), without
/// running them. Most gaps of a light edit are such single-word changes, and this spares
/// them the per-gap setup of all three.
fn single_word_change(
    old: &[u32],
    new: &[u32],
    old_gap: Range<usize>,
    new_gap: Range<usize>,
) -> Option<DiffOp> {
    // An edit can slide only across a unit equal to its own.
    let fixed = |seq: &[u32], gap: &Range<usize>| match gap.len() {
        0 => true,
        1 => {
            let at = gap.start;
            (at == 0 || seq[at - 1] != seq[at]) && seq.get(at + 1) != Some(&seq[at])
        }
        _ => false,
    };
    if !fixed(old, &old_gap) || !fixed(new, &new_gap) {
        return None;
    }
    Some(match (old_gap.len(), new_gap.len()) {
        (1, 1) => DiffOp::Replace {
            old_index: old_gap.start,
            old_len: 1,
            new_index: new_gap.start,
            new_len: 1,
        },
        (1, _) => DiffOp::Delete {
            old_index: old_gap.start,
            old_len: 1,
            new_index: new_gap.start,
        },
        _ => DiffOp::Insert {
            old_index: old_gap.start,
            new_index: new_gap.start,
            new_len: 1,
        },
    })
}

/// Appends an equal stretch to `ops`, joined to the last op when that is the equal stretch
/// right before it.
fn push_equal_op(ops: &mut Vec<DiffOp>, old_index: usize, new_index: usize, len: usize) {
    if len == 0 {
        return;
    }
    if let Some(DiffOp::Equal {
        old_index: last_old,
        new_index: last_new,
        len: last_len,
    }) = ops.last_mut()
    {
        if *last_old + *last_len == old_index && *last_new + *last_len == new_index {
            *last_len += len;
            return;
        }
    }
    ops.push(DiffOp::Equal {
        old_index,
        new_index,
        len,
    });
}

/// Per-id counters for finding Patience anchors, allocated once per diff and cleared after
/// each stretch (only the entries the stretch touched), so that looking again inside every
/// gap costs the gap's length, not the number of distinct ids.
struct PatienceCounts {
    /// How often each id occurs in the old side of the stretch: 0, 1, or 2 for "more".
    old_seen: Vec<u8>,
    /// The same for the new side.
    new_seen: Vec<u8>,
    /// Where in `new` an id last occurred.
    new_at: Vec<u32>,
}

impl PatienceCounts {
    fn new(id_count: usize) -> Self {
        PatienceCounts {
            old_seen: vec![0; id_count],
            new_seen: vec![0; id_count],
            new_at: vec![0; id_count],
        }
    }

    /// Pairs `(old index, new index)` of the Patience anchors of `stretch`: ids that occur
    /// exactly once in each side of it, as many of them as appear in the same order on both
    /// sides (the longest increasing run of their new indexes, by patience sorting in
    /// O(n log n)).
    fn anchors(&mut self, old: &[u32], new: &[u32], stretch: &Stretch) -> Vec<(usize, usize)> {
        let (old_part, new_part) = (&old[stretch.old.clone()], &new[stretch.new.clone()]);
        // (Slices rather than vectors: see `KeyInterner::id`.)
        let (old_seen, new_seen) = (&mut self.old_seen[..], &mut self.new_seen[..]);
        let new_at = &mut self.new_at[..];
        for &id in old_part {
            let seen = &mut old_seen[id as usize];
            *seen = (*seen + 1).min(2);
        }
        for (at, &id) in new_part.iter().enumerate() {
            let seen = &mut new_seen[id as usize];
            *seen = (*seen + 1).min(2);
            new_at[id as usize] = (stretch.new.start + at) as u32;
        }
        let mut candidates: Vec<(u32, u32)> =
            Vec::with_capacity(old_part.len().min(new_part.len()));
        for (at, &id) in old_part.iter().enumerate() {
            if old_seen[id as usize] == 1 && new_seen[id as usize] == 1 {
                candidates.push(((stretch.old.start + at) as u32, new_at[id as usize]));
            }
        }
        for &id in old_part {
            old_seen[id as usize] = 0;
        }
        for &id in new_part {
            new_seen[id as usize] = 0;
        }
        longest_increasing_run(&candidates)
    }
}

/// The longest run of `candidates` (in order) whose second numbers increase, by patience
/// sorting: `tails[k]` is the candidate ending the best run of length k + 1 found so far (the
/// one with the smallest second number), `back[c]` the candidate before c in its run.
fn longest_increasing_run(candidates: &[(u32, u32)]) -> Vec<(usize, usize)> {
    const NONE: u32 = u32::MAX;
    let mut tails: Vec<u32> = Vec::new();
    let mut back = vec![NONE; candidates.len()];
    let back = &mut back[..];
    for (c, &(_, new_index)) in candidates.iter().enumerate() {
        // How many tails end below `new_index` (a binary search written out: the
        // size-optimised wasm would call `partition_point`'s closure at every step).
        let sorted_tails = &tails[..];
        let (mut len, mut above) = (0, sorted_tails.len());
        while len < above {
            let mid = (len + above) / 2;
            if candidates[sorted_tails[mid] as usize].1 < new_index {
                len = mid + 1;
            } else {
                above = mid;
            }
        }
        if len > 0 {
            back[c] = tails[len - 1];
        }
        if len == tails.len() {
            tails.push(c as u32);
        } else {
            tails[len] = c as u32;
        }
    }
    let mut anchors = Vec::with_capacity(tails.len());
    let mut c = tails.last().copied().unwrap_or(NONE);
    while c != NONE {
        let (i, j) = candidates[c as usize];
        anchors.push((i as usize, j as usize));
        c = back[c as usize];
    }
    anchors.reverse();
    anchors
}

/// Numbers for comparison keys: the same number for the same key, counting up from 0.
///
/// The diff numbers every word of both texts, so this is its own small open-addressing table
/// over [`Key::word_hash`] rather than a `HashMap` of strings: hashing strings byte by byte
/// and the map's generic probing were a fifth of a diff in the size-optimised wasm.
struct KeyInterner<'t> {
    /// `slots[i]` is 0 when empty, else 1 + the id of the key stored there.
    slots: Vec<u32>,
    /// The keys by id, and their fingerprints ([`Key::fingerprint`]): comparing those needs
    /// no trip to the tokens, which lie all over memory.
    keys: Vec<(Option<[u64; 3]>, &'t Key)>,
}

impl<'t> KeyInterner<'t> {
    /// An interner with room for `expected` distinct keys before it grows.
    fn with_capacity(expected: usize) -> Self {
        KeyInterner {
            slots: vec![0; (expected * 2).next_power_of_two().max(16)],
            keys: Vec::with_capacity(expected),
        }
    }

    /// How many distinct keys have ids.
    fn len(&self) -> usize {
        self.keys.len()
    }

    /// The id of `key`, a new one if it is new.
    fn id(&mut self, key: &'t Key) -> u32 {
        // At most half full, so a probe always meets an empty slot.
        if self.keys.len() * 2 >= self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let fingerprint = key.fingerprint();
        let hash = fingerprint.map_or_else(|| key.word_hash(), fingerprint_hash);
        let mut at = slot_of(hash, self.slots.len());
        // Slices, not the vectors: the size-optimised wasm calls `Vec`'s `Index` as a
        // function on every probe, a slice index is inline.
        let (slots, keys) = (&mut self.slots[..], &self.keys[..]);
        loop {
            let taken = slots[at];
            if taken == 0 {
                let id = keys.len() as u32;
                slots[at] = id + 1;
                self.keys.push((fingerprint, key));
                return id;
            }
            let same = match (fingerprint, &keys[(taken - 1) as usize]) {
                // Word by word: comparing the arrays is a call to a loop there.
                (Some([a0, a1, a2]), (Some([b0, b1, b2]), _)) => {
                    a0 == *b0 && a1 == *b1 && a2 == *b2
                }
                (None, (None, theirs)) => *theirs == key,
                _ => false,
            };
            if same {
                return taken - 1;
            }
            at = (at + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let mask = self.slots.len() * 2 - 1;
        let mut slots = vec![0u32; mask + 1];
        for (id, (_, key)) in self.keys.iter().enumerate() {
            let mut at = slot_of(key.word_hash(), mask + 1);
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = id as u32 + 1;
        }
        self.slots = slots;
    }
}

/// The first slot to probe for `hash` in a table of `len` slots (a power of two): the hash's
/// top bits, since a multiplicative hash mixes its input into the high bits.
fn slot_of(hash: u64, len: usize) -> usize {
    (hash >> (64 - len.trailing_zeros())) as usize
}

/// The comparison key of every unit of a side as a number, the same number for the same key.
fn intern_keys<'t>(side: &Side<'t>, ids: &mut KeyInterner<'t>) -> Vec<u32> {
    side.units
        .iter()
        .map(|&i| ids.id(&side.tokens[i].key))
        .collect()
}

/// Splits a long substitution at content words the two sides share up to inflection, so a
/// re-translation reads as several small changes rather than one block:
///
/// ```text
/// before: [-secretly sponsor the Dolphins-]{+are covertly sponsoring Harbour United+}
/// after:  [-secretly-]{+are covertly+} [-sponsor-]{+sponsoring+} [-the Dolphins-]{+Harbour United+}
/// ```
///
/// Only content words anchor; stopwords and punctuation never do, so equalities absorbed on
/// purpose (see [`absorb_small_equalities`]) stay absorbed.
fn anchor_on_stems(ops: Vec<UnitOp>, a: &Side, b: &Side) -> Vec<UnitOp> {
    let mut out = Vec::with_capacity(ops.len());
    for op in ops {
        // Long substitutions are rewrites (or unrelated text): splitting them would cost a
        // quadratic diff and tell the reader nothing.
        let size = op.old.len() + op.new.len();
        if op.tag != OpTag::Replace || !(4..=MAX_ANCHORED_UNITS).contains(&size) {
            out.push(op);
            continue;
        }
        // Content words get the id of their stem; every other unit an id of its own, never
        // equal to anything on the other side.
        let mut stem_ids: FastMap<Key, u32> = FastMap::default();
        let mut id_count = 0u32;
        let mut ids = |side: &Side, r: &Range<usize>| -> Vec<u32> {
            r.clone()
                .map(|u| {
                    let t = side.unit(u);
                    let fresh = id_count;
                    let id = if t.is_wordlike() && !is_stopword(&t.key) {
                        *stem_ids.entry(stem(&t.key)).or_insert(fresh)
                    } else {
                        fresh
                    };
                    if id == fresh {
                        id_count += 1;
                    }
                    id
                })
                .collect()
        };
        let (ka, kb) = (ids(a, &op.old), ids(b, &op.new));
        let sub = diff_ids(&ka, &kb, id_count as usize, None);
        let (o0, n0) = (op.old.start, op.new.start);
        let pieces: Vec<UnitOp> = sub
            .iter()
            .flat_map(|d| {
                let (tag, old, new) = d.as_tag_tuple();
                let (old, new) = (o0 + old.start..o0 + old.end, n0 + new.start..n0 + new.end);
                if tag == similar::DiffTag::Equal {
                    // Each anchor pair is its own op: equal if the keys agree, else a
                    // one-word substitution (an inflection).
                    old.zip(new)
                        .map(|(x, y)| {
                            let same = a.unit(x).key == b.unit(y).key;
                            plain_op(
                                if same { OpTag::Equal } else { OpTag::Replace },
                                x..x + 1,
                                y..y + 1,
                            )
                        })
                        .collect::<Vec<_>>()
                } else {
                    vec![plain_op(change_tag(&old, &new), old, new)]
                }
            })
            .collect();
        out.extend(merge_split_pieces(pieces, a, b));
    }
    out
}

fn plain_op(tag: OpTag, old: Range<usize>, new: Range<usize>) -> UnitOp {
    UnitOp {
        tag,
        old,
        new,
        old_moved_to: None,
        new_moved_from: None,
    }
}

/// Joins the pieces of a split substitution back where splitting would only add noise: a
/// deletion next to an insertion is one substitution, and a piece of nothing but stopwords and
/// punctuation (`to` → `of`) glues its neighbours into one change
/// (`important to coordinate` → `importance of coordination`).
fn merge_split_pieces(pieces: Vec<UnitOp>, a: &Side, b: &Side) -> Vec<UnitOp> {
    let trivial = |side: &Side, r: &Range<usize>| {
        r.clone().all(|u| {
            let t = side.unit(u);
            !t.is_wordlike() || is_stopword(&t.key)
        })
    };
    let mut out: Vec<UnitOp> = Vec::new();
    let mut glue_open = false;
    for p in pieces {
        let glue = p.tag != OpTag::Equal && trivial(a, &p.old) && trivial(b, &p.new);
        let plain = |op: &UnitOp| matches!(op.tag, OpTag::Delete | OpTag::Insert);
        match out.last_mut() {
            Some(last)
                if last.tag != OpTag::Equal
                    && p.tag != OpTag::Equal
                    && (glue || glue_open || (plain(last) && plain(&p))) =>
            {
                last.old.end = p.old.end;
                last.new.end = p.new.end;
                last.tag = change_tag(&last.old, &last.new);
            }
            _ => out.push(p),
        }
        glue_open = glue;
    }
    out
}

fn unit_op_from(op: &DiffOp) -> UnitOp {
    let (tag, old, new) = op.as_tag_tuple();
    let tag = match tag {
        similar::DiffTag::Equal => OpTag::Equal,
        similar::DiffTag::Delete => OpTag::Delete,
        similar::DiffTag::Insert => OpTag::Insert,
        similar::DiffTag::Replace => OpTag::Replace,
    };
    plain_op(tag, old, new)
}

/// Joins neighbouring non-equal ops into one, so a deletion next to an insertion is one
/// substitution.
fn merge_changes(ops: impl Iterator<Item = UnitOp>) -> Vec<UnitOp> {
    let mut out: Vec<UnitOp> = Vec::new();
    for op in ops {
        if op.old.is_empty() && op.new.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.tag.is_change() && op.tag.is_change() => {
                last.old.end = op.old.end;
                last.new.end = op.new.end;
                last.tag = change_tag(&last.old, &last.new);
            }
            Some(last) if last.tag == OpTag::Equal && op.tag == OpTag::Equal => {
                last.old.end = op.old.end;
                last.new.end = op.new.end;
            }
            _ => out.push(op),
        }
    }
    out
}

fn change_tag(old: &Range<usize>, new: &Range<usize>) -> OpTag {
    match (old.is_empty(), new.is_empty()) {
        (true, _) => OpTag::Insert,
        (_, true) => OpTag::Delete,
        _ => OpTag::Replace,
    }
}

/// Absorbs an equality of one stopword or punctuation mark that sits between two changes when
/// one of them spans several units, and an equality of up to two units between changes that
/// are each at least three times longer.
///
/// Two one-word substitutions around a stopword stay apart (`Friday in Minks` → `Thursday in
/// Minsk` is two changes, a date and a name), since each is a clean swap a reader can check.
fn absorb_small_equalities(ops: Vec<UnitOp>, a: &Side) -> Vec<UnitOp> {
    let mut out: Vec<UnitOp> = Vec::with_capacity(ops.len());
    let mut i = 0;
    while i < ops.len() {
        let op = &ops[i];
        let between_changes = i > 0
            && i + 1 < ops.len()
            && op.tag == OpTag::Equal
            && out.last().is_some_and(|l: &UnitOp| l.tag.is_change())
            && ops[i + 1].tag.is_change();
        if between_changes && is_absorbable(op, out.last().unwrap(), &ops[i + 1], a) {
            let next = &ops[i + 1];
            let last = out.last_mut().unwrap();
            last.old.end = next.old.end;
            last.new.end = next.new.end;
            last.tag = change_tag(&last.old, &last.new);
            i += 2;
            continue;
        }
        out.push(op.clone());
        i += 1;
    }
    out
}

fn is_absorbable(eq: &UnitOp, before: &UnitOp, after: &UnitOp, a: &Side) -> bool {
    let len = eq.old.len();
    let size = |op: &UnitOp| op.old.len().max(op.new.len());
    let trivial = |u: usize| {
        let t = a.unit(u);
        t.kind == TokenKind::Punct || is_stopword(&t.key)
    };
    if len == 1 && trivial(eq.old.start) && size(before).max(size(after)) >= 2 {
        return true;
    }
    len <= 2 && size(before) >= 3 * len && size(after) >= 3 * len
}

/// Finds runs of at least [`MIN_MOVE_WORDS`] words that one change removes and another change
/// (elsewhere) adds, and splits those changes so each run becomes the two ends of one move.
///
/// ```text
/// old: Officials of the port said the ships will leave on Monday.
/// new: The ships will leave on Monday, officials of the port said.
/// →    [moved away: Officials of the port said] the ships will leave on Monday[+,+]
///      [moved here: officials of the port said].
/// ```
///
/// Only words are compared (punctuation may change on the way). Candidates are found through
/// three-word shingles of the added text, so the cost stays near-linear in the number of changes.
fn detect_moves<'t>(ops: Vec<UnitOp>, a: &Side<'t>, b: &Side<'t>) -> Vec<UnitOp> {
    // Word units (unit index, key) of a range of a side.
    let words = |side: &Side<'t>, r: &Range<usize>| -> Vec<(usize, &'t str)> {
        r.clone()
            .filter(|&u| side.unit(u).is_wordlike())
            .map(|u| (u, side.unit(u).key.as_str()))
            .collect()
    };
    // Where each three-word shingle of added text is: (op, index of its first word).
    let mut shingles: FastMap<[&str; 3], Vec<(usize, usize)>> = FastMap::default();
    let added: Vec<Vec<(usize, &str)>> = ops
        .iter()
        .map(|op| match op.tag {
            OpTag::Equal => Vec::new(),
            _ => words(b, &op.new),
        })
        .collect();
    for (k, w) in added.iter().enumerate() {
        for (q, win) in w.windows(MIN_MOVE_WORDS).enumerate() {
            // A move carries at least one content word, so only shingles with one can find it;
            // the others ("of the said") would make every change a candidate of every other.
            if win.iter().all(|(_, key)| is_stopword(key)) {
                continue;
            }
            shingles
                .entry([win[0].1, win[1].1, win[2].1])
                .or_default()
                .push((k, q));
        }
    }
    // An op may lose words to one move and gain words from another (a swap of two passages).
    let (mut used_old, mut used_new) = (vec![false; ops.len()], vec![false; ops.len()]);
    // (op losing words, its moved unit range; op gaining words, its moved unit range)
    let mut moves: Vec<(usize, Range<usize>, usize, Range<usize>)> = Vec::new();
    for d in 0..ops.len() {
        if used_old[d] || ops[d].tag == OpTag::Equal || ops[d].old.is_empty() {
            continue;
        }
        let gone = words(a, &ops[d].old);
        // Each shared shingle seeds a common run, grown both ways; a seed inside a run already
        // grown on the same diagonal of the same op adds nothing.
        let mut grown: FastMap<(usize, isize), usize> = FastMap::default();
        let mut best: Option<(usize, usize, usize, usize)> = None; // (len, op, x, y)
        for (p, win) in gone.windows(MIN_MOVE_WORDS).enumerate() {
            let Some(posting) = shingles.get(&[win[0].1, win[1].1, win[2].1]) else {
                continue;
            };
            // A shingle found in many places tells nothing about where this text went.
            if posting.len() > MAX_SHINGLE_POSTINGS {
                continue;
            }
            for &(i, q) in posting {
                let diagonal = (i, p as isize - q as isize);
                if i == d || used_new[i] || grown.get(&diagonal).is_some_and(|&end| p < end) {
                    continue;
                }
                let (x, y, len) = common_run_around(&gone, &added[i], p, q);
                grown.insert(diagonal, x + len);
                let better = best.is_none_or(|(bl, bi, _, _)| len > bl || (len == bl && i < bi));
                if better {
                    best = Some((len, i, x, y));
                }
            }
        }
        if let Some((len, i, x, y)) = best {
            // Three stopwords ("with of and") in two places are a coincidence, not a move.
            let content = gone[x..x + len]
                .iter()
                .filter(|(_, k)| !is_stopword(k))
                .count();
            if len >= MIN_MOVE_WORDS && content >= 1 {
                used_old[d] = true;
                used_new[i] = true;
                let old_units = gone[x].0..gone[x + len - 1].0 + 1;
                let new_units = added[i][y].0..added[i][y + len - 1].0 + 1;
                moves.push((d, old_units, i, new_units));
            }
        }
    }
    if moves.is_empty() {
        return ops;
    }
    // Rebuild the op list with each moving op split around its moved parts:
    // change(old before, new before) · moved away · moved here · change(old after, new after).
    let mut out: Vec<UnitOp> = Vec::with_capacity(ops.len() + 3 * moves.len());
    let mut away_at: FastMap<usize, usize> = FastMap::default();
    let mut here_at: FastMap<usize, usize> = FastMap::default();
    for (k, op) in ops.into_iter().enumerate() {
        let away = moves.iter().position(|mv| mv.0 == k);
        let here = moves.iter().position(|mv| mv.2 == k);
        if away.is_none() && here.is_none() {
            out.push(op);
            continue;
        }
        let old_mid = away.map_or(op.old.end..op.old.end, |m| moves[m].1.clone());
        let new_mid = here.map_or(op.new.end..op.new.end, |m| moves[m].3.clone());
        let (old_pre, old_post) = (op.old.start..old_mid.start, old_mid.end..op.old.end);
        let (new_pre, new_post) = (op.new.start..new_mid.start, new_mid.end..op.new.end);
        out.push(plain_op(
            change_tag(&old_pre, &new_pre),
            old_pre,
            new_pre.clone(),
        ));
        if let Some(m) = away {
            away_at.insert(m, out.len());
            out.push(plain_op(
                OpTag::Delete,
                old_mid.clone(),
                new_pre.end..new_pre.end,
            ));
        }
        if let Some(m) = here {
            here_at.insert(m, out.len());
            out.push(plain_op(
                OpTag::Insert,
                old_mid.end..old_mid.end,
                new_mid.clone(),
            ));
        }
        out.push(plain_op(
            change_tag(&old_post, &new_post),
            old_post,
            new_post,
        ));
    }
    for m in 0..moves.len() {
        let (from, to) = (away_at[&m], here_at[&m]);
        out[from].old_moved_to = Some(to);
        out[to].new_moved_from = Some(from);
    }
    // Drop the empty pieces the split left, keeping move indices right.
    let keep: Vec<bool> = out
        .iter()
        .map(|op| !(op.old.is_empty() && op.new.is_empty()))
        .collect();
    let mut new_index = vec![0; out.len()];
    let mut n = 0;
    for (k, &kept) in keep.iter().enumerate() {
        new_index[k] = n;
        n += usize::from(kept);
    }
    out.into_iter()
        .zip(keep)
        .filter_map(|(mut op, kept)| {
            op.old_moved_to = op.old_moved_to.map(|t| new_index[t]);
            op.new_moved_from = op.new_moved_from.map(|f| new_index[f]);
            kept.then_some(op)
        })
        .collect()
}

/// Shingles found more often than this in the added text are too common to locate a move.
const MAX_SHINGLE_POSTINGS: usize = 8;

/// The run of equal keys in `x` and `y` through `x[p]` = `y[q]`, grown as far as it goes both
/// ways: (start in x, start in y, length).
fn common_run_around(
    x: &[(usize, &str)],
    y: &[(usize, &str)],
    p: usize,
    q: usize,
) -> (usize, usize, usize) {
    let back = x[..p]
        .iter()
        .rev()
        .zip(y[..q].iter().rev())
        .take_while(|(u, v)| u.1 == v.1)
        .count();
    let forward = x[p..]
        .iter()
        .zip(&y[q..])
        .take_while(|(u, v)| u.1 == v.1)
        .count();
    (p - back, q - back, back + forward)
}

/// Turns cleaned-up unit ops into byte runs that rebuild both sides exactly. Whitespace and any
/// other text between units goes to the neighbouring equal run, or, between two changes, to the
/// second change.
pub fn runs_from_ops(ops: &[UnitOp], a: &Side, b: &Side) -> Vec<DiffRun> {
    let mut runs: Vec<DiffRun> = Vec::new();
    let (mut old_cur, mut new_cur) = (a.range.start, b.range.start);
    let mut after_change = false;
    for op in ops {
        let mut old_span = a.byte_span(&op.old, old_cur);
        let mut new_span = b.byte_span(&op.new, new_cur);
        if op.tag != OpTag::Equal && after_change {
            // Two changes with nothing but spacing between them read as one: the spacing goes
            // with the change, not into an equal run of its own.
            if !op.old.is_empty() {
                old_span.start = old_cur;
            }
            if !op.new.is_empty() {
                new_span.start = new_cur;
            }
        }
        after_change = op.tag != OpTag::Equal;
        if op.tag == OpTag::Equal {
            push_equal(&mut runs, old_cur..old_span.end, new_cur..new_span.end);
        } else {
            // Text between the previous op and this change (usually whitespace) is equal text.
            let old_gap_end = if op.old.is_empty() {
                old_cur
            } else {
                old_span.start
            };
            let new_gap_end = if op.new.is_empty() {
                new_cur
            } else {
                new_span.start
            };
            push_equal(&mut runs, old_cur..old_gap_end, new_cur..new_gap_end);
            if !op.old.is_empty() {
                runs.push(DiffRun {
                    tag: RunTag::Delete,
                    old: old_span,
                    new: Span::new(new_gap_end, new_gap_end),
                });
            }
            if !op.new.is_empty() {
                runs.push(DiffRun {
                    tag: RunTag::Insert,
                    old: Span::new(old_span.end, old_span.end),
                    new: new_span,
                });
            }
        }
        old_cur = old_span.end.max(old_cur);
        new_cur = new_span.end.max(new_cur);
    }
    push_equal(&mut runs, old_cur..a.range.end, new_cur..b.range.end);
    runs
}

fn push_equal(runs: &mut Vec<DiffRun>, old: Range<usize>, new: Range<usize>) {
    if old.is_empty() && new.is_empty() {
        return;
    }
    if let Some(last) = runs.last_mut() {
        if last.tag == RunTag::Equal && last.old.end == old.start && last.new.end == new.start {
            last.old.end = old.end;
            last.new.end = new.end;
            return;
        }
    }
    runs.push(DiffRun {
        tag: RunTag::Equal,
        old: Span::new(old.start, old.end),
        new: Span::new(new.start, new.end),
    });
}

/// Rebuilds the old text (`old_side`) or the new text from a list of runs; used by tests and
/// by anyone who wants to check that a diff lost nothing.
pub fn rebuild(runs: &[DiffRun], text: &str, old_side: bool) -> String {
    runs.iter()
        .filter(|r| match r.tag {
            RunTag::Equal => true,
            RunTag::Delete => old_side,
            RunTag::Insert => !old_side,
        })
        .map(|r| {
            let s = if old_side { r.old } else { r.new };
            &text[s.start..s.end]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::token::tokenize;

    /// The length of a longest common subsequence of the ids unique on both sides, by the
    /// textbook quadratic table: what [`PatienceCounts::anchors`] must reach by patience
    /// sorting.
    fn unique_lcs_len(old: &[u32], new: &[u32]) -> usize {
        let once = |xs: &[u32], id: u32| xs.iter().filter(|&&x| x == id).count() == 1;
        let keep = |xs: &[u32], other: &[u32]| -> Vec<u32> {
            xs.iter()
                .copied()
                .filter(|&id| once(xs, id) && once(other, id))
                .collect()
        };
        let (a, b) = (keep(old, new), keep(new, old));
        let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                table[i + 1][j + 1] = if a[i] == b[j] {
                    table[i][j] + 1
                } else {
                    table[i][j + 1].max(table[i + 1][j])
                };
            }
        }
        table[a.len()][b.len()]
    }

    proptest::proptest! {
        #[test]
        fn interned_ids_count_up_and_repeat_for_equal_keys(
            // Short and long keys (inline and heap), few enough to repeat; the table grows.
            words in proptest::collection::vec("[ab]{1,3}|[ab]{23,24}", 0..200),
        ) {
            let keys: Vec<Key> = words.iter().map(|w| Key::new(w)).collect();
            let mut interner = KeyInterner::with_capacity(1);
            let mut expected: std::collections::HashMap<&str, u32> = Default::default();
            for (word, key) in words.iter().zip(&keys) {
                let next = expected.len() as u32;
                let want = *expected.entry(word.as_str()).or_insert(next);
                proptest::prop_assert_eq!(interner.id(key), want);
            }
            proptest::prop_assert_eq!(interner.len(), expected.len());
        }

        #[test]
        fn anchors_are_a_longest_run_of_shared_unique_ids(
            old in proptest::collection::vec(0u32..12, 0..24),
            new in proptest::collection::vec(0u32..12, 0..24),
        ) {
            let whole = Stretch { old: 0..old.len(), new: 0..new.len() };
            let anchors = PatienceCounts::new(12).anchors(&old, &new, &whole);
            for pair in anchors.windows(2) {
                proptest::prop_assert!(pair[0].0 < pair[1].0 && pair[0].1 < pair[1].1);
            }
            for &(i, j) in &anchors {
                proptest::prop_assert_eq!(old[i], new[j]);
                proptest::prop_assert_eq!(old.iter().filter(|&&x| x == old[i]).count(), 1);
                proptest::prop_assert_eq!(new.iter().filter(|&&x| x == new[j]).count(), 1);
            }
            proptest::prop_assert_eq!(anchors.len(), unique_lcs_len(&old, &new));
        }

        #[test]
        fn anchors_of_a_stretch_are_unique_inside_it_and_counts_start_clean(
            old in proptest::collection::vec(0u32..12, 0..24),
            new in proptest::collection::vec(0u32..12, 0..24),
            cut in 0usize..24,
        ) {
            let mut counts = PatienceCounts::new(12);
            let inner = Stretch { old: cut.min(old.len())..old.len(), new: 0..new.len() };
            let first = counts.anchors(&old, &new, &inner);
            for &(i, j) in &first {
                proptest::prop_assert!(inner.old.contains(&i));
                let in_old = old[inner.old.clone()].iter().filter(|&&x| x == old[i]).count();
                proptest::prop_assert_eq!(in_old, 1);
                proptest::prop_assert_eq!(new.iter().filter(|&&x| x == new[j]).count(), 1);
            }
            // The counters were cleared: asking again gives the same anchors.
            proptest::prop_assert_eq!(counts.anchors(&old, &new, &inner), first);
        }

        #[test]
        fn id_diff_covers_both_sides_and_pairs_only_equal_ids(
            old in proptest::collection::vec(0u32..6, 0..40),
            new in proptest::collection::vec(0u32..6, 0..40),
        ) {
            assert_id_diff_covers_both_sides(&old, &new, 6)?;
        }

        // Long enough that gaps exceed SMALL_GAP: a reversed block leaves one large gap,
        // in which the diff looks for anchors again (and finds some among its unique ids).
        #[test]
        fn long_id_diffs_cover_both_sides_and_pair_only_equal_ids(
            old in proptest::collection::vec(0u32..400, 100..400),
            from in 0usize..100,
            len in 0usize..300,
        ) {
            let to = (from + len).min(old.len());
            let mut new = old.clone();
            new[from..to].reverse();
            assert_id_diff_covers_both_sides(&old, &new, 400)?;
            let mut inserted = old.clone();
            inserted.splice(from..from, new[from..to].iter().rev().copied());
            assert_id_diff_covers_both_sides(&old, &inserted, 400)?;
        }
    }

    /// Checks that `diff_ids` ops cover both sequences in order, pairing only equal ids.
    fn assert_id_diff_covers_both_sides(
        old: &[u32],
        new: &[u32],
        id_count: usize,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let (mut i, mut j) = (0, 0);
        for op in diff_ids(old, new, id_count, None) {
            let (tag, o, n) = op.as_tag_tuple();
            proptest::prop_assert_eq!((o.start, n.start), (i, j));
            if tag == similar::DiffTag::Equal {
                proptest::prop_assert_eq!(&old[o.clone()], &new[n.clone()]);
            }
            (i, j) = (o.end, n.end);
        }
        proptest::prop_assert_eq!((i, j), (old.len(), new.len()));
        Ok(())
    }

    #[test]
    fn a_single_word_change_is_made_directly_unless_it_could_slide() {
        let replaced = single_word_change(&[1, 2, 5, 3], &[1, 2, 4, 3], 2..3, 2..3);
        assert_eq!(
            replaced,
            Some(DiffOp::Replace {
                old_index: 2,
                old_len: 1,
                new_index: 2,
                new_len: 1
            })
        );
        // `2 2`: deleting either 2 is the same edit, so compaction decides.
        assert_eq!(
            single_word_change(&[1, 2, 2, 3], &[1, 2, 3], 2..3, 2..2),
            None
        );
        assert_eq!(
            single_word_change(&[1, 2, 3], &[1, 2, 3, 3], 3..3, 3..4),
            None
        );
        let inserted = single_word_change(&[1, 3], &[1, 2, 3], 1..1, 1..2);
        assert_eq!(
            inserted,
            Some(DiffOp::Insert {
                old_index: 1,
                new_index: 1,
                new_len: 1
            })
        );
    }

    fn changed(runs: &[DiffRun], old: &str, new: &str, tag: RunTag) -> Vec<String> {
        runs.iter()
            .filter(|r| r.tag == tag)
            .map(|r| match tag {
                // Spacing between two changes travels with the second; the words are what
                // these tests look at.
                RunTag::Delete => old[r.old.start..r.old.end].trim().to_string(),
                _ => new[r.new.start..r.new.end].trim().to_string(),
            })
            .collect()
    }

    #[test]
    fn weekday_and_city_are_the_only_changes() {
        let old = "Shoigu said on Friday in Minks.";
        let new = "Shoigu said on Thursday in Minsk.";
        let runs = diff_texts(old, new);
        assert_eq!(
            changed(&runs, old, new, RunTag::Delete),
            ["Friday", "Minks"]
        );
        assert_eq!(
            changed(&runs, old, new, RunTag::Insert),
            ["Thursday", "Minsk"]
        );
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
    }

    #[test]
    fn a_comma_is_the_only_difference_between_said_and_said_comma() {
        let (old, new) = ("he said, then", "he said then");
        let runs = diff_texts(old, new);
        assert_eq!(changed(&runs, old, new, RunTag::Delete), [","]);
        assert!(changed(&runs, old, new, RunTag::Insert).is_empty());
    }

    #[test]
    fn case_and_quote_style_are_not_changes() {
        let runs = diff_texts("“We Will,” he said", "\"we will,\" he said");
        assert!(runs.iter().all(|r| r.tag == RunTag::Equal));
    }

    #[test]
    fn a_lone_stopword_between_changes_is_absorbed() {
        let old = "the troops of the northern army withdrew";
        let new = "the soldiers in a northern unit withdrew";
        let runs = diff_texts(old, new);
        let deleted = changed(&runs, old, new, RunTag::Delete);
        assert_eq!(deleted, ["troops of the", "army"]);
    }

    /// The number of moves in the diff of two texts, after checking that its runs rebuild both.
    fn moves_in(old: &str, new: &str) -> usize {
        let (ta, tb) = (tokenize(old), tokenize(new));
        let (a, b) = (Side::new(&ta, 0..old.len()), Side::new(&tb, 0..new.len()));
        let ops = diff_sides(&a, &b);
        let runs = runs_from_ops(&ops, &a, &b);
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
        ops.iter().filter(|o| o.old_moved_to.is_some()).count()
    }

    #[test]
    fn a_moved_attribution_is_one_move() {
        let old = "Officials of the port said the ships will leave on Monday.";
        let new = "The ships will leave on Monday, officials of the port said.";
        assert_eq!(moves_in(old, new), 1);
    }

    #[test]
    fn a_retranslation_splits_at_shared_stems() {
        let old = "the unions secretly sponsor the Dolphins now";
        let new = "the unions are covertly sponsoring Harbour United now";
        let runs = diff_texts(old, new);
        assert_eq!(
            changed(&runs, old, new, RunTag::Delete),
            ["secretly", "sponsor", "the Dolphins"]
        );
        assert_eq!(
            changed(&runs, old, new, RunTag::Insert),
            ["are covertly", "sponsoring", "Harbour United"]
        );
    }

    #[test]
    fn changes_split_at_a_shared_stem_are_one_run() {
        let old = "the unions secretly sponsor the Dolphins now";
        let new = "the unions are covertly sponsoring Harbour United now";
        let runs = diff_texts(old, new);
        let equal: Vec<_> = runs
            .iter()
            .filter(|r| r.tag == RunTag::Equal)
            .map(|r| &new[r.new.start..r.new.end])
            .collect();
        assert_eq!(equal, ["the unions ", " now"]);
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
    }

    #[test]
    fn part_of_a_longer_change_can_move() {
        let old = "instead of rebuilding the harbour after the long strike, the city councils are trying to sell it.";
        let new = "The city councils, Vale noted, instead of rebuilding the harbour, are trying to sell it.";
        let (ta, tb) = (tokenize(old), tokenize(new));
        let (a, b) = (Side::new(&ta, 0..old.len()), Side::new(&tb, 0..new.len()));
        let ops = diff_sides(&a, &b);
        let away: Vec<_> = ops.iter().filter(|o| o.old_moved_to.is_some()).collect();
        assert_eq!(away.len(), 1, "{ops:?}");
        let here = &ops[away[0].old_moved_to.unwrap()];
        assert_eq!(here.new_moved_from.map(|f| &ops[f]), Some(away[0]));
        assert_eq!(
            &old[a.byte_span(&away[0].old, 0).start..a.byte_span(&away[0].old, 0).end],
            "the city councils"
        );
        assert_eq!(
            &new[b.byte_span(&here.new, 0).start..b.byte_span(&here.new, 0).end],
            "The city councils"
        );
        let runs = runs_from_ops(&ops, &a, &b);
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
    }

    #[test]
    fn two_passages_that_swap_places_are_two_moves() {
        let old = "Under these rules, we must reopen talks - with the unions and with the owners.";
        let new = "With the unions and with the owners, we must reopen talks under these rules.";
        assert_eq!(moves_in(old, new), 2);
    }

    #[test]
    fn three_stopwords_in_two_places_are_not_a_move() {
        let old = "ships wait with of and docks close";
        let new = "boats sail and docks open with of and";
        assert_eq!(moves_in(old, new), 0);
    }

    #[test]
    fn whitespace_only_inputs_rebuild() {
        let runs = diff_texts("  \n", " ");
        assert_eq!(rebuild(&runs, "  \n", true), "  \n");
        assert_eq!(rebuild(&runs, " ", false), " ");
    }

    #[test]
    fn side_restricted_to_a_range_skips_outside_tokens() {
        let text = "one two three four";
        let tokens = tokenize(text);
        let side = Side::new(&tokens, 4..13);
        let words: Vec<_> = side.units.iter().map(|&i| tokens[i].text(text)).collect();
        assert_eq!(words, ["two", "three"]);
    }
}
