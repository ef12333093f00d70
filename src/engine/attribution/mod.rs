//! Who is speaking, and with which reporting verb.
//!
//! Where the attribution of a segment is looked for, in order:
//!
//! | where | example |
//! |---|---|
//! | a transcript's speaker label on its paragraph (carried to the unlabelled paragraphs after it) | `SORKIN: You don't want them to advertise?` |
//! | a quote: after the closing mark, in its sentence | `“…,” Vale added.` · `“…,” said Vale.` · `“…,” the port's chief underlined.` |
//! | a quote: before the opening mark, in its sentence | `Vale said, “…”` · `was quoted as saying: “…”` |
//! | a quote: the short sentence right after it | `“Ships wait.” Vale said so on Monday.` |
//! | a quote: the previous paragraph, when it ends with a colon | `Vale explained, adding:` ¶ `“…”` |
//! | reported speech: in the segment itself | `Vale warned that …` · `…, Vale said, …` |
//! | otherwise: the speaker of the quote before | `“Ships wait,” Vale said. “Ships leave.”` |
//!
//! The verb is any form of a reporting verb ([`crate::engine::lexicon::is_reporting_verb`]),
//! lower case (a capitalised one is part of a name: `the United States`), not passive (`is
//! said to`). Its subject is a name (resolved to the article's fullest form of it, see
//! [`people`]), a role (`the minister` → the article's one minister; `the 56-year-old`, `the
//! German` → the last speaker), or a pronoun (`he` → the last speaker).
//!
//! Cost: linear in the article's tokens (each segment's words are walked a bounded number of
//! times; quotations are looked up by index).

mod clause;
pub mod people;

use super::layout::Layout;
use super::lexicon::is_reporting_adverb;
use super::model::{Form, Span};
use super::token::{Token, TokenKind};
use clause::{
    find_last_verb, find_verb, first_name_in, is_verb_at, name_after, subject_before,
    until_sentence_end, Subject,
};
use people::{People, Speaker};

/// The attribution of one segment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Who speaks, if known.
    pub speaker: Option<Speaker>,
    /// The reporting verb's span, if the segment has one of its own.
    pub verb: Option<Span>,
    /// The attribution's own words inside the segment (`Vale added that`, `Zelensky said,`):
    /// a statement is matched on the rest.
    pub frame: Option<Span>,
    /// True for a segment that is nothing but the attribution of a quote next to it
    /// (`Vale said so on Monday.`): never a version of a statement.
    pub only_attribution: bool,
}

/// Words looked at on each side of a quotation for its attribution.
const ATTRIBUTION_WINDOW: usize = 12;
/// Words of a sentence after a quote that can be only its attribution.
const MAX_ATTRIBUTION_SENTENCE_WORDS: usize = 8;

/// Attributions for every segment of `layout`, in the same order.
pub fn attribute(text: &str, tokens: &[Token], layout: &Layout) -> Vec<Attribution> {
    let people = People::of(text, tokens);
    let labels: Vec<Option<Speaker>> = layout
        .labels
        .iter()
        .map(|l| {
            l.filter(|l| l.speaker).map(|l| {
                let head = &text[l.span.start..l.span.end];
                let name = head.split(',').next().unwrap_or(head).trim();
                label_speaker(&people, name)
            })
        })
        .collect();
    let transcript = labels.iter().flatten().count() >= 2;
    let mut ctx = Context {
        text,
        tokens,
        layout,
        people: &people,
        last_speaker: None,
    };
    let mut by_quotation: Vec<Option<Attribution>> = vec![None; layout.quotations.len()];
    let mut attribution_sentences: Vec<usize> = Vec::new();
    let mut label: Option<Speaker> = None;
    let mut out: Vec<Attribution> = Vec::with_capacity(layout.segments.len());
    for (k, seg) in layout.segments.iter().enumerate() {
        let own_label = &labels[seg.paragraph];
        if own_label.is_some() || !transcript {
            label.clone_from(own_label);
        }
        let found = if let Some(speaker) = &label {
            // A transcript: the speaker's own words, in the first person.
            Attribution {
                speaker: Some(speaker.clone()),
                ..Attribution::default()
            }
        } else {
            match (seg.form, seg.quotation) {
                (Form::Quote, Some(qi)) => {
                    if by_quotation[qi].is_none() {
                        let (a, used) = ctx.quote_attribution(qi);
                        attribution_sentences.extend(used);
                        by_quotation[qi] = Some(a);
                    }
                    let outer = by_quotation[qi].clone().unwrap_or_default();
                    match ctx.inner_quote_attribution(seg.span) {
                        Some(inner) if inner.speaker != outer.speaker => inner,
                        _ => outer,
                    }
                }
                _ => ctx.reported_speech(k, &out),
            }
        };
        if let Some(s) = &found.speaker {
            ctx.last_speaker = Some(s.clone());
        }
        out.push(found);
    }
    for (seg, a) in layout.segments.iter().zip(&mut out) {
        if seg.form == Form::Paraphrase && attribution_sentences.contains(&seg.sentence) {
            a.only_attribution = true;
        }
    }
    out
}

/// The speaker a transcript label names (`ELON MUSK` → `Elon Musk`).
fn label_speaker(people: &People, name: &str) -> Speaker {
    let last = name.split_whitespace().last().unwrap_or(name);
    let mut s = people.resolve(last);
    s.person = s.person || name.split_whitespace().count() >= 2 || s.name.contains(' ');
    if !s.name.chars().any(char::is_lowercase) {
        s.name = s
            .name
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| {
                        f.to_uppercase()
                            .chain(c.flat_map(char::to_lowercase))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect::<Vec<String>>()
            .join(" ");
    }
    s
}

/// What attributing one article needs.
struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    layout: &'a Layout,
    people: &'a People,
    last_speaker: Option<Speaker>,
}

impl Context<'_> {
    /// The non-space tokens inside `span`.
    fn words_in(&self, span: Span) -> Vec<&Token> {
        let first = self.tokens.partition_point(|t| t.end <= span.start);
        self.tokens[first..]
            .iter()
            .take_while(|t| t.start < span.end)
            .filter(|t| t.kind != TokenKind::Space)
            .collect()
    }

    /// The attribution of a quote inside the quote in `span`: a spokesman quoting the one he
    /// speaks for (`“… the Pope clearly stated: ‘Negotiations are never a surrender.’”`). The
    /// reporting verb right before the colon that opens the inner quote gives its speaker, and
    /// the words up to the colon are its frame; `None` when there is no such verb or it names
    /// no one.
    fn inner_quote_attribution(&self, span: Span) -> Option<Attribution> {
        let words = self.words_in(span);
        let opens = |k: usize| {
            words
                .get(k)
                .is_some_and(|t| matches!(t.text(self.text), "‘" | "“" | "«" | "\"" | "'"))
        };
        let colon = (1..words.len()).find(|&k| words[k].key == ":" && opens(k + 1))?;
        let verb = colon - 1;
        if !is_verb_at(self.text, &words, verb) {
            return None;
        }
        let mut a = self.at_verb(&words, verb, true);
        a.speaker.as_ref()?;
        a.frame = Some(Span::new(words[0].start, words[colon].end));
        Some(a)
    }

    /// The attribution of quotation `qi`, and the sentences that only attribute it.
    fn quote_attribution(&self, qi: usize) -> (Attribution, Vec<usize>) {
        let lay = self.layout;
        let q = lay.quotations[qi];
        let para = lay.paragraphs[q.paragraph];
        let next_start = lay
            .quotations
            .get(qi + 1)
            .filter(|n| n.paragraph == q.paragraph)
            .map_or(para.end, |n| n.outer.start);
        let prev_end = qi
            .checked_sub(1)
            .map(|p| lay.quotations[p])
            .filter(|p| p.paragraph == q.paragraph)
            .map_or(para.start, |p| p.outer.end);
        // After the closing mark, to the end of its sentence.
        let close_sentence = lay.sentences.partition_point(|s| s.end < q.outer.end);
        let sentence_end = lay
            .sentences
            .get(close_sentence)
            .map_or(para.end, |s| s.end);
        let after_end = next_start.min(sentence_end).max(q.outer.end);
        let after = self.words_in(Span::new(q.outer.end, after_end));
        let after = until_sentence_end(&after);
        let window = &after[..after.len().min(ATTRIBUTION_WINDOW)];
        if let Some(v) = find_verb(self.text, window) {
            return (self.at_verb(window, v, false), Vec::new());
        }
        // Before the opening mark, from the start of its sentence.
        let before = self.words_in(Span::new(prev_end, q.outer.start.max(prev_end)));
        let sentence_start = before
            .iter()
            .rposition(|t| matches!(t.key.as_str(), "." | "!" | "?"))
            .map_or(0, |p| p + 1);
        let before = &before[sentence_start..];
        let tail = before.len().saturating_sub(ATTRIBUTION_WINDOW);
        if let Some(v) = find_last_verb(self.text, &before[tail..]) {
            return (self.at_verb(before, tail + v, false), Vec::new());
        }
        // A short sentence right after the quote's: `Vale said so on Monday.`
        if let Some(next) = lay.sentences.get(close_sentence + 1) {
            let same_paragraph =
                lay.sentence_paragraphs.get(close_sentence + 1) == Some(&q.paragraph);
            let no_quote = !lay
                .quotations
                .iter()
                .skip(qi + 1)
                .take(2)
                .any(|o| o.outer.overlap(next) > 0);
            let words = self.words_in(*next);
            let wordlike = words.iter().filter(|t| t.is_wordlike()).count();
            if same_paragraph && no_quote && wordlike <= MAX_ATTRIBUTION_SENTENCE_WORDS {
                if let Some(v) = find_verb(self.text, &words) {
                    let a = self.at_verb(&words, v, false);
                    if a.speaker.is_some() {
                        return (a, vec![close_sentence + 1]);
                    }
                }
            }
        }
        // The paragraph before, when it ends with a colon (`…, adding:`).
        if q.outer.start == para.start && q.paragraph > 0 {
            let prev_para = lay.paragraphs[q.paragraph - 1];
            if self.text[prev_para.start..prev_para.end]
                .trim_end()
                .ends_with(':')
            {
                let words = self.words_in(prev_para);
                let tail = words.len().saturating_sub(ATTRIBUTION_WINDOW);
                if let Some(v) = find_last_verb(self.text, &words[tail..]) {
                    return (self.at_verb(&words, tail + v, false), Vec::new());
                }
            }
        }
        (
            Attribution {
                speaker: self.last_speaker.clone(),
                ..Attribution::default()
            },
            Vec::new(),
        )
    }

    /// The attribution of reported speech: its own verb, else the one of the clause before it
    /// in the same sentence (`Vale said that A and that B`).
    fn reported_speech(&self, k: usize, before: &[Attribution]) -> Attribution {
        let seg = self.layout.segments[k];
        let words = self.words_in(seg.span);
        // The clause before, in the same sentence.
        let previous = k
            .checked_sub(1)
            .filter(|&p| self.layout.segments[p].sentence == seg.sentence)
            .map(|p| (&self.layout.segments[p], &before[p]));
        if let Some(v) = find_verb(self.text, &words) {
            let mut a = self.at_verb(&words, v, true);
            // `…, Vale said, adding that B`: the second clause's verb has no subject of its
            // own; the first clause's speaker says it.
            if a.speaker.is_none() {
                if let Some((_, pa)) = previous {
                    a.speaker.clone_from(&pa.speaker);
                }
            }
            return a;
        }
        match previous {
            Some((prev, a)) if prev.form == Form::Paraphrase => Attribution {
                frame: None,
                only_attribution: false,
                ..a.clone()
            },
            _ => Attribution::default(),
        }
    }

    /// The attribution whose verb is `words[verb]`: the verb's span (with its particle), its
    /// speaker, and, for reported speech (`frame`), the attribution's own words.
    fn at_verb(&self, words: &[&Token], verb: usize, frame: bool) -> Attribution {
        let mut verb_span = Span::new(words[verb].start, words[verb].end);
        let mut after_verb = verb + 1;
        // "pointed out", "stressed on", "quoted saying": the particle belongs to the verb
        // (but "warned on Wednesday" keeps its "on" for the date).
        if let Some(next) = words.get(verb + 1) {
            let particle = matches!(
                (words[verb].key.as_str(), next.key.as_str()),
                ("pointed", "out") | ("stressed" | "insisted", "on") | ("quoted", "saying")
            );
            if particle {
                verb_span.end = next.end;
                after_verb += 1;
            }
        }
        // "further noted", "also said", "later added": an adverb right before the verb says
        // how the outlet reports it, and belongs to the verb (`noted` → `further noted` is a
        // change of the reporting verb).
        if verb > 0 && is_reporting_adverb(&words[verb - 1].key) {
            verb_span.start = words[verb - 1].start;
        }
        let (subject, subject_start) = subject_before(self.text, words, verb);
        let (subject, subject_end) = match subject {
            Subject::Unknown => match name_after(self.text, words, verb) {
                Some((s, end)) => (s, end),
                None => (Subject::Unknown, after_verb),
            },
            s => (s, after_verb),
        };
        let speaker = match subject {
            Subject::Name(n) => Some(self.people.resolve(&n)),
            Subject::Role(Some(title)) => self
                .people
                .by_title(&title)
                .or_else(|| self.last_speaker.clone()),
            Subject::Role(None) | Subject::Pronoun => self.last_speaker.clone(),
            Subject::Unknown => {
                first_name_in(self.text, &words[..verb]).map(|n| self.people.resolve(&n))
            }
        };
        let frame = frame.then(|| {
            // `Vale warned that …`, `told the council that …`: the `that` within a few words.
            let mut end = subject_end.max(after_verb);
            let that = (end..(end + 6).min(words.len()))
                .take_while(|&k| words[k].key != "," || k == end)
                .find(|&k| words[k].key == "that");
            if let Some(t) = that {
                end = t + 1;
            } else if words
                .get(end)
                .is_some_and(|t| matches!(t.key.as_str(), "," | ":"))
            {
                end += 1;
            }
            let start = subject_start.min(verb);
            Span::new(words[start].start, words[end - 1].end)
        });
        Attribution {
            speaker,
            verb: Some(verb_span),
            frame,
            only_attribution: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::layout::layout;
    use crate::engine::token::tokenize;

    /// Each segment's text, speaker and verb.
    fn speakers(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let tokens = tokenize(text);
        let lay = layout(text, &[]);
        attribute(text, &tokens, &lay)
            .into_iter()
            .zip(&lay.segments)
            .map(|(a, s)| {
                (
                    text[s.span.start..s.span.end].to_string(),
                    a.speaker.map(|s| s.name),
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
    fn a_quote_inside_a_spokesmans_quote_is_its_speakers() {
        let s = speakers(
            "“The minister,” explained Ivo Brand, “answered the question about the ferries. \
             Later, speaking of the port, Minister Ana Vale clearly stated: ‘Closing it is \
             never a defeat.’”",
        );
        let last = s.last().unwrap();
        assert_eq!(
            (last.1.as_deref(), last.2.as_deref()),
            (Some("Ana Vale"), Some("stated")),
            "{s:?}"
        );
        assert_eq!(s[0].1.as_deref(), Some("Ivo Brand"), "{s:?}");
    }

    #[test]
    fn a_colon_inside_a_quote_without_a_reporting_verb_keeps_its_speaker() {
        let s =
            speakers("“There is one rule,” explained Ivo Brand, “and it is this: ‘ships wait.’”");
        assert!(
            s.iter().all(|x| x.1.as_deref() == Some("Ivo Brand")),
            "{s:?}"
        );
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
        assert_eq!(
            one("Ana Vale was quoted as saying: “Ships wait.”"),
            some("Ana Vale", "saying")
        );
    }

    #[test]
    fn a_short_sentence_after_the_quote_attributes_it_and_is_no_segment() {
        let text = "“Ships wait.” Ana Vale said so on Monday.";
        let tokens = tokenize(text);
        let lay = layout(text, &[]);
        let a = attribute(text, &tokens, &lay);
        assert_eq!(
            a[0].speaker.as_ref().map(|s| s.name.as_str()),
            Some("Ana Vale")
        );
        assert!(a[1].only_attribution);
    }

    #[test]
    fn a_colon_at_the_end_of_the_paragraph_before_attributes_the_quote() {
        let s = speakers("Ana Vale explained the delay, adding:\n“Ships wait.”");
        assert_eq!(s[1].1.as_deref(), Some("Ana Vale"));
        assert_eq!(s[1].2.as_deref(), Some("adding"));
    }

    #[test]
    fn a_title_or_pronoun_means_the_last_speaker() {
        let s = speakers(
            "Port Minister Ana Vale spoke on Monday. “Ships wait,” the port's top official \
             underlined. “Ships leave,” he added.",
        );
        assert_eq!(s[1].1.as_deref(), Some("Ana Vale"));
        assert_eq!(s[1].2.as_deref(), Some("underlined"));
        assert_eq!(s[2].1.as_deref(), Some("Ana Vale"));
    }

    #[test]
    fn a_bare_title_means_the_articles_one_person_with_it() {
        let s = speakers(
            "Port Minister Ana Vale spoke. Harbour chief Lars Lindqvist agreed. “Ships wait,” \
             the minister said.",
        );
        assert_eq!(s[2].1.as_deref(), Some("Ana Vale"));
    }

    #[test]
    fn an_age_or_a_nationality_is_a_role() {
        let s = speakers(
            "Ana Vale spoke. The 56-year-old explained that ships wait. The Portuguese said \
             that ships leave.",
        );
        assert_eq!(s[1].1.as_deref(), Some("Ana Vale"));
        assert_eq!(s[2].1.as_deref(), Some("Ana Vale"));
    }

    #[test]
    fn an_apposition_is_skipped() {
        let s = speakers("Ana Vale, the port's chief, said the ships will wait for days.");
        assert_eq!(s[0].1.as_deref(), Some("Ana Vale"));
        let s =
            speakers("In May, Ana Valé, Port Minister, accused the unions of delaying the ships.");
        assert_eq!(s[0].1.as_deref(), Some("Ana Valé"));
    }

    #[test]
    fn the_name_after_of_qualifies_the_speaker() {
        let s = speakers("Port Minister Ana Vale of Nordline spoke in Tallinn on Monday.");
        assert_eq!(s[0].1.as_deref(), Some("Ana Vale"));
        let s = speakers("Governor Lars Lee of the Bank of Tallinn said the port will wait.");
        assert_eq!(s[0].1.as_deref(), Some("Lars Lee"));
        let s = speakers("The Ministry of Foreign Affairs of Tallinn said the ships will wait.");
        assert_eq!(s[0].1.as_deref(), Some("Tallinn"), "no person: as before");
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
        assert_eq!(s[0].1.as_deref(), Some("Ana Vale"));
        assert_eq!(s[0].2.as_deref(), Some("said"));
    }

    #[test]
    fn a_passive_is_not_an_attribution() {
        let s = speakers("Ana Vale spoke. Lars Lindqvist is said to have left the port.");
        assert_eq!(s[1].2, None);
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
        assert_eq!(s[2].1.as_deref(), Some("Ana Vale"));
    }

    #[test]
    fn particles_belong_to_the_verb() {
        assert_eq!(
            one("“Ships wait,” she pointed out.").1.as_deref(),
            Some("pointed out")
        );
    }

    #[test]
    fn an_adverb_right_before_the_verb_belongs_to_it() {
        assert_eq!(
            one("“Ships wait,” Vale further noted."),
            some("Vale", "further noted")
        );
        assert_eq!(
            one("Vale also said: “Ships wait.”"),
            some("Vale", "also said")
        );
        // Not a reporting adverb: the verb alone.
        assert_eq!(
            one("Vale quickly said: “Ships wait.”"),
            some("Vale", "said")
        );
    }

    #[test]
    fn a_transcript_label_speaks_for_its_paragraph_and_the_next() {
        let s =
            speakers("VALE: We wait.\nWe always wait.\nLINDQVIST: Why? Ships are late, he said.\n");
        assert_eq!(s[0].1.as_deref(), Some("Vale"));
        assert_eq!(s[1].1.as_deref(), Some("Vale"));
        assert_eq!(
            s[2].0, "Why? Ships are late, he said.",
            "a tiny sentence joins the next"
        );
        assert_eq!(
            s[2].1.as_deref(),
            Some("Lindqvist"),
            "a label outranks a verb"
        );
    }

    #[test]
    fn words_that_only_open_sentences_are_never_speakers() {
        let s = speakers("It’s rare, Vale said. Details: Since then, officials said ships wait.");
        assert_eq!(s[0].1.as_deref(), Some("Vale"));
        assert_eq!(s[1].1, None, "{s:?}");
    }

    #[test]
    fn the_frame_of_reported_speech_is_its_attribution() {
        let text = "Ships wait, Ana Vale said, and boats leave.";
        let tokens = tokenize(text);
        let lay = layout(text, &[]);
        let a = attribute(text, &tokens, &lay);
        let f = a[0].frame.unwrap();
        assert_eq!(&text[f.start..f.end], "Ana Vale said,");
    }
}
