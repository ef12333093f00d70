//! Classifying one difference between two versions of a statement.
//!
//! Rules are tried in order; the first that fits names the kind. Each with an example:
//!
//! | kind | rule | example (base → other) |
//! |---|---|---|
//! | cosmetic | the words are the same once punctuation, case, quote style, dashes and contractions are folded | `and, in turn,` → `and in turn`; `is not` → `isn’t` |
//! | editorial | brackets or an elision on either side | `they [the port authorities] do` → `they do`; `partners…` |
//! | number | a number on either side | `700` → `750` |
//! | date | a weekday, month or date on either side | `Friday` → `Thursday` |
//! | name | a one-word respelling of a capitalised word, or a capitalised name swapped for another | `Minks` → `Minsk`; `the Dolphins` → `Harbour United` |
//! | negation/modality | the sets of negations and modal words differ | `is possible` → `will likely` |
//! | reporting verb | a reporting verb on either side | `said` → `claimed` |
//! | moved | the same words elsewhere | attribution moved to the front |
//! | added in / removed from quote | a pure insertion or deletion in a quotation | `Taliban` → `Taliban (IEA)` |
//! | wording | anything else | `long-suffering` → `troubled` |

use super::attribution::is_reporting_verb;
use super::model::ChangeKind;
use super::normalize::fold_accents;
use super::token::{Token, TokenKind};

/// Words on the longer side beyond which a change is a rewrite ("wording"), not a change of
/// one number, date, name or verb.
const MAX_SPECIFIC_WORDS: usize = 6;

/// One side of a difference: its tokens (non-space) and the text they index into.
#[derive(Debug, Clone, Copy)]
pub struct ChangeSide<'a> {
    /// The text the tokens index into.
    pub text: &'a str,
    /// The tokens of the changed passage, without whitespace.
    pub tokens: &'a [&'a Token],
}

/// What else is known about a difference when it is classified.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChangeContext {
    /// The other version is a direct quote (so a pure insertion or deletion is in quote marks).
    pub in_quote: bool,
    /// The difference is one end of a move.
    pub moved: bool,
}

/// Names the kind of the difference between `base` and `other` (see the module docs).
pub fn classify(base: ChangeSide, other: ChangeSide, ctx: ChangeContext) -> ChangeKind {
    let (bw, ow) = (loose_words(base), loose_words(other));
    if bw == ow {
        return ChangeKind::Cosmetic;
    }
    let any = |f: &dyn Fn(&str, &Token) -> bool| {
        base.tokens.iter().any(|t| f(base.text, t)) || other.tokens.iter().any(|t| f(other.text, t))
    };
    if any(&|text, t| is_editorial_mark(t.text(text))) {
        return ChangeKind::Editorial;
    }
    if ctx.moved {
        return ChangeKind::Moved;
    }
    // A long rewrite that happens to contain a number or a verb is a rewrite: the specific
    // kinds are for changes short enough that the number, date, name or verb is the point.
    let size = bw.len().max(ow.len());
    let specific = size <= MAX_SPECIFIC_WORDS;
    if specific
        && any(&|_, t| t.kind == TokenKind::Number || NUMBER_WORDS.contains(&t.key.as_str()))
    {
        return ChangeKind::Number;
    }
    if specific && any(&|_, t| DATE_WORDS.contains(&t.key.as_str())) {
        return ChangeKind::Date;
    }
    if specific && is_name_change(base, other) {
        return ChangeKind::Name;
    }
    if size <= 2 * MAX_SPECIFIC_WORDS && modality(&bw) != modality(&ow) {
        return ChangeKind::Modality;
    }
    if specific && any(&|_, t| is_reporting_verb(&t.key)) {
        return ChangeKind::ReportingVerb;
    }
    match (bw.is_empty(), ow.is_empty(), ctx.in_quote) {
        (true, false, true) => ChangeKind::AddedInQuote,
        (false, true, true) => ChangeKind::RemovedFromQuote,
        _ => ChangeKind::Wording,
    }
}

/// The words of a side with contractions spelled out, keys folded, accents kept.
fn loose_words(side: ChangeSide) -> Vec<String> {
    let mut out = Vec::new();
    for t in side.tokens.iter().filter(|t| t.is_wordlike()) {
        let key = t.key.as_str();
        match key.strip_suffix("n't") {
            Some(stem) => {
                let stem = match stem {
                    "wo" => "will",
                    "ca" => "can",
                    "sha" => "shall",
                    s => s,
                };
                out.push(stem.to_string());
                out.push("not".to_string());
            }
            None => out.push(key.to_string()),
        }
    }
    out
}

fn is_editorial_mark(text: &str) -> bool {
    matches!(text, "[" | "]" | "…" | "...")
}

const NUMBER_WORDS: &[&str] = &[
    "billion",
    "dozen",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "hundred",
    "million",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "three",
    "trillion",
    "twelve",
    "twenty",
    "two",
];

const DATE_WORDS: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "today",
    "tomorrow",
    "tuesday",
    "wednesday",
    "yesterday",
];

/// Negations and modal words; a change in this set changes what is asserted.
fn modality(words: &[String]) -> Vec<&'static str> {
    const MODAL: &[&str] = &[
        "can", "cannot", "could", "likely", "may", "might", "must", "never", "no", "not",
        "possible", "possibly", "probably", "should", "unlikely", "will", "would",
    ];
    let mut found: Vec<&'static str> = MODAL
        .iter()
        .copied()
        .filter(|m| words.iter().any(|w| w == m))
        .collect();
    found.dedup();
    found
}

fn capitalised<'a>(side: ChangeSide<'a>) -> Vec<&'a str> {
    side.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(side.text))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect()
}

/// A respelling (`Minks` → `Minsk`, `Défense` → `Defense`) or one name put for another.
fn is_name_change(base: ChangeSide, other: ChangeSide) -> bool {
    let (bc, oc) = (capitalised(base), capitalised(other));
    let words = |s: ChangeSide| s.tokens.iter().filter(|t| t.is_wordlike()).count();
    if words(base) == 1 && words(other) == 1 && bc.len() == 1 && oc.len() == 1 {
        let (a, b) = (fold_accents(bc[0]), fold_accents(oc[0]));
        return a == b || edit_distance(&a, &b) <= 2;
    }
    // Names swapped: both sides name something, and the names differ.
    !bc.is_empty() && !oc.is_empty() && bc != oc && words(base) <= 4 && words(other) <= 4
}

/// True when one insertion, deletion, substitution or swap of neighbours turns `a` into `b`:
/// [`edit_distance`] at most one, found in one pass instead of a table (it runs for every
/// pair of speaker names and of name spellings).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    match a.len() as isize - b.len() as isize {
        0 => a.len() <= 1 || a[1..] == b[1..] || (a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..]),
        1 => a[1..] == *b,
        -1 => *a == b[1..],
        _ => false,
    }
}

/// Damerau–Levenshtein distance (optimal string alignment) in characters: a swap of two
/// neighbouring letters (`Minks`/`Minsk`) counts as one edit.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn within_one_edit_is_a_distance_of_at_most_one(a in "[abc]{0,7}", b in "[abc]{0,7}") {
            proptest::prop_assert_eq!(within_one_edit(&a, &b), edit_distance(&a, &b) <= 1);
        }
    }
    use crate::engine::token::tokenize;

    fn kind_of(base: &str, other: &str, in_quote: bool) -> ChangeKind {
        let (bt, ot) = (tokenize(base), tokenize(other));
        let b: Vec<&Token> = bt.iter().filter(|t| t.kind != TokenKind::Space).collect();
        let o: Vec<&Token> = ot.iter().filter(|t| t.kind != TokenKind::Space).collect();
        classify(
            ChangeSide {
                text: base,
                tokens: &b,
            },
            ChangeSide {
                text: other,
                tokens: &o,
            },
            ChangeContext {
                in_quote,
                moved: false,
            },
        )
    }

    #[test]
    fn one_example_per_kind() {
        use ChangeKind::*;
        let cases = [
            (",", "", Cosmetic),
            ("is not", "isn’t", Cosmetic),
            ("they [the port authorities] do", "they do", Editorial),
            ("partners…", "partners and neighbours", Editorial),
            ("700", "750", Number),
            ("seven", "eight", Number),
            ("Friday", "Thursday", Date),
            ("Minks", "Minsk", Name),
            ("Défense", "Defense", Name),
            ("the Dolphins", "Harbour United", Name),
            ("is possible", "will likely", Modality),
            ("is", "is not", Modality),
            ("said", "claimed", ReportingVerb),
            ("long-suffering", "troubled", Wording),
        ];
        for (base, other, want) in cases {
            assert_eq!(kind_of(base, other, false), want, "{base:?} → {other:?}");
        }
    }

    #[test]
    fn pure_insertions_and_deletions_in_quotes() {
        assert_eq!(kind_of("", "(HPA)", true), ChangeKind::AddedInQuote);
        assert_eq!(
            kind_of("after the hasty withdrawal", "", true),
            ChangeKind::RemovedFromQuote
        );
        assert_eq!(
            kind_of("after the hasty withdrawal", "", false),
            ChangeKind::Wording
        );
    }

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        assert_eq!(edit_distance("minks", "minsk"), 1);
        assert_eq!(edit_distance("shoigy", "shoigu"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
