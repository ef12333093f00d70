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
//! Cost: one pass over each version's diff ops, then one over the columns: linear in the
//! cells (the base's units, plus the gaps, times the versions).

use super::diff::{Side, UnitOp};
use super::model::{Alignment, Column};

/// Builds the table. `ops[v]` is the diff of the base against version `v` (ignored for the
/// base itself).
pub fn align(sides: &[Side], texts: &[&str], base: usize, ops: &[Vec<UnitOp>]) -> Alignment {
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
    let cell = |v: usize, unit: Option<usize>| unit.map(|u| cell_text(&sides[v], texts[v], u));
    for gap in 0..=base_len {
        let width = (0..n).map(|v| added[v][gap].len()).max().unwrap_or(0);
        for c in 0..width {
            let units: Vec<Option<usize>> = (0..n).map(|v| added[v][gap].get(c).copied()).collect();
            columns.push(column(sides, &units, cell));
        }
        if gap < base_len {
            let units: Vec<Option<usize>> = (0..n).map(|v| at_base[v][gap]).collect();
            columns.push(column(sides, &units, cell));
        }
    }
    Alignment { columns }
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

    fn table(texts: &[&str]) -> Alignment {
        let tokens: Vec<_> = texts.iter().map(|t| tokenize(t)).collect();
        let sides: Vec<Side> = tokens
            .iter()
            .zip(texts)
            .map(|(t, text)| Side::new(t, 0..text.len()))
            .collect();
        let ops: Vec<Vec<UnitOp>> = sides.iter().map(|s| diff_sides(&sides[0], s)).collect();
        align(&sides, texts, 0, &ops)
    }

    fn row(a: &Alignment, v: usize) -> Vec<String> {
        a.columns
            .iter()
            .map(|c| c.cells[v].clone().unwrap_or_else(|| "–".into()))
            .collect()
    }

    #[test]
    fn a_respelling_shares_a_column() {
        let a = table(&[
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
        let a = table(&texts);
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
