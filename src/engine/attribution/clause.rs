//! The reporting clause around a quote or inside reported speech: its verb (any form of a
//! reporting verb, lower case, not passive, not the speaker's own `I declare`) and what stands
//! before or after it as the subject (a name, a role, a pronoun).
//!
//! | words | verb | subject |
//! |---|---|---|
//! | `Vale warned that` | `warned` | the name `Vale` |
//! | `the port's chief underlined` | `underlined` | the role `chief` |
//! | `said Vale` | `said` | the name after it |
//! | `he added` | `added` | a pronoun |
//! | `I declare` | none: the speaker's own words | — |
//!
//! Cost: each function walks the words it is given a bounded number of times.

use super::people::{self, is_name_word};
use crate::engine::lexicon::{
    is_organisation_word, is_reporting_verb, is_title, may_stand_before_verb,
};
use crate::engine::normalize::fold_accents;
use crate::engine::token::Token;

/// What stands before a reporting verb.
pub(super) enum Subject {
    /// A name word (`Vale`).
    Name(String),
    /// A role: a title word (`minister`), or none (`the German`, `the 56-year-old`).
    Role(Option<String>),
    /// `he`, `she`, `they`.
    Pronoun,
    /// Nothing known.
    Unknown,
}

/// `words` up to the end of their sentence (`.`, `!`, `?`): a reporting clause never runs on
/// into the next one.
pub(super) fn until_sentence_end<'a, 't>(words: &'a [&'t Token]) -> &'a [&'t Token] {
    let end = words
        .iter()
        .position(|t| matches!(t.key.as_str(), "." | "!" | "?"))
        .unwrap_or(words.len());
    &words[..end]
}

/// True for a reporting verb at `words[k]`: lower case (a capitalised one is part of a name,
/// `the United States`), not passive (`is said to`, `was told`), not the speaker's own (`I
/// declare`).
pub(super) fn is_verb_at(text: &str, words: &[&Token], k: usize) -> bool {
    let t = words[k];
    is_reporting_verb(&t.key)
        && t.text(text).chars().next().is_some_and(char::is_lowercase)
        && !(k > 0
            && matches!(
                words[k - 1].key.as_str(),
                // The speaker's own words: `I declare`, `we say` attribute nothing.
                "i" | "we" | "you"
                |
                // Passive: `is said to`, `was told`.
                "is" | "was" | "are" | "were" | "be" | "been" | "being"
                // An adjective: `the most revealing quote`.
                | "the" | "a" | "an" | "most" | "more" | "very"
            ))
}

/// The first reporting verb among `words`.
pub(super) fn find_verb(text: &str, words: &[&Token]) -> Option<usize> {
    (0..words.len()).find(|&k| is_verb_at(text, words, k))
}

/// The last reporting verb among `words` (the one nearest a quote that follows them).
pub(super) fn find_last_verb(text: &str, words: &[&Token]) -> Option<usize> {
    (0..words.len()).rev().find(|&k| is_verb_at(text, words, k))
}

/// A title word (`minister`, `président`), accents folded.
fn is_title_token(t: &Token) -> bool {
    is_title(&fold_accents(&t.key))
}

/// `56-year-old` ends at `words[k]` (tokens `56` `-` `year` `-` `old`).
fn is_age_at(words: &[&Token], k: usize) -> bool {
    k >= 2 && words[k].key == "old" && words[k - 1].key == "-" && words[k - 2].key == "year"
}

/// `Vale's`, `Vale’s`: a possessive is never the subject.
fn is_possessive(t: &Token) -> bool {
    t.key.ends_with("'s")
}

/// The subject of the verb at `words[verb]`, and where it starts.
pub(super) fn subject_before(text: &str, words: &[&Token], verb: usize) -> (Subject, usize) {
    let mut j = verb;
    while j > 0 && (may_stand_before_verb(&words[j - 1].key) || words[j - 1].key.ends_with("ly")) {
        j -= 1;
    }
    let Some(prev) = j.checked_sub(1).map(|p| words[p]) else {
        return (Subject::Unknown, verb);
    };
    match prev.key.as_str() {
        "he" | "she" | "they" => return (Subject::Pronoun, j - 1),
        "i" | "we" | "you" | "it" => return (Subject::Unknown, verb),
        "," => return (apposition_subject(text, words, j - 1), j - 1),
        _ => {}
    }
    if is_name_word(text, prev) && !is_possessive(prev) {
        // The name run ending here, and where it starts.
        let run_start = |end: usize| {
            let mut start = end;
            while start > 0 && is_name_word(text, words[start - 1]) {
                start -= 1;
            }
            start
        };
        let (mut prev, mut start) = (prev, run_start(j - 1));
        // `Port Minister Ana Vale of Nordline said`, `Governor Lars Lee of the Bank of Tallinn
        // said`: the speaker is the person, a title and a name, that the names after `of`
        // qualify; `the Ministry of Foreign Affairs of Russia` names no person and stays as it
        // was (its last name).
        let mut run = start;
        while let Some(of) = match run.checked_sub(1).map(|k| words[k].key.as_str()) {
            Some("of") => Some(run - 1),
            Some("the") if run >= 2 && words[run - 2].key == "of" => Some(run - 2),
            _ => None,
        } {
            let Some(last) = of.checked_sub(1).filter(|&k| is_name_word(text, words[k])) else {
                break;
            };
            run = run_start(last);
            let titled = (run..last).any(|k| is_title_token(words[k]));
            if titled && !is_title_token(words[last]) && !is_possessive(words[last]) {
                (prev, start) = (words[last], run);
                break;
            }
        }
        // `the Portuguese said`: one capitalised word after `the` is a role, not a name.
        let after_the = start > 0 && words[start - 1].key == "the" && start == j - 1;
        return if is_title_token(prev) {
            (Subject::Role(Some(fold_accents(&prev.key))), start)
        } else if after_the && !is_organisation_word(&people::folded(&prev.key)) {
            (Subject::Role(None), start - 1)
        } else {
            (Subject::Name(prev.text(text).to_string()), start)
        };
    }
    // "the Russian top defense official underlined", "the 56-year-old explained": a role.
    let lookback = j.saturating_sub(5);
    if let Some(t) = words[lookback..j].iter().rev().find(|t| is_title_token(t)) {
        return (Subject::Role(Some(fold_accents(&t.key))), lookback);
    }
    if (lookback..j).any(|k| is_age_at(words, k)) {
        return (Subject::Role(None), lookback);
    }
    (Subject::Unknown, verb)
}

/// `Vale, the port's chief, said` → `Vale`; `Ana Vale, said` → `Vale`.
fn apposition_subject(text: &str, words: &[&Token], comma: usize) -> Subject {
    let chunk_start = words[..comma]
        .iter()
        .rposition(|t| t.key == ",")
        .map_or(0, |c| c + 1);
    let chunk = &words[chunk_start..comma];
    let all_names = !chunk.is_empty() && chunk.iter().all(|t| is_name_word(text, t));
    if all_names && !is_title_token(chunk[chunk.len() - 1]) {
        return Subject::Name(chunk[chunk.len() - 1].text(text).to_string());
    }
    let Some(prev) = chunk_start.checked_sub(2).map(|p| words[p]) else {
        return Subject::Unknown;
    };
    if is_name_word(text, prev) && !is_title_token(prev) {
        Subject::Name(prev.text(text).to_string())
    } else {
        Subject::Unknown
    }
}

/// The subject after the verb (`said Vale`, `said the minister`, `declared the head of the
/// port, Ana Vale`), and where it ends.
pub(super) fn name_after(text: &str, words: &[&Token], verb: usize) -> Option<(Subject, usize)> {
    let mut k = verb + 1;
    let mut last = None;
    while k < words.len() && is_name_word(text, words[k]) {
        last = Some(words[k]);
        k += 1;
    }
    if let Some(last) = last {
        return Some(if is_title_token(last) {
            (Subject::Role(Some(fold_accents(&last.key))), k)
        } else {
            (Subject::Name(last.text(text).to_string()), k)
        });
    }
    // `said the minister`, `said the head of the port`.
    if words.get(verb + 1).is_some_and(|t| t.key == "the") {
        let phrase = &words[verb + 1..(verb + 6).min(words.len())];
        if let Some(t) = phrase.iter().find(|t| is_title_token(t)) {
            return Some((
                Subject::Role(Some(fold_accents(&t.key))),
                verb + 1 + phrase.len(),
            ));
        }
    }
    None
}

/// The name that opens a sentence before its verb (`Port Minister Ana Vale at the meeting on
/// Monday accused …`): the first run of name words, when it starts the sentence (after an
/// opening phrase up to a comma at most) and is not a role.
pub(super) fn first_name_in(text: &str, words: &[&Token]) -> Option<String> {
    let start = match words.iter().position(|t| t.key == ",") {
        Some(c) if c <= 4 => c + 1,
        _ => 0,
    };
    let first = words.get(start)?;
    if !is_name_word(text, first) {
        return None;
    }
    let mut end = start;
    while end + 1 < words.len() && is_name_word(text, words[end + 1]) {
        end += 1;
    }
    let last = words[end];
    (!is_title_token(last) && !is_possessive(last) && last.key.chars().count() > 1)
        .then(|| last.text(text).to_string())
}
