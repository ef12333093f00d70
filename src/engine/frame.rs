//! A version's frame: the words of its sentence that attribute it. A reader who checks a quote
//! reads it with its attribution (`“Don't advertise,” he said to the audience`), so a quote's
//! version spans its sentence, while only the quoted words are compared word by word (the
//! reporting verb is compared on its own, see [`super::changes`]).
//!
//! ```text
//! sentence:  “The port stays open,” Vale said on Friday, “but not at night.”
//! segment:    The port stays open,            → version “The port stays open,” Vale said on Friday,
//! segment:    but not at night.               → version Vale said on Friday, “but not at night.”
//! sentence:  Vale said the port was “a source of unrest.”
//! segment:    a source of unrest.             → version Vale said the port was “a source of unrest.”
//! paragraph: VALE: We wait.
//! segment:    We wait.                        → version VALE: We wait.
//! ```
//!
//! The frame stops at another quotation of the same sentence (its words are another segment)
//! and never reaches over quoted words of the segment's own quotation that it leaves out (a long
//! quote cut into parts keeps each part's span). A transcript paragraph's speaker label frames
//! the paragraph's first segment.
//!
//! Cost: a few binary searches and a walk over the segment's neighbours in its sentences.

use super::layout::{has_words, Layout};
use super::model::{Form, Span};
use super::quotes::trim_span;

/// The span a version of `layout.segments[segment]` is shown with: `passage` (the part of
/// the segment that is compared) and the attribution around it. A passage that is only part
/// of its segment is returned as it is.
pub fn framed(text: &str, layout: &Layout, segment: usize, passage: Span) -> Span {
    let seg = &layout.segments[segment];
    if passage != seg.span {
        return passage;
    }
    let mut out = passage;
    if let (Form::Quote, Some(own)) = (seg.form, seg.quotation) {
        let sentences = &layout.sentences[..];
        let first = sentences.partition_point(|s| s.end <= passage.start);
        let last = sentences.partition_point(|s| s.start < passage.end);
        if first < last {
            let mut left = sentences[first].start;
            let mut right = sentences[last - 1].end;
            // Other quotations of these sentences bound the frame.
            let segments = &layout.segments[..];
            let mut k = segment;
            while k > 0 && segments[k - 1].span.end > left {
                k -= 1;
                if let Some(q) = segments[k].quotation.filter(|&q| q != own) {
                    left = left.max(layout.quotations[q].outer.end);
                }
            }
            let mut k = segment + 1;
            while k < segments.len() && segments[k].span.start < right {
                if let Some(q) = segments[k].quotation.filter(|&q| q != own) {
                    right = right.min(layout.quotations[q].outer.start);
                }
                k += 1;
            }
            // Quoted words of its own that the passage leaves out stay out.
            let quoted = layout.quotations[own].inner;
            if quoted.start.max(left) < passage.start
                && has_words(text, Span::new(quoted.start.max(left), passage.start))
            {
                left = passage.start;
            }
            if passage.end < quoted.end.min(right)
                && has_words(text, Span::new(passage.end, quoted.end.min(right)))
            {
                right = passage.end;
            }
            out = trim_span(
                text,
                Span::new(left.min(passage.start), right.max(passage.end)),
            );
        }
    }
    let paragraph = layout.paragraphs[seg.paragraph];
    if let Some(label) = layout.labels[seg.paragraph].filter(|l| l.speaker) {
        if paragraph.start <= out.start && !has_words(text, Span::new(paragraph.start, out.start)) {
            out.start = label.span.start;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::layout::layout;

    /// The framed text of the segment whose text is `segment_text`.
    fn framed_text(text: &str, segment_text: &str) -> String {
        let l = layout(text, &[]);
        let (k, seg) = l
            .segments
            .iter()
            .enumerate()
            .find(|(_, s)| &text[s.span.start..s.span.end] == segment_text)
            .unwrap_or_else(|| panic!("no segment {segment_text:?}"));
        let span = framed(text, &l, k, seg.span);
        text[span.start..span.end].to_string()
    }

    #[test]
    fn a_quote_keeps_the_attribution_after_it() {
        let text = "“Don't advertise,” he said to the audience. Then he left.";
        assert_eq!(
            framed_text(text, "Don't advertise,"),
            "“Don't advertise,” he said to the audience."
        );
    }

    #[test]
    fn two_quotes_of_one_sentence_share_the_attribution_between_them() {
        let text = "“The port stays open,” Vale said on Friday, “but not at night.”";
        assert_eq!(
            framed_text(text, "The port stays open,"),
            "“The port stays open,” Vale said on Friday,"
        );
        assert_eq!(
            framed_text(text, "but not at night."),
            "Vale said on Friday, “but not at night.”"
        );
    }

    #[test]
    fn a_short_quote_keeps_the_sentence_that_reports_it() {
        let text = "Vale said the port was “a source of unrest, as it always was.”";
        assert_eq!(
            framed_text(text, "a source of unrest, as it always was."),
            "Vale said the port was “a source of unrest, as it always was.”"
        );
    }

    #[test]
    fn a_transcript_label_frames_the_first_segment_of_its_paragraph() {
        let text = "VALE: We wait for the ships. Then we sail.";
        assert_eq!(
            framed_text(text, "We wait for the ships."),
            "VALE: We wait for the ships."
        );
        assert_eq!(framed_text(text, "Then we sail."), "Then we sail.");
    }

    #[test]
    fn a_paraphrase_is_its_own_frame() {
        let text = "Vale said that the port would stay open until the strike ends.";
        assert_eq!(
            framed_text(
                text,
                "Vale said that the port would stay open until the strike ends."
            ),
            "Vale said that the port would stay open until the strike ends."
        );
    }

    #[test]
    fn a_part_of_a_long_quote_is_not_widened() {
        let text = "“The port stays open, and the ships sail,” Vale said.";
        let l = layout(text, &[]);
        let k = l
            .segments
            .iter()
            .position(|s| s.form == Form::Quote)
            .unwrap();
        let seg = l.segments[k].span;
        let part = Span::new(seg.start, seg.start + "The port stays open".len());
        assert_eq!(framed(text, &l, k, part), part);
    }
}
