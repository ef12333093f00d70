//! N-way alignment of a statement's versions against its base version.
//!
//! Progressive, anchored on the base: each other version is diffed with the base (see
//! [`super::diff`]), and the pairwise scripts are merged into one table.
//!
//! - A base token and the token of another version it is equal to share a column.
//! - Inside a substitution, tokens pair up in order, so a respelling (`Minks` / `Minsk`) is one
//!   changed column rather than a gap in one row and a gap in the other.
//! - Tokens a version adds get columns of their own between the base's columns; where several
//!   versions add text at the same place, their additions share those columns, left-aligned.
//! - Moved text is a gap where it left and an addition where it arrived.
//!
//! ```text
//! base:   Vale | said | on | Friday   | in | Minks | .
//! other:  Vale | said | on | Thursday | in | Minsk | .
//! third:  Vale | –    | –  | –        | in | Minsk | .
//! ```
//!
//! Each cell holds a token and the whitespace after it, so a version's cells, read in column
//! order, give back its text exactly.
//!
//! Any two rows of the table read as a diff of those two versions ([`ops_between`]): that is
//! how two outlets that both depart from the base are compared with each other.
//!
//! Cost: one pass over each version's diff ops, then one over the columns: linear in the
//! cells (the base's units, plus the gaps, times the versions); [`ops_between`] is one pass
//! over the columns.

use std::ops::Range;

use super::diff::{OpTag, Side, UnitOp};
use super::model::{Alignment, Column};

/// The table of the columns [`column_units`] gives (from the diff of the base against each
/// version), each cell its unit's text.
pub fn table(sides: &[Side], texts: &[&str], columns: &[Vec<Option<usize>>]) -> Alignment {
    let cell = |v: usize, unit: Option<usize>| unit.map(|u| cell_text(&sides[v], texts[v], u));
    let columns = columns
        .iter()
        .map(|units| column(sides, units, cell))
        .collect();
    Alignment { columns }
}

/// The table's columns as units: for each column, the unit of each version in it (`None`, a
/// gap). Each version's units appear once each, in order, so any two rows read as a diff of
/// the two versions ([`ops_between`]).
pub fn column_units(sides: &[Side], base: usize, ops: &[Vec<UnitOp>]) -> Vec<Vec<Option<usize>>> {
    let base_len = sides[base].units.len();
    let n = sides.len();
    // For every version: the unit aligned to each base unit, and units added before each gap.
    let mut at_base: Vec<Vec<Option<usize>>> = vec![vec![None; base_len]; n];
    let mut added: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); base_len + 1]; n];
    for v in 0..n {
        if v == base {
            at_base[v] = (0..base_len).map(Some).collect();
            continue;
        }
        for op in &ops[v] {
            let old_kept = op.old_moved_to.is_none();
            let new_kept = op.new_moved_from.is_none();
            let paired = if old_kept && new_kept {
                op.old.len().min(op.new.len())
            } else {
                0
            };
            for k in 0..paired {
                at_base[v][op.old.start + k] = Some(op.new.start + k);
            }
            added[v][op.old.end].extend(op.new.start + paired..op.new.end);
        }
    }
    let mut columns = Vec::new();
    for gap in 0..=base_len {
        let width = (0..n).map(|v| added[v][gap].len()).max().unwrap_or(0);
        for c in 0..width {
            columns.push((0..n).map(|v| added[v][gap].get(c).copied()).collect());
        }
        if gap < base_len {
            columns.push((0..n).map(|v| at_base[v][gap]).collect());
        }
    }
    columns
}

/// The diff of version `a` against version `b` read from the table's columns: a column where
/// both have a unit with the same key is kept, every other unit is deleted (`a`'s) or
/// inserted (`b`'s). Two versions that both depart from the base are thus compared where they
/// stand in the table, without a diff of their own. No moves: a move shows against the base.
///
/// ```text
/// base:  –     –         With great hope
/// a:     It's  therefore with great hope
/// b:     It    is        therefore ,  with great hope
/// a → b: It's therefore → It is therefore , (one replacement), then equal
/// ```
pub fn ops_between(
    columns: &[Vec<Option<usize>>],
    sides: &[Side],
    a: usize,
    b: usize,
) -> Vec<UnitOp> {
    let same = |x: usize, y: usize| sides[a].unit(x).key == sides[b].unit(y).key;
    let mut ops = Vec::new();
    let push = |ops: &mut Vec<UnitOp>, tag: OpTag, old: Range<usize>, new: Range<usize>| {
        if !old.is_empty() || !new.is_empty() {
            ops.push(UnitOp {
                tag,
                old,
                new,
                old_moved_to: None,
                new_moved_from: None,
            });
        }
    };
    // A run of units that are not kept: what both have at its ends is kept after all (the
    // table left-aligns additions, so `that` / `, that` meet `that` against `,`).
    let changed = |ops: &mut Vec<UnitOp>, old: Range<usize>, new: Range<usize>| {
        let mut head = 0;
        while head < old.len().min(new.len()) && same(old.start + head, new.start + head) {
            head += 1;
        }
        let mut tail = 0;
        while tail < (old.len() - head).min(new.len() - head)
            && same(old.end - 1 - tail, new.end - 1 - tail)
        {
            tail += 1;
        }
        let (o, n) = (
            old.start + head..old.end - tail,
            new.start + head..new.end - tail,
        );
        push(ops, OpTag::Equal, old.start..o.start, new.start..n.start);
        let tag = match (o.is_empty(), n.is_empty()) {
            (true, _) => OpTag::Insert,
            (_, true) => OpTag::Delete,
            _ => OpTag::Replace,
        };
        push(ops, tag, o.clone(), n.clone());
        push(ops, OpTag::Equal, o.end..old.end, n.end..new.end);
    };
    // Units of `a` and `b` so far, where the current run started, and whether it is kept.
    let (mut old, mut new) = (0, 0);
    let (mut from_old, mut from_new, mut kept) = (0, 0, true);
    for column in columns {
        let (ua, ub) = (column[a], column[b]);
        if ua.is_none() && ub.is_none() {
            continue;
        }
        let keep = matches!((ua, ub), (Some(x), Some(y)) if same(x, y));
        if keep != kept {
            if kept {
                push(&mut ops, OpTag::Equal, from_old..old, from_new..new);
            } else {
                changed(&mut ops, from_old..old, from_new..new);
            }
            (from_old, from_new, kept) = (old, new, keep);
        }
        old += usize::from(ua.is_some());
        new += usize::from(ub.is_some());
    }
    if kept {
        push(&mut ops, OpTag::Equal, from_old..old, from_new..new);
    } else {
        changed(&mut ops, from_old..old, from_new..new);
    }
    ops
}

fn column(
    sides: &[Side],
    units: &[Option<usize>],
    cell: impl Fn(usize, Option<usize>) -> Option<String>,
) -> Column {
    let keys: Vec<Option<&str>> = units
        .iter()
        .enumerate()
        .map(|(v, u)| u.map(|u| sides[v].unit(u).key.as_str()))
        .collect();
    let first = keys.iter().flatten().next();
    let differs = keys.iter().any(|k| k.is_none() || k != &first.copied());
    Column {
        cells: units.iter().enumerate().map(|(v, &u)| cell(v, u)).collect(),
        differs,
    }
}

/// Unit `u` of a side with the text after it up to the next unit (or the end of the range);
/// the first unit also takes any text before it.
fn cell_text(side: &Side, text: &str, u: usize) -> String {
    let start = if u == 0 {
        side.range.start
    } else {
        side.unit(u).start
    };
    let end = if u + 1 < side.units.len() {
        side.unit(u + 1).start
    } else {
        side.range.end
    };
    text[start..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::diff::diff_sides;
    use crate::engine::token::tokenize;

    /// `f` of the texts' sides and the table's columns, version 0 the base.
    fn with_columns<R>(texts: &[&str], f: impl FnOnce(&[Side], &[Vec<Option<usize>>]) -> R) -> R {
        let tokens: Vec<_> = texts.iter().map(|t| tokenize(t)).collect();
        let sides: Vec<Side> = tokens
            .iter()
            .zip(texts)
            .map(|(t, text)| Side::new(t, 0..text.len()))
            .collect();
        let ops: Vec<Vec<UnitOp>> = sides.iter().map(|s| diff_sides(&sides[0], s)).collect();
        f(&sides, &column_units(&sides, 0, &ops))
    }

    fn aligned(texts: &[&str]) -> Alignment {
        with_columns(texts, |sides, columns| table(sides, texts, columns))
    }

    /// The diff of version 1 against version 2 through the base (version 0), as the texts
    /// each op covers: (tag, version 1's words, version 2's words).
    fn between(texts: &[&str]) -> Vec<(OpTag, String, String)> {
        with_columns(texts, |sides, columns| {
            let words = |v: usize, r: &Range<usize>| -> String {
                let words: Vec<&str> = r.clone().map(|u| sides[v].unit(u).text(texts[v])).collect();
                words.join(" ")
            };
            ops_between(columns, sides, 1, 2)
                .iter()
                .map(|op| (op.tag, words(1, &op.old), words(2, &op.new)))
                .collect()
        })
    }

    #[test]
    fn two_versions_are_compared_where_they_stand_in_the_table() {
        let ops = between(&[
            "With great hope I declare it over.",
            "It's therefore with great hope that I declare it over.",
            "It is therefore, with great hope, that I declare it over.",
        ]);
        let changed: Vec<_> = ops
            .iter()
            .filter(|o| o.0 != OpTag::Equal)
            .map(|o| (o.0, o.1.as_str(), o.2.as_str()))
            .collect();
        // The additions are left-aligned in the table (`that` beside `,`): what both have at
        // the ends of a run is kept, so only the comma is added.
        assert_eq!(
            changed,
            [
                (OpTag::Replace, "It's therefore", "It is therefore ,"),
                (OpTag::Insert, "", ","),
            ]
        );
        // Every unit of both versions is covered once, in order.
        let old: Vec<&str> = ops
            .iter()
            .filter(|o| !o.1.is_empty())
            .map(|o| o.1.as_str())
            .collect();
        assert_eq!(
            old.join(" "),
            "It's therefore with great hope that I declare it over ."
        );
    }

    fn row(a: &Alignment, v: usize) -> Vec<String> {
        a.columns
            .iter()
            .map(|c| c.cells[v].clone().unwrap_or_else(|| "–".into()))
            .collect()
    }

    #[test]
    fn a_respelling_shares_a_column() {
        let a = aligned(&[
            "Vale said on Friday in Minks.",
            "Vale said on Thursday in Minsk.",
        ]);
        assert_eq!(
            row(&a, 0),
            ["Vale ", "said ", "on ", "Friday ", "in ", "Minks", "."]
        );
        assert_eq!(
            row(&a, 1),
            ["Vale ", "said ", "on ", "Thursday ", "in ", "Minsk", "."]
        );
        let differing: Vec<_> = a.columns.iter().map(|c| c.differs).collect();
        assert_eq!(differing, [false, false, false, true, false, true, false]);
    }

    #[test]
    fn additions_of_several_versions_share_columns_and_rows_rebuild() {
        let texts = [
            "the ships wait",
            "the big ships wait",
            "the ships wait now",
            "ships wait",
        ];
        let a = aligned(&texts);
        for (v, text) in texts.iter().enumerate() {
            let rebuilt: String = a
                .columns
                .iter()
                .filter_map(|c| c.cells[v].clone())
                .collect();
            assert_eq!(&rebuilt, text);
        }
        assert_eq!(row(&a, 1)[1], "big ");
        assert_eq!(row(&a, 3)[0], "–");
    }
}
