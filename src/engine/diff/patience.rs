//! Patience diff on dense ids, with `similar`'s Myers in the gaps between anchors.
//!
//! Anchors are the ids that occur exactly once on each side of a stretch, as many of them as
//! keep their order (a longest increasing run, by patience sorting in O(n log n)). Between two
//! anchors a large gap is searched again for anchors of its own (where every word in a long
//! stretch is common, the words of a shorter one are often unique again); a small one, or one
//! without anchors, goes to Myers. Cost: O(n log n) for the anchors of a stretch, plus Myers
//! in each gap, at most [`SMALL_GAP`] steps for a small gap (so all small gaps together stay
//! linear: each costs at most sqrt(SMALL_GAP) times its length) and under the deadline for a
//! large one.

use std::ops::Range;

use similar::algorithms::{myers, Capture, Compact, DiffHook, Replace};
use similar::DiffOp;

use super::SMALL_GAP;
use crate::engine::platform::Instant;

/// The diff of two id sequences (every id below `id_count`): Patience diff (see
/// [`PatienceCounts::anchors`]) down to small gaps, `similar`'s Myers inside those, and
/// `similar`'s clean-up that shifts edits to readable places and joins neighbouring changes,
/// anchor to anchor.
///
/// Every diff in the engine goes through here, on `u32` ids, with one hook type: `similar`'s
/// algorithms are generic over both, and each instantiation costs wasm (its Patience alone
/// instantiates Myers six ways). The anchors are found here rather than by `similar`'s
/// Patience because ids are small numbers: counting them takes arrays, not a hash map.
pub(super) fn diff_ids(
    old: &[u32],
    new: &[u32],
    id_count: usize,
    deadline: Option<Instant>,
) -> Vec<DiffOp> {
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
pub(super) struct Stretch {
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
        // (Slices rather than vectors: see the performance idioms in `engine/mod.rs`.)
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
