//! Paragraphs, sentences, quotations, and the segments that statements are made of.
//!
//! A *segment* is the smallest passage that can be a version of a statement:
//! - each sentence inside quote marks is a quote segment, so that a quote one outlet runs as
//!   one (“A. B. C.”) and another splits in three (“A,” he said. “B.” … “C.”) match sentence
//!   by sentence;
//! - each sentence outside quote marks is a paraphrase segment, split further at a
//!   coordinated `and that` (`He said that A and that B` reports two statements);
//! - text around a quote in the same sentence is a paraphrase segment only when it is long
//!   enough to report something (six words or more); otherwise it is just the attribution.
//!
//! Quote marks recognised: “…”, «…», „…“, "…" (straight, opening after a space or at the start),
//! ‘…’ (opening after a space, so apostrophes are never quotes). A quote still open at the end
//! of a paragraph ends there (the next paragraph reopens it, by the usual convention); a closing
//! mark with no opening one is ignored.

use super::lexicon::is_abbreviation as is_abbreviation_word;
use super::model::{Form, Noise, Span};

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

/// A passage that can be a version of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Where it is, trimmed of whitespace.
    pub span: Span,
    /// Quote or paraphrase.
    pub form: Form,
    /// The quotation it lies in, for quote segments.
    pub quotation: Option<usize>,
    /// The sentence it lies in.
    pub sentence: usize,
}

/// The structure of one article.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Non-empty lines that are not noise.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order, each inside one paragraph.
    pub sentences: Vec<Span>,
    /// Quotations, in order.
    pub quotations: Vec<Quotation>,
    /// Segments, in order.
    pub segments: Vec<Segment>,
}

/// Words of surrounding text that make it a report of its own rather than an attribution.
const MIN_FRAME_WORDS: usize = 6;

/// Lays out `text`, skipping the `noise` spans.
pub fn layout(text: &str, noise: &[Noise]) -> Layout {
    let mut out = Layout::default();
    for (start, line) in super::clean::lines_with_offsets(text) {
        let trimmed = trim_span(text, Span::new(start, start + line.len()));
        let is_noise = noise
            .iter()
            .any(|n| n.start <= trimmed.start && trimmed.end <= n.end);
        if !trimmed.is_empty() && !is_noise {
            out.paragraphs.push(trimmed);
        }
    }
    for (p, &para) in out.paragraphs.iter().enumerate() {
        for q in find_quotations(text, para) {
            out.quotations.push(Quotation { paragraph: p, ..q });
        }
        out.sentences.extend(split_sentences(text, para));
    }
    out.segments = segments(text, &out);
    out
}

/// Shrinks `span` to exclude leading and trailing whitespace.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

fn find_quotations(text: &str, para: Span) -> Vec<Quotation> {
    let s = &text[para.start..para.end];
    let mut out = Vec::new();
    // (closing mark expected, byte offset of the opening mark, byte offset after it)
    let mut open: Option<(char, usize, usize)> = None;
    let mut prev = ' ';
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n).unwrap_or(' ');
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
                    _ => None,
                };
                if let Some(close) = opener {
                    open = Some((close, at, after));
                }
            }
            Some((close, open_at, inner_start)) => {
                // ’ followed by a letter is an apostrophe (isn’t), never a closing mark.
                let closes = c == close && !(c == '’' && next.is_alphabetic());
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
        prev = c;
    }
    if let Some((_, open_at, inner_start)) = open {
        out.push(Quotation {
            inner: trim_span(text, Span::new(inner_start, para.end)),
            outer: Span::new(open_at, para.end),
            paragraph: 0,
        });
    }
    out.retain(|q| !q.inner.is_empty());
    out
}

fn is_opening_context(prev: char) -> bool {
    prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–' | '-' | ':' | ',')
}

/// Splits one paragraph into sentences: after `.`, `!`, `?` or `…` (and any closing quote or
/// bracket right after it) when whitespace and then a capital, digit or opening quote follow,
/// unless the word before the stop is an abbreviation (`Mr.`, `U.S.`, a lone initial).
pub fn split_sentences(text: &str, para: Span) -> Vec<Span> {
    let s = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < chars.len() {
        let (_, c) = chars[k];
        if matches!(c, '.' | '!' | '?' | '…') && !is_abbreviation(s, chars[k].0) {
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
            let starts_sentence = next < chars.len()
                && next > end
                && (chars[next].1.is_uppercase()
                    || chars[next].1.is_numeric()
                    || matches!(chars[next].1, '“' | '"' | '«' | '‘' | '„'));
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

fn is_abbreviation(s: &str, dot: usize) -> bool {
    if !s[dot..].starts_with('.') {
        return false;
    }
    let word: String = s[..dot]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || word.contains('.')
        || is_abbreviation_word(&lower)
}

fn segments(text: &str, layout: &Layout) -> Vec<Segment> {
    let mut out = Vec::new();
    for (si, &sentence) in layout.sentences.iter().enumerate() {
        let inside: Vec<(usize, &Quotation)> = layout
            .quotations
            .iter()
            .enumerate()
            .filter(|(_, q)| q.outer.overlap(&sentence) > 0)
            .collect();
        // Quote segments: the part of each quotation inside this sentence.
        for &(qi, q) in &inside {
            let span = trim_span(
                text,
                Span::new(
                    q.inner.start.max(sentence.start),
                    q.inner.end.min(sentence.end),
                ),
            );
            if has_words(text, span) {
                out.push(Segment {
                    span,
                    form: Form::Quote,
                    quotation: Some(qi),
                    sentence: si,
                });
            }
        }
        // Paraphrase segments: the text outside the quotations, when it says something.
        let mut cursor = sentence.start;
        let mut pieces = Vec::new();
        for &(_, q) in &inside {
            pieces.push(Span::new(cursor, q.outer.start.max(cursor)));
            cursor = q.outer.end.min(sentence.end).max(cursor);
        }
        pieces.push(Span::new(cursor, sentence.end));
        for piece in pieces {
            let piece = trim_span(text, piece);
            let words = text[piece.start..piece.end].split_whitespace().count();
            if words >= MIN_FRAME_WORDS || (inside.is_empty() && has_words(text, piece)) {
                for clause in split_clauses(text, piece) {
                    out.push(Segment {
                        span: clause,
                        form: Form::Paraphrase,
                        quotation: None,
                        sentence: si,
                    });
                }
            }
        }
    }
    out.sort_by_key(|s| s.span.start);
    out.into_iter()
        .flat_map(|seg| {
            split_long(text, seg.span)
                .into_iter()
                .map(move |span| Segment { span, ..seg })
        })
        .collect()
}

/// The most words one segment holds. Text without sentence stops (a pasted transcript, a list)
/// would otherwise be one enormous "sentence", and the work of matching grows with the square
/// of a segment's length.
pub const MAX_SEGMENT_WORDS: usize = 150;

/// Cuts a span of more than [`MAX_SEGMENT_WORDS`] words into pieces of at most that many,
/// each ending after a comma or semicolon when there is one in its second half.
fn split_long(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.start..span.end];
    // Nearly every segment is short enough: tell that without listing where its words start.
    if s.split_whitespace().nth(MAX_SEGMENT_WORDS).is_none() {
        return vec![span];
    }
    let word_starts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || s[..i].ends_with(char::is_whitespace)))
        .map(|(i, _)| i)
        .collect();
    if word_starts.len() <= MAX_SEGMENT_WORDS {
        return vec![span];
    }
    let mut out = Vec::new();
    let mut first = 0; // index into word_starts
    while word_starts.len() - first > MAX_SEGMENT_WORDS {
        let limit = first + MAX_SEGMENT_WORDS;
        // Prefer to cut after a word ending in a comma or semicolon, late in the piece.
        let cut = (first + MAX_SEGMENT_WORDS / 2..limit)
            .rev()
            .find(|&w| s[..word_starts[w]].trim_end().ends_with([',', ';']))
            .unwrap_or(limit);
        out.push(trim_span(
            text,
            Span::new(
                span.start + word_starts[first],
                span.start + word_starts[cut],
            ),
        ));
        first = cut;
    }
    out.push(trim_span(
        text,
        Span::new(span.start + word_starts[first], span.end),
    ));
    out
}

/// Splits reported speech at a coordinated `and that`: `He said that A and that B` → `He said
/// that A` and `B`.
fn split_clauses(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in s.match_indices(" and that ") {
        out.push(trim_span(
            text,
            Span::new(span.start + start, span.start + i),
        ));
        start = i + " and that ".len();
    }
    out.push(trim_span(text, Span::new(span.start + start, span.end)));
    out
}

fn has_words(text: &str, span: Span) -> bool {
    text[span.start..span.end]
        .chars()
        .any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment_texts(text: &str) -> Vec<(&str, Form)> {
        layout(text, &[])
            .segments
            .iter()
            .map(|s| (&text[s.span.start..s.span.end], s.form))
            .collect()
    }

    #[test]
    fn sentences_split_after_stops_but_not_after_abbreviations() {
        let text = "Mr. Vale met U.S. envoys. They agreed! “Fine,” he said.";
        let para = Span::new(0, text.len());
        let got: Vec<_> = split_sentences(text, para)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            got,
            [
                "Mr. Vale met U.S. envoys.",
                "They agreed!",
                "“Fine,” he said."
            ]
        );
    }

    #[test]
    fn a_quote_of_three_sentences_gives_three_quote_segments() {
        let text = "“The port is closed. The ships wait. We expect delays,” said Vale.";
        let got = segment_texts(text);
        assert_eq!(
            got,
            [
                ("The port is closed.", Form::Quote),
                ("The ships wait.", Form::Quote),
                ("We expect delays,", Form::Quote),
            ]
        );
    }

    #[test]
    fn every_kind_of_quote_mark_opens_a_quotation() {
        for text in [
            "He said “ships wait” today.",
            "He said «ships wait» today.",
            "He said \"ships wait\" today.",
            "He said ‘ships wait’ today.",
        ] {
            let lay = layout(text, &[]);
            assert_eq!(lay.quotations.len(), 1, "{text}");
            let q = lay.quotations[0].inner;
            assert_eq!(&text[q.start..q.end], "ships wait");
        }
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        let text = "The port’s chief said it isn’t over.";
        assert!(layout(text, &[]).quotations.is_empty());
    }

    #[test]
    fn a_quote_left_open_ends_with_its_paragraph() {
        let text = "“The port is closed.\n“It will reopen,” said Vale.";
        let lay = layout(text, &[]);
        let inner: Vec<_> = lay
            .quotations
            .iter()
            .map(|q| &text[q.inner.start..q.inner.end])
            .collect();
        assert_eq!(inner, ["The port is closed.", "It will reopen,"]);
    }

    #[test]
    fn reported_speech_is_a_paraphrase_split_at_and_that() {
        let text = "Vale said that the port is closed and that ships will wait.";
        let got = segment_texts(text);
        assert_eq!(
            got,
            [
                ("Vale said that the port is closed", Form::Paraphrase),
                ("ships will wait.", Form::Paraphrase),
            ]
        );
    }

    #[test]
    fn short_attribution_around_a_quote_is_not_a_segment() {
        let got = segment_texts("“Ships wait,” Vale added.");
        assert_eq!(got, [("Ships wait,", Form::Quote)]);
    }

    #[test]
    fn a_sentence_without_stops_is_cut_into_bounded_segments() {
        let text = "word, ".repeat(400);
        let lay = layout(&text, &[]);
        assert!(lay.segments.len() >= 3);
        for seg in &lay.segments {
            let words = text[seg.span.start..seg.span.end]
                .split_whitespace()
                .count();
            assert!(words <= MAX_SEGMENT_WORDS, "{words}");
        }
        let covered: usize = lay.segments.iter().map(|s| s.span.len()).sum();
        assert!(covered + lay.segments.len() >= text.trim().len());
    }

    #[test]
    fn noise_lines_are_skipped() {
        let text = "Share this\nShips wait.";
        let noise = [Noise {
            start: 0,
            end: 10,
            reason: crate::engine::model::NoiseReason::SharePrompt,
        }];
        assert_eq!(layout(text, &noise).paragraphs, [Span::new(11, 22)]);
    }
}
