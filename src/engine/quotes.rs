//! Quotations: where quote marks open and close inside one paragraph.
//!
//! Marks recognised, each with the example it was written for:
//!
//! | opening | closing | rule | example |
//! |---|---|---|---|
//! | `“` | `”` | always | `Vale said: “Ships wait.”` |
//! | `«` | `»` | always | `«Ships wait»` |
//! | `„` | `“` | always | `„Ships wait“` |
//! | `"` | `"` | opening after a space, a bracket, a dash, `:` or `,`, or at the start | `He said "ships wait" today.` |
//! | `‘` | `’` | opening after a space; `’` before a letter is an apostrophe | `‘Ships wait,’ she said. It isn’t over.` |
//! | `'` | `'` | opening after a space (or at the start) before a letter or digit; closing after a letter, digit or stop and not before a letter; only when both are found | `'Ships wait,' he said.` (but `the players' union`, `'90s`) |
//! | `”` | `”` | a closing mark at the start of a paragraph or after a space, before a letter: some outlets open with it | `”Ships wait,” he said.` |
//!
//! A quote still open at the end of a paragraph ends there (the next paragraph reopens it, by
//! the usual convention); a closing mark with no opening one is ignored. Nested marks of another
//! kind (`“He called it ‘a disgrace’,” she said`) stay inside the outer quotation.
//!
//! Cost: one pass over the paragraph's characters.

use super::model::Span;
use crate::engine::normalize::Lowercase;

/// A quotation: the text between the marks, and the span including them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// Between the marks, trimmed of whitespace.
    pub inner: Span,
    /// Including the marks (or up to the paragraph end, if it was never closed).
    pub outer: Span,
    /// Index of the paragraph.
    pub paragraph: usize,
}

/// Shrinks `span` to exclude leading and trailing whitespace. A span whose end is before its
/// start is taken as empty at its start.
pub fn trim_span(text: &str, span: Span) -> Span {
    if span.end <= span.start {
        return Span::new(span.start, span.start);
    }
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// The quotations of the paragraph `para` of `text` (their `paragraph` field left 0).
pub fn find_quotations(text: &str, para: Span) -> Vec<Quotation> {
    let s = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    // Where the last closing straight single quote is, found once: an opening one needs it.
    let last_single_close = (1..chars.len()).rev().find(|&j| {
        chars[j].1 == '\''
            && closes_single_quote(chars[j - 1].1, chars.get(j + 1).map_or(' ', |c| c.1))
    });
    // (closing mark expected, byte offset of the opening mark, byte offset after it)
    let mut open: Option<(char, usize, usize)> = None;
    for k in 0..chars.len() {
        let (i, c) = chars[k];
        let prev = if k == 0 { ' ' } else { chars[k - 1].1 };
        let next = chars.get(k + 1).map_or(' ', |&(_, n)| n);
        let at = para.start + i;
        let after = at + c.len_utf8();
        match open {
            None => {
                let opener = match c {
                    '“' => Some('”'),
                    '«' => Some('»'),
                    '„' => Some('“'),
                    '"' if is_opening_context(prev) => Some('"'),
                    '‘' if is_opening_context(prev) => Some('’'),
                    '”' if prev.is_whitespace() && next.is_alphabetic() => Some('”'),
                    '\'' if opens_single_quote(&chars, k, last_single_close) => Some('\''),
                    _ => None,
                };
                if let Some(close) = opener {
                    open = Some((close, at, after));
                }
            }
            Some((close, open_at, inner_start)) => {
                let closes = c == close
                    && match c {
                        // ’ followed by a letter is an apostrophe (isn’t), never a closing mark.
                        '’' => !next.is_alphabetic(),
                        '\'' => closes_single_quote(prev, next),
                        _ => true,
                    };
                if closes {
                    out.push(Quotation {
                        inner: trim_span(text, Span::new(inner_start, at)),
                        outer: Span::new(open_at, after),
                        paragraph: 0,
                    });
                    open = None;
                }
            }
        }
    }
    if let Some((close, open_at, inner_start)) = open {
        // A straight single quote never closed is an apostrophe or a stray mark (`'90s`)
        // unless it opened a sentence; the other marks run to the end of the paragraph.
        let opened_sentence = chars
            .iter()
            .position(|&(i, _)| para.start + i == open_at)
            .is_some_and(|k| opens_sentence(&chars, k));
        if close != '\'' || opened_sentence {
            out.push(Quotation {
                inner: trim_span(text, Span::new(inner_start, para.end)),
                outer: Span::new(open_at, para.end),
                paragraph: 0,
            });
        }
    }
    out.retain(|q| !q.inner.is_empty());
    out
}

fn is_opening_context(prev: char) -> bool {
    prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–' | '-' | ':' | ',')
}

/// A straight single quote at `k` opens a quotation: after a space, a bracket or a dash (or at
/// the start), before a letter or digit, not an elision (`'90s`, `'em`, `'til`), and with a
/// closing straight quote later in the paragraph.
fn opens_single_quote(chars: &[(usize, char)], k: usize, last_close: Option<usize>) -> bool {
    let prev = if k == 0 { ' ' } else { chars[k - 1].1 };
    let next = chars.get(k + 1).map_or(' ', |&(_, n)| n);
    if !(prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–' | ':'))
        || !next.is_alphanumeric()
    {
        return false;
    }
    let word: String = chars[k + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .take(8)
        .collect::<String>()
        .lowercase();
    let elision = matches!(word.as_str(), "em" | "til" | "tis" | "twas" | "n" | "cause")
        || (word.ends_with('s') && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit()));
    if elision {
        return false;
    }
    last_close.is_some_and(|j| j > k + 1) || opens_sentence(chars, k)
}

/// A straight single quote at `k` opens a sentence that runs on into the next paragraph: at
/// the paragraph's start, or after a stop, before a capital (`'I will leave. It is time.`).
fn opens_sentence(chars: &[(usize, char)], k: usize) -> bool {
    let next = chars.get(k + 1).map_or(' ', |&(_, n)| n);
    let before = chars[..k]
        .iter()
        .rev()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace());
    next.is_uppercase() && before.is_none_or(|c| matches!(c, '.' | '!' | '?' | '…'))
}

/// A straight single quote between `prev` and `next` closes a quotation: after a letter,
/// digit or stop, and not before a letter (`don't`, `Klopp's`).
fn closes_single_quote(prev: char, next: char) -> bool {
    (prev.is_alphanumeric() || matches!(prev, '.' | ',' | '!' | '?' | '…' | ';' | ':'))
        && !next.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find_quotations(text, Span::new(0, text.len()))
            .iter()
            .map(|q| &text[q.inner.start..q.inner.end])
            .collect()
    }

    #[test]
    fn every_kind_of_quote_mark_opens_a_quotation() {
        for text in [
            "He said “ships wait” today.",
            "He said «ships wait» today.",
            "He said „ships wait“ today.",
            "He said \"ships wait\" today.",
            "He said ‘ships wait’ today.",
            "He said 'ships wait' today.",
        ] {
            assert_eq!(inner(text), ["ships wait"], "{text}");
        }
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        assert!(inner("The port’s chief said it isn’t over.").is_empty());
        assert!(inner("The players' union met in the '90s. Don't wait.").is_empty());
        assert!(inner("They said 'em ships wait.").is_empty());
    }

    #[test]
    fn straight_single_quotes_around_a_sentence() {
        let text = "'I will leave the port at the end of May,' he said. 'It's time.'";
        assert_eq!(
            inner(text),
            ["I will leave the port at the end of May,", "It's time."]
        );
    }

    #[test]
    fn a_straight_single_quote_may_run_on_into_the_next_paragraph() {
        let text = "'Ships wait,' he said. 'We will reopen the port. It is time.";
        assert_eq!(
            inner(text),
            ["Ships wait,", "We will reopen the port. It is time."]
        );
    }

    #[test]
    fn a_closing_curly_mark_can_open() {
        assert_eq!(inner("”Ships wait,” he said."), ["Ships wait,"]);
    }

    #[test]
    fn a_closing_mark_with_no_opening_one_is_ignored() {
        assert!(inner("Ships wait,” he said.").is_empty());
    }

    #[test]
    fn a_quote_left_open_runs_to_the_paragraph_end() {
        assert_eq!(
            inner("He said: “The port is closed."),
            ["The port is closed."]
        );
    }

    #[test]
    fn marks_of_another_kind_nest() {
        let text = "“He called it ‘a disgrace’,” she said.";
        assert_eq!(inner(text), ["He called it ‘a disgrace’,"]);
    }
}
