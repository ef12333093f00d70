//! Bounded edit checks between two spellings, for names and speakers.
//!
//! Callers only ever ask "is this a slip of spelling?", never "how far apart are these?", so
//! every check here is bounded: one or two edits, found in time linear in the shorter word
//! (a band of the edit table around its diagonal, never the whole table), and words longer
//! than [`MAX_NAME_CHARS`] are never respellings. A pasted blob of 40,000 letters costs
//! nothing.
//!
//! An *edit* is an insertion, a deletion, a substitution or a swap of two neighbouring letters
//! (optimal string alignment): `Minks` → `Minsk` is one edit, `Shoigy` → `Shoigu` one.

/// Longer words are never taken for respellings of each other: names are short, and the
/// check's cost grows with the length.
pub const MAX_NAME_CHARS: usize = 64;

/// True when at most one edit turns `a` into `b` (see the module docs).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    within_edits(a, b, 1)
}

/// True when at most `max` edits (at most 2) turn `a` into `b`, and neither is longer than
/// [`MAX_NAME_CHARS`] characters.
pub fn within_edits(a: &str, b: &str, max: usize) -> bool {
    if a == b {
        return true;
    }
    let max = max.min(2);
    let a: Vec<char> = a.chars().take(MAX_NAME_CHARS + 1).collect();
    let b: Vec<char> = b.chars().take(MAX_NAME_CHARS + 1).collect();
    if a.len() > MAX_NAME_CHARS || b.len() > MAX_NAME_CHARS || a.len().abs_diff(b.len()) > max {
        return false;
    }
    banded_distance(&a, &b, max) <= max
}

/// The optimal-string-alignment distance of `a` and `b` if it is at most `max`, else
/// `max + 1`: the edit table filled only within `max` cells of its diagonal.
fn banded_distance(a: &[char], b: &[char], max: usize) -> usize {
    let (n, m) = (a.len(), b.len());
    let over = max + 1;
    let w = m + 1;
    // Three rows suffice for the swap rule; cells outside the band hold `over`.
    let mut rows = vec![vec![over; w]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(max.min(m) + 1) {
        *cell = j;
    }
    for i in 1..=n {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur].iter_mut().for_each(|c| *c = over);
        let lo = i.saturating_sub(max);
        let hi = (i + max).min(m);
        if lo == 0 {
            rows[cur][0] = i.min(over);
        }
        for j in lo.max(1)..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = best.min(over);
        }
    }
    rows[n % 3][m].min(over)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole optimal-string-alignment table: the oracle the banded check must agree with.
    fn full_distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let w = b.len() + 1;
        let mut d = vec![0usize; (a.len() + 1) * w];
        for i in 0..=a.len() {
            d[i * w] = i;
        }
        for (j, cell) in d.iter_mut().enumerate().take(w) {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1)
                    .min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * w + j - 2] + 1);
                }
                d[i * w + j] = best;
            }
        }
        d[a.len() * w + b.len()]
    }

    proptest::proptest! {
        #[test]
        fn the_band_agrees_with_the_whole_table(a in "[abc]{0,9}", b in "[abc]{0,9}") {
            let d = full_distance(&a, &b);
            proptest::prop_assert_eq!(within_one_edit(&a, &b), d <= 1);
            proptest::prop_assert_eq!(within_edits(&a, &b, 2), d <= 2);
        }
    }

    #[test]
    fn a_swap_of_neighbours_is_one_edit() {
        assert!(within_one_edit("minks", "minsk"));
        assert!(within_one_edit("shoigy", "shoigu"));
        assert!(!within_one_edit("kitten", "sitting"));
        assert!(within_edits("kitten", "sittin", 2));
    }

    #[test]
    fn long_words_are_never_respellings() {
        let a = "x".repeat(40_000);
        let b = format!("{a}y");
        assert!(!within_one_edit(&a, &b));
        assert!(within_one_edit(&a, &a), "the same word is the same word");
    }
}
