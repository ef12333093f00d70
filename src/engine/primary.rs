//! Whether an article is the speaker's own words rather than a report of them: a transcript,
//! or a statement or post in the first person. Such a text is what the outlets are measured
//! against, so [`super::pipeline`] makes its version every statement's default base.
//!
//! | text | verdict | why |
//! |---|---|---|
//! | `VALE: We wait.` / `HOST: How long?` / `VALE: Three days.` | transcript | two or more paragraphs open with a speaker's label |
//! | `Full transcript of the minister's remarks` … | transcript | the text says it is one |
//! | `Today I signed the order. We will reopen the port.` | own words | first person outside quote marks, nothing quoted |
//! | `“We will reopen the port,” Vale said.` | — | a report: the first person is inside the quote |
//! | `Vale said she would reopen the port.` | — | third person |
//!
//! Cost: linear in the tokens.

use super::layout::Layout;
use super::lexicon::{is_first_person, FULL_TEXT_MARKERS, HEADING_MARKERS};
use super::model::Primary;
use super::normalize::fold_accents;
use super::order::sort_by_rank;
use super::token::Token;
use crate::engine::normalize::Lowercase;

/// Paragraphs opening with a speaker's label that make a transcript: one alone may be a
/// pull quote (`VALE: We wait.`), two are an exchange.
const MIN_SPEAKER_LABELS: usize = 2;

/// The share of the words outside quote marks that must be first-person pronouns for a text to
/// be the speaker's own: a report uses them almost only inside quotes (under 1 in 100), a
/// statement or post every few sentences (1 in 30 or more).
const MIN_FIRST_PERSON_SHARE: f64 = 0.03;

/// First-person pronouns a text needs: one `we` may be the author's (`as we reported`).
const MIN_FIRST_PERSON: usize = 2;

/// Words outside quotes a text needs before its first person counts: a one-line text is a
/// quote pasted without its marks as often as it is a post.
const MIN_OWN_WORDS: usize = 12;

/// Quotations a text of the speaker's own may hold (a post quoting one phrase); a text with
/// more is a report, whatever its pronouns.
const MAX_QUOTATIONS: usize = 1;

/// How far into the text a marker such as `full transcript` counts: a heading or a lede says
/// what the text is; a mention further down (`according to a transcript`) is a report's.
const MARKER_WINDOW: usize = 1200;

/// What kind of primary text `text` is, if it is one.
pub fn primary_kind(text: &str, tokens: &[Token], layout: &Layout) -> Option<Primary> {
    let speaker_labels = layout.labels.iter().flatten().filter(|l| l.speaker).count();
    if speaker_labels >= MIN_SPEAKER_LABELS || says_it_is_a_transcript(text) {
        return Some(Primary::Transcript);
    }
    if layout.quotations.len() > MAX_QUOTATIONS {
        return None;
    }
    // Words in quote marks, or in a paragraph a speaker's label opens, are someone's quoted
    // words, not the text's own.
    let quoted = layout.quotations.iter().map(|q| q.outer).chain(
        layout
            .paragraphs
            .iter()
            .zip(&layout.labels)
            .filter(|(_, l)| l.is_some_and(|l| l.speaker))
            .map(|(&p, _)| p),
    );
    let mut quoted: Vec<_> = quoted.collect();
    sort_by_rank(&mut quoted, |s| s.start as u128);
    let mut quoted = quoted.iter().peekable();
    let (mut words, mut first_person) = (0usize, 0usize);
    for t in tokens.iter().filter(|t| t.is_wordlike()) {
        while quoted.peek().is_some_and(|q| q.end <= t.start) {
            quoted.next();
        }
        if quoted.peek().is_some_and(|q| q.start <= t.start) {
            continue;
        }
        words += 1;
        first_person += usize::from(is_first_person(&t.key));
    }
    let share = first_person as f64 >= MIN_FIRST_PERSON_SHARE * words as f64;
    (words >= MIN_OWN_WORDS && first_person >= MIN_FIRST_PERSON && share)
        .then_some(Primary::OwnWords)
}

/// True when the opening of `text` says it is a transcript or a full text: a line that opens
/// with a heading marker (`Remarks by the Minister`, `Transcript: …`) or mentions the full text
/// (`Here is the full transcript`).
fn says_it_is_a_transcript(text: &str) -> bool {
    let end = super::platform::floor_char_boundary(text, MARKER_WINDOW.min(text.len()));
    fold_accents(&text[..end].lowercase())
        .lines()
        .map(str::trim_start)
        .any(|line| {
            HEADING_MARKERS.iter().any(|m| line.starts_with(m))
                || FULL_TEXT_MARKERS.iter().any(|m| line.contains(m))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clean::find_noise;
    use crate::engine::layout::layout;
    use crate::engine::token::tokenize;

    fn kind(text: &str) -> Option<Primary> {
        primary_kind(text, &tokenize(text), &layout(text, &find_noise(text)))
    }

    #[test]
    fn two_speaker_labels_make_a_transcript() {
        let text = "VALE: We wait for the ships.\nHOST: How long?\nVALE: Three days, maybe four.";
        assert_eq!(kind(text), Some(Primary::Transcript));
    }

    #[test]
    fn one_speaker_label_is_no_transcript() {
        let text = "The port stayed shut on Monday.\nVALE: We wait.\nShips queued in the bay.";
        assert_eq!(kind(text), None);
    }

    #[test]
    fn a_text_that_says_it_is_a_transcript_is_one() {
        let text = "Full transcript of the minister's remarks at the harbour\n\n\
                    “Thank you all for coming. The strike has cost us dearly.”";
        assert_eq!(kind(text), Some(Primary::Transcript));
        let text = "Remarks by Minister Ana Vale on the harbour strike\n\nGood morning.";
        assert_eq!(kind(text), Some(Primary::Transcript));
    }

    #[test]
    fn first_person_outside_quotes_with_nothing_quoted_is_own_words() {
        let text = "Today I signed the order that reopens the northern ports. \
                    We have waited long enough, and I thank every crew for their patience.";
        assert_eq!(kind(text), Some(Primary::OwnWords));
    }

    #[test]
    fn the_first_person_inside_quotes_is_a_report() {
        let text = "“Today I signed the order. We have waited long enough, and I thank \
                    every crew,” Vale said. “We will reopen the port,” she added.";
        assert_eq!(kind(text), None);
    }

    #[test]
    fn a_report_in_the_third_person_is_no_primary() {
        let text = "Vale said on Monday that she had signed the order reopening the northern \
                    ports, and thanked the crews for their patience.";
        assert_eq!(kind(text), None);
    }

    #[test]
    fn a_single_short_line_is_too_little_to_tell() {
        assert_eq!(kind("I signed it."), None);
    }

    #[test]
    fn a_mention_of_a_transcript_far_down_a_report_does_not_count() {
        let filler = "The port stayed shut and ships queued in the bay. ".repeat(30);
        let text = format!("{filler}According to a full transcript, Vale said more.");
        assert_eq!(kind(&text), None);
    }

    #[test]
    fn a_heading_marker_inside_a_sentence_is_a_report() {
        let text = "A statement by the ministry said the port would reopen, and remarks by \
                    Vale were welcomed.\nShips queued in the bay.";
        assert_eq!(kind(text), None);
    }
}
