//! Clean-up of a raw diff, so that a reader sees changes, not soup: neighbouring changes
//! merged, small equalities between changes absorbed, and long substitutions split again at
//! the content words both sides share up to inflection. Each step is one pass over the ops
//! (the stem split diffs each substitution of at most [`MAX_ANCHORED_UNITS`] units once).

use std::ops::Range;

use similar::DiffOp;

use super::{patience::diff_ids, OpTag, Side, UnitOp, MAX_ANCHORED_UNITS};
use crate::engine::fasthash::FastMap;
use crate::engine::key::Key;
use crate::engine::lexicon::is_stopword;
use crate::engine::normalize::stem;
use crate::engine::numbers::{figure_among, Value};
use crate::engine::token::{Token, TokenKind};

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
pub(super) fn anchor_on_stems(ops: Vec<UnitOp>, a: &Side, b: &Side) -> Vec<UnitOp> {
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

pub(super) fn plain_op(tag: OpTag, old: Range<usize>, new: Range<usize>) -> UnitOp {
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

pub(super) fn unit_op_from(op: &DiffOp) -> UnitOp {
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
pub(super) fn merge_changes(ops: impl Iterator<Item = UnitOp>) -> Vec<UnitOp> {
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

pub(super) fn change_tag(old: &Range<usize>, new: &Range<usize>) -> OpTag {
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
pub(super) fn absorb_small_equalities(ops: Vec<UnitOp>, a: &Side) -> Vec<UnitOp> {
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

/// Units a substitution may have on each side for [`split_at_shared_figures`] to look in it:
/// longer ones are rewrites, and reading their figures would cost for nothing.
const MAX_FIGURE_SPLIT_UNITS: usize = 64;

/// Splits a substitution at the figures both sides write with the same value but different
/// words, so that the figure reads as a cosmetic change of its own and the words around it as
/// changes of theirs:
///
/// ```text
/// before: [-31 thousand-]{+In the war, 31,000+} soldiers
/// after:  {+In the war,+} [-31 thousand-]{+31,000+} soldiers
/// ```
///
/// Only values that occur once on each side anchor, in the same order on both.
pub(super) fn split_at_shared_figures(ops: Vec<UnitOp>, a: &Side, b: &Side) -> Vec<UnitOp> {
    let mut out = Vec::with_capacity(ops.len());
    for op in ops {
        if op.tag != OpTag::Replace
            || op.old.len() > MAX_FIGURE_SPLIT_UNITS
            || op.new.len() > MAX_FIGURE_SPLIT_UNITS
        {
            out.push(op);
            continue;
        }
        let (fa, fb) = (side_figures(a, &op.old), side_figures(b, &op.new));
        let once = |figs: &[(Range<usize>, Value)], v: Value| {
            figs.iter().filter(|f| f.1 == v).count() == 1
        };
        // Pairs in the old side's order, kept while they also rise on the new side.
        let mut pairs: Vec<(Range<usize>, Range<usize>)> = Vec::new();
        for (ra, v) in &fa {
            if !once(&fa, *v) || !once(&fb, *v) {
                continue;
            }
            let Some((rb, _)) = fb.iter().find(|f| f.1 == *v) else {
                continue;
            };
            if pairs.last().is_none_or(|(_, last)| last.end <= rb.start) {
                pairs.push((ra.clone(), rb.clone()));
            }
        }
        if pairs.is_empty() {
            out.push(op);
            continue;
        }
        let (mut o, mut n) = (op.old.start, op.new.start);
        for (ra, rb) in pairs {
            if o < ra.start || n < rb.start {
                out.push(plain_op(
                    change_tag(&(o..ra.start), &(n..rb.start)),
                    o..ra.start,
                    n..rb.start,
                ));
            }
            let same = ra.len() == rb.len()
                && ra
                    .clone()
                    .zip(rb.clone())
                    .all(|(x, y)| a.unit(x).key == b.unit(y).key);
            let tag = if same { OpTag::Equal } else { OpTag::Replace };
            (o, n) = (ra.end, rb.end);
            out.push(plain_op(tag, ra, rb));
        }
        if o < op.old.end || n < op.new.end {
            out.push(plain_op(
                change_tag(&(o..op.old.end), &(n..op.new.end)),
                o..op.old.end,
                n..op.new.end,
            ));
        }
    }
    out
}

/// The figures of units `r` of a side: where each lies (in units) and its value. Digits glued
/// to a word by a hyphen (`COVID-19`) are no figure.
fn side_figures(side: &Side, r: &Range<usize>) -> Vec<(Range<usize>, Value)> {
    let words: Vec<&Token> = r.clone().map(|u| side.unit(u)).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let glued = {
            let i = side.units[r.start + k];
            i >= 2 && {
                let (w, h, t) = (&side.tokens[i - 2], &side.tokens[i - 1], &side.tokens[i]);
                h.key == "-" && h.end == t.start && w.end == h.start && w.kind == TokenKind::Word
            }
        };
        match figure_among(&words, k).filter(|_| !glued) {
            Some((value, used)) => {
                out.push((r.start + k..r.start + k + used, value));
                k += used;
            }
            None => k += 1,
        }
    }
    out
}

/// Words on the short side of a substitution at most which its long side may be split.
const LOPSIDED_SHORT: usize = 3;

/// Splits a lopsided substitution at the first clause break of its long side, so a changed
/// word and the clause one version adds after it are two changes, not one block:
///
/// ```text
/// before: sponsor [-the Daesh-]{+Islamic State, who are aimed at undermining the region+}
/// after:  sponsor [-the Daesh-]{+Islamic State+}{+, who are aimed at undermining the region+}
/// ```
///
/// Only when the short side has at most [`LOPSIDED_SHORT`] words and the long side three times
/// as many, with a `,`, `;` or dash after at least one word.
pub(super) fn split_lopsided(ops: Vec<UnitOp>, a: &Side, b: &Side) -> Vec<UnitOp> {
    let words =
        |side: &Side, r: &Range<usize>| r.clone().filter(|&u| side.unit(u).is_wordlike()).count();
    let mut out = Vec::with_capacity(ops.len());
    for op in ops {
        if op.tag != OpTag::Replace {
            out.push(op);
            continue;
        }
        let (wo, wn) = (words(a, &op.old), words(b, &op.new));
        let new_is_long = wo <= LOPSIDED_SHORT && wn >= 3 * wo.max(1) && wn >= 2 * LOPSIDED_SHORT;
        let old_is_long = wn <= LOPSIDED_SHORT && wo >= 3 * wn.max(1) && wo >= 2 * LOPSIDED_SHORT;
        let (side, range) = match (new_is_long, old_is_long) {
            (true, _) => (b, &op.new),
            (_, true) => (a, &op.old),
            _ => {
                out.push(op);
                continue;
            }
        };
        let break_at = range.clone().skip(1).find(|&u| {
            let t = side.unit(u);
            matches!(t.key.as_str(), "," | ";" | "-")
        });
        match break_at {
            Some(k) if new_is_long => {
                out.push(plain_op(OpTag::Replace, op.old.clone(), op.new.start..k));
                out.push(plain_op(
                    OpTag::Insert,
                    op.old.end..op.old.end,
                    k..op.new.end,
                ));
            }
            Some(k) => {
                out.push(plain_op(OpTag::Replace, op.old.start..k, op.new.clone()));
                out.push(plain_op(
                    OpTag::Delete,
                    k..op.old.end,
                    op.new.end..op.new.end,
                ));
            }
            None => out.push(op),
        }
    }
    out
}
