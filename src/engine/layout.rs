//! The structure of one article: paragraphs, their labels, sentences, quotations, and the
//! segments that statements are made of.
//!
//! A *paragraph* is a non-empty line that is not page noise; a noise span at its start (a
//! dateline, see [`super::clean`]) is cut off. A *label* is a short capitalised prefix ending
//! in a colon: a transcript's speaker (`SORKIN: You don't want them to advertise?`,
//! `ANA VALE, PORT MINISTER: We wait.`) or an editorial one (`Details: …`); it is cut off the
//! paragraph too, and the speaker's is kept for [`super::attribution`].
//!
//! A *segment* is the smallest passage that can be a version of a statement:
//! - each sentence inside quote marks is a quote segment, so that a quote one outlet runs as
//!   one (“A. B. C.”) and another splits in three (“A,” he said. “B.” … “C.”) match sentence
//!   by sentence;
//! - each sentence outside quote marks is a paraphrase segment, split further at a
//!   coordinated `and that` after a first `that` (`He said that A and that B` reports two
//!   statements);
//! - text around a quote in the same sentence is a paraphrase segment only when it is long
//!   enough to report something (six words or more); otherwise it is just the attribution.
//!
//! Cost: linear in the text (quotations and sentences are walked together, in order).

use super::clean::lines_with_offsets;
use super::lexicon::{is_editorial_label, is_reporting_verb};
use super::model::{Form, Noise, Span};
use super::order::{pack, sort_by_rank};
use super::quotes::{find_quotations, trim_span, Quotation};
use super::sentences::split_sentences;
use crate::engine::normalize::Lowercase;

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
    /// The paragraph it lies in.
    pub paragraph: usize,
}

/// A label at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    /// The label's text, without its colon (`SORKIN`, `ANA VALE, PORT MINISTER`).
    pub span: Span,
    /// True for a transcript's speaker, false for an editorial label (`Details`).
    pub speaker: bool,
}

/// The structure of one article.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Non-empty lines that are not noise, without their dateline or label.
    pub paragraphs: Vec<Span>,
    /// The label each paragraph opens with, if any.
    pub labels: Vec<Option<Label>>,
    /// Sentences, in order, each inside one paragraph.
    pub sentences: Vec<Span>,
    /// The paragraph of each sentence.
    pub sentence_paragraphs: Vec<usize>,
    /// Quotations, in order.
    pub quotations: Vec<Quotation>,
    /// Segments, in order.
    pub segments: Vec<Segment>,
}

/// Words of surrounding text that make it a report of its own rather than an attribution.
const MIN_FRAME_WORDS: usize = 6;

/// Words a quotation may have and be a term the sentence mentions (a scare quote) rather than a
/// statement, when the sentence has [`MIN_FRAME_WORDS`] of its own around it.
const MAX_SCARE_QUOTE_WORDS: usize = 3;

/// Lays out `text`, skipping the `noise` spans.
pub fn layout(text: &str, noise: &[Noise]) -> Layout {
    let mut out = Layout::default();
    let mut noise_at = 0; // noise spans are in text order, as are the lines
    for (start, line) in lines_with_offsets(text) {
        let mut para = trim_span(text, Span::new(start, start + line.len()));
        while noise_at < noise.len() && noise[noise_at].end <= para.start {
            noise_at += 1;
        }
        // Noise covering the start of the line (a dateline, or the whole line) is cut off.
        let mut k = noise_at;
        while k < noise.len() && noise[k].start <= para.start && para.start < para.end {
            if noise[k].end > para.start {
                para = trim_span(text, Span::new(noise[k].end.min(para.end), para.end));
            }
            k += 1;
        }
        if para.is_empty() {
            continue;
        }
        let label = find_label(text, para);
        if let Some((label, rest)) = label {
            if !rest.is_empty() {
                out.paragraphs.push(rest);
                out.labels.push(Some(label));
            }
            continue;
        }
        out.paragraphs.push(para);
        out.labels.push(None);
    }
    for (p, &para) in out.paragraphs.iter().enumerate() {
        for q in find_quotations(text, para) {
            out.quotations.push(Quotation { paragraph: p, ..q });
        }
        for sentence in split_sentences(text, para) {
            out.sentences.push(sentence);
            out.sentence_paragraphs.push(p);
        }
    }
    out.segments = segments(text, &out);
    out
}

/// A label at the start of `para` (see the module docs) and the rest of the paragraph.
fn find_label(text: &str, para: Span) -> Option<(Label, Span)> {
    let s = &text[para.start..para.end];
    let colon = s.find(": ")?;
    let head = &s[..colon];
    let name = head.split(',').next().unwrap_or(head).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if words.is_empty() || words.len() > 4 || !words.iter().all(capitalised) || head.len() > 60 {
        return None;
    }
    let lower = head.lowercase().replace('’', "'");
    let speaker = !is_editorial_label(&lower);
    // A speaker's label names a person: all capitals (`SORKIN`), or two to four capitalised
    // words (`Ana Vale`); a lone capitalised word is more often a heading (`Claim:`).
    let all_caps = name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase);
    if speaker && !all_caps && words.len() < 2 {
        return None;
    }
    let rest = trim_span(text, Span::new(para.start + colon + 1, para.end));
    let label = Label {
        span: Span::new(para.start, para.start + head.len()),
        speaker,
    };
    Some((label, rest))
}

fn segments(text: &str, layout: &Layout) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut first_quotation = 0; // quotations and sentences are both in text order
    for (si, &sentence) in layout.sentences.iter().enumerate() {
        let paragraph = layout.sentence_paragraphs[si];
        while first_quotation < layout.quotations.len()
            && layout.quotations[first_quotation].outer.end <= sentence.start
        {
            first_quotation += 1;
        }
        let all_inside: Vec<(usize, &Quotation)> = layout.quotations[first_quotation..]
            .iter()
            .enumerate()
            .take_while(|(_, q)| q.outer.start < sentence.end)
            .filter(|(_, q)| q.outer.overlap(&sentence) > 0)
            .map(|(k, q)| (first_quotation + k, q))
            .collect();
        // A term in quote marks inside a sentence of its own (`the courage of the “white flag”
        // and negotiate`) is a mention, not a statement: it neither splits the sentence nor
        // stands alone.
        let quoted_words: usize = all_inside
            .iter()
            .map(|(_, q)| text[q.inner.start..q.inner.end].split_whitespace().count())
            .sum();
        let sentence_words = text[sentence.start..sentence.end]
            .split_whitespace()
            .count();
        let is_scare = |q: &Quotation| {
            let words = text[q.inner.start..q.inner.end].split_whitespace().count();
            words <= MAX_SCARE_QUOTE_WORDS
                && sentence_words.saturating_sub(quoted_words) >= MIN_FRAME_WORDS
                && q.outer.start > sentence.start
        };
        crate::engine::work::add(all_inside.len() + 1);
        let inside: Vec<(usize, &Quotation)> = all_inside
            .into_iter()
            .filter(|(_, q)| !is_scare(q))
            .collect();
        // Quote segments: the part of each quotation inside this sentence.
        for &(qi, q) in &inside {
            let (start, end) = (
                q.inner.start.max(sentence.start),
                q.inner.end.min(sentence.end),
            );
            let span = trim_span(text, Span::new(start, end.max(start)));
            if has_words(text, span) {
                out.push(Segment {
                    span,
                    form: Form::Quote,
                    quotation: Some(qi),
                    sentence: si,
                    paragraph,
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
                        paragraph,
                    });
                }
            }
        }
    }
    sort_by_rank(&mut out, |s| s.span.start as u128);
    let out = merge_tiny(text, out, &layout.labels);
    out.into_iter()
        .flat_map(|seg| {
            split_long(text, seg.span)
                .into_iter()
                .map(move |span| Segment { span, ..seg })
        })
        .collect()
}

/// Segments of at most this many words are too short to be a statement on their own (`Go.`,
/// `Hey, Bob.`); three (`We expect delays.`) can be.
const MAX_TINY_WORDS: usize = 2;

/// Joins each tiny segment of speech (`Go.`, `Don't advertise.`, `I love everything.`) to
/// the segment before it in the same quotation (or the same paragraph of a transcript), else
/// to the one after: `Go. F**k. Yourself.` is one statement, and `I hope they stop. Don't
/// advertise.` another, where an outlet quotes the two sentences together. (A short sentence
/// of the article's own prose, `Vale spoke.`, stays apart.)
fn merge_tiny(text: &str, segments: Vec<Segment>, labels: &[Option<Label>]) -> Vec<Segment> {
    let words = |s: &Segment| text[s.span.start..s.span.end].split_whitespace().count();
    let speech =
        |s: &Segment| s.form == Form::Quote || labels[s.paragraph].is_some_and(|l| l.speaker);
    let together = |a: &Segment, b: &Segment| {
        a.form == b.form
            && speech(a)
            && a.paragraph == b.paragraph
            && a.quotation == b.quotation
            && a.sentence != b.sentence
    };
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    let mut pending_tiny: Option<Segment> = None; // a tiny segment with nothing before it
    for seg in segments {
        let tiny = words(&seg) <= MAX_TINY_WORDS;
        if let Some(t) = pending_tiny.take() {
            if together(&t, &seg) {
                out.push(Segment {
                    span: Span::new(t.span.start, seg.span.end),
                    ..t
                });
                continue;
            }
            out.push(t);
        }
        match out.last_mut() {
            Some(last) if tiny && together(last, &seg) => last.span.end = seg.span.end,
            _ if tiny => pending_tiny = Some(seg),
            _ => out.push(seg),
        }
    }
    out.extend(pending_tiny);
    out
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
    let mut word_starts: Vec<usize> = Vec::new();
    let mut prev_space = true;
    for (i, c) in s.char_indices() {
        if !c.is_whitespace() && prev_space {
            word_starts.push(i);
        }
        prev_space = c.is_whitespace();
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

/// Splits reported speech where it goes on to report a second statement:
///
/// | clause | example | segments |
/// |---|---|---|
/// | a coordinated `and that` after a first `that` | `He said that A and that B` | `He said that A` · `B` |
/// | a second reporting verb after a comma | `A, he said, adding that B` · `A, saying B` | `A, he said,` · `adding that B` |
/// | `and` and a reporting verb | `He warned that A and added that B` | `He warned that A` · `added that B` |
/// | an attribution with its occasion, after a comma | `A, Vale said at a meeting in Lisbon on Monday.` | `A,` · `Vale said at a meeting in Lisbon on Monday.` |
///
/// (`… the truth – and that is the truth` has no `that` before it, and stays whole.) The
/// second clause keeps its verb, so that it is attributed like the first.
fn split_clauses(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.start..span.end];
    let first_that = s.find(" that ");
    // (where the first clause ends, where the second starts), in text order.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    if let Some(first) = first_that {
        for (i, m) in s.match_indices(" and that ") {
            if i > first {
                cuts.push((i, i + m.len()));
            }
        }
    }
    // `, adding that …`, `and added …`: a reporting verb right after `, ` or ` and `.
    for (i, m) in s.match_indices([',', ' ']) {
        let rest = &s[i + m.len()..];
        let rest = rest.trim_start();
        let after_and = m == " " && s[..i].ends_with(" and");
        let word_start = s.len() - rest.len();
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic())
            .take(16)
            .collect();
        let verb = (m == "," || after_and)
            && word.len() > 3
            && word.chars().all(|c| c.is_lowercase())
            && is_reporting_verb(&word)
            && (word.ends_with("ing") || after_and);
        // The second clause must report something: more than a few words follow.
        if verb && rest.split_whitespace().nth(3).is_some() {
            let end = if after_and { i - " and".len() } else { i + 1 };
            cuts.push((end, word_start));
        }
    }
    // `A, Port Minister Ana Vale said at a meeting in Lisbon on Monday.`: the attribution with
    // its occasion is a statement of its own (where and when), beside what was said.
    for (i, _) in s.match_indices(", ") {
        let rest = &s[i + 2..];
        let words: Vec<&str> = rest.split_whitespace().take(9).collect();
        let Some(v) = words.iter().position(|w| {
            let w = w.trim_end_matches([',', '.']);
            w.len() > 2 && w.chars().all(|c| c.is_lowercase()) && is_reporting_verb(w)
        }) else {
            continue;
        };
        let subject = &words[..v];
        let names_someone = !subject.is_empty()
            && subject.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "the" | "of" | "a" | "an")
            });
        let occasion = words.get(v + 1).is_some_and(|w| {
            matches!(
                *w,
                "at" | "in" | "during" | "on" | "while" | "after" | "before" | "when"
            )
        }) && words.len() > v + 3;
        if names_someone && occasion && s[..i].split_whitespace().nth(3).is_some() {
            cuts.push((i + 1, i + 2));
        }
    }
    sort_by_rank(&mut cuts, |&(a, b)| pack(a, b));
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        if end <= start {
            continue;
        }
        out.push(trim_span(
            text,
            Span::new(span.start + start, span.start + end),
        ));
        start = next;
    }
    out.push(trim_span(text, Span::new(span.start + start, span.end)));
    out.retain(|c| has_words(text, *c));
    out
}

/// True when `text[span]` holds a letter or a digit.
pub(super) fn has_words(text: &str, span: Span) -> bool {
    text[span.start..span.end]
        .chars()
        .any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::NoiseReason;

    fn segment_texts(text: &str) -> Vec<(&str, Form)> {
        layout(text, &[])
            .segments
            .iter()
            .map(|s| (&text[s.span.start..s.span.end], s.form))
            .collect()
    }

    #[test]
    fn a_quote_of_three_sentences_gives_three_quote_segments() {
        let text = "“The port is closed. The ships wait. We expect delays,” said Vale.";
        assert_eq!(
            segment_texts(text),
            [
                ("The port is closed.", Form::Quote),
                ("The ships wait.", Form::Quote),
                ("We expect delays,", Form::Quote),
            ]
        );
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
        assert_eq!(
            segment_texts(text),
            [
                ("Vale said that the port is closed", Form::Paraphrase),
                ("ships will wait.", Form::Paraphrase),
            ]
        );
    }

    #[test]
    fn a_second_reporting_verb_starts_a_second_segment() {
        let text = "Ships wait, Vale said, adding that the port will reopen in May.";
        assert_eq!(
            segment_texts(text),
            [
                ("Ships wait, Vale said,", Form::Paraphrase),
                ("adding that the port will reopen in May.", Form::Paraphrase),
            ]
        );
        let text = "Vale warned that ships wait and added that the port will reopen soon.";
        assert_eq!(
            segment_texts(text),
            [
                ("Vale warned that ships wait", Form::Paraphrase),
                ("added that the port will reopen soon.", Form::Paraphrase),
            ]
        );
    }

    #[test]
    fn tiny_sentences_join_their_neighbours_in_the_same_quote() {
        let text = "“Go. Away now.” Vale said. “I hope they stop. Don't wait.” Lindqvist left.";
        assert_eq!(
            segment_texts(text),
            [
                ("Go. Away now.", Form::Quote),
                ("Vale said.", Form::Paraphrase),
                ("I hope they stop. Don't wait.", Form::Quote),
                ("Lindqvist left.", Form::Paraphrase),
            ]
        );
    }

    #[test]
    fn an_attribution_with_its_occasion_is_a_segment_of_its_own() {
        let text = "The port will stay closed for a week, Port Minister Ana Vale said at a \
                    meeting of the council in Lisbon on Monday.";
        assert_eq!(
            segment_texts(text),
            [
                ("The port will stay closed for a week,", Form::Paraphrase),
                (
                    "Port Minister Ana Vale said at a meeting of the council in Lisbon on Monday.",
                    Form::Paraphrase
                ),
            ]
        );
        // Without an occasion, the attribution stays with what it attributes.
        assert_eq!(
            segment_texts("The port will stay closed, Vale said.").len(),
            1
        );
    }

    #[test]
    fn and_that_without_a_that_before_it_does_not_split() {
        let text = "The least I owe you is the truth – and that is the truth.";
        assert_eq!(segment_texts(text).len(), 1);
    }

    #[test]
    fn short_attribution_around_a_quote_is_not_a_segment() {
        assert_eq!(
            segment_texts("“Ships wait,” Vale added."),
            [("Ships wait,", Form::Quote)]
        );
    }

    #[test]
    fn a_long_frame_around_a_quote_is_a_segment() {
        let text =
            "Vale told the port council on Monday that the harbour was “ready for the ships”.";
        assert_eq!(
            segment_texts(text),
            [
                (
                    "Vale told the port council on Monday that the harbour was",
                    Form::Paraphrase
                ),
                ("ready for the ships", Form::Quote),
            ]
        );
    }

    #[test]
    fn a_term_in_quote_marks_inside_a_sentence_is_part_of_it() {
        let text = "Vale said the port should have the courage of the “white flag” and reopen.";
        assert_eq!(segment_texts(text), [(text, Form::Paraphrase)]);
        // A short quote that is all the sentence says stays a quote.
        assert_eq!(
            segment_texts("“Don't wait,” Vale said."),
            [("Don't wait,", Form::Quote)]
        );
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
    fn noise_lines_and_noise_prefixes_are_skipped() {
        let text = "Share this\ndate 2031-03-03 Ships wait.";
        let noise = [
            Noise {
                start: 0,
                end: 10,
                reason: NoiseReason::SharePrompt,
            },
            Noise {
                start: 11,
                end: 26,
                reason: NoiseReason::Dateline,
            },
        ];
        let lay = layout(text, &noise);
        let paragraphs: Vec<&str> = lay
            .paragraphs
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect();
        assert_eq!(paragraphs, ["Ships wait."]);
    }

    #[test]
    fn a_transcript_label_names_the_speaker_and_is_cut_off() {
        let text = "ANA VALE, PORT MINISTER: We wait.\nLindqvist: No.\nLars Lindqvist: Why?\n\
                    Details: The port closed.";
        let lay = layout(text, &[]);
        let paragraphs: Vec<&str> = lay
            .paragraphs
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect();
        assert_eq!(
            paragraphs,
            ["We wait.", "Lindqvist: No.", "Why?", "The port closed."]
        );
        let labels: Vec<Option<(&str, bool)>> = lay
            .labels
            .iter()
            .map(|l| l.map(|l| (&text[l.span.start..l.span.end], l.speaker)))
            .collect();
        assert_eq!(
            labels,
            [
                Some(("ANA VALE, PORT MINISTER", true)),
                None,
                Some(("Lars Lindqvist", true)),
                Some(("Details", false)),
            ]
        );
    }

    #[test]
    fn a_quote_mark_between_a_stop_and_a_space_cannot_invert_a_segment() {
        // See: issue 15 (`quotes.rs:83` sliced begin > end on this shape).
        for text in ["\". \"n", "He said \". \"n and more.", "'. 'x' y"] {
            let lay = layout(text, &[]);
            for seg in &lay.segments {
                assert!(seg.span.start <= seg.span.end);
                assert!(text.get(seg.span.start..seg.span.end).is_some());
            }
        }
    }
}
