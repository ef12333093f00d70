//! The one place that builds a [`Change`]: from a version's diff against the base, and from
//! the two versions' reporting verbs. Every kind is decided by [`super::classify`]; this module
//! only cuts the diff into changes and points each side back into its article.
//!
//! ```text
//! base:  “The strike has already cost the northern ports 700 jobs,” Vale said.
//! other: “The strike has cost the Northern ports 750 jobs,” Vale claimed.
//! →      removed from quote “already” · cosmetic “northern” → “Northern”
//!        number “700” → “750” · reporting verb “said” → “claimed”
//! ```
//!
//! Cost: linear in the diff's ops and the units they cover.

use std::ops::Range;

use super::classify::{attribution_kind, classify, ChangeContext, ChangeSide};
use super::diff::{OpTag, Side, UnitOp};
use super::model::{Change, ChangeKind, ChangeOp, Excerpt, Span};
use super::token::Token;

/// One version of a statement as the change builder sees it.
#[derive(Debug, Clone, Copy)]
pub struct VersionText<'a, 't> {
    /// Its article's text.
    pub text: &'a str,
    /// Its article's index.
    pub article: usize,
    /// Its units (the diff's side).
    pub side: &'a Side<'t>,
    /// The span of the verb that attributes it, if any.
    pub verb: Option<Span>,
}

/// Every change of version `version` (`other`) against the base: its diff's changes, then the
/// reporting verb when the two versions' verbs differ.
pub fn version_changes(
    base: VersionText,
    other: VersionText,
    ops: &[UnitOp],
    in_quote: bool,
    version: usize,
) -> Vec<Change> {
    let mut out = diff_changes(base, other, ops, in_quote, version);
    if let (Some(bv), Some(ov)) = (base.verb, other.verb) {
        let (bt, ot) = (&base.text[bv.start..bv.end], &other.text[ov.start..ov.end]);
        if let Some(kind) = attribution_kind(bt, ot) {
            out.push(change(
                kind,
                ChangeOp::Attribution,
                version,
                Excerpt::of(base.text, base.article, bv),
                Excerpt::of(other.text, other.article, ov),
                None,
            ));
        }
    }
    out
}

fn change(
    kind: ChangeKind,
    op: ChangeOp,
    version: usize,
    base: Excerpt,
    other: Excerpt,
    arrives_at: Option<usize>,
) -> Change {
    Change {
        kind,
        op,
        substantive: kind != ChangeKind::Cosmetic,
        version,
        base,
        other,
        arrives_at,
    }
}

/// The byte span of units `r` of a side; an empty range sits right after the unit before it.
fn span_of(s: &Side, r: &Range<usize>) -> Span {
    let at = if r.start == 0 {
        s.range.start
    } else {
        s.unit(r.start - 1).end
    };
    s.byte_span(r, at)
}

fn unit_tokens<'t>(side: &Side<'t>, units: &Range<usize>) -> Vec<&'t Token> {
    units.clone().map(|u| side.unit(u)).collect()
}

/// The classified changes of one version against the base, from their diff.
fn diff_changes(
    base: VersionText,
    other: VersionText,
    ops: &[UnitOp],
    in_quote: bool,
    version: usize,
) -> Vec<Change> {
    let (bs, os) = (base.side, other.side);
    let mut out = Vec::new();
    let mut push = |kind: ChangeKind, op: ChangeOp, b: Span, o: Span, arrives_at: Option<usize>| {
        out.push(change(
            kind,
            op,
            version,
            Excerpt::of(base.text, base.article, b),
            Excerpt::of(other.text, other.article, o),
            arrives_at,
        ));
    };
    let ctx = ChangeContext {
        in_quote,
        verbs: [base.verb, other.verb],
    };
    for op in ops {
        if op.old.is_empty() && op.new.is_empty() {
            continue;
        }
        if op.tag == OpTag::Equal {
            // Equal keys may still differ in case, quote style or dash: each such pair is a
            // change of its own (classify calls it cosmetic).
            for k in 0..op.old.len() {
                let (bt, ot) = (bs.unit(op.old.start + k), os.unit(op.new.start + k));
                if bt.text(base.text) != ot.text(other.text) {
                    let kind = classify(
                        ChangeSide {
                            text: base.text,
                            tokens: &[bt],
                        },
                        ChangeSide {
                            text: other.text,
                            tokens: &[ot],
                        },
                        ctx,
                    );
                    let (b, o) = (Span::new(bt.start, bt.end), Span::new(ot.start, ot.end));
                    push(kind, ChangeOp::Replace, b, o, None);
                }
            }
            continue;
        }
        if let Some(to) = op.old_moved_to {
            // The two ends of a move are one change: the diff found the same words elsewhere.
            let target = &ops[to];
            let arrival = span_of(bs, &(target.old.start..target.old.start)).start;
            push(
                ChangeKind::Moved,
                ChangeOp::Move,
                span_of(bs, &op.old),
                span_of(os, &target.new),
                Some(arrival),
            );
        }
        let old = if op.old_moved_to.is_some() {
            op.old.start..op.old.start
        } else {
            op.old.clone()
        };
        let new = if op.new_moved_from.is_some() {
            op.new.start..op.new.start
        } else {
            op.new.clone()
        };
        if old.is_empty() && new.is_empty() {
            continue;
        }
        let (bt, ot) = (unit_tokens(bs, &old), unit_tokens(os, &new));
        let kind = classify(
            ChangeSide {
                text: base.text,
                tokens: &bt,
            },
            ChangeSide {
                text: other.text,
                tokens: &ot,
            },
            ctx,
        );
        let change_op = match (old.is_empty(), new.is_empty()) {
            (true, _) => ChangeOp::Insert,
            (_, true) => ChangeOp::Delete,
            _ => ChangeOp::Replace,
        };
        push(kind, change_op, span_of(bs, &old), span_of(os, &new), None);
    }
    out
}
