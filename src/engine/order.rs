//! Sorting through one routine. Every `sort_by_key(|x| …)` with a closure of its own compiles
//! to a sort algorithm of its own (some 3 KB of wasm each, a fifth of the page once); here every
//! sort ranks its items with a number and sorts the `(rank, index)` pairs, so the algorithm is
//! compiled once. Ties keep the items' order: the sort is stable.
//!
//! ```text
//! sort_by_rank(&mut passages, |p| pack(p.article, p.start))    by article, then start
//! sort_by_rank(&mut matches, |m| descending(m.score))           strongest first
//! ```

/// Sorts `items` by `rank` (smallest first), keeping the order of items that rank the same.
pub fn sort_by_rank<T>(items: &mut Vec<T>, mut rank: impl FnMut(&T) -> u128) {
    let mut ranked: Vec<(u128, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (rank(t), i as u32))
        .collect();
    if ranked.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    ranked.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(ranked.iter().filter_map(|&(_, i)| slots[i as usize].take()));
}

/// Two numbers as one rank: by `high`, then by `low`.
pub fn pack(high: usize, low: usize) -> u128 {
    ((high as u128) << 64) | low as u128
}

/// Three numbers as one rank: by `a`, then `b`, then `c` (`b` and `c` below 2³²: positions in
/// a text and indexes, which the input limits keep far smaller).
pub fn pack3(a: usize, b: usize, c: usize) -> u128 {
    debug_assert!((b as u64) < 1 << 32 && (c as u64) < 1 << 32);
    ((a as u128) << 64) | ((b as u128) << 32) | c as u128
}

/// A rank that orders floats from the largest down (any total order would do; NaN last).
pub fn descending(x: f64) -> u64 {
    !ascending(x)
}

/// A rank that orders floats from the smallest up, as `f64::total_cmp` does.
pub fn ascending(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_rank_and_keeps_ties_in_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        sort_by_rank(&mut v, |x| x.0 as u128);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn packed_and_float_ranks_order_as_their_parts() {
        assert!(pack(1, 0) > pack(0, usize::MAX));
        assert!(pack(1, 2) < pack(1, 3));
        let xs = [-2.5, -0.0, 0.0, 0.1, 7.0, f64::INFINITY];
        assert!(xs.windows(2).all(|w| ascending(w[0]) <= ascending(w[1])));
        assert!(xs.windows(2).all(|w| descending(w[0]) >= descending(w[1])));
    }
}
