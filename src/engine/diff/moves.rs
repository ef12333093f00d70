//! Moves: a run of words one change removes and another change (elsewhere) adds.
//!
//! Cost: near-linear in the changed words: candidates come from three-word shingles through a
//! map, never from comparing every removal with every addition.

use std::ops::Range;

use super::cleanup::{change_tag, plain_op};
use super::{OpTag, Side, UnitOp, MIN_MOVE_WORDS};
use crate::engine::fasthash::FastMap;
use crate::engine::lexicon::{is_date_word, is_stopword};

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
pub(super) fn detect_moves<'t>(ops: Vec<UnitOp>, a: &Side<'t>, b: &Side<'t>) -> Vec<UnitOp> {
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
        // grown on the same diagonal of the same op adds nothing. (A diagonal `p - q` as a
        // wrapping `usize`: one distinct key per diagonal, and the map type other stages use,
        // so the wasm holds one copy of its code.)
        let mut grown: FastMap<(usize, usize), usize> = FastMap::default();
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
                let diagonal = (i, p.wrapping_sub(q));
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
    short_moves(&ops, a, b, &added, &mut used_old, &mut used_new, &mut moves);
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

/// One or two content words that one change removes and another adds are a move too, when
/// each word occurs once in each version (nothing else could be where it went) and the words
/// are most of both changes (of their content words, for a time word: `yesterday`,
/// `Monday`).
///
/// ```text
/// old: The committee met for the 15th time yesterday and recommended it.
/// new: Yesterday, the committee met for the 15th time and recommended it.
/// →    [moved here: Yesterday], the committee met for the 15th time [moved away: yesterday] …
/// ```
#[allow(clippy::too_many_arguments)]
fn short_moves<'t>(
    ops: &[UnitOp],
    a: &Side<'t>,
    b: &Side<'t>,
    added: &[Vec<(usize, &'t str)>],
    used_old: &mut [bool],
    used_new: &mut [bool],
    moves: &mut Vec<(usize, Range<usize>, usize, Range<usize>)>,
) {
    let counts = |side: &Side<'t>| -> FastMap<&'t str, usize> {
        let mut c: FastMap<&'t str, usize> = FastMap::default();
        for u in 0..side.units.len() {
            let t = side.unit(u);
            if t.is_wordlike() {
                *c.entry(t.key.as_str()).or_default() += 1;
            }
        }
        c
    };
    let (in_a, in_b) = (counts(a), counts(b));
    let unique =
        |key: &str| in_a.get(key) == Some(&1) && in_b.get(key) == Some(&1) && !is_stopword(key);
    // Where each unique added word is: (op, index of the word among the op's added words).
    let mut arriving: FastMap<&str, (usize, usize)> = FastMap::default();
    for (i, words) in added.iter().enumerate() {
        for (q, &(_, key)) in words.iter().enumerate() {
            if unique(key) {
                arriving.insert(key, (i, q));
            }
        }
    }
    for d in 0..ops.len() {
        if used_old[d] || ops[d].tag == OpTag::Equal || ops[d].old.is_empty() {
            continue;
        }
        let gone: Vec<(usize, &'t str)> = ops[d]
            .old
            .clone()
            .filter(|&u| a.unit(u).is_wordlike())
            .map(|u| (u, a.unit(u).key.as_str()))
            .collect();
        let found = gone.iter().enumerate().find_map(|(p, &(_, key))| {
            let &(i, q) = arriving.get(key)?;
            (i != d && !used_new[i] && unique(key)).then_some((p, i, q))
        });
        if let Some((p, i, q)) = found {
            let (x, y, len) = common_run_around(&gone, &added[i], p, q);
            // The word must be most of both changes: a word that moved inside two rewrites
            // (`said at a meeting of` · `meeting in Tallinn`) reads better as the rewrites.
            // A time word moves about more than any other (`Yesterday, the #harbour board met`
            // · `The board met yesterday`): for one, only the changes' content words count.
            let time_word = is_date_word(gone[p].1);
            let size = |words: &[(usize, &str)]| {
                if time_word {
                    words.iter().filter(|(_, k)| !is_stopword(k)).count()
                } else {
                    words.len()
                }
            };
            if len <= 2 && 2 * len >= size(&gone) && 2 * len >= size(&added[i]) {
                used_old[d] = true;
                used_new[i] = true;
                let old_units = gone[x].0..gone[x + len - 1].0 + 1;
                let new_units = added[i][y].0..added[i][y + len - 1].0 + 1;
                moves.push((d, old_units, i, new_units));
            }
        }
    }
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
