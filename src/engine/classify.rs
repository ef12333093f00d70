//! Classifying one difference between two versions of a statement: every kind a change can
//! have is decided here.
//!
//! The rules are tried in this order (the order of the code); the first that fits names the
//! kind. Each with its examples, each example a test:
//!
//! | kind | rule | examples (base → other) |
//! |---|---|---|
//! | editorial | one side is only an elision or a bracketed gloss, with its punctuation (where the other has nothing, or a word or two), or a censored word | `they [the port authorities] do` → `they do`; `[the Nordline group]` → `they`; `,` → `[the Nordline group]!`; `partners` → `partners…`; `f**k` → `fuck` |
//! | cosmetic | the same words once punctuation, case, quote style, dashes, hyphens and `#`, contractions, possessives, British/American spellings, units and their symbols are folded, and figures compared by value | `and, in turn,` → `and in turn`; `is not` → `isn’t`; `I'm` → `I am`; `it's hull` → `its hull`; `Vale` → `Vale's`; `organisation` → `organization`; `degrees Celsius` → `°C`; `COVID-19` → `#Covid19`; `31,000` → `31 thousand` |
//! | number | the figures differ (by value; `one` alone is no figure) | `700` → `750`; `seven` → `eight` |
//! | negation/modality | the hedges before a figure differ (`at least`, `some`, `almost`), or the negations and modal words differ and are most of a change, or stand in a short substitution; a negation that repeats one earlier in both sentences makes no short substitution | `30` → `at least 30`; `is possible` → `will likely`; `is` → `is not`; `their` → `these groups may`; not `Not 300,000, not whatever` → `Not 300,000 as people say` |
//! | date | a weekday, month or day word differs | `Friday` → `Thursday`; `in May` → `in June` |
//! | name | a one-word respelling of a name, or one name put for another (every word of both sides capitalised, not opening a sentence) | `Minks` → `Minsk`; `the Dolphins` → `Harbour United` |
//! | reporting verb | the verb that attributes the version differs | `Vale warned that` → `Vale said that` |
//! | added in / removed from quote | a pure insertion or deletion in a quotation | `Taliban` → `Taliban (IEA)` |
//! | wording | anything else | `long-suffering` → `troubled`; `harsh` → `severe` (inside a quote too) |
//!
//! The specific kinds (number, modality, date, name, reporting verb) are for changes short
//! enough that the figure, hedge, date, name or verb is the point ([`MAX_SPECIFIC_WORDS`]): a
//! long rewrite that happens to contain a number is a rewrite.
//!
//! Two kinds come from elsewhere and are only named here: *moved* is what the diff found as
//! the same words at another place (see `diff/moves.rs`), and the reporting verb of a whole
//! version is [`attribution_kind`] of the two versions' attributing verbs.
//!
//! Cost: per change, linear in its words; every edit-distance check is bounded and guarded by
//! length (`distance.rs`), so a long token costs no more than its length.

use super::dateline::{capitalised_month, day_of_month};
use super::distance::within_edits;
use super::lexicon::{
    is_date_word, is_hedge, is_modal, is_negation, is_number_word, is_stopword, NEGATIONS,
    UNIT_SYMBOLS,
};
use super::model::{ChangeKind, Span};
use super::normalize::{comparison_key, fold_accents, spelling_key};
use super::numbers::{figures, writes_a_figure};
use super::token::{Token, TokenKind};
use crate::engine::normalize::Lowercase;

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
    /// The verbs that attribute the two versions, when they lie inside them (reported
    /// speech: `Vale warned that …`).
    pub verbs: [Option<Span>; 2],
}

/// Names the kind of the difference between `base` and `other` (see the module docs).
pub fn classify(base: ChangeSide, other: ChangeSide, ctx: ChangeContext) -> ChangeKind {
    // An elision or a gloss is editorial even though no word changes (`…` where the base goes
    // on): it marks that words were cut or added.
    if is_editorial(base, other) || is_editorial(other, base) || is_censored(base, other) {
        return ChangeKind::Editorial;
    }
    let (bw, ow) = (loose_words(base), loose_words(other));
    if bw == ow || same_figures_and_words(base, other) {
        return ChangeKind::Cosmetic;
    }
    let size = bw.len().max(ow.len());
    let specific = size <= MAX_SPECIFIC_WORDS;
    let (bf, of) = (side_figures(base), side_figures(other));
    if specific && bf != of && (!bf.is_empty() || !of.is_empty()) {
        return ChangeKind::Number;
    }
    // A `not` that repeats one earlier in both sentences (`Not 300,000, not whatever` →
    // `Not 300,000 as people say`) is no substitution of a modal of its own.
    let repeated_negation = negated_before(base) && negated_before(other);
    if specific
        && (hedges(base) != hedges(other) || modality_is_the_change(&bw, &ow, repeated_negation))
    {
        return ChangeKind::Modality;
    }
    if specific && dates(base) != dates(other) {
        return ChangeKind::Date;
    }
    if specific && is_name_change(base, other) {
        return ChangeKind::Name;
    }
    if specific && only_the_verb_differs(base, other, ctx.verbs) {
        return ChangeKind::ReportingVerb;
    }
    match (bw.is_empty(), ow.is_empty(), ctx.in_quote) {
        (true, false, true) => ChangeKind::AddedInQuote,
        (false, true, true) => ChangeKind::RemovedFromQuote,
        _ => ChangeKind::Wording,
    }
}

/// The words of a side with contractions spelled out (`isn't` → `is not`, `I'm` → `I am`),
/// possessives dropped (`Vale's` → `Vale`), spellings folded (`defence` → `defense`), units
/// written as symbols; keys folded, accents kept.
fn loose_words(side: ChangeSide) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in side.tokens.iter().filter(|t| t.is_wordlike()) {
        let key = t.key.as_str();
        if let Some(stem) = key.strip_suffix("n't") {
            let stem = match stem {
                "wo" => "will",
                "ca" => "can",
                "sha" => "shall",
                s => s,
            };
            out.push(stem.to_string());
            out.push("not".to_string());
            continue;
        }
        if let Some((word, ending)) = key.split_once('\'') {
            let expanded = match ending {
                "m" => Some("am"),
                "re" => Some("are"),
                "ve" => Some("have"),
                "ll" => Some("will"),
                "d" => Some("would"),
                "s" if matches!(
                    word,
                    "it" | "that" | "there" | "here" | "what" | "who" | "he" | "she" | "let"
                ) =>
                {
                    Some(if word == "let" { "us" } else { "is" })
                }
                // A possessive: the name or noun itself.
                "s" | "" => None,
                _ => Some(""),
            };
            out.push(spelling_key(word));
            match expanded {
                Some("") => out.push(spelling_key(ending)),
                Some(e) => out.push(e.to_string()),
                None => {}
            }
            continue;
        }
        // The month is not the modal (`in May` · `these groups may`).
        if key == "may" && t.text(side.text).starts_with('M') && !opens_sentence(side.text, t) {
            out.push("May".to_string());
            continue;
        }
        out.push(spelling_key(key));
    }
    fold_units(&mut out);
    out
}

/// Replaces units written out by their symbols, in place (`degrees celsius` → `°c`).
fn fold_units(words: &mut Vec<String>) {
    for (unit, symbol) in UNIT_SYMBOLS {
        let parts: Vec<&str> = unit.split(' ').collect();
        let mut k = 0;
        while k + parts.len() <= words.len() {
            if words[k..k + parts.len()]
                .iter()
                .zip(&parts)
                .all(|(w, p)| w == p)
            {
                words.splice(k..k + parts.len(), [symbol.to_string()]);
            }
            k += 1;
        }
    }
}

/// True when the two sides say the same once every character but letters and digits is
/// dropped (`COVID-19` · `#Covid19`, `post-Covid` · `post Covid`, `it's hull` · `its hull`),
/// or once figures are read as values (`31,000` · `31 thousand`, `12 degrees Celsius` · `12
/// °C`).
fn same_figures_and_words(base: ChangeSide, other: ChangeSide) -> bool {
    let alphanumerics = |side: ChangeSide| -> String {
        side.tokens
            .iter()
            .flat_map(|t| t.key.chars())
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    if alphanumerics(base) == alphanumerics(other) {
        return true;
    }
    let (bf, of) = (side_figures(base), side_figures(other));
    if bf.is_empty() || bf != of {
        return false;
    }
    // The words beside the figures, without the figures and the words that wrote them.
    let rest = |side: ChangeSide| -> String {
        loose_words(side)
            .into_iter()
            .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()) && !writes_a_figure(w))
            .collect::<String>()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    rest(base) == rest(other)
}

/// The figures of a side, by value.
fn side_figures(side: ChangeSide) -> Vec<crate::engine::numbers::Value> {
    figures(side.tokens, side.text)
}

/// True when `side` is only an editorial mark, or a bracketed gloss, beside `other`
/// (`[the port authorities]`, `…`, `[…]`, `[sic]`, `(…)`).
fn is_editorial(side: ChangeSide, other: ChangeSide) -> bool {
    let texts: Vec<&str> = side.tokens.iter().map(|t| t.text(side.text)).collect();
    if texts.is_empty() {
        return false;
    }
    let elision = texts
        .iter()
        .all(|t| matches!(*t, "…" | "..." | "." | "[" | "]" | "(" | ")" | ","))
        && texts.iter().any(|t| matches!(*t, "…" | "..."));
    // A gloss may bring its own punctuation along (`, ` → `[Iger, the studio's chief]!`).
    let is_mark = |t: &str| !t.chars().any(char::is_alphanumeric) && !matches!(t, "[" | "]");
    let from = texts.iter().take_while(|t| is_mark(t)).count();
    let to = texts.len()
        - texts[from..]
            .iter()
            .rev()
            .take_while(|t| is_mark(t))
            .count();
    let gloss = &texts[from..to];
    let bracketed = gloss.first() == Some(&"[") && gloss.last() == Some(&"]");
    // The gloss stands where the other side has nothing, or a word it explains.
    let other_words = other.tokens.iter().filter(|t| t.is_wordlike()).count();
    elision || (bracketed && other_words <= 2)
}

/// True when one side is a censored form of the other's word (`f**k`, `f—k`, `f—` for
/// `fuck`): a first letter, then masking marks, and the last letter or nothing.
fn is_censored(base: ChangeSide, other: ChangeSide) -> bool {
    // Punctuation around the word (`…fuck…`, `. Fuck.`) is cosmetic beside the masking.
    let compact = |side: ChangeSide| -> String {
        let joined: String = side
            .tokens
            .iter()
            .map(|t| t.text(side.text))
            .collect::<String>()
            .lowercase();
        joined
            .trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '*' | '_' | '—' | '–'))
            .trim()
            .to_string()
    };
    let (b, o) = (compact(base), compact(other));
    let masked = |s: &str| {
        s.contains(['*', '—', '–', '_']) && s.chars().next().is_some_and(char::is_alphabetic)
    };
    let fits = |mask: &str, word: &str| {
        let (m, w): (Vec<char>, Vec<char>) = (mask.chars().collect(), word.chars().collect());
        let letters_in_mask: Vec<char> = m.iter().copied().filter(|c| c.is_alphabetic()).collect();
        !w.is_empty()
            && w.iter().all(|c| c.is_alphabetic())
            && m.first() == w.first()
            && (m.last() == w.last() || !m.last().is_some_and(|c| c.is_alphabetic()))
            && letters_in_mask.len() < w.len()
    };
    let both_masked = masked(&b) && masked(&o) && b != o && b.chars().next() == o.chars().next();
    (masked(&b) && fits(&b, &o)) || (masked(&o) && fits(&o, &b)) || both_masked
}

/// The weekdays, months and day words of a side (`may` is the month only when capitalised:
/// `in May`, not `these groups may`), sorted.
fn dates(side: ChangeSide) -> Vec<String> {
    let mut out: Vec<String> = side
        .tokens
        .iter()
        .filter(|t| {
            is_date_word(&t.key)
                && (t.key != "may" || t.text(side.text).starts_with(|c: char| c.is_uppercase()))
        })
        .map(|t| t.key.to_string())
        .collect();
    out.sort_unstable();
    out
}

/// The hedges of a side that qualify a figure (`at least 30`, `some 31,000`, `almost seven`),
/// sorted: a hedge word followed, in its text, by a figure or a number word within two words.
/// (`about it` and `more than the others` qualify no figure.)
fn hedges(side: ChangeSide) -> Vec<String> {
    let mut found: Vec<String> = side
        .tokens
        .iter()
        .filter(|t| is_hedge(&t.key) && figure_follows(side.text, t.end))
        .map(|t| t.key.to_string())
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// True when a figure or a number word comes within the two words after byte `from`.
fn figure_follows(text: &str, from: usize) -> bool {
    text[from..]
        .split_whitespace()
        .take(2)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || (is_number_word(&w.lowercase()) && w != "one")
        })
}

/// True when the negations and modal words differ and make up at least half of what changes
/// (`is possible` → `will likely`, `is` → `is not`), or stand in a short substitution
/// (`their` → `these groups may`); not when a modal happens to stand in a clause that was cut
/// (`how can I say it`).
fn modality_is_the_change(base: &[String], other: &[String], repeated_negation: bool) -> bool {
    let modal = |words: &[String], negations: bool| -> Vec<String> {
        let mut m: Vec<String> = words
            .iter()
            .filter(|w| is_modal(w) && (negations || !is_negation(w)))
            .cloned()
            .collect();
        m.sort_unstable();
        m.dedup();
        m
    };
    let (bm, om) = (modal(base, true), modal(other, true));
    if bm == om {
        return false;
    }
    let changed = base.len().max(other.len());
    let modal_words = bm.len().max(om.len());
    // A short substitution that brings in or takes out a modal changes what is asserted
    // (`their` → `these groups may`); not when the modal is a negation that repeats one
    // before it in both sentences (`Not 300,000, not whatever` → `Not 300,000 as people
    // say`): the new words are the change.
    let only_a_repeated_negation = repeated_negation && modal(base, false) == modal(other, false);
    let substitution = !base.is_empty() && !other.is_empty() && !only_a_repeated_negation;
    modal_words * 2 >= changed || changed <= 2 || (substitution && changed <= 4)
}

/// How far back (in bytes) [`negated_before`] looks for the start of the sentence.
const MAX_NEGATION_LOOKBACK: usize = 200;

/// True when the sentence of `side` has a negation before the change (`Not 300,000, not
/// 150,000`: the second `not` repeats the first). An empty side has no place to look from.
fn negated_before(side: ChangeSide) -> bool {
    let Some(first) = side.tokens.first() else {
        return false;
    };
    // Bytes, not characters: the marks and the negations are ASCII.
    let before =
        &side.text.as_bytes()[first.start.saturating_sub(MAX_NEGATION_LOOKBACK)..first.start];
    let from = before
        .iter()
        .rposition(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
        .map_or(0, |i| i + 1);
    before[from..].split(|b| !b.is_ascii_alphabetic()).any(|w| {
        NEGATIONS
            .iter()
            .any(|n| w.eq_ignore_ascii_case(n.as_bytes()))
    })
}

/// True for a word token that opens its sentence (after the start of the text, a stop or an
/// opening quote), where a capital says nothing about being a name.
fn opens_sentence(text: &str, t: &Token) -> bool {
    let before = text[..t.start].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '“', '"', '‘', '\'', '«', ':', '\n', '—'])
}

/// The capitalised words of a side that do not open a sentence.
fn names<'a>(side: ChangeSide<'a>) -> Vec<&'a str> {
    side.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .filter(|t| !opens_sentence(side.text, t))
        .map(|t| t.text(side.text))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect()
}

/// A respelling (`Minks` → `Minsk`, `Défense` → `Defense`) or one name put for another (`the
/// Dolphins` → `Harbour United`): every content word of both sides capitalised.
fn is_name_change(base: ChangeSide, other: ChangeSide) -> bool {
    let (bc, oc) = (names(base), names(other));
    fn words<'a>(s: ChangeSide<'a>) -> Vec<&'a Token> {
        s.tokens
            .iter()
            .copied()
            .filter(|t| t.is_wordlike() && !matches!(t.key.as_str(), "the" | "a" | "an" | "of"))
            .collect()
    }
    let (bw, ow) = (words(base), words(other));
    if bw.len() == 1 && ow.len() == 1 && bc.len() == 1 && oc.len() == 1 {
        let (a, b) = (fold_accents(bc[0]), fold_accents(oc[0]));
        return within_edits(&a, &b, 2);
    }
    // Names swapped: both sides are names and nothing else, and they differ.
    !bc.is_empty()
        && !oc.is_empty()
        && bc.len() == bw.len()
        && oc.len() == ow.len()
        && bc != oc
        && bw.len() <= 4
        && ow.len() <= 4
}

/// True when the change touches the verb that attributes a version, and the words beside
/// that verb are the same content words on both sides (`Vale warned that` → `Vale said that`,
/// `said at a` → `spoke at`; not `threat` → `danger, he said`, where a word of the statement
/// changes too).
fn only_the_verb_differs(base: ChangeSide, other: ChangeSide, verbs: [Option<Span>; 2]) -> bool {
    let outside = |side: ChangeSide, verb: Option<Span>| -> (bool, Vec<String>) {
        let mut touched = false;
        let mut rest = Vec::new();
        for t in side.tokens.iter().filter(|t| t.is_wordlike()) {
            if verb.is_some_and(|v| v.contains(&Span::new(t.start, t.end))) {
                touched = true;
            } else if !is_stopword(&t.key) {
                rest.push(t.key.to_string());
            }
        }
        (touched, rest)
    };
    let ((bt, br), (ot, or)) = (outside(base, verbs[0]), outside(other, verbs[1]));
    (bt || ot) && (br == or || br.is_empty() || or.is_empty())
}

/// The kind of a few words that two versions give in another order (found by
/// `changes::reordering_end`): cosmetic when both sides are one date, a month and its day
/// (`March 20` / `20 March`), and moved otherwise (`red and white` / `white and red`).
pub fn reordering_kind(base: ChangeSide, other: ChangeSide) -> ChangeKind {
    let names_a_date = |side: ChangeSide| {
        let words = || side.tokens.iter().map(|t| t.text(side.text));
        words().any(|w| capitalised_month(w).is_some())
            && words().any(|w| day_of_month(w).is_some())
    };
    if names_a_date(base) && names_a_date(other) {
        ChangeKind::Cosmetic
    } else {
        ChangeKind::Moved
    }
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

    /// The kind of `base` → `other`, each standing mid-sentence (after `They said `), as the
    /// diff hands sides over: only the changed words.
    fn kind_with(base: &str, other: &str, in_quote: bool, verbs: [Option<Span>; 2]) -> ChangeKind {
        kind_after("They said ", base, other, in_quote, verbs)
    }

    /// The kind of `base` → `other`, each after `before` in its sentence.
    fn kind_after(
        before: &str,
        base: &str,
        other: &str,
        in_quote: bool,
        verbs: [Option<Span>; 2],
    ) -> ChangeKind {
        let (bs, os) = (format!("{before}{base}"), format!("{before}{other}"));
        let (bt, ot) = (tokenize(&bs), tokenize(&os));
        let changed = |tokens: &[Token]| -> Vec<Token> {
            tokens
                .iter()
                .filter(|t| t.kind != TokenKind::Space && t.start >= before.len())
                .cloned()
                .collect()
        };
        let (bc, oc) = (changed(&bt), changed(&ot));
        let (b, o): (Vec<&Token>, Vec<&Token>) = (bc.iter().collect(), oc.iter().collect());
        let shift =
            |v: Option<Span>| v.map(|v| Span::new(v.start + before.len(), v.end + before.len()));
        classify(
            ChangeSide {
                text: &bs,
                tokens: &b,
            },
            ChangeSide {
                text: &os,
                tokens: &o,
            },
            ChangeContext {
                in_quote,
                verbs: [shift(verbs[0]), shift(verbs[1])],
            },
        )
    }

    fn kind_of(base: &str, other: &str, in_quote: bool) -> ChangeKind {
        kind_with(base, other, in_quote, [None, None])
    }

    #[test]
    fn a_negation_that_repeats_one_before_it_is_no_modal_substitution() {
        // `Not 300,000, not whatever` → `Not 300,000 as people say`: the first `not` holds for
        // both; the new words are the change.
        let list = "Not 300,000";
        let kind = |before: &str| {
            kind_after(
                before,
                ", not whatever",
                " as people say",
                true,
                [None, None],
            )
        };
        assert_eq!(kind(list), ChangeKind::Wording);
        // Without a negation before it, bringing in `not` is the change.
        assert_eq!(kind("It was 300,000"), ChangeKind::Modality);
        // A negation in the sentence before does not count.
        assert_eq!(kind("It was not so. It was 300,000"), ChangeKind::Modality);
        // The negation alone going is still one: `, not 150,000` → `or 150,000`.
        assert_eq!(
            kind_after(list, ", not 150,000", " or 150,000", true, [None, None]),
            ChangeKind::Modality
        );
    }

    #[test]
    fn one_example_per_rule() {
        use ChangeKind::*;
        let cases = [
            // cosmetic
            (",", "", Cosmetic),
            ("and, in turn,", "and in turn", Cosmetic),
            ("is not", "isn’t", Cosmetic),
            ("I'm", "I am", Cosmetic),
            ("It's", "It is", Cosmetic),
            ("it's hull", "its hull", Cosmetic),
            ("Vale", "Vale's", Cosmetic),
            ("organisation", "organization", Cosmetic),
            ("12 degrees Celsius", "12 °C", Cosmetic),
            ("COVID-19", "#Covid19", Cosmetic),
            ("31,000", "31 thousand", Cosmetic),
            ("20th", "twentieth", Cosmetic),
            // editorial
            ("[the port authorities]", "", Editorial),
            ("[the Nordline group]", "they", Editorial),
            ("[the Nordline group]!", ",", Editorial),
            ("", "…", Editorial),
            ("f**k", "fuck", Editorial),
            ("f—", "fuck", Editorial),
            ("f**k", "…fuck…", Editorial),
            // number
            ("700", "750", Number),
            ("seven", "eight", Number),
            // negation/modality
            ("30", "at least 30", Modality),
            ("Some 31,000", "31,000", Modality),
            ("is possible", "will likely", Modality),
            ("is", "is not", Modality),
            ("their", "these groups may", Modality),
            // date
            ("Friday", "Thursday", Date),
            ("in May", "in June", Date),
            // name
            ("Minks", "Minsk", Name),
            ("Défense", "Defense", Name),
            ("the Dolphins", "Harbour United", Name),
            // wording
            ("long-suffering", "troubled", Wording),
            ("harsh", "severe", Wording),
        ];
        for (base, other, want) in cases {
            assert_eq!(kind_of(base, other, false), want, "{base:?} → {other:?}");
        }
    }

    #[test]
    fn what_is_not_a_name_a_figure_or_a_modal() {
        use ChangeKind::*;
        // A capital that opens a sentence is no name.
        assert_eq!(
            kind_of("Besides the", "More than", false),
            Wording,
            "no figure follows: no hedge"
        );
        assert_eq!(
            kind_of("i love everything about", "", true),
            RemovedFromQuote
        );
        assert_eq!(kind_of("Besides", "Beyond", false), Wording);
        // `anti-Nordline` is not all names.
        assert_eq!(kind_of("anti-Nordline", "Portlandish", false), Wording);
        // The same figure on both sides is not a number change.
        assert_eq!(kind_of("early 90s", "beginning of the 90s", false), Wording);
        // `one` alone is no figure.
        assert_eq!(kind_of("Vale", "one of the ministers", false), Wording);
        // A clause cut that holds a modal is not a modality change.
        assert_eq!(
            kind_of("how can I say it", "", true),
            RemovedFromQuote,
            "a modal in a cut clause"
        );
        assert_eq!(
            kind_of("or at least try to explain it, which will take", "", true),
            RemovedFromQuote
        );
    }

    #[test]
    fn digits_glued_to_a_word_before_the_change_are_no_figure() {
        // The diff kept `Covid` and changed from `-19` on: the figure is a name's part.
        let (bs, os) = (
            "Covid-19 is over as a threat",
            "Covid Is No Longer a threat",
        );
        let (bt, ot) = (tokenize(bs), tokenize(os));
        let within = |tokens: &[Token], text: &str, from: &str, to: &str| -> Vec<Token> {
            let (a, b) = (text.find(from).unwrap(), text.find(to).unwrap() + to.len());
            tokens
                .iter()
                .filter(|t| t.kind != TokenKind::Space && t.start >= a && t.end <= b)
                .cloned()
                .collect()
        };
        let (b, o) = (
            within(&bt, bs, "-19", "as"),
            within(&ot, os, "Is", "Longer"),
        );
        let (br, or): (Vec<&Token>, Vec<&Token>) = (b.iter().collect(), o.iter().collect());
        let kind = classify(
            ChangeSide {
                text: bs,
                tokens: &br,
            },
            ChangeSide {
                text: os,
                tokens: &or,
            },
            ChangeContext::default(),
        );
        assert_ne!(kind, ChangeKind::Number);
    }

    #[test]
    fn only_the_attributing_verb_is_a_reporting_verb() {
        // Inside the quote, `confirms` is what was said, not who said it.
        assert_eq!(
            kind_of("confirms that", "confirmed", true),
            ChangeKind::Wording
        );
        // A word of the statement changes beside the verb: not only the verb.
        assert_eq!(
            kind_with(
                "threat",
                "danger, he said",
                false,
                [None, Some(Span::new(11, 15))]
            ),
            ChangeKind::Wording
        );
        // The verb of reported speech, within the version's own frame.
        assert_eq!(
            kind_with(
                "warned",
                "said",
                false,
                [Some(Span::new(0, 6)), Some(Span::new(0, 4))]
            ),
            ChangeKind::ReportingVerb
        );
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
