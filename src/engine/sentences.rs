//! Sentence boundaries inside one paragraph.
//!
//! A sentence ends after `.`, `!`, `?`, `…`, the Arabic `؟` or the Urdu `۔` (and any closing
//! quote or bracket right after it) when whitespace and then a capital, a letter of a script
//! without capitals (Arabic, Hebrew), a digit or an opening quote follow, unless the word
//! before the stop is an abbreviation:
//!
//! | text | sentences |
//! |---|---|
//! | `Mr. Vale met U.S. envoys. They agreed!` | `Mr. Vale met U.S. envoys.` · `They agreed!` |
//! | `“Fine.” 'We wait,' he said.` | `“Fine.”` · `'We wait,' he said.` |
//! | `On Nov. 29 he spoke. G. F. Y.` | `On Nov. 29 he spoke.` · `G. F. Y.` |
//! | `بندر باز است. کریمی گفت؟ بله.` | `بندر باز است.` · `کریمی گفت؟` · `بله.` |
//!
//! Cost: one pass over the paragraph; the abbreviation check looks back at most
//! [`MAX_ABBREVIATION_CHARS`] characters from each stop.

use super::lexicon::is_abbreviation;
use super::model::Span;
use super::quotes::trim_span;
use crate::engine::normalize::Lowercase;

/// Abbreviations are short: the check never looks further back than this from a stop, so a
/// paragraph of dots and letters without spaces costs no more than one of words.
const MAX_ABBREVIATION_CHARS: usize = 12;

/// Splits one paragraph into sentences (see the module docs).
pub fn split_sentences(text: &str, para: Span) -> Vec<Span> {
    let s = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < chars.len() {
        let (_, c) = chars[k];
        if matches!(c, '.' | '!' | '?' | '…' | '؟' | '۔') && !is_abbreviation_stop(&chars, k) {
            let mut end = k + 1;
            while end < chars.len()
                && matches!(chars[end].1, '”' | '"' | '’' | '\'' | ')' | ']' | '»')
            {
                end += 1;
            }
            let mut next = end;
            while next < chars.len() && chars[next].1.is_whitespace() {
                next += 1;
            }
            let starts_sentence = next < chars.len() && next > end && {
                let n = chars[next].1;
                let after = chars.get(next + 1).map_or(' ', |&(_, c)| c);
                n.is_uppercase()
                    || (n.is_alphabetic() && !n.is_lowercase())
                    || n.is_numeric()
                    || matches!(n, '“' | '"' | '«' | '‘' | '„')
                    || (matches!(n, '\'' | '”') && after.is_alphanumeric())
            };
            if starts_sentence {
                let end_byte = chars.get(end).map_or(s.len(), |&(b, _)| b);
                out.push(trim_span(
                    text,
                    Span::new(para.start + start, para.start + end_byte),
                ));
                start = chars[next].0;
                k = next;
                continue;
            }
        }
        k += 1;
    }
    out.push(trim_span(text, Span::new(para.start + start, para.end)));
    out.retain(|s| !s.is_empty());
    out
}

/// True when the `.` at `chars[dot]` ends an abbreviation (`Mr.`, `U.S.`, a lone initial, a
/// month such as `Nov.`), not a sentence.
fn is_abbreviation_stop(chars: &[(usize, char)], dot: usize) -> bool {
    if chars[dot].1 != '.' {
        return false;
    }
    let mut word: Vec<char> = chars[dot.saturating_sub(MAX_ABBREVIATION_CHARS)..dot]
        .iter()
        .rev()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect();
    // A word as long as the look-back is no abbreviation.
    if word.len() >= MAX_ABBREVIATION_CHARS {
        return false;
    }
    word.reverse();
    let word: String = word.into_iter().collect();
    let lower = word.lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || word.contains('.')
        || is_abbreviation(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn sentences_split_after_stops_but_not_after_abbreviations() {
        assert_eq!(
            sentences("Mr. Vale met U.S. envoys. They agreed! “Fine,” he said."),
            [
                "Mr. Vale met U.S. envoys.",
                "They agreed!",
                "“Fine,” he said."
            ]
        );
    }

    #[test]
    fn a_sentence_may_open_with_a_straight_or_a_closing_mark() {
        assert_eq!(
            sentences("“Fine.” 'We wait,' he said. ”Ships leave,” she said."),
            ["“Fine.”", "'We wait,' he said.", "”Ships leave,” she said."]
        );
    }

    #[test]
    fn months_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("On Nov. 29 he spoke. G. F. Y."),
            ["On Nov. 29 he spoke.", "G. F. Y."]
        );
    }

    #[test]
    fn a_letter_of_a_script_without_capitals_opens_a_sentence() {
        assert_eq!(
            sentences("بندر باز است. کریمی گفت؟ بله."),
            ["بندر باز است.", "کریمی گفت؟", "بله."]
        );
    }

    #[test]
    fn a_lower_case_word_after_a_stop_continues_the_sentence() {
        assert_eq!(
            sentences("It was 7.5 per cent. and more"),
            ["It was 7.5 per cent. and more"]
        );
    }

    #[test]
    fn a_long_run_of_dots_and_letters_is_one_sentence() {
        let text = "a.".repeat(50_000);
        assert_eq!(sentences(&text).len(), 1);
    }
}
