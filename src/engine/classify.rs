//! Classifying one difference between two versions of a statement: every kind a change can
//! have is decided here.
//!
//! The rules are tried in this order (the order of the code); the first that fits names the
//! kind. Each with an example:
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
//! | added in / removed from quote | a pure insertion or deletion in a quotation | `Taliban` → `Taliban (IEA)` |
//! | wording | anything else | `long-suffering` → `troubled` |
//!
//! Two kinds come from elsewhere and are only named here: *moved* is what the diff found as
//! the same words at another place (see `diff/moves.rs`), and the *reporting verb* of a whole
//! version is [`attribution_kind`] of the two versions' attributing verbs.

use super::distance::within_edits;
use super::lexicon::{is_date_word, is_modal, is_number_word, is_reporting_verb};
use super::model::ChangeKind;
use super::normalize::{comparison_key, fold_accents};
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
    // A long rewrite that happens to contain a number or a verb is a rewrite: the specific
    // kinds are for changes short enough that the number, date, name or verb is the point.
    let size = bw.len().max(ow.len());
    let specific = size <= MAX_SPECIFIC_WORDS;
    if specific && any(&|_, t| t.kind == TokenKind::Number || is_number_word(&t.key)) {
        return ChangeKind::Number;
    }
    if specific && any(&|text, t| is_date(text, t)) {
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

/// True for a token that names a day or month. `may` is the month only when capitalised
/// (`in May`); in lower case it is the modal (`these groups may infiltrate`).
fn is_date(text: &str, t: &Token) -> bool {
    is_date_word(&t.key) && (t.key != "may" || t.text(text).starts_with(|c: char| c.is_uppercase()))
}

/// The negations and modal words among `words`, each once, in order of first appearance.
fn modality(words: &[String]) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    for w in words.iter().filter(|w| is_modal(w)) {
        if !found.contains(&w.as_str()) {
            found.push(w);
        }
    }
    found.sort_unstable();
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
        return within_edits(&a, &b, 2);
    }
    // Names swapped: both sides name something, and the names differ.
    !bc.is_empty() && !oc.is_empty() && bc != oc && words(base) <= 4 && words(other) <= 4
}

/// The kind of the difference between the verbs that attribute two versions (`said` →
/// `claimed`), or `None` when they are the same verb.
pub fn attribution_kind(base_verb: &str, other_verb: &str) -> Option<ChangeKind> {
    (comparison_key(base_verb) != comparison_key(other_verb)).then_some(ChangeKind::ReportingVerb)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ChangeContext { in_quote },
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
            ("in May", "in June", Date),
            ("their", "these groups may", Modality),
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
}
