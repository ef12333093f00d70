//! Byte runs of a whole-text diff (the two-text mode): equal, deleted and inserted stretches
//! that rebuild both texts exactly, whitespace included. One pass over the ops.

use std::ops::Range;

use super::{diff_sides, OpTag, Side, UnitOp};
use crate::engine::model::{DiffRun, RunTag, Span};
use crate::engine::token::word_tokens;

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
