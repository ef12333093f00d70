//! The one place that builds a [`Change`]: from a version's diff against the base, from the
//! two versions' reporting verbs, and the variants against the version closest to its wording
//! ([`variant_changes`]). Every kind is decided by [`super::classify`]; this module only cuts
//! the diff into changes and points each side back into its article.
//!
//! ```text
//! base:  “The strike has already cost the northern ports 700 jobs,” Vale said.
//! other: “The strike has cost the Northern ports 750 jobs,” Vale claimed.
//! →      removed from quote “already” · cosmetic “northern” → “Northern”
//!        number “700” → “750” · reporting verb “said” → “claimed”
//! ```
//!
//! A replacement is shown with the one shared word that makes it readable (see
//! [`readable_spans`]): `is` → `was` before `not` reads as `is not` → `was not`, and `club` →
//! `owners` after `the` as `the club` → `the owners`, and `Jan.` → `January` before `30` as
//! `Jan. 30` → `January 30`. The kind is decided on the changed words alone. A few words
//! given in another order are one change (see [`reordering_end`]): `red and white` → `white
//! and red`, moved; `March 20` → `20 March`, cosmetic.
//!
//! Cost: linear in the diff's ops and the units they cover.

use std::ops::Range;

use super::classify::{attribution_kind, classify, reordering_kind, ChangeContext, ChangeSide};
use super::dateline::{capitalised_month, day_of_month};
use super::diff::{OpTag, Side, UnitOp};
use super::lexicon::{is_determiner, is_stopword};
use super::model::{Change, ChangeKind, ChangeOp, Excerpt, Span};
use super::normalize::comparison_key;
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
        // A verb inside the compared words (a paraphrase's own frame) is already a change of
        // the diff: the same two words are not listed twice.
        let listed = out.iter().any(|c| {
            (c.base.start, c.base.end, c.other.start, c.other.end)
                == (bv.start, bv.end, ov.start, ov.end)
        });
        if let (Some(kind), false) = (attribution_kind(bt, ot), listed) {
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

/// The variants of version `version` against `closest`, the version nearest its wording
/// (see [`super::statement::closest_wordings`]): its changes against that version, less those
/// it makes against the base too (the same words in it, against the same words). What is left
/// is where the two versions both depart from the base and differ from each other.
///
/// ```text
/// base:    With great hope I declare it over.
/// closest: It's therefore with great hope that I declare it over.
/// version: It is therefore with great hope that I declare it over.
/// against the base: “It is therefore” added, “that” added
/// against closest:  “It's therefore” → “It is therefore”: a variant (“that” they share)
/// ```
pub fn variant_changes(
    closest: VersionText,
    other: VersionText,
    ops: &[UnitOp],
    in_quote: bool,
    (version, against): (usize, usize),
    against_base: &[Change],
) -> Vec<Change> {
    let mut out = version_changes(closest, other, ops, in_quote, version);
    out.retain(|c| {
        !against_base.iter().any(|b| {
            b.version == version
                && b.other.start == c.other.start
                && b.other.end == c.other.end
                && comparison_key(&b.base.text) == comparison_key(&c.base.text)
        })
    });
    for c in &mut out {
        c.against = Some(against);
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
        against: None,
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

/// The two sides of a change, for [`classify`] and [`reordering_kind`].
fn change_sides<'a>(
    base: VersionText<'a, '_>,
    other: VersionText<'a, '_>,
    bt: &'a [&'a Token],
    ot: &'a [&'a Token],
) -> (ChangeSide<'a>, ChangeSide<'a>) {
    (
        ChangeSide {
            text: base.text,
            tokens: bt,
        },
        ChangeSide {
            text: other.text,
            tokens: ot,
        },
    )
}

/// The comparison keys of units `units` of a side, words only or with punctuation.
fn unit_keys<'t>(side: &Side<'t>, units: &Range<usize>, words_only: bool) -> Vec<&'t str> {
    let tokens = units.clone().map(|u| side.unit(u));
    let kept = tokens.filter(|t| !words_only || t.is_wordlike());
    kept.map(|t| &*t.key).collect()
}

/// The units a replacement shows: its own, and one neighbouring word both versions share,
/// written the same, when the replaced words alone do not say what changed.
///
/// - Function words only (`is` → `was`, `under` → `for`, `not` → `or`): with the word they
///   govern, which follows them. `this is not a snap decision` / `this was not a snap
///   decision` → `is not` → `was not`.
/// - After a determiner: with it, so the noun phrase reads whole. `I told the club already` /
///   `he told the owners` → `the club already` → `the owners`.
///
/// - A month written another way (`Jan.` → `January`): with the day of the month beside it,
///   so the date reads whole. `declared on Jan. 30` / `declared on January 30` → `Jan. 30` →
///   `January 30`; `on 30 Jan.` / `on 30 January` → `30 Jan.` → `30 January`.
///
/// A neighbour that is punctuation, or written differently (`The` / `the`, a cosmetic change of
/// its own), is never taken. Insertions and deletions keep their own words: an added word is
/// the change.
fn readable_spans(
    base: VersionText,
    other: VersionText,
    old: Range<usize>,
    new: Range<usize>,
) -> (Range<usize>, Range<usize>) {
    let (bs, os) = (base.side, other.side);
    let shared_word = |b: usize, o: usize| {
        let (bt, ot) = (bs.unit(b), os.unit(o));
        bt.is_wordlike() && bt.text(base.text) == ot.text(other.text)
    };
    let function_words_only = |side: &Side, units: &Range<usize>| {
        units.clone().all(|u| {
            let t = side.unit(u);
            !t.is_wordlike() || is_stopword(&t.key)
        })
    };
    if function_words_only(bs, &old)
        && function_words_only(os, &new)
        && old.end < bs.units.len()
        && new.end < os.units.len()
        && shared_word(old.end, new.end)
    {
        return (old.start..old.end + 1, new.start..new.end + 1);
    }
    if old.start > 0
        && new.start > 0
        && shared_word(old.start - 1, new.start - 1)
        && is_determiner(&bs.unit(old.start - 1).key)
    {
        return (old.start - 1..old.end, new.start - 1..new.end);
    }
    if names_a_month(base, &old) && names_a_month(other, &new) {
        let day = |b: usize, o: usize| {
            shared_word(b, o) && day_of_month(bs.unit(b).text(base.text)).is_some()
        };
        if old.end < bs.units.len() && new.end < os.units.len() && day(old.end, new.end) {
            return (old.start..old.end + 1, new.start..new.end + 1);
        }
        if old.start > 0 && new.start > 0 && day(old.start - 1, new.start - 1) {
            return (old.start - 1..old.end, new.start - 1..new.end);
        }
    }
    (old, new)
}

/// True when units `units` of a version are one capitalised month, in full or cut short, and
/// punctuation (`Jan.`, `September`).
fn names_a_month(version: VersionText, units: &Range<usize>) -> bool {
    let mut words = units
        .clone()
        .map(|u| version.side.unit(u))
        .filter(|t| t.is_wordlike());
    match (words.next(), words.next()) {
        (Some(t), None) => capitalised_month(t.text(version.text)).is_some(),
        _ => false,
    }
}

/// Units a reordering may cover on each side (see [`reordering_end`]).
const MAX_REORDERED_UNITS: usize = 5;

/// The last op of a reordering that starts at op `i`, if there is one: ops `i..=j` cover a
/// few units (at most [`MAX_REORDERED_UNITS`]) that are the same words on both sides in
/// another order, and every move among them starts and ends among them. A reader sees one
/// change, not a move and two scraps: `yellow and blue` / `blue and yellow` is one change,
/// as `March 20` / `20 March` is (its kind: [`reordering_kind`]).
fn reordering_end(bs: &Side, os: &Side, ops: &[UnitOp], i: usize) -> Option<usize> {
    let first = &ops[i];
    if first.tag == OpTag::Equal {
        return None;
    }
    for j in i + 1..ops.len().min(i + 2 * MAX_REORDERED_UNITS) {
        let last = &ops[j];
        let (old, new) = (first.old.start..last.old.end, first.new.start..last.new.end);
        if old.len() > MAX_REORDERED_UNITS || new.len() > MAX_REORDERED_UNITS {
            return None;
        }
        let inside = |k: Option<usize>| k.is_none_or(|k| (i..=j).contains(&k));
        if last.tag == OpTag::Equal
            || old.len() != new.len()
            || old.len() < 2
            || !ops[i..=j]
                .iter()
                .all(|op| inside(op.old_moved_to) && inside(op.new_moved_from))
        {
            continue;
        }
        // Words in the same order, punctuation elsewhere (`Kabul and, in` / `Kabul, and
        // in`): cosmetic changes of their own, not a reordering.
        if unit_keys(bs, &old, true) == unit_keys(os, &new, true) {
            continue;
        }
        if same_words(&unit_keys(bs, &old, false), &unit_keys(os, &new, false)) {
            return Some(j);
        }
    }
    None
}

/// Whether `a` and `b` hold the same keys, each as often, in any order. Quadratic, and
/// meant so: a reordering has at most [`MAX_REORDERED_UNITS`] units, and sorting would
/// compile another sort routine into the size-budgeted wasm.
fn same_words(a: &[&str], b: &[&str]) -> bool {
    let count = |keys: &[&str], key: &str| keys.iter().filter(|k| **k == key).count();
    a.len() == b.len() && a.iter().all(|k| count(a, k) == count(b, k))
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
    let mut i = 0;
    while i < ops.len() {
        if let Some(j) = reordering_end(bs, os, ops, i) {
            let (old, new) = (
                ops[i].old.start..ops[j].old.end,
                ops[i].new.start..ops[j].new.end,
            );
            let (bt, ot) = (unit_tokens(bs, &old), unit_tokens(os, &new));
            let (b, o) = change_sides(base, other, &bt, &ot);
            let kind = reordering_kind(b, o);
            push(
                kind,
                ChangeOp::Replace,
                span_of(bs, &old),
                span_of(os, &new),
                None,
            );
            i = j + 1;
            continue;
        }
        let op = &ops[i];
        i += 1;
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
        let (b, o) = change_sides(base, other, &bt, &ot);
        let kind = classify(b, o, ctx);
        let change_op = match (old.is_empty(), new.is_empty()) {
            (true, _) => ChangeOp::Insert,
            (_, true) => ChangeOp::Delete,
            _ => ChangeOp::Replace,
        };
        let (old, new) = if change_op == ChangeOp::Replace {
            readable_spans(base, other, old, new)
        } else {
            (old, new)
        };
        push(kind, change_op, span_of(bs, &old), span_of(os, &new), None);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::engine::model::{ChangeKind, ChangeOp};
    use crate::engine::pipeline::compare_against_first;
    use crate::engine::{compare, ArticleInput, CompareOptions};

    #[test]
    fn same_words_counts_each_key() {
        assert!(super::same_words(
            &["red", "and", "red"],
            &["red", "red", "and"]
        ));
        // The same keys, not as often: not a reordering.
        assert!(!super::same_words(
            &["red", "red", "and"],
            &["red", "and", "and"]
        ));
        assert!(!super::same_words(
            &["red", "and"],
            &["red", "and", "white"]
        ));
    }

    /// The changes of the second text against the first, as (kind, op, base text, other text).
    fn changes(base: &str, other: &str) -> Vec<(ChangeKind, ChangeOp, String, String)> {
        let c = compare_against_first(&[base, other]);
        c.statements[0]
            .changes
            .iter()
            .map(|c| (c.kind, c.op, c.base.text.clone(), c.other.text.clone()))
            .collect()
    }

    fn replaced(base: &str, other: &str) -> Vec<(String, String)> {
        changes(base, other)
            .into_iter()
            .filter(|c| c.1 == ChangeOp::Replace)
            .map(|c| (c.2, c.3))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_month_written_another_way_is_shown_with_its_day() {
        assert_eq!(
            changes(
                "The alert was declared on Feb. 12, 2021, the agency said.",
                "The alert was declared on February 12, 2021, the agency said."
            ),
            [(
                ChangeKind::Date,
                ChangeOp::Replace,
                "Feb. 12".to_string(),
                "February 12".to_string()
            )]
        );
        assert_eq!(
            replaced(
                "The alert was declared on 12 Feb. 2021, the agency said.",
                "The alert was declared on 12 February 2021, the agency said."
            ),
            [pair("12 Feb.", "12 February")]
        );
    }

    #[test]
    fn words_given_in_another_order_are_one_change() {
        assert_eq!(
            changes(
                "“Our banner is red and white,” Vale said.",
                "“Our banner is white and red,” Vale said."
            ),
            [(
                ChangeKind::Moved,
                ChangeOp::Replace,
                "red and white".to_string(),
                "white and red".to_string()
            )]
        );
    }

    #[test]
    fn a_date_given_in_another_order_is_one_cosmetic_change() {
        assert_eq!(
            changes(
                "The vote will be held on March 20 in the capital, Vale said.",
                "The vote will be held on 20 March in the capital, Vale said."
            ),
            [(
                ChangeKind::Cosmetic,
                ChangeOp::Replace,
                "March 20".to_string(),
                "20 March".to_string()
            )]
        );
    }

    #[test]
    fn a_comma_on_the_other_side_of_a_word_is_no_reordering() {
        let found = changes(
            "“They lost the war and, in anger, they block the port,” Vale said.",
            "“They lost the war, and in anger, they block the port,” Vale said.",
        );
        assert!(
            found.iter().all(|c| c.0 == ChangeKind::Cosmetic),
            "{found:?}"
        );
        assert!(!found.is_empty());
    }

    #[test]
    fn a_replaced_function_word_is_shown_with_the_word_it_governs() {
        assert_eq!(
            replaced(
                "This is not a snap decision for the port.",
                "This was not a snap decision for the port."
            ),
            [pair("is not", "was not")]
        );
        assert_eq!(
            replaced(
                "It is the flag under which the sailors serve.",
                "It is the flag for which the sailors serve."
            ),
            [pair("under which", "for which")]
        );
    }

    #[test]
    fn a_replaced_noun_is_shown_with_its_determiner() {
        assert_eq!(
            replaced(
                "I told the harbour board already in May.",
                "I told the owners in May."
            ),
            [pair("the harbour board already", "the owners")]
        );
    }

    #[test]
    fn the_kind_is_decided_on_the_changed_words_alone() {
        let c = changes(
            "The ships wait for the 700 crews.",
            "The ships wait for the 750 crews.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, ChangeKind::Number);
        assert_eq!((c[0].2.as_str(), c[0].3.as_str()), ("the 700", "the 750"));
    }

    #[test]
    fn a_verb_inside_the_compared_words_is_listed_once() {
        // The colon makes the frame part of the words compared, verb included.
        let articles: Vec<ArticleInput> = [
            "Harbour minister Ana Vale wrote on Friday: “With great hope I declare the strike over.”",
            "Harbour minister Ana Vale said on Friday: “With great hope I declare the strike over.”",
        ]
        .iter()
        .map(|t| ArticleInput {
            text: t.to_string(),
            label: None,
            file_name: None,
        })
        .collect();
        let options = CompareOptions {
            base_article: Some(0),
        };
        let c = compare(&articles, &options).unwrap();
        let verbs: Vec<_> = c.statements[0]
            .changes
            .iter()
            .filter(|c| c.kind == ChangeKind::ReportingVerb)
            .map(|c| (c.base.text.as_str(), c.other.text.as_str()))
            .collect();
        assert_eq!(verbs, [("wrote", "said")]);
    }

    #[test]
    fn punctuation_a_differently_written_word_and_insertions_take_no_neighbour() {
        // `is` → `was` before a comma: nothing to take.
        assert_eq!(
            replaced("The answer is, they wait.", "The answer was, they wait."),
            [pair("is", "was")]
        );
        // `The` / `the` differ in case: a cosmetic change of their own, not context.
        let c = changes("The harbour is calm.", "the port is calm.");
        assert!(c.iter().any(|c| c.2 == "harbour" && c.3 == "port"), "{c:?}");
        // An added word is the change, alone.
        let c = changes("It will take time.", "It will take some time.");
        assert_eq!(
            c.iter().map(|c| (c.1, c.3.as_str())).collect::<Vec<_>>(),
            [(ChangeOp::Insert, "some")]
        );
    }
}
