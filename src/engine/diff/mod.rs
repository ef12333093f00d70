//! Word-level diff of two texts through `similar`, on the engine's own tokens.
//!
//! `similar`'s own word tokenizer splits only at whitespace, so `said,` and `said` would differ
//! as whole words. We diff our UAX #29 tokens by comparison key instead, and leave whitespace
//! out of the diff (it never anchors a match), then give every byte back to a run.
//!
//! After the raw diff comes a semantic clean-up, so that a reader sees changes, not soup:
//!
//! ```text
//! old:      the troops of the northern army withdrew
//! new:      the soldiers in a northern unit withdrew
//! raw:      the [-troops of-][+soldiers in+] [-the-][+a+] northern [-army-][+unit+] withdrew
//! cleaned:  the [-troops of the-][+soldiers in a+] northern [-army-][+unit+] withdrew
//! ```
//!
//! A lone stopword or punctuation mark between two changes is absorbed into one change, and a
//! run of three or more words deleted in one place and inserted in another is one move.
//!
//! The steps, one file each, in the order [`diff_sides`] runs them:
//!
//! | step | file | what |
//! |---|---|---|
//! | intern | [`crate::engine::key`] | comparison keys become dense ids |
//! | anchors and gaps | `patience.rs` | Patience anchors on the ids, `similar`'s Myers between them |
//! | clean-up | `cleanup.rs` | neighbouring changes merged, small equalities absorbed, substitutions split at shared stems and lopsided ones at a clause break |
//! | moves | `moves.rs` | a deleted and an inserted run of the same words become one move |
//! | runs | `runs.rs` | byte runs that rebuild both texts (the two-text mode) |
//!
//! Cost: linear in the units of both sides between anchors, plus Myers inside gaps (bounded by
//! [`SMALL_GAP`] per gap, or by a deadline for large ones); see `patience.rs`.

mod cleanup;
mod moves;
mod patience;
mod runs;

use std::ops::Range;

use super::key::KeyInterner;
use super::model::Span;
use super::platform::Instant;
use super::token::{Token, TokenKind};

pub use runs::{diff_texts, rebuild};

/// How long one pairwise diff may search for a shortest script before it settles for a good one.
const DIFF_BUDGET_MS: u64 = 250;

/// Each this many units (both sides) add a millisecond to [`DIFF_BUDGET_MS`].
const UNITS_PER_EXTRA_MS: usize = 1_000;

/// Units (both sides) above which a diff gets a deadline.
const DEADLINE_FROM_UNITS: usize = 4_000;

/// The largest gap between Patience anchors (old units times new units) that Myers searches
/// without a deadline.
pub(crate) const SMALL_GAP: usize = 64 * 64;

/// The largest substitution (units on both sides) that [`anchor_on_stems`] splits.
const MAX_ANCHORED_UNITS: usize = 160;

/// The smallest number of words that counts as a moved passage rather than a coincidence.
pub const MIN_MOVE_WORDS: usize = 3;

/// The tokens of one side of a diff that take part in it: every non-space token inside a range.
#[derive(Debug, Clone)]
pub struct Side<'t> {
    /// All tokens of the text the range lies in.
    pub tokens: &'t [Token],
    /// Indexes into `tokens` of the non-space tokens inside `range`, in order.
    pub units: Vec<usize>,
    /// The byte range of the text being compared.
    pub range: Range<usize>,
}

impl<'t> Side<'t> {
    /// The non-space tokens of `tokens` that lie inside the byte `range`.
    pub fn new(tokens: &'t [Token], range: Range<usize>) -> Self {
        let first = tokens.partition_point(|t| t.end <= range.start);
        let last = first + tokens[first..].partition_point(|t| t.start < range.end);
        // Sized up front, so the vector never moves while it fills.
        let mut units = Vec::with_capacity(last - first);
        // A plain loop: the size-optimised wasm would call the range iterator per token.
        let mut i = first;
        while i < last {
            let t = &tokens[i];
            if t.kind != TokenKind::Space && t.start >= range.start {
                units.push(i);
            }
            i += 1;
        }
        Side {
            tokens,
            units,
            range,
        }
    }

    /// The token that is unit `u` of this side.
    pub fn unit(&self, u: usize) -> &'t Token {
        &self.tokens[self.units[u]]
    }

    /// The byte span covered by units `r` (from the first one's start to the last one's end),
    /// or an empty span at `at` when `r` is empty.
    pub fn byte_span(&self, r: &Range<usize>, at: usize) -> Span {
        if r.is_empty() {
            Span::new(at, at)
        } else {
            Span::new(self.unit(r.start).start, self.unit(r.end - 1).end)
        }
    }
}

/// One operation of a cleaned-up diff, over unit indexes of the two sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitOp {
    /// What happened.
    pub tag: OpTag,
    /// Units of the old side.
    pub old: Range<usize>,
    /// Units of the new side.
    pub new: Range<usize>,
    /// When the old units reappear elsewhere: the index of the op whose new units they became.
    pub old_moved_to: Option<usize>,
    /// When the new units came from elsewhere: the index of the op whose old units they were.
    pub new_moved_from: Option<usize>,
}

impl UnitOp {
    /// The insertion of units `new` of the other side before base unit `at`.
    pub fn insert(at: usize, new: Range<usize>) -> UnitOp {
        UnitOp {
            tag: OpTag::Insert,
            old: at..at,
            new,
            old_moved_to: None,
            new_moved_from: None,
        }
    }
}

/// The kind of a [`UnitOp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpTag {
    /// Same units on both sides.
    Equal,
    /// Units only on the old side.
    Delete,
    /// Units only on the new side.
    Insert,
    /// Old units replaced by new ones.
    Replace,
}

impl OpTag {
    pub(crate) fn is_change(self) -> bool {
        self != OpTag::Equal
    }
}

/// Diffs two sides by comparison key, then cleans the result up (see the module docs).
pub fn diff_sides<'t>(a: &Side<'t>, b: &Side<'t>) -> Vec<UnitOp> {
    crate::engine::work::add(a.units.len() + b.units.len());
    // Keys become small integers first: `similar` then hashes and compares numbers, not strings.
    // News text repeats its words: a side's distinct keys are well under half its units.
    let mut ids = KeyInterner::with_capacity((a.units.len() + b.units.len()) / 4);
    let old_keys = intern_keys(a, &mut ids);
    let new_keys = intern_keys(b, &mut ids);
    // Small inputs finish fast whatever happens; checking a clock costs a call into JavaScript
    // per step in the browser, so only large inputs get a deadline.
    // The budget grows with the input, so a long text still gets a careful diff (it runs in a
    // worker) while a pathological one cannot run for ever.
    let units = old_keys.len() + new_keys.len();
    let budget = DIFF_BUDGET_MS + (units / UNITS_PER_EXTRA_MS) as u64;
    let deadline = (units > DEADLINE_FROM_UNITS)
        .then(|| Instant::now().checked_add(std::time::Duration::from_millis(budget)))
        .flatten();
    let raw = patience::diff_ids(&old_keys, &new_keys, ids.len(), deadline);
    let ops = cleanup::merge_changes(raw.iter().map(cleanup::unit_op_from));
    let ops = cleanup::absorb_small_equalities(ops, a);
    let ops = cleanup::split_at_shared_figures(ops, a, b);
    let ops = cleanup::anchor_on_stems(ops, a, b);
    let ops = cleanup::split_lopsided(ops, a, b);
    moves::detect_moves(ops, a, b)
}

/// The comparison key of every unit of a side as a number, the same number for the same key.
pub(crate) fn intern_keys<'t>(side: &Side<'t>, ids: &mut KeyInterner<'t>) -> Vec<u32> {
    side.units
        .iter()
        .map(|&i| ids.id(&side.tokens[i].key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::runs::runs_from_ops;
    use super::*;
    use crate::engine::model::{DiffRun, RunTag};
    use crate::engine::token::tokenize;

    fn changed(runs: &[DiffRun], old: &str, new: &str, tag: RunTag) -> Vec<String> {
        runs.iter()
            .filter(|r| r.tag == tag)
            .map(|r| match tag {
                // Spacing between two changes travels with the second; the words are what
                // these tests look at.
                RunTag::Delete => old[r.old.start..r.old.end].trim().to_string(),
                _ => new[r.new.start..r.new.end].trim().to_string(),
            })
            .collect()
    }

    #[test]
    fn weekday_and_city_are_the_only_changes() {
        let old = "Shoigu said on Friday in Minks.";
        let new = "Shoigu said on Thursday in Minsk.";
        let runs = diff_texts(old, new);
        assert_eq!(
            changed(&runs, old, new, RunTag::Delete),
            ["Friday", "Minks"]
        );
        assert_eq!(
            changed(&runs, old, new, RunTag::Insert),
            ["Thursday", "Minsk"]
        );
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
    }

    #[test]
    fn a_comma_is_the_only_difference_between_said_and_said_comma() {
        let (old, new) = ("he said, then", "he said then");
        let runs = diff_texts(old, new);
        assert_eq!(changed(&runs, old, new, RunTag::Delete), [","]);
        assert!(changed(&runs, old, new, RunTag::Insert).is_empty());
    }

    #[test]
    fn case_and_quote_style_are_not_changes() {
        let runs = diff_texts("“We Will,” he said", "\"we will,\" he said");
        assert!(runs.iter().all(|r| r.tag == RunTag::Equal));
    }

    #[test]
    fn a_lone_stopword_between_changes_is_absorbed() {
        let old = "the troops of the northern army withdrew";
        let new = "the soldiers in a northern unit withdrew";
        let runs = diff_texts(old, new);
        let deleted = changed(&runs, old, new, RunTag::Delete);
        assert_eq!(deleted, ["troops of the", "army"]);
    }

    /// The number of moves in the diff of two texts, after checking that its runs rebuild both.
    fn moves_in(old: &str, new: &str) -> usize {
        let (ta, tb) = (tokenize(old), tokenize(new));
        let (a, b) = (Side::new(&ta, 0..old.len()), Side::new(&tb, 0..new.len()));
        let ops = diff_sides(&a, &b);
        let runs = runs_from_ops(&ops, &a, &b);
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
        ops.iter().filter(|o| o.old_moved_to.is_some()).count()
    }

    #[test]
    fn a_moved_attribution_is_one_move() {
        let old = "Officials of the port said the ships will leave on Monday.";
        let new = "The ships will leave on Monday, officials of the port said.";
        assert_eq!(moves_in(old, new), 1);
    }

    #[test]
    fn a_retranslation_splits_at_shared_stems() {
        let old = "the unions secretly sponsor the Dolphins now";
        let new = "the unions are covertly sponsoring Harbour United now";
        let runs = diff_texts(old, new);
        assert_eq!(
            changed(&runs, old, new, RunTag::Delete),
            ["secretly", "sponsor", "the Dolphins"]
        );
        assert_eq!(
            changed(&runs, old, new, RunTag::Insert),
            ["are covertly", "sponsoring", "Harbour United"]
        );
    }

    #[test]
    fn a_figure_written_two_ways_splits_a_substitution() {
        let old = "Vale said 31 thousand sailors stayed home.";
        let new = "Vale said in the bay, 31,000 sailors stayed home.";
        let runs = diff_texts(old, new);
        assert_eq!(changed(&runs, old, new, RunTag::Delete), ["31 thousand"]);
        assert_eq!(
            changed(&runs, old, new, RunTag::Insert),
            ["in the bay,", "31,000"]
        );
        // Digits glued to a word are a name's part, not a figure to anchor on.
        let (old, new) = ("the G-7 met", "the group of seven met");
        let runs = diff_texts(old, new);
        assert_eq!(changed(&runs, old, new, RunTag::Delete), ["G-7"]);
    }

    #[test]
    fn changes_split_at_a_shared_stem_are_one_run() {
        let old = "the unions secretly sponsor the Dolphins now";
        let new = "the unions are covertly sponsoring Harbour United now";
        let runs = diff_texts(old, new);
        let equal: Vec<_> = runs
            .iter()
            .filter(|r| r.tag == RunTag::Equal)
            .map(|r| &new[r.new.start..r.new.end])
            .collect();
        assert_eq!(equal, ["the unions ", " now"]);
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
    }

    #[test]
    fn part_of_a_longer_change_can_move() {
        let old = "instead of rebuilding the harbour after the long strike, the city councils are trying to sell it.";
        let new = "The city councils, Vale noted, instead of rebuilding the harbour, are trying to sell it.";
        let (ta, tb) = (tokenize(old), tokenize(new));
        let (a, b) = (Side::new(&ta, 0..old.len()), Side::new(&tb, 0..new.len()));
        let ops = diff_sides(&a, &b);
        let away: Vec<_> = ops.iter().filter(|o| o.old_moved_to.is_some()).collect();
        assert_eq!(away.len(), 1, "{ops:?}");
        let here = &ops[away[0].old_moved_to.unwrap()];
        assert_eq!(here.new_moved_from.map(|f| &ops[f]), Some(away[0]));
        assert_eq!(
            &old[a.byte_span(&away[0].old, 0).start..a.byte_span(&away[0].old, 0).end],
            "the city councils"
        );
        assert_eq!(
            &new[b.byte_span(&here.new, 0).start..b.byte_span(&here.new, 0).end],
            "The city councils"
        );
        let runs = runs_from_ops(&ops, &a, &b);
        assert_eq!(rebuild(&runs, old, true), old);
        assert_eq!(rebuild(&runs, new, false), new);
    }

    #[test]
    fn two_passages_that_swap_places_are_two_moves() {
        let old = "Under these rules, we must reopen talks - with the unions and with the owners.";
        let new = "With the unions and with the owners, we must reopen talks under these rules.";
        assert_eq!(moves_in(old, new), 2);
    }

    #[test]
    fn a_unique_word_in_another_place_is_a_move() {
        let old = "The committee met for the 15th time yesterday and recommended it.";
        let new = "Yesterday, the committee met for the 15th time and recommended it.";
        assert_eq!(moves_in(old, new), 1);
        // A word that occurs twice on one side could have gone anywhere: no move.
        let old = "Ships wait and ships leave; ports close today.";
        let new = "Today ships wait and ships leave; ports close.";
        assert_eq!(moves_in(old, new), 1);
        let old = "today ships wait, and today ports close";
        let new = "ships wait today, and ports close today";
        assert_eq!(moves_in(old, new), 0);
    }

    #[test]
    fn a_time_word_moves_out_of_a_change_of_a_few_small_words() {
        // `Yesterday` goes with `the #harbour` (a hashtag dropped, `the` capitalised): a time
        // word is most of the change's content words.
        let old = "Yesterday, the #harbour board met for the 15th time and agreed.";
        let new = "The board met for the 15th time yesterday and agreed.";
        assert_eq!(moves_in(old, new), 1);
        // Any other word moved with as much around it reads better as the rewrite.
        let old = "Vale, the #harbour board met for the 15th time and agreed.";
        let new = "The board met for the 15th time vale and agreed.";
        assert_eq!(moves_in(old, new), 0);
    }

    #[test]
    fn three_stopwords_in_two_places_are_not_a_move() {
        let old = "ships wait with of and docks close";
        let new = "boats sail and docks open with of and";
        let (ta, tb) = (tokenize(old), tokenize(new));
        let (a, b) = (Side::new(&ta, 0..old.len()), Side::new(&tb, 0..new.len()));
        let moved: Vec<String> = diff_sides(&a, &b)
            .iter()
            .filter(|o| o.old_moved_to.is_some())
            .map(|o| o.old.clone().map(|u| a.unit(u).key.to_string()).collect())
            .collect();
        assert!(!moved.iter().any(|m| m.contains("with")), "{moved:?}");
    }

    #[test]
    fn a_lopsided_substitution_splits_at_its_clause_break() {
        let old = "the envoys secretly sponsor the Dolphins.";
        let new =
            "the envoys secretly sponsor Harbour United, who are aimed at undermining the region.";
        let runs = diff_texts(old, new);
        assert_eq!(changed(&runs, old, new, RunTag::Delete), ["the Dolphins"]);
        assert_eq!(
            changed(&runs, old, new, RunTag::Insert),
            [
                "Harbour United",
                ", who are aimed at undermining the region"
            ]
        );
    }

    #[test]
    fn whitespace_only_inputs_rebuild() {
        let runs = diff_texts("  \n", " ");
        assert_eq!(rebuild(&runs, "  \n", true), "  \n");
        assert_eq!(rebuild(&runs, " ", false), " ");
    }

    #[test]
    fn side_restricted_to_a_range_skips_outside_tokens() {
        let text = "one two three four";
        let tokens = tokenize(text);
        let side = Side::new(&tokens, 4..13);
        let words: Vec<_> = side.units.iter().map(|&i| tokens[i].text(text)).collect();
        assert_eq!(words, ["two", "three"]);
    }
}
