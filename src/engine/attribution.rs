//! Who is speaking, and with which reporting verb.
//!
//! For a quote, the attribution is looked for right after the closing mark (`“…,” Vale added`,
//! `“…,” said Vale`, `“…,” the port's chief underlined`), then right before the opening one
//! (`Vale said, “…”`, `was quoted saying, “…”`). For reported speech, in the segment itself
//! (`Vale warned that …`). A quote with no attribution of its own belongs to the speaker of
//! the one before it.
//!
//! The speaker is the name beside the verb, reduced to its last word (`Port Minister Ana Vale`
//! → `Vale`), skipping an apposition (`Vale, the port's chief, said` → `Vale`). A pronoun or a
//! title alone (`he`, `the official`, `the Port Minister`) means the last speaker named.

use super::distance::within_one_edit;
use super::lexicon::{
    is_never_a_name, is_reporting_verb, is_title as is_title_word, may_stand_before_verb,
};
use super::model::{Form, Span};
use super::normalize::{comparison_key, fold_accents};
use super::quotes::Layout;
use super::token::{Token, TokenKind};

/// The attribution of one segment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker's last name as written (`Vale`), if known.
    pub speaker: Option<String>,
    /// The reporting verb's span, if the segment has one of its own.
    pub verb: Option<Span>,
    /// For reported speech introduced by `VERB that`: where the reported content starts
    /// (`Vale warned that ships wait` → `ships wait`).
    pub content_start: Option<usize>,
}

/// Attributions for every segment of `layout`, in the same order.
pub fn attribute(text: &str, tokens: &[Token], layout: &Layout) -> Vec<Attribution> {
    let mut last_speaker: Option<String> = None;
    let mut by_quotation: Vec<Option<Attribution>> = vec![None; layout.quotations.len()];
    let mut out: Vec<Attribution> = Vec::with_capacity(layout.segments.len());
    for (k, seg) in layout.segments.iter().enumerate() {
        let found = match (seg.form, seg.quotation) {
            (Form::Quote, Some(qi)) => {
                if by_quotation[qi].is_none() {
                    let a = quote_attribution(text, tokens, layout, qi, &last_speaker);
                    by_quotation[qi] = Some(a);
                }
                by_quotation[qi].clone().unwrap_or_default()
            }
            _ => {
                let words = words_in(tokens, seg.span);
                match find_verb(text, &words) {
                    Some(v) => {
                        let mut a = attribution_at(text, &words, v, &last_speaker);
                        a.content_start = content_after_that(&words, v);
                        a
                    }
                    // The second clause of `Vale said that A and that B` reports Vale too.
                    None => match k.checked_sub(1).map(|p| (&layout.segments[p], &out[p])) {
                        Some((prev, a))
                            if prev.sentence == seg.sentence && prev.form == Form::Paraphrase =>
                        {
                            Attribution {
                                content_start: None,
                                ..a.clone()
                            }
                        }
                        _ => Attribution::default(),
                    },
                }
            }
        };
        if found.speaker.is_some() {
            last_speaker.clone_from(&found.speaker);
        }
        out.push(found);
    }
    out
}

/// True when two speaker names are the same person, allowing one slip of spelling or accent
/// (`Vale` = `Valé`, `Lindqvist` = `Lindqvst`).
pub fn same_speaker(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b) = (fold_accents(a), fold_accents(b));
    a == b || (a.chars().count() >= 5 && within_one_edit(&a, &b))
}

fn quote_attribution(
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    qi: usize,
    last_speaker: &Option<String>,
) -> Attribution {
    let q = layout.quotations[qi];
    let para = layout.paragraphs[q.paragraph];
    let next_start = layout
        .quotations
        .get(qi + 1)
        .filter(|n| n.paragraph == q.paragraph)
        .map_or(para.end, |n| n.outer.start);
    let prev_end = qi
        .checked_sub(1)
        .map(|p| layout.quotations[p])
        .filter(|p| p.paragraph == q.paragraph)
        .map_or(para.start, |p| p.outer.end);
    let after = words_in(tokens, Span::new(q.outer.end, next_start.max(q.outer.end)));
    let after = until_sentence_end(&after);
    if let Some(v) = find_verb(text, &after[..after.len().min(10)]) {
        return attribution_at(text, after, v, last_speaker);
    }
    let before = words_in(tokens, Span::new(prev_end, q.outer.start.max(prev_end)));
    // Only the sentence the quote opens in: "Vale said. “…”" is not an attribution.
    let sentence_start = before
        .iter()
        .rposition(|t| matches!(t.key.as_str(), "." | "!" | "?"))
        .map_or(0, |p| p + 1);
    let before = &before[sentence_start..];
    let tail = before.len().saturating_sub(10);
    if let Some(v) = find_verb(text, &before[tail..]) {
        return attribution_at(text, before, tail + v, last_speaker);
    }
    Attribution {
        speaker: last_speaker.clone(),
        verb: None,
        content_start: None,
    }
}

/// The non-space tokens inside `span`.
fn words_in(tokens: &[Token], span: Span) -> Vec<&Token> {
    let first = tokens.partition_point(|t| t.end <= span.start);
    tokens[first..]
        .iter()
        .take_while(|t| t.start < span.end)
        .filter(|t| t.kind != TokenKind::Space)
        .collect()
}

fn until_sentence_end<'a, 't>(words: &'a [&'t Token]) -> &'a [&'t Token] {
    let end = words
        .iter()
        .position(|t| matches!(t.key.as_str(), "." | "!" | "?"))
        .unwrap_or(words.len());
    &words[..end]
}

/// The first reporting verb among `words`. A capitalised one is part of a name
/// (`the United States`), not a verb.
fn find_verb(text: &str, words: &[&Token]) -> Option<usize> {
    words.iter().position(|t| {
        is_reporting_verb(&t.key) && t.text(text).chars().next().is_some_and(char::is_lowercase)
    })
}

fn is_name_word(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.text(text).chars().next().is_some_and(char::is_uppercase)
        && !is_never_a_name(&t.key)
}

fn is_title(t: &Token) -> bool {
    is_title_word(&fold_accents(&t.key))
}

fn attribution_at(
    text: &str,
    words: &[&Token],
    verb: usize,
    last_speaker: &Option<String>,
) -> Attribution {
    let mut verb_span = Span::new(words[verb].start, words[verb].end);
    // "pointed out", "stressed on", "quoted saying": the particle belongs to the verb
    // (but "warned on Wednesday" keeps its "on" for the date).
    if let Some(next) = words.get(verb + 1) {
        let particle = matches!(
            (words[verb].key.as_str(), next.key.as_str()),
            ("pointed", "out") | ("stressed" | "insisted", "on") | ("quoted", "saying")
        );
        if particle {
            verb_span.end = next.end;
        }
    }
    let speaker = subject_before(text, words, verb)
        .or_else(|| name_after(text, words, verb))
        .unwrap_or(Subject::Unknown);
    let speaker = match speaker {
        Subject::Name(n) => Some(n),
        Subject::Anaphor => last_speaker.clone(),
        Subject::Unknown => first_name_in(text, &words[..verb]).or_else(|| last_speaker.clone()),
    };
    Attribution {
        speaker,
        verb: Some(verb_span),
        content_start: None,
    }
}

/// `added that in the future …` → the byte where `in the future …` starts. The `that` may
/// stand a few words after the verb (`warned on Wednesday that …`, `told the council that …`).
fn content_after_that(words: &[&Token], verb: usize) -> Option<usize> {
    let window = verb + 1..(verb + 7).min(words.len());
    let that = window
        .take_while(|&k| words[k].key != "," || k == verb + 1)
        .find(|&k| words[k].key == "that")?;
    words.get(that + 1).map(|t| t.start)
}

enum Subject {
    Name(String),
    /// A pronoun or a bare title: the last speaker named.
    Anaphor,
    Unknown,
}

fn subject_before(text: &str, words: &[&Token], verb: usize) -> Option<Subject> {
    let mut j = verb;
    while j > 0 && may_stand_before_verb(&words[j - 1].key) {
        j -= 1;
    }
    let prev = words.get(j.checked_sub(1)?)?;
    if matches!(prev.key.as_str(), "he" | "she" | "they") {
        return Some(Subject::Anaphor);
    }
    if prev.key == "," {
        return apposition_subject(text, words, j - 1);
    }
    if is_name_word(text, prev) {
        return Some(if is_title(prev) {
            Subject::Anaphor
        } else {
            Subject::Name(prev.text(text).to_string())
        });
    }
    // "the Russian top defense official underlined": a role, not a name.
    let lookback = &words[j.saturating_sub(5)..j];
    if lookback.iter().any(|t| is_title(t)) {
        return Some(Subject::Anaphor);
    }
    None
}

/// `Vale, the port's chief, said` → `Vale`; `Ana Vale, said` → `Vale`.
fn apposition_subject(text: &str, words: &[&Token], comma: usize) -> Option<Subject> {
    let chunk_start = words[..comma]
        .iter()
        .rposition(|t| t.key == ",")
        .map_or(0, |c| c + 1);
    let chunk = &words[chunk_start..comma];
    let all_capitalised = !chunk.is_empty() && chunk.iter().all(|t| is_name_word(text, t));
    if all_capitalised && !is_title(chunk[chunk.len() - 1]) {
        return Some(Subject::Name(chunk[chunk.len() - 1].text(text).to_string()));
    }
    let before = chunk_start.checked_sub(1)?;
    let prev = words.get(before.checked_sub(1)?)?;
    (is_name_word(text, prev) && !is_title(prev))
        .then(|| Subject::Name(prev.text(text).to_string()))
}

fn name_after(text: &str, words: &[&Token], verb: usize) -> Option<Subject> {
    let mut k = verb + 1;
    let mut last = None;
    while k < words.len() && is_name_word(text, words[k]) {
        last = Some(words[k]);
        k += 1;
    }
    let last = last?;
    Some(if is_title(last) {
        Subject::Anaphor
    } else {
        Subject::Name(last.text(text).to_string())
    })
}

/// The last word of the first run of capitalised words that is not a role (the subject of a
/// sentence such as `Port Minister Ana Vale at the meeting on Monday accused …`).
fn first_name_in(text: &str, words: &[&Token]) -> Option<String> {
    let mut k = 0;
    while k < words.len() {
        if is_name_word(text, words[k]) {
            let mut end = k;
            while end + 1 < words.len() && is_name_word(text, words[end + 1]) {
                end += 1;
            }
            if !is_title(words[end]) && comparison_key(words[end].text(text)).len() > 1 {
                return Some(words[end].text(text).to_string());
            }
            k = end + 1;
        } else {
            k += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::quotes::layout;
    use crate::engine::token::tokenize;

    fn speakers(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let tokens = tokenize(text);
        let lay = layout(text, &[]);
        attribute(text, &tokens, &lay)
            .into_iter()
            .zip(&lay.segments)
            .map(|(a, s)| {
                (
                    text[s.span.start..s.span.end].to_string(),
                    a.speaker,
                    a.verb.map(|v| text[v.start..v.end].to_string()),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (Option<String>, Option<String>) {
        let s = speakers(text);
        (s[0].1.clone(), s[0].2.clone())
    }

    fn some(a: &str, b: &str) -> (Option<String>, Option<String>) {
        (Some(a.to_string()), Some(b.to_string()))
    }

    #[test]
    fn name_after_the_quote() {
        assert_eq!(one("“Ships wait,” Vale added."), some("Vale", "added"));
    }

    #[test]
    fn verb_then_name_after_the_quote() {
        assert_eq!(one("“Ships wait,” said Vale."), some("Vale", "said"));
    }

    #[test]
    fn name_before_the_quote() {
        assert_eq!(one("Vale said, “Ships wait.”"), some("Vale", "said"));
    }

    #[test]
    fn a_title_or_pronoun_means_the_last_speaker() {
        let s = speakers(
            "Port Minister Ana Vale spoke on Monday. “Ships wait,” the port's top official \
             underlined. “Ships leave,” he added.",
        );
        assert_eq!(s[1].1.as_deref(), Some("Vale"));
        assert_eq!(s[1].2.as_deref(), Some("underlined"));
        assert_eq!(s[2].1.as_deref(), Some("Vale"));
    }

    #[test]
    fn an_apposition_is_skipped() {
        let s = speakers("Ana Vale, the port's chief, said the ships will wait for days.");
        assert_eq!(s[0].1.as_deref(), Some("Vale"));
        let s =
            speakers("In May, Ana Valé, Port Minister, accused the unions of delaying the ships.");
        assert_eq!(s[0].1.as_deref(), Some("Valé"));
    }

    #[test]
    fn a_quote_without_attribution_belongs_to_the_previous_speaker() {
        let s = speakers("“Ships wait,” Vale said. “We regard this as a threat to the port.”");
        assert_eq!(s[1].1.as_deref(), Some("Vale"));
        assert_eq!(s[1].2, None);
    }

    #[test]
    fn a_capitalised_verb_is_part_of_a_name() {
        let s = speakers("The United States wants a deal, Port Minister Ana Vale said on Monday.");
        assert_eq!(s[0].1.as_deref(), Some("Vale"));
        assert_eq!(s[0].2.as_deref(), Some("said"));
    }

    #[test]
    fn a_second_reported_clause_keeps_the_speaker() {
        let s = speakers("Vale warned that the port is closed and that the ships will wait.");
        assert_eq!(s[1].0, "the ships will wait.");
        assert_eq!(s[1].1.as_deref(), Some("Vale"));
        assert_eq!(s[1].2.as_deref(), Some("warned"));
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_attributions() {
        let s = speakers(
            "Ana Vale spoke on Monday. At talks with member states, the claims were heard. \
             She asserted that ships wait.",
        );
        assert_eq!(s[1].2, None, "{s:?}");
        assert_eq!(s[2].1.as_deref(), Some("Vale"));
    }

    #[test]
    fn particles_belong_to_the_verb() {
        assert_eq!(
            one("“Ships wait,” she pointed out.").1.as_deref(),
            Some("pointed out")
        );
    }

    #[test]
    fn one_slip_of_spelling_is_the_same_speaker() {
        assert!(same_speaker("Shoigu", "Shoigy"));
        assert!(same_speaker("Vale", "Valé"));
        assert!(!same_speaker("Vale", "Vane"));
        assert!(!same_speaker("Kabulov", "Zakharova"));
    }
}
